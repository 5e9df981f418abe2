//! A declared list (a cargo manifest, an invoice, a pasted column) checked line by line against
//! the controlled entries. Used by `fieldguide check-list` and the app's list-check view.

use serde::Serialize;

use crate::catalog::Catalog;
use crate::search::{Hit, MatchedField, Query};

/// How sure the match is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    /// An identifier (CAS, UN, refrigerant number, formula) or a name matched exactly.
    High,
    /// A close name match (prefix, one typo, most words).
    Medium,
    /// Only a weak match; look at the goods and documents.
    Low,
}

/// What one declared line turned out to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// At least one match is listed under a treaty.
    Controlled,
    /// Matches were found, none of them listed (e.g. a look-alike refrigerant).
    NotControlled,
    /// Nothing matched. Not proof of not controlled.
    NoMatch,
}

pub fn confidence(hit: &Hit) -> Confidence {
    let identifier = !matches!(
        hit.matched_field,
        MatchedField::Name(_) | MatchedField::Product
    );
    if identifier || hit.score >= 850.0 {
        Confidence::High
    } else if hit.score >= 500.0 {
        Confidence::Medium
    } else {
        Confidence::Low
    }
}

/// Packing and quantity words of a manifest line, dropped before searching ("13.6 kg", "4 drums").
const QUANTITY_WORDS: [&str; 24] = [
    "kg",
    "kgs",
    "g",
    "t",
    "mt",
    "tonne",
    "tonnes",
    "l",
    "litre",
    "litres",
    "liter",
    "liters",
    "ml",
    "pcs",
    "pieces",
    "units",
    "cylinder",
    "cylinders",
    "drum",
    "drums",
    "bags",
    "boxes",
    "cartons",
    "cans",
];

/// The declared text without quantities: a number followed by a unit, a number glued to a unit,
/// and the units themselves. Numbers that belong to a name ("CFC 12") stay.
pub fn strip_quantities(declared: &str) -> String {
    let tokens: Vec<&str> = declared
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|t| !t.is_empty())
        .collect();
    let is_number = |t: &str| !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || c == '.');
    let is_unit = |t: &str| QUANTITY_WORDS.contains(&t.to_lowercase().trim_end_matches('.'));
    let glued = |t: &str| {
        let split = t.find(|c: char| !(c.is_ascii_digit() || c == '.'));
        split.is_some_and(|i| i > 0 && is_unit(&t[i..]))
    };
    let mut kept = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        if is_number(t) && tokens.get(i + 1).is_some_and(|u| is_unit(u)) {
            i += 2;
            continue;
        }
        if is_unit(t) || glued(t) {
            i += 1;
            continue;
        }
        kept.push(t);
        i += 1;
    }
    if kept.is_empty() {
        declared.to_owned()
    } else {
        kept.join(" ")
    }
}

/// The owned result of checking one line.
pub struct LineResult {
    /// 1-based line number.
    pub line: usize,
    /// The declared text, trimmed.
    pub text: String,
    /// What it turned out to be.
    pub status: Status,
    /// How sure, when something matched.
    pub confidence: Option<Confidence>,
    /// The matches, controlled ones first.
    pub hits: Vec<Hit>,
}

/// Check every non-empty line of a declared list (a manifest, an invoice, a pasted column).
pub fn check_text(catalog: &Catalog, text: &str, limit: usize) -> Vec<LineResult> {
    let mut reports = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let declared = raw.trim();
        if declared.is_empty() {
            continue;
        }
        let cleaned = strip_quantities(declared);
        let mut hits = catalog.index.search(&Query {
            text: &cleaned,
            kind: None,
            instrument: None,
            limit: limit.max(1) * 3,
        });
        // Controlled matches first, keeping the ranking within each group.
        hits.sort_by_key(|h| catalog.entries[h.entry].listings.is_empty());
        hits.truncate(limit.max(1));
        let status = match hits.first() {
            None => Status::NoMatch,
            Some(h) if catalog.entries[h.entry].is_listed() => Status::Controlled,
            Some(_) => Status::NotControlled,
        };
        let conf = hits.iter().map(confidence).min_by_key(|c| match c {
            Confidence::High => 0,
            Confidence::Medium => 1,
            Confidence::Low => 2,
        });
        reports.push(LineResult {
            line: n + 1,
            text: declared.to_owned(),
            status,
            confidence: conf,
            hits,
        });
    }
    reports
}

#[cfg(test)]
mod tests {
    use super::strip_quantities;

    #[test]
    fn quantities_and_packing_words_are_dropped() {
        assert_eq!(
            strip_quantities("CFC-12 refrigerant 13.6 kg"),
            "CFC-12 refrigerant"
        );
        assert_eq!(strip_quantities("Pangolin scales, 20kg"), "Pangolin scales");
        assert_eq!(strip_quantities("R-404A 10 cylinders"), "R-404A");
        assert_eq!(strip_quantities("CFC 12"), "CFC 12");
        assert_eq!(strip_quantities("12 kg"), "12 kg");
    }
}
