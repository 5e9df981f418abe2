//! The search bar with its filters, and the virtualised result list whose rows say why they
//! matched; the not-found guidance when nothing matches well.

use egui::{Key, RichText};

use crate::app::entry_view::{local_name, row_badges};
use crate::app::i18n::{Tr, part_key};
use crate::app::state::{Filters, Session};
use crate::app::widgets::{Action, field_label, list_title};
use crate::catalog::Catalog;
use crate::model::{Instrument, Kind, Part};
use crate::search::MatchedField;

/// Id of the search box, so any view can give it focus.
pub fn search_box_id() -> egui::Id {
    egui::Id::unique("search-box")
}

/// The search box and filters. Returns whether the query or filters changed.
pub fn bar(ui: &mut egui::Ui, tr: &Tr, s: &mut Session) -> bool {
    let mut changed = false;
    ui.horizontal(|ui| {
        let label = ui.label(RichText::new(tr.get("search-label")).strong());
        let edit = egui::TextEdit::singleline(&mut s.query)
            .id(search_box_id())
            .hint_text(tr.get("search-hint"))
            .desired_width((ui.available_width() - 8.0).max(120.0))
            .font(egui::TextStyle::Heading);
        let r = ui.add(edit).labelled_by(label.id);
        changed |= r.changed();
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(tr.get("filter-kind")).weak());
        let before = s.filters;
        let kinds: [(Option<Kind>, &str); 5] = [
            (None, "filter-all"),
            (Some(Kind::Chemical), "kind-chemical"),
            (Some(Kind::Mixture), "kind-mixture"),
            (Some(Kind::Taxon), "kind-taxon"),
            (Some(Kind::Label), "kind-label"),
        ];
        for (k, key) in kinds {
            ui.selectable_value(&mut s.filters.kind, k, tr.get(key));
        }
        ui.separator();
        let label = ui.label(RichText::new(tr.get("filter-list")).weak());
        list_filter(ui, tr, &mut s.filters, label.id);
        changed |= s.filters != before;
    });
    changed
}

