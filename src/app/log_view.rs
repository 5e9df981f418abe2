//! The inspection log: what an officer checked (entry, place, quantity, decision, notes), listed
//! newest first and exported as CSV or JSON for the report to the national authority. Records
//! are written by the user-data writer thread; the list shown is what the file holds.

use egui::RichText;

use crate::app::i18n::Tr;
use crate::app::prefs::LogFormat;
use crate::app::widgets::{Action, section};
use crate::catalog::Catalog;
use crate::userdata::{Decision, LogRecord, NewLogRecord};

/// A write for the shell to send.
pub enum LogWrite {
    /// Record an inspection.
    Add(NewLogRecord),
    /// Export the log.
    Export(std::path::PathBuf, LogFormat),
}

/// The log screen's state.
pub struct LogState {
    /// The log, oldest first, as the file holds it.
    pub records: Vec<LogRecord>,
    /// Whether the entry shown on the search screen is attached to the next record.
    pub attach: bool,
    /// Place, kept between records.
    pub place: String,
    /// Quantity.
    pub quantity: String,
    /// Decision.
    pub decision: Decision,
    /// Notes.
    pub notes: String,
    /// Export path.
    pub path: String,
    /// Last message (written, refused …).
    pub message: Option<String>,
    /// Writes for the shell.
    pub outbox: Vec<LogWrite>,
}

impl LogState {
    /// With the saved log.
    pub fn new(records: Vec<LogRecord>) -> LogState {
        let path = crate::app::prefs::home_file("inspection-log");
        LogState {
            records,
            attach: true,
            place: String::new(),
            quantity: String::new(),
            decision: Decision::Pending,
            notes: String::new(),
            path,
            message: None,
            outbox: Vec::new(),
        }
    }
}

fn decision_key(d: Decision) -> String {
    format!("decision-{}", d.as_str())
}

/// Draw the log screen. `current` is the entry shown on the search screen.
pub fn show(
    ui: &mut egui::Ui,
    tr: &Tr,
    catalog: &Catalog,
    current: Option<usize>,
    st: &mut LogState,
    saving: bool,
    actions: &mut Vec<Action>,
) {
    egui::ScrollArea::vertical().id_salt("log").show(ui, |ui| {
        section(ui, tr.get("log-new"));
        if !saving {
            ui.label(RichText::new(tr.get("user-data-unavailable")).strong());
        }
        match current {
            Some(i) => {
                ui.checkbox(
                    &mut st.attach,
                    tr.fmt("log-attach", &[("title", &catalog.entries[i].title)]),
                );
            }
            None => {
                ui.label(RichText::new(tr.get("log-no-entry")).weak());
            }
        }
        egui::Grid::new("log-form").num_columns(2).show(ui, |ui| {
            let l = ui.label(tr.get("log-place"));
            ui.add(egui::TextEdit::singleline(&mut st.place).desired_width(360.0))
                .labelled_by(l.id);
            ui.end_row();
            let l = ui.label(tr.get("log-quantity"));
            ui.add(egui::TextEdit::singleline(&mut st.quantity).desired_width(360.0))
                .labelled_by(l.id);
            ui.end_row();
            ui.label(tr.get("log-decision"));
            ui.horizontal_wrapped(|ui| {
                for d in Decision::ALL {
                    ui.selectable_value(&mut st.decision, d, tr.get(&decision_key(d)));
                }
            });
            ui.end_row();
            let l = ui.label(tr.get("log-notes"));
            ui.add(
                egui::TextEdit::multiline(&mut st.notes)
                    .desired_rows(2)
                    .desired_width(360.0),
            )
            .labelled_by(l.id);
            ui.end_row();
        });
        if ui.button(tr.get("log-record")).clicked() {
            let entry = current.filter(|_| st.attach).map(|i| &catalog.entries[i]);
            let rec = NewLogRecord {
                entry: entry.map(|e| e.id.clone()),
                entry_title: entry.map(|e| e.title.clone()),
                place: st.place.trim().to_owned(),
                quantity: st.quantity.trim().to_owned(),
                decision: st.decision,
                notes: st.notes.trim().to_owned(),
            };
            match rec.validate() {
                Ok(()) if saving => {
                    st.outbox.push(LogWrite::Add(rec));
                    st.quantity.clear();
                    st.notes.clear();
                    st.message = Some(tr.get("log-recorded").to_owned());
                }
                Ok(()) => st.message = Some(tr.get("user-data-unavailable").to_owned()),
                Err(e) => st.message = Some(e.to_string()),
            }
        }
        if let Some(m) = &st.message {
            ui.label(RichText::new(m).strong());
        }
        section(
            ui,
            tr.fmt("log-list", &[("n", &st.records.len().to_string())])
                .as_str(),
        );
        ui.horizontal_wrapped(|ui| {
            let l = ui.label(tr.get("lessons-file-path"));
            ui.add(egui::TextEdit::singleline(&mut st.path).desired_width(320.0))
                .labelled_by(l.id);
            for (key, format, ext) in [
                ("log-export-csv", LogFormat::Csv, "csv"),
                ("log-export-json", LogFormat::Json, "json"),
            ] {
                if ui.button(tr.get(key)).clicked() {
                    let path = std::path::Path::new(st.path.trim()).with_extension(ext);
                    st.outbox.push(LogWrite::Export(path, format));
                }
            }
        });
        egui::Grid::new("log-table")
            .striped(true)
            .num_columns(6)
            .show(ui, |ui| {
                for h in [
                    "log-col-time",
                    "log-col-entry",
                    "log-place",
                    "log-quantity",
                    "log-decision",
                    "log-notes",
                ] {
                    ui.label(RichText::new(tr.get(h)).strong());
                }
                ui.end_row();
                for r in st.records.iter().rev() {
                    ui.label(&r.recorded_at);
                    match r.entry.as_ref().and_then(|id| catalog.position(id)) {
                        Some(p) => {
                            if ui.link(&catalog.entries[p].title).clicked() {
                                actions.push(Action::Open(p));
                            }
                        }
                        None => {
                            ui.label(r.entry_title.as_deref().unwrap_or("—"));
                        }
                    }
                    ui.label(&r.place);
                    ui.label(&r.quantity);
                    ui.label(tr.get(&decision_key(r.decision)));
                    ui.label(&r.notes);
                    ui.end_row();
                }
            });
    });
}
