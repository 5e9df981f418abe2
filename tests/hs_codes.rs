//! Every HS code in the data is a six-digit subheading of HS 2022 (the seventh edition, in force
//! since 1 January 2022). The reference list, tests/data/hs2022-subheadings.tsv, holds every
//! subheading of the chapters the data uses, from the UN Comtrade H6 nomenclature (its header
//! names the source). HS 2017 codes that HS 2022 dropped — 2903.31 for ethylene dibromide, the old
//! 2903.39 and 3824.7x for halogenated mixtures — fail here.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};

use fieldguide::catalog::Catalog;

fn reference() -> BTreeMap<String, BTreeSet<String>> {
    let text = std::fs::read_to_string("tests/data/hs2022-subheadings.tsv").unwrap();
    let mut by_chapter: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let code = line.split('\t').next().unwrap();
        assert!(
            code.len() == 7 && code.as_bytes()[4] == b'.',
            "malformed line {line:?}"
        );
        by_chapter
            .entry(code[..2].to_owned())
            .or_default()
            .insert(code.to_owned());
    }
    by_chapter
}

#[test]
fn every_hs_code_is_an_hs_2022_subheading() {
    let reference = reference();
    let (_, c) = Catalog::open(None).unwrap();
    let mut checked = 0;
    let mut wrong = Vec::new();
    for e in &c.entries {
        for hs in &e.hs {
            let code = hs.to_string();
            let Some(chapter) = reference.get(&code[..2]) else {
                panic!(
                    "{}: HS {code} is in chapter {}, which the reference list does not cover; \
                     add that chapter's subheadings from the source named in its header",
                    e.id,
                    &code[..2]
                );
            };
            if !chapter.contains(&code) {
                wrong.push(format!("{} {code}", e.id));
            }
            checked += 1;
        }
    }
    assert!(wrong.is_empty(), "not HS 2022 subheadings: {wrong:?}");
    assert!(checked > 250, "only {checked} HS codes checked");
}

#[test]
fn the_reference_list_knows_what_hs_2022_changed() {
    let reference = reference();
    let has = |code: &str| reference[&code[..2]].contains(code);
    // New in HS 2022: heading 3827 and the split of 2903.4x–2903.6x.
    assert!(has("3827.11") && has("2903.62") && has("2931.41"));
    // Gone in HS 2022.
    assert!(!has("2903.31") && !has("2903.39") && !has("3824.71"));
}
