//! The officer tools on the bundled data: blend calculator against published blend values, HS lookup.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use fieldguide::catalog::Catalog;
use fieldguide::tools::{blend, hs};

fn catalog() -> Catalog {
    Catalog::open(None).unwrap().1
}

#[test]
fn blend_gwp_and_odp_match_published_values() {
    let c = catalog();
    // Published 100-year GWPs (AR4, as used by the Kigali Amendment) and ODPs of common blends.
    for (name, gwp, odp) in [
        ("R-404A", 3922.0, 0.0),
        ("R-410A", 2088.0, 0.0),
        ("R-407C", 1774.0, 0.0),
        ("R-507A", 3985.0, 0.0),
        ("R-502", 4657.0, 0.334),
    ] {
        let b = blend::find(&c, name).unwrap();
        let r = blend::calculate(&c, b, 1.0).unwrap();
        assert!(
            (r.gwp100 - gwp).abs() <= 1.0,
            "{name}: GWP {} vs {gwp}",
            r.gwp100
        );
        assert!(
            (r.odp - odp).abs() <= 0.001,
            "{name}: ODP {} vs {odp}",
            r.odp
        );
        let pct: f64 = r.components.iter().map(|x| x.mass_pct).sum();
        assert!((pct - 100.0).abs() <= 0.1);
    }
}

#[test]
fn blend_masses_odp_tonnes_and_co2e() {
    let c = catalog();
    let r = blend::calculate(&c, blend::find(&c, "404a").unwrap(), 10.0).unwrap();
    let kg: Vec<f64> = r.components.iter().map(|x| x.kg).collect();
    assert_eq!(kg, vec![4.4, 5.2, 0.4]);
    assert!((r.co2e_tonnes - 39.216).abs() < 1e-9);
    let r = blend::calculate(&c, blend::find(&c, "mix:r-502").unwrap(), 1000.0).unwrap();
    assert!((r.odp_tonnes - 0.33404).abs() < 1e-6, "{}", r.odp_tonnes);
    assert!(blend::calculate(&c, blend::find(&c, "R-502").unwrap(), -1.0).is_err());
    assert!(blend::find(&c, "R-999Z").is_err());
    assert!(
        blend::find(&c, "CFC-12").is_err(),
        "a pure substance is not a blend"
    );
}

#[test]
fn hs_lookup_lists_everything_controlled_under_a_code() {
    let c = catalog();
    let ids = |code: &str| -> Vec<String> {
        hs::lookup(&c, &hs::parse_prefix(code).unwrap())
            .iter()
            .map(|m| m.entry.id.to_string())
            .collect()
    };
    let cfcs = ids("2903.77");
    assert!(cfcs.contains(&"chem:cfc-12".to_owned()));
    assert!(!cfcs.contains(&"chem:hcfc-22".to_owned()));
    let heading = ids("2903");
    assert!(
        heading.contains(&"chem:hcfc-22".to_owned()) && heading.contains(&"chem:cfc-12".to_owned())
    );
    // Blends are controlled through their components and classified in heading 3827.
    assert!(ids("3827").contains(&"mix:r-404a".to_owned()));
    assert!(ids("0101").is_empty());
}

#[test]
fn cli_tools_exit_codes() {
    let out = common::run(&["hs", "2903.77", "--json"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        v.as_array()
            .unwrap()
            .iter()
            .any(|e| e["id"] == "chem:cfc-12")
    );
    common::assert_clean_error(&common::run(&["hs", "29a3"]), "HS code");
    assert_eq!(common::run(&["hs", "0101"]).status.code(), Some(1));
    let out = common::run(&["blend", "R-404A", "10", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["co2e_tonnes"], 39.216);
    assert_eq!(
        common::run(&["blend", "R-999Z", "1"]).status.code(),
        Some(1)
    );
    common::assert_clean_error(&common::run(&["blend", "R-404A", "-3"]), "positive mass");
}
