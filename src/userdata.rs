//! The officer's own records as plain data: the inspection log's records, where the user data file
//! lives, and the CSV and JSON exports for the report to the national ozone unit or CITES
//! authority. Storage is [`crate::store::UserStore`]; this module holds no SQL.

use std::fmt;
use std::io::Write;
use std::path::PathBuf;
use std::str::FromStr;
use std::time::{SystemTime, UNIX_EPOCH};

use crate::error::{Error, Result};
use crate::model::EntryId;

/// The user data file's name inside the data directory.
pub const USER_FILE: &str = "user.sqlite";

/// The longest free-text field accepted (place, quantity, notes, titles, settings), in characters.
pub const MAX_FIELD_CHARS: usize = 4000;

/// What the officer decided about the goods.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Decision {
    /// Released to the importer.
    Released,
    /// Held pending documents or examination.
    Detained,
    /// Seized.
    Seized,
    /// Referred to another authority (ozone unit, CITES management authority, laboratory).
    Referred,
    /// No decision yet.
    Pending,
}

impl Decision {
    /// Every decision, in the order forms offer them.
    pub const ALL: [Decision; 5] = [
        Decision::Released,
        Decision::Detained,
        Decision::Seized,
        Decision::Referred,
        Decision::Pending,
    ];

    /// The lower-case word used in files and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Released => "released",
            Decision::Detained => "detained",
            Decision::Seized => "seized",
            Decision::Referred => "referred",
            Decision::Pending => "pending",
        }
    }
}

impl fmt::Display for Decision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Decision {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Decision::ALL
            .into_iter()
            .find(|d| d.as_str() == s)
            .ok_or_else(|| {
                Error::parse(
                    "decision",
                    s,
                    "use released, detained, seized, referred or pending",
                )
            })
    }
}

/// An inspection as the officer enters it, before it is recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewLogRecord {
    /// The guide's entry for what was found, when there is one.
    pub entry: Option<EntryId>,
    /// The entry's title at the time of logging (kept even if a later pack renames the entry).
    pub entry_title: Option<String>,
    /// Where the inspection took place (border post, port, warehouse); required.
    pub place: String,
    /// Free text, e.g. "12 cylinders × 13.6 kg".
    pub quantity: String,
    /// What was decided.
    pub decision: Decision,
    /// Free notes.
    pub notes: String,
}

impl NewLogRecord {
    /// Refuse a record that would not make a usable report line: an empty place, a field longer
    /// than [`MAX_FIELD_CHARS`], a NUL character.
    pub fn validate(&self) -> Result<()> {
        if self.place.trim().is_empty() {
            return Err(Error::Refused(
                "an inspection record needs a place (where the goods were checked)".to_owned(),
            ));
        }
        check_text("place", &self.place)?;
        check_text("quantity", &self.quantity)?;
        check_text("notes", &self.notes)?;
        if let Some(t) = &self.entry_title {
            check_text("entry title", t)?;
        }
        Ok(())
    }
}

/// Refuse free text that is too long or holds a NUL character.
pub fn check_text(field: &str, text: &str) -> Result<()> {
    let n = text.chars().count();
    if n > MAX_FIELD_CHARS {
        return Err(Error::Refused(format!(
            "the {field} is {n} characters long; at most {MAX_FIELD_CHARS} are kept, shorten it"
        )));
    }
    if text.contains('\0') {
        return Err(Error::Refused(format!(
            "the {field} contains a NUL character; remove it"
        )));
    }
    Ok(())
}

/// A recorded inspection.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LogRecord {
    /// Its number in the log (increasing, never reused).
    pub id: i64,
    /// When it was recorded, RFC 3339 in UTC (`2026-11-28T09:30:00Z`), from the system clock.
    pub recorded_at: String,
    /// The guide's entry, when there is one.
    pub entry: Option<EntryId>,
    /// The entry's title at the time of logging.
    pub entry_title: Option<String>,
    /// Where.
    pub place: String,
    /// How much, as the officer wrote it.
    pub quantity: String,
    /// What was decided.
    pub decision: Decision,
    /// Free notes.
    pub notes: String,
}

/// The CSV columns of the inspection log export, in order.
pub const CSV_HEADER: [&str; 8] = [
    "id",
    "recorded_at",
    "entry",
    "entry_title",
    "place",
    "quantity",
    "decision",
    "notes",
];

/// Write the log as CSV (RFC 4180: header line, CRLF line ends, fields quoted when they hold a
/// comma, quote or line break; a cell starting like a spreadsheet formula gets a leading
/// apostrophe, see [`crate::csvrow::inert`]).
pub fn log_to_csv(records: &[LogRecord], mut out: impl Write) -> Result<()> {
    let mut text = crate::csvrow::row(&CSV_HEADER);
    for r in records {
        text.push_str(&crate::csvrow::row(&[
            r.id.to_string().as_str(),
            r.recorded_at.as_str(),
            r.entry.as_ref().map_or("", |e| e.as_str()),
            r.entry_title.as_deref().unwrap_or(""),
            r.place.as_str(),
            r.quantity.as_str(),
            r.decision.as_str(),
            r.notes.as_str(),
        ]));
    }
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| Error::io("CSV export", e))
}

