//! The officer's saved state (settings, favourites, recent searches, window size) in the user
//! data file. It is read once before the window opens; every later write goes to a writer thread
//! that owns the file, so a frame never waits on the disk. Dropping [`Prefs`] finishes the
//! pending writes.

use std::path::Path;
use std::sync::mpsc::{Sender, channel};
use std::thread::JoinHandle;

use crate::app::i18n::Lang;
use crate::app::pages::Settings;
use crate::app::state::{Change, RECENT_LIMIT};
use crate::app::theme::ThemeChoice;
use crate::model::EntryId;
use crate::store::UserStore;

/// What was saved last time.
#[derive(Default)]
pub struct Saved {
    /// Interface settings.
    pub settings: Settings,
    /// Favourites, newest first.
    pub favourites: Vec<EntryId>,
    /// Recent searches, newest first.
    pub recent: Vec<String>,
    /// Window inner size in points.
    pub window: Option<[f32; 2]>,
    /// The trainer's own lessons.
    pub lessons: Vec<crate::lessons::Lesson>,
    /// The officer's notes on entries.
    pub notes: std::collections::HashMap<EntryId, String>,
    /// The inspection log, oldest first.
    pub log: Vec<crate::userdata::LogRecord>,
}

/// What the writer thread reports back.
pub enum Reply {
    /// The whole inspection log after a change.
    Log(Vec<crate::userdata::LogRecord>),
    /// A message for the officer (an export written, or why a write failed).
    Message(String),
}

/// Formats of a log export from the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogFormat {
    /// CSV.
    Csv,
    /// JSON.
    Json,
}

enum Write {
    Change(Change),
    Setting(&'static str, String),
    SaveLesson(crate::lessons::Lesson),
    DeleteLesson(String),
    RecordQuiz(String, u64, usize, usize),
    Note(EntryId, String),
    AddLog(crate::userdata::NewLogRecord),
    ExportLog(std::path::PathBuf, LogFormat),
}

/// The writer thread's handle.
pub struct Prefs {
    tx: Option<Sender<Write>>,
    worker: Option<JoinHandle<()>>,
    replies: std::sync::mpsc::Receiver<Reply>,
}

impl Prefs {
    /// Open the user data file, read what was saved, and start the writer.
    pub fn open(path: &Path) -> crate::Result<(Prefs, Saved)> {
        let store = UserStore::open(path)?;
        let saved = read(&store)?;
        let (tx, rx) = channel::<Write>();
        let (reply_tx, replies) = channel::<Reply>();
        let worker = std::thread::Builder::new()
            .name("user-data-write".to_owned())
            .spawn(move || {
                for w in rx {
                    let result = match w {
                        Write::Change(Change::Favourite(id, on)) => store.set_favourite(&id, on),
                        Write::Change(Change::Searched(q)) => store.record_search(&q),
                        Write::Setting(k, v) => store.set_setting(k, &v),
                        Write::SaveLesson(l) => store.save_lesson(&l),
                        Write::DeleteLesson(name) => store.delete_lesson(&name),
                        Write::RecordQuiz(scope, seed, n, right) => {
                            store.record_quiz(&scope, seed, n, right)
                        }
                        Write::Note(id, text) => store.set_note(&id, &text),
                        Write::AddLog(rec) => {
                            store.add_log(&rec).and_then(|_| store.log()).map(|log| {
                                let _ = reply_tx.send(Reply::Log(log));
                            })
                        }
                        Write::ExportLog(path, format) => {
                            export_log(&store, &path, format).map(|()| {
                                let _ = reply_tx.send(Reply::Message(path.display().to_string()));
                            })
                        }
                    };
                    if let Err(e) = result {
                        let _ = reply_tx.send(Reply::Message(e.to_string()));
                    }
                }
            })
            .map_err(|e| crate::Error::io(path, e))?;
        Ok((
            Prefs {
                tx: Some(tx),
                worker: Some(worker),
                replies,
            },
            saved,
        ))
    }

    /// Queue a change for saving.
    pub fn change(&self, c: Change) {
        self.send(Write::Change(c));
    }

    /// Queue the settings for saving.
    pub fn settings(&self, s: &Settings) {
        self.send(Write::Setting("lang", s.lang.code().to_owned()));
        self.send(Write::Setting("theme", s.theme.code().to_owned()));
        self.send(Write::Setting("scale", format!("{:.2}", s.scale)));
    }

