//! `fieldguide check`: everything that must hold for a reference database to be trusted.

use crate::error::Result;
use crate::model::Kind;
use crate::store::Store;

pub use crate::imaging::{MAX_IMAGE_PIXELS, decode_image};

/// What a check found.
#[derive(Debug, Default)]
pub struct CheckReport {
    /// Problems, one sentence each; empty when the database passed.
    pub problems: Vec<String>,
    /// Entries checked.
    pub entries: usize,
    /// Images decoded.
    pub images: usize,
}

/// Integrity, schema (checked on open), expected contents, and every image decoding.
pub fn check(store: &Store) -> Result<CheckReport> {
    let mut report = CheckReport::default();
    for p in store.integrity_problems()? {
        report.problems.push(format!("integrity check: {p}"));
    }
    if !report.problems.is_empty() {
        // Reading further from a damaged file only adds noise.
        return Ok(report);
    }
    for p in store.foreign_key_problems()? {
        report.problems.push(format!("broken reference: {p}"));
    }
    store.data_version()?;
    let entries = store.entries()?;
    report.entries = entries.len();
    for kind in Kind::ALL {
        if !entries.iter().any(|e| e.kind == *kind) {
            report.problems.push(format!("no entry of kind {kind}"));
        }
    }
    for e in &entries {
        if e.sources.is_empty() {
            report.problems.push(format!("{} has no source", e.id));
        }
    }
    for (id, origin) in store.image_list()? {
        let bytes = store.image_bytes(id)?;
        match decode_image(&bytes) {
            Ok(_) => report.images += 1,
            Err(e) => report
                .problems
                .push(format!("image {id} ({origin}) does not decode: {e}")),
        }
    }
    Ok(report)
}
