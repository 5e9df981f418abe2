//! Byte offset → line number, for diagnostics.

use std::ops::Range;

/// Start offsets of each line of one file.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Index the lines of `text`.
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// 1-based line of the start of `span`.
    pub fn line(&self, span: Range<usize>) -> usize {
        match self.starts.binary_search(&span.start) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_offsets_to_lines() {
        let idx = LineIndex::new("a\nbc\n\nd");
        assert_eq!(idx.line(0..1), 1);
        assert_eq!(idx.line(2..3), 2);
        assert_eq!(idx.line(3..4), 2);
        assert_eq!(idx.line(5..5), 3);
        assert_eq!(idx.line(6..7), 4);
    }
}
