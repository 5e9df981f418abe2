//! Compiles the reference data in `db/` into the SQLite database embedded in the binary.
//! The validator and writer are the library's own modules, included here by path, so the build
//! and `fieldguide db build` run exactly the same code. Any problem stops the build with its
//! file and line.

// The included modules serve the whole library; the build uses only part of them.
#![allow(dead_code, unused_imports)]

#[path = "src/dbbuild/mod.rs"]
mod dbbuild;
#[path = "src/error.rs"]
mod error;
#[path = "src/model/mod.rs"]
mod model;
#[path = "src/store/writer.rs"]
mod writer;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    for watched in [
        "db",
        "src/dbbuild",
        "src/model",
        "src/store/writer.rs",
        "src/error.rs",
    ] {
        println!("cargo:rerun-if-changed={watched}");
    }
    let Some(out_dir) = std::env::var_os("OUT_DIR") else {
        eprintln!("error: OUT_DIR is not set (run through cargo)");
        return ExitCode::FAILURE;
    };
    let out = PathBuf::from(out_dir).join("fieldguide.sqlite");
    match writer::compile(Path::new("db"), &out) {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: the reference data in db/ did not build:\n{e}");
            ExitCode::FAILURE
        }
    }
}
