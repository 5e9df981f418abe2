//! The officers' own records (issue #8): the user data store's API, its refusals of damaged,
//! foreign and newer files (left byte-for-byte untouched), the CSV and JSON exports, and the
//! `log` and `fav` commands.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use fieldguide::Error;
use fieldguide::model::EntryId;
use fieldguide::store::{USER_SCHEMA_VERSION, UserStore};
use fieldguide::userdata::{Decision, LogRecord, NewLogRecord, log_to_csv, log_to_json};

fn id(s: &str) -> EntryId {
    s.parse().unwrap()
}

fn user_file(dir: &Path) -> PathBuf {
    dir.join("user.sqlite")
}

fn record(place: &str, decision: Decision) -> NewLogRecord {
    NewLogRecord {
        entry: Some(id("chem:cfc-12")),
        entry_title: Some("CFC-12".to_owned()),
        place: place.to_owned(),
        quantity: "12 cylinders × 13.6 kg".to_owned(),
        decision,
        notes: "labels say R-134a".to_owned(),
    }
}

/// Run the binary with `--data-dir dir` appended.
fn run_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_fieldguide"))
        .args(args)
        .arg("--data-dir")
        .arg(dir)
        .env_remove("FIELDGUIDE_DATA_DIR")
        .output()
        .unwrap()
}

fn assert_ok(out: &Output) -> String {
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

#[test]
fn open_creates_missing_directories_and_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a/b/c/user.sqlite");
    let store = UserStore::open(&path).unwrap();
    assert_eq!(store.path(), path);
    assert!(path.is_file());
    assert!(store.favourites().unwrap().is_empty());
    assert!(store.log().unwrap().is_empty());
}

#[test]
fn favourites_newest_first_and_toggle() {
    let dir = tempfile::tempdir().unwrap();
    let store = UserStore::open(&user_file(dir.path())).unwrap();
    for s in ["chem:cfc-12", "mix:r-404a", "taxon:manis"] {
        store.set_favourite(&id(s), true).unwrap();
    }
    assert_eq!(
        store.favourites().unwrap(),
        vec![id("taxon:manis"), id("mix:r-404a"), id("chem:cfc-12")]
    );
    // Adding again keeps its place; removing twice is harmless.
    store.set_favourite(&id("chem:cfc-12"), true).unwrap();
    assert_eq!(store.favourites().unwrap()[2], id("chem:cfc-12"));
    assert!(store.is_favourite(&id("mix:r-404a")).unwrap());
    store.set_favourite(&id("mix:r-404a"), false).unwrap();
    store.set_favourite(&id("mix:r-404a"), false).unwrap();
    assert!(!store.is_favourite(&id("mix:r-404a")).unwrap());
    assert_eq!(
        store.favourites().unwrap(),
        vec![id("taxon:manis"), id("chem:cfc-12")]
    );
    // Re-adding a removed one puts it on top.
    store.set_favourite(&id("mix:r-404a"), true).unwrap();
    assert_eq!(store.favourites().unwrap()[0], id("mix:r-404a"));
}

#[test]
fn recent_searches_dedup_trim_and_keep_fifty() {
    let dir = tempfile::tempdir().unwrap();
    let store = UserStore::open(&user_file(dir.path())).unwrap();
    store.record_search("freon").unwrap();
    store.record_search("  pangolin ").unwrap();
    store.record_search("").unwrap();
    store.record_search("   ").unwrap();
    store.record_search("freon").unwrap();
    assert_eq!(store.recent_searches(10).unwrap(), ["freon", "pangolin"]);
    assert_eq!(store.recent_searches(1).unwrap(), ["freon"]);
    for i in 0..60 {
        store.record_search(&format!("query {i}")).unwrap();
    }
    let all = store.recent_searches(1000).unwrap();
    assert_eq!(all.len(), 50);
    assert_eq!(all[0], "query 59");
    assert_eq!(all[49], "query 10");
    // Re-searching an old one brings it back to the top without growing the list.
    store.record_search("query 10").unwrap();
    let all = store.recent_searches(1000).unwrap();
    assert_eq!((all.len(), all[0].as_str()), (50, "query 10"));
}

