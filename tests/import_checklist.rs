//! Importing the Checklist of CITES Species export into a pack: curated content survives, new
//! taxa hang from their higher taxa, malformed rows are reported by line and skipped whole.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;

use fieldguide::store::Store;

/// Import the fixture export `tests/fixtures/{sample}`, dated `date`, over the database `base`
/// into `pack`; assert the import succeeded and return its JSON report.
fn import_sample(base: &Path, sample: &str, date: &str, pack: &Path) -> serde_json::Value {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(sample);
    let out = common::run(&[
        "--db",
        base.to_str().unwrap(),
        "import-checklist",
        sample.to_str().unwrap(),
        "--date",
        date,
        "--out",
        pack.to_str().unwrap(),
        "--json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn sample_export_merges_into_the_curated_data() {
    let dir = tempfile::tempdir().unwrap();
    let base = common::fixture_db(dir.path());
    let pack = dir.path().join("pack.sqlite");
    let report = import_sample(&base, "checklist-sample.csv", "2017-04-21", &pack);
    let skipped: Vec<&str> = report["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    assert!(
        skipped
            .iter()
            .any(|s| s.starts_with("line 4: malformed row")),
        "{skipped:?}"
    );
    assert!(
        skipped
            .iter()
            .any(|s| s.starts_with("line 6: unknown rank")),
        "{skipped:?}"
    );
    assert_eq!(report["enriched"], 1);

    let store = Store::open(&pack).unwrap();
    let entries = store.entries().unwrap();
    let get = |id: &str| entries.iter().find(|e| e.id.as_str() == id);

    // Curated content wins: the grey parrot keeps its own Appendix I listing and names, and gains
    // the export's common names.
    let grey = get("taxon:psittacus-erithacus").unwrap();
    let own: Vec<&str> = grey
        .listings
        .iter()
        .filter(|l| l.inherited_from.is_none())
        .map(|l| l.list.as_str())
        .collect();
    assert_eq!(own, vec!["I"]);
    assert_eq!(grey.title, "Grey parrot");
    assert!(grey.names.iter().any(|n| n.text == "Perroquet jaco"));

    // A new taxon: its listing, names, synonym, and a parent chain to the curated order.
    let macaw = get("taxon:ara-macao").unwrap();
    assert_eq!(macaw.title, "Scarlet Macaw");
    assert_eq!(macaw.listings[0].list, "I");
    assert!(macaw.names.iter().any(|n| n.text == "Psittacus macao"));
    assert_eq!(macaw.parent.as_ref().unwrap().as_str(), "taxon:ara");
    let genus = get("taxon:ara").unwrap();
    assert_eq!(genus.parent.as_ref().unwrap().as_str(), "taxon:psittacidae");
    // The genus has no row of its own: it inherits the family's Appendix II.
    assert_eq!(
        genus.listings[0].inherited_from.as_ref().unwrap().as_str(),
        "taxon:psittacidae"
    );

    // The malformed and unknown-rank rows left nothing behind.
    assert!(get("taxon:oddities").is_none());
    assert!(!entries.iter().any(|e| e.title.contains("broken row")));

    let cites = store
        .instruments()
        .unwrap()
        .into_iter()
        .find(|i| i.id.as_str() == "cites")
        .unwrap();
    assert_eq!(cites.valid_as_of.unwrap().as_str(), "2017-04-21");
    assert_eq!(
        common::run(&["check", pack.to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
}

#[test]
fn a_file_that_is_not_an_export_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("invoice.csv");
    std::fs::write(&bad, "item,qty\nR-22,4\n").unwrap();
    let pack = dir.path().join("pack.sqlite");
    let out = common::run(&[
        "import-checklist",
        bad.to_str().unwrap(),
        "--date",
        "2017-04-21",
        "--out",
        pack.to_str().unwrap(),
    ]);
    common::assert_clean_error(
        &out,
        "not an Index of CITES Species or Species+ CITES listings export",
    );
    assert!(!pack.exists());
}

#[test]
fn the_real_2017_export_imports_at_full_scale() {
    let export = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/cites-checklist-2017-04-21.csv.gz");
    if !export.exists() {
        println!("skipped: {} is not present", export.display());
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("pack.sqlite");
    let out = common::run(&[
        "import-checklist",
        export.to_str().unwrap(),
        "--date",
        "2017-04-21",
        "--out",
        pack.to_str().unwrap(),
        "--json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["rows"], 38079);
    assert!(report["entries"].as_u64().unwrap() > 38_000);
    // Curated elephants keep their post-CoP20 listing text.
    let shown = common::run(&[
        "--db",
        pack.to_str().unwrap(),
        "show",
        "taxon:loxodonta-africana",
        "--json",
    ]);
    let e: serde_json::Value = serde_json::from_slice(&shown.stdout).unwrap();
    assert!(e["summary"].as_str().unwrap().contains("Split listing"));
    let found = common::run(&[
        "--db",
        pack.to_str().unwrap(),
        "search",
        "Abeillia abeillei",
        "--json",
    ]);
    let hits: serde_json::Value = serde_json::from_slice(&found.stdout).unwrap();
    assert_eq!(hits[0]["scientific_name"], "Abeillia abeillei");
}

#[test]
fn species_plus_listings_export_is_recognised_too() {
    let dir = tempfile::tempdir().unwrap();
    let base = common::fixture_db(dir.path());
    let pack = dir.path().join("pack.sqlite");
    import_sample(&base, "speciesplus-sample.csv", "2026-03-05", &pack);
    let store = Store::open(&pack).unwrap();
    let entries = store.entries().unwrap();
    let amazon = entries
        .iter()
        .find(|e| e.id.as_str() == "taxon:amazona-oratrix")
        .unwrap();
    assert_eq!(amazon.listings[0].list, "I");
    assert_eq!(amazon.scientific_name(), Some("Amazona oratrix"));
    // Curated wins again: the grey parrot stays in Appendix I.
    let grey = entries
        .iter()
        .find(|e| e.id.as_str() == "taxon:psittacus-erithacus")
        .unwrap();
    assert_eq!(grey.listings[0].list, "I");
}

#[test]
fn parts_in_trade_and_look_alikes_survive_an_import() {
    // A curated taxon's parts in trade and look-alikes (here added by a [[trade]] table) are
    // curated content: the export has none, and the merge must not drop them.
    let src = common::fixture_copy();
    std::fs::write(
        src.path().join("sources/zz-trade.toml"),
        common::PARROT_TRADE,
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("base.sqlite");
    fieldguide::store::compile(src.path(), &base).unwrap();
    let pack = dir.path().join("pack.sqlite");
    import_sample(&base, "checklist-sample.csv", "2017-04-21", &pack);
    let entries = Store::open(&pack).unwrap().entries().unwrap();
    let grey = entries
        .iter()
        .find(|e| e.id.as_str() == "taxon:psittacus-erithacus")
        .unwrap();
    assert_eq!(grey.products.len(), 1);
    assert_eq!(grey.products[0].recognise, "Grey parrot with a red tail.");
    assert_eq!(grey.lookalikes[0].name, "Timneh parrot");
    assert!(grey.sources.iter().any(|s| s.id == "test-trade"));
}
