//! The officer's own records: favourites, recent searches, notes on entries, app settings and the
//! inspection log, in their own SQLite file (never the reference database).
//!
//! Durability: WAL journal with `synchronous=FULL`, every write one `BEGIN IMMEDIATE`
//! transaction, so a write that returned `Ok` survives the process being killed at any moment.
//! Safety: a file that is damaged, foreign or of a newer schema is reported and left untouched;
//! nothing here ever deletes or recreates it.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior};

use crate::error::{Error, Result};
use crate::lessons::{Lesson, LessonItem};
use crate::model::EntryId;
use crate::store::explain;
use crate::store::read::{parse_col, parse_opt};
use crate::userdata::{LogRecord, NewLogRecord, USER_FILE, check_text, now_rfc3339};

/// Schema steps; step `i` takes `user_version` from `i` to `i + 1`. Append, never edit.
const MIGRATIONS: [&str; 2] = [
    // 1: the first schema.
    "CREATE TABLE favourite (
        seq      INTEGER PRIMARY KEY AUTOINCREMENT,
        entry    TEXT NOT NULL UNIQUE,
        added_at TEXT NOT NULL
    );
    CREATE TABLE recent_search (
        seq         INTEGER PRIMARY KEY AUTOINCREMENT,
        query       TEXT NOT NULL UNIQUE,
        searched_at TEXT NOT NULL
    );
    CREATE TABLE note (
        entry      TEXT PRIMARY KEY NOT NULL,
        text       TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE setting (
        key   TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
    );
    CREATE TABLE inspection_log (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        recorded_at TEXT NOT NULL,
        entry       TEXT,
        entry_title TEXT,
        place       TEXT NOT NULL,
        quantity    TEXT NOT NULL,
        decision    TEXT NOT NULL
                    CHECK (decision IN ('released', 'detained', 'seized', 'referred', 'pending')),
        notes       TEXT NOT NULL
    );",
    // 2: trainers' lessons and quiz results.
    "CREATE TABLE lesson (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        name       TEXT NOT NULL UNIQUE,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE lesson_item (
        lesson_id INTEGER NOT NULL REFERENCES lesson(id) ON DELETE CASCADE,
        ord       INTEGER NOT NULL,
        entry     TEXT NOT NULL,
        note      TEXT,
        PRIMARY KEY (lesson_id, ord)
    );
    CREATE TABLE quiz_result (
        id        INTEGER PRIMARY KEY AUTOINCREMENT,
        taken_at  TEXT NOT NULL,
        scope     TEXT NOT NULL,
        seed      INTEGER NOT NULL,
        questions INTEGER NOT NULL,
        correct   INTEGER NOT NULL
    );",
];

/// The user data schema version this program writes.
pub const USER_SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// `PRAGMA application_id` of a fieldguide user data file ("FGud").
const APPLICATION_ID: i64 = 0x4647_7564;

/// Recent searches kept.
const RECENT_KEPT: i64 = 50;

/// Longest setting key, in characters.
const MAX_KEY_CHARS: usize = 100;

/// How long a write waits for another process (the app and a command) holding the file.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The officer's records file, open for reading and writing.
pub struct UserStore {
    conn: Connection,
    path: PathBuf,
}

