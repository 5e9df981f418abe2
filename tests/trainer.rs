//! Trainer mode from the library and the command line: quizzes (seeded, exactly one correct
//! answer, same in the app and the CLI), lessons (file round trip, refusals), handouts.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

use fieldguide::catalog::Catalog;
use fieldguide::lessons::{from_file, starter, to_file};
use fieldguide::quiz::{QuestionKind, Topic, generate, is_correct};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_fieldguide"))
}

fn catalog() -> Catalog {
    Catalog::open(None).unwrap().1
}

#[test]
fn every_question_has_exactly_one_correct_answer_and_distinct_choices() {
    let c = catalog();
    let mut kinds = std::collections::HashSet::new();
    let mut total = 0;
    for topic in Topic::ALL {
        let pool = topic.pool(&c);
        for seed in 0..25 {
            let quiz = generate(&c, &pool, topic.as_str(), 12, seed);
            for q in &quiz.questions {
                total += 1;
                kinds.insert(q.kind);
                assert_eq!(q.choices.len(), 4, "{q:?}");
                let right: Vec<usize> = (0..q.choices.len())
                    .filter(|&i| is_correct(&c, q, i))
                    .collect();
                assert_eq!(right, vec![q.answer], "{topic:?} seed {seed}: {q:#?}");
                let mut texts: Vec<&str> = q.choices.iter().map(|c| c.text.as_str()).collect();
                texts.sort_unstable();
                texts.dedup();
                assert_eq!(texts.len(), 4, "duplicate choice text: {q:#?}");
            }
        }
    }
    assert!(total > 500, "only {total} questions");
    for k in QuestionKind::ALL {
        assert!(kinds.contains(&k), "no {k:?} question was ever drawn");
    }
}

#[test]
fn the_same_seed_gives_the_same_quiz_and_another_seed_another() {
    let c = catalog();
    let pool = Topic::Ods.pool(&c);
    let a = generate(&c, &pool, "topic ods", 10, 42);
    let b = generate(&c, &pool, "topic ods", 10, 42);
    let other = generate(&c, &pool, "topic ods", 10, 43);
    assert_eq!(a, b);
    assert_ne!(a.questions, other.questions);
    assert_eq!(a.questions.len(), 10);
}

#[test]
fn the_command_line_prints_the_library_s_quiz() {
    let c = catalog();
    let out = bin()
        .args([
            "quiz", "--topic", "cites", "--count", "6", "--seed", "9", "--json",
        ])
        .env("FIELDGUIDE_DATA_DIR", tempfile::tempdir().unwrap().path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let lib = generate(&c, &Topic::Cites.pool(&c), "topic cites", 6, 9);
    assert_eq!(printed, serde_json::to_value(&lib).unwrap());
}

#[test]
fn starter_lessons_name_only_entries_in_the_data() {
    let c = catalog();
    let lessons = starter();
    assert_eq!(lessons.len(), 6);
    for l in &lessons {
        assert!(l.missing(&c).is_empty(), "{}: {:?}", l.name, l.missing(&c));
        assert!(l.items.len() >= 5);
    }
}

fn data_dir_cmd(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    bin()
        .args(args)
        .arg("--data-dir")
        .arg(dir)
        .output()
        .unwrap()
}

#[test]
fn lesson_export_then_import_round_trips_exactly() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let out = data_dir_cmd(
        a.path(),
        &[
            "lesson",
            "create",
            "Refrigerants",
            "chem:cfc-12",
            "75-45-6",
            "mix:r-404a",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let file = a.path().join("lessons.json");
    let out = data_dir_cmd(
        a.path(),
        &["lesson", "export", "--out", file.to_str().unwrap()],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = data_dir_cmd(b.path(), &["lesson", "import", file.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let show = |d: &std::path::Path| {
        let o = data_dir_cmd(d, &["lesson", "show", "Refrigerants", "--json"]);
        assert!(o.status.success());
        serde_json::from_slice::<serde_json::Value>(&o.stdout).unwrap()
    };
    assert_eq!(show(a.path()), show(b.path()));
    assert_eq!(show(b.path())["items"].as_array().unwrap().len(), 3);
    // The file itself reads back to the same lessons.
    let lessons = from_file(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(
        to_file(&lessons).unwrap(),
        std::fs::read_to_string(&file).unwrap()
    );
    // Importing again does not overwrite without --replace, and changes nothing.
    let again = data_dir_cmd(b.path(), &["lesson", "import", file.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    let replaced = data_dir_cmd(
        b.path(),
        &["lesson", "import", "--replace", file.to_str().unwrap()],
    );
    assert!(replaced.status.success());
}

#[test]
fn a_malformed_or_foreign_lesson_file_is_refused_and_nothing_changes() {
    let d = tempfile::tempdir().unwrap();
    assert!(
        data_dir_cmd(d.path(), &["lesson", "create", "Mine", "chem:cfc-12"])
            .status
            .success()
    );
    let list = |d: &std::path::Path| data_dir_cmd(d, &["lesson", "list"]).stdout;
    let before = list(d.path());
    for (name, bytes) in [
        ("garbage.json", &b"\x00\x01 not json"[..]),
        ("foreign.json", b"{\"format\":\"something-else\",\"version\":1,\"lessons\":[]}"),
        ("newer.json", b"{\"format\":\"fieldguide-lessons\",\"version\":2,\"lessons\":[]}"),
        ("badid.json", b"{\"format\":\"fieldguide-lessons\",\"version\":1,\"lessons\":[{\"name\":\"X\",\"items\":[{\"entry\":\"no id\"}]}]}"),
        ("truncated.json", b"{\"format\":\"fieldguide-lessons\",\"version\":1,\"lessons\":[{\"name\":\"X\""),
    ] {
        let f = d.path().join(name);
        std::fs::write(&f, bytes).unwrap();
        let out = data_dir_cmd(d.path(), &["lesson", "import", f.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2), "{name}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.trim().lines().count(), 1, "{name}: {err}");
        assert!(err.contains("lesson file") || err.contains("entry id"), "{name}: {err}");
        assert_eq!(list(d.path()), before, "{name} changed the lessons");
    }
}

#[test]
fn handouts_are_self_contained_pages() {
    let d = tempfile::tempdir().unwrap();
    let page = d.path().join("tiger.html");
    let out = bin()
        .args(["handout", "--entry", "taxon:panthera-tigris", "--out"])
        .arg(&page)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains("<h2>Tiger</h2>"));
    assert!(
        html.contains("src=\"data:image/png;base64,")
            || html.contains("src=\"data:image/jpeg;base64,")
    );
    assert!(!html.contains("src=\"http"));
    let lesson = d.path().join("labels.html");
    let out = bin()
        .args([
            "handout",
            "--lesson",
            "ODS and HFC smuggling",
            "--lang",
            "fr",
            "--out",
        ])
        .arg(&lesson)
        .env("FIELDGUIDE_DATA_DIR", d.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = std::fs::read_to_string(&lesson).unwrap();
    assert!(
        html.contains("data:image/svg+xml;base64,"),
        "label drawings are embedded"
    );
    assert!(html.contains("CFC-12"));
}