#[test]
fn notes_set_replace_and_delete() {
    let dir = tempfile::tempdir().unwrap();
    let store = UserStore::open(&user_file(dir.path())).unwrap();
    let e = id("chem:cfc-12");
    assert_eq!(store.note(&e).unwrap(), None);
    store
        .set_note(&e, "Seen at the north crossing,\nin blue cylinders")
        .unwrap();
    assert_eq!(
        store.note(&e).unwrap().as_deref(),
        Some("Seen at the north crossing,\nin blue cylinders")
    );
    store.set_note(&e, "replaced").unwrap();
    assert_eq!(store.note(&e).unwrap().as_deref(), Some("replaced"));
    store.set_note(&e, "").unwrap();
    assert_eq!(store.note(&e).unwrap(), None);
    store.set_note(&e, "again").unwrap();
    store.set_note(&e, "  \n").unwrap();
    assert_eq!(store.note(&e).unwrap(), None);
    assert!(store.set_note(&e, "bad\0text").is_err());
}

#[test]
fn settings_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let store = UserStore::open(&user_file(dir.path())).unwrap();
    assert_eq!(store.setting("language").unwrap(), None);
    store.set_setting("language", "fr").unwrap();
    store.set_setting("ui_scale", "1.25").unwrap();
    store.set_setting("language", "es").unwrap();
    assert_eq!(store.setting("language").unwrap().as_deref(), Some("es"));
    assert_eq!(store.setting("ui_scale").unwrap().as_deref(), Some("1.25"));
    assert!(store.set_setting("", "x").is_err());
}

#[test]
fn log_add_returns_the_record_and_lists_oldest_first() {
    let dir = tempfile::tempdir().unwrap();
    let store = UserStore::open(&user_file(dir.path())).unwrap();
    let a = store.add_log(&record("Port A", Decision::Seized)).unwrap();
    let mut loose = record("Road crossing B", Decision::Pending);
    loose.entry = None;
    loose.entry_title = None;
    let b = store.add_log(&loose).unwrap();
    assert!(b.id > a.id);
    assert_eq!(a.decision, Decision::Seized);
    assert_eq!(a.entry, Some(id("chem:cfc-12")));
    // RFC 3339 UTC, to the second.
    let t = a.recorded_at.as_bytes();
    assert_eq!(t.len(), 20, "{}", a.recorded_at);
    assert_eq!((t[4], t[10], t[19]), (b'-', b'T', b'Z'));
    assert_eq!(store.log().unwrap(), vec![a, b]);
}

#[test]
fn bad_log_records_are_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let store = UserStore::open(&user_file(dir.path())).unwrap();
    let mut blank = record("  ", Decision::Released);
    assert!(matches!(store.add_log(&blank), Err(Error::Refused(_))));
    blank.place = "Port".to_owned();
    blank.notes = "x".repeat(fieldguide::userdata::MAX_FIELD_CHARS + 1);
    assert!(matches!(store.add_log(&blank), Err(Error::Refused(_))));
    blank.notes = "nul\0".to_owned();
    assert!(matches!(store.add_log(&blank), Err(Error::Refused(_))));
    assert!(store.log().unwrap().is_empty());
}

#[test]
fn favourites_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let path = user_file(dir.path());
    let logged = {
        let store = UserStore::open(&path).unwrap();
        store.set_favourite(&id("chem:cfc-12"), true).unwrap();
        store.set_favourite(&id("mix:r-404a"), true).unwrap();
        store.record_search("halon").unwrap();
        store.set_note(&id("chem:cfc-12"), "note").unwrap();
        store.set_setting("theme", "dark").unwrap();
        store
            .add_log(&record("Port A", Decision::Detained))
            .unwrap()
    };
    let store = UserStore::open(&path).unwrap();
    assert_eq!(
        store.favourites().unwrap(),
        vec![id("mix:r-404a"), id("chem:cfc-12")]
    );
    assert_eq!(store.recent_searches(5).unwrap(), ["halon"]);
    assert_eq!(
        store.note(&id("chem:cfc-12")).unwrap().as_deref(),
        Some("note")
    );
    assert_eq!(store.setting("theme").unwrap().as_deref(), Some("dark"));
    assert_eq!(store.log().unwrap(), vec![logged]);
}