/// Write the log as one JSON array of records (indented, newline at the end).
pub fn log_to_json(records: &[LogRecord], mut out: impl Write) -> Result<()> {
    serde_json::to_writer_pretty(&mut out, records)
        .map_err(|e| Error::io("JSON export", std::io::Error::from(e)))?;
    out.write_all(b"\n")
        .and_then(|()| out.flush())
        .map_err(|e| Error::io("JSON export", e))
}

/// The directory for the user data file: `$FIELDGUIDE_DATA_DIR` if set; else on Linux and other
/// Unix `$XDG_DATA_HOME/fieldguide` or `~/.local/share/fieldguide`, on macOS
/// `~/Library/Application Support/fieldguide`, on Windows `%APPDATA%\fieldguide`.
pub fn data_dir() -> Result<PathBuf> {
    data_dir_from(|k| std::env::var_os(k).filter(|v| !v.is_empty()))
}

/// [`data_dir`] over any environment (for tests).
pub fn data_dir_from(env: impl Fn(&str) -> Option<std::ffi::OsString>) -> Result<PathBuf> {
    if let Some(dir) = env("FIELDGUIDE_DATA_DIR") {
        return Ok(PathBuf::from(dir));
    }
    let found = if cfg!(windows) {
        env("APPDATA").map(|d| PathBuf::from(d).join("fieldguide"))
    } else if cfg!(target_os = "macos") {
        env("HOME").map(|h| {
            PathBuf::from(h)
                .join("Library")
                .join("Application Support")
                .join("fieldguide")
        })
    } else {
        // The XDG specification says a relative $XDG_DATA_HOME is invalid and must be ignored.
        env("XDG_DATA_HOME")
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
            .map(|d| d.join("fieldguide"))
            .or_else(|| {
                env("HOME").map(|h| {
                    PathBuf::from(h)
                        .join(".local")
                        .join("share")
                        .join("fieldguide")
                })
            })
    };
    found.ok_or_else(|| {
        Error::Refused(
            "cannot tell where to keep your records: set FIELDGUIDE_DATA_DIR (or HOME) or pass \
             --data-dir"
                .to_owned(),
        )
    })
}

/// Now, as RFC 3339 in UTC.
pub fn now_rfc3339() -> String {
    rfc3339_utc(SystemTime::now())
}

/// A time as RFC 3339 in UTC, to the second: `2026-11-28T09:30:00Z`. Times before 1970 (a clock
/// set wrong) are shown as 1970-01-01T00:00:00Z.
pub fn rfc3339_utc(t: SystemTime) -> String {
    let secs = t
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX / 2));
    let days = secs.div_euclid(86_400);
    let sod = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        sod / 3600,
        sod % 3600 / 60,
        sod % 60
    )
}

/// Days since 1970-01-01 → (year, month, day) in the proleptic Gregorian calendar
/// (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn formats_utc_times() {
        let at = |s: u64| rfc3339_utc(UNIX_EPOCH + Duration::from_secs(s));
        assert_eq!(at(0), "1970-01-01T00:00:00Z");
        assert_eq!(at(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(at(1_709_251_199), "2024-02-29T23:59:59Z");
        assert_eq!(at(4_102_444_800), "2100-01-01T00:00:00Z");
        assert_eq!(
            rfc3339_utc(UNIX_EPOCH - Duration::from_secs(5)),
            "1970-01-01T00:00:00Z"
        );
    }

    #[test]
    fn decisions_round_trip() {
        for d in Decision::ALL {
            assert_eq!(d.as_str().parse::<Decision>().unwrap(), d);
            assert_eq!(
                serde_json::to_string(&d).unwrap(),
                format!("\"{}\"", d.as_str())
            );
        }
        assert!("Released".parse::<Decision>().is_err());
    }

    #[test]
    fn data_dir_rules() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| std::ffi::OsString::from(v))
            }
        };
        assert_eq!(
            data_dir_from(env(&[("FIELDGUIDE_DATA_DIR", "/x"), ("HOME", "/h")])).unwrap(),
            PathBuf::from("/x")
        );
        if cfg!(all(unix, not(target_os = "macos"))) {
            assert_eq!(
                data_dir_from(env(&[("XDG_DATA_HOME", "/d"), ("HOME", "/h")])).unwrap(),
                PathBuf::from("/d/fieldguide")
            );
            assert_eq!(
                data_dir_from(env(&[("XDG_DATA_HOME", "rel"), ("HOME", "/h")])).unwrap(),
                PathBuf::from("/h/.local/share/fieldguide")
            );
        }
        assert!(data_dir_from(env(&[])).is_err());
    }

    #[test]
    fn validation() {
        let ok = NewLogRecord {
            entry: None,
            entry_title: None,
            place: "Port".to_owned(),
            quantity: String::new(),
            decision: Decision::Pending,
            notes: String::new(),
        };
        assert!(ok.validate().is_ok());
        let blank = NewLogRecord {
            place: "  ".to_owned(),
            ..ok.clone()
        };
        assert!(blank.validate().is_err());
        let long = NewLogRecord {
            notes: "x".repeat(MAX_FIELD_CHARS + 1),
            ..ok.clone()
        };
        assert!(long.validate().is_err());
        let nul = NewLogRecord {
            quantity: "1\0".to_owned(),
            ..ok
        };
        assert!(nul.validate().is_err());
    }
}
