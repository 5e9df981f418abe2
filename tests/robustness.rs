//! Hostile and odd input never panics: every parser and the search engine over every printable
//! character, random strings, huge queries, control characters and SQL fragments.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use fieldguide::catalog::Catalog;
use fieldguide::model::{
    Cas, EcNumber, EntryId, Formula, HsCode, IsoDate, LangTag, RefrigerantNumber, UnNumber,
};
use fieldguide::search::Query;

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn string(&mut self, alphabet: &[char], max_len: usize) -> String {
        let len = (self.next() % (max_len as u64 + 1)) as usize;
        (0..len)
            .map(|_| alphabet[(self.next() % alphabet.len() as u64) as usize])
            .collect()
    }
}

fn parse_everything(s: &str) {
    let _ = s.parse::<Cas>();
    let _ = s.parse::<EcNumber>();
    let _ = s.parse::<UnNumber>();
    let _ = s.parse::<HsCode>();
    let _ = s.parse::<RefrigerantNumber>();
    let _ = RefrigerantNumber::parse_loose(s);
    let _ = s.parse::<Formula>();
    let _ = Formula::hill_of_text(s);
    let _ = s.parse::<EntryId>();
    let _ = s.parse::<LangTag>();
    let _ = s.parse::<IsoDate>();
}

fn catalog() -> Catalog {
    Catalog::open(None).unwrap().1
}

fn search(c: &Catalog, text: &str) {
    let hits = c.index.search(&Query {
        text,
        kind: None,
        instrument: None,
        limit: 20,
    });
    assert!(hits.len() <= 20);
}

#[test]
fn every_single_printable_character() {
    let c = catalog();
    for code in 0x20u32..0x3000 {
        if let Some(ch) = char::from_u32(code) {
            let s = ch.to_string();
            parse_everything(&s);
            search(&c, &s);
        }
    }
}

#[test]
fn odd_and_hostile_queries() {
    let c = catalog();
    let long = "a".repeat(10_000);
    let long_cjk = "穿山甲".repeat(3_000);
    for q in [
        "",
        " ",
        "\u{0}\u{1}\u{7f}\t\r\n",
        "'; DROP TABLE entry; --",
        "\" OR 1=1 --",
        "%_*?[]",
        "🦜🐘💊",
        "R-",
        "UN",
        "2903.",
        "75--71-8",
        "(((((((((((((",
        "C999999999",
        "Hg0.5",
        long.as_str(),
        long_cjk.as_str(),
        "\u{202e}evil",
        "ﬁ ﬂ Å Ω",
    ] {
        parse_everything(q);
        search(&c, q);
    }
}

#[test]
fn thousands_of_random_strings() {
    let c = catalog();
    let alphabet: Vec<char> = "aAbBcClLfFhHrRuUnN0123456789-.,()[]·' éüαβγ穿山甲Хлад\u{0}\u{fffd}"
        .chars()
        .collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..5_000 {
        let s = rng.string(&alphabet, 24);
        parse_everything(&s);
        search(&c, &s);
    }
}
