//! Importer for an agency's own photo library: a folder of images plus a CSV manifest with the
//! columns taxon, file, caption, credit, licence. Each photo is decoded with limits, reduced to a
//! thumbnail once, here, and stored in the pack with its caption, credit and licence. A bad row
//! is reported by its line and skipped; the others are imported.

use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};

use crate::model::{Dataset, EntryId, ImageBlob, Photo, Source};
use crate::verify::decode_image;

/// Largest image file accepted, in bytes.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;
/// Longest side of a stored thumbnail, in pixels.
pub const THUMBNAIL_SIDE: u32 = 800;

/// What the photo import did.
#[derive(Debug, Default, serde::Serialize)]
pub struct PhotoReport {
    /// Photos imported.
    pub imported: usize,
    /// Rows refused, as "line N: why".
    pub refused: Vec<String>,
}

fn thumbnail(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let img = decode_image(bytes)?;
    let small = img.thumbnail(THUMBNAIL_SIDE, THUMBNAIL_SIDE).to_rgb8();
    let mut out = Cursor::new(Vec::new());
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85)
        .encode_image(&small)
        .map_err(|e| format!("cannot make a thumbnail: {e}"))?;
    Ok(out.into_inner())
}

/// Resolve `file` inside `folder`, refusing anything that leaves it.
fn inside(folder: &Path, file: &str) -> Result<PathBuf, String> {
    let root = folder
        .canonicalize()
        .map_err(|e| format!("library folder {}: {e}", folder.display()))?;
    let path = root
        .join(file)
        .canonicalize()
        .map_err(|_| format!("file {file:?} not found in the library folder"))?;
    if !path.starts_with(&root) {
        return Err(format!("file {file:?} is outside the library folder"));
    }
    Ok(path)
}

/// One manifest row that passed validation: every column filled, a well-formed taxon id.
#[derive(Debug, Clone, PartialEq)]
pub struct ManifestRow {
    /// Line of the row in the manifest (the header is line 1).
    pub line: usize,
    pub taxon: EntryId,
    /// The image file, relative to the library folder (not yet looked up).
    pub file: String,
    pub caption: String,
    pub credit: String,
    pub licence: String,
}

/// Parse and validate a photo manifest (CSV with the columns taxon, file, caption, credit,
/// licence, in any order). A missing column fails the whole manifest; a bad row is returned as
/// `Err("line N: why")` in its place, so the rows keep their order. `name` prefixes the
/// manifest-level errors. Touches no file.
pub fn parse_manifest(
    reader: impl Read,
    name: &str,
) -> Result<Vec<Result<ManifestRow, String>>, String> {
    let mut csv = csv::ReaderBuilder::new()
        .flexible(false)
        .trim(csv::Trim::All)
        .from_reader(reader);
    let headers = csv
        .headers()
        .map_err(|e| format!("{name}: cannot read the header: {e}"))?
        .clone();
    let col = |column: &str| {
        headers.iter().position(|h| h.eq_ignore_ascii_case(column)).ok_or_else(|| {
            format!(
                "{name}: the header needs the columns taxon, file, caption, credit, licence (no {column:?})"
            )
        })
    };
    let (taxon, file, caption, credit, licence) = (
        col("taxon")?,
        col("file")?,
        col("caption")?,
        col("credit")?,
        col("licence")?,
    );
    let mut rows = Vec::new();
    for (n, record) in csv.records().enumerate() {
        let line = n + 2;
        let row = match record {
            Ok(r) => r,
            Err(e) => {
                rows.push(Err(format!("line {line}: malformed row ({e})")));
                continue;
            }
        };
        let get = |i: usize| row.get(i).unwrap_or("").to_owned();
        let (t, f, cap, cred, lic) = (
            get(taxon),
            get(file),
            get(caption),
            get(credit),
            get(licence),
        );
        if [&t, &f, &cap, &cred, &lic].iter().any(|v| v.is_empty()) {
            rows.push(Err(format!(
                "line {line}: every column must be filled: a photo needs its caption, credit and licence"
            )));
            continue;
        }
        match t.parse::<EntryId>() {
            Ok(id) => rows.push(Ok(ManifestRow {
                line,
                taxon: id,
                file: f,
                caption: cap,
                credit: cred,
                licence: lic,
            })),
            Err(e) => rows.push(Err(format!("line {line}: {e}"))),
        }
    }
    Ok(rows)
}

/// Add the photos listed in `manifest` (files under `folder`) to `data`, crediting `source`.
pub fn import(
    data: &mut Dataset,
    folder: &Path,
    manifest: &Path,
    source: &Source,
) -> Result<PhotoReport, String> {
    let file = std::fs::File::open(manifest).map_err(|e| format!("{}: {e}", manifest.display()))?;
    let rows = parse_manifest(file, &manifest.display().to_string())?;
    if !data.sources.iter().any(|s| s.id == source.id) {
        data.sources.push(source.clone());
    }
    let mut report = PhotoReport::default();
    let mut next_id = data.images.iter().map(|i| i.id).max().unwrap_or(0) + 1;
    for row in rows {
        let row = match row {
            Ok(r) => r,
            Err(why) => {
                report.refused.push(why);
                continue;
            }
        };
        let line = row.line;
        let outcome = (|| -> Result<(), String> {
            let ManifestRow {
                taxon: id,
                file: f,
                caption: cap,
                credit: cred,
                licence: lic,
                ..
            } = row;
            let at = data
                .entries
                .iter()
                .position(|e| e.id == id)
                .ok_or_else(|| format!("taxon {id} is not in the data"))?;
            let path = inside(folder, &f)?;
            let size = std::fs::metadata(&path).map_err(|e| e.to_string())?.len();
            if size > MAX_FILE_BYTES {
                return Err(format!("file {f:?} is larger than {MAX_FILE_BYTES} bytes"));
            }
            let bytes = std::fs::read(&path).map_err(|e| e.to_string())?;
            let thumb = thumbnail(&bytes).map_err(|e| format!("file {f:?} refused: {e}"))?;
            data.images.push(ImageBlob {
                id: next_id,
                bytes: thumb,
                origin: f.clone(),
            });
            data.entries[at].photos.push(Photo {
                image: next_id,
                caption: cap,
                credit: cred,
                licence: lic,
                source: source.id.clone(),
                origin: f,
            });
            next_id += 1;
            Ok(())
        })();
        match outcome {
            Ok(()) => report.imported += 1,
            Err(why) => report.refused.push(format!("line {line}: {why}")),
        }
    }
    Ok(report)
}
