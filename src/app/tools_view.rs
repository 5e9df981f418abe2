//! The officer's tools as views: HS lookup, blend calculator, and the check of a pasted list
//! (a manifest or an invoice). Each works with the keyboard alone: type, then Enter.

use egui::RichText;

use crate::app::i18n::Tr;
use crate::app::theme::Severity;
use crate::app::widgets::{Action, badge, listing_badge};
use crate::catalog::Catalog;
use crate::tools::manifest::{Confidence, LineResult, Status};

/// Which tool is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tool {
    /// HS lookup.
    #[default]
    Hs,
    /// Blend calculator.
    Blend,
    /// Declared-list check.
    List,
}

/// The tools' inputs and last results.
#[derive(Default)]
pub struct ToolsState {
    /// The tool shown.
    pub tool: Tool,
    /// HS code typed.
    pub hs_input: String,
    /// Blend typed.
    pub blend_input: String,
    /// Mass typed, in kg.
    pub mass_input: String,
    /// The pasted list.
    pub list_text: String,
    /// Results of the last list check.
    pub list_results: Vec<LineResult>,
    /// Whether the list was checked since it last changed.
    pub list_checked: bool,
}

/// Draw the tools screen.
pub fn show(
    ui: &mut egui::Ui,
    tr: &Tr,
    catalog: &Catalog,
    st: &mut ToolsState,
    actions: &mut Vec<Action>,
) {
    ui.horizontal(|ui| {
        ui.selectable_value(&mut st.tool, Tool::Hs, tr.get("tool-hs"));
        ui.selectable_value(&mut st.tool, Tool::Blend, tr.get("tool-blend"));
        ui.selectable_value(&mut st.tool, Tool::List, tr.get("tool-list"));
    });
    ui.separator();
    match st.tool {
        Tool::Hs => hs(ui, tr, catalog, st, actions),
        Tool::Blend => blend(ui, tr, catalog, st, actions),
        Tool::List => list(ui, tr, catalog, st, actions),
    }
}

fn entry_link(
    ui: &mut egui::Ui,
    catalog: &Catalog,
    id: &crate::model::EntryId,
    actions: &mut Vec<Action>,
) {
    if let Some(p) = catalog.position(id)
        && ui.link(&catalog.entries[p].title).clicked()
    {
        actions.push(Action::Open(p));
    }
}

fn hs(
    ui: &mut egui::Ui,
    tr: &Tr,
    catalog: &Catalog,
    st: &mut ToolsState,
    actions: &mut Vec<Action>,
) {
    ui.label(tr.get("tool-hs-help"));
    let label = ui.label(tr.get("tool-hs-input"));
    let r = ui
        .add(egui::TextEdit::singleline(&mut st.hs_input).hint_text(tr.get("tool-hs-example")))
        .labelled_by(label.id);
    if st.hs_input.trim().is_empty() {
        r.request_focus();
        return;
    }
    let prefix = match crate::tools::hs::parse_prefix(&st.hs_input) {
        Ok(p) => p,
        Err(_) => {
            ui.label(RichText::new(tr.get("tool-hs-invalid")).weak());
            return;
        }
    };
    let found = crate::tools::hs::lookup(catalog, &prefix);
    if found.is_empty() {
        ui.label(RichText::new(tr.get("tool-hs-none")).strong());
        return;
    }
    ui.label(tr.fmt("results-count", &[("n", &found.len().to_string())]));
    egui::ScrollArea::vertical()
        .id_salt("hs-results")
        .show(ui, |ui| {
            for m in &found {
                ui.horizontal_wrapped(|ui| {
                    let codes: Vec<String> = m.codes.iter().map(|c| c.to_string()).collect();
                    ui.label(RichText::new(codes.join(", ")).monospace());
                    entry_link(ui, catalog, &m.entry.id, actions);
                    for l in &m.entry.listings {
                        listing_badge(ui, l);
                    }
                });
            }
        });
}

