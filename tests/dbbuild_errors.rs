//! Every kind of bad source record stops the build and names its file and line.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use fieldguide::error::Error;

/// Append `record` to a new file zz-bad.toml (read after the fixture) beside the valid fixture; return the problems found and
/// the 1-based line of the first line of `record` that contains `marker`.
fn build_with(record: &str, marker: &str) -> (Vec<String>, usize) {
    let dir = common::fixture_copy();
    let text = format!("# a file with one bad record\n\n{record}");
    let line = text
        .lines()
        .position(|l| l.contains(marker))
        .expect("marker present")
        + 1;
    std::fs::write(dir.path().join("sources/zz-bad.toml"), &text).unwrap();
    let out = dir.path().join("out.sqlite");
    match fieldguide::store::compile(dir.path(), &out) {
        Ok(_) => panic!("the build accepted a bad record:\n{record}"),
        Err(Error::Validation(diags)) => {
            assert!(!out.exists(), "a database was written despite errors");
            (diags.iter().map(ToString::to_string).collect(), line)
        }
        Err(other) => panic!("expected validation errors, got {other}"),
    }
}

fn assert_reported(record: &str, marker: &str, words: &str) {
    let (diags, line) = build_with(record, marker);
    let want = format!("zz-bad.toml:{line}:");
    assert!(
        diags.iter().any(|d| d.contains(&want) && d.contains(words)),
        "expected {want} … {words:?} in {diags:#?}"
    );
}

/// Build the fixture copy in `dir` and read its entries back from the database.
fn compiled_entries(dir: &tempfile::TempDir) -> Vec<fieldguide::model::Entry> {
    let out = dir.path().join("out.sqlite");
    fieldguide::store::compile(dir.path(), &out).unwrap();
    fieldguide::store::Store::open(&out)
        .unwrap()
        .entries()
        .unwrap()
}

/// The hits for `text`, with no filters.
fn search(index: &fieldguide::search::SearchIndex, text: &str) -> Vec<fieldguide::search::Hit> {
    index.search(&fieldguide::search::Query {
        text,
        kind: None,
        instrument: None,
        limit: 5,
    })
}

const CHEM: &str = r#"[[entry]]
id = "chem:hcfc-141b"
kind = "chemical"
title = "HCFC-141b"
sources = ["test-mp"]
"#;

#[test]
fn wrong_cas_check_digit() {
    assert_reported(
        &format!("{CHEM}cas = [\"1717-00-7\"]\n"),
        "1717-00-7",
        "check digit",
    );
}

#[test]
fn malformed_hs_code() {
    assert_reported(&format!("{CHEM}hs = [\"2903.7\"]\n"), "2903.7", "HS code");
}

#[test]
fn malformed_un_number() {
    assert_reported(
        &format!("{CHEM}un = [{{ number = \"UN102\" }}]\n"),
        "UN102",
        "UN number",
    );
}

#[test]
fn malformed_refrigerant_number() {
    assert_reported(
        &format!("{CHEM}refrigerant = \"R141B\"\n"),
        "R141B",
        "refrigerant",
    );
    assert_reported(
        &format!("{CHEM}refrigerant = \"R-1\"\n"),
        "R-1",
        "refrigerant",
    );
}

#[test]
fn duplicate_id() {
    let record = r#"[[entry]]
id = "chem:cfc-12"
kind = "chemical"
title = "CFC-12 again"
sources = ["test-mp"]
"#;
    assert_reported(record, "chem:cfc-12", "duplicate id");
}

#[test]
fn unresolved_blend_component() {
    let record = r#"[[entry]]
id = "mix:r-401a"
kind = "mixture"
title = "R-401A"
sources = ["test-mp"]
components = [
  { entry = "chem:hcfc-22", mass_pct = 53.0 },
  { entry = "chem:hfc-152a", mass_pct = 13.0 },
  { entry = "chem:hcfc-124", mass_pct = 34.0 },
]
"#;
    assert_reported(record, "chem:hfc-152a", "does not resolve");
}

#[test]
fn unresolved_parent_taxon() {
    let record = r#"[[entry]]
id = "taxon:ara-macao"
kind = "taxon"
title = "Scarlet macaw"
rank = "species"
parent = "taxon:ara"
sources = ["test-cites"]
"#;
    assert_reported(record, "taxon:ara\"", "does not resolve");
}

