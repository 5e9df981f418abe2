//! One entry, in the order an officer needs it: the verdict (controlled or not, under which list,
//! what that means at the border), safety, what to check, red flags, pictures, then identifiers,
//! composition, related entries, names in every language, and sources.

use egui::{Color32, RichText};

use crate::app::i18n::{Lang, Tr};
use crate::app::i18n::{form_key, part_key};
use crate::app::images::{ImageState, Images};
use crate::app::relations::Relations;
use crate::app::theme::{Severity, severity};
use crate::app::widgets::{
    Action, badge, copy_row, in_force_text, list_title, listing_badge, listing_source_text,
    meaning_key, role_key, section,
};
use crate::catalog::Catalog;
use crate::model::{Entry, Kind, Odp};

/// Everything a view reads, and where it leaves its actions.
pub struct View<'a> {
    /// Interface text.
    pub tr: &'a Tr,
    /// The reference data.
    pub catalog: &'a Catalog,
    /// Reverse links.
    pub relations: &'a Relations,
    /// Textures.
    pub images: &'a mut Images,
    /// Actions for the app to apply after drawing.
    pub actions: &'a mut Vec<Action>,
    /// Names of the trainer's own lessons, for "add to lesson".
    pub lessons: &'a [crate::lessons::Lesson],
    /// The officer's notes on entries (edited in place).
    pub notes: &'a mut std::collections::HashMap<crate::model::EntryId, String>,
    /// Entries whose note was edited and should be saved.
    pub notes_changed: &'a mut Vec<crate::model::EntryId>,
}

impl View<'_> {
    fn link(&mut self, ui: &mut egui::Ui, entry: usize) {
        let e = &self.catalog.entries[entry];
        if ui.link(&e.title).clicked() {
            self.actions.push(Action::Open(entry));
        }
    }

    fn link_id(&mut self, ui: &mut egui::Ui, id: &crate::model::EntryId) {
        match self.catalog.position(id) {
            Some(p) => self.link(ui, p),
            None => {
                ui.label(id.as_str());
            }
        }
    }
}

/// Draw the entry at `index`.
pub fn show(ui: &mut egui::Ui, v: &mut View<'_>, index: usize, favourite: bool) {
    let e = &v.catalog.entries[index];
    let tr = v.tr;
    ui.horizontal_wrapped(|ui| {
        let star = if favourite { "★" } else { "☆" };
        let hint = if favourite {
            tr.get("favourite-remove")
        } else {
            tr.get("favourite-add")
        };
        if ui.button(star).on_hover_text(hint).clicked() {
            v.actions.push(Action::ToggleFavourite(index));
        }
        ui.heading(RichText::new(&e.title).strong());
        let kind = match e.rank {
            Some(r) => format!("rank-{}", r.as_str()),
            None => format!("kind-{}", e.kind.as_str()),
        };
        ui.label(RichText::new(tr.get(&kind)).weak());
        if !v.lessons.is_empty() {
            ui.menu_button(tr.get("add-to-lesson"), |ui| {
                for lesson in v.lessons {
                    if ui.button(&lesson.name).clicked() {
                        v.actions
                            .push(Action::AddToLesson(index, lesson.name.clone()));
                    }
                }
            });
        }
    });
    if let Some(local) = local_name(e, tr.lang()) {
        ui.label(RichText::new(local).italics());
    }
    // A label is not itself controlled: it has no verdict, and its meaning comes first.
    if e.kind != Kind::Label {
        verdict(ui, v, e);
    }
    safety(ui, tr, e);
    // Pictures before the text that follows, so a photo or label is on screen without scrolling.
    pictures(ui, v, e);
    if let Some(label) = &e.label {
        section(ui, tr.get("section-label"));
        ui.label(&label.meaning);
        ui.label(RichText::new(tr.get("label-how-to-read")).strong());
        ui.label(&label.how_to_read);
    }
    bullets(ui, tr.get("section-checks"), &checks(tr, e));
    bullets(ui, tr.get("section-red-flags"), &e.red_flags);
    trade(ui, tr, v.catalog, e);
    my_note(ui, v, index);
    if let Some(s) = &e.summary {
        section(ui, tr.get("section-summary"));
        ui.label(s);
    }
    identifiers(ui, tr, e);
    composition(ui, v, e);
    related(ui, v, index);
    names(ui, tr, e);
    if let Some(n) = &e.note {
        section(ui, tr.get("section-note"));
        ui.label(RichText::new(n).italics());
    }
    sources(ui, tr, e);
}

