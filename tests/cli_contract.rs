//! The JSON contract of `search`, `search --stdin`, `show`, `export` and `stats`, and exit codes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use serde_json::Value;

fn json(out: &std::process::Output) -> Value {
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn assert_hit_shape(hit: &Value) {
    for key in ["id", "kind", "title", "matched_text", "matched_field"] {
        assert!(
            hit[key].is_string(),
            "{key} missing or not a string in {hit}"
        );
    }
    assert!(hit["score"].is_number(), "{hit}");
    assert!(hit["cas"].is_array(), "{hit}");
    assert!(
        hit["scientific_name"].is_string() || hit["scientific_name"].is_null(),
        "{hit}"
    );
    for l in hit["listings"].as_array().unwrap() {
        assert!(l["instrument"].is_string() && l["list"].is_string(), "{l}");
        assert!(
            l.get("group").is_some() && l.get("annotation").is_some(),
            "{l}"
        );
        assert!(
            l.get("in_force").is_some() && l.get("source").is_some(),
            "{l}"
        );
    }
}

#[test]
fn search_json_by_cas_puts_the_identifier_match_first() {
    let dir = tempfile::tempdir().unwrap();
    let db = common::fixture_db(dir.path());
    let v = json(&common::run(&[
        "--db",
        db.to_str().unwrap(),
        "search",
        "75718",
        "--json",
    ]));
    let hits = v.as_array().unwrap();
    assert_hit_shape(&hits[0]);
    assert_eq!(hits[0]["id"], "chem:cfc-12");
    assert_eq!(hits[0]["matched_field"], "cas");
    assert_eq!(hits[0]["matched_text"], "75-71-8");
    assert_eq!(hits[0]["cas"], serde_json::json!(["75-71-8"]));
    assert_eq!(hits[0]["listings"][0]["instrument"], "montreal");
    assert_eq!(hits[0]["listings"][0]["list"], "A");
    assert_eq!(hits[0]["listings"][0]["group"], "I");
}

#[test]
fn search_json_for_a_taxon_carries_its_scientific_name_and_inherited_listing() {
    let dir = tempfile::tempdir().unwrap();
    let db = common::fixture_db(dir.path());
    let v = json(&common::run(&[
        "--db",
        db.to_str().unwrap(),
        "search",
        "rainbow lorikeet",
        "--kind",
        "taxon",
        "--json",
    ]));
    let hit = &v[0];
    assert_hit_shape(hit);
    assert_eq!(hit["scientific_name"], "Trichoglossus moluccanus");
    assert_eq!(hit["listings"][0]["list"], "II");
    assert_eq!(hit["listings"][0]["inherited_from"], "taxon:psittaciformes");
    assert_eq!(hit["listings"][0]["source"], "test-cites-parrots");
    assert!(hit["listings"][0]["in_force"].is_null());
}

#[test]
fn show_names_each_listings_source_and_date_in_force_or_says_it_is_not_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let db = common::fixture_db(dir.path());
    let db = db.to_str().unwrap();
    let text = |key: &str| {
        let out = common::run(&["--db", db, "show", key]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    // Inherited: the order's listing, with the order's source, and no date recorded.
    let lorikeet = text("taxon:trichoglossus-moluccanus");
    assert!(
        lorikeet.contains(
            "CITES Appendix II (inherited from taxon:psittaciformes); date in force not recorded"
        ),
        "{lorikeet}"
    );
    assert!(
        lorikeet.contains(
            "listing source CITES Secretariat, Appendices valid from 5 March 2026, Psittaciformes\n"
        ),
        "the citation is cut at its first colon: {lorikeet}"
    );
    // Its own listing, with a date and no source of its own.
    let parrot = text("taxon:psittacus-erithacus");
    assert!(
        parrot.contains("CITES Appendix I; in force since 2017-01-02"),
        "{parrot}"
    );
    assert!(!parrot.contains("listing source"), "{parrot}");
}

#[test]
fn search_filters_by_instrument_and_kind() {
    let dir = tempfile::tempdir().unwrap();
    let db = common::fixture_db(dir.path());
    let db = db.to_str().unwrap();
    let v = json(&common::run(&[
        "--db", db, "search", "R-502", "--kind", "mixture", "--json",
    ]));
    assert!(v.as_array().unwrap().iter().all(|h| h["kind"] == "mixture"));
    assert_eq!(v[0]["id"], "mix:r-502");
    let out = common::run(&[
        "--db",
        db,
        "search",
        "CFC-12",
        "--instrument",
        "cites",
        "--json",
    ]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "no CITES entry is called CFC-12"
    );
}

#[test]
fn search_stdin_gives_one_object_per_line_with_timing() {
    let dir = tempfile::tempdir().unwrap();
    let db = common::fixture_db(dir.path());
    let input = b"CFC-12\n\nUN1028\n\xff\xfe broken utf8\nR 22\r\n";
    let out = common::run_stdin(
        &[
            "--db",
            db.to_str().unwrap(),
            "search",
            "--stdin",
            "--json",
            "--limit",
            "3",
        ],
        input,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 5, "one output line per input line");
    let queries: Vec<&str> = lines.iter().map(|l| l["query"].as_str().unwrap()).collect();
    assert_eq!(queries[0], "CFC-12");
    assert_eq!(queries[1], "");
    assert_eq!(queries[4], "R 22");
    for l in &lines {
        assert!(l["took_us"].is_u64(), "{l}");
        let hits = l["hits"].as_array().unwrap();
        assert!(hits.len() <= 3);
        hits.iter().for_each(assert_hit_shape);
    }
    assert_eq!(lines[0]["hits"][0]["id"], "chem:cfc-12");
    assert!(lines[1]["hits"].as_array().unwrap().is_empty());
    assert_eq!(lines[2]["hits"][0]["id"], "chem:cfc-12");
    assert_eq!(lines[2]["hits"][0]["matched_field"], "un");
    assert_eq!(lines[4]["hits"][0]["id"], "chem:hcfc-22");
}

#[test]
fn show_json_prints_the_whole_record() {
    let dir = tempfile::tempdir().unwrap();
    let db = common::fixture_db(dir.path());
    let db = db.to_str().unwrap();
    for key in [
        "chem:cfc-12",
        "75-71-8",
        "UN1028",
        "dichlorodifluoromethane",
    ] {
        let v = json(&common::run(&["--db", db, "show", key, "--json"]));
        assert_eq!(v["id"], "chem:cfc-12", "show {key}");
        assert_eq!(v["formula"], "CCl2F2");
        assert_eq!(v["un"][0]["number"], "UN1028");
        assert_eq!(v["hs"][0], "2903.77");
        assert_eq!(v["sources"][0]["id"], "test-mp");
        assert!(v["sources"][0]["consulted"].is_string());
    }
    let v = json(&common::run(&["--db", db, "show", "mix:r-502", "--json"]));
    assert_eq!(v["components"][0]["entry"], "chem:hcfc-22");
    assert_eq!(v["components"][0]["mass_pct"], 48.8);
}

#[test]
fn show_unknown_key_exits_1_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = common::fixture_db(dir.path());
    let out = common::run(&["--db", db.to_str().unwrap(), "show", "chem:nothing-here"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr)
            .trim_end()
            .lines()
            .count(),
        1
    );
}

#[test]
fn export_json_and_csv_cover_every_entry() {
    let dir = tempfile::tempdir().unwrap();
    let db = common::fixture_db(dir.path());
    let db = db.to_str().unwrap();
    let v = json(&common::run(&["--db", db, "export", "--format", "json"]));
    assert_eq!(v["data_version"], "test.1");
    let entries = v["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 9);
    for e in entries {
        assert!(e["names"].is_array() && e["listings"].is_array() && e["cas"].is_array());
    }
    let out = common::run(&["--db", db, "export", "--format", "csv"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines();
    let header = lines.next().unwrap();
    assert!(header.starts_with("id,kind,title,"), "{header}");
    assert!(header.contains("cas") && header.contains("listings") && header.contains("names"));
    assert_eq!(lines.count(), 9);
    assert!(text.contains("chem:cfc-12,chemical,CFC-12,"));
}

#[test]
fn stats_json_counts_kinds_and_instruments() {
    let dir = tempfile::tempdir().unwrap();
    let db = common::fixture_db(dir.path());
    let v = json(&common::run(&[
        "--db",
        db.to_str().unwrap(),
        "stats",
        "--json",
    ]));
    assert_eq!(v["entries"], 9);
    assert_eq!(v["by_kind"]["taxon"], 4);
    assert_eq!(v["by_kind"]["mixture"], 1);
    // Two own CITES listings plus one inherited (the lorikeet); the budgerigar is excluded.
    assert_eq!(v["by_instrument"]["cites"], 3);
    let montreal = v["instruments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "montreal")
        .unwrap();
    assert_eq!(montreal["valid_as_of"], "2019-01-01");
}

#[test]
fn nothing_found_exits_1_and_says_so() {
    let out = common::run(&["search", "qqqqzzzzxxxx"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("Not found is not proof of not controlled")
    );
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(
        common::run(&["search", "--limit", "lots", "x"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(common::run(&["no-such-command"]).status.code(), Some(2));
    assert_eq!(common::run(&["--help"]).status.code(), Some(0));
}

#[test]
fn weak_matches_come_with_the_higher_taxa_that_may_cover_them() {
    let dir = tempfile::tempdir().unwrap();
    let db = common::fixture_db(dir.path());
    let out = common::run_stdin(
        &["--db", db.to_str().unwrap(), "search", "--stdin", "--json"],
        b"Psittaciformes hybrid\nCFC-12\n",
    );
    assert!(out.status.success());
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let covering = lines[0]["covering"].as_array().unwrap();
    assert_eq!(covering[0]["id"], "taxon:psittaciformes");
    covering.iter().for_each(assert_hit_shape);
    // A good match needs no such guidance.
    assert!(lines[1]["covering"].as_array().unwrap().is_empty());

    let text = common::run(&[
        "--db",
        db.to_str().unwrap(),
        "search",
        "Psittaciformes hybrid",
    ]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("Not found is not proof of not controlled"),
        "{text}"
    );
    assert!(text.contains("[taxon:psittaciformes]"), "{text}");
}

#[test]
fn check_list_reports_every_declared_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = common::fixture_db(dir.path());
    let list = dir.path().join("manifest.txt");
    std::fs::write(
        &list,
        "dichlorodifluoromethane 13.6 kg\n75-45-6\n\nwoven polyester fabric\nR-502, 4 cylinders\n",
    )
    .unwrap();
    let out = common::run(&[
        "--db",
        db.to_str().unwrap(),
        "check-list",
        list.to_str().unwrap(),
        "--json",
    ]);
    let v = json(&out);
    let lines = v.as_array().unwrap();
    assert_eq!(lines.len(), 4, "the empty line is skipped");
    assert_eq!(lines[0]["line"], 1);
    assert_eq!(lines[0]["status"], "controlled");
    assert_eq!(lines[0]["matches"][0]["id"], "chem:cfc-12");
    assert_eq!(lines[1]["status"], "controlled");
    assert_eq!(lines[1]["confidence"], "high");
    assert_eq!(lines[1]["matches"][0]["matched_field"], "cas");
    assert_eq!(lines[2]["line"], 4);
    assert_eq!(lines[2]["status"], "no_match");
    assert!(lines[2]["confidence"].is_null());
    // A blend is controlled through its components, and says which.
    assert_eq!(lines[3]["matches"][0]["id"], "mix:r-502");
    assert_eq!(lines[3]["status"], "controlled");
    assert_eq!(
        lines[3]["matches"][0]["listings"][0]["inherited_from"],
        "chem:hcfc-22"
    );
    for l in lines {
        l["matches"]
            .as_array()
            .unwrap()
            .iter()
            .for_each(assert_hit_shape);
    }

    let csv = common::run(&[
        "--db",
        db.to_str().unwrap(),
        "check-list",
        list.to_str().unwrap(),
        "--csv",
    ]);
    let text = String::from_utf8(csv.stdout).unwrap();
    assert!(text.starts_with("line,declared,status,confidence,"));
    assert!(text.contains("4,woven polyester fabric,no_match,"));

    let missing = common::run(&[
        "--db",
        db.to_str().unwrap(),
        "check-list",
        "/nonexistent/list.txt",
    ]);
    common::assert_clean_error(&missing, "/nonexistent/list.txt");
}

#[test]
fn query_words_may_match_different_names_of_one_entry() {
    let dir = tempfile::tempdir().unwrap();
    let db = common::fixture_db(dir.path());
    // "grey" is in the English title, "erithacus" in the scientific name.
    let v = json(&common::run(&[
        "--db",
        db.to_str().unwrap(),
        "search",
        "grey erithacus",
        "--json",
    ]));
    assert_eq!(v[0]["id"], "taxon:psittacus-erithacus");
    assert_eq!(v[0]["matched_text"], "Grey parrot + Psittacus erithacus");
}
