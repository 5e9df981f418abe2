//! Entry points for the fuzz targets in `fuzz/` and for `tests/fuzz_corpus.rs`: each takes
//! arbitrary bytes, feeds them to one parser or to the search engine, and ignores the result.
//! Errors are expected; only a panic, a hang or unbounded memory is a bug. See docs/FUZZING.md.

use std::sync::OnceLock;

use crate::catalog::Catalog;
use crate::model::{Instrument, IsoDate, Kind, Source};
use crate::search::{Query, SearchIndex, compact, fold};

/// The embedded catalog, opened once (`None` if it cannot be opened, which a test elsewhere
/// would catch; the query target then only folds).
fn catalog() -> Option<&'static Catalog> {
    static CATALOG: OnceLock<Option<Catalog>> = OnceLock::new();
    CATALOG
        .get_or_init(|| Catalog::open(None).ok().map(|(_, c)| c))
        .as_ref()
}

/// Pick an item of `all` from a nibble, or none when the nibble is past the end.
fn pick<T: Copy>(all: &[T], nibble: u8) -> Option<T> {
    all.get(usize::from(nibble)).copied()
}

/// A query: the first byte chooses the kind filter (low nibble), the instrument filter (high
/// nibble) and the limit; the rest is the text, read as UTF-8 (lossy). Runs folding, the
/// ranked search, the covering search and the `show` key resolution.
pub fn query(data: &[u8]) {
    let (first, rest) = match data.split_first() {
        Some((f, r)) => (*f, r),
        None => (0xff, data),
    };
    let text = String::from_utf8_lossy(rest);
    let _ = fold(&text);
    let _ = compact(&text);
    let Some(cat) = catalog() else {
        return;
    };
    let q = Query {
        text: &text,
        kind: pick(Kind::ALL, first & 0x0f),
        instrument: pick(Instrument::ALL, first >> 4),
        limit: 1 + usize::from(first % 50),
    };
    let index: &SearchIndex = &cat.index;
    for hit in index.search(&q) {
        assert!(hit.entry < cat.entries.len(), "hit outside the catalog");
    }
    for hit in index.covering(&q) {
        assert!(hit.entry < cat.entries.len(), "hit outside the catalog");
    }
    let _ = cat.resolve(&text);
}

/// One db source file (`db/sources/*.toml` or `db/photos/*.toml`), validated and linked alone by
/// [`crate::dbbuild::check_text`], the code `db build` runs on every file.
pub fn source_toml(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let _ = crate::dbbuild::check_text("fuzz.toml", &text);
}

fn import_source() -> Source {
    Source {
        id: "fuzz".to_owned(),
        citation: "fuzz input".to_owned(),
        url: None,
        consulted: IsoDate::today(),
    }
}

/// An Index of CITES Species or Species+ CITES listings CSV export, through
/// [`crate::import::checklist::parse`] and then the taxonomy's inheritance pass, as
/// `fieldguide import checklist` runs them.
pub fn checklist_csv(data: &[u8]) {
    if let Ok(mut rows) = crate::import::checklist::parse(data, &import_source()) {
        let _ = crate::dbbuild::reinherit(&mut rows.entries);
    }
}

/// A photo library manifest, through [`crate::import::photos::parse_manifest`] (parsing and
/// validation; no image file is looked up).
pub fn photo_manifest(data: &[u8]) {
    let _ = crate::import::photos::parse_manifest(data, "fuzz.csv");
}

/// An image file (PNG, JPEG or SVG) through [`crate::imaging::decode_image`], with its limits.
pub fn image(data: &[u8]) {
    let _ = crate::imaging::decode_image(data);
}

/// A trainer's lesson file through [`crate::lessons::from_file`] (format, version, names, entry
/// ids, notes, duplicates), then back to a file and read again: what was accepted must round-trip.
pub fn lesson(data: &[u8]) {
    if let Ok(lessons) = crate::lessons::from_file(data)
        && let Ok(text) = crate::lessons::to_file(&lessons)
    {
        let again = crate::lessons::from_file(text.as_bytes()).ok();
        assert_eq!(
            again.as_ref(),
            Some(&lessons),
            "a lesson file did not round-trip"
        );
    }
}

/// A signed data pack's bytes: the framing and manifest parser, then full verification against
/// a fixed trusted key (so the signature, schema, hash and database checks are reached when the
/// input is close to a real pack); and the same bytes as a `trusted-keys.txt`.
pub fn pack(data: &[u8]) {
    use crate::pack::{format, keys, verify_bytes};
    if let Ok(raw) = format::split(data) {
        let _ = format::parse_manifest(raw.manifest);
    }
    let trusted = keys::parse_trusted(
        "6Fk9X6lU5La2oAT9v2BMXsW4lx31wuUPNRty0szDSpE= fuzz key\n",
        std::path::Path::new("trusted-keys.txt"),
    )
    .unwrap_or_default();
    let _ = verify_bytes(data.to_vec(), &trusted);
    let _ = keys::parse_trusted(
        &String::from_utf8_lossy(data),
        std::path::Path::new("trusted-keys.txt"),
    );
}
