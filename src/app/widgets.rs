//! Small pieces shared by the views: listing badges, section titles, copyable values, and the
//! actions a view asks for (applied after drawing, so views only read state).

use egui::{Margin, RichText};

use crate::app::i18n::Tr;
use crate::app::theme::{Severity, severity};
use crate::model::{Listing, NameRole};
use crate::search::MatchedField;

/// Something a view asks the app to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Show this entry (position in the catalog).
    Open(usize),
    /// Add or remove the shown entry from favourites.
    ToggleFavourite(usize),
    /// Show a photo or drawing large.
    Enlarge { image: i64, caption: String },
    /// Search for this text on the search screen.
    Search(String),
    /// Add the entry to the trainer's lesson of this name.
    AddToLesson(usize, String),
}

/// A coloured badge with its text (colour never carries meaning alone).
pub fn badge(ui: &mut egui::Ui, text: &str, sev: Severity) -> egui::Response {
    let (fill, fg) = sev.colours();
    egui::Frame::new()
        .fill(fill)
        .corner_radius(4.0)
        .inner_margin(Margin::symmetric(6, 1))
        .show(ui, |ui| {
            ui.label(RichText::new(text).color(fg).strong().size(13.0));
        })
        .response
}

/// The badge text of a listing: "CITES I", "Montreal A/I", "CWC 2/A".
pub fn listing_text(l: &Listing) -> String {
    let mut t = format!("{} {}", l.instrument.short_name(), l.list);
    if let Some(g) = l.group.as_deref().filter(|g| g.chars().count() <= 3) {
        t.push('/');
        t.push_str(g);
    }
    t
}

/// How an instrument calls one of its lists, in the interface language: "Annex A",
/// "Appendix II", "Schedule 1", "Article 3".
pub fn list_title(tr: &Tr, instrument: crate::model::Instrument, list: &str) -> String {
    use crate::model::Instrument::*;
    let key = match (instrument, list) {
        (Minamata, "art3") => return tr.get("list-article-3").to_owned(),
        (Cites, _) => "list-appendix",
        (Cwc, _) => "list-schedule",
        _ => "list-annex",
    };
    tr.fmt(key, &[("list", list)])
}

/// A listing's badge.
pub fn listing_badge(ui: &mut egui::Ui, l: &Listing) -> egui::Response {
    badge(ui, &listing_text(l), severity(l.instrument, &l.list))
}

/// The translation key of the one-line meaning of a list at the border.
pub fn meaning_key(l: &Listing) -> String {
    format!(
        "meaning-{}-{}",
        l.instrument.as_str(),
        l.list.to_ascii_lowercase()
    )
}

/// When a listing took effect, in the interface language, or that no date is recorded.
pub fn in_force_text(tr: &Tr, l: &Listing) -> String {
    match &l.in_force {
        Some(d) => tr.fmt("in-force", &[("date", d.as_str())]),
        None => tr.get("in-force-unknown").to_owned(),
    }
}

/// "Source: …", the head of the citation of the source a listing rests on.
pub fn listing_source_text(tr: &Tr, s: &crate::model::Source) -> String {
    tr.fmt("listing-source", &[("source", &s.short_citation())])
}

/// A section title.
pub fn section(ui: &mut egui::Ui, text: &str) {
    ui.add_space(8.0);
    ui.label(RichText::new(text).strong().size(18.0));
}

/// A value with a button that copies it.
pub fn copy_row(ui: &mut egui::Ui, tr: &Tr, label: &str, value: &str) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(format!("{label}:")).weak());
        ui.label(RichText::new(value).monospace());
        let b = ui
            .small_button(tr.get("copy"))
            .on_hover_text(tr.fmt("copy-value", &[("value", value)]));
        if b.clicked() {
            ui.ctx().copy_text(value.to_owned());
        }
    });
}

/// The translation key for a name role.
pub fn role_key(role: NameRole) -> String {
    format!("role-{}", role.as_str())
}

/// "trade name", "CAS RN", "HS code" … for the field a hit matched.
pub fn field_label(tr: &Tr, field: MatchedField) -> String {
    match field {
        MatchedField::Name(role) => tr.get(&role_key(role)).to_owned(),
        other => tr.get(&format!("field-{}", other.as_str())).to_owned(),
    }
}
