//! `fieldguide check-list`: a declared list checked line by line against the controlled entries.

use std::io::Read;
use std::path::Path;

use serde::Serialize;

use crate::catalog::Catalog;
use crate::cli::json::HitJson;
use crate::csvrow as csv;
use crate::error::{Error, Result};
pub use crate::tools::manifest::{Confidence, LineResult, Status, check_text};

/// The report for one line.
#[derive(Debug, Serialize)]
pub struct LineReport<'a> {
    /// 1-based line number in the file.
    pub line: usize,
    /// The declared text.
    pub text: String,
    /// What it turned out to be.
    pub status: Status,
    /// How sure, when something matched.
    pub confidence: Option<Confidence>,
    /// The matches, controlled ones first.
    pub matches: Vec<HitJson<'a>>,
}

fn read_input(file: &Path) -> Result<String> {
    let mut bytes = Vec::new();
    if file == Path::new("-") {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| Error::io("standard input", e))?;
    } else {
        bytes = std::fs::read(file).map_err(|e| Error::io(file, e))?;
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Shape results for printing.
pub fn reports<'a>(catalog: &'a Catalog, results: &'a [LineResult]) -> Vec<LineReport<'a>> {
    results
        .iter()
        .map(|r| LineReport {
            line: r.line,
            text: r.text.clone(),
            status: r.status,
            confidence: r.confidence,
            matches: r
                .hits
                .iter()
                .map(|h| HitJson::new(h, &catalog.entries[h.entry]))
                .collect(),
        })
        .collect()
}

/// Check every non-empty line of `file` (or standard input for `-`).
pub fn check(catalog: &Catalog, file: &Path, limit: usize) -> Result<Vec<LineResult>> {
    Ok(check_text(catalog, &read_input(file)?, limit))
}

/// Plain text, one block per line.
pub fn render_text(reports: &[LineReport<'_>]) -> String {
    let mut s = String::new();
    for r in reports {
        let what = match r.status {
            Status::Controlled => "CONTROLLED",
            Status::NotControlled => "no listing recorded",
            Status::NoMatch => "no match (not proof of not controlled)",
        };
        let conf = r
            .confidence
            .map(|c| format!(", {} confidence", format!("{c:?}").to_lowercase()))
            .unwrap_or_default();
        s.push_str(&format!("{:>4}: {} — {what}{conf}\n", r.line, r.text));
        for m in &r.matches {
            let listings: Vec<String> = m
                .listings
                .iter()
                .map(|l| format!("{} {}", l.instrument, l.list))
                .collect();
            s.push_str(&format!(
                "      {} [{}] via {} · {}{}\n",
                m.title,
                m.id,
                m.matched_field,
                m.matched_text,
                if listings.is_empty() {
                    String::new()
                } else {
                    format!(" — {}", listings.join(", "))
                }
            ));
        }
    }
    s
}

/// CSV, one row per line and match (a line with no match has one row with empty match columns).
pub fn render_csv(reports: &[LineReport<'_>]) -> String {
    let mut out = csv::row(&[
        "line",
        "declared",
        "status",
        "confidence",
        "entry_id",
        "title",
        "matched_field",
        "matched_text",
        "listings",
    ]);
    for r in reports {
        let status = serde_json::to_value(r.status)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        let conf = r
            .confidence
            .map(|c| format!("{c:?}").to_lowercase())
            .unwrap_or_default();
        if r.matches.is_empty() {
            out.push_str(&csv::row(&[
                r.line.to_string(),
                r.text.clone(),
                status.clone(),
                conf.clone(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
            ]));
        }
        for m in &r.matches {
            let listings: Vec<String> = m
                .listings
                .iter()
                .map(|l| {
                    let mut t = format!("{} {}", l.instrument, l.list);
                    if let Some(g) = l.group {
                        t.push_str(&format!(" {g}"));
                    }
                    t
                })
                .collect();
            out.push_str(&csv::row(&[
                r.line.to_string(),
                r.text.clone(),
                status.clone(),
                conf.clone(),
                m.id.to_owned(),
                m.title.to_owned(),
                m.matched_field.to_owned(),
                m.matched_text.to_owned(),
                listings.join(" | "),
            ]));
        }
    }
    out
}
