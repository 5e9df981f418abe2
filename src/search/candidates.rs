//! Candidate generation, so a query scores a few hundred names instead of every name: exact and
//! prefix look-ups in sorted keys, and a trigram index that finds names within the typo budget.

use std::collections::HashMap;

use crate::search::score::allowed_typos;

/// Most candidates a query scores; beyond this, the names sharing the most trigrams win.
const MAX_CANDIDATES: usize = 800;
/// Most names one prefix look-up contributes.
const MAX_PREFIX: usize = 1000;

/// Trigram (with `^` and `$` as word boundaries) packed into one integer.
fn pack(a: char, b: char, c: char) -> u64 {
    (u64::from(a as u32) << 42) | (u64::from(b as u32) << 21) | u64::from(c as u32)
}

/// The padded trigrams of a word, deduplicated.
pub fn trigrams(word: &[char]) -> Vec<u64> {
    let mut padded = Vec::with_capacity(word.len() + 2);
    padded.push('^');
    padded.extend_from_slice(word);
    padded.push('$');
    let mut out: Vec<u64> = padded.windows(3).map(|w| pack(w[0], w[1], w[2])).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Index over the compact forms and words of every name.
pub struct CandidateIndex {
    /// Sorted (compact form, name), for exact and prefix look-ups.
    sorted_compact: Vec<(Box<str>, u32)>,
    /// Sorted (word, name), for exact and prefix look-ups.
    sorted_words: Vec<(Box<str>, u32)>,
    /// Trigram → names that contain it (in their compact form or one of their words).
    postings: HashMap<u64, Vec<u32>>,
    names: usize,
}

impl CandidateIndex {
    /// Build from each name's folded text (words separated by single spaces).
    pub fn build<'a>(names: impl Iterator<Item = &'a str>) -> Self {
        let mut index = CandidateIndex {
            sorted_compact: Vec::new(),
            sorted_words: Vec::new(),
            postings: HashMap::new(),
            names: 0,
        };
        let mut grams = Vec::new();
        let mut chars = Vec::new();
        for (i, folded) in names.enumerate() {
            let id = i as u32;
            index.names = i + 1;
            let compact: String = folded.chars().filter(|c| *c != ' ').collect();
            grams.clear();
            chars.clear();
            chars.extend(compact.chars());
            grams.extend(trigrams(&chars));
            index.sorted_compact.push((compact.into(), id));
            for w in folded.split(' ') {
                chars.clear();
                chars.extend(w.chars());
                grams.extend(trigrams(&chars));
                index.sorted_words.push((w.into(), id));
            }
            grams.sort_unstable();
            grams.dedup();
            for g in &grams {
                index.postings.entry(*g).or_default().push(id);
            }
        }
        index.sorted_compact.sort_unstable();
        index.sorted_words.sort_unstable();
        index.sorted_words.dedup();
        for list in index.postings.values_mut() {
            list.shrink_to_fit();
        }
        index
    }

    fn prefix(sorted: &[(Box<str>, u32)], prefix: &str, out: &mut Vec<u32>) {
        let start = sorted.partition_point(|(k, _)| &**k < prefix);
        out.extend(
            sorted[start..]
                .iter()
                .take_while(|(k, _)| k.starts_with(prefix))
                .take(MAX_PREFIX)
                .map(|(_, id)| *id),
        );
    }

    /// Names worth scoring for a query, given its compact form and its words.
    pub fn candidates(&self, qcompact: &[char], qwords: &[Vec<char>]) -> Vec<u32> {
        let mut out: Vec<u32> = Vec::new();
        // Exact matches sort first within their prefix range, so the cap never drops them.
        let compact: String = qcompact.iter().collect();
        if !compact.is_empty() {
            Self::prefix(&self.sorted_compact, &compact, &mut out);
        }
        for w in qwords {
            let ws: String = w.iter().collect();
            if !ws.is_empty() {
                Self::prefix(&self.sorted_words, &ws, &mut out);
            }
        }

        // Trigram overlap within the typo budget of each part of the query.
        let mut parts: Vec<&[char]> = qwords.iter().map(Vec::as_slice).collect();
        if qwords.len() > 1 {
            parts.push(qcompact);
        }
        let mut threshold = usize::MAX;
        let mut grams: Vec<u64> = Vec::new();
        for p in parts.iter().filter(|p| p.len() >= 3) {
            let g = trigrams(p);
            let typos = allowed_typos(p.len());
            threshold = threshold.min(g.len().saturating_sub(3 * typos + 2).max(1));
            grams.extend(g);
        }
        grams.sort_unstable();
        grams.dedup();
        if !grams.is_empty() {
            let mut counts = vec![0u16; self.names];
            let mut touched: Vec<u32> = Vec::new();
            for g in &grams {
                for id in self.postings.get(g).into_iter().flatten() {
                    let c = &mut counts[*id as usize];
                    if *c == 0 {
                        touched.push(*id);
                    }
                    *c = c.saturating_add(1);
                }
            }
            let mut passing: Vec<(u16, u32)> = touched
                .into_iter()
                .map(|id| (counts[id as usize], id))
                .filter(|(c, _)| usize::from(*c) >= threshold)
                .collect();
            if passing.len() > MAX_CANDIDATES {
                passing.sort_unstable_by(|a, b| b.cmp(a));
                passing.truncate(MAX_CANDIDATES);
            }
            out.extend(passing.into_iter().map(|(_, id)| id));
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn finds_exact_prefix_and_typo_candidates() {
        let names = [
            "pangolin",
            "freon 12",
            "dichlorodifluoromethane",
            "sunda pangolin",
        ];
        let index = CandidateIndex::build(names.into_iter());
        let q = |s: &str| {
            let words: Vec<Vec<char>> = s.split(' ').map(chars).collect();
            index.candidates(&chars(&s.replace(' ', "")), &words)
        };
        assert_eq!(q("pangolin"), vec![0, 3]);
        assert!(q("pangolinn").contains(&0));
        assert!(q("fr").contains(&1));
        assert!(q("dichlorodiflouromethane").contains(&2));
        assert!(q("dichlorodiflouro").contains(&2));
        assert!(q("zzzz").is_empty());
    }
}
