//! The search index, built once from the entries, and the query that runs over it.

use std::cmp::Ordering;
use std::collections::HashMap;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use crate::app::i18n::{Lang, Tr, part_key};
use crate::model::{
    Cas, EcNumber, Entry, Formula, Instrument, Kind, NameRole, Part, Rank, RefrigerantNumber,
    Severity, UnNumber, strictest,
};
use crate::search::candidates::CandidateIndex;
use crate::search::normalize::{compact, fold};
use crate::search::score::{allowed_typos, osa_distance, word_quality};

/// What a hit matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MatchedField {
    /// A CAS RN.
    Cas,
    /// An EC number.
    Ec,
    /// A UN number.
    Un,
    /// An HS code (exactly or by prefix).
    Hs,
    /// A refrigerant number.
    Refrigerant,
    /// A molecular formula.
    Formula,
    /// A name, with its role.
    Name(NameRole),
    /// A part or product the entry is traded as ("ivory", "scales").
    Product,
}

impl MatchedField {
    /// The text used in JSON and on screen: `cas`, `trade`, `scientific` …
    pub fn as_str(self) -> &'static str {
        match self {
            MatchedField::Cas => "cas",
            MatchedField::Ec => "ec",
            MatchedField::Un => "un",
            MatchedField::Hs => "hs",
            MatchedField::Refrigerant => "refrigerant",
            MatchedField::Formula => "formula",
            MatchedField::Name(role) => role.as_str(),
            MatchedField::Product => "product",
        }
    }

    /// Field weight for ranking: identifiers, then preferred names, then trade names and codes,
    /// then synonyms and other names.
    fn weight(self) -> f64 {
        match self {
            MatchedField::Name(NameRole::Preferred) => 1.0,
            MatchedField::Name(NameRole::Scientific) => 0.98,
            MatchedField::Name(NameRole::Trade | NameRole::Designation) => 0.96,
            MatchedField::Name(NameRole::Common | NameRole::Abbreviation) => 0.95,
            MatchedField::Name(NameRole::Synonym) => 0.92,
            // Many entries share a part: a name of the entry ranks above it.
            MatchedField::Product => 0.9,
            _ => 1.0,
        }
    }
}

/// A query with its filters.
#[derive(Clone, Debug)]
pub struct Query<'a> {
    /// What the officer typed.
    pub text: &'a str,
    /// Only entries of this kind.
    pub kind: Option<Kind>,
    /// Only entries listed under this instrument.
    pub instrument: Option<Instrument>,
    /// At most this many hits.
    pub limit: usize,
}

/// One result, with the reason it matched.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// Position of the entry in the slice the index was built from.
    pub entry: usize,
    /// Higher is better; identifiers score 1000, names up to 900.
    pub score: f64,
    /// The name or code that matched, as stored.
    pub matched_text: String,
    /// What kind of name or code it is.
    pub matched_field: MatchedField,
    /// The language of the matched name, for names.
    pub lang: Option<String>,
}

/// One indexed name. Kept small: the index holds hundreds of thousands of them.
struct NameKey {
    entry: u32,
    text: Box<str>,
    /// Index into `SearchIndex::langs`.
    lang: u16,
    field: MatchedField,
    /// The folded text (lower-case words separated by single spaces).
    folded: Box<str>,
}

/// Built once at start-up; never on a keystroke.
pub struct SearchIndex {
    names: Vec<NameKey>,
    /// For each entry, the range of its names in `names` (they are stored together).
    entry_names: Vec<(u32, u32)>,
    langs: Vec<String>,
    /// "scheme:value" → (entry, text as stored).
    idents: HashMap<String, Vec<(u32, String)>>,
    /// HS digits of every entry, for prefix queries.
    hs: Vec<(String, u32, String)>,
    candidates: CandidateIndex,
    /// Names of entries that cover members not listed one by one: family and group entries, and
    /// listed taxa above species.
    covering: Vec<u32>,
    kinds: Vec<Kind>,
    instruments: Vec<Vec<Instrument>>,
    /// Each entry's strictest listing, own or inherited: of two entries matched by the same part
    /// in trade, the more strictly controlled comes first ("ivory": the elephants before the
    /// narwhal).
    strictest: Vec<Severity>,
    titles: Vec<(usize, String)>,
}

