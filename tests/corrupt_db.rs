//! `check` and `--db` on damaged, foreign and missing files: exit 2, one clear line, no panic.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;

fn check(path: &Path) -> std::process::Output {
    common::run(&["check", path.to_str().unwrap()])
}

#[test]
fn check_passes_on_a_sound_database_and_the_embedded_one() {
    let dir = tempfile::tempdir().unwrap();
    let db = common::fixture_db(dir.path());
    let out = check(&db);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = common::run(&["check"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("images decoded"));
}

#[test]
fn check_refuses_a_truncated_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = common::fixture_db(dir.path());
    let bytes = std::fs::read(&db).unwrap();
    for keep in [bytes.len() / 2, 4096 + 10, 100, 0] {
        let cut = dir.path().join(format!("cut-{keep}.sqlite"));
        std::fs::write(&cut, &bytes[..keep]).unwrap();
        let out = check(&cut);
        common::assert_clean_error(&out, "cut-");
    }
}

#[test]
fn check_refuses_flipped_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let db = common::fixture_db(dir.path());
    let clean = std::fs::read(&db).unwrap();
    let page = 4096;
    assert!(
        clean.len() >= 3 * page,
        "fixture database is too small to damage"
    );
    // Flip the header of every b-tree page after the first, then the file header itself.
    let mut pages = clean.clone();
    for start in (page..pages.len()).step_by(page) {
        for b in &mut pages[start..start + 12] {
            *b ^= 0xA5;
        }
    }
    let mut header = clean.clone();
    for b in &mut header[0..16] {
        *b ^= 0xFF;
    }
    for (name, bytes) in [("pages", pages), ("header", header)] {
        let bad = dir.path().join(format!("flipped-{name}.sqlite"));
        std::fs::write(&bad, bytes).unwrap();
        common::assert_clean_error(&check(&bad), "flipped-");
    }
}

#[test]
fn db_flag_on_a_missing_file() {
    let out = common::run(&["--db", "/nonexistent/fieldguide.sqlite", "search", "x"]);
    common::assert_clean_error(&out, "no such file");
}

#[test]
fn db_flag_on_a_file_that_is_not_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.txt");
    std::fs::write(
        &path,
        "these are not the data you are looking for\n".repeat(200),
    )
    .unwrap();
    let out = common::run(&["--db", path.to_str().unwrap(), "stats"]);
    common::assert_clean_error(&out, "not an SQLite database");
}

#[test]
fn db_flag_on_a_database_of_another_schema() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.sqlite");
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL);")
        .unwrap();
    drop(conn);
    let out = common::run(&["--db", path.to_str().unwrap(), "show", "chem:cfc-12"]);
    common::assert_clean_error(&out, "not a fieldguide database");
}

#[test]
fn db_flag_on_a_newer_schema_version() {
    let dir = tempfile::tempdir().unwrap();
    let db = common::fixture_db(dir.path());
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch("PRAGMA user_version = 99;").unwrap();
    drop(conn);
    let out = common::run(&["--db", db.to_str().unwrap(), "stats"]);
    common::assert_clean_error(&out, "schema version 99");
}

#[test]
fn db_is_opened_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let db = common::fixture_db(dir.path());
    let before = std::fs::read(&db).unwrap();
    let out = common::run(&["--db", db.to_str().unwrap(), "search", "CFC"]);
    assert!(out.status.success());
    assert_eq!(std::fs::read(&db).unwrap(), before);
    assert!(!dir.path().join("test.sqlite-journal").exists());
    assert!(!dir.path().join("test.sqlite-wal").exists());
}
