//! One reference entry and its parts: names, identifiers, listings, composition, label, photos.

use crate::model::{
    Cas, EcNumber, EntryId, Formula, HsCode, Instrument, IsoDate, Kind, LangTag, NameRole, Part,
    PhysicalForm, Rank, RefrigerantNumber, UnNumber,
};

/// A name with its language and role.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Name {
    /// The name as written.
    pub text: String,
    /// BCP-47 language tag.
    pub lang: LangTag,
    /// What kind of name it is.
    pub role: NameRole,
}

/// A UN number with its proper shipping name and class.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UnEntry {
    /// The UN number.
    pub number: UnNumber,
    /// Proper shipping name from the Dangerous Goods List.
    pub shipping_name: Option<String>,
    /// Transport hazard class or division.
    pub class: Option<String>,
}

/// Ozone-depleting potential: one value, or the range an annex gives for a group of isomers.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum Odp {
    /// A single value.
    Value(f64),
    /// A range `[low, high]`.
    Range(f64, f64),
}

impl Odp {
    /// The highest value (the conservative figure for calculations).
    pub fn high(&self) -> f64 {
        match *self {
            Odp::Value(v) => v,
            Odp::Range(_, h) => h,
        }
    }
}

/// One listing of an entry under a treaty.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Listing {
    /// The treaty.
    pub instrument: Instrument,
    /// Annex, appendix or schedule ("A", "II", "1" …).
    pub list: String,
    /// Annex group, schedule part, or category.
    pub group: Option<String>,
    /// The listing's annotation.
    pub annotation: Option<String>,
    /// Date the listing took effect.
    pub in_force: Option<IsoDate>,
    /// The higher taxon or family entry this listing is inherited from, if any.
    pub inherited_from: Option<EntryId>,
    /// Source id for this listing, when it differs from the entry's.
    pub source: Option<String>,
}

/// One component of a mixture.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Component {
    /// The component entry.
    pub entry: EntryId,
    /// Mass percentage.
    pub mass_pct: f64,
}

/// A higher-taxon listing that does not apply to this taxon.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Exclusion {
    /// The treaty whose inherited listing does not apply.
    pub instrument: Instrument,
    /// Why, in brief.
    pub note: Option<String>,
}

/// What a label entry shows and means.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LabelInfo {
    /// Image id in the database, when the label has a drawing.
    pub image: Option<i64>,
    /// What the label means.
    pub meaning: String,
    /// How to read it on goods.
    pub how_to_read: String,
    /// Entries this label concerns.
    pub links: Vec<EntryId>,
}

/// A part or product in which a taxon is traded, with how to recognise it.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Product {
    /// What is traded.
    pub part: Part,
    /// How to recognise it, in the project's words.
    pub recognise: String,
}

/// Something the entry can be mistaken for, or that can pass for it, with how to tell them apart.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LookAlike {
    /// The look-alike (mammoth ivory, resin imitation, a non-CITES timber …).
    pub name: String,
    /// How to tell them apart, in the project's words.
    pub tell_apart: String,
}

/// A photo of an entry.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Photo {
    /// Image id in the database.
    pub image: i64,
    /// Caption, in the project's words.
    pub caption: String,
    /// Who made it.
    pub credit: String,
    /// Its licence (SPDX where possible).
    pub licence: String,
    /// Source id.
    pub source: String,
    /// Where the file came from (path inside its package).
    pub origin: String,
}

/// A cited source.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Source {
    /// Source id.
    pub id: String,
    /// Full citation.
    pub citation: String,
    /// URL, where one exists.
    pub url: Option<String>,
    /// Date consulted.
    pub consulted: IsoDate,
}

impl Source {
    /// The head of the citation, short enough for one line under a listing: up to the first
    /// ": " (where a citation turns to what the source says), else its first 120 characters.
    pub fn short_citation(&self) -> String {
        let head = self.citation.split(": ").next().unwrap_or(&self.citation);
        if head.chars().count() <= 120 {
            return head.to_owned();
        }
        let cut: String = head.chars().take(119).collect();
        // End on a whole word where there is one.
        let cut = cut
            .rsplit_once(' ')
            .map_or(cut.as_str(), |(words, _)| words);
        format!("{}…", cut.trim_end_matches([',', ';', ' ']))
    }
}

