//! Search latency and recall over the development queries, with three baselines run in the same
//! process on the same names: `fuzzy-matcher` (skim) and `nucleo-matcher` scanning every name, and
//! SQLite FTS5 with the trigram tokenizer. Corpora: the bundled database; the bundled database plus
//! the real CITES checklist export in ../shared/data (skipped with a message where absent); and a
//! generated corpus of 200,000 names. Also reports index build time and memory.
//!
//! Run with `cargo bench --bench search`; under `cargo test` it runs one quick pass only.

use std::time::{Duration, Instant};

use fieldguide::catalog::Catalog;
use fieldguide::model::{Entry, Kind, LangTag, Name, NameRole, Source};
use fieldguide::search::{Query, SearchIndex};
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};

const TOP: usize = 10;

struct Case {
    query: String,
    expected: Vec<String>,
}

fn cases() -> Vec<Case> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/dev-queries.tsv");
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut cols = l.split('\t');
            Some(Case {
                query: cols.next()?.to_owned(),
                expected: cols.next()?.split('|').map(str::to_owned).collect(),
            })
        })
        .collect()
}

/// Does this entry satisfy one expected answer (`cas:`, `sci:`, `title:`)?
fn satisfies(e: &Entry, expected: &str) -> bool {
    match expected.split_once(':') {
        Some(("cas", v)) => e.cas.iter().any(|c| c.as_str() == v),
        Some(("sci", v)) => e.scientific_name().is_some_and(|s| s.starts_with(v)),
        Some(("title", v)) => e.title.to_lowercase().contains(&v.to_lowercase()),
        _ => false,
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

/// Resident set size of this process, in bytes (Linux).
fn rss() -> usize {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| {
            s.split_whitespace()
                .nth(1)
                .and_then(|p| p.parse::<usize>().ok())
        })
        .map_or(0, |pages| pages * 4096)
}

/// One engine under test: returns the entries of its top hits, best first.
type Engine<'a> = Box<dyn FnMut(&str) -> Vec<usize> + 'a>;

struct Row {
    name: &'static str,
    times: Vec<Duration>,
    recall5: f64,
}

fn run_engine(
    name: &'static str,
    mut engine: Engine<'_>,
    cases: &[Case],
    entries: &[Entry],
    rounds: usize,
) -> Row {
    let mut times = Vec::with_capacity(rounds * cases.len());
    let mut found = 0usize;
    for round in 0..rounds {
        for c in cases {
            let t = Instant::now();
            let hits = engine(&c.query);
            times.push(t.elapsed());
            if round == 0 {
                let mut seen = Vec::new();
                for h in hits {
                    if !seen.contains(&h) {
                        seen.push(h);
                    }
                }
                seen.truncate(5);
                if seen
                    .iter()
                    .any(|i| c.expected.iter().any(|x| satisfies(&entries[*i], x)))
                {
                    found += 1;
                }
            }
        }
    }
    times.sort();
    Row {
        name,
        times,
        recall5: found as f64 / cases.len().max(1) as f64,
    }
}

/// Every (name text, entry) pair, as a plain matcher would see them.
fn name_list(entries: &[Entry]) -> (Vec<String>, Vec<usize>) {
    let mut names = Vec::new();
    let mut owners = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        for n in std::iter::once(e.title.as_str()).chain(e.names.iter().map(|n| n.text.as_str())) {
            names.push(n.to_owned());
            owners.push(i);
        }
    }
    (names, owners)
}

