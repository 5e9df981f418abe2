//! Printable handouts: an entry or a whole lesson as one self-contained HTML page (images embedded
//! as data URIs, no scripts, no external links loaded), for class or for a post's wall.

use base64::Engine;

use crate::app::entry_view::identifier_rows;
use crate::app::i18n::{Lang, Tr, part_key};
use crate::app::widgets::{in_force_text, listing_source_text, meaning_key};
use crate::catalog::Catalog;
use crate::error::Result;
use crate::lessons::Lesson;
use crate::model::Entry;
use crate::store::Store;

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn image_tag(store: &Store, id: i64, alt: &str) -> String {
    let Ok(bytes) = store.image_bytes(id) else {
        return String::new();
    };
    let mime = if crate::imaging::is_svg(&bytes) {
        "image/svg+xml"
    } else if bytes.starts_with(&[0x89, b'P', b'N', b'G']) {
        "image/png"
    } else {
        "image/jpeg"
    };
    format!(
        "<img src=\"data:{mime};base64,{}\" alt=\"{}\">",
        base64::engine::general_purpose::STANDARD.encode(&bytes),
        esc(alt)
    )
}

fn entry_html(store: &Store, catalog: &Catalog, tr: &Tr, e: &Entry, note: Option<&str>) -> String {
    let mut h = String::new();
    h.push_str(&format!("<section>\n<h2>{}</h2>\n", esc(&e.title)));
    if let Some(n) = note {
        h.push_str(&format!("<p class=\"note\">{}</p>\n", esc(n)));
    }
    if e.listings.is_empty() {
        if e.kind != crate::model::Kind::Label {
            h.push_str(&format!(
                "<p class=\"verdict none\">{}</p>\n",
                esc(tr.get("verdict-not-listed"))
            ));
        }
    } else {
        h.push_str(&format!(
            "<p class=\"verdict\">{}</p>\n<ul>\n",
            esc(tr.get("verdict-controlled"))
        ));
        for l in &e.listings {
            let as_of = catalog
                .instruments
                .iter()
                .find(|i| i.id == l.instrument)
                .and_then(|i| i.valid_as_of.as_ref())
                .map(|d| format!(" ({})", tr.fmt("valid-as-of", &[("date", d.as_str())])))
                .unwrap_or_default();
            let when = in_force_text(tr, l);
            let per = catalog
                .listing_source(l)
                .map(|s| format!(" {}", listing_source_text(tr, s)))
                .unwrap_or_default();
            h.push_str(&format!(
                "<li><b>{} {}</b>{} — {} <small>({}.{})</small></li>\n",
                esc(l.instrument.short_name()),
                esc(&l.instrument.list_label(&l.list)),
                esc(&as_of),
                esc(tr.get(&meaning_key(l))),
                esc(&when),
                esc(&per)
            ));
        }
        h.push_str("</ul>\n");
    }
    let mut pics = String::new();
    if let Some(id) = e.label.as_ref().and_then(|l| l.image) {
        pics.push_str(&format!(
            "<figure>{}</figure>",
            image_tag(store, id, &e.title)
        ));
    }
    for p in &e.photos {
        pics.push_str(&format!(
            "<figure>{}<figcaption>{} — {}</figcaption></figure>",
            image_tag(store, p.image, &p.caption),
            esc(&p.caption),
            esc(&tr.fmt(
                "photo-credit",
                &[("credit", &p.credit), ("licence", &p.licence)]
            ))
        ));
    }
    if !pics.is_empty() {
        h.push_str(&format!("<div class=\"pics\">{pics}</div>\n"));
    }
    if let Some(label) = &e.label {
        h.push_str(&format!(
            "<p>{}</p>\n<p><b>{}</b> {}</p>\n",
            esc(&label.meaning),
            esc(tr.get("label-how-to-read")),
            esc(&label.how_to_read)
        ));
    }
    if e.safety.is_some() || !e.hazards.is_empty() {
        h.push_str(&format!(
            "<div class=\"safety\"><b>⚠ {}</b>",
            esc(tr.get("section-safety"))
        ));
        if let Some(s) = &e.safety {
            h.push_str(&format!(" {}", esc(s)));
        }
        if !e.hazards.is_empty() {
            h.push_str(&format!(" ({})", esc(&e.hazards.join("; "))));
        }
        h.push_str("</div>\n");
    }
    let list = |title: &str, items: &[String]| {
        if items.is_empty() {
            return String::new();
        }
        let lis: String = items
            .iter()
            .map(|i| format!("<li>{}</li>", esc(i)))
            .collect();
        format!("<h3>{}</h3><ul>{lis}</ul>\n", esc(title))
    };
    h.push_str(&list(tr.get("section-checks"), &e.checks));
    h.push_str(&list(tr.get("section-red-flags"), &e.red_flags));
    // Parts in trade and look-alikes: the entry's own, then each higher taxon's, whose title then
    // heads its list.
    let titled = |key: &str, owner: &Entry| {
        if owner.id == e.id {
            tr.get(key).to_owned()
        } else {
            format!(
                "{} — {}",
                tr.get(key),
                tr.fmt("trade-from-group", &[("group", &owner.title)])
            )
        }
    };
    for owner in catalog.lineage(e, |x| !x.products.is_empty()) {
        let products: Vec<String> = owner
            .products
            .iter()
            .map(|p| format!("{}: {}", tr.get(&part_key(p.part)), p.recognise))
            .collect();
        h.push_str(&list(&titled("section-products", owner), &products));
    }
    for owner in catalog.lineage(e, |x| !x.lookalikes.is_empty()) {
        let lookalikes: Vec<String> = owner
            .lookalikes
            .iter()
            .map(|l| format!("{}: {}", l.name, l.tell_apart))
            .collect();
        h.push_str(&list(&titled("section-lookalikes", owner), &lookalikes));
    }
    let ids: Vec<String> = identifier_rows(tr, e)
        .into_iter()
        .map(|(label, value)| format!("{label}: {value}"))
        .collect();
    h.push_str(&list(tr.get("section-identifiers"), &ids));
    let sources: Vec<String> = e
        .sources
        .iter()
        .map(|s| {
            format!(
                "{} ({})",
                s.citation,
                tr.fmt("source-consulted", &[("date", s.consulted.as_str())])
            )
        })
        .collect();
    if !sources.is_empty() {
        let lis: String = sources
            .iter()
            .map(|i| format!("<li>{}</li>", esc(i)))
            .collect();
        h.push_str(&format!(
            "<details><summary>{}</summary><ul class=\"sources\">{lis}</ul></details>\n",
            esc(tr.get("section-sources"))
        ));
    }
    h.push_str("</section>\n");
    h
}

