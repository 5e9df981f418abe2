//! No panic on any fuzz corpus input: every file of every `fuzz/corpus/<target>/` goes through the
//! matching `fieldguide::fuzzing` function, so plain `cargo test` checks the corpus without
//! cargo-fuzz (docs/FUZZING.md).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

type Target = fn(&[u8]);

const TARGETS: [(&str, Target); 7] = [
    ("query", fieldguide::fuzzing::query),
    ("source_toml", fieldguide::fuzzing::source_toml),
    ("checklist_csv", fieldguide::fuzzing::checklist_csv),
    ("photo_manifest", fieldguide::fuzzing::photo_manifest),
    ("image", fieldguide::fuzzing::image),
    ("lesson", fieldguide::fuzzing::lesson),
    ("pack", fieldguide::fuzzing::pack),
];

fn corpus_dir(target: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target)
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    out.sort();
    out
}

#[test]
fn no_panic_on_any_fuzz_corpus_input() {
    for (target, run) in TARGETS {
        let inputs = files(&corpus_dir(target));
        assert!(!inputs.is_empty(), "fuzz/corpus/{target} has no seed");
        for path in inputs {
            let bytes = std::fs::read(&path).unwrap();
            let outcome = std::panic::catch_unwind(|| run(&bytes));
            assert!(
                outcome.is_ok(),
                "fuzzing::{target} panicked on {}",
                path.display()
            );
        }
    }
}

#[test]
fn every_corpus_directory_has_a_target() {
    let dirs: Vec<String> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
    for d in &dirs {
        assert!(
            TARGETS.iter().any(|(t, _)| t == d),
            "fuzz/corpus/{d} has no function in TARGETS"
        );
    }
    for (t, _) in TARGETS {
        assert!(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("fuzz/fuzz_targets")
                .join(format!("{t}.rs"))
                .is_file(),
            "no fuzz/fuzz_targets/{t}.rs"
        );
    }
}

/// The seeds reach past the parsers: a complete source file links into a dataset, the real
/// checklist and manifest samples parse, the real images decode.
#[test]
fn seeds_exercise_the_accepting_paths() {
    let whole =
        std::fs::read_to_string(corpus_dir("source_toml").join("fixture-whole.toml")).unwrap();
    let data = fieldguide::dbbuild::check_text("fixture-whole.toml", &whole).unwrap();
    assert!(!data.entries.is_empty());
    let bad = fieldguide::dbbuild::check_text("x.toml", "[meta\n").unwrap_err();
    assert!(bad.to_string().contains("x.toml:1"), "{bad}");

    let manifest = std::fs::read(corpus_dir("photo_manifest").join("good.csv")).unwrap();
    let rows = fieldguide::import::photos::parse_manifest(&manifest[..], "good.csv").unwrap();
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().all(Result::is_ok));

    for name in ["tiny.png", "tiny.jpg", "ghs07.svg"] {
        let bytes = std::fs::read(corpus_dir("image").join(name)).unwrap();
        assert!(fieldguide::imaging::decode_image(&bytes).is_ok(), "{name}");
    }
    for name in ["bomb-rgba-header.png", "too-wide.png"] {
        let bytes = std::fs::read(corpus_dir("image").join(name)).unwrap();
        assert!(fieldguide::imaging::decode_image(&bytes).is_err(), "{name}");
    }
}
