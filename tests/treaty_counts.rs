//! The number of entries per annex, group and schedule equals the treaty text, so a missing or
//! duplicated substance is caught. Only a record's own listings count (not inherited ones).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};

use fieldguide::catalog::Catalog;
use fieldguide::model::Instrument;

fn own_counts(instrument: Instrument) -> BTreeMap<(String, String), usize> {
    let (_, c) = Catalog::open(None).unwrap();
    let mut counts = BTreeMap::new();
    for e in &c.entries {
        for l in e
            .listings
            .iter()
            .filter(|l| l.instrument == instrument && l.inherited_from.is_none())
        {
            *counts
                .entry((l.list.clone(), l.group.clone().unwrap_or_default()))
                .or_insert(0) += 1;
        }
    }
    counts
}

#[test]
fn montreal_protocol_annexes() {
    // Annex A: group I five CFCs, group II three halons. Annex B: group I ten other fully
    // halogenated CFCs, group II carbon tetrachloride, group III 1,1,1-trichloroethane.
    // Annex C: group I 34 formula groups plus the 6 isomers it names separately, group II 34
    // HBFC formula groups, group III bromochloromethane. Annex E: methyl bromide. Annex F:
    // group I 17 HFCs, group II HFC-23.
    let expected: BTreeMap<(String, String), usize> = [
        ("A", "I", 5),
        ("A", "II", 3),
        ("B", "I", 10),
        ("B", "II", 1),
        ("B", "III", 1),
        ("C", "I", 40),
        ("C", "II", 34),
        ("C", "III", 1),
        ("E", "I", 1),
        ("F", "I", 17),
        ("F", "II", 1),
    ]
    .into_iter()
    .map(|(l, g, n)| ((l.to_owned(), g.to_owned()), n))
    .collect();
    assert_eq!(own_counts(Instrument::Montreal), expected);
}

#[test]
fn chemical_weapons_convention_schedule_items() {
    // Schedule 1: items 1–16 (after the 2020 amendment); Schedule 2: items 1–14; Schedule 3: 1–17.
    let (_, c) = Catalog::open(None).unwrap();
    let mut items: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for e in &c.entries {
        for l in e
            .listings
            .iter()
            .filter(|l| l.instrument == Instrument::Cwc && l.inherited_from.is_none())
        {
            items
                .entry(l.list.clone())
                .or_default()
                .insert(l.annotation.clone().unwrap_or_default());
        }
    }
    let sizes: Vec<(String, usize)> = items.into_iter().map(|(k, v)| (k, v.len())).collect();
    assert_eq!(
        sizes,
        vec![
            ("1".to_owned(), 16),
            ("2".to_owned(), 14),
            ("3".to_owned(), 17)
        ]
    );
}

fn expected(rows: &[(&str, &str, usize)]) -> BTreeMap<(String, String), usize> {
    rows.iter()
        .map(|(l, g, n)| ((l.to_string(), g.to_string()), *n))
        .collect()
}

#[test]
fn stockholm_convention_annexes() {
    // Annex A Part I: 30 rows in force by 26 February 2025 (COP-11) plus the three listings adopted
    // at COP-12 in May 2025 (chlorpyrifos, medium-chain chlorinated paraffins, long-chain PFCAs).
    // Annex B Part I: DDT and PFOS. Annex C Part I: HCB, PCDD, PCDF, PeCB, PCB, PCN and HCBD.
    // The annex prints "tetra- and pentaBDE" and "hexa- and heptaBDE" as one row each.
    assert_eq!(
        own_counts(Instrument::Stockholm),
        expected(&[("A", "Part I", 33), ("B", "Part I", 2), ("C", "Part I", 7)])
    );
}

#[test]
fn rotterdam_convention_annex_iii() {
    // 57 chemicals (50 in 2017, then phorate, HBCDD, decaBDE, PFOA, terbufos, carbosulfan and
    // fenthion ULV formulations): 34 pesticides, 4 severely hazardous pesticide formulations, 18
    // industrial chemicals (the five asbestos forms counted as five, as the Secretariat does), and
    // tributyltin compounds, listed in both the pesticide and the industrial category.
    // Hexabromobiphenyl is covered by the polybrominated biphenyls row, through its parent.
    assert_eq!(
        own_counts(Instrument::Rotterdam),
        expected(&[
            ("III", "industrial", 19),
            ("III", "pesticide", 35),
            ("III", "severely hazardous pesticide formulation", 4),
        ])
    );
}

#[test]
fn minamata_convention_annex_a_part_i() {
    // Part I as amended by COP-4 (decision MC-4/3, in force 28 September 2023): the nine product
    // rows of 2013 and the eight added in 2022 (CFL.i, CCFL and EEFL of all lengths, strain gauges
    // for plethysmographs, melt pressure devices, vacuum pumps, tire balancers and wheel weights,
    // photographic film and paper, satellite propellant). The CCFL/EEFL family carries both its
    // rows. Later amendments are not in the data yet (the instrument's note says so).
    let counts = own_counts(Instrument::Minamata);
    assert_eq!(counts.get(&("A".to_owned(), String::new())), Some(&17));
}
