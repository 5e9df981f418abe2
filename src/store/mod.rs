//! The reference database: opening (embedded or from a file, always read-only), verifying, and
//! typed queries; and the officer's own records ([`UserStore`], a separate read-write file). All
//! of the project's SQL lives in this module.

mod embedded;
mod read;
mod user;
pub mod writer;

use std::path::Path;

use rusqlite::{Connection, OpenFlags, ffi};

use crate::error::{Error, Result};
pub use read::Counts;
pub use user::{USER_SCHEMA_VERSION, UserStore};
pub use writer::{SCHEMA_VERSION, compile};

/// Tables a fieldguide database must have.
pub const REQUIRED_TABLES: [&str; 14] = [
    "meta",
    "source",
    "instrument",
    "image",
    "entry",
    "entry_source",
    "name",
    "identifier",
    "listing",
    "component",
    "exclusion",
    "entry_text",
    "label_link",
    "photo",
];

/// An open, verified, read-only reference database.
pub struct Store {
    conn: Connection,
    origin: String,
}

impl Store {
    /// Open the database compiled into this binary.
    pub fn open_embedded() -> Result<Store> {
        let mut conn = Connection::open_in_memory()?;
        conn.deserialize_bytes(rusqlite::MAIN_DB, embedded::DATABASE)?;
        let store = Store {
            conn,
            origin: "embedded database".to_owned(),
        };
        store.verify_schema()?;
        Ok(store)
    }

    /// Open `path` when given (read-only), else the embedded database.
    pub fn open_or_embedded(path: Option<&Path>) -> Result<Store> {
        match path {
            Some(p) => Store::open(p),
            None => Store::open_embedded(),
        }
    }

    /// Open a compiled database file read-only and verify its schema.
    pub fn open(path: &Path) -> Result<Store> {
        let shown = path.display().to_string();
        if !path.exists() {
            return Err(Error::Database(format!("{shown}: no such file")));
        }
        if !path.is_file() {
            return Err(Error::Database(format!("{shown}: not a file")));
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| describe(&shown, e))?;
        let store = Store {
            conn,
            origin: shown,
        };
        store.verify_schema()?;
        Ok(store)
    }

    /// Open a compiled database from its file bytes (copied into memory, read-only) and verify
    /// its schema. `origin` names it in messages.
    pub fn from_bytes(bytes: &[u8], origin: &str) -> Result<Store> {
        let mut conn = Connection::open_in_memory()?;
        conn.deserialize_read_exact(rusqlite::MAIN_DB, bytes, bytes.len(), true)
            .map_err(|e| describe(origin, e))?;
        let store = Store {
            conn,
            origin: origin.to_owned(),
        };
        store.verify_schema()?;
        Ok(store)
    }

    /// The whole database as SQLite file bytes (what [`Store::from_bytes`] and [`Store::open`]
    /// read back).
    pub fn to_bytes(&mut self) -> Result<Vec<u8>> {
        let data = self
            .conn
            .serialize(rusqlite::MAIN_DB)
            .map_err(|e| describe(&self.origin, e))?;
        Ok(data.to_vec())
    }

    /// Where this database came from, for messages.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// Refuse a file that is not a fieldguide database of this schema version.
    fn verify_schema(&self) -> Result<()> {
        let version: i64 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| describe(&self.origin, e))?;
        let mut st = self
            .conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
            .map_err(|e| describe(&self.origin, e))?;
        let tables: Vec<String> = st
            .query_map([], |r| r.get(0))
            .and_then(|rows| rows.collect())
            .map_err(|e| describe(&self.origin, e))?;
        let missing: Vec<&str> = REQUIRED_TABLES
            .iter()
            .copied()
            .filter(|t| !tables.iter().any(|x| x == t))
            .collect();
        if !missing.is_empty() {
            return Err(Error::Database(format!(
                "{}: not a fieldguide database (missing tables: {})",
                self.origin,
                missing.join(", ")
            )));
        }
        if version != SCHEMA_VERSION {
            return Err(Error::Database(format!(
                "{}: schema version {version}, this program reads version {SCHEMA_VERSION}",
                self.origin
            )));
        }
        Ok(())
    }

    /// SQLite's own integrity check; an empty list means the file is sound.
    pub fn integrity_problems(&self) -> Result<Vec<String>> {
        let mut st = self
            .conn
            .prepare("PRAGMA integrity_check")
            .map_err(|e| describe(&self.origin, e))?;
        let rows: Vec<String> = st
            .query_map([], |r| r.get(0))
            .and_then(|rows| rows.collect())
            .map_err(|e| describe(&self.origin, e))?;
        Ok(rows.into_iter().filter(|r| r != "ok").collect())
    }

    /// Foreign-key violations, as "table → parent" descriptions.
    pub fn foreign_key_problems(&self) -> Result<Vec<String>> {
        let mut st = self
            .conn
            .prepare("PRAGMA foreign_key_check")
            .map_err(|e| describe(&self.origin, e))?;
        let rows: Vec<String> = st
            .query_map([], |r| {
                Ok(format!(
                    "{} row {} → {}",
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<i64>>(1)?.unwrap_or(0),
                    r.get::<_, String>(2)?
                ))
            })
            .and_then(|rows| rows.collect())
            .map_err(|e| describe(&self.origin, e))?;
        Ok(rows)
    }

    /// Run a query, turning SQLite's errors into messages that name the database.
    fn wrap<T>(&self, r: rusqlite::Result<T>) -> Result<T> {
        r.map_err(|e| describe(&self.origin, e))
    }
}

/// A clear sentence for the SQLite errors a user can meet when opening a file.
fn describe(origin: &str, e: rusqlite::Error) -> Error {
    Error::Database(format!("{origin}: {}", explain(&e)))
}

/// What an SQLite error means to a user, in a few words.
fn explain(e: &rusqlite::Error) -> String {
    let code = e.sqlite_error_code();
    match code {
        Some(rusqlite::ErrorCode::NotADatabase) => "not an SQLite database".to_owned(),
        Some(rusqlite::ErrorCode::DatabaseCorrupt) => {
            "the database file is corrupt (damaged or truncated)".to_owned()
        }
        Some(rusqlite::ErrorCode::CannotOpen) => "cannot open the file".to_owned(),
        Some(rusqlite::ErrorCode::PermissionDenied) => "permission denied".to_owned(),
        Some(rusqlite::ErrorCode::SystemIoFailure) => {
            "read error (the file may be truncated)".to_owned()
        }
        _ => match e {
            rusqlite::Error::SqliteFailure(f, _)
                if f.extended_code == ffi::SQLITE_IOERR_SHORT_READ =>
            {
                "the file is truncated".to_owned()
            }
            _ => e.to_string(),
        },
    }
}