impl SearchIndex {
    /// Index every name and identifier of `entries`.
    pub fn build(entries: &[Entry]) -> SearchIndex {
        let parts = part_names(entries);
        let parts = &parts;
        // Fold every name first, on two threads: folding is most of the build's work.
        let raw: Vec<(u32, &str, &str, MatchedField)> =
            entries
                .iter()
                .enumerate()
                .flat_map(|(i, e)| {
                    std::iter::once((
                        i as u32,
                        e.title.as_str(),
                        "en",
                        MatchedField::Name(NameRole::Preferred),
                    ))
                    .chain(e.names.iter().map(move |n| {
                        (
                            i as u32,
                            n.text.as_str(),
                            n.lang.as_str(),
                            MatchedField::Name(n.role),
                        )
                    }))
                    .chain(e.products.iter().flat_map(move |p| {
                        std::iter::once((i as u32, p.part.as_str(), "en", MatchedField::Product))
                            .chain(parts.get(&p.part).into_iter().flatten().map(
                                move |(text, lang)| {
                                    (i as u32, text.as_str(), *lang, MatchedField::Product)
                                },
                            ))
                    }))
                })
                .collect();
        let fold_all = |part: &[(u32, &str, &str, MatchedField)]| -> Vec<String> {
            part.iter().map(|(_, text, _, _)| fold(text)).collect()
        };
        let (first, second) = raw.split_at(raw.len() / 2);
        let folded_all: Vec<String> = std::thread::scope(|scope| {
            let other = scope.spawn(|| fold_all(second));
            let mut done = fold_all(first);
            // Should the helper thread ever fail, fold its half here.
            done.extend(other.join().unwrap_or_else(|_| fold_all(second)));
            done
        });

        let mut names: Vec<NameKey> = Vec::new();
        let mut langs: Vec<String> = Vec::new();
        let mut first_of_entry = 0;
        let mut current = u32::MAX;
        for ((entry, text, lang, field), folded) in raw.iter().zip(folded_all) {
            if *entry != current {
                current = *entry;
                first_of_entry = names.len();
            }
            let duplicate = names[first_of_entry..]
                .iter()
                .any(|n| n.field == *field && *n.folded == *folded);
            if folded.is_empty() || duplicate {
                continue;
            }
            let lang = match langs.iter().position(|l| l == lang) {
                Some(p) => p,
                None => {
                    langs.push((*lang).to_owned());
                    langs.len() - 1
                }
            };
            names.push(NameKey {
                entry: *entry,
                text: (*text).into(),
                lang: u16::try_from(lang).unwrap_or(u16::MAX),
                field: *field,
                folded: folded.into(),
            });
        }

        let mut idents: HashMap<String, Vec<(u32, String)>> = HashMap::new();
        let mut hs = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            let i = i as u32;
            let mut add_id =
                |key: String, text: String| idents.entry(key).or_default().push((i, text));
            for c in &e.cas {
                add_id(format!("cas:{c}"), c.to_string());
            }
            for c in &e.ec {
                add_id(format!("ec:{c}"), c.to_string());
            }
            for u in &e.un {
                add_id(format!("un:{}", u.number.digits()), u.number.to_string());
            }
            if let Some(r) = &e.refrigerant {
                add_id(format!("r:{r}"), r.to_string());
            }
            if let Some(f) = &e.formula {
                add_id(format!("f:{}", f.hill()), f.to_string());
            }
            for h in &e.hs {
                hs.push((h.digits().to_owned(), i, h.to_string()));
            }
        }
        let folded: Vec<&str> = names.iter().map(|n| &*n.folded).collect();
        let candidates = CandidateIndex::build(&folded);
        let covers = |e: &Entry| {
            e.family
                || (e.kind == Kind::Taxon
                    && !matches!(
                        e.rank,
                        Some(Rank::Species | Rank::Subspecies | Rank::Variety)
                    )
                    && e.listings.iter().any(|l| l.inherited_from.is_none()))
        };
        let covering = names
            .iter()
            .enumerate()
            .filter(|(_, n)| covers(&entries[n.entry as usize]))
            .map(|(i, _)| i as u32)
            .collect();
        let mut entry_names = vec![(0u32, 0u32); entries.len()];
        for (i, n) in names.iter().enumerate() {
            let r = &mut entry_names[n.entry as usize];
            if r.1 == 0 {
                r.0 = i as u32;
            }
            r.1 = i as u32 + 1;
        }
        SearchIndex {
            candidates,
            covering,
            entry_names,
            names,
            langs,
            idents,
            hs,
            kinds: entries.iter().map(|e| e.kind).collect(),
            instruments: entries
                .iter()
                .map(|e| e.listings.iter().map(|l| l.instrument).collect())
                .collect(),
            strictest: entries
                .iter()
                .map(|e| strictest(&e.listings).unwrap_or(Severity::None))
                .collect(),
            titles: entries
                .iter()
                .map(|e| (e.title.chars().count(), e.id.to_string()))
                .collect(),
        }
    }

    /// Approximate heap size of the index, in bytes (names, identifiers and candidate index).
    pub fn heap_bytes(&self) -> usize {
        let names: usize = self
            .names
            .iter()
            .map(|n| std::mem::size_of::<NameKey>() + n.text.len() + n.folded.len())
            .sum();
        let idents: usize = self
            .idents
            .iter()
            .map(|(k, v)| k.len() + 48 + v.iter().map(|(_, t)| 28 + t.len()).sum::<usize>())
            .sum();
        let titles: usize = self.titles.iter().map(|(_, t)| 32 + t.len()).sum();
        names
            + idents
            + titles
            + self.strictest.len()
            + self.candidates.heap_bytes()
            + self.hs.len() * 60
    }

    fn admits(&self, entry: u32, q: &Query<'_>) -> bool {
        let i = entry as usize;
        q.kind.is_none_or(|k| self.kinds[i] == k)
            && q.instrument
                .is_none_or(|ins| self.instruments[i].contains(&ins))
    }

    /// Run a query. Deterministic: ties are broken by field, title length, then id.
    pub fn search(&self, q: &Query<'_>) -> Vec<Hit> {
        // Officers' queries are short; a pasted page is cut rather than refused.
        let text: String = q.text.chars().take(256).collect();
        let folded = fold(&text);
        if folded.is_empty() || q.limit == 0 {
            return Vec::new();
        }
        let mut best: HashMap<u32, Hit> = HashMap::new();
        let offer = |best: &mut HashMap<u32, Hit>, hit: Hit| {
            let slot = best.entry(hit.entry as u32);
            match slot {
                std::collections::hash_map::Entry::Occupied(mut o) => {
                    if hit.score > o.get().score {
                        o.insert(hit);
                    }
                }
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert(hit);
                }
            }
        };
        for (key, field, score) in identifier_keys(&text) {
            for (entry, stored) in self.idents.get(&key).into_iter().flatten() {
                if self.admits(*entry, q) {
                    offer(
                        &mut best,
                        Hit {
                            entry: *entry as usize,
                            score,
                            matched_text: stored.clone(),
                            matched_field: field,
                            lang: None,
                        },
                    );
                }
            }
        }
        if let Some(prefix) = hs_prefix(&text) {
            for (digits, entry, stored) in &self.hs {
                if digits.starts_with(&prefix) && self.admits(*entry, q) {
                    let score = 1000.0 - 10.0 * (6 - prefix.len()) as f64;
                    offer(
                        &mut best,
                        Hit {
                            entry: *entry as usize,
                            score,
                            matched_text: stored.clone(),
                            matched_field: MatchedField::Hs,
                            lang: None,
                        },
                    );
                }
            }
        }

        let qcompact: Vec<char> = compact(&text).chars().collect();
        let qwords: Vec<Vec<char>> = folded.split(' ').map(|w| w.chars().collect()).collect();
        let candidates = self.candidates.candidates(&qcompact, &qwords);
        // Scoring works on bytes when both sides are ASCII (most names), on chars otherwise, and
        // reuses its buffers: it runs for every candidate of every keystroke.
        let ascii_query = folded.is_ascii();
        let qbytes: Vec<u8> = folded.bytes().filter(|b| *b != b' ').collect();
        let qwords_b: Vec<&[u8]> = folded.as_bytes().split(|b| *b == b' ').collect();
        let qwords_c: Vec<&[char]> = qwords.iter().map(Vec::as_slice).collect();
        let mut compact_b: Vec<u8> = Vec::new();
        let mut words_b: Vec<&[u8]> = Vec::new();
        let mut unmatched: Vec<u32> = Vec::new();
        for &id in &candidates {
            let key = &self.names[id as usize];
            if !self.admits(key.entry, q) {
                continue;
            }
            let quality = if ascii_query && key.folded.is_ascii() {
                compact_b.clear();
                compact_b.extend(key.folded.bytes().filter(|b| *b != b' '));
                words_b.clear();
                words_b.extend(key.folded.as_bytes().split(|b| *b == b' '));
                name_quality(&qbytes, &qwords_b, &compact_b, &words_b)
            } else {
                let kc: Vec<char> = key.folded.chars().filter(|c| *c != ' ').collect();
                let kw: Vec<Vec<char>> =
                    key.folded.split(' ').map(|w| w.chars().collect()).collect();
                let kw: Vec<&[char]> = kw.iter().map(Vec::as_slice).collect();
                name_quality(&qcompact, &qwords_c, &kc, &kw)
            };
            if quality > 0.0 {
                offer(&mut best, self.name_hit(key, quality));
            } else {
                unmatched.push(id);
            }
        }
        // Entries with some name matching part of the query, for matching across names.
        let partial: Vec<u32> = best
            .values()
            .filter(|h| h.score < 100.0 + 800.0 * 0.8)
            .map(|h| h.entry as u32)
            .collect();
        // Words spread over several names of one entry ("hornbill casque": the English name has
        // "hornbill", the French one "casque"): ranked below a single name that has them all.
        let long_words: Vec<&str> = folded.split(' ').filter(|w| w.len() > 1).collect();
        if long_words.len() >= 2 {
            for entry in partial {
                if let Some(hit) = self.across_names(entry, &long_words) {
                    offer(&mut best, hit);
                }
            }
        }

        // Abbreviation-like subsequences ("hcfc22" in "HCFC-22"), kept below real matches, and
        // only looked for when the real matches do not fill the list: skim is the costly scorer.
        if best.len() < q.limit && qcompact.len() >= 3 {
            let skim = SkimMatcherV2::default();
            for id in unmatched {
                let key = &self.names[id as usize];
                if let Some(s) = skim.fuzzy_match(&key.folded, &folded) {
                    let per_char = s as f64 / (qcompact.len() as f64 * 20.0);
                    let quality = (0.2 + 0.25 * per_char.min(1.0)).min(0.45);
                    offer(&mut best, self.name_hit(key, quality));
                }
            }
        }

        let mut hits: Vec<Hit> = best.into_values().collect();
        hits.sort_by(|a, b| self.rank(a, b));
        hits.truncate(q.limit);
        hits
    }

    /// Every query word matched by some word of some name of `entry`, or `None`.
    fn across_names(&self, entry: u32, qwords: &[&str]) -> Option<Hit> {
        let (start, end) = self.entry_names[entry as usize];
        let names = &self.names[start as usize..end as usize];
        let mut sum = 0.0;
        let mut used: Vec<&NameKey> = Vec::new();
        for w in qwords {
            let qw: Vec<char> = w.chars().collect();
            let (quality, key) = names
                .iter()
                .flat_map(|k| k.folded.split(' ').map(move |kw| (kw, k)))
                .map(|(kw, k)| (word_quality(&qw, &kw.chars().collect::<Vec<_>>()), k))
                .fold(
                    (0.0, None),
                    |best, (q, k)| if q > best.0 { (q, Some(k)) } else { best },
                );
            let key = key.filter(|_| quality >= 0.75)?;
            sum += quality;
            if !used.iter().any(|u| std::ptr::eq(*u, key)) {
                used.push(key);
            }
        }
        if used.len() < 2 {
            // One name holds every word: the single-name scoring has already ranked it.
            return None;
        }
        let quality = sum / qwords.len() as f64 * 0.8;
        let weight = used.iter().map(|k| k.field.weight()).fold(1.0, f64::min);
        let score = 100.0 + 800.0 * quality * weight;
        Some(Hit {
            entry: entry as usize,
            score: (score * 100.0).round() / 100.0,
            matched_text: used
                .iter()
                .map(|k| &*k.text)
                .collect::<Vec<_>>()
                .join(" + "),
            matched_field: used[0].field,
            lang: self.langs.get(usize::from(used[0].lang)).cloned(),
        })
    }

    fn name_hit(&self, key: &NameKey, quality: f64) -> Hit {
        let score = 100.0 + 800.0 * quality * key.field.weight();
        Hit {
            entry: key.entry as usize,
            score: (score * 100.0).round() / 100.0,
            matched_text: key.text.to_string(),
            matched_field: key.field,
            lang: self.langs.get(usize::from(key.lang)).cloned(),
        }
    }

    /// Family, group and higher-taxon entries that may cover what the query names, for when it
    /// matches nothing well: "HCFC-225da" → the HCFC-225 isomer group, "Psittacus timneh" → the
    /// genus and order listings. A family name covers the query when the query starts with it, or
    /// when one of the query's words is one of the family name's distinctive words.
    pub fn covering(&self, q: &Query<'_>) -> Vec<Hit> {
        let text: String = q.text.chars().take(256).collect();
        let qcompact = compact(&text);
        let folded = fold(&text);
        let qwords: Vec<&str> = folded
            .split(' ')
            .filter(|w| w.chars().count() >= 4)
            .collect();
        let mut best: HashMap<u32, Hit> = HashMap::new();
        for id in &self.covering {
            let key = &self.names[*id as usize];
            if !self.admits(key.entry, q) {
                continue;
            }
            let name_compact: String = key.folded.chars().filter(|c| *c != ' ').collect();
            let by_prefix = name_compact.chars().count() >= 3
                && qcompact.starts_with(&name_compact)
                && qcompact != name_compact;
            let by_word = key
                .folded
                .split(' ')
                .any(|w| w.chars().count() >= 4 && qwords.contains(&w));
            if by_prefix || by_word {
                let score = if by_prefix { 300.0 } else { 200.0 };
                let hit = Hit {
                    entry: key.entry as usize,
                    score,
                    matched_text: key.text.to_string(),
                    matched_field: key.field,
                    lang: self.langs.get(usize::from(key.lang)).cloned(),
                };
                best.entry(key.entry).or_insert(hit);
            }
        }
        let mut hits: Vec<Hit> = best.into_values().collect();
        hits.sort_by(|a, b| self.rank(a, b));
        hits.truncate(q.limit.min(5));
        hits
    }

    fn rank(&self, a: &Hit, b: &Hit) -> Ordering {
        b.score
            .partial_cmp(&a.score)
            .unwrap_or(Ordering::Equal)
            .then_with(|| {
                b.matched_field
                    .weight()
                    .partial_cmp(&a.matched_field.weight())
                    .unwrap_or(Ordering::Equal)
            })
            .then_with(|| {
                // Entries traded as the same part tie on its name: the strictest listing first.
                // Names tie otherwise, and the shorter title (the general entry) comes first.
                if a.matched_field == MatchedField::Product
                    && b.matched_field == MatchedField::Product
                {
                    self.strictest[b.entry].cmp(&self.strictest[a.entry])
                } else {
                    Ordering::Equal
                }
            })
            .then_with(|| self.titles[a.entry].cmp(&self.titles[b.entry]))
    }
}

