//! CSV writing for every export (catalog, check-list reports, quiz results, inspection log):
//! RFC 4180 quoting, and cells that a spreadsheet would run as a formula made inert.

use std::borrow::Cow;

/// The characters that make a spreadsheet (Excel, LibreOffice Calc) read a cell as a formula
/// or a command when they start it: `=`, `+`, `-`, `@`, and tab and carriage return (which some
/// import paths strip before looking at the next character).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A cell that a spreadsheet shows as text: a leading apostrophe when the cell starts with a
/// formula character. Exports carry text the program does not control — an officer's notes, the
/// lines of a shipping list being checked — and a report opened by a national ozone unit or
/// CITES authority must not run `=HYPERLINK(…)` or `=cmd|…` from it. The apostrophe is what a
/// spreadsheet user types for the same purpose; the rest of the cell is unchanged.
pub fn inert(s: &str) -> Cow<'_, str> {
    if s.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// One cell: made [`inert`], then quoted when it holds a comma, quote or line break.
pub fn field(s: &str) -> String {
    let s = inert(s);
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.into_owned()
    }
}

/// One CSV line (with its CRLF terminator, as RFC 4180 asks).
pub fn row<S: AsRef<str>>(fields: &[S]) -> String {
    let mut line = fields
        .iter()
        .map(|f| field(f.as_ref()))
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

#[cfg(test)]
mod tests {
    use super::{field, row};

    #[test]
    fn quotes_only_when_needed() {
        assert_eq!(row(&["a", "b,c", "d\"e"]), "a,\"b,c\",\"d\"\"e\"\r\n");
    }

    #[test]
    fn formula_cells_are_made_text() {
        assert_eq!(field("=1+1"), "'=1+1");
        assert_eq!(field("+31 20"), "'+31 20");
        assert_eq!(field("-2 cylinders"), "'-2 cylinders");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(field("\t=1"), "'\t=1");
        assert_eq!(field("\r=1"), "\"'\r=1\"");
        assert_eq!(
            field("=HYPERLINK(\"http://x\",\"y\")"),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""
        );
        // Not at the start: unchanged.
        assert_eq!(field("R-22"), "R-22");
        assert_eq!(field("75-45-6"), "75-45-6");
        assert_eq!(field("a=b"), "a=b");
    }
}
