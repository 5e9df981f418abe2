//! Candidate generation, so a query scores a few hundred names instead of every name: exact and
//! prefix look-ups in sorted keys, and a trigram index that finds names within the typo budget.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::search::score::allowed_typos;

/// Most candidates a query scores; beyond this, the names sharing the most trigrams win.
const MAX_CANDIDATES: usize = 250;
/// Most names one prefix look-up contributes.
const MAX_PREFIX: usize = 200;

/// A multiplicative hasher (in the manner of FxHash) for packed trigrams and folded words: they
/// come from the program, not from an attacker who could pick colliding keys, and the default
/// SipHash dominated the index build.
#[derive(Default)]
struct FastHasher(u64);

const K: u64 = 0x9E37_79B9_7F4A_7C15;

impl Hasher for FastHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(K);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(K);
        }
        self.0 = h;
    }

    fn write_u8(&mut self, n: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(n)).wrapping_mul(K);
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (n ^ (n >> 29)).wrapping_mul(K);
    }
}

type FastMap<Key, V> = HashMap<Key, V, BuildHasherDefault<FastHasher>>;

type Postings = FastMap<u64, Vec<u32>>;

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

/// Distinct keys, sorted, each with the names that have it, in three flat arrays (no allocation
/// per key: an index over 200,000 names holds hundreds of thousands of keys).
#[derive(Default)]
struct KeyList {
    /// Every distinct key, in order, concatenated.
    text: String,
    /// Where each key starts in `text`, plus one end offset.
    key_starts: Vec<u32>,
    /// Where each key's names start in `ids`, plus one end offset.
    id_starts: Vec<u32>,
    /// The names of every key, key after key, each key's in ascending order.
    ids: Vec<u32>,
}

/// The first eight bytes of a key, big-endian and zero-padded: comparing these compares the keys
/// on their first eight bytes (folded keys hold no NUL), without touching the strings.
fn head(key: &str) -> u64 {
    let mut b = [0u8; 8];
    let n = key.len().min(8);
    b[..n].copy_from_slice(&key.as_bytes()[..n]);
    u64::from_be_bytes(b)
}

