//! `fieldguide check`: everything that must hold for a reference database to be trusted.

use crate::error::Result;
use crate::model::Kind;
use crate::store::Store;

/// Largest decoded image the app accepts: a decompression bomb is refused.
pub const MAX_IMAGE_PIXELS: u64 = 40_000_000;

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

/// Decode an image with limits, as the app will.
pub fn decode_image(bytes: &[u8]) -> std::result::Result<image::DynamicImage, String> {
    let mut reader = image::ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| e.to_string())?;
    let mut limits = image::Limits::default();
    limits.max_alloc = Some(MAX_IMAGE_PIXELS * 4);
    limits.max_image_width = Some(12_000);
    limits.max_image_height = Some(12_000);
    reader.limits(limits);
    reader.decode().map_err(|e| e.to_string())
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