#[test]
fn unresolved_label_link() {
    let record = r#"[[entry]]
id = "label:ghs04"
kind = "label"
title = "Gas cylinder"
sources = ["test-mp"]

[entry.label]
meaning = "Gas under pressure"
how_to_read = "Black gas cylinder in a red-bordered diamond"
links = ["chem:cfc-12", "chem:nonexistent"]
"#;
    assert_reported(record, "chem:nonexistent", "does not resolve");
}

#[test]
fn record_without_source() {
    let record = r#"[[entry]]
id = "chem:cfc-113"
kind = "chemical"
title = "CFC-113"
"#;
    assert_reported(record, "chem:cfc-113", "no source");
}

#[test]
fn undeclared_source() {
    let record = r#"[[entry]]
id = "chem:cfc-113"
kind = "chemical"
title = "CFC-113"
sources = ["nowhere"]
"#;
    assert_reported(record, "nowhere", "not a declared");
}

#[test]
fn composition_not_summing_to_100() {
    let record = r#"[[entry]]
id = "mix:r-bad"
kind = "mixture"
title = "Bad blend"
sources = ["test-mp"]
components = [
  { entry = "chem:hcfc-22", mass_pct = 48.8 },
  { entry = "chem:cfc-115", mass_pct = 51.0 },
]
"#;
    assert_reported(record, "hcfc-22", "sums to 99.800");
}

#[test]
fn composition_within_tolerance_is_accepted() {
    let dir = common::fixture_copy();
    let record = r#"[[entry]]
id = "mix:r-ok"
kind = "mixture"
title = "Rounded blend"
sources = ["test-mp"]
components = [
  { entry = "chem:hcfc-22", mass_pct = 48.85 },
  { entry = "chem:cfc-115", mass_pct = 51.2 },
]
"#;
    std::fs::write(dir.path().join("sources/ok.toml"), record).unwrap();
    fieldguide::store::compile(dir.path(), &dir.path().join("out.sqlite")).unwrap();
}

#[test]
fn unknown_list_for_instrument() {
    let record = format!("{CHEM}\n[[entry.listing]]\ninstrument = \"montreal\"\nlist = \"D\"\n");
    assert_reported(&record, "list = \"D\"", "has no list");
}

#[test]
fn toml_syntax_error_names_its_line() {
    assert_reported(
        &format!("{CHEM}cas = [\"75-71-8\"\n"),
        "cas = ",
        "not valid source TOML",
    );
}

#[test]
fn one_run_reports_every_problem() {
    let record = format!("{CHEM}cas = [\"1717-00-7\"]\nhs = [\"29.0377\"]\n");
    let (diags, _) = build_with(&record, "cas");
    assert!(diags.len() >= 2, "{diags:#?}");
}

#[test]
fn the_valid_fixture_builds_and_inherits_listings() {
    let dir = tempfile::tempdir().unwrap();
    let db = common::fixture_db(dir.path());
    let store = fieldguide::store::Store::open(&db).unwrap();
    let entries = store.entries().unwrap();
    let get = |id: &str| entries.iter().find(|e| e.id.as_str() == id).unwrap();
    let lorikeet = get("taxon:trichoglossus-moluccanus");
    assert_eq!(lorikeet.listings.len(), 1);
    assert_eq!(lorikeet.listings[0].list, "II");
    assert_eq!(
        lorikeet.listings[0]
            .inherited_from
            .as_ref()
            .unwrap()
            .as_str(),
        "taxon:psittaciformes"
    );
    // A species listed on its own keeps its own listing only.
    let grey = get("taxon:psittacus-erithacus");
    assert_eq!(grey.listings.len(), 1);
    assert_eq!(grey.listings[0].list, "I");
    assert!(grey.listings[0].inherited_from.is_none());
    // An excluded species inherits nothing.
    assert!(get("taxon:melopsittacus-undulatus").listings.is_empty());
    // A mixture takes its components' listings, once per list and group, naming the component.
    let r502 = get("mix:r-502");
    let lists: Vec<(&str, &str)> = r502
        .listings
        .iter()
        .map(|l| (l.list.as_str(), l.inherited_from.as_ref().unwrap().as_str()))
        .collect();
    assert_eq!(lists, vec![("C", "chem:hcfc-22"), ("A", "chem:cfc-115")]);
}

