//! Importer for the CITES exports agencies download to load every listed taxon: the Checklist of
//! CITES Species "Index of CITES Species" CSV (with synonyms and common names) and the Species+
//! "CITES listings" CSV. The format is recognised from the header.
//!
//! Each row becomes a taxon entry; ranks above it that have no row of their own become bare
//! entries so that every taxon hangs from its kingdom. Malformed rows are reported by line and
//! skipped whole.

use std::collections::HashMap;
use std::io::Read;

use crate::model::{Entry, EntryId, Instrument, Kind, LangTag, Listing, Name, NameRole, Rank};

/// The parsed export.
pub struct ChecklistRows {
    /// One entry per accepted row, plus the higher taxa the rows name.
    pub entries: Vec<Entry>,
    /// Rows skipped, as "line N: why".
    pub skipped: Vec<String>,
    /// Data rows read (accepted or not).
    pub rows: usize,
}

/// A stable id from a scientific name: `taxon:panthera-pardus`.
pub fn taxon_id(name: &str) -> Option<EntryId> {
    let mut slug = String::new();
    for w in name.split_whitespace() {
        let w: String = w
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '.')
            .collect::<String>()
            .to_ascii_lowercase();
        if w.is_empty() || w == "spp." || w == "spp" {
            continue;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(w.trim_matches('.'));
    }
    format!("taxon:{slug}").parse().ok()
}

fn rank_of(name: &str) -> Option<Rank> {
    Some(match name {
        "KINGDOM" => Rank::Kingdom,
        "PHYLUM" => Rank::Phylum,
        "CLASS" => Rank::Class,
        "ORDER" => Rank::Order,
        "FAMILY" => Rank::Family,
        "SUBFAMILY" => Rank::Subfamily,
        "GENUS" => Rank::Genus,
        "SPECIES" => Rank::Species,
        "SUBSPECIES" => Rank::Subspecies,
        "VARIETY" => Rank::Variety,
        _ => return None,
    })
}