impl KeyList {
    /// From (key head, key, name) triples in any order: sorted, then grouped. For keys that are
    /// mostly distinct (compact forms).
    fn from_pairs(mut pairs: Vec<(u64, &str, u32)>) -> KeyList {
        pairs.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(b.1)).then(a.2.cmp(&b.2)));
        let mut list = KeyList {
            ids: Vec::with_capacity(pairs.len()),
            ..KeyList::default()
        };
        let mut last: Option<&str> = None;
        for (_, key, id) in pairs {
            if last != Some(key) {
                list.start_key(key);
                last = Some(key);
            } else if list.ids.last() == Some(&id) {
                continue;
            }
            list.ids.push(id);
        }
        list.finish()
    }

    /// From (key, name) pairs in ascending name order, for keys that repeat a lot (words): each
    /// distinct key gets a number from a hash map, only the distinct keys are sorted, and the
    /// names are placed by a counting sort.
    fn from_repeated(pairs: &[(&str, u32)]) -> KeyList {
        let mut number: FastMap<&str, u32> = FastMap::default();
        let mut distinct: Vec<&str> = Vec::new();
        let mut counts: Vec<u32> = Vec::new();
        let mut numbered: Vec<u32> = Vec::with_capacity(pairs.len());
        for (key, _) in pairs {
            let n = *number.entry(key).or_insert_with(|| {
                distinct.push(key);
                counts.push(0);
                (distinct.len() - 1) as u32
            });
            counts[n as usize] += 1;
            numbered.push(n);
        }
        let mut order: Vec<u32> = (0..distinct.len() as u32).collect();
        order.sort_unstable_by(|a, b| distinct[*a as usize].cmp(distinct[*b as usize]));
        // Where each key's names go, in sorted key order.
        let mut next = vec![0u32; distinct.len()];
        let mut list = KeyList::default();
        let mut at = 0u32;
        for n in &order {
            list.key_starts.push(list.text.len() as u32);
            list.id_starts.push(at);
            list.text.push_str(distinct[*n as usize]);
            next[*n as usize] = at;
            at += counts[*n as usize];
        }
        list.ids = vec![u32::MAX; at as usize];
        for ((_, id), n) in pairs.iter().zip(&numbered) {
            let slot = &mut next[*n as usize];
            list.ids[*slot as usize] = *id;
            *slot += 1;
        }
        let mut list = list.finish();
        list.drop_repeats();
        list
    }

    fn start_key(&mut self, key: &str) {
        self.key_starts.push(self.text.len() as u32);
        self.id_starts.push(self.ids.len() as u32);
        self.text.push_str(key);
    }

    fn finish(mut self) -> KeyList {
        self.key_starts.push(self.text.len() as u32);
        self.id_starts.push(self.ids.len() as u32);
        self.text.shrink_to_fit();
        self
    }

    /// Remove a name listed twice under one key (a name with the same word twice).
    fn drop_repeats(&mut self) {
        let mut kept = 0usize;
        for k in 0..self.len() {
            let (a, b) = (self.id_starts[k] as usize, self.id_starts[k + 1] as usize);
            self.id_starts[k] = kept as u32;
            for i in a..b {
                if i == a || self.ids[i] != self.ids[i - 1] {
                    self.ids[kept] = self.ids[i];
                    kept += 1;
                }
            }
        }
        let keys = self.len();
        self.id_starts[keys] = kept as u32;
        self.ids.truncate(kept);
        self.ids.shrink_to_fit();
    }

    fn len(&self) -> usize {
        self.key_starts.len() - 1
    }

    fn key(&self, i: usize) -> &str {
        &self.text[self.key_starts[i] as usize..self.key_starts[i + 1] as usize]
    }

    fn ids(&self, i: usize) -> &[u32] {
        &self.ids[self.id_starts[i] as usize..self.id_starts[i + 1] as usize]
    }

    fn heap_bytes(&self) -> usize {
        self.text.capacity()
            + 4 * (self.key_starts.capacity() + self.id_starts.capacity() + self.ids.capacity())
    }

    /// The names of the keys starting with `prefix` (the exact key first), at most
    /// [`MAX_PREFIX`] of them.
    fn prefix(&self, prefix: &str, out: &mut Vec<u32>) {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if self.key(mid) < prefix {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let mut added = 0;
        for i in lo..self.len() {
            if !self.key(i).starts_with(prefix) {
                break;
            }
            let ids = self.ids(i);
            out.extend(ids.iter().take(MAX_PREFIX - added));
            added = (added + ids.len()).min(MAX_PREFIX);
            if added >= MAX_PREFIX {
                break;
            }
        }
    }
}