fn bench_corpus(label: &str, entries: &[Entry], cases: &[Case], rounds: usize, report: bool) {
    let before = rss();
    let t = Instant::now();
    let index = SearchIndex::build(entries);
    let build = t.elapsed();
    let memory = rss().saturating_sub(before);
    let heap = index.heap_bytes();
    let (names, owners) = name_list(entries);

    let mut rows = Vec::new();
    rows.push(run_engine(
        "fieldguide SearchIndex",
        Box::new(|q: &str| {
            index
                .search(&Query {
                    text: q,
                    kind: None,
                    instrument: None,
                    limit: TOP,
                })
                .into_iter()
                .map(|h| h.entry)
                .collect()
        }),
        cases,
        entries,
        rounds,
    ));
    let skim = SkimMatcherV2::default();
    rows.push(run_engine(
        "fuzzy-matcher skim, full scan",
        Box::new(|q: &str| {
            let mut scored: Vec<(i64, usize)> = names
                .iter()
                .enumerate()
                .filter_map(|(i, n)| skim.fuzzy_match(n, q).map(|s| (s, i)))
                .collect();
            scored.sort_unstable_by(|a, b| b.cmp(a));
            scored
                .into_iter()
                .take(TOP)
                .map(|(_, i)| owners[i])
                .collect()
        }),
        cases,
        entries,
        rounds,
    ));
    let mut nucleo = nucleo_matcher::Matcher::new(nucleo_matcher::Config::DEFAULT);
    rows.push(run_engine(
        "nucleo-matcher, full scan",
        Box::new(|q: &str| {
            let pattern = Pattern::parse(q, CaseMatching::Ignore, Normalization::Smart);
            let mut scored: Vec<(u32, usize)> = Vec::new();
            let mut buf = Vec::new();
            for (i, n) in names.iter().enumerate() {
                let hay = nucleo_matcher::Utf32Str::new(n, &mut buf);
                if let Some(s) = pattern.score(hay, &mut nucleo) {
                    scored.push((s, i));
                }
            }
            scored.sort_unstable_by(|a, b| b.cmp(a));
            scored
                .into_iter()
                .take(TOP)
                .map(|(_, i)| owners[i])
                .collect()
        }),
        cases,
        entries,
        rounds,
    ));
    let fts = rusqlite::Connection::open_in_memory().ok();
    if let Some(conn) = &fts {
        let ok = conn
            .execute_batch("CREATE VIRTUAL TABLE n USING fts5(name, tokenize = 'trigram');")
            .is_ok();
        if ok {
            let _ = conn.execute_batch("BEGIN");
            if let Ok(mut st) = conn.prepare("INSERT INTO n (rowid, name) VALUES (?1, ?2)") {
                for (i, n) in names.iter().enumerate() {
                    let _ = st.execute(rusqlite::params![i as i64, n]);
                }
            }
            let _ = conn.execute_batch("COMMIT");
            rows.push(run_engine(
                "SQLite FTS5 trigram",
                Box::new(|q: &str| {
                    let phrase = format!("\"{}\"", q.replace('"', "\"\""));
                    let Ok(mut st) = conn.prepare_cached(
                        "SELECT rowid FROM n WHERE n MATCH ?1 ORDER BY rank LIMIT 10",
                    ) else {
                        return Vec::new();
                    };
                    st.query_map([phrase], |r| r.get::<_, i64>(0))
                        .map(|rows| {
                            rows.filter_map(Result::ok)
                                .map(|i| owners[i as usize])
                                .collect()
                        })
                        .unwrap_or_default()
                }),
                cases,
                entries,
                rounds,
            ));
        }
    }

    if !report {
        return;
    }
    println!(
        "\n### {label} — {} entries, {} names, {} queries × {rounds} rounds\n\nIndex build {:.1} ms; index memory {:.1} MB (heap estimate), RSS growth {:.1} MB.\n",
        entries.len(),
        names.len(),
        cases.len(),
        build.as_secs_f64() * 1e3,
        heap as f64 / 1e6,
        memory as f64 / 1e6
    );
    println!("| engine                           |  p50 (µs) |  p99 (µs) | recall@5 |");
    println!("|----------------------------------|-----------|-----------|----------|");
    let ours = percentile(&rows[0].times, 0.99);
    for r in &rows {
        println!(
            "| {:<32} | {:>9.1} | {:>9.1} | {:>8.3} |",
            r.name,
            percentile(&r.times, 0.5).as_secs_f64() * 1e6,
            percentile(&r.times, 0.99).as_secs_f64() * 1e6,
            r.recall5
        );
    }
    for r in &rows[1..] {
        println!(
            "p99 {} / fieldguide: {:.1}×",
            r.name,
            percentile(&r.times, 0.99).as_secs_f64() / ours.as_secs_f64().max(1e-9)
        );
    }
}

/// A deterministic corpus of made-up binomials and common names, three names per entry.
fn synthetic(entries: usize) -> Vec<Entry> {
    const SYL: [&str; 24] = [
        "ka", "lo", "ri", "pan", "go", "lin", "ser", "pen", "tu", "mar", "dra", "co", "ne", "phi",
        "ra", "sto", "mus", "te", "vi", "la", "ox", "ur", "sa", "bel",
    ];
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut word = |n: usize| -> String {
        (0..n)
            .map(|_| SYL[(next() % SYL.len() as u64) as usize])
            .collect()
    };
    let (Ok(la), Ok(en)) = ("la".parse::<LangTag>(), "en".parse::<LangTag>()) else {
        return Vec::new();
    };
    (0..entries)
        .filter_map(|i| {
            let id = format!("taxon:synthetic-{i}").parse().ok()?;
            let sci = format!("{} {}", word(3), word(3));
            let common = format!("{} {}", word(2), word(3));
            let mut e = Entry::new(id, Kind::Taxon, common.clone());
            e.names.push(Name {
                text: sci,
                lang: la.clone(),
                role: NameRole::Scientific,
            });
            e.names.push(Name {
                text: common,
                lang: en.clone(),
                role: NameRole::Common,
            });
            Some(e)
        })
        .collect()
}

/// The real CITES checklist export (2017), read by the project's own importer.
fn checklist() -> Option<Vec<Entry>> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/cites-checklist-2017-04-21.csv.gz");
    let file = std::fs::File::open(&path).ok()?;
    let source = Source {
        id: "cites-checklist-export".to_owned(),
        citation: "Checklist of CITES Species export, 2017-04-21".to_owned(),
        url: None,
        consulted: "2017-04-21".parse().ok()?,
    };
    fieldguide::import::checklist::parse(flate2::read::GzDecoder::new(file), &source)
        .ok()
        .map(|rows| rows.entries)
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let (_, catalog) = match Catalog::open(None) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("cannot open the embedded database: {e}");
            std::process::exit(2);
        }
    };
    let cases = cases();
    bench_corpus(
        "Bundled database",
        &catalog.entries,
        &cases,
        if full { 50 } else { 1 },
        full,
    );

    if full {
        match checklist() {
            Some(list) => {
                // As an import would: the curated entries, plus the export's other taxa.
                let mut all = catalog.entries.clone();
                let known: std::collections::HashSet<_> =
                    all.iter().map(|e| e.id.clone()).collect();
                all.extend(list.into_iter().filter(|e| !known.contains(&e.id)));
                bench_corpus("Bundled + CITES checklist 2017", &all, &cases, 5, true);
            }
            None => {
                println!("\n(CITES checklist export not found in ../shared/data: corpus skipped)")
            }
        }
    }

    let mut big = synthetic(if full { 66_600 } else { 500 });
    big.extend(catalog.entries.iter().cloned());
    bench_corpus(
        "Bundled + generated corpus",
        &big,
        &cases,
        if full { 5 } else { 1 },
        full,
    );
}
