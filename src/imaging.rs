//! Decoding of the images the reference data carries: photos (JPEG, PNG) with size limits, and
//! the project's label drawings (SVG) rendered without touching the file system or network.

use std::sync::{Arc, OnceLock};

/// Largest decoded raster image accepted: a decompression bomb is refused.
pub const MAX_IMAGE_PIXELS: u64 = 40_000_000;

/// Largest SVG document accepted, in bytes.
pub const MAX_SVG_BYTES: usize = 256 * 1024;

/// Side, in pixels, of the square an SVG drawing is rendered into by [`decode_image`].
pub const SVG_RENDER_SIDE: u32 = 512;

/// Whether the bytes are an SVG document (XML whose root element is `svg`).
pub fn is_svg(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(512)];
    let text = String::from_utf8_lossy(head);
    let t = text.trim_start_matches('\u{feff}').trim_start();
    t.starts_with("<svg") || (t.starts_with("<?xml") && t.contains("<svg"))
}

/// Decode an image with limits: a raster photo, or an SVG drawing rendered at
/// [`SVG_RENDER_SIDE`] pixels on its longer side.
pub fn decode_image(bytes: &[u8]) -> Result<image::DynamicImage, String> {
    if is_svg(bytes) {
        return render_svg(bytes, SVG_RENDER_SIDE).map(image::DynamicImage::ImageRgba8);
    }
    let reader = || {
        image::ImageReader::new(std::io::Cursor::new(bytes))
            .with_guessed_format()
            .map_err(|e| e.to_string())
    };
    // The pixel count from the header, before anything is allocated: the byte budget below
    // alone would let a one-byte-a-pixel greyscale image through at four times the limit.
    let (w, h) = reader()?.into_dimensions().map_err(|e| e.to_string())?;
    if u64::from(w) * u64::from(h) > MAX_IMAGE_PIXELS {
        return Err(format!(
            "image of {w} x {h} pixels is larger than the {MAX_IMAGE_PIXELS}-pixel limit"
        ));
    }
    let mut reader = reader()?;
    let mut limits = image::Limits::default();
    limits.max_alloc = Some(MAX_IMAGE_PIXELS * 4);
    limits.max_image_width = Some(12_000);
    limits.max_image_height = Some(12_000);
    reader.limits(limits);
    reader.decode().map_err(|e| e.to_string())
}

/// The fonts SVG text may use: the sans-serif font bundled with the interface, so a drawing looks
/// the same on every machine and no system font directory is read.
fn svg_fonts() -> Arc<resvg::usvg::fontdb::Database> {
    static DB: OnceLock<Arc<resvg::usvg::fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = resvg::usvg::fontdb::Database::new();
        let defs = egui::FontDefinitions::default();
        for name in defs
            .families
            .get(&egui::FontFamily::Proportional)
            .into_iter()
            .flatten()
        {
            if let Some(data) = defs.font_data.get(name) {
                db.load_font_data(data.bytes().to_vec());
            }
        }
        let first = db
            .faces()
            .next()
            .and_then(|f| f.families.first().map(|(n, _)| n.clone()));
        if let Some(family) = first {
            db.set_sans_serif_family(family.clone());
            db.set_serif_family(family);
        }
        Arc::new(db)
    })
    .clone()
}

/// Render an SVG drawing so that its longer side is `side` pixels. External references (files,
/// URLs, embedded images) are ignored.
pub fn render_svg(bytes: &[u8], side: u32) -> Result<image::RgbaImage, String> {
    use resvg::{tiny_skia, usvg};
    if bytes.len() > MAX_SVG_BYTES {
        return Err(format!(
            "SVG drawing of {} bytes is larger than the {MAX_SVG_BYTES}-byte limit",
            bytes.len()
        ));
    }
    let mut opt = usvg::Options {
        fontdb: svg_fonts(),
        ..usvg::Options::default()
    };
    opt.image_href_resolver = usvg::ImageHrefResolver {
        resolve_data: Box::new(|_, _, _| None),
        resolve_string: Box::new(|_, _| None),
    };
    let tree = usvg::Tree::from_data(bytes, &opt).map_err(|e| format!("not a valid SVG: {e}"))?;
    let size = tree.size();
    let longest = size.width().max(size.height());
    if !(longest.is_finite() && longest > 0.0) {
        return Err("SVG drawing has no size".to_owned());
    }
    let scale = side as f32 / longest;
    let w = ((size.width() * scale).round() as u32).clamp(1, side);
    let h = ((size.height() * scale).round() as u32).clamp(1, side);
    let mut pixmap =
        tiny_skia::Pixmap::new(w, h).ok_or_else(|| "SVG drawing has no size".to_owned())?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    let mut rgba = Vec::with_capacity((w * h * 4) as usize);
    for p in pixmap.pixels() {
        let c = p.demultiply();
        rgba.extend_from_slice(&[c.red(), c.green(), c.blue(), c.alpha()]);
    }
    image::RgbaImage::from_raw(w, h, rgba).ok_or_else(|| "SVG rendering failed".to_owned())
}

#[cfg(test)]
mod tests {
    use super::{decode_image, is_svg, render_svg};

    const SQUARE: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 20"><rect width="10" height="10" fill="#f00"/><text x="1" y="18" font-family="sans-serif" font-size="8">2</text></svg>"##;

    #[test]
    fn renders_svg_at_the_asked_size() {
        assert!(is_svg(SQUARE.as_bytes()));
        let img = render_svg(SQUARE.as_bytes(), 100).unwrap();
        assert_eq!((img.width(), img.height()), (50, 100));
        assert_eq!(img.get_pixel(25, 25).0, [255, 0, 0, 255]);
        // The digit is drawn with the bundled font: some dark pixels in the lower half.
        let inked = (50..100).flat_map(|y| (0..50).map(move |x| (x, y)));
        assert!(inked.into_iter().any(|(x, y)| img.get_pixel(x, y).0[3] > 0));
    }

    #[test]
    fn refuses_bad_svg_and_ignores_external_images() {
        assert!(decode_image(b"<svg oops").is_err());
        let external = r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 4 4"><image href="/etc/passwd" width="4" height="4"/></svg>"#;
        let img = render_svg(external.as_bytes(), 8).unwrap();
        assert!(img.pixels().all(|p| p.0[3] == 0));
        let big = format!("<svg>{}</svg>", " ".repeat(super::MAX_SVG_BYTES));
        assert!(decode_image(big.as_bytes()).unwrap_err().contains("limit"));
    }
}