fn my_note(ui: &mut egui::Ui, v: &mut View<'_>, index: usize) {
    let id = v.catalog.entries[index].id.clone();
    ui.add_space(8.0);
    let label = ui.label(
        RichText::new(v.tr.get("section-my-note"))
            .strong()
            .size(18.0),
    );
    let text = v.notes.entry(id.clone()).or_default();
    let r = ui
        .add(
            egui::TextEdit::multiline(text)
                .desired_rows(2)
                .desired_width(f32::INFINITY)
                .hint_text(v.tr.get("my-note-hint")),
        )
        .labelled_by(label.id);
    // Saved as typed (one small write on the writer thread), so leaving the screen loses nothing.
    if r.changed() {
        v.notes_changed.push(id);
    }
}

/// The entry's preferred or common name in the interface language, when it differs from the title.
pub fn local_name(e: &Entry, lang: Lang) -> Option<&str> {
    if lang == Lang::En {
        return None;
    }
    use crate::model::NameRole::*;
    [Preferred, Common, Synonym].into_iter().find_map(|role| {
        e.names
            .iter()
            .find(|n| n.role == role && lang.matches_tag(n.lang.as_str()) && n.text != e.title)
            .map(|n| n.text.as_str())
    })
}

fn verdict(ui: &mut egui::Ui, v: &mut View<'_>, e: &Entry) {
    let tr = v.tr;
    let index = v.catalog.position(&e.id).unwrap_or(0);
    let members = v
        .relations
        .listed_members(index)
        .filter(|_| e.listings.is_empty());
    let worst = crate::model::strictest(&e.listings)
        .or(members.map(|m| m.1))
        .unwrap_or(Severity::None);
    let (fill, fg) = worst.colours();
    let headline = if !e.listings.is_empty() {
        tr.get("verdict-controlled")
    } else if members.is_some() {
        tr.get("verdict-members")
    } else {
        tr.get("verdict-not-listed")
    };
    egui::Frame::new()
        .fill(fill)
        .corner_radius(6.0)
        .inner_margin(egui::Margin::same(10))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(headline).color(fg).strong().size(20.0));
            if let Some((n, _, strictest)) = members {
                let text = tr.fmt(
                    "verdict-members-note",
                    &[("n", &n.to_string()), ("listing", strictest)],
                );
                ui.label(RichText::new(text).color(fg));
            } else if e.listings.is_empty() {
                ui.label(RichText::new(tr.get("verdict-not-listed-note")).color(fg));
            }
        });
    for l in &e.listings {
        ui.horizontal_wrapped(|ui| {
            listing_badge(ui, l).on_hover_text(tr.get(&meaning_key(l)));
            let name = v.catalog.instruments.iter().find(|i| i.id == l.instrument);
            let mut title = list_title(tr, l.instrument, &l.list);
            if let Some(g) = &l.group {
                title.push_str(&format!(", {g}"));
            }
            ui.label(RichText::new(title).strong());
            if let Some(date) = name.and_then(|i| i.valid_as_of.as_ref()) {
                ui.label(RichText::new(tr.fmt("valid-as-of", &[("date", date.as_str())])).weak());
            } else {
                ui.label(RichText::new(tr.get("valid-as-of-unknown")).weak());
            }
        });
        ui.label(tr.get(&meaning_key(l)));
        if let Some(a) = &l.annotation {
            ui.label(RichText::new(a).italics());
        }
        if let Some(from) = &l.inherited_from {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(tr.get("listing-inherited")).weak());
                v.link_id(ui, from);
            });
        }
        ui.label(RichText::new(in_force_text(tr, l)).weak());
        if let Some(s) = v.catalog.listing_source(l) {
            ui.label(RichText::new(listing_source_text(tr, s)).weak().size(12.0))
                .on_hover_text(&s.citation);
        }
        ui.add_space(4.0);
    }
    for x in &e.exclusions {
        ui.label(
            RichText::new(tr.fmt(
                "listing-excluded",
                &[("instrument", x.instrument.short_name())],
            ))
            .strong(),
        );
        if let Some(n) = &x.note {
            ui.label(n);
        }
    }
}