    /// Queue a lesson for saving (created or replaced whole).
    pub fn save_lesson(&self, l: &crate::lessons::Lesson) {
        self.send(Write::SaveLesson(l.clone()));
    }

    /// Queue a lesson's deletion.
    pub fn delete_lesson(&self, name: &str) {
        self.send(Write::DeleteLesson(name.to_owned()));
    }

    /// Queue a finished quiz's score.
    pub fn record_quiz(&self, scope: &str, seed: u64, questions: usize, correct: usize) {
        self.send(Write::RecordQuiz(
            scope.to_owned(),
            seed,
            questions,
            correct,
        ));
    }

    /// Queue the officer's note on an entry (empty deletes it).
    pub fn note(&self, id: &EntryId, text: &str) {
        self.send(Write::Note(id.clone(), text.to_owned()));
    }

    /// Queue an inspection record; the whole log comes back as a [`Reply::Log`].
    pub fn add_log(&self, rec: crate::userdata::NewLogRecord) {
        self.send(Write::AddLog(rec));
    }

    /// Queue an export of the inspection log to a file.
    pub fn export_log(&self, path: std::path::PathBuf, format: LogFormat) {
        self.send(Write::ExportLog(path, format));
    }

    /// Replies from the writer, if any.
    pub fn replies(&self) -> Vec<Reply> {
        self.replies.try_iter().collect()
    }

    /// Queue the window size for saving.
    pub fn window(&self, size: egui::Vec2) {
        self.send(Write::Setting(
            "window",
            format!("{:.0}x{:.0}", size.x, size.y),
        ));
    }

    fn send(&self, w: Write) {
        if let Some(tx) = &self.tx {
            // The writer only stops when this handle drops; a send can fail only after that.
            let _ = tx.send(w);
        }
    }
}

impl Drop for Prefs {
    fn drop(&mut self) {
        self.tx = None;
        if let Some(w) = self.worker.take() {
            let _ = w.join();
        }
    }
}

fn read(store: &UserStore) -> crate::Result<Saved> {
    let mut settings = Settings::default();
    if let Some(l) = store.setting("lang")?.as_deref().and_then(Lang::from_code) {
        settings.lang = l;
    }
    if let Some(t) = store
        .setting("theme")?
        .as_deref()
        .and_then(ThemeChoice::from_code)
    {
        settings.theme = t;
    }
    if let Some(s) = store.setting("scale")?.and_then(|s| s.parse::<f32>().ok())
        && s.is_finite()
    {
        settings.scale = s.clamp(
            *crate::app::theme::SCALE_RANGE.start(),
            *crate::app::theme::SCALE_RANGE.end(),
        );
    }
    let window = store.setting("window")?.and_then(|w| {
        let (a, b) = w.split_once('x')?;
        let (x, y) = (a.parse::<f32>().ok()?, b.parse::<f32>().ok()?);
        (x.is_finite()
            && y.is_finite()
            && (400.0..10_000.0).contains(&x)
            && (300.0..10_000.0).contains(&y))
        .then_some([x, y])
    });
    Ok(Saved {
        settings,
        favourites: store.favourites()?,
        recent: store.recent_searches(RECENT_LIMIT)?,
        window,
        lessons: store.lessons()?,
        notes: store.notes()?.into_iter().collect(),
        log: store.log()?,
    })
}

/// Write the log to `path` through a temporary file and a rename.
fn export_log(store: &UserStore, path: &Path, format: LogFormat) -> crate::Result<()> {
    let log = store.log()?;
    let mut bytes = Vec::new();
    match format {
        LogFormat::Csv => crate::userdata::log_to_csv(&log, &mut bytes)?,
        LogFormat::Json => crate::userdata::log_to_json(&log, &mut bytes)?,
    }
    crate::files::write_atomically(path, &bytes)
}

/// The path offered for a file the officer saves: `name` in the home folder, else in the
/// working folder.
pub fn home_file(name: &str) -> String {
    std::env::var_os("HOME")
        .map(|h| std::path::PathBuf::from(h).join(name))
        .unwrap_or_else(|| std::path::PathBuf::from(name))
        .display()
        .to_string()
}
