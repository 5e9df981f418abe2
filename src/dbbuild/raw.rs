//! The shape of the TOML source files, before validation. Fields that validation refers back to
//! carry their byte span, so every problem can be reported with its file and line.

use serde::Deserialize;
use toml::Spanned;

/// One source file. Every table is optional; a file holds whatever part of the data it likes.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFile {
    pub meta: Option<Spanned<RawMeta>>,
    #[serde(default)]
    pub instrument: Vec<Spanned<RawInstrument>>,
    #[serde(default)]
    pub source: Vec<Spanned<RawSource>>,
    #[serde(default)]
    pub entry: Vec<Spanned<RawEntry>>,
    /// Listings added to entries that another file defines (a chemical listed by several treaties
    /// is one record, kept in the file of the first treaty that lists it).
    #[serde(default)]
    pub listing: Vec<Spanned<RawListing>>,
    /// Names added to entries that another file defines (e.g. one file per language), each
    /// table with its own source.
    #[serde(default)]
    pub names: Vec<Spanned<RawNames>>,
    /// Parts in trade and look-alikes added to a taxon that another file defines, each table with
    /// its own source.
    #[serde(default)]
    pub trade: Vec<Spanned<RawTrade>>,
    pub photo_root: Option<Spanned<String>>,
    pub package: Option<String>,
    #[serde(default)]
    pub photo: Vec<Spanned<RawPhoto>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMeta {
    pub data_version: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawInstrument {
    pub id: Spanned<String>,
    pub name: String,
    pub valid_as_of: Option<Spanned<String>>,
    pub source: Option<Spanned<String>>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub id: Spanned<String>,
    pub citation: String,
    pub url: Option<String>,
    pub consulted: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawName {
    pub text: String,
    pub lang: Spanned<String>,
    pub role: Spanned<String>,
}

/// A top-level `[[names]]`: names for an entry defined elsewhere, from one source.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNames {
    pub entry: Spanned<String>,
    pub source: Spanned<String>,
    pub names: Vec<Spanned<RawName>>,
}

/// A top-level `[[trade]]`: parts in trade and look-alikes for a taxon defined elsewhere, from
/// one source.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTrade {
    pub entry: Spanned<String>,
    pub source: Spanned<String>,
    #[serde(default)]
    pub products: Vec<Spanned<RawProduct>>,
    #[serde(default)]
    pub lookalikes: Vec<Spanned<RawLookAlike>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawUn {
    pub number: Spanned<String>,
    pub shipping_name: Option<String>,
    pub class: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawComponent {
    pub entry: Spanned<String>,
    pub mass_pct: f64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProduct {
    pub part: Spanned<String>,
    pub recognise: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLookAlike {
    pub name: String,
    pub tell_apart: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawExclusion {
    pub instrument: Spanned<String>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawListing {
    /// Only in a top-level `[[listing]]`: the entry (defined in another file) it adds to.
    pub entry: Option<Spanned<String>>,
    pub instrument: Spanned<String>,
    pub list: Spanned<String>,
    pub group: Option<String>,
    pub annotation: Option<String>,
    pub in_force: Option<Spanned<String>>,
    pub source: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLabel {
    pub image: Option<Spanned<String>>,
    pub meaning: String,
    pub how_to_read: String,
    #[serde(default)]
    pub links: Vec<Spanned<String>>,
}

/// An ODP as written: one number or `[low, high]`.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum RawOdp {
    Value(f64),
    Range(Vec<f64>),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEntry {
    pub id: Spanned<String>,
    pub kind: Spanned<String>,
    pub title: String,
    #[serde(default)]
    pub sources: Vec<Spanned<String>>,
    #[serde(default)]
    pub family: bool,
    pub parent: Option<Spanned<String>>,
    pub rank: Option<Spanned<String>>,
    pub summary: Option<String>,
    pub note: Option<String>,
    #[serde(default)]
    pub names: Vec<Spanned<RawName>>,
    #[serde(default)]
    pub cas: Vec<Spanned<String>>,
    #[serde(default)]
    pub ec: Vec<Spanned<String>>,
    #[serde(default)]
    pub un: Vec<Spanned<RawUn>>,
    #[serde(default)]
    pub hs: Vec<Spanned<String>>,
    pub refrigerant: Option<Spanned<String>>,
    pub safety_class: Option<Spanned<String>>,
    pub formula: Option<Spanned<String>>,
    pub odp: Option<Spanned<RawOdp>>,
    pub gwp100: Option<Spanned<f64>>,
    pub physical_form: Option<Spanned<String>>,
    #[serde(default)]
    pub hazards: Vec<String>,
    pub safety: Option<String>,
    #[serde(default)]
    pub checks: Vec<String>,
    #[serde(default)]
    pub red_flags: Vec<String>,
    #[serde(default)]
    pub products: Vec<Spanned<RawProduct>>,
    #[serde(default)]
    pub lookalikes: Vec<Spanned<RawLookAlike>>,
    #[serde(default)]
    pub components: Vec<Spanned<RawComponent>>,
    #[serde(default)]
    pub exclusions: Vec<Spanned<RawExclusion>>,
    #[serde(default)]
    pub listing: Vec<Spanned<RawListing>>,
    pub label: Option<Spanned<RawLabel>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPhoto {
    pub entry: Spanned<String>,
    pub file: Spanned<String>,
    pub caption: String,
    pub credit: String,
    pub licence: String,
    pub source: Spanned<String>,
}