fn safety(ui: &mut egui::Ui, tr: &Tr, e: &Entry) {
    if e.safety.is_none() && e.hazards.is_empty() {
        return;
    }
    egui::Frame::new()
        .stroke(egui::Stroke::new(2.0, Color32::from_rgb(200, 80, 0)))
        .corner_radius(6.0)
        .inner_margin(egui::Margin::same(8))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(format!("⚠ {}", tr.get("section-safety"))).strong());
            if let Some(s) = &e.safety {
                ui.label(RichText::new(s).strong());
            }
            for h in &e.hazards {
                ui.label(format!("• {h}"));
            }
        });
}

fn checks(tr: &Tr, e: &Entry) -> Vec<String> {
    let mut out = e.checks.clone();
    if !e.hs.is_empty() {
        let codes: Vec<String> = e.hs.iter().map(|h| h.to_string()).collect();
        out.push(tr.fmt("check-hs", &[("codes", &codes.join(", "))]));
    }
    if e.listings
        .iter()
        .any(|l| l.instrument == crate::model::Instrument::Cites)
    {
        out.push(tr.get("check-cites-permit").to_owned());
    }
    out
}

/// The parts and products it is traded as, and what can be mistaken for it: its own, then those
/// of each higher taxon that has some, each group introduced as applying to every member.
fn trade(ui: &mut egui::Ui, tr: &Tr, catalog: &Catalog, e: &Entry) {
    let from_group = |ui: &mut egui::Ui, owner: &Entry| {
        if owner.id != e.id {
            ui.label(
                RichText::new(tr.fmt("trade-from-group", &[("group", &owner.title)])).italics(),
            );
        }
    };
    let owners = catalog.lineage(e, |x| !x.products.is_empty());
    if !owners.is_empty() {
        section(ui, tr.get("section-products"));
    }
    for owner in owners {
        from_group(ui, owner);
        for p in &owner.products {
            ui.label(RichText::new(tr.get(&part_key(p.part))).strong());
            ui.label(&p.recognise);
        }
    }
    let owners = catalog.lineage(e, |x| !x.lookalikes.is_empty());
    if !owners.is_empty() {
        section(ui, tr.get("section-lookalikes"));
    }
    for owner in owners {
        from_group(ui, owner);
        for l in &owner.lookalikes {
            ui.label(RichText::new(&l.name).strong());
            ui.label(&l.tell_apart);
        }
    }
}

fn bullets(ui: &mut egui::Ui, title: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    section(ui, title);
    for item in items {
        ui.label(format!("• {item}"));
    }
}

fn pictures(ui: &mut egui::Ui, v: &mut View<'_>, e: &Entry) {
    let label_image = e.label.as_ref().and_then(|l| l.image);
    if e.photos.is_empty() && label_image.is_none() {
        return;
    }
    let tr = v.tr;
    section(ui, tr.get("section-pictures"));
    ui.horizontal_wrapped(|ui| {
        if let Some(id) = label_image {
            thumbnail(ui, v, id, &e.title, None);
        }
        for p in &e.photos {
            let credit = tr.fmt(
                "photo-credit",
                &[("credit", &p.credit), ("licence", &p.licence)],
            );
            thumbnail(ui, v, p.image, &p.caption, Some(&credit));
        }
    });
}

fn thumbnail(ui: &mut egui::Ui, v: &mut View<'_>, id: i64, caption: &str, credit: Option<&str>) {
    let tr = v.tr;
    ui.vertical(|ui| {
        ui.set_max_width(220.0);
        match v.images.get(id) {
            ImageState::Ready(tex) => {
                let r = ui
                    .add(
                        egui::Image::new(tex)
                            .max_size(egui::vec2(220.0, 180.0))
                            .sense(egui::Sense::click()),
                    )
                    .on_hover_text(tr.get("picture-enlarge"));
                if r.clicked() {
                    v.actions.push(Action::Enlarge {
                        image: id,
                        caption: caption.to_owned(),
                    });
                }
            }
            ImageState::Pending => {
                ui.spinner();
            }
            ImageState::Failed(why) => {
                ui.label(RichText::new(tr.fmt("picture-failed", &[("why", why)])).weak());
            }
        }
        ui.label(RichText::new(caption).size(13.0));
        if let Some(c) = credit {
            ui.label(RichText::new(c).weak().size(12.0));
        }
    });
}