/// How well the query matches one name, 0 when it does not. `qcompact` and `compact` are the
/// texts without spaces; `qwords` and `words` their words.
fn name_quality<T: PartialEq + Copy>(
    qcompact: &[T],
    qwords: &[&[T]],
    compact: &[T],
    words: &[&[T]],
) -> f64 {
    if qcompact.is_empty() {
        return 0.0;
    }
    if compact == qcompact {
        return 1.0;
    }
    let mut q: f64 = 0.0;
    if compact.starts_with(qcompact) {
        q = q.max(0.85 + 0.1 * qcompact.len() as f64 / compact.len() as f64);
    }
    let max = allowed_typos(qcompact.len());
    if max > 0
        && let Some(d) = osa_distance(qcompact, compact, max)
    {
        q = q.max(0.85 - 0.1 * d as f64);
    }
    // Query words against name words. Single letters (locants such as the p,p' of p,p'-DDT) only
    // count when the query has nothing else.
    let long: Vec<&[T]> = qwords.iter().copied().filter(|w| w.len() > 1).collect();
    let qw: Vec<&[T]> = if long.is_empty() {
        qwords.to_vec()
    } else {
        long
    };
    let (mut sum, mut matched, mut strong) = (0.0, 0usize, false);
    for w in &qw {
        let best = words
            .iter()
            .map(|kw| word_quality(w, kw))
            .fold(0.0, f64::max);
        if best > 0.0 {
            matched += 1;
            sum += best;
            strong |= best >= 0.75;
        }
    }
    let n = qw.len();
    if matched == n {
        let coverage = n as f64 / words.len().max(n) as f64;
        q = q.max(sum / n as f64 * (0.7 + 0.15 * coverage));
    } else if n >= 2 && strong && (matched * 2 >= n || covers_name(&qw, words)) {
        // Some words name no part of this name ("freon 12 cylinder", "elephant tusk"): still a
        // hit, ranked below names that cover the whole query.
        q = q.max(sum / n as f64 * 0.7);
    }
    if q == 0.0 && qcompact.len() >= 3 && contains(compact, qcompact) {
        q = 0.55;
    }
    q
}

