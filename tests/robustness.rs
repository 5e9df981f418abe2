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

/// A PNG with the given header and a few bytes of (truncated) pixel data.
fn png_header_only(width: u32, height: u32, colour_type: u8) -> Vec<u8> {
    fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let mut crc = flate2::Crc::new();
        crc.update(kind);
        crc.update(data);
        out.extend_from_slice(kind);
        out.extend_from_slice(data);
        out.extend_from_slice(&crc.sum().to_be_bytes());
    }
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, colour_type, 0, 0, 0]);
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(&mut z, &[0u8; 64]).unwrap();
    let idat = z.finish().unwrap();
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    chunk(&mut out, b"IHDR", &ihdr);
    chunk(&mut out, b"IDAT", &idat);
    chunk(&mut out, b"IEND", &[]);
    out
}

/// Found while writing the `image` fuzz seeds: the pixel limit was enforced as a byte budget (4 bytes a pixel),
/// so a one-byte-a-pixel greyscale image of up to 144 million pixels (12,000 x 12,000) was
/// decoded. Now the pixel count is checked from the header, before anything is allocated.
#[test]
fn a_greyscale_image_over_the_pixel_limit_is_refused_from_its_header() {
    use fieldguide::imaging::{MAX_IMAGE_PIXELS, decode_image};
    // 7,000 x 7,000 = 49 million pixels, 49 MB as greyscale: under the old byte budget.
    const { assert!(7_000u64 * 7_000 > MAX_IMAGE_PIXELS) };
    let err = decode_image(&png_header_only(7_000, 7_000, 0)).unwrap_err();
    assert!(err.contains("pixel limit"), "{err}");
    let err = decode_image(&png_header_only(10_000, 10_000, 6)).unwrap_err();
    assert!(err.contains("pixel limit"), "{err}");
    // A small image with the same truncated data fails on its data, not on the limit.
    let err = decode_image(&png_header_only(100, 100, 0)).unwrap_err();
    assert!(!err.contains("pixel limit"), "{err}");
}
