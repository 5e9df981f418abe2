//! The officer's records from the command line: `log add|list|export` and `fav add|remove|list`.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::cli::commands::{print, to_json_line};
use crate::cli::{ExportFormat, FavAction, LogAction, Outcome};
use crate::error::{Error, Result};
use crate::files::write_atomically;
use crate::model::EntryId;
use crate::store::{Store, UserStore};
use crate::userdata::{Decision, LogRecord, NewLogRecord, USER_FILE, log_to_csv, log_to_json};

/// The user data file: `DIR/user.sqlite` for `--data-dir DIR`, else the default place.
pub(super) fn user_path(data_dir: Option<&Path>) -> Result<PathBuf> {
    match data_dir {
        Some(d) => Ok(d.join(USER_FILE)),
        None => UserStore::default_path(),
    }
}

/// Confirm `id` names an entry of the reference database and return its title. Nothing is
/// written when it does not.
fn known_entry(id: &str, db: Option<&Path>) -> Result<(EntryId, String)> {
    let id: EntryId = id.trim().parse()?;
    let store = Store::open_or_embedded(db)?;
    match store.entry_title(&id)? {
        Some(title) => Ok((id, title)),
        None => Err(Error::Refused(format!(
            "no entry {id} in the {}; nothing was written (find the id with `fieldguide search`)",
            store.origin()
        ))),
    }
}

/// `fieldguide log …`
pub fn log(action: LogAction, data_dir: Option<&Path>, db: Option<&Path>) -> Result<Outcome> {
    match action {
        LogAction::Add {
            place,
            decision,
            entry,
            quantity,
            notes,
            json,
        } => {
            let (entry, entry_title) = match entry {
                Some(key) => {
                    let (id, title) = known_entry(&key, db)?;
                    (Some(id), Some(title))
                }
                None => (None, None),
            };
            let new = NewLogRecord {
                entry,
                entry_title,
                place,
                quantity,
                decision: decision.into(),
                notes,
            };
            // Refuse a bad record before the file is created or opened.
            new.validate()?;
            let store = UserStore::open(&user_path(data_dir)?)?;
            let rec = store.add_log(&new)?;
            let text = if json {
                to_json_line(&rec)?
            } else {
                format!(
                    "recorded inspection #{} at {} in {}\n",
                    rec.id,
                    rec.recorded_at,
                    store.path().display()
                )
            };
            print(&text)?;
            Ok(Outcome::Ok)
        }
        LogAction::List => {
            let store = UserStore::open(&user_path(data_dir)?)?;
            print(&render_table(&store.log()?))?;
            Ok(Outcome::Ok)
        }
        LogAction::Export { format, out } => {
            let store = UserStore::open(&user_path(data_dir)?)?;
            let records = store.log()?;
            let mut bytes = Vec::new();
            match format {
                ExportFormat::Csv => log_to_csv(&records, &mut bytes)?,
                ExportFormat::Json => log_to_json(&records, &mut bytes)?,
            }
            match out {
                Some(path) => write_atomically(&path, &bytes)?,
                None => print(&String::from_utf8_lossy(&bytes))?,
            }
            Ok(Outcome::Ok)
        }
        LogAction::Stress { seed } => stress(&user_path(data_dir)?, seed),
    }
}

/// `fieldguide fav …`
pub fn fav(action: FavAction, data_dir: Option<&Path>, db: Option<&Path>) -> Result<Outcome> {
    match action {
        FavAction::Add { id } => {
            let (id, title) = known_entry(&id, db)?;
            let store = UserStore::open(&user_path(data_dir)?)?;
            store.set_favourite(&id, true)?;
            print(&format!("favourite: {title} [{id}]\n"))?;
            Ok(Outcome::Ok)
        }
        FavAction::Remove { id } => {
            let id: EntryId = id.trim().parse()?;
            let store = UserStore::open(&user_path(data_dir)?)?;
            if !store.is_favourite(&id)? {
                return Err(Error::NotFound(format!("{id} is not a favourite")));
            }
            store.set_favourite(&id, false)?;
            print(&format!("removed {id} from the favourites\n"))?;
            Ok(Outcome::Ok)
        }
        FavAction::List => {
            let store = UserStore::open(&user_path(data_dir)?)?;
            let text: String = store
                .favourites()?
                .iter()
                .map(|id| format!("{id}\n"))
                .collect();
            print(&text)?;
            Ok(Outcome::Ok)
        }
    }
}

/// The log as a text table, one inspection per line, long fields cut.
fn render_table(records: &[LogRecord]) -> String {
    if records.is_empty() {
        return "The inspection log is empty. Record one with `fieldguide log add --place … \
                --decision …`.\n"
            .to_owned();
    }
    let header = [
        "#",
        "recorded (UTC)",
        "decision",
        "place",
        "entry",
        "quantity",
        "notes",
    ];
    let rows: Vec<[String; 7]> = records
        .iter()
        .map(|r| {
            let entry = match (&r.entry_title, &r.entry) {
                (Some(t), _) => t.clone(),
                (None, Some(id)) => id.to_string(),
                (None, None) => String::new(),
            };
            [
                r.id.to_string(),
                r.recorded_at.clone(),
                r.decision.to_string(),
                cell(&r.place),
                cell(&entry),
                cell(&r.quantity),
                cell(&r.notes),
            ]
        })
        .collect();
    let mut widths = header.map(|h| h.chars().count());
    for row in &rows {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |cells: &[String]| -> String {
        let mut s = String::new();
        for (i, (c, w)) in cells.iter().zip(widths).enumerate() {
            if i + 1 == cells.len() {
                s.push_str(c);
            } else {
                let pad = w - c.chars().count();
                s.push_str(c);
                s.push_str(&" ".repeat(pad + 2));
            }
        }
        s.trim_end().to_owned() + "\n"
    };
    let mut out = line(&header.map(str::to_owned));
    for row in &rows {
        out.push_str(&line(row));
    }
    out.push_str(&format!("{} inspection(s)\n", records.len()));
    out
}

/// One table cell: line breaks and tabs as spaces, at most 32 characters.
fn cell(text: &str) -> String {
    const MAX: usize = 32;
    let flat: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if flat.chars().count() > MAX {
        flat.chars().take(MAX - 1).collect::<String>() + "…"
    } else {
        flat
    }
}

/// The kill test's writer: log records and favourites alternately, forever, printing
/// `committed log <id>` or `committed fav <entry>` (flushed) after each commit returns.
fn stress(path: &Path, seed: u64) -> Result<Outcome> {
    let store = UserStore::open(path)?;
    let mut out = std::io::stdout().lock();
    for i in 0u64.. {
        let line = if i % 2 == 0 {
            let rec = store.add_log(&NewLogRecord {
                entry: None,
                entry_title: None,
                place: format!("stress run {seed}"),
                quantity: format!("{i} cylinders × 13.6 kg"),
                decision: Decision::ALL[usize::try_from(i / 2 % 5).unwrap_or(0)],
                notes: format!("write {i}, with \"quotes\", commas\nand a line break; ").repeat(4),
            })?;
            format!("committed log {}\n", rec.id)
        } else {
            let id: EntryId = format!("chem:stress-{seed}-{i}").parse()?;
            store.set_favourite(&id, true)?;
            format!("committed fav {id}\n")
        };
        match out.write_all(line.as_bytes()).and_then(|()| out.flush()) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(Outcome::Ok),
            Err(e) => return Err(Error::io("standard output", e)),
        }
    }
    Ok(Outcome::Ok)
}