/// True when every word of the name is matched well by some query word ("GB" in "GB nerve agent").
fn covers_name<T: PartialEq>(qwords: &[&[T]], words: &[&[T]]) -> bool {
    words
        .iter()
        .all(|kw| qwords.iter().any(|w| word_quality(w, kw) >= 0.75))
}

fn contains<T: PartialEq>(hay: &[T], needle: &[T]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// Identifier keys the query could be, each with the field and score of an exact match.
fn identifier_keys(text: &str) -> Vec<(String, MatchedField, f64)> {
    let mut keys = Vec::new();
    let t = text.trim();
    if let Ok(c) = t.parse::<Cas>() {
        keys.push((format!("cas:{c}"), MatchedField::Cas, 1000.0));
    }
    if let Ok(e) = t.parse::<EcNumber>() {
        keys.push((format!("ec:{e}"), MatchedField::Ec, 1000.0));
    }
    if let Ok(u) = t.parse::<UnNumber>() {
        keys.push((format!("un:{}", u.digits()), MatchedField::Un, 1000.0));
    }
    if let Ok(r) = RefrigerantNumber::parse_loose(t) {
        keys.push((format!("r:{r}"), MatchedField::Refrigerant, 1000.0));
    }
    if t.chars().any(|c| c.is_ascii_uppercase())
        && let Some(h) = Formula::hill_of_text(t)
    {
        keys.push((format!("f:{h}"), MatchedField::Formula, 990.0));
    }
    keys
}

/// Digits of an HS code or prefix: 4 to 6 digits, with or without the dot.
fn hs_prefix(text: &str) -> Option<String> {
    let t = text.trim();
    let digits: String = t.chars().filter(|c| *c != '.').collect();
    let shape_ok = (4..=6).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && t.chars().filter(|c| *c == '.').count() <= 1;
    shape_ok.then_some(digits)
}

/// The name of every part in trade that `entries` use, in every interface language, so that
/// "ivoire" or "象牙" finds what is traded as ivory. Empty when no entry has products.
fn part_names(entries: &[Entry]) -> HashMap<Part, Vec<(String, &'static str)>> {
    let used: std::collections::BTreeSet<Part> = entries
        .iter()
        .flat_map(|e| e.products.iter().map(|p| p.part))
        .collect();
    if used.is_empty() {
        return HashMap::new();
    }
    let languages: Vec<(Tr, &'static str)> = Lang::ALL
        .iter()
        .map(|l| {
            let tag = if *l == Lang::Zh { "zh-Hans" } else { l.code() };
            (Tr::new(*l), tag)
        })
        .collect();
    used.into_iter()
        .map(|part| {
            let key = part_key(part);
            let names = languages
                .iter()
                .map(|(tr, tag)| (tr.get(&key).to_owned(), *tag))
                .collect();
            (part, names)
        })
        .collect()
}
