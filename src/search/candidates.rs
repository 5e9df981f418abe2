//! Candidate generation, so a query scores a few hundred names instead of every name: exact and
//! prefix look-ups in sorted keys, and a trigram index that finds names within the typo budget.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::search::score::allowed_typos;

/// Most candidates a query scores; beyond this, the names sharing the most trigrams win.
const MAX_CANDIDATES: usize = 250;
/// Most names one prefix look-up contributes.
const MAX_PREFIX: usize = 200;

/// A multiplicative hasher for packed trigrams: they are already well-mixed integers, and the
/// default SipHash dominated the index build.
#[derive(Default)]
struct TrigramHasher(u64);

impl Hasher for TrigramHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (n ^ (n >> 29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type Postings = HashMap<u64, Vec<u32>, BuildHasherDefault<TrigramHasher>>;

/// Trigram (with `^` and `$` as word boundaries) packed into one integer.
fn pack(a: char, b: char, c: char) -> u64 {
    (u64::from(a as u32) << 42) | (u64::from(b as u32) << 21) | u64::from(c as u32)
}

/// Append the padded trigrams of a word (not deduplicated) to `out`.
fn push_trigrams(word: &[char], out: &mut Vec<u64>) {
    let n = word.len();
    let at = |i: usize| {
        if i == 0 {
            '^'
        } else if i == n + 1 {
            '$'
        } else {
            word[i - 1]
        }
    };
    for i in 0..n {
        out.push(pack(at(i), at(i + 1), at(i + 2)));
    }
}

/// Distinct keys, sorted, each with the names that have it.
type KeyList = Vec<(Box<str>, Vec<u32>)>;

/// Sorted compact forms and sorted words, for exact and prefix look-ups. Keys are grouped
/// before sorting: far fewer distinct words than (word, name) pairs.
fn sorted_keys(names: &[&str]) -> (KeyList, KeyList) {
    let mut compact: HashMap<Box<str>, Vec<u32>> = HashMap::with_capacity(names.len());
    let mut words: HashMap<&str, Vec<u32>> = HashMap::with_capacity(names.len());
    for (i, folded) in names.iter().enumerate() {
        let id = i as u32;
        compact
            .entry(folded.replace(' ', "").into_boxed_str())
            .or_default()
            .push(id);
        for w in folded.split(' ') {
            let ids = words.entry(w).or_default();
            if ids.last() != Some(&id) {
                ids.push(id);
            }
        }
    }
    let mut compact: KeyList = compact.into_iter().collect();
    let mut words: KeyList = words.into_iter().map(|(w, ids)| (w.into(), ids)).collect();
    compact.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    words.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    (compact, words)
}

/// Trigram postings of `names`, whose ids start at `first_id`.
fn trigram_postings(names: &[&str], first_id: u32) -> Postings {
    let mut postings = Postings::default();
    let mut grams = Vec::new();
    let mut chars = Vec::new();
    for (i, folded) in names.iter().enumerate() {
        grams.clear();
        chars.clear();
        chars.extend(folded.chars().filter(|c| *c != ' '));
        push_trigrams(&chars, &mut grams);
        for w in folded.split(' ') {
            chars.clear();
            chars.extend(w.chars());
            push_trigrams(&chars, &mut grams);
        }
        grams.sort_unstable();
        grams.dedup();
        for g in &grams {
            postings.entry(*g).or_default().push(first_id + i as u32);
        }
    }
    for list in postings.values_mut() {
        list.shrink_to_fit();
    }
    postings
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
    /// Sorted distinct compact forms with their names, for exact and prefix look-ups.
    sorted_compact: KeyList,
    /// Sorted distinct words with their names, for exact and prefix look-ups.
    sorted_words: KeyList,
    /// Trigram → names that contain it (in their compact form or one of their words).
    postings: Postings,
    names: usize,
}

impl CandidateIndex {
    /// Build from each name's folded text (words separated by single spaces). The sorted keys and
    /// the trigram postings are independent, so they are built on two threads.
    pub fn build(names: &[&str]) -> Self {
        let (keys, postings) = std::thread::scope(|scope| {
            let keys = scope.spawn(|| sorted_keys(names));
            let postings = trigram_postings(names, 0);
            (keys.join(), postings)
        });
        // Should the helper thread ever fail, build the keys here.
        let (sorted_compact, sorted_words) = keys.unwrap_or_else(|_| sorted_keys(names));
        CandidateIndex {
            sorted_compact,
            sorted_words,
            postings,
            names: names.len(),
        }
    }

    /// Approximate heap size of the index, in bytes.
    pub fn heap_bytes(&self) -> usize {
        let keys = |v: &KeyList| {
            std::mem::size_of_val(v.as_slice())
                + v.iter()
                    .map(|(k, ids)| k.len() + ids.capacity() * 4)
                    .sum::<usize>()
        };
        let postings: usize = self
            .postings
            .values()
            .map(|l| 8 + std::mem::size_of::<Vec<u32>>() + l.capacity() * 4)
            .sum();
        keys(&self.sorted_compact) + keys(&self.sorted_words) + postings
    }

    fn prefix(sorted: &KeyList, prefix: &str, out: &mut Vec<u32>) {
        let start = sorted.partition_point(|(k, _)| &**k < prefix);
        let mut added = 0;
        for (_, ids) in sorted[start..]
            .iter()
            .take_while(|(k, _)| k.starts_with(prefix))
        {
            out.extend(ids.iter().take(MAX_PREFIX - added));
            added = (added + ids.len()).min(MAX_PREFIX);
            if added >= MAX_PREFIX {
                break;
            }
        }
    }

    /// Names worth scoring for a query, given its compact form and its words.
    pub fn candidates(&self, qcompact: &[char], qwords: &[Vec<char>]) -> Vec<u32> {
        let mut out: Vec<u32> = Vec::new();
        // Exact matches sort first within their prefix range, so the cap never drops them.
        let compact: String = qcompact.iter().collect();
        if !compact.is_empty() {
            Self::prefix(&self.sorted_compact, &compact, &mut out);
        }
        for w in qwords.iter().filter(|w| w.len() >= 2) {
            let ws: String = w.iter().collect();
            Self::prefix(&self.sorted_words, &ws, &mut out);
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
            // A typo costs at most three trigrams; a query that is the start of a longer word
            // loses one more (its end marker).
            threshold = threshold.min(g.len().saturating_sub(3 * typos + 1).max(1));
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
        let index = CandidateIndex::build(&names);
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
