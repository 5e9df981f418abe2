//! Helpers shared by the integration tests.
#![allow(clippy::unwrap_used, clippy::expect_used)]
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The small valid data set in tests/fixtures/db.
pub fn fixture_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/db")
}

/// Copy the fixture data set into a fresh temporary directory.
pub fn fixture_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let src = fixture_root().join("sources");
    let dst = dir.path().join("sources");
    std::fs::create_dir_all(&dst).unwrap();
    for f in std::fs::read_dir(&src).unwrap() {
        let f = f.unwrap().path();
        std::fs::copy(&f, dst.join(f.file_name().unwrap())).unwrap();
    }
    dir
}

/// A source file with one `[[trade]]` table: a live-animal part and a look-alike for the grey
/// parrot of the fixture data, cited to the source `test-trade` it declares.
pub const PARROT_TRADE: &str = r#"[[source]]
id = "test-trade"
citation = "a guide to the parrot trade"
consulted = "2026-11-29"

[[trade]]
entry = "taxon:psittacus-erithacus"
source = "test-trade"
products = [{ part = "live animal", recognise = "Grey parrot with a red tail." }]
lookalikes = [{ name = "Timneh parrot", tell_apart = "Maroon tail, darker grey." }]
"#;

/// Compile the fixture data set into `dir/test.sqlite` and return its path.
pub fn fixture_db(dir: &Path) -> PathBuf {
    let out = dir.join("test.sqlite");
    fieldguide::store::compile(&fixture_root(), &out).unwrap();
    out
}

/// Run the binary with arguments.
pub fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_fieldguide"))
        .args(args)
        .output()
        .unwrap()
}

/// Run the binary with arguments and standard input.
pub fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_fieldguide"))
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

/// Assert the process failed with exit code 2 and one clear line on stderr, without a panic.
pub fn assert_clean_error(out: &Output, needle: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "stderr: {stderr}");
    assert!(!stderr.contains("panicked"), "panic: {stderr}");
    assert!(
        !stderr.contains("RUST_BACKTRACE"),
        "backtrace hint: {stderr}"
    );
    assert_eq!(
        stderr.trim_end().lines().count(),
        1,
        "not one line: {stderr}"
    );
    assert!(
        stderr.to_lowercase().contains(&needle.to_lowercase()),
        "{needle:?} not in {stderr}"
    );
}
