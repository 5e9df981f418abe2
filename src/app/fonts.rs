//! Chinese glyphs come from a CJK-capable font already on the system (the bundled fonts cover
//! Latin, Greek and Cyrillic only). The font is read on a background thread so the first frame
//! is not delayed; until it arrives, or when none is found, Chinese text shows as boxes and
//! Settings says why.

use std::path::{Path, PathBuf};

use egui::{FontData, FontFamily, FontInsert, FontPriority, InsertFontFamily};

/// Where CJK fonts live on common systems, best first, with the face index to use (the Simplified
/// Chinese face of a collection).
const CANDIDATES: [(&str, u32); 14] = [
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    ("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", 2),
    (
        "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
        2,
    ),
    ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    (
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
        0,
    ),
    ("/usr/share/fonts/truetype/droid/DroidSansFallback.ttf", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    (
        "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
        0,
    ),
    ("C:\\Windows\\Fonts\\msyh.ttc", 0),
    ("C:\\Windows\\Fonts\\simsun.ttc", 0),
    ("/System/Library/Fonts/PingFang.ttc", 0),
    ("/System/Library/Fonts/STHeiti Light.ttc", 0),
    ("/Library/Fonts/Arial Unicode.ttf", 0),
];

/// Largest font file read (collections are about 20–30 MB).
const MAX_FONT_BYTES: u64 = 64 * 1024 * 1024;

/// What happened to the CJK font.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CjkFont {
    /// Still being read.
    Loading,
    /// Loaded from this file.
    Loaded(PathBuf),
    /// None of the known files exists or could be read.
    Missing,
}

/// A font file found and read.
pub struct Found {
    path: PathBuf,
    bytes: Vec<u8>,
    index: u32,
}

/// The first readable CJK font among the known locations, or the file named by
/// `FIELDGUIDE_CJK_FONT`.
pub fn find() -> Option<Found> {
    let env = std::env::var_os("FIELDGUIDE_CJK_FONT").map(|p| (PathBuf::from(p), 0));
    let known = CANDIDATES.iter().map(|(p, i)| (PathBuf::from(p), *i));
    env.into_iter().chain(known).find_map(|(path, index)| {
        let bytes = read_limited(&path)?;
        Some(Found { path, bytes, index })
    })
}

fn read_limited(path: &Path) -> Option<Vec<u8>> {
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_file() || meta.len() > MAX_FONT_BYTES {
        return None;
    }
    let bytes = std::fs::read(path).ok()?;
    // A font starts with a known tag; anything else is not one.
    let tag = bytes.get(..4)?;
    let is_font = matches!(tag, b"ttcf" | b"OTTO" | b"true" | [0, 1, 0, 0]);
    is_font.then_some(bytes)
}

/// Install a found font as the last fallback of both families; returns its status.
pub fn install(ctx: &egui::Context, found: Option<Found>) -> CjkFont {
    let Some(f) = found else {
        return CjkFont::Missing;
    };
    let mut data = FontData::from_owned(f.bytes);
    data.index = f.index;
    ctx.add_font(FontInsert::new(
        "cjk-fallback",
        data,
        vec![
            InsertFontFamily {
                family: FontFamily::Proportional,
                priority: FontPriority::Lowest,
            },
            InsertFontFamily {
                family: FontFamily::Monospace,
                priority: FontPriority::Lowest,
            },
        ],
    ));
    CjkFont::Loaded(f.path)
}