fn blend(
    ui: &mut egui::Ui,
    tr: &Tr,
    catalog: &Catalog,
    st: &mut ToolsState,
    actions: &mut Vec<Action>,
) {
    ui.label(tr.get("tool-blend-help"));
    ui.horizontal(|ui| {
        let l = ui.label(tr.get("tool-blend-input"));
        let r = ui
            .add(
                egui::TextEdit::singleline(&mut st.blend_input)
                    .hint_text(tr.get("tool-blend-example"))
                    .desired_width(160.0),
            )
            .labelled_by(l.id);
        if st.blend_input.is_empty() && st.mass_input.is_empty() {
            r.request_focus();
        }
        let l = ui.label(tr.get("tool-blend-mass"));
        ui.add(
            egui::TextEdit::singleline(&mut st.mass_input)
                .hint_text(tr.get("tool-mass-example"))
                .desired_width(100.0),
        )
        .labelled_by(l.id);
    });
    if st.blend_input.trim().is_empty() {
        return;
    }
    let Ok(entry) = crate::tools::blend::find(catalog, st.blend_input.trim()) else {
        ui.label(RichText::new(tr.get("tool-blend-unknown")).weak());
        return;
    };
    let mass = st
        .mass_input
        .trim()
        .replace(',', ".")
        .parse::<f64>()
        .unwrap_or(1.0);
    let report = match crate::tools::blend::calculate(catalog, entry, mass) {
        Ok(r) => r,
        Err(e) => {
            ui.label(RichText::new(e.to_string()).weak());
            return;
        }
    };
    ui.horizontal_wrapped(|ui| {
        entry_link(ui, catalog, &entry.id, actions);
        ui.label(tr.fmt("tool-blend-for", &[("kg", &format!("{mass}"))]));
    });
    egui::Grid::new("blend-grid").striped(true).show(ui, |ui| {
        for h in [
            "col-component",
            "col-mass-pct",
            "col-kg",
            "col-odp",
            "col-gwp",
            "col-controlled",
        ] {
            ui.label(RichText::new(tr.get(h)).strong());
        }
        ui.end_row();
        for c in &report.components {
            ui.label(&c.title);
            ui.label(format!("{:.1}", c.mass_pct));
            ui.label(format!("{:.3}", c.kg));
            ui.label(c.odp.map(|o| format!("{o}")).unwrap_or_else(|| "—".into()));
            ui.label(
                c.gwp100
                    .map(|g| format!("{g}"))
                    .unwrap_or_else(|| "—".into()),
            );
            ui.label(if c.controlled_under.is_empty() {
                tr.get("not-listed").to_owned()
            } else {
                c.controlled_under.join(", ")
            });
            ui.end_row();
        }
    });
    ui.add_space(6.0);
    ui.label(tr.fmt(
        "tool-blend-odp",
        &[
            ("odp", &format!("{:.4}", report.odp)),
            ("t", &format!("{:.5}", report.odp_tonnes)),
        ],
    ));
    ui.label(tr.fmt(
        "tool-blend-gwp",
        &[
            ("gwp", &format!("{:.0}", report.gwp100)),
            ("t", &format!("{:.3}", report.co2e_tonnes)),
        ],
    ));
    if !report.gwp_unknown.is_empty() {
        ui.label(
            RichText::new(tr.fmt(
                "tool-blend-gwp-unknown",
                &[("names", &report.gwp_unknown.join(", "))],
            ))
            .weak(),
        );
    }
}

fn list(
    ui: &mut egui::Ui,
    tr: &Tr,
    catalog: &Catalog,
    st: &mut ToolsState,
    actions: &mut Vec<Action>,
) {
    ui.label(tr.get("tool-list-help"));
    // Ctrl+Enter runs the check; taken before the text box would read it as a line break.
    let run_key = ui.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::Enter));
    let label = ui.label(tr.get("tool-list-input"));
    let r = ui
        .add(
            egui::TextEdit::multiline(&mut st.list_text)
                .desired_rows(6)
                .desired_width(f32::INFINITY)
                .hint_text(tr.get("tool-list-example")),
        )
        .labelled_by(label.id);
    if r.changed() {
        st.list_checked = false;
    }
    if ui.button(tr.get("tool-list-check")).clicked() || run_key {
        st.list_results = crate::tools::manifest::check_text(catalog, &st.list_text, 3);
        st.list_checked = true;
    }
    if !st.list_checked {
        return;
    }
    let controlled = st
        .list_results
        .iter()
        .filter(|r| r.status == Status::Controlled)
        .count();
    ui.label(tr.fmt(
        "tool-list-summary",
        &[
            ("lines", &st.list_results.len().to_string()),
            ("controlled", &controlled.to_string()),
        ],
    ));
    egui::ScrollArea::vertical()
        .id_salt("list-results")
        .show(ui, |ui| {
            for r in &st.list_results {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(format!("{}:", r.line)).monospace());
                    ui.label(RichText::new(&r.text).strong());
                    let (key, sev) = match r.status {
                        Status::Controlled => ("status-controlled", Severity::Prohibited),
                        Status::NotControlled => ("status-not-controlled", Severity::None),
                        Status::NoMatch => ("status-no-match", Severity::Licence),
                    };
                    badge(ui, tr.get(key), sev);
                    if let Some(c) = r.confidence {
                        let k = match c {
                            Confidence::High => "confidence-high",
                            Confidence::Medium => "confidence-medium",
                            Confidence::Low => "confidence-low",
                        };
                        ui.label(RichText::new(tr.get(k)).weak());
                    }
                });
                for h in &r.hits {
                    let e = &catalog.entries[h.entry];
                    ui.horizontal_wrapped(|ui| {
                        ui.add_space(24.0);
                        if ui.link(&e.title).clicked() {
                            actions.push(Action::Open(h.entry));
                        }
                        for l in &e.listings {
                            listing_badge(ui, l);
                        }
                    });
                }
                ui.add_space(4.0);
            }
        });
}