#[test]
fn a_newer_schema_is_refused_and_the_file_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = user_file(dir.path());
    drop(UserStore::open(&path).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(&format!(
        "PRAGMA user_version = {};",
        USER_SCHEMA_VERSION + 1
    ))
    .unwrap();
    drop(conn);
    let before = std::fs::read(&path).unwrap();
    let err = UserStore::open(&path)
        .err()
        .expect("a newer file must be refused");
    let msg = err.to_string();
    assert!(msg.contains("user.sqlite"), "{msg}");
    assert!(msg.contains("newer fieldguide"), "{msg}");
    assert!(!msg.contains('\n'), "{msg}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn garbage_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = user_file(dir.path());
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let garbage: Vec<u8> = (0..20_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect();
    for bytes in [garbage, b"my notes, not a database\n".repeat(300)] {
        std::fs::write(&path, &bytes).unwrap();
        let msg = UserStore::open(&path).err().expect("refused").to_string();
        assert!(msg.contains("user.sqlite"), "{msg}");
        assert!(msg.contains("not an SQLite database"), "{msg}");
        assert!(msg.contains("left untouched"), "{msg}");
        assert_eq!(std::fs::read(&path).unwrap(), bytes);
    }
}

#[test]
fn a_damaged_store_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = user_file(dir.path());
    {
        let store = UserStore::open(&path).unwrap();
        for i in 0..400 {
            let mut r = record(&format!("Port {i}"), Decision::Released);
            r.notes = "n".repeat(300);
            store.add_log(&r).unwrap();
        }
    }
    let mut bytes = std::fs::read(&path).unwrap();
    assert!(bytes.len() > 8 * 4096, "{}", bytes.len());
    // Flip the header of every page after the first.
    for start in (4096..bytes.len()).step_by(4096) {
        for b in &mut bytes[start..start + 12] {
            *b ^= 0xA5;
        }
    }
    std::fs::write(&path, &bytes).unwrap();
    let msg = UserStore::open(&path).err().expect("refused").to_string();
    assert!(msg.contains("user.sqlite"), "{msg}");
    assert!(msg.contains("damaged") || msg.contains("corrupt"), "{msg}");
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
}

#[test]
fn another_programs_database_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = user_file(dir.path());
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL);")
        .unwrap();
    drop(conn);
    let before = std::fs::read(&path).unwrap();
    let msg = UserStore::open(&path).err().expect("refused").to_string();
    assert!(msg.contains("not a fieldguide user data file"), "{msg}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

fn sample_records() -> Vec<LogRecord> {
    vec![
        LogRecord {
            id: 1,
            recorded_at: "2026-11-28T09:30:00Z".to_owned(),
            entry: Some(id("chem:cfc-12")),
            entry_title: Some("CFC-12".to_owned()),
            place: "Port A, berth 4".to_owned(),
            quantity: "12 cylinders × 13.6 kg".to_owned(),
            decision: Decision::Seized,
            notes: "label said \"R-134a\",\nsmell test failed".to_owned(),
        },
        LogRecord {
            id: 2,
            recorded_at: "2026-11-28T10:00:00Z".to_owned(),
            entry: None,
            entry_title: None,
            place: "Road crossing".to_owned(),
            quantity: String::new(),
            decision: Decision::Referred,
            notes: String::new(),
        },
    ]
}

#[test]
fn csv_export_has_a_header_and_escapes_commas_quotes_and_line_breaks() {
    let mut out = Vec::new();
    log_to_csv(&sample_records(), &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert_eq!(
        text,
        "id,recorded_at,entry,entry_title,place,quantity,decision,notes\r\n\
         1,2026-11-28T09:30:00Z,chem:cfc-12,CFC-12,\"Port A, berth 4\",12 cylinders × 13.6 kg,\
         seized,\"label said \"\"R-134a\"\",\nsmell test failed\"\r\n\
         2,2026-11-28T10:00:00Z,,,Road crossing,,referred,\r\n"
    );
    // A CSV reader gets the same fields back.
    let mut rdr = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(&rows[0][7], "label said \"R-134a\",\nsmell test failed");
    // An empty log is the header alone.
    let mut out = Vec::new();
    log_to_csv(&[], &mut out).unwrap();
    assert_eq!(
        out,
        b"id,recorded_at,entry,entry_title,place,quantity,decision,notes\r\n"
    );
}

#[test]
fn csv_export_makes_formula_cells_inert_and_keeps_the_json_exact() {
    let mut records = sample_records();
    records[0].notes = "=HYPERLINK(\"http://example.invalid\",\"open\")".to_owned();
    records[0].quantity = "-3 cylinders".to_owned();
    records[1].place = "@SUM(1+1)".to_owned();
    let mut out = Vec::new();
    log_to_csv(&records, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let mut rdr = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    // A spreadsheet shows these as text; the officer's words follow the apostrophe unchanged.
    assert_eq!(
        &rows[0][7],
        "'=HYPERLINK(\"http://example.invalid\",\"open\")"
    );
    assert_eq!(&rows[0][5], "'-3 cylinders");
    assert_eq!(&rows[1][4], "'@SUM(1+1)");
    // No cell of the file starts with a formula character.
    for row in &rows {
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell:?}"
            );
        }
    }
    // The JSON export is for programs: exact text, no apostrophe.
    let mut out = Vec::new();
    log_to_json(&records, &mut out).unwrap();
    let back: Vec<LogRecord> = serde_json::from_slice(&out).unwrap();
    assert_eq!(back, records);
}