impl UserStore {
    /// Open the user data file at `path`, creating it (and its directories) when missing and
    /// bringing its schema up to date. A file that is not SQLite, fails its quick check, belongs
    /// to another program or has a newer schema is refused with a clear error and left untouched.
    pub fn open(path: &Path) -> Result<UserStore> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        if path.exists() && !path.is_file() {
            return Err(refused(
                path,
                "not a file; move it aside or choose another --data-dir",
            ));
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| unusable(path, &e))?;
        let store = UserStore {
            conn,
            path: path.to_owned(),
        };
        store.check_before_writing()?;
        store.configure()?;
        store.migrate()?;
        Ok(store)
    }

    /// Where the records are kept by default: `user.sqlite` in [`crate::userdata::data_dir`].
    pub fn default_path() -> Result<PathBuf> {
        Ok(crate::userdata::data_dir()?.join(USER_FILE))
    }

    /// The file this store writes.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Read-only checks, done before anything is written to the file.
    fn check_before_writing(&self) -> Result<()> {
        let p = &self.path;
        self.conn
            .busy_timeout(BUSY_TIMEOUT)
            .map_err(|e| unusable(p, &e))?;
        let read = |sql: &str| -> Result<i64> {
            self.conn
                .query_row(sql, [], |r| r.get(0))
                .map_err(|e| unusable(p, &e))
        };
        let version = read("PRAGMA user_version")?;
        let app_id = read("PRAGMA application_id")?;
        let tables = read("SELECT COUNT(*) FROM sqlite_master")?;
        // Ours once migrated: our application id. Before that: an empty database.
        let foreign = if version == 0 {
            tables > 0
        } else {
            app_id != APPLICATION_ID
        };
        if foreign {
            return Err(refused(
                p,
                "not a fieldguide user data file (another program's database); left untouched — \
                 choose another --data-dir or move it aside",
            ));
        }
        if version > USER_SCHEMA_VERSION {
            return Err(refused(
                p,
                &format!(
                    "written by a newer fieldguide (user data version {version}, this program \
                     knows up to {USER_SCHEMA_VERSION}); left untouched — use the newer program"
                ),
            ));
        }
        let problems: Vec<String> = self
            .conn
            .prepare("PRAGMA quick_check")
            .and_then(|mut st| {
                st.query_map([], |r| r.get::<_, String>(0))?
                    .collect::<rusqlite::Result<Vec<String>>>()
            })
            .map_err(|e| unusable(p, &e))?;
        if problems.iter().any(|r| r != "ok") {
            let first = problems.first().map_or("", String::as_str);
            return Err(refused(p, &format!("{}: {first}", damaged_advice())));
        }
        Ok(())
    }

    /// WAL journal, full sync on commit, foreign keys.
    fn configure(&self) -> Result<()> {
        let mode: String = self.wrap(self.conn.query_row(
            "PRAGMA journal_mode = WAL",
            [],
            |r| r.get(0),
        ))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(refused(
                &self.path,
                &format!("cannot use the WAL journal (got {mode}); keep the file on a local disk"),
            ));
        }
        self.wrap(
            self.conn
                .execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;"),
        )
    }

    /// Apply the schema steps this file has not had yet, all in one transaction.
    fn migrate(&self) -> Result<()> {
        let tx = self.begin()?;
        // Read again inside the write lock: another process may have migrated meanwhile.
        let version: i64 = self.wrap(tx.query_row("PRAGMA user_version", [], |r| r.get(0)))?;
        if version >= USER_SCHEMA_VERSION {
            return Ok(());
        }
        for step in MIGRATIONS
            .iter()
            .skip(usize::try_from(version).unwrap_or(0))
        {
            self.wrap(tx.execute_batch(step))?;
        }
        self.wrap(tx.execute_batch(&format!(
            "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {USER_SCHEMA_VERSION};"
        )))?;
        self.wrap(tx.commit())
    }

    /// Start a write transaction that takes the write lock at once (waiting up to the busy
    /// timeout), so two writers never deadlock on an upgrade from read to write.
    fn begin(&self) -> Result<Transaction<'_>> {
        self.wrap(Transaction::new_unchecked(
            &self.conn,
            TransactionBehavior::Immediate,
        ))
    }

    fn wrap<T>(&self, r: rusqlite::Result<T>) -> Result<T> {
        r.map_err(|e| unusable(&self.path, &e))
    }

    // ---- favourites ----

    /// Favourite entries, newest first.
    pub fn favourites(&self) -> Result<Vec<EntryId>> {
        let mut st = self.wrap(
            self.conn
                .prepare_cached("SELECT entry FROM favourite ORDER BY seq DESC"),
        )?;
        let rows = st.query_map([], |r| parse_col(r, 0));
        self.wrap(rows.and_then(|rows| rows.collect()))
    }

    /// Whether `id` is a favourite.
    pub fn is_favourite(&self, id: &EntryId) -> Result<bool> {
        self.wrap(
            self.conn
                .query_row(
                    "SELECT 1 FROM favourite WHERE entry = ?1",
                    [id.as_str()],
                    |_| Ok(()),
                )
                .optional(),
        )
        .map(|found| found.is_some())
    }

    /// Add `id` to the favourites (keeping its place if it is one already) or remove it.
    pub fn set_favourite(&self, id: &EntryId, on: bool) -> Result<()> {
        let tx = self.begin()?;
        if on {
            self.wrap(tx.execute(
                "INSERT OR IGNORE INTO favourite (entry, added_at) VALUES (?1, ?2)",
                [id.as_str(), &now_rfc3339()],
            ))?;
        } else {
            self.wrap(tx.execute("DELETE FROM favourite WHERE entry = ?1", [id.as_str()]))?;
        }
        self.wrap(tx.commit())
    }

    // ---- recent searches ----

    /// The newest `limit` searches, newest first.
    pub fn recent_searches(&self, limit: usize) -> Result<Vec<String>> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let mut st = self.wrap(
            self.conn
                .prepare_cached("SELECT query FROM recent_search ORDER BY seq DESC LIMIT ?1"),
        )?;
        let rows = st.query_map([limit], |r| r.get(0));
        self.wrap(rows.and_then(|rows| rows.collect()))
    }

    /// Remember a search (trimmed; empty ones are ignored). Searching again for the same text
    /// moves it to the top; only the newest 50 are kept. Text longer than the field limit is cut.
    pub fn record_search(&self, query: &str) -> Result<()> {
        let query = query.trim();
        if query.is_empty() {
            return Ok(());
        }
        let query: String = query
            .chars()
            .filter(|c| *c != '\0')
            .take(crate::userdata::MAX_FIELD_CHARS)
            .collect();
        let tx = self.begin()?;
        self.wrap(tx.execute("DELETE FROM recent_search WHERE query = ?1", [&query]))?;
        self.wrap(tx.execute(
            "INSERT INTO recent_search (query, searched_at) VALUES (?1, ?2)",
            [&query, &now_rfc3339()],
        ))?;
        self.wrap(tx.execute(
            "DELETE FROM recent_search WHERE seq NOT IN \
             (SELECT seq FROM recent_search ORDER BY seq DESC LIMIT ?1)",
            [RECENT_KEPT],
        ))?;
        self.wrap(tx.commit())
    }

    // ---- notes ----

    /// The officer's note on an entry.
    pub fn note(&self, id: &EntryId) -> Result<Option<String>> {
        self.wrap(
            self.conn
                .query_row(
                    "SELECT text FROM note WHERE entry = ?1",
                    [id.as_str()],
                    |r| r.get(0),
                )
                .optional(),
        )
    }

    /// Every note, by entry.
    pub fn notes(&self) -> Result<Vec<(EntryId, String)>> {
        let mut st = self.wrap(
            self.conn
                .prepare("SELECT entry, text FROM note ORDER BY entry"),
        )?;
        let rows: Vec<(String, String)> = self.wrap(
            st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
                .and_then(|rows| rows.collect()),
        )?;
        rows.into_iter()
            .map(|(id, text)| {
                id.parse::<EntryId>()
                    .map(|id| (id, text))
                    .map_err(|e| refused(&self.path, &format!("a note holds a bad entry id: {e}")))
            })
            .collect()
    }

    /// Set the note on an entry; empty (or blank) text deletes it.
    pub fn set_note(&self, id: &EntryId, text: &str) -> Result<()> {
        check_text("note", text)?;
        let tx = self.begin()?;
        if text.trim().is_empty() {
            self.wrap(tx.execute("DELETE FROM note WHERE entry = ?1", [id.as_str()]))?;
        } else {
            self.wrap(tx.execute(
                "INSERT INTO note (entry, text, updated_at) VALUES (?1, ?2, ?3) \
                 ON CONFLICT (entry) DO UPDATE SET text = excluded.text, \
                 updated_at = excluded.updated_at",
                [id.as_str(), text, &now_rfc3339()],
            ))?;
        }
        self.wrap(tx.commit())
    }

    // ---- lessons ----

    /// Every lesson, oldest first, with its entries in order.
    pub fn lessons(&self) -> Result<Vec<Lesson>> {
        let mut st = self.wrap(self.conn.prepare("SELECT id, name FROM lesson ORDER BY id"))?;
        let heads: Vec<(i64, String)> = self.wrap(
            st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
                .and_then(|rows| rows.collect()),
        )?;
        let mut items = self
            .wrap(self.conn.prepare(
                "SELECT entry, note FROM lesson_item WHERE lesson_id = ?1 ORDER BY ord",
            ))?;
        let mut out = Vec::new();
        for (id, name) in heads {
            let raw: Vec<(String, Option<String>)> = self.wrap(
                items
                    .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))
                    .and_then(|rows| rows.collect()),
            )?;
            let mut lesson_items = Vec::new();
            for (entry, note) in raw {
                let entry = entry.parse::<EntryId>().map_err(|e| {
                    refused(
                        &self.path,
                        &format!("lesson {name:?} holds a bad entry id: {e}"),
                    )
                })?;
                lesson_items.push(LessonItem { entry, note });
            }
            out.push(Lesson {
                name,
                items: lesson_items,
            });
        }
        Ok(out)
    }

    /// Whether a lesson of this name exists.
    pub fn has_lesson(&self, name: &str) -> Result<bool> {
        self.wrap(
            self.conn
                .query_row("SELECT 1 FROM lesson WHERE name = ?1", [name], |_| Ok(()))
                .optional()
                .map(|r| r.is_some()),
        )
    }

    /// Save a lesson: a new one, or the one of the same name replaced whole.
    pub fn save_lesson(&self, lesson: &Lesson) -> Result<()> {
        lesson.validate()?;
        let tx = self.begin()?;
        self.wrap(tx.execute(
            "INSERT INTO lesson (name, updated_at) VALUES (?1, ?2) \
             ON CONFLICT (name) DO UPDATE SET updated_at = excluded.updated_at",
            [lesson.name.as_str(), &now_rfc3339()],
        ))?;
        let id: i64 = self.wrap(tx.query_row(
            "SELECT id FROM lesson WHERE name = ?1",
            [lesson.name.as_str()],
            |r| r.get(0),
        ))?;
        self.wrap(tx.execute("DELETE FROM lesson_item WHERE lesson_id = ?1", [id]))?;
        for (ord, item) in lesson.items.iter().enumerate() {
            self.wrap(tx.execute(
                "INSERT INTO lesson_item (lesson_id, ord, entry, note) VALUES (?1, ?2, ?3, ?4)",
                rusqlite::params![id, ord as i64, item.entry.as_str(), item.note],
            ))?;
        }
        self.wrap(tx.commit())
    }

    /// Rename a lesson; refused when the new name is taken or the lesson does not exist.
    pub fn rename_lesson(&self, from: &str, to: &str) -> Result<()> {
        Lesson {
            name: to.to_owned(),
            items: Vec::new(),
        }
        .validate()?;
        let tx = self.begin()?;
        let taken = self.wrap(
            tx.query_row("SELECT 1 FROM lesson WHERE name = ?1", [to], |_| Ok(()))
                .optional(),
        )?;
        if taken.is_some() {
            return Err(Error::Refused(format!(
                "a lesson named {to:?} already exists"
            )));
        }
        let n = self.wrap(tx.execute(
            "UPDATE lesson SET name = ?2, updated_at = ?3 WHERE name = ?1",
            [from, to, &now_rfc3339()],
        ))?;
        if n == 0 {
            return Err(Error::NotFound(format!("no lesson named {from:?}")));
        }
        self.wrap(tx.commit())
    }

    /// Delete a lesson and its entries.
    pub fn delete_lesson(&self, name: &str) -> Result<()> {
        let tx = self.begin()?;
        let n = self.wrap(tx.execute("DELETE FROM lesson WHERE name = ?1", [name]))?;
        if n == 0 {
            return Err(Error::NotFound(format!("no lesson named {name:?}")));
        }
        self.wrap(tx.commit())
    }

    /// Record a finished quiz.
    pub fn record_quiz(
        &self,
        scope: &str,
        seed: u64,
        questions: usize,
        correct: usize,
    ) -> Result<()> {
        check_text("quiz scope", scope)?;
        let tx = self.begin()?;
        self.wrap(tx.execute(
            "INSERT INTO quiz_result (taken_at, scope, seed, questions, correct) \
             VALUES (?1, ?2, ?3, ?4, ?5)",
            rusqlite::params![
                now_rfc3339(),
                scope,
                seed as i64,
                questions as i64,
                correct as i64
            ],
        ))?;
        self.wrap(tx.commit())
    }

    // ---- settings ----

    /// A setting of the app (language, theme, UI scale, window…).
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        self.wrap(
            self.conn
                .query_row("SELECT value FROM setting WHERE key = ?1", [key], |r| {
                    r.get(0)
                })
                .optional(),
        )
    }

    /// Set a setting. Keys are 1 to 100 characters.
    pub fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        if key.is_empty() || key.chars().count() > MAX_KEY_CHARS {
            return Err(Error::Refused(format!(
                "a setting key must be 1 to {MAX_KEY_CHARS} characters"
            )));
        }
        check_text("setting key", key)?;
        check_text("setting value", value)?;
        let tx = self.begin()?;
        self.wrap(tx.execute(
            "INSERT INTO setting (key, value) VALUES (?1, ?2) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        ))?;
        self.wrap(tx.commit())
    }

    // ---- inspection log ----

    /// Record an inspection; returns it with its id and time.
    pub fn add_log(&self, rec: &NewLogRecord) -> Result<LogRecord> {
        rec.validate()?;
        let recorded_at = now_rfc3339();
        let tx = self.begin()?;
        self.wrap(tx.execute(
            "INSERT INTO inspection_log \
             (recorded_at, entry, entry_title, place, quantity, decision, notes) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            rusqlite::params![
                recorded_at,
                rec.entry.as_ref().map(EntryId::as_str),
                rec.entry_title,
                rec.place,
                rec.quantity,
                rec.decision.as_str(),
                rec.notes,
            ],
        ))?;
        let id = tx.last_insert_rowid();
        self.wrap(tx.commit())?;
        Ok(LogRecord {
            id,
            recorded_at,
            entry: rec.entry.clone(),
            entry_title: rec.entry_title.clone(),
            place: rec.place.clone(),
            quantity: rec.quantity.clone(),
            decision: rec.decision,
            notes: rec.notes.clone(),
        })
    }

    /// The whole inspection log, oldest first.
    pub fn log(&self) -> Result<Vec<LogRecord>> {
        let mut st = self.wrap(self.conn.prepare_cached(
            "SELECT id, recorded_at, entry, entry_title, place, quantity, decision, notes \
             FROM inspection_log ORDER BY id",
        ))?;
        let rows = st.query_map([], |r| {
            Ok(LogRecord {
                id: r.get(0)?,
                recorded_at: r.get(1)?,
                entry: parse_opt(r, 2)?,
                entry_title: r.get(3)?,
                place: r.get(4)?,
                quantity: r.get(5)?,
                decision: parse_col(r, 6)?,
                notes: r.get(7)?,
            })
        });
        self.wrap(rows.and_then(|rows| rows.collect()))
    }
}

/// What to tell the officer about a damaged file.
fn damaged_advice() -> &'static str {
    "the user data file is damaged; it was left untouched — move it aside (keep it: the records \
     may be recoverable) or restore a backup, and fieldguide will start a new one"
}

/// A refusal naming the file.
fn refused(path: &Path, problem: &str) -> Error {
    Error::UserData {
        path: path.to_owned(),
        problem: problem.to_owned(),
    }
}

/// An SQLite error on the user data file, in one line that names the file and says what to do.
fn unusable(path: &Path, e: &rusqlite::Error) -> Error {
    let what = explain(e);
    let problem = match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt) => {
            format!("{what}; {}", damaged_advice())
        }
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
            format!("{what}; another fieldguide is writing to it — try again")
        }
        Some(rusqlite::ErrorCode::ReadOnly | rusqlite::ErrorCode::PermissionDenied) => {
            format!("{what}; make the file and its folder writable, or choose another --data-dir")
        }
        Some(rusqlite::ErrorCode::DiskFull) => format!("{what}; free some disk space"),
        _ => what,
    };
    refused(path, &problem)
}
