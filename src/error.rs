//! The library's one error type. Each error is reported once, at the edge (CLI or status line).

use std::fmt;
use std::path::PathBuf;

/// Result alias used across the library.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// One problem found in the source data, with the file and line it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Source file, as given to the build.
    pub file: PathBuf,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong, in one sentence.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file.display(), self.line, self.message)
    }
}

/// Every error the library can report.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The source data did not validate; one diagnostic per problem.
    #[error("{}", format_diagnostics(.0))]
    Validation(Vec<Diagnostic>),
    /// A value that does not parse as the identifier it claims to be.
    #[error("invalid {kind} {value:?}: {reason}")]
    Parse {
        /// What was being parsed ("CAS RN", "HS code" …).
        kind: &'static str,
        /// The offending text.
        value: String,
        /// Why it was refused.
        reason: String,
    },
    /// A file could not be read or written.
    #[error("{}: {source}", .path.display())]
    Io {
        /// The file concerned.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A database that is not a usable fieldguide database.
    #[error("{0}")]
    Database(String),
    /// An SQLite error that has no more specific meaning.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// A lookup that found nothing.
    #[error("not found: {0}")]
    NotFound(String),
    /// The officer's own records file (favourites, notes, inspection log) cannot be used as it is.
    /// The file is never changed when this is reported.
    #[error("{}: {problem}", .path.display())]
    UserData {
        /// The user data file.
        path: PathBuf,
        /// What is wrong and what to do, in one line.
        problem: String,
    },
    /// A data pack that is refused (not a pack, damaged, wrongly signed, foreign schema, older
    /// than the installed data); nothing was installed or changed when this is reported.
    #[error("{}: {problem}", .path.display())]
    Pack {
        /// The pack file.
        path: PathBuf,
        /// What is wrong, in one line.
        problem: String,
    },
    /// Input refused before anything was written (an empty place, an unknown entry, a field too
    /// long); the message says which and why.
    #[error("{0}")]
    Refused(String),
}

impl Error {
    /// Build a parse error.
    pub fn parse(kind: &'static str, value: &str, reason: impl Into<String>) -> Self {
        Error::Parse {
            kind,
            value: value.to_owned(),
            reason: reason.into(),
        }
    }

    /// Build an I/O error naming its file.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

fn format_diagnostics(diags: &[Diagnostic]) -> String {
    let mut out = format!("the source data has {} problem(s):", diags.len());
    for d in diags {
        out.push('\n');
        out.push_str(&d.to_string());
    }
    out
}