fn list_filter(ui: &mut egui::Ui, tr: &Tr, f: &mut Filters, label: egui::Id) {
    let current = match (f.instrument, f.list) {
        (None, _) => tr.get("filter-all").to_owned(),
        (Some(i), None) => i.short_name().to_owned(),
        (Some(i), Some(l)) => format!("{} {}", i.short_name(), list_title(tr, i, l)),
    };
    let r = egui::ComboBox::from_id_salt("list-filter")
        .selected_text(current)
        .width(220.0)
        .show_ui(ui, |ui| {
            let mut pick = |ui: &mut egui::Ui,
                            value: (Option<Instrument>, Option<&'static str>),
                            text: String| {
                if ui
                    .selectable_label((f.instrument, f.list) == value, text)
                    .clicked()
                {
                    f.instrument = value.0;
                    f.list = value.1;
                }
            };
            pick(ui, (None, None), tr.get("filter-all").to_owned());
            for inst in Instrument::ALL {
                pick(ui, (Some(*inst), None), inst.short_name().to_owned());
                for list in inst.lists() {
                    let text = format!("   {} {}", inst.short_name(), list_title(tr, *inst, list));
                    pick(ui, (Some(*inst), Some(list)), text);
                }
            }
        });
    r.response.labelled_by(label);
}

/// Keyboard navigation of the result list: ↓ ↑ move, Enter opens. Returns the action to apply.
pub fn keys(ctx: &egui::Context, s: &mut Session) -> Option<crate::app::state::Change> {
    let (down, up, enter) = ctx.input_mut(|i| {
        (
            i.consume_key(egui::Modifiers::NONE, Key::ArrowDown),
            i.consume_key(egui::Modifiers::NONE, Key::ArrowUp),
            i.consume_key(egui::Modifiers::NONE, Key::Enter),
        )
    });
    if down {
        s.move_cursor(1);
    }
    if up {
        s.move_cursor(-1);
    }
    if enter { s.open_cursor() } else { None }
}

/// Height of one result row at scale 1.
const ROW_HEIGHT: f32 = 56.0;

/// The result list (or the guidance when the query is empty or finds nothing).
pub fn results(
    ui: &mut egui::Ui,
    tr: &Tr,
    catalog: &Catalog,
    s: &Session,
    scroll_to_cursor: bool,
    actions: &mut Vec<Action>,
) {
    if s.query.trim().is_empty() {
        ui.label(RichText::new(tr.get("search-empty")).weak());
        if !s.recent.is_empty() {
            ui.add_space(8.0);
            ui.label(RichText::new(tr.get("recent-searches")).strong());
            for q in s.recent.iter().take(10) {
                if ui.link(q).clicked() {
                    actions.push(Action::Search(q.clone()));
                }
            }
        }
        return;
    }
    ui.label(RichText::new(tr.fmt("results-count", &[("n", &s.hits.len().to_string())])).weak());
    if s.weak() {
        not_found(ui, tr, catalog, s, actions);
    }
    if s.hits.is_empty() {
        return;
    }
    egui::ScrollArea::vertical()
        .id_salt("results")
        .auto_shrink([false, false])
        .show_rows(ui, ROW_HEIGHT, s.hits.len(), |ui, rows| {
            for i in rows {
                let hit = &s.hits[i];
                let e = &catalog.entries[hit.entry];
                let selected = s.cursor == Some(i);
                let (rect, resp) = ui.allocate_exact_size(
                    egui::vec2(ui.available_width(), ROW_HEIGHT - 4.0),
                    egui::Sense::click(),
                );
                let resp = resp.on_hover_cursor(egui::CursorIcon::PointingHand);
                let why = field_label(tr, hit.matched_field);
                let matched = shown_match(tr, hit);
                resp.widget_info(|| {
                    egui::WidgetInfo::selected(
                        egui::Role::Button,
                        true,
                        selected,
                        format!("{} — {why}: {matched}", e.title),
                    )
                });
                if selected || resp.hovered() {
                    let v = ui.visuals();
                    let fill = if selected {
                        v.selection.bg_fill
                    } else {
                        v.widgets.hovered.weak_bg_fill
                    };
                    ui.painter().rect_filled(rect, 4.0, fill);
                }
                if selected && scroll_to_cursor {
                    ui.scroll_to_rect(rect, None);
                }
                let mut child = ui.new_child(
                    egui::UiBuilder::new()
                        .max_rect(rect.shrink2(egui::vec2(6.0, 2.0)))
                        .layout(egui::Layout::top_down(egui::Align::Min)),
                );
                child.spacing_mut().interact_size.y = 22.0;
                child.spacing_mut().item_spacing.y = 2.0;
                child.horizontal(|ui| {
                    ui.label(RichText::new(&e.title).strong());
                    if let Some(local) = local_name(e, tr.lang()) {
                        ui.label(RichText::new(local).italics());
                    }
                    row_badges(ui, e);
                });
                child.horizontal(|ui| {
                    let mut why = field_label(tr, hit.matched_field);
                    if let Some(l) = hit.lang.as_deref().filter(|l| *l != "en") {
                        why.push_str(&format!(" ({l})"));
                    }
                    ui.label(RichText::new(format!("{why} ·")).weak().size(13.0));
                    ui.label(
                        RichText::new(&matched)
                            .strong()
                            .size(13.0)
                            .color(ui.visuals().hyperlink_color),
                    );
                });
                let resp = resp.on_hover_text(&e.title);
                if resp.clicked() {
                    actions.push(Action::Open(hit.entry));
                }
            }
        });
}

fn not_found(
    ui: &mut egui::Ui,
    tr: &Tr,
    catalog: &Catalog,
    s: &Session,
    actions: &mut Vec<Action>,
) {
    egui::Frame::new()
        .stroke(egui::Stroke::new(2.0, egui::Color32::from_rgb(200, 120, 0)))
        .corner_radius(6.0)
        .inner_margin(egui::Margin::same(8))
        .show(ui, |ui| {
            let key = if s.hits.is_empty() {
                "not-found-title"
            } else {
                "weak-match-title"
            };
            ui.label(RichText::new(tr.get(key)).strong());
            ui.label(tr.get("not-found-body"));
            if s.covering.is_empty() {
                ui.label(RichText::new(tr.get("not-found-no-family")).weak());
            } else {
                ui.label(RichText::new(tr.get("not-found-families")).strong());
                for h in s.covering.iter().take(8) {
                    let e = &catalog.entries[h.entry];
                    ui.horizontal_wrapped(|ui| {
                        if ui.link(&e.title).clicked() {
                            actions.push(Action::Open(h.entry));
                        }
                        row_badges(ui, e);
                    });
                }
            }
        });
}

/// What matched, as the officer should read it: a part in trade in the interface language, any
/// other name or code as stored.
fn shown_match(tr: &Tr, hit: &crate::search::Hit) -> String {
    match hit.matched_field {
        MatchedField::Product => match hit.matched_text.parse::<Part>() {
            Ok(part) => tr.get(&part_key(part)).to_owned(),
            Err(_) => hit.matched_text.clone(),
        },
        _ => hit.matched_text.clone(),
    }
}