#[test]
fn json_export_is_an_array_of_records_with_lowercase_decisions() {
    let records = sample_records();
    let mut out = Vec::new();
    log_to_json(&records, &mut out).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v[0]["decision"], "seized");
    assert_eq!(v[1]["decision"], "referred");
    assert_eq!(v[0]["entry"], "chem:cfc-12");
    assert_eq!(v[1]["entry"], serde_json::Value::Null);
    assert_eq!(v[0]["notes"], "label said \"R-134a\",\nsmell test failed");
    let back: Vec<LogRecord> = serde_json::from_slice(&out).unwrap();
    assert_eq!(back, records);
}

#[test]
fn cli_log_add_then_export_json_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let out = run_in(
        d,
        &[
            "log",
            "add",
            "--place",
            "Port A, berth 4",
            "--decision",
            "seized",
            "--entry",
            "chem:cfc-12",
            "--quantity",
            "12 cylinders",
            "--notes",
            "said \"R-134a\"",
            "--json",
        ],
    );
    let added: LogRecord = serde_json::from_str(&assert_ok(&out)).unwrap();
    assert_eq!(added.entry, Some(id("chem:cfc-12")));
    assert!(added.entry_title.is_some());
    let out = run_in(
        d,
        &["log", "add", "--place", "Road", "--decision", "pending"],
    );
    assert!(assert_ok(&out).contains("recorded inspection #2"));

    let out = run_in(d, &["log", "export", "--format", "json"]);
    let exported: Vec<LogRecord> = serde_json::from_str(&assert_ok(&out)).unwrap();
    assert_eq!(exported.len(), 2);
    assert_eq!(exported[0], added);
    assert_eq!(exported[1].decision, Decision::Pending);

    // --out writes the same bytes to the file and leaves no temporary behind.
    let file = d.join("report.json");
    let out = run_in(
        d,
        &[
            "log",
            "export",
            "--format",
            "json",
            "--out",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(assert_ok(&out), "");
    let from_file: Vec<LogRecord> = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(from_file, exported);
    assert!(!d.join("report.json.tmp").exists());

    let out = run_in(d, &["log", "export", "--format", "csv"]);
    let csv = assert_ok(&out);
    assert!(csv.starts_with("id,recorded_at,entry,"), "{csv}");
    assert_eq!(csv.lines().count(), 3);

    let out = run_in(d, &["log", "list"]);
    let table = assert_ok(&out);
    assert!(table.contains("Port A, berth 4") && table.contains("2 inspection(s)"));
}

#[test]
fn cli_refuses_an_unknown_entry_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let args = [
        "log",
        "add",
        "--place",
        "Port",
        "--decision",
        "seized",
        "--entry",
        "chem:no-such-thing",
    ];
    common::assert_clean_error(&run_in(d, &args), "no entry chem:no-such-thing");
    assert!(
        !user_file(d).exists(),
        "the file was created for a refused record"
    );
    // With an existing log, the log is unchanged.
    assert_ok(&run_in(
        d,
        &["log", "add", "--place", "P", "--decision", "released"],
    ));
    common::assert_clean_error(&run_in(d, &args), "nothing was written");
    common::assert_clean_error(
        &run_in(d, &["log", "add", "--place", " ", "--decision", "seized"]),
        "needs a place",
    );
    common::assert_clean_error(
        &run_in(
            d,
            &[
                "log",
                "add",
                "--place",
                "P",
                "--decision",
                "seized",
                "--entry",
                "cfc12",
            ],
        ),
        "entry id",
    );
    let store = UserStore::open(&user_file(d)).unwrap();
    assert_eq!(store.log().unwrap().len(), 1);
}

