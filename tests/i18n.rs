//! Every translation file is complete, consistent with English, and actually translated; every
//! message the interface asks for exists.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;

use fieldguide::app::i18n::{Lang, parse, placeholders};
use fieldguide::model::Instrument;

fn keys(lang: Lang) -> Vec<(String, String)> {
    parse(lang.source()).unwrap_or_else(|p| panic!("{}.ftl:{}: {}", lang.code(), p.line, p.problem))
}

#[test]
fn every_file_has_every_key_with_the_same_placeholders() {
    let en = keys(Lang::En);
    for lang in Lang::ALL {
        let other = keys(lang);
        let want: Vec<&str> = en.iter().map(|(k, _)| k.as_str()).collect();
        let got: Vec<&str> = other.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(got, want, "{}.ftl keys differ from en.ftl", lang.code());
        for ((k, e), (_, t)) in en.iter().zip(&other) {
            assert_eq!(placeholders(t), placeholders(e), "{}.ftl {k}", lang.code());
            assert!(!t.is_empty(), "{}.ftl {k} is empty", lang.code());
        }
    }
}

#[test]
fn other_languages_are_translated_not_copied() {
    let en = keys(Lang::En);
    for lang in [Lang::Fr, Lang::Es, Lang::Zh, Lang::Ru] {
        let other = keys(lang);
        let same = en
            .iter()
            .zip(&other)
            .filter(|((_, e), (_, t))| e == t)
            .count();
        // Codes and symbols (ODP, GWP, CAS RN, kg …) may stay as they are; sentences may not.
        assert!(
            same * 10 < en.len(),
            "{}.ftl: {same} of {} messages are identical to English",
            lang.code(),
            en.len()
        );
    }
}

/// Message keys written literally in the app's source.
fn keys_used_in_source() -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    for entry in std::fs::read_dir("src/app").unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for call in ["get(\"", "fmt(\""] {
            for piece in text.split(call).skip(1) {
                let key: String = piece.chars().take_while(|c| *c != '"').collect();
                let is_key = !key.is_empty()
                    && key
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                if is_key && key != "no-such-key" {
                    used.insert(key);
                }
            }
        }
    }
    used
}

#[test]
fn every_message_the_interface_uses_exists() {
    let en: BTreeSet<String> = keys(Lang::En).into_iter().map(|(k, _)| k).collect();
    let used = keys_used_in_source();
    assert!(used.len() > 50, "found only {} keys in src/app", used.len());
    let missing: Vec<&String> = used.difference(&en).collect();
    assert!(missing.is_empty(), "missing from en.ftl: {missing:?}");
    // Keys built at run time.
    let mut built = vec![];
    for i in Instrument::ALL {
        for l in i.lists() {
            built.push(format!("meaning-{}-{}", i.as_str(), l.to_ascii_lowercase()));
        }
    }
    for k in fieldguide::model::Kind::ALL {
        built.push(format!("kind-{}", k.as_str()));
    }
    for r in fieldguide::model::Rank::ALL {
        built.push(format!("rank-{}", r.as_str()));
    }
    for r in fieldguide::model::NameRole::ALL {
        built.push(format!("role-{}", r.as_str()));
    }
    for p in fieldguide::model::Part::ALL {
        built.push(format!("part-{}", p.as_str().replace(' ', "-")));
    }
    for f in fieldguide::model::PhysicalForm::ALL {
        built.push(format!("form-{}", f.as_str().replace(' ', "-")));
    }
    for f in ["cas", "ec", "un", "hs", "refrigerant", "formula", "product"] {
        built.push(format!("field-{f}"));
    }
    for k in built {
        assert!(en.contains(&k), "missing from en.ftl: {k}");
    }
}
