//! The desktop app (eframe, glow renderer): search → identify → decide, offline.
//!
//! The window appears at once: the reference data and the search index load on a background
//! thread, the CJK font on another, images decode on a third. Views only read state and return
//! [`widgets::Action`]s, which [`FieldGuideApp`] applies after drawing.

pub mod entry_view;
pub mod fonts;
pub mod i18n;
pub mod images;
pub mod log_view;
pub mod pages;
pub mod prefs;
pub mod relations;
pub mod search_view;
pub mod state;
pub mod theme;
pub mod tools_view;
pub mod trainer;
pub mod widgets;

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};
use std::time::Instant;

use egui::{Key, Modifiers, RichText};

use crate::app::entry_view::View;
use crate::app::fonts::CjkFont;
use crate::app::i18n::{Lang, Tr};
use crate::app::images::{ImageState, Images};
use crate::app::pages::Settings;
use crate::app::prefs::{Prefs, Saved};
use crate::app::relations::Relations;
use crate::app::state::{Change, Screen, Session};
use crate::app::tools_view::ToolsState;
use crate::app::trainer::{Trainer, TrainerWrite};
use crate::app::widgets::Action;
use crate::catalog::Catalog;
use crate::model::Source;

/// Open the window and run until it is closed.
#[cfg(feature = "window")]
pub fn run(db: Option<PathBuf>) -> crate::Result<()> {
    let started = Instant::now();
    let startup = Startup::open_default();
    let size = startup.saved.window.unwrap_or([1280.0, 760.0]);
    let options = eframe::NativeOptions {
        renderer: eframe::Renderer::Glow,
        viewport: egui::ViewportBuilder::default()
            .with_title("Green Customs Field Guide")
            .with_inner_size(size)
            .with_min_inner_size([640.0, 420.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Green Customs Field Guide",
        options,
        Box::new(move |cc| {
            let mut app = FieldGuideApp::new(&cc.egui_ctx, db, startup);
            app.started = Some(started);
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| crate::Error::Database(format!("cannot open a window: {e}")))
}

/// The window size to save, in the units the window is opened with: egui reports the inner size
/// in points after the interface scale (zoom), so at 150 % a 1,200-wide window reads as 800, and
/// saved as is it would open smaller at every start.
pub fn native_size(points: egui::Vec2, zoom: f32) -> egui::Vec2 {
    points * zoom
}

/// The officer's saved state and the writer for it, opened before the window.
pub struct Startup {
    /// What was saved last time.
    pub saved: Saved,
    /// The writer, when the user data file could be opened.
    pub prefs: Option<Prefs>,
    /// Why it could not be, shown in the app.
    pub user_error: Option<String>,
}

impl Startup {
    /// Open the user data file at its usual place.
    pub fn open_default() -> Startup {
        match crate::store::UserStore::default_path() {
            Ok(p) => Startup::open(&p),
            Err(e) => Startup::memory(Some(e.to_string())),
        }
    }

    /// Open the user data file at `path`. On failure the app still runs, saving nothing, and
    /// says why.
    pub fn open(path: &std::path::Path) -> Startup {
        match Prefs::open(path) {
            Ok((prefs, saved)) => Startup {
                saved,
                prefs: Some(prefs),
                user_error: None,
            },
            Err(e) => Startup::memory(Some(e.to_string())),
        }
    }

    /// Nothing saved, nothing read.
    pub fn memory(user_error: Option<String>) -> Startup {
        Startup {
            saved: Saved::default(),
            prefs: None,
            user_error,
        }
    }
}

/// The reference data and what is derived from it once.
pub struct Loaded {
    /// Entries and the search index.
    pub catalog: Catalog,
    /// Reverse links.
    pub relations: Relations,
    /// Every source, for About.
    pub sources: Vec<Source>,
    /// Why the data in use is not the data asked for (a damaged pack or file), if it is not.
    pub warning: Option<String>,
    /// The database the catalog came from, for handouts (read only when one is saved).
    pub store: crate::store::Store,
    /// Photo credits and licences, once each.
    pub credits: Vec<(String, String)>,
}

impl Loaded {
    /// Load the database at `db`, else the installed data pack, else the embedded data; a file
    /// or pack that is missing, damaged or foreign falls back to the embedded data with a
    /// warning. Returns a second connection to the same data, for the image worker.
    pub fn open(db: Option<&std::path::Path>) -> crate::Result<(Loaded, crate::store::Store)> {
        use crate::store::Store;
        let (store, warning) = match db {
            Some(p) => {
                let checked = Store::open(p).and_then(|s| match s.integrity_problems()?.first() {
                    None => Ok(s),
                    Some(problem) => Err(crate::Error::Database(format!(
                        "{}: integrity check failed: {problem}",
                        p.display()
                    ))),
                });
                match checked {
                    Ok(s) => (s, None),
                    Err(e) => (Store::open_embedded()?, Some(e.to_string())),
                }
            }
            None => crate::pack::open_reference(None)?,
        };
        let mut store = store;
        let catalog = Catalog::load(&store)?;
        let sources = store.sources()?;
        let relations = Relations::build(&catalog);
        let mut credits: Vec<(String, String)> = Vec::new();
        for p in catalog.entries.iter().flat_map(|e| &e.photos) {
            let c = (p.credit.clone(), p.licence.clone());
            if !credits.contains(&c) {
                credits.push(c);
            }
        }
        let for_images = Store::from_bytes(&store.to_bytes()?, store.origin())?;
        Ok((
            Loaded {
                catalog,
                relations,
                sources,
                warning,
                store,
                credits,
            },
            for_images,
        ))
    }
}

type LoadResult = Result<(Loaded, crate::store::Store), String>;

enum Loading {
    Pending(Receiver<LoadResult>),
    Ready(Box<Loaded>),
    Failed(String),
}

/// The app.
pub struct FieldGuideApp {
    loading: Loading,
    fonts: Option<Receiver<Option<fonts::Found>>>,
    /// Status of the CJK font.
    pub cjk: CjkFont,
    /// Interface settings.
    pub settings: Settings,
    tr: Tr,
    applied: Option<Settings>,
    /// Search and navigation.
    pub session: Session,
    /// The screen shown.
    pub screen: Screen,
    /// The tools' state.
    pub tools: ToolsState,
    /// Trainer mode.
    pub trainer: Trainer,
    /// The inspection log.
    pub log: log_view::LogState,
    notes: std::collections::HashMap<crate::model::EntryId, String>,
    notes_changed: Vec<crate::model::EntryId>,
    images: Images,
    enlarged: Option<(i64, String, f32)>,
    focus_search: bool,
    scroll_to_cursor: bool,
    changes: Vec<Change>,
    prefs: Option<Prefs>,
    saved_settings: Settings,
    /// Why the user data file could not be used, if it could not.
    pub user_error: Option<String>,
    window: Option<egui::Vec2>,
    started: Option<Instant>,
    frames: u64,
    frame_log: bool,
}

impl FieldGuideApp {
    /// Start loading data and fonts in the background.
    pub fn new(ctx: &egui::Context, db: Option<PathBuf>, startup: Startup) -> Self {
        let (tx, rx) = channel();
        let repaint = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("catalog-load".to_owned())
            .spawn(move || {
                let _ = tx.send(Loaded::open(db.as_deref()).map_err(|e| e.to_string()));
                repaint.request_repaint();
            });
        let loading = match spawned {
            Ok(_) => Loading::Pending(rx),
            Err(e) => Loading::Failed(format!("cannot start the loader: {e}")),
        };
        let (ftx, frx) = channel();
        let repaint = ctx.clone();
        let fonts = std::thread::Builder::new()
            .name("font-load".to_owned())
            .spawn(move || {
                let _ = ftx.send(fonts::find());
                repaint.request_repaint();
            })
            .ok()
            .map(|_| frx);
        let cjk = if fonts.is_some() {
            CjkFont::Loading
        } else {
            CjkFont::Missing
        };
        Self::with(ctx, loading, fonts, cjk, startup)
    }

    /// An app over already-loaded data, with the CJK font (if any) installed at once: for tests.
    pub fn with_loaded(
        ctx: &egui::Context,
        loaded: (Loaded, crate::store::Store),
        startup: Startup,
    ) -> Self {
        let cjk = fonts::install(ctx, fonts::find());
        let mut app = Self::with(ctx, Loading::Ready(Box::new(loaded.0)), None, cjk, startup);
        app.images.set_store(loaded.1);
        app
    }

    fn with(
        ctx: &egui::Context,
        loading: Loading,
        fonts: Option<Receiver<Option<fonts::Found>>>,
        cjk: CjkFont,
        startup: Startup,
    ) -> Self {
        let Startup {
            saved,
            prefs,
            user_error,
        } = startup;
        let settings = saved.settings;
        let trainer = Trainer::new(saved.lessons);
        let log = log_view::LogState::new(saved.log);
        let notes = saved.notes;
        let mut session = Session::default();
        session.favourites = saved.favourites;
        session.recent = saved.recent;
        FieldGuideApp {
            loading,
            fonts,
            cjk,
            tr: Tr::new(settings.lang),
            saved_settings: settings.clone(),
            settings,
            applied: None,
            session,
            screen: Screen::Search,
            tools: ToolsState::default(),
            trainer,
            log,
            notes,
            notes_changed: Vec::new(),
            images: Images::start(ctx),
            enlarged: None,
            focus_search: true,
            scroll_to_cursor: false,
            changes: Vec::new(),
            prefs,
            user_error,
            window: None,
            started: None,
            frames: 0,
            frame_log: std::env::var_os("FIELDGUIDE_FRAME_LOG").is_some(),
        }
    }

    /// Whether pictures are still being decoded.
    pub fn images_busy(&self) -> bool {
        self.images.busy()
    }

    /// The loaded data, once ready.
    pub fn loaded(&self) -> Option<&Loaded> {
        match &self.loading {
            Loading::Ready(l) => Some(l),
            _ => None,
        }
    }

    /// Hand what changed this frame to the writer thread.
    fn save(&mut self, ctx: &egui::Context) {
        let changes = std::mem::take(&mut self.changes);
        let writes = std::mem::take(&mut self.trainer.outbox);
        let log_writes = std::mem::take(&mut self.log.outbox);
        let notes_changed = std::mem::take(&mut self.notes_changed);
        let Some(prefs) = &self.prefs else { return };
        for r in prefs.replies() {
            match r {
                prefs::Reply::Log(records) => self.log.records = records,
                prefs::Reply::Message(m) => self.log.message = Some(m),
            }
        }
        for w in log_writes {
            match w {
                log_view::LogWrite::Add(rec) => prefs.add_log(rec),
                log_view::LogWrite::Export(path, format) => prefs.export_log(path, format),
            }
        }
        for id in notes_changed {
            let text = self.notes.get(&id).map(String::as_str).unwrap_or("");
            prefs.note(&id, text);
        }
        for c in changes {
            prefs.change(c);
        }
        for w in writes {
            match w {
                TrainerWrite::Save(l) => prefs.save_lesson(&l),
                TrainerWrite::Delete(name) => prefs.delete_lesson(&name),
                TrainerWrite::Quiz(scope, seed, n, right) => {
                    prefs.record_quiz(&scope, seed, n, right)
                }
            }
        }
        if self.settings != self.saved_settings {
            prefs.settings(&self.settings);
            self.saved_settings = self.settings.clone();
        }
        let size = ctx.input(|i| i.viewport().inner_rect.map(|r| r.size()));
        let size = size.map(|s| native_size(s, ctx.zoom_factor()));
        let resizing = ctx.input(|i| i.pointer.any_down());
        if let Some(size) = size
            && !resizing
            && self.window.is_none_or(|w| (w - size).length() > 1.0)
        {
            if self.window.is_some() {
                prefs.window(size);
            }
            self.window = Some(size);
        }
    }

    fn poll(&mut self, ctx: &egui::Context) {
        if let Loading::Pending(rx) = &self.loading
            && let Ok(result) = rx.try_recv()
        {
            self.loading = match result {
                Ok((l, store)) => {
                    self.images.set_store(store);
                    Loading::Ready(Box::new(l))
                }
                Err(e) => Loading::Failed(e),
            };
        }
        if let Some(rx) = &self.fonts
            && let Ok(found) = rx.try_recv()
        {
            self.cjk = fonts::install(ctx, found);
            self.fonts = None;
        }
        self.images.poll(ctx);
        if self.applied.as_ref() != Some(&self.settings) {
            theme::apply(ctx, self.settings.theme, self.settings.scale);
            if self.tr.lang() != self.settings.lang {
                self.tr = Tr::new(self.settings.lang);
            }
            self.applied = Some(self.settings.clone());
        }
    }

    fn global_keys(&mut self, ctx: &egui::Context) {
        let (find, esc, back, fwd) = ctx.input_mut(|i| {
            (
                i.consume_key(Modifiers::COMMAND, Key::F),
                i.consume_key(Modifiers::NONE, Key::Escape),
                i.consume_key(Modifiers::ALT, Key::ArrowLeft),
                i.consume_key(Modifiers::ALT, Key::ArrowRight),
            )
        });
        if esc && self.enlarged.is_some() {
            self.enlarged = None;
        } else if find || esc {
            self.screen = Screen::Search;
            self.focus_search = true;
        }
        if back {
            self.session.back();
        }
        if fwd {
            self.session.forward();
        }
    }

    fn apply(&mut self, actions: Vec<Action>) {
        let Some(loaded) = self.loaded() else { return };
        let ids: Vec<_> = actions
            .iter()
            .map(|a| match a {
                Action::ToggleFavourite(i) => Some(loaded.catalog.entries[*i].id.clone()),
                _ => None,
            })
            .collect();
        for (a, id) in actions.into_iter().zip(ids) {
            match a {
                Action::Open(i) => {
                    self.screen = Screen::Search;
                    self.changes.extend(self.session.open(i));
                }
                Action::ToggleFavourite(_) => {
                    if let Some(id) = id {
                        let c = self.session.toggle_favourite(&id);
                        self.changes.push(c);
                    }
                }
                Action::Enlarge { image, caption } => self.enlarged = Some((image, caption, 1.0)),
                Action::AddToLesson(i, name) => {
                    if let Loading::Ready(l) = &self.loading {
                        let id = l.catalog.entries[i].id.clone();
                        self.trainer.add_to_lesson(&name, id);
                    }
                }
                Action::Search(q) => {
                    self.screen = Screen::Search;
                    self.session.query = q;
                    self.research();
                    self.focus_search = true;
                }
            }
        }
    }

    fn research(&mut self) {
        if let Loading::Ready(l) = &self.loading {
            self.session.search(&l.catalog);
            self.scroll_to_cursor = true;
        }
    }

    /// Draw one frame of the whole app.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let frame_start = Instant::now();
        let ctx = ui.ctx().clone();
        self.poll(&ctx);
        if self.present(ui) {
            return;
        }
        self.global_keys(&ctx);
        let mut actions = Vec::new();
        self.top_bar(ui);
        self.status_bar(ui);
        match &self.loading {
            Loading::Pending(_) => {
                egui::CentralPanel::default_margins().show(ui, |ui| {
                    ui.spinner();
                    ui.label(self.tr.get("loading"));
                });
            }
            Loading::Failed(e) => {
                let msg = self.tr.fmt("load-failed", &[("error", e)]);
                egui::CentralPanel::default_margins().show(ui, |ui| {
                    ui.label(RichText::new(msg).color(egui::Color32::RED).strong());
                });
            }
            Loading::Ready(_) => self.body(ui, &mut actions),
        }
        self.apply(actions);
        self.enlarged_window(&ctx);
        self.save(&ctx);
        self.frames += 1;
        if self.frame_log {
            eprintln!(
                "frame-ui {} {:.3} ms",
                self.frames,
                frame_start.elapsed().as_secs_f64() * 1e3
            );
        }
        if self.frames == 1
            && let Some(t) = self.started
            && std::env::var_os("FIELDGUIDE_FIRST_FRAME_EXIT").is_some()
        {
            eprintln!("first frame {:.1} ms", t.elapsed().as_secs_f64() * 1e3);
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    /// Draw the presentation if one is running; false when there is none.
    fn present(&mut self, ui: &mut egui::Ui) -> bool {
        let (Some(p), Loading::Ready(l)) = (&mut self.trainer.presenting, &self.loading) else {
            return false;
        };
        if !trainer::presentation_keys(ui.ctx(), p) {
            self.trainer.presenting = None;
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
            return false;
        }
        trainer::presentation(ui, &self.tr, &l.catalog, &l.relations, &mut self.images, p);
        true
    }

    fn top_bar(&mut self, ui: &mut egui::Ui) {
        let tr = &self.tr;
        let s = &mut self.session;
        let screen = &mut self.screen;
        let mut changed = false;
        let mut focus = std::mem::take(&mut self.focus_search);
        egui::Panel::top("top").show(ui, |ui| {
            ui.add_space(4.0);
            ui.horizontal_wrapped(|ui| {
                ui.add_enabled_ui(s.can_back(), |ui| {
                    if ui.button("◀").on_hover_text(tr.get("nav-back")).clicked() {
                        s.back();
                    }
                });
                ui.add_enabled_ui(s.can_forward(), |ui| {
                    if ui
                        .button("▶")
                        .on_hover_text(tr.get("nav-forward"))
                        .clicked()
                    {
                        s.forward();
                    }
                });
                ui.separator();
                let tabs = [
                    (Screen::Search, "tab-search"),
                    (Screen::Saved, "tab-saved"),
                    (Screen::Tools, "tab-tools"),
                    (Screen::Class, "tab-class"),
                    (Screen::Log, "tab-log"),
                    (Screen::About, "tab-about"),
                    (Screen::Settings, "tab-settings"),
                ];
                for (sc, key) in tabs {
                    if ui.selectable_value(screen, sc, tr.get(key)).clicked()
                        && sc == Screen::Search
                    {
                        focus = true;
                    }
                }
            });
            if *screen == Screen::Search {
                changed = search_view::bar(ui, tr, s);
                if focus {
                    ui.ctx()
                        .memory_mut(|m| m.request_focus(search_view::search_box_id()));
                }
            }
            ui.add_space(4.0);
        });
        if changed {
            self.research();
        }
    }

    fn status_bar(&mut self, ui: &mut egui::Ui) {
        let tr = &self.tr;
        let settings = &mut self.settings;
        let user_error = self.user_error.as_deref();
        let loaded = match &self.loading {
            Loading::Ready(l) => Some(l),
            _ => None,
        };
        egui::Panel::bottom("status").show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                if let Some(l) = loaded {
                    ui.label(tr.fmt(
                        "status-data",
                        &[
                            ("version", &l.catalog.data_version),
                            ("n", &l.catalog.entries.len().to_string()),
                        ],
                    ));
                }
                ui.label(RichText::new(tr.get("status-offline")).strong());
                if let Some(w) = loaded.and_then(|l| l.warning.as_deref()) {
                    ui.label(
                        RichText::new(tr.get("data-fallback"))
                            .color(egui::Color32::from_rgb(190, 0, 0))
                            .strong(),
                    )
                    .on_hover_text(w);
                }
                if let Some(e) = user_error {
                    ui.label(
                        RichText::new(tr.get("user-data-unavailable"))
                            .color(egui::Color32::from_rgb(190, 0, 0))
                            .strong(),
                    )
                    .on_hover_text(e);
                }
                ui.separator();
                for lang in Lang::ALL {
                    ui.selectable_value(&mut settings.lang, lang, lang.short())
                        .on_hover_text(lang.native_name());
                }
            });
        });
    }

    fn body(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let Loading::Ready(loaded) = &self.loading else {
            return;
        };
        let loaded: &Loaded = loaded;
        match self.screen {
            Screen::Search => {
                if let Some(c) = search_view::keys(ui.ctx(), &mut self.session) {
                    self.changes.push(c);
                }
                let scroll = std::mem::take(&mut self.scroll_to_cursor)
                    || ui.input(|i| i.key_down(Key::ArrowDown) || i.key_down(Key::ArrowUp));
                let width = (ui.available_width() * 0.36).clamp(260.0, 480.0);
                egui::Panel::left("results")
                    .exact_size(width)
                    .show(ui, |ui| {
                        search_view::results(
                            ui,
                            &self.tr,
                            &loaded.catalog,
                            &self.session,
                            scroll,
                            actions,
                        );
                    });
                let current = self.session.current;
                let fav = current
                    .map(|i| self.session.is_favourite(&loaded.catalog.entries[i].id))
                    .unwrap_or(false);
                let mut view = View {
                    tr: &self.tr,
                    catalog: &loaded.catalog,
                    relations: &loaded.relations,
                    images: &mut self.images,
                    actions,
                    lessons: &self.trainer.own,
                    notes: &mut self.notes,
                    notes_changed: &mut self.notes_changed,
                };
                egui::CentralPanel::default_margins().show(ui, |ui| {
                    egui::ScrollArea::vertical()
                        .id_salt(("entry", current))
                        .auto_shrink([false, false])
                        .show(ui, |ui| match current {
                            Some(i) => entry_view::show(ui, &mut view, i, fav),
                            None => {
                                ui.label(RichText::new(view.tr.get("welcome")).size(18.0));
                                ui.label(view.tr.get("welcome-keys"));
                            }
                        });
                });
            }
            Screen::Saved => {
                egui::CentralPanel::default_margins().show(ui, |ui| {
                    pages::saved(ui, &self.tr, &loaded.catalog, &self.session, actions);
                });
            }
            Screen::Tools => {
                egui::CentralPanel::default_margins().show(ui, |ui| {
                    tools_view::show(ui, &self.tr, &loaded.catalog, &mut self.tools, actions);
                });
            }
            Screen::Log => {
                let current = self.session.current;
                let saving = self.prefs.is_some();
                egui::CentralPanel::default_margins().show(ui, |ui| {
                    log_view::show(
                        ui,
                        &self.tr,
                        &loaded.catalog,
                        current,
                        &mut self.log,
                        saving,
                        actions,
                    );
                });
            }
            Screen::Class => {
                trainer::show(
                    ui,
                    &self.tr,
                    loaded,
                    &mut self.images,
                    &mut self.trainer,
                    actions,
                );
            }
            Screen::About => {
                egui::CentralPanel::default_margins().show(ui, |ui| {
                    pages::about(ui, &self.tr, loaded);
                });
            }
            Screen::Settings => {
                egui::CentralPanel::default_margins().show(ui, |ui| {
                    egui::ScrollArea::vertical().show(ui, |ui| {
                        pages::settings(ui, &self.tr, &mut self.settings, &self.cjk);
                    });
                });
            }
        }
    }

    fn enlarged_window(&mut self, ctx: &egui::Context) {
        let Some((image, caption, zoom)) = &mut self.enlarged else {
            return;
        };
        let tr = &self.tr;
        let mut close = false;
        let screen = ctx.content_rect().size();
        let modal = egui::Modal::new(egui::Id::unique("enlarged")).show(ctx, |ui| {
            ui.set_max_size(screen * 0.9);
            ui.horizontal(|ui| {
                ui.label(RichText::new(caption.as_str()).strong());
                if ui.button("−").on_hover_text(tr.get("zoom-out")).clicked() {
                    *zoom = (*zoom / 1.25).max(0.25);
                }
                if ui.button("+").on_hover_text(tr.get("zoom-in")).clicked() {
                    *zoom = (*zoom * 1.25).min(8.0);
                }
                if ui.button(tr.get("close")).clicked() {
                    close = true;
                }
            });
            let scroll = ui.input(|i| i.zoom_delta());
            if scroll != 1.0 {
                *zoom = (*zoom * scroll).clamp(0.25, 8.0);
            }
            egui::ScrollArea::both()
                .max_height(screen.y * 0.8)
                .show(ui, |ui| match self.images.get(*image) {
                    ImageState::Ready(t) => {
                        let size = t.size_vec2();
                        let fit = (screen.x * 0.85 / size.x)
                            .min(screen.y * 0.75 / size.y)
                            .min(2.0);
                        ui.add(egui::Image::new(t).fit_to_exact_size(size * fit * *zoom));
                    }
                    ImageState::Pending => {
                        ui.spinner();
                    }
                    ImageState::Failed(e) => {
                        ui.label(e.to_owned());
                    }
                });
        });
        if close || modal.should_close() {
            self.enlarged = None;
        }
    }
}

#[cfg(feature = "window")]
impl eframe::App for FieldGuideApp {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        if self.frame_log
            && let Some(cpu) = frame.info().cpu_usage
        {
            // The previous frame's whole cost: update, tessellation and painting.
            eprintln!("frame-cpu {:.3} ms", cpu * 1e3);
        }
        self.show(ui);
        if self.images.busy() {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(50));
        }
    }
}