#[test]
fn listing_for_an_entry_defined_elsewhere_is_added() {
    let dir = common::fixture_copy();
    let record = r#"[[listing]]
entry = "chem:cfc-12"
instrument = "cites"
list = "III"
source = "test-cites"
"#;
    std::fs::write(dir.path().join("sources/zz-more.toml"), record).unwrap();
    let entries = compiled_entries(&dir);
    let cfc = entries
        .iter()
        .find(|e| e.id.as_str() == "chem:cfc-12")
        .unwrap();
    assert_eq!(cfc.listings.len(), 2);
    assert_eq!(cfc.listings[1].source.as_deref(), Some("test-cites"));
}

#[test]
fn listing_for_an_unknown_entry() {
    let record = r#"[[listing]]
entry = "chem:not-here"
instrument = "montreal"
list = "A"
source = "test-mp"
"#;
    assert_reported(record, "instrument", "does not resolve");
}

#[test]
fn listing_supplement_without_its_own_source() {
    let record = r#"[[listing]]
entry = "chem:cfc-12"
instrument = "montreal"
list = "A"
"#;
    assert_reported(record, "entry =", "needs its own source");
}

#[test]
fn names_for_an_entry_defined_elsewhere_are_added_with_their_source() {
    let dir = common::fixture_copy();
    let record = r#"[[source]]
id = "test-names-fr"
citation = "a list of names in French"
consulted = "2026-11-29"

[[names]]
entry = "chem:cfc-12"
source = "test-names-fr"
names = [{ text = "dichlorodifluorométhane", lang = "fr", role = "preferred" }]
"#;
    std::fs::write(dir.path().join("sources/zz-names.toml"), record).unwrap();
    let entries = compiled_entries(&dir);
    let cfc = entries
        .iter()
        .find(|e| e.id.as_str() == "chem:cfc-12")
        .unwrap();
    assert!(
        cfc.names
            .iter()
            .any(|n| n.text == "dichlorodifluorométhane" && n.lang.as_str() == "fr")
    );
    assert!(cfc.sources.iter().any(|s| s.id == "test-names-fr"));
}

#[test]
fn names_for_an_unknown_entry() {
    let record = r#"[[names]]
entry = "chem:not-here"
source = "test-mp"
names = [{ text = "x", lang = "fr", role = "preferred" }]
"#;
    assert_reported(record, "entry =", "do not resolve");
}

#[test]
fn names_with_an_undeclared_source() {
    let record = r#"[[names]]
entry = "chem:cfc-12"
source = "no-such-source"
names = [{ text = "x", lang = "fr", role = "preferred" }]
"#;
    assert_reported(record, "source =", "not a declared");
}

#[test]
fn names_repeating_a_name_the_entry_has() {
    let record = r#"[[names]]
entry = "chem:cfc-12"
source = "test-mp"
names = [{ text = "R-12", lang = "en", role = "designation" }]
"#;
    assert_reported(record, "entry =", "already has the name");
}

#[test]
fn names_table_without_names() {
    let record = r#"[[names]]
entry = "chem:cfc-12"
source = "test-mp"
names = []
"#;
    assert_reported(record, "entry =", "at least one name");
}

#[test]
fn products_and_lookalikes_round_trip_and_are_searchable() {
    let dir = common::fixture_copy();
    let base = dir.path().join("sources/base.toml");
    let text = std::fs::read_to_string(&base).unwrap().replace(
        "names = [{ text = \"Psittacus erithacus\", lang = \"la\", role = \"scientific\" }]",
        "names = [{ text = \"Psittacus erithacus\", lang = \"la\", role = \"scientific\" }]\n\
         products = [{ part = \"live animal\", recognise = \"Grey parrot with a red tail.\" }, \
         { part = \"feathers\", recognise = \"Red tail feathers in bundles.\" }]\n\
         lookalikes = [{ name = \"Timneh parrot\", tell_apart = \"Maroon tail, darker grey.\" }]",
    );
    std::fs::write(&base, text).unwrap();
    let entries = compiled_entries(&dir);
    let parrot = entries
        .iter()
        .find(|e| e.id.as_str() == "taxon:psittacus-erithacus")
        .unwrap();
    let parts: Vec<&str> = parrot.products.iter().map(|p| p.part.as_str()).collect();
    assert_eq!(parts, ["live animal", "feathers"]);
    assert_eq!(
        parrot.products[1].recognise,
        "Red tail feathers in bundles."
    );
    assert_eq!(parrot.lookalikes[0].name, "Timneh parrot");

    let index = fieldguide::search::SearchIndex::build(&entries);
    let hits = search(&index, "feathers");
    let first = &entries[hits[0].entry];
    assert_eq!(first.id.as_str(), "taxon:psittacus-erithacus");
    assert_eq!(
        hits[0].matched_field,
        fieldguide::search::MatchedField::Product
    );
    // The part's name in every interface language finds it too.
    for (query, lang) in [("plumes", "fr"), ("羽毛", "zh-Hans"), ("перья", "ru")] {
        let hits = search(&index, query);
        assert_eq!(
            entries[hits[0].entry].id.as_str(),
            "taxon:psittacus-erithacus",
            "{query}"
        );
        assert_eq!(hits[0].lang.as_deref(), Some(lang), "{query}");
    }
}

