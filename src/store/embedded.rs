//! The database compiled from `db/` by `build.rs`, embedded so that one file runs anywhere.

/// The compiled reference database, as SQLite file bytes.
pub static DATABASE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/fieldguide.sqlite"));
