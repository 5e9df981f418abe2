//! Importers that merge an agency's downloads into a new compiled pack, never into the sources:
//! the Checklist of CITES Species export today. Curated content always wins.

pub mod checklist;
pub mod photos;

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::path::Path;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::model::{EntryId, Instrument, IsoDate, Source};
use crate::store::Store;

/// What an import did.
#[derive(Debug, Default, Serialize)]
pub struct ImportReport {
    /// Data rows read.
    pub rows: usize,
    /// New taxa added to the pack.
    pub added: usize,
    /// Curated taxa that gained names (synonyms, common names) from the export.
    pub enriched: usize,
    /// Curated taxa left exactly as they were.
    pub kept: usize,
    /// Rows skipped, as "line N: why".
    pub skipped: Vec<String>,
    /// Entries in the written pack.
    pub entries: usize,
}

fn open_export(file: &Path) -> Result<Box<dyn Read>> {
    let f = std::fs::File::open(file).map_err(|e| Error::io(file, e))?;
    if file.extension().is_some_and(|x| x == "gz") {
        Ok(Box::new(flate2::read::GzDecoder::new(f)))
    } else {
        Ok(Box::new(f))
    }
}

/// Import an "Index of CITES Species" export (`.csv` or `.csv.gz`) dated `date` on top of the
/// data in `base`, and write the merged pack to `out`.
pub fn checklist(base: &Store, file: &Path, date: IsoDate, out: &Path) -> Result<ImportReport> {
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let source = Source {
        id: "cites-checklist-export".to_owned(),
        citation: format!("Checklist of CITES Species, Index of CITES Species export ({name})"),
        url: Some("https://checklist.cites.org".to_owned()),
        consulted: date.clone(),
    };
    let parsed = checklist::parse(open_export(file)?, &source)
        .map_err(|e| Error::Database(format!("{}: {e}", file.display())))?;

    let mut data = base.dataset()?;
    let mut report = ImportReport {
        rows: parsed.rows,
        skipped: parsed.skipped,
        ..ImportReport::default()
    };
    let mut at: HashMap<EntryId, usize> = data
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.clone(), i))
        .collect();
    let curated = data.entries.len();
    for e in parsed.entries {
        match at.get(&e.id) {
            Some(&i) if i < curated => {
                let target = &mut data.entries[i];
                let known: HashSet<(String, String)> = target
                    .names
                    .iter()
                    .map(|n| (n.text.to_lowercase(), n.lang.to_string()))
                    .collect();
                let before = target.names.len();
                for n in e.names {
                    if !known.contains(&(n.text.to_lowercase(), n.lang.to_string())) {
                        target.names.push(n);
                    }
                }
                if target.names.len() > before {
                    if !target.sources.iter().any(|s| s.id == source.id) {
                        target.sources.push(source.clone());
                    }
                    report.enriched += 1;
                } else {
                    report.kept += 1;
                }
            }
            Some(_) => {}
            None => {
                at.insert(e.id.clone(), data.entries.len());
                data.entries.push(e);
                report.added += 1;
            }
        }
    }
    // Every parent must resolve; a taxon whose parent is named nowhere hangs from nothing.
    let ids: HashSet<EntryId> = data.entries.iter().map(|e| e.id.clone()).collect();
    for e in &mut data.entries {
        if e.parent.as_ref().is_some_and(|p| !ids.contains(p)) {
            report.skipped.push(format!(
                "{}: parent {} not found; kept without it",
                e.id,
                e.parent.as_ref().map(EntryId::as_str).unwrap_or("")
            ));
            e.parent = None;
        }
    }
    if !data.sources.iter().any(|s| s.id == source.id) {
        data.sources.push(source.clone());
    }
    if let Some(cites) = data
        .instruments
        .iter_mut()
        .find(|i| i.id == Instrument::Cites)
    {
        cites.valid_as_of = Some(date.clone());
        cites.source = Some(source.id.clone());
        cites.note = Some(format!(
            "Pack: the curated entries plus the Checklist export of {date}; imported taxa carry the \
             listings of that export, curated taxa keep their own."
        ));
    }
    crate::dbbuild::reinherit(&mut data.entries)
        .map_err(|id| Error::Database(format!("the imported taxonomy loops at {id}")))?;
    report.entries = data.entries.len();
    crate::store::writer::write(&data, out)?;
    Ok(report)
}

/// Import an agency's photo library (`folder` plus a CSV `manifest`) on top of the data in
/// `base`, and write the pack to `out`. Rows that fail are reported and skipped.
pub fn photo_library(
    base: &Store,
    folder: &Path,
    manifest: &Path,
    out: &Path,
) -> Result<photos::PhotoReport> {
    let mut data = base.dataset()?;
    let name = folder
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "library".to_owned());
    let slug: String = name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let today = IsoDate::today();
    let source = Source {
        id: format!("photos-{slug}"),
        citation: format!(
            "Photo library {name} imported by the user (manifest {})",
            manifest.display()
        ),
        url: None,
        consulted: today,
    };
    let report = photos::import(&mut data, folder, manifest, &source).map_err(Error::Database)?;
    crate::store::writer::write(&data, out)?;
    Ok(report)
}
