//! The desktop app shell (eframe, glow renderer). This first version is the foundation's
//! placeholder window: a search box over the same catalog the command line uses, a result list
//! and the selected entry's listings. The data loads on a background thread so the window
//! appears at once.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};

use crate::catalog::Catalog;
use crate::search::{Hit, Query};

/// Open the window and run until it is closed.
pub fn run(db: Option<PathBuf>) -> crate::Result<()> {
    let options = eframe::NativeOptions {
        renderer: eframe::Renderer::Glow,
        viewport: egui::ViewportBuilder::default()
            .with_title("Green Customs Field Guide")
            .with_inner_size([1100.0, 720.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Green Customs Field Guide",
        options,
        Box::new(move |cc| Ok(Box::new(FieldGuideApp::new(&cc.egui_ctx, db)))),
    )
    .map_err(|e| crate::Error::Database(format!("cannot open a window: {e}")))
}

enum Loading {
    Pending(Receiver<Result<Catalog, String>>),
    Ready(Box<Catalog>),
    Failed(String),
}

/// The placeholder app's state.
pub struct FieldGuideApp {
    loading: Loading,
    query: String,
    hits: Vec<Hit>,
    selected: Option<usize>,
    focus_requested: bool,
}

impl FieldGuideApp {
    /// Start loading the catalog on a named background thread.
    pub fn new(ctx: &egui::Context, db: Option<PathBuf>) -> Self {
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("catalog-load".to_owned())
            .spawn(move || {
                let result = Catalog::open(db.as_deref())
                    .map(|(_, c)| c)
                    .map_err(|e| e.to_string());
                let _ = tx.send(result);
                ctx.request_repaint();
            });
        let loading = match spawned {
            Ok(_) => Loading::Pending(rx),
            Err(e) => Loading::Failed(format!("cannot start the loader: {e}")),
        };
        FieldGuideApp {
            loading,
            query: String::new(),
            hits: Vec::new(),
            selected: None,
            focus_requested: false,
        }
    }

    fn poll(&mut self) {
        if let Loading::Pending(rx) = &self.loading
            && let Ok(result) = rx.try_recv()
        {
            self.loading = match result {
                Ok(c) => Loading::Ready(Box::new(c)),
                Err(e) => Loading::Failed(e),
            };
        }
    }
}

impl eframe::App for FieldGuideApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.poll();
        let catalog = match &self.loading {
            Loading::Ready(c) => c,
            Loading::Pending(_) => {
                egui::CentralPanel::default_margins().show(ui, |ui| {
                    ui.label("Loading the reference data…");
                });
                return;
            }
            Loading::Failed(e) => {
                let e = e.clone();
                egui::CentralPanel::default_margins().show(ui, |ui| {
                    ui.colored_label(
                        egui::Color32::RED,
                        format!("The reference data could not be opened: {e}"),
                    );
                });
                return;
            }
        };
        let mut changed = false;
        egui::Panel::top("search").show(ui, |ui| {
            ui.add_space(6.0);
            let edit = egui::TextEdit::singleline(&mut self.query)
                .hint_text("Search: name, trade name, CAS, UN, HS, R-number…")
                .desired_width(f32::INFINITY);
            let response = ui.add(edit);
            if !self.focus_requested {
                response.request_focus();
                self.focus_requested = true;
            }
            changed = response.changed();
            ui.add_space(6.0);
        });
        egui::Panel::bottom("status").show(ui, |ui| {
            ui.label(format!(
                "data {} · {} entries · offline",
                catalog.data_version,
                catalog.entries.len()
            ));
        });
        if changed {
            self.hits = catalog.index.search(&Query {
                text: &self.query,
                kind: None,
                instrument: None,
                limit: 200,
            });
            self.selected = self.hits.first().map(|h| h.entry);
        }
        egui::Panel::left("results")
            .exact_size(360.0)
            .show(ui, |ui| {
                let row_height = ui.spacing().interact_size.y;
                egui::ScrollArea::vertical().show_rows(
                    ui,
                    row_height,
                    self.hits.len(),
                    |ui, rows| {
                        for hit in &self.hits[rows] {
                            let e = &catalog.entries[hit.entry];
                            let text = format!(
                                "{}\n{} · {}",
                                e.title,
                                hit.matched_field.as_str(),
                                hit.matched_text
                            );
                            if ui
                                .selectable_label(self.selected == Some(hit.entry), text)
                                .clicked()
                            {
                                self.selected = Some(hit.entry);
                            }
                        }
                    },
                );
            });
        egui::CentralPanel::default_margins().show(ui, |ui| {
            let Some(e) = self.selected.map(|i| &catalog.entries[i]) else {
                ui.label("Type what you see on the label, the invoice or the goods.");
                return;
            };
            ui.heading(&e.title);
            if e.listings.is_empty() {
                ui.label("No listing recorded. Not found is not proof of not controlled.");
            }
            for l in &e.listings {
                ui.label(format!(
                    "{} {}{}",
                    l.instrument.short_name(),
                    l.instrument.list_label(&l.list),
                    l.group
                        .as_ref()
                        .map(|g| format!(", {g}"))
                        .unwrap_or_default()
                ));
            }
            if let Some(s) = &e.safety {
                ui.label(format!("Safety: {s}"));
            }
            if !e.cas.is_empty() {
                let cas: Vec<&str> = e.cas.iter().map(|c| c.as_str()).collect();
                ui.label(format!("CAS RN {}", cas.join(", ")));
            }
        });
    }
}