const STYLE: &str = "body{font-family:sans-serif;max-width:50em;margin:1em auto;color:#000}\
section{page-break-inside:avoid;border-top:2px solid #000;padding:.5em 0}\
.verdict{font-weight:bold;background:#c00;color:#fff;padding:.3em .6em}\
.verdict.none{background:#999;color:#000}.safety{border:2px solid #c50;padding:.4em}\
.note{font-style:italic;background:#ffd;padding:.3em}.pics{display:flex;flex-wrap:wrap;gap:1em}\
figure{margin:0;max-width:16em}img{max-width:16em;max-height:14em}figcaption{font-size:.8em}\
.sources{font-size:.8em}@media print{details{display:block}}";

fn page(title: &str, body: &str, catalog: &Catalog) -> String {
    format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">\
         <title>{t}</title><style>{STYLE}</style></head>\n<body>\n<h1>{t}</h1>\n\
         <p>Green Customs Field Guide · data {v}</p>\n{body}</body></html>\n",
        t = esc(title),
        v = esc(&catalog.data_version),
    )
}

/// One entry as a page.
pub fn entry_page(store: &Store, catalog: &Catalog, lang: Lang, e: &Entry) -> String {
    let tr = Tr::new(lang);
    page(&e.title, &entry_html(store, catalog, &tr, e, None), catalog)
}

/// A lesson as a page: every entry in order with the trainer's notes. Entries the data does not
/// hold are listed as missing.
pub fn lesson_page(
    store: &Store,
    catalog: &Catalog,
    lang: Lang,
    lesson: &Lesson,
) -> Result<String> {
    let tr = Tr::new(lang);
    let mut body = String::new();
    for item in &lesson.items {
        match catalog.get(&item.entry) {
            Some(e) => body.push_str(&entry_html(store, catalog, &tr, e, item.note.as_deref())),
            None => body.push_str(&format!(
                "<section><p>{} — not in this data</p></section>\n",
                esc(item.entry.as_str())
            )),
        }
    }
    Ok(page(&lesson.name, &body, catalog))
}

#[cfg(test)]
mod tests {
    use super::esc;

    #[test]
    fn escapes_html() {
        assert_eq!(
            esc("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