/// Sorted compact forms and sorted words, for exact and prefix look-ups. Sorted as flat
/// (key head, key, name) triples and grouped afterwards (compact forms), or numbered through a
/// hash map and placed by a counting sort (words); no allocation per key.
fn sorted_keys(names: &[&str]) -> (KeyList, KeyList) {
    // Compact forms of names with spaces are made once, into one buffer.
    let mut joined = String::new();
    let mut spans = Vec::new();
    for folded in names {
        if folded.contains(' ') {
            let start = joined.len();
            joined.extend(folded.split(' '));
            spans.push((start, joined.len()));
        }
    }
    let mut spans = spans.into_iter();
    let mut compact = Vec::with_capacity(names.len());
    let mut words: Vec<(&str, u32)> = Vec::with_capacity(names.len() * 2);
    for (i, folded) in names.iter().enumerate() {
        let id = i as u32;
        let key = if folded.contains(' ') {
            let (a, b) = spans.next().unwrap_or((0, 0));
            &joined[a..b]
        } else {
            folded
        };
        compact.push((head(key), key, id));
        for w in folded.split(' ') {
            words.push((w, id));
        }
    }
    (KeyList::from_pairs(compact), KeyList::from_repeated(&words))
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
        // The helper thread builds the sorted keys, then the postings of the last fifth of the
        // names; this thread builds the postings of the rest. Measured on the 200,000-name
        // corpus, the two halves of the work are then about even (docs/BENCHMARKS.md).
        let split = names.len() - names.len() / 5;
        let (head, tail) = names.split_at(split);
        let (helper, mut postings) = std::thread::scope(|scope| {
            let helper = scope.spawn(|| (sorted_keys(names), trigram_postings(tail, split as u32)));
            let postings = trigram_postings(head, 0);
            (helper.join(), postings)
        });
        // Should the helper thread ever fail, do its work here.
        let ((sorted_compact, sorted_words), tail_postings) =
            helper.unwrap_or_else(|_| (sorted_keys(names), trigram_postings(tail, split as u32)));
        // The tail's names come after the head's, so each list stays in ascending order.
        for (gram, ids) in tail_postings {
            let list = postings.entry(gram).or_default();
            if list.is_empty() {
                *list = ids;
            } else {
                list.extend_from_slice(&ids);
                list.shrink_to_fit();
            }
        }
        CandidateIndex {
            sorted_compact,
            sorted_words,
            postings,
            names: names.len(),
        }
    }

    /// Approximate heap size of the index, in bytes.
    pub fn heap_bytes(&self) -> usize {
        let postings: usize = self
            .postings
            .values()
            .map(|l| 8 + std::mem::size_of::<Vec<u32>>() + l.capacity() * 4)
            .sum();
        self.sorted_compact.heap_bytes() + self.sorted_words.heap_bytes() + postings
    }

    /// Names worth scoring for a query, given its compact form and its words.
    pub fn candidates(&self, qcompact: &[char], qwords: &[Vec<char>]) -> Vec<u32> {
        let mut out: Vec<u32> = Vec::new();
        // Exact matches sort first within their prefix range, so the cap never drops them.
        let compact: String = qcompact.iter().collect();
        if !compact.is_empty() {
            self.sorted_compact.prefix(&compact, &mut out);
        }
        for w in qwords.iter().filter(|w| w.len() >= 2) {
            let ws: String = w.iter().collect();
            self.sorted_words.prefix(&ws, &mut out);
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
                // The same names a full sort by (shared trigrams, id), descending, would keep, in
                // linear time: their order does not matter, they are sorted by id below.
                passing.select_nth_unstable_by(MAX_CANDIDATES - 1, |a, b| b.cmp(a));
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

    fn all(list: &KeyList) -> Vec<(String, Vec<u32>)> {
        (0..list.len())
            .map(|i| (list.key(i).to_owned(), list.ids(i).to_vec()))
            .collect()
    }

    #[test]
    fn both_key_lists_sort_group_and_drop_repeats_alike() {
        let pairs = [
            ("tortoise", 0),
            ("b", 1),
            ("tortoise", 1),
            ("tortoise", 1),
            ("a", 2),
            ("tortoiseshell", 2),
            ("tort", 3),
            ("b", 3),
        ];
        let repeated = KeyList::from_repeated(&pairs);
        let sorted =
            KeyList::from_pairs(pairs.iter().rev().map(|(k, i)| (head(k), *k, *i)).collect());
        let expected = vec![
            ("a".to_owned(), vec![2]),
            ("b".to_owned(), vec![1, 3]),
            ("tort".to_owned(), vec![3]),
            ("tortoise".to_owned(), vec![0, 1]),
            ("tortoiseshell".to_owned(), vec![2]),
        ];
        assert_eq!(all(&repeated), expected);
        assert_eq!(all(&sorted), expected);
        // The exact key first, then the longer keys, in key order.
        let mut out = Vec::new();
        repeated.prefix("tortoise", &mut out);
        assert_eq!(out, vec![0, 1, 2]);
        out.clear();
        sorted.prefix("tortz", &mut out);
        assert!(out.is_empty());
        let empty = KeyList::from_repeated(&[]);
        empty.prefix("a", &mut out);
        assert!(out.is_empty() && empty.len() == 0);
    }

    #[test]
    fn the_tail_postings_merge_in_name_order() {
        // More than five names, so the helper thread's share is not empty.
        let names: Vec<String> = (0..12).map(|i| format!("pangolin {i}")).collect();
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        let index = CandidateIndex::build(&refs);
        let list = &index.postings[&pack('^', 'p', 'a')];
        assert_eq!(*list, (0..12).collect::<Vec<u32>>());
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
