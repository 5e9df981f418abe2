//! Project rules that code review alone would miss: SQL only in the storage module, and no
//! reference data in Rust source (it belongs in db/sources, where it is sourced and validated).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The file's text before its unit tests (test tables may hold sample identifiers).
fn non_test_code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    match text.find("#[cfg(test)]") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}

fn sources() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.push(root.join("build.rs"));
    files
}

#[test]
fn sql_lives_only_in_the_storage_module() {
    const SQL: [&str; 9] = [
        "SELECT ",
        "INSERT INTO",
        "CREATE TABLE",
        "CREATE INDEX",
        "DELETE FROM",
        "UPDATE ",
        "PRAGMA ",
        "DROP TABLE",
        "ALTER TABLE",
    ];
    let store = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/store");
    let mut offenders = Vec::new();
    for f in sources() {
        if f.starts_with(&store) {
            continue;
        }
        let code = non_test_code(&f);
        for (n, line) in code.lines().enumerate() {
            let code_part = line.split("//").next().unwrap_or("");
            if SQL.iter().any(|k| code_part.contains(k)) {
                offenders.push(format!("{}:{}: {}", f.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "SQL outside src/store:\n{}",
        offenders.join("\n")
    );
}

/// True when `s` has a CAS-RN-shaped token (2–7 digits, 2 digits, 1 digit).
fn has_cas_shape(s: &str) -> bool {
    let b = s.as_bytes();
    (0..b.len()).any(|i| {
        if i > 0 && b[i - 1].is_ascii_digit() {
            return false;
        }
        let mut j = i;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        let first = j - i;
        (2..=7).contains(&first)
            && b.get(j) == Some(&b'-')
            && b.get(j + 1..j + 3)
                .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
            && b.get(j + 3) == Some(&b'-')
            && b.get(j + 4).is_some_and(u8::is_ascii_digit)
            && !b.get(j + 5).is_some_and(u8::is_ascii_digit)
    })
}

#[test]
fn no_reference_data_in_rust_source() {
    let mut offenders = Vec::new();
    for f in sources() {
        let code = non_test_code(&f);
        for (n, line) in code.lines().enumerate() {
            let t = line.trim_start();
            if t.starts_with("//") {
                continue;
            }
            let suspicious = has_cas_shape(line)
                || [
                    "\"UN1",
                    "\"UN2",
                    "\"UN3",
                    "\"290",
                    "\"382",
                    "Freon",
                    "Loxodonta",
                    "Appendix I\"",
                ]
                .iter()
                .any(|k| line.contains(k));
            if suspicious {
                offenders.push(format!("{}:{}: {}", f.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "data-like literals in src/:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn the_detector_itself_works() {
    assert!(has_cas_shape("let x = \"75-71-8\";"));
    assert!(has_cas_shape("\"7439-97-6\""));
    assert!(!has_cas_shape("2026-11-27"));
    assert!(!has_cas_shape("version 1.2.3"));
}