/// An entry's identifiers as (label, value) rows, in the interface language: CAS, EC, UN with
/// shipping name and class, HS, refrigerant number, safety group, formula, ODP, GWP, form,
/// scientific name. Shared by the entry view and handouts.
pub fn identifier_rows(tr: &Tr, e: &Entry) -> Vec<(String, String)> {
    let mut rows: Vec<(String, String)> = Vec::new();
    let join = |v: Vec<&str>| v.join(", ");
    if !e.cas.is_empty() {
        rows.push((
            tr.get("field-cas").into(),
            join(e.cas.iter().map(|c| c.as_str()).collect()),
        ));
    }
    if !e.ec.is_empty() {
        rows.push((
            tr.get("field-ec").into(),
            join(e.ec.iter().map(|c| c.as_str()).collect()),
        ));
    }
    for u in &e.un {
        let mut t = u.number.to_string();
        if let Some(n) = &u.shipping_name {
            t.push_str(&format!(" — {n}"));
        }
        if let Some(c) = &u.class {
            t.push_str(&format!(" ({} {c})", tr.get("un-class")));
        }
        rows.push((tr.get("field-un").into(), t));
    }
    if !e.hs.is_empty() {
        let hs: Vec<String> = e.hs.iter().map(|c| c.to_string()).collect();
        rows.push((tr.get("field-hs").into(), hs.join(", ")));
    }
    if let Some(r) = &e.refrigerant {
        rows.push((tr.get("field-refrigerant").into(), r.as_str().to_owned()));
    }
    if let Some(s) = &e.safety_class {
        rows.push((tr.get("field-safety-class").into(), s.clone()));
    }
    if let Some(f) = &e.formula {
        rows.push((tr.get("field-formula").into(), f.as_str().to_owned()));
    }
    if let Some(o) = e.odp {
        let t = match o {
            Odp::Value(v) => format!("{v}"),
            Odp::Range(a, b) => format!("{a}–{b}"),
        };
        rows.push((tr.get("field-odp").into(), t));
    }
    if let Some(g) = e.gwp100 {
        rows.push((tr.get("field-gwp").into(), format!("{g}")));
    }
    if let Some(p) = e.physical_form {
        rows.push((tr.get("field-form").into(), tr.get(&form_key(p)).to_owned()));
    }
    if let Some(sci) = e.scientific_name().filter(|_| e.kind == Kind::Taxon) {
        rows.push((tr.get("field-scientific").into(), sci.to_owned()));
    }
    rows
}

fn identifiers(ui: &mut egui::Ui, tr: &Tr, e: &Entry) {
    let rows = identifier_rows(tr, e);
    if rows.is_empty() {
        return;
    }
    section(ui, tr.get("section-identifiers"));
    for (label, value) in rows {
        copy_row(ui, tr, &label, &value);
    }
}

fn composition(ui: &mut egui::Ui, v: &mut View<'_>, e: &Entry) {
    if e.components.is_empty() {
        return;
    }
    section(ui, v.tr.get("section-composition"));
    for c in &e.components {
        ui.horizontal_wrapped(|ui| {
            ui.label(format!("{:.1} %", c.mass_pct));
            v.link_id(ui, &c.entry);
            if let Some(comp) = v.catalog.get(&c.entry) {
                for l in &comp.listings {
                    listing_badge(ui, l);
                }
            }
        });
    }
}

/// How many linked entries a related list shows before "and N more".
const RELATED_SHOWN: usize = 40;