#[test]
fn unknown_part_in_trade() {
    let record = r#"[[entry]]
id = "taxon:loxodonta"
kind = "taxon"
title = "African elephants"
rank = "genus"
parent = "taxon:psittaciformes"
sources = ["test-cites"]
products = [{ part = "tusks", recognise = "Curved, heavy." }]
"#;
    assert_reported(record, "products", "part");
}

#[test]
fn products_on_a_chemical() {
    assert_reported(
        &format!("{CHEM}products = [{{ part = \"oil\", recognise = \"Clear liquid.\" }}]\n"),
        "products",
        "only taxa",
    );
}

#[test]
fn lookalike_without_how_to_tell() {
    let record = r#"[[entry]]
id = "taxon:loxodonta"
kind = "taxon"
title = "African elephants"
rank = "genus"
parent = "taxon:psittaciformes"
sources = ["test-cites"]
lookalikes = [{ name = "Mammoth ivory", tell_apart = " " }]
"#;
    assert_reported(record, "lookalikes", "tell_apart");
}

#[test]
fn trade_for_a_taxon_defined_elsewhere_is_added_with_its_source() {
    let dir = common::fixture_copy();
    std::fs::write(
        dir.path().join("sources/zz-trade.toml"),
        common::PARROT_TRADE,
    )
    .unwrap();
    let entries = compiled_entries(&dir);
    let parrot = entries
        .iter()
        .find(|e| e.id.as_str() == "taxon:psittacus-erithacus")
        .unwrap();
    assert_eq!(parrot.products.len(), 1);
    assert_eq!(parrot.products[0].part.as_str(), "live animal");
    assert_eq!(parrot.lookalikes[0].name, "Timneh parrot");
    assert!(parrot.sources.iter().any(|s| s.id == "test-trade"));
}

#[test]
fn trade_for_an_unknown_entry() {
    let record = r#"[[trade]]
entry = "taxon:not-here"
source = "test-cites"
products = [{ part = "skin", recognise = "Scaly." }]
"#;
    assert_reported(record, "entry =", "does not resolve");
}

#[test]
fn trade_with_an_undeclared_source() {
    let record = r#"[[trade]]
entry = "taxon:psittacus-erithacus"
source = "no-such-source"
products = [{ part = "live animal", recognise = "Grey parrot." }]
"#;
    assert_reported(record, "source =", "not a declared");
}

#[test]
fn trade_for_a_chemical() {
    let record = r#"[[trade]]
entry = "chem:cfc-12"
source = "test-mp"
products = [{ part = "oil", recognise = "Clear liquid." }]
"#;
    assert_reported(record, "entry =", "only taxa");
}

#[test]
fn trade_repeating_a_part() {
    let record = r#"[[trade]]
entry = "taxon:psittacus-erithacus"
source = "test-cites"
products = [
  { part = "feathers", recognise = "Red tail feathers." },
  { part = "feathers", recognise = "Grey body feathers." },
]
"#;
    assert_reported(record, "entry =", "already has the part");
}

#[test]
fn trade_table_without_products_or_lookalikes() {
    let record = r#"[[trade]]
entry = "taxon:psittacus-erithacus"
source = "test-cites"
"#;
    assert_reported(record, "entry =", "needs products or lookalikes");
}

#[test]
fn trade_with_an_unknown_part() {
    let record = r#"[[trade]]
entry = "taxon:psittacus-erithacus"
source = "test-cites"
products = [{ part = "tusks", recognise = "Curved." }]
"#;
    assert_reported(record, "products", "part");
}

#[test]
fn unknown_physical_form() {
    assert_reported(
        &format!("{CHEM}physical_form = \"powder\"\n"),
        "physical_form",
        "physical form",
    );
}