/// Column positions, found by header name.
struct Columns {
    ranks: [usize; 6],
    species: usize,
    full_name: usize,
    rank: usize,
    listing: usize,
    annotation: usize,
    symbol: usize,
    /// Index of CITES Species only.
    synonyms: Option<usize>,
    /// English, Spanish and French names (Index of CITES Species only).
    names: Vec<(usize, &'static str)>,
}

impl Columns {
    fn find(headers: &csv::StringRecord) -> Result<Columns, String> {
        let position = |name: &str| {
            headers
                .iter()
                .position(|h| h.trim_start_matches('\u{feff}').trim() == name)
        };
        let species_plus = position("FullName").is_none() && position("Scientific Name").is_some();
        let col = |name: &str| {
            position(name).ok_or_else(|| {
                format!(
                    "the header has no column {name:?}: not an Index of CITES Species or Species+ \
                     CITES listings export"
                )
            })
        };
        let ranks = [
            col("Kingdom")?,
            col("Phylum")?,
            col("Class")?,
            col("Order")?,
            col("Family")?,
            col("Genus")?,
        ];
        if species_plus {
            return Ok(Columns {
                ranks,
                species: col("Species")?,
                full_name: col("Scientific Name")?,
                rank: col("Rank")?,
                listing: col("Listing")?,
                annotation: col("Full note")?,
                symbol: col("# Full note")?,
                synonyms: None,
                names: Vec::new(),
            });
        }
        Ok(Columns {
            ranks,
            species: col("Species")?,
            full_name: col("FullName")?,
            rank: col("RankName")?,
            listing: col("CurrentListing")?,
            annotation: col("AnnotationEnglish")?,
            symbol: col("#AnnotationSymbol")?,
            synonyms: Some(col("SynonymsWithAuthors")?),
            names: vec![
                (col("EnglishNames")?, "en"),
                (col("SpanishNames")?, "es"),
                (col("FrenchNames")?, "fr"),
            ],
        })
    }
}

const HIGHER: [Rank; 6] = [
    Rank::Kingdom,
    Rank::Phylum,
    Rank::Class,
    Rank::Order,
    Rank::Family,
    Rank::Genus,
];

/// Scientific names in a "SynonymsWithAuthors" cell: comma-separated, each followed by its
/// author and year (which may contain commas too). Keeps the binomial or trinomial only.
fn synonyms(cell: &str) -> Vec<String> {
    cell.split(',')
        .filter_map(|part| {
            let words: Vec<&str> = part.split_whitespace().collect();
            let genus = words.first()?;
            let epithet = words.get(1)?;
            let looks_like_name = genus.chars().next().is_some_and(char::is_uppercase)
                && genus.chars().skip(1).all(|c| c.is_ascii_lowercase())
                && epithet.chars().all(|c| c.is_ascii_lowercase() || c == '-');
            if !looks_like_name {
                return None;
            }
            let mut name = format!("{genus} {epithet}");
            if let Some(third) = words
                .get(2)
                .filter(|w| w.chars().all(|c| c.is_ascii_lowercase()))
            {
                name.push(' ');
                name.push_str(third);
            }
            Some(name)
        })
        .collect()
}

fn annotation(text: &str, symbol: &str) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    if !symbol.trim().is_empty() {
        parts.push(symbol.trim().to_owned());
    }
    for piece in text.split("Appendix ") {
        let rest = piece
            .trim_start_matches(['I', 'V', 'N', 'C'])
            .trim_start_matches(':')
            .trim();
        if !rest.is_empty() {
            parts.push(rest.to_owned());
        }
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// Read an export. `source` is the source id recorded on every imported entry and listing.
pub fn parse(reader: impl Read, source: &crate::model::Source) -> Result<ChecklistRows, String> {
    let mut csv = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(reader);
    let headers = csv
        .headers()
        .map_err(|e| format!("cannot read the header: {e}"))?
        .clone();
    let cols = Columns::find(&headers)?;
    let (Ok(la), Ok(langs)) = (
        "la".parse::<LangTag>(),
        cols.names
            .iter()
            .map(|(_, l)| l.parse::<LangTag>())
            .collect::<Result<Vec<_>, _>>(),
    ) else {
        return Err("internal: language tags".to_owned());
    };
    let mut out = ChecklistRows {
        entries: Vec::new(),
        skipped: Vec::new(),
        rows: 0,
    };
    let mut seen: HashMap<EntryId, usize> = HashMap::new();
    // Ids that came from a row of their own (the others are bare higher taxa made from columns).
    let mut from_rows: std::collections::HashSet<EntryId> = std::collections::HashSet::new();
    let mut record = csv::StringRecord::new();
    loop {
        let line = csv.position().line() + 1;
        match csv.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                out.rows += 1;
                let at = e.position().map_or(line, |p| p.line());
                out.skipped.push(format!("line {at}: malformed row ({e})"));
                continue;
            }
        }
        out.rows += 1;
        let line = record.position().map_or(line, |p| p.line());
        let field = |i: usize| record.get(i).unwrap_or("").trim();
        let full = field(cols.full_name);
        let Some(rank) = rank_of(&field(cols.rank).to_uppercase()) else {
            out.skipped
                .push(format!("line {line}: unknown rank {:?}", field(cols.rank)));
            continue;
        };
        let Some(id) = taxon_id(full) else {
            out.skipped
                .push(format!("line {line}: no usable scientific name {full:?}"));
            continue;
        };
        if from_rows.contains(&id) {
            out.skipped.push(format!(
                "line {line}: {full} appears twice; the first row is kept"
            ));
            continue;
        }
        // The parent: the species for an infraspecific taxon, else the nearest higher rank column.
        let parent_name = match rank {
            Rank::Subspecies | Rank::Variety => {
                format!("{} {}", field(cols.ranks[5]), field(cols.species))
            }
            _ => {
                let own = HIGHER
                    .iter()
                    .position(|r| *r == rank)
                    .unwrap_or(HIGHER.len());
                (0..own.min(HIGHER.len()))
                    .rev()
                    .map(|i| field(cols.ranks[i]).to_owned())
                    .find(|n| !n.is_empty())
                    .unwrap_or_default()
            }
        };
        // The title is the first English common name where there is one, as for curated taxa.
        let title = cols
            .names
            .first()
            .and_then(|(c, _)| field(*c).split(',').map(str::trim).find(|n| !n.is_empty()))
            .unwrap_or(full);
        let mut e = Entry::new(id.clone(), Kind::Taxon, title);
        e.rank = Some(rank);
        e.parent = taxon_id(&parent_name).filter(|p| *p != id);
        e.names.push(Name {
            text: full.to_owned(),
            lang: la.clone(),
            role: NameRole::Scientific,
        });
        for syn in cols
            .synonyms
            .map(|c| synonyms(field(c)))
            .unwrap_or_default()
        {
            e.names.push(Name {
                text: syn,
                lang: la.clone(),
                role: NameRole::Synonym,
            });
        }
        for ((col, _), lang) in cols.names.iter().zip(&langs) {
            for n in field(*col)
                .split(',')
                .map(str::trim)
                .filter(|n| !n.is_empty())
            {
                e.names.push(Name {
                    text: n.to_owned(),
                    lang: lang.clone(),
                    role: NameRole::Common,
                });
            }
        }
        let note = annotation(field(cols.annotation), field(cols.symbol));
        for list in field(cols.listing)
            .split('/')
            .filter(|l| matches!(*l, "I" | "II" | "III"))
        {
            e.listings.push(Listing {
                instrument: Instrument::Cites,
                list: list.to_owned(),
                group: None,
                annotation: note.clone(),
                in_force: None,
                inherited_from: None,
                source: Some(source.id.clone()),
            });
        }
        e.sources.push(source.clone());
        // Higher taxa named in the row's columns, created bare when no row of their own exists.
        for (i, r) in HIGHER.iter().enumerate() {
            let name = field(cols.ranks[i]);
            let Some(hid) = taxon_id(name) else { continue };
            if hid == id || seen.contains_key(&hid) {
                continue;
            }
            let parent = (0..i)
                .rev()
                .map(|j| field(cols.ranks[j]))
                .find(|n| !n.is_empty())
                .and_then(taxon_id);
            let mut h = Entry::new(hid.clone(), Kind::Taxon, name);
            h.rank = Some(*r);
            h.parent = parent;
            h.names.push(Name {
                text: name.to_owned(),
                lang: la.clone(),
                role: NameRole::Scientific,
            });
            h.sources.push(source.clone());
            seen.insert(hid, out.entries.len());
            out.entries.push(h);
        }
        from_rows.insert(id.clone());
        match seen.get(&id) {
            // A bare higher taxon made earlier from another row's columns: the row replaces it.
            Some(&at) => out.entries[at] = e,
            None => {
                seen.insert(id, out.entries.len());
                out.entries.push(e);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_synonyms_and_annotations() {
        assert_eq!(
            taxon_id("Panthera pardus").unwrap().as_str(),
            "taxon:panthera-pardus"
        );
        assert_eq!(taxon_id("Manis spp.").unwrap().as_str(), "taxon:manis");
        assert_eq!(
            synonyms("Felis pardus Linnaeus, 1758, Panthera pardus adersi Pocock, 1932"),
            vec!["Felis pardus", "Panthera pardus adersi"]
        );
        assert_eq!(annotation("Appendix II: ", ""), None);
        assert_eq!(
            annotation("Appendix I: Only the population of X", "#5").as_deref(),
            Some("#5; Only the population of X")
        );
    }
}
