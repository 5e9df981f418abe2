//! Search latency on the bundled database, over the development queries, against a baseline that
//! scans every name with `fuzzy-matcher` (skim). Reports p50 / p99 per query and the ratio, and the
//! index build time. Run with `cargo bench`; under `cargo test` it runs one quick pass only.
//!
//! The search issue extends this with nucleo-matcher and SQLite FTS5 baselines and the larger
//! corpora (CITES checklist, 200,000 generated names).

use std::time::{Duration, Instant};

use fieldguide::catalog::Catalog;
use fieldguide::model::{Entry, Kind, LangTag, Name, NameRole};
use fieldguide::search::{Query, SearchIndex};
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

fn queries() -> Vec<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/dev-queries.tsv");
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split('\t').next().map(str::to_owned))
        .collect()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[i]
}

fn measure(rounds: usize, queries: &[String], mut f: impl FnMut(&str) -> usize) -> Vec<Duration> {
    let mut times = Vec::with_capacity(rounds * queries.len());
    let mut sink = 0usize;
    for _ in 0..rounds {
        for q in queries {
            let t = Instant::now();
            sink = sink.wrapping_add(f(q));
            times.push(t.elapsed());
        }
    }
    std::hint::black_box(sink);
    times.sort();
    times
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

/// A deterministic corpus of made-up binomials and common names, two names per entry.
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
    let (la, en): (Option<LangTag>, Option<LangTag>) = ("la".parse().ok(), "en".parse().ok());
    let (Some(la), Some(en)) = (la, en) else {
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

fn bench_corpus(label: &str, entries: &[Entry], queries: &[String], rounds: usize, report: bool) {
    let before = rss();
    let t = Instant::now();
    let index = SearchIndex::build(entries);
    let build = t.elapsed();
    let memory = rss().saturating_sub(before);

    let names: Vec<String> = entries
        .iter()
        .flat_map(|e| {
            std::iter::once(e.title.clone()).chain(e.names.iter().map(|n| n.text.clone()))
        })
        .collect();
    let ours = measure(rounds, queries, |q| {
        index
            .search(&Query {
                text: q,
                kind: None,
                instrument: None,
                limit: 10,
            })
            .len()
    });
    let skim = SkimMatcherV2::default();
    let baseline = measure(rounds, queries, |q| {
        let mut scored: Vec<(i64, usize)> = names
            .iter()
            .enumerate()
            .filter_map(|(i, n)| skim.fuzzy_match(n, q).map(|s| (s, i)))
            .collect();
        scored.sort_unstable_by(|a, b| b.cmp(a));
        scored.truncate(10);
        scored.len()
    });
    if !report {
        return;
    }
    println!(
        "\n{label}: {} entries, {} names, {} queries × {rounds} rounds; index build {:.1} ms, \
         index memory ≈ {:.1} MB (RSS growth)",
        entries.len(),
        names.len(),
        queries.len(),
        build.as_secs_f64() * 1e3,
        memory as f64 / 1e6
    );
    println!("| engine                           |  p50 (µs) |  p99 (µs) |");
    println!("|----------------------------------|-----------|-----------|");
    let row = |name: &str, t: &[Duration]| {
        println!(
            "| {name:<32} | {:>9.1} | {:>9.1} |",
            percentile(t, 0.5).as_secs_f64() * 1e6,
            percentile(t, 0.99).as_secs_f64() * 1e6
        );
    };
    row("fieldguide SearchIndex", &ours);
    row("fuzzy-matcher skim, full scan", &baseline);
    let ratio =
        |p| percentile(&baseline, p).as_secs_f64() / percentile(&ours, p).as_secs_f64().max(1e-9);
    println!(
        "baseline / fieldguide: p50 {:.2}×, p99 {:.2}×",
        ratio(0.5),
        ratio(0.99)
    );
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
    let queries = queries();
    bench_corpus(
        "bundled database",
        &catalog.entries,
        &queries,
        if full { 50 } else { 1 },
        full,
    );
    let mut big = synthetic(if full { 66_600 } else { 1_000 });
    big.extend(catalog.entries.iter().cloned());
    bench_corpus(
        "bundled + generated corpus (200,000 names)",
        &big,
        &queries,
        if full { 5 } else { 1 },
        full,
    );
}