/// One reference entry.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Entry {
    /// Stable id.
    pub id: EntryId,
    /// What it is.
    pub kind: Kind,
    /// Display title.
    pub title: String,
    /// True for a family or group entry that covers members not all listed here.
    pub family: bool,
    /// Parent taxon, or the family entry a chemical belongs to.
    pub parent: Option<EntryId>,
    /// Taxonomic rank (taxa only).
    pub rank: Option<Rank>,
    /// Short description in the project's words.
    pub summary: Option<String>,
    /// What is unknown about this entry and why.
    pub note: Option<String>,
    /// Names in every language and role.
    pub names: Vec<Name>,
    /// CAS RNs.
    pub cas: Vec<Cas>,
    /// EC numbers.
    pub ec: Vec<EcNumber>,
    /// UN numbers.
    pub un: Vec<UnEntry>,
    /// HS 2022 subheadings.
    pub hs: Vec<HsCode>,
    /// ASHRAE refrigerant number.
    pub refrigerant: Option<RefrigerantNumber>,
    /// ASHRAE 34 safety group.
    pub safety_class: Option<String>,
    /// Molecular formula.
    pub formula: Option<Formula>,
    /// Ozone-depleting potential.
    pub odp: Option<Odp>,
    /// 100-year global warming potential.
    pub gwp100: Option<f64>,
    /// Physical form as met in trade.
    pub physical_form: Option<PhysicalForm>,
    /// Hazard classes.
    pub hazards: Vec<String>,
    /// Safety line for the officer.
    pub safety: Option<String>,
    /// What to check.
    pub checks: Vec<String>,
    /// Red flags.
    pub red_flags: Vec<String>,
    /// Parts and products in which it is traded (taxa).
    pub products: Vec<Product>,
    /// Look-alikes and how to tell them apart.
    pub lookalikes: Vec<LookAlike>,
    /// Listings, own and inherited.
    pub listings: Vec<Listing>,
    /// Composition (mixtures).
    pub components: Vec<Component>,
    /// Higher-taxon listings that do not apply.
    pub exclusions: Vec<Exclusion>,
    /// Label details (labels).
    pub label: Option<LabelInfo>,
    /// Photos.
    pub photos: Vec<Photo>,
    /// Sources of this entry's facts.
    pub sources: Vec<Source>,
}

impl Entry {
    /// An entry with only its id, kind and title; every other field empty.
    pub fn new(id: EntryId, kind: Kind, title: impl Into<String>) -> Entry {
        Entry {
            id,
            kind,
            title: title.into(),
            family: false,
            parent: None,
            rank: None,
            summary: None,
            note: None,
            names: Vec::new(),
            cas: Vec::new(),
            ec: Vec::new(),
            un: Vec::new(),
            hs: Vec::new(),
            refrigerant: None,
            safety_class: None,
            formula: None,
            odp: None,
            gwp100: None,
            physical_form: None,
            hazards: Vec::new(),
            safety: None,
            checks: Vec::new(),
            red_flags: Vec::new(),
            products: Vec::new(),
            lookalikes: Vec::new(),
            listings: Vec::new(),
            components: Vec::new(),
            exclusions: Vec::new(),
            label: None,
            photos: Vec::new(),
            sources: Vec::new(),
        }
    }

    /// The first scientific name, if any.
    pub fn scientific_name(&self) -> Option<&str> {
        self.names
            .iter()
            .find(|n| n.role == NameRole::Scientific)
            .map(|n| n.text.as_str())
    }

    /// True when the entry has at least one listing, own or inherited.
    pub fn is_listed(&self) -> bool {
        !self.listings.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(citation: &str) -> Source {
        Source {
            id: "s".to_owned(),
            citation: citation.to_owned(),
            url: None,
            consulted: "2026-11-29".parse().unwrap(),
        }
    }

    #[test]
    fn a_short_citation_stops_at_the_first_colon_or_at_a_word_near_120_characters() {
        assert_eq!(
            source("CITES, Resolution Conf. 12.5: tigers are in Appendix I").short_citation(),
            "CITES, Resolution Conf. 12.5"
        );
        let long = "word ".repeat(40);
        let short = source(&long).short_citation();
        assert!(short.chars().count() <= 120, "{short}");
        assert!(short.ends_with("word…"), "{short}");
    }
}