#[test]
fn cli_favourites() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert_ok(&run_in(d, &["fav", "add", "chem:cfc-12"]));
    assert_ok(&run_in(d, &["fav", "add", "mix:r-404a"]));
    assert_eq!(
        assert_ok(&run_in(d, &["fav", "list"])),
        "mix:r-404a\nchem:cfc-12\n"
    );
    common::assert_clean_error(
        &run_in(d, &["fav", "add", "chem:nope"]),
        "no entry chem:nope",
    );
    assert_ok(&run_in(d, &["fav", "remove", "mix:r-404a"]));
    assert_eq!(
        run_in(d, &["fav", "remove", "mix:r-404a"]).status.code(),
        Some(1)
    );
    assert_eq!(assert_ok(&run_in(d, &["fav", "list"])), "chem:cfc-12\n");
}

#[test]
fn cli_reports_a_damaged_user_file_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let bytes = b"not a database at all\n".repeat(500);
    std::fs::write(user_file(d), &bytes).unwrap();
    common::assert_clean_error(&run_in(d, &["log", "list"]), "user.sqlite");
    assert_eq!(std::fs::read(user_file(d)).unwrap(), bytes);
}

#[test]
fn the_data_directory_comes_from_fieldguide_data_dir() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_fieldguide"))
        .args(["fav", "add", "chem:cfc-12"])
        .env("FIELDGUIDE_DATA_DIR", dir.path().join("records"))
        .output()
        .unwrap();
    assert_ok(&out);
    assert!(dir.path().join("records/user.sqlite").is_file());
}

#[test]
fn a_reference_database_is_never_used_for_records() {
    let dir = tempfile::tempdir().unwrap();
    let db = common::fixture_db(dir.path());
    let before = std::fs::read(&db).unwrap();
    let msg = UserStore::open(&db).err().expect("refused").to_string();
    assert!(msg.contains("not a fieldguide user data file"), "{msg}");
    assert_eq!(std::fs::read(&db).unwrap(), before);
}

#[test]
fn the_file_uses_the_wal_journal() {
    let dir = tempfile::tempdir().unwrap();
    let path = user_file(dir.path());
    let store = UserStore::open(&path).unwrap();
    store.set_setting("k", "v").unwrap();
    // File format read/write versions 2 mean WAL (SQLite file format, header bytes 18 and 19).
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!((bytes[18], bytes[19]), (2, 2));
    assert!(dir.path().join("user.sqlite-wal").exists());
}