fn related(ui: &mut egui::Ui, v: &mut View<'_>, index: usize) {
    let e = &v.catalog.entries[index];
    let tr = v.tr;
    let parents: Vec<usize> = {
        let mut out = Vec::new();
        let mut at = e.parent.as_ref().and_then(|p| v.catalog.position(p));
        while let Some(p) = at {
            if out.contains(&p) || out.len() > 30 {
                break;
            }
            out.push(p);
            at = v.catalog.entries[p]
                .parent
                .as_ref()
                .and_then(|q| v.catalog.position(q));
        }
        out
    };
    let label_links: Vec<usize> = e
        .label
        .iter()
        .flat_map(|l| &l.links)
        .filter_map(|id| v.catalog.position(id))
        .collect();
    let groups: [(&str, Vec<usize>); 5] = [
        ("related-parents", parents),
        ("related-members", v.relations.children(index).to_vec()),
        ("related-used-in", v.relations.used_in(index).to_vec()),
        ("related-labels", v.relations.labels(index).to_vec()),
        ("related-label-links", label_links),
    ];
    if groups.iter().all(|(_, g)| g.is_empty()) {
        return;
    }
    section(ui, tr.get("section-related"));
    for (key, list) in groups {
        if list.is_empty() {
            continue;
        }
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(tr.get(key)).weak());
            for &p in list.iter().take(RELATED_SHOWN) {
                v.link(ui, p);
            }
            if list.len() > RELATED_SHOWN {
                let more = (list.len() - RELATED_SHOWN).to_string();
                ui.label(tr.fmt("related-more", &[("n", &more)]));
            }
        });
    }
}

fn names(ui: &mut egui::Ui, tr: &Tr, e: &Entry) {
    if e.names.is_empty() {
        return;
    }
    let mut langs: Vec<&str> = Vec::new();
    for n in &e.names {
        if !langs.contains(&n.lang.as_str()) {
            langs.push(n.lang.as_str());
        }
    }
    // The interface language first, then English, then the rest as stored.
    let ui_lang = tr.lang();
    langs.sort_by_key(|t| {
        if ui_lang.matches_tag(t) {
            0
        } else if Lang::En.matches_tag(t) {
            1
        } else {
            2
        }
    });
    egui::CollapsingHeader::new(RichText::new(tr.get("section-names")).strong().size(18.0))
        .id_salt("names")
        .default_open(true)
        .show(ui, |ui| {
            for tag in langs {
                let title = match Lang::from_code(tag) {
                    Some(l) => l.native_name().to_owned(),
                    None if tag == "la" => tr.get("lang-la").to_owned(),
                    None => tag.to_owned(),
                };
                ui.label(RichText::new(title).strong());
                for n in e.names.iter().filter(|n| n.lang.as_str() == tag) {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(&n.text);
                        ui.label(RichText::new(tr.get(&role_key(n.role))).weak());
                    });
                }
            }
        });
}

fn sources(ui: &mut egui::Ui, tr: &Tr, e: &Entry) {
    if e.sources.is_empty() {
        return;
    }
    egui::CollapsingHeader::new(RichText::new(tr.get("section-sources")).strong().size(18.0))
        .id_salt("sources")
        .default_open(false)
        .show(ui, |ui| {
            for s in &e.sources {
                ui.label(&s.citation);
                let mut line = tr.fmt("source-consulted", &[("date", s.consulted.as_str())]);
                if let Some(u) = &s.url {
                    line.push_str(&format!(" · {u}"));
                }
                ui.label(RichText::new(line).weak().size(12.0));
                ui.add_space(4.0);
            }
        });
}

/// The badges a result row shows: the entry's listings, strongest first, de-duplicated.
pub fn row_badges(ui: &mut egui::Ui, e: &Entry) {
    let mut seen: Vec<String> = Vec::new();
    let mut listings: Vec<_> = e.listings.iter().collect();
    listings.sort_by_key(|l| std::cmp::Reverse(severity(l.instrument, &l.list)));
    for l in listings {
        let text = format!("{} {}", l.instrument.short_name(), l.list);
        if seen.contains(&text) {
            continue;
        }
        badge(ui, &text, severity(l.instrument, &l.list));
        seen.push(text);
        if seen.len() == 3 {
            break;
        }
    }
    if !e.hazards.is_empty() {
        badge(ui, "⚠", Severity::None).on_hover_text(e.hazards.join("\n"));
    }
}
