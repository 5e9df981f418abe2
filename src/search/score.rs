//! Match quality of one query against one name, in 0..=1.

/// Optimal-string-alignment distance (insertions, deletions, substitutions, transpositions),
/// giving up early once `max` is exceeded.
pub fn osa_distance<T: PartialEq>(a: &[T], b: &[T], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let (n, m) = (a.len(), b.len());
    let mut prev2 = vec![0usize; m + 1];
    let mut prev: Vec<usize> = (0..=m).collect();
    let mut cur = vec![0usize; m + 1];
    for i in 1..=n {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    (prev[m] <= max).then_some(prev[m])
}

/// Typos allowed for a word of this many characters.
pub fn allowed_typos(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=7 => 1,
        8..=14 => 2,
        _ => 3,
    }
}

/// How well one query word matches one name word: exact 1.0, prefix, then typos.
pub fn word_quality<T: PartialEq>(q: &[T], w: &[T]) -> f64 {
    if q == w {
        return 1.0;
    }
    if q.len() >= 2 && w.starts_with(q) {
        return 0.8 + 0.15 * (q.len() as f64 / w.len() as f64);
    }
    let max = allowed_typos(q.len().max(w.len()));
    if max > 0
        && let Some(d) = osa_distance(q, w, max)
    {
        return 0.75 - 0.1 * d as f64;
    }
    // A typo inside the part of a long word that was typed so far ("dichlorodiflouro…").
    if q.len() >= 5 && w.len() > q.len() {
        let max = allowed_typos(q.len());
        if let Some(d) = osa_distance(q, &w[..q.len()], max) {
            return 0.65 - 0.1 * d as f64;
        }
    }
    0.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn distance_counts_each_kind_of_typo_once() {
        assert_eq!(osa_distance(&c("pangolin"), &c("pangolinn"), 2), Some(1));
        assert_eq!(osa_distance(&c("heptaclor"), &c("heptachlor"), 2), Some(1));
        assert_eq!(osa_distance(&c("chloroform"), &c("chlorofrom"), 2), Some(1));
        assert_eq!(osa_distance(&c("abc"), &c("xyz"), 1), None);
    }

    #[test]
    fn quality_orders_exact_prefix_typo() {
        let exact = word_quality(&c("freon"), &c("freon"));
        let prefix = word_quality(&c("freo"), &c("freon"));
        let typo = word_quality(&c("frean"), &c("freon"));
        assert!(exact > prefix && prefix > typo && typo > 0.0);
        assert_eq!(word_quality(&c("xyz"), &c("freon")), 0.0);
    }
}
