//! Search latency on the bundled database, over the development queries, against a baseline that
//! scans every name with `fuzzy-matcher` (skim). Reports p50 / p99 per query and the ratio, and the
//! index build time. Run with `cargo bench`; under `cargo test` it runs one quick pass only.
//!
//! The search issue extends this with nucleo-matcher and SQLite FTS5 baselines and the larger
//! corpora (CITES checklist, 200,000 generated names).

use std::time::{Duration, Instant};

use fieldguide::catalog::Catalog;
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

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let rounds = if full { 50 } else { 1 };
    let (_, catalog) = match Catalog::open(None) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("cannot open the embedded database: {e}");
            std::process::exit(2);
        }
    };
    let queries = queries();

    let t = Instant::now();
    let builds = if full { 20 } else { 1 };
    for _ in 0..builds {
        std::hint::black_box(SearchIndex::build(&catalog.entries));
    }
    let build = t.elapsed() / builds;

    let names: Vec<String> = catalog
        .entries
        .iter()
        .flat_map(|e| {
            std::iter::once(e.title.clone()).chain(e.names.iter().map(|n| n.text.clone()))
        })
        .collect();

    let ours = measure(rounds, &queries, |q| {
        catalog
            .index
            .search(&Query {
                text: q,
                kind: None,
                instrument: None,
                limit: 10,
            })
            .len()
    });
    let skim = SkimMatcherV2::default();
    let baseline = measure(rounds, &queries, |q| {
        let mut scored: Vec<(i64, usize)> = names
            .iter()
            .enumerate()
            .filter_map(|(i, n)| skim.fuzzy_match(n, q).map(|s| (s, i)))
            .collect();
        scored.sort_unstable_by(|a, b| b.cmp(a));
        scored.truncate(10);
        scored.len()
    });

    if !full {
        return;
    }
    let row = |name: &str, t: &[Duration]| {
        println!(
            "| {name:<32} | {:>9.1} | {:>9.1} |",
            percentile(t, 0.5).as_secs_f64() * 1e6,
            percentile(t, 0.99).as_secs_f64() * 1e6
        );
    };
    println!(
        "bundled database: {} entries, {} names, {} queries × {rounds} rounds; index build {:.2} ms",
        catalog.entries.len(),
        names.len(),
        queries.len(),
        build.as_secs_f64() * 1e3
    );
    println!("| engine                           |  p50 (µs) |  p99 (µs) |");
    println!("|----------------------------------|-----------|-----------|");
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
