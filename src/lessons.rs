//! Trainers' lessons: named, ordered lists of entries with an optional note per entry, and the
//! single-file format they travel in between machines. No SQL here: lessons are kept by
//! [`crate::store::UserStore`]; starter lessons ship compiled in.

use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;
use crate::error::{Error, Result};
use crate::model::EntryId;

/// The `format` value of a lesson file.
pub const FILE_FORMAT: &str = "fieldguide-lessons";
/// The version of the lesson file format this program writes and reads.
pub const FILE_VERSION: u32 = 1;
/// Largest lesson file read.
pub const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;
/// Longest lesson name.
pub const MAX_NAME_CHARS: usize = 200;
/// Most entries in one lesson.
pub const MAX_ITEMS: usize = 2000;

/// One entry of a lesson.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LessonItem {
    /// The entry.
    pub entry: EntryId,
    /// The trainer's note for this entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A named, ordered list of entries.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    /// The lesson's name, unique among a trainer's lessons.
    pub name: String,
    /// The entries, in teaching order.
    pub items: Vec<LessonItem>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct LessonFile {
    format: String,
    version: u32,
    lessons: Vec<Lesson>,
}

impl Lesson {
    /// Check the name, the number of entries and the notes.
    pub fn validate(&self) -> Result<()> {
        let bad = |why: String| Err(Error::Refused(format!("lesson {:?}: {why}", self.name)));
        let name = self.name.trim();
        if name.is_empty() || name != self.name {
            return bad("a name is needed, without leading or trailing spaces".to_owned());
        }
        if self.name.chars().count() > MAX_NAME_CHARS || self.name.contains(char::is_control) {
            return bad(format!(
                "the name must be at most {MAX_NAME_CHARS} characters, with no control characters"
            ));
        }
        if self.items.len() > MAX_ITEMS {
            return bad(format!("more than {MAX_ITEMS} entries"));
        }
        for item in &self.items {
            if let Some(n) = &item.note
                && (n.chars().count() > 4000 || n.contains('\0'))
            {
                return bad(format!(
                    "the note on {} is too long or has a NUL",
                    item.entry
                ));
            }
        }
        Ok(())
    }

    /// Entries that are not in the catalog (a lesson made with other data).
    pub fn missing<'a>(&'a self, catalog: &Catalog) -> Vec<&'a EntryId> {
        self.items
            .iter()
            .map(|i| &i.entry)
            .filter(|id| catalog.get(id).is_none())
            .collect()
    }
}

/// Write lessons as one file (pretty JSON).
pub fn to_file(lessons: &[Lesson]) -> Result<String> {
    let file = LessonFile {
        format: FILE_FORMAT.to_owned(),
        version: FILE_VERSION,
        lessons: lessons.to_vec(),
    };
    serde_json::to_string_pretty(&file)
        .map(|mut s| {
            s.push('\n');
            s
        })
        .map_err(|e| Error::Refused(format!("cannot write lessons: {e}")))
}

/// Read a lesson file: a clear error for anything that is not one.
pub fn from_file(bytes: &[u8]) -> Result<Vec<Lesson>> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Error::Refused(format!(
            "not a lesson file: larger than {} MiB",
            MAX_FILE_BYTES / 1024 / 1024
        )));
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|_| Error::Refused("not a lesson file: not UTF-8 text".to_owned()))?;
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| Error::Refused(format!("not a lesson file: not valid JSON ({e})")))?;
    let format = value.get("format").and_then(|f| f.as_str());
    if format != Some(FILE_FORMAT) {
        return Err(Error::Refused(format!(
            "not a lesson file: its \"format\" is {} (expected \"{FILE_FORMAT}\")",
            format.map_or("missing".to_owned(), |f| format!("{f:?}"))
        )));
    }
    let version = value.get("version").and_then(|v| v.as_u64());
    if version != Some(u64::from(FILE_VERSION)) {
        return Err(Error::Refused(format!(
            "lesson file version {} is not supported (this program reads version {FILE_VERSION})",
            version.map_or("missing".to_owned(), |v| v.to_string())
        )));
    }
    let file: LessonFile = serde_json::from_value(value)
        .map_err(|e| Error::Refused(format!("malformed lesson file: {e}")))?;
    let mut seen = std::collections::HashSet::new();
    for l in &file.lessons {
        l.validate()?;
        if !seen.insert(l.name.as_str()) {
            return Err(Error::Refused(format!(
                "malformed lesson file: the lesson {:?} appears twice",
                l.name
            )));
        }
    }
    Ok(file.lessons)
}

/// The starter lessons written from the bundled data.
pub fn starter() -> Vec<Lesson> {
    from_file(include_bytes!("../assets/lessons/starter.json")).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::{Lesson, LessonItem, from_file, to_file};

    #[test]
    fn round_trips_and_refuses_foreign_files() {
        let l = Lesson {
            name: "ODS".to_owned(),
            items: vec![LessonItem {
                entry: "chem:cfc-12".parse().unwrap(),
                note: Some("Ask: which annex?".to_owned()),
            }],
        };
        let text = to_file(std::slice::from_ref(&l)).unwrap();
        assert_eq!(from_file(text.as_bytes()).unwrap(), vec![l]);
        for bad in [
            &b"\xff\xfe"[..],
            b"{",
            b"{\"format\":\"other\",\"version\":1,\"lessons\":[]}",
            b"{\"format\":\"fieldguide-lessons\",\"version\":9,\"lessons\":[]}",
            b"{\"format\":\"fieldguide-lessons\",\"version\":1,\"lessons\":[{\"name\":\"\",\"items\":[]}]}",
            b"{\"format\":\"fieldguide-lessons\",\"version\":1,\"lessons\":[{\"name\":\"a\",\"items\":[{\"entry\":\"not an id\"}]}]}",
        ] {
            assert!(from_file(bad).is_err(), "{}", String::from_utf8_lossy(bad));
        }
    }
}
