//! The quieter screens: saved items (favourites and recent searches), About (data version,
//! valid-as-of dates, sources, photo credits) and Settings (language, theme, scale, fonts).

use egui::RichText;

use crate::app::entry_view::row_badges;
use crate::app::fonts::CjkFont;
use crate::app::i18n::{Lang, Tr};
use crate::app::state::Session;
use crate::app::theme::{SCALE_RANGE, ThemeChoice};
use crate::app::widgets::{Action, section};
use crate::catalog::Catalog;

/// The interface settings.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    /// Interface language.
    pub lang: Lang,
    /// Colour scheme.
    pub theme: ThemeChoice,
    /// UI scale.
    pub scale: f32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lang: Lang::En,
            theme: ThemeChoice::Light,
            scale: 1.0,
        }
    }
}

/// Favourites and recent searches.
pub fn saved(
    ui: &mut egui::Ui,
    tr: &Tr,
    catalog: &Catalog,
    s: &Session,
    actions: &mut Vec<Action>,
) {
    egui::ScrollArea::vertical()
        .id_salt("saved")
        .show(ui, |ui| {
            section(ui, tr.get("favourites"));
            if s.favourites.is_empty() {
                ui.label(RichText::new(tr.get("favourites-empty")).weak());
            }
            for id in &s.favourites {
                match catalog.position(id) {
                    Some(p) => {
                        ui.horizontal_wrapped(|ui| {
                            if ui.link(&catalog.entries[p].title).clicked() {
                                actions.push(Action::Open(p));
                            }
                            row_badges(ui, &catalog.entries[p]);
                        });
                    }
                    None => {
                        ui.label(
                            RichText::new(tr.fmt("favourite-missing", &[("id", id.as_str())]))
                                .weak(),
                        );
                    }
                }
            }
            section(ui, tr.get("recent-searches"));
            if s.recent.is_empty() {
                ui.label(RichText::new(tr.get("recent-empty")).weak());
            }
            for q in &s.recent {
                if ui.link(q).clicked() {
                    actions.push(Action::Search(q.clone()));
                }
            }
        });
}

/// Data version, valid-as-of dates, sources and credits.
pub fn about(ui: &mut egui::Ui, tr: &Tr, loaded: &crate::app::Loaded) {
    let catalog = &loaded.catalog;
    egui::ScrollArea::vertical()
        .id_salt("about")
        .show(ui, |ui| {
            ui.heading(tr.get("app-title"));
            ui.label(tr.get("about-purpose"));
            ui.label(RichText::new(tr.get("about-offline")).strong());
            section(ui, tr.get("about-data"));
            ui.label(tr.fmt(
                "about-version",
                &[
                    ("version", &catalog.data_version),
                    ("n", &catalog.entries.len().to_string()),
                ],
            ));
            egui::Grid::new("instruments").striped(true).show(ui, |ui| {
                ui.label(RichText::new(tr.get("col-instrument")).strong());
                ui.label(RichText::new(tr.get("col-valid-as-of")).strong());
                ui.label(RichText::new(tr.get("col-note")).strong());
                ui.end_row();
                for i in &catalog.instruments {
                    ui.label(&i.name);
                    ui.label(
                        i.valid_as_of
                            .as_ref()
                            .map(|d| d.as_str().to_owned())
                            .unwrap_or_else(|| tr.get("valid-as-of-unknown").to_owned()),
                    );
                    ui.label(i.note.as_deref().unwrap_or(""));
                    ui.end_row();
                }
            });
            section(ui, tr.get("about-photos"));
            for (credit, licence) in &loaded.credits {
                ui.label(tr.fmt("photo-credit", &[("credit", credit), ("licence", licence)]));
            }
            egui::CollapsingHeader::new(
                RichText::new(tr.fmt("about-sources", &[("n", &loaded.sources.len().to_string())]))
                    .strong(),
            )
            .id_salt("about-sources")
            .show(ui, |ui| {
                for s in &loaded.sources {
                    ui.label(&s.citation);
                    let mut line = tr.fmt("source-consulted", &[("date", s.consulted.as_str())]);
                    if let Some(u) = &s.url {
                        line.push_str(&format!(" · {u}"));
                    }
                    ui.label(RichText::new(line).weak().size(12.0));
                }
            });
        });
}

/// Language, theme, scale and the CJK font status. Returns whether anything changed.
pub fn settings(ui: &mut egui::Ui, tr: &Tr, set: &mut Settings, cjk: &CjkFont) -> bool {
    let before = set.clone();
    section(ui, tr.get("settings-language"));
    ui.horizontal_wrapped(|ui| {
        for l in Lang::ALL {
            ui.selectable_value(&mut set.lang, l, l.native_name());
        }
    });
    section(ui, tr.get("settings-theme"));
    ui.horizontal(|ui| {
        ui.selectable_value(&mut set.theme, ThemeChoice::Light, tr.get("theme-light"));
        ui.selectable_value(&mut set.theme, ThemeChoice::Dark, tr.get("theme-dark"));
    });
    section(ui, tr.get("settings-scale"));
    ui.horizontal(|ui| {
        for s in [1.0_f32, 1.25, 1.5, 2.0] {
            ui.selectable_value(&mut set.scale, s, format!("{}%", (s * 100.0) as u32));
        }
        let l = ui.label(tr.get("settings-scale-custom"));
        ui.add(egui::Slider::new(&mut set.scale, SCALE_RANGE).step_by(0.05))
            .labelled_by(l.id);
    });
    section(ui, tr.get("settings-fonts"));
    match cjk {
        CjkFont::Loading => ui.label(tr.get("font-loading")),
        CjkFont::Loaded(p) => {
            ui.label(tr.fmt("font-loaded", &[("path", &p.display().to_string())]))
        }
        CjkFont::Missing => ui.label(RichText::new(tr.get("font-missing")).strong()),
    };
    *set != before
}
