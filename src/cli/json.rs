//! The JSON shapes of the command line. The hit shape is a stable contract other tools rely on:
//! `id`, `kind`, `title`, `matched_text`, `matched_field`, `score`, `cas`, `scientific_name`,
//! `listings` (`instrument`, `list`, `group`, `annotation`) are always present.

use serde::Serialize;

use crate::model::{Entry, InstrumentInfo};
use crate::search::Hit;

/// One listing, as shown in hits.
#[derive(Debug, Serialize)]
pub struct ListingJson<'a> {
    /// Treaty id.
    pub instrument: &'a str,
    /// Annex, appendix or schedule.
    pub list: &'a str,
    /// Group, part or category.
    pub group: Option<&'a str>,
    /// Annotation.
    pub annotation: Option<&'a str>,
    /// Inherited from this higher taxon or family entry.
    pub inherited_from: Option<&'a str>,
    /// Date the listing took effect, when recorded.
    pub in_force: Option<&'a str>,
    /// The listing's own source id, when it names one.
    pub source: Option<&'a str>,
}

/// One search hit.
#[derive(Debug, Serialize)]
pub struct HitJson<'a> {
    /// Entry id.
    pub id: &'a str,
    /// Entry kind.
    pub kind: &'a str,
    /// Entry title.
    pub title: &'a str,
    /// The name or code that matched.
    pub matched_text: &'a str,
    /// Which field: cas, un, hs, refrigerant, formula, ec, or a name role.
    pub matched_field: &'a str,
    /// Language of the matched name.
    pub lang: Option<&'a str>,
    /// Score; higher is better.
    pub score: f64,
    /// CAS RNs, empty when none.
    pub cas: Vec<&'a str>,
    /// Scientific name, for taxa.
    pub scientific_name: Option<&'a str>,
    /// Listings, own and inherited.
    pub listings: Vec<ListingJson<'a>>,
}

impl<'a> HitJson<'a> {
    /// Shape a hit over its entry.
    pub fn new(hit: &'a Hit, e: &'a Entry) -> Self {
        HitJson {
            id: e.id.as_str(),
            kind: e.kind.as_str(),
            title: &e.title,
            matched_text: &hit.matched_text,
            matched_field: hit.matched_field.as_str(),
            lang: hit.lang.as_deref(),
            score: hit.score,
            cas: e.cas.iter().map(|c| c.as_str()).collect(),
            scientific_name: e.scientific_name(),
            listings: e
                .listings
                .iter()
                .map(|l| ListingJson {
                    instrument: l.instrument.as_str(),
                    list: &l.list,
                    group: l.group.as_deref(),
                    annotation: l.annotation.as_deref(),
                    inherited_from: l.inherited_from.as_ref().map(|p| p.as_str()),
                    in_force: l.in_force.as_ref().map(|d| d.as_str()),
                    source: l.source.as_deref(),
                })
                .collect(),
        }
    }
}

/// One line of `search --stdin --json`.
#[derive(Debug, Serialize)]
pub struct StdinLine<'a> {
    /// The query as read (invalid UTF-8 replaced).
    pub query: &'a str,
    /// Microseconds the search itself took.
    pub took_us: u128,
    /// The hits.
    pub hits: Vec<HitJson<'a>>,
    /// When nothing matched well: family, group and higher-taxon entries that may cover the query.
    pub covering: Vec<HitJson<'a>>,
}

/// `export --format json`.
#[derive(Debug, Serialize)]
pub struct ExportJson<'a> {
    /// Data version.
    pub data_version: &'a str,
    /// Instruments and their valid-as-of dates.
    pub instruments: &'a [InstrumentInfo],
    /// Every entry.
    pub entries: &'a [Entry],
}

/// `stats --json`.
#[derive(Debug, Serialize)]
pub struct StatsJson<'a> {
    /// Data version.
    pub data_version: &'a str,
    /// Entries in all.
    pub entries: usize,
    /// Entries per kind.
    pub by_kind: std::collections::BTreeMap<&'a str, i64>,
    /// Entries listed (own or inherited) per instrument.
    pub by_instrument: std::collections::BTreeMap<&'a str, i64>,
    /// Names in all.
    pub names: i64,
    /// Sources.
    pub sources: i64,
    /// Photos.
    pub photos: i64,
    /// Instruments and their valid-as-of dates.
    pub instruments: &'a [InstrumentInfo],
}
