//! What an import changes: entries added, removed, and entries whose listings changed.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{Entry, Listing};

/// One entry whose listings differ between two data sets.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ListingChange {
    /// The entry id.
    pub id: String,
    /// Its title in the new data.
    pub title: String,
    /// Its listings before, as "instrument list/group", sorted.
    pub before: Vec<String>,
    /// Its listings after.
    pub after: Vec<String>,
}

/// The differences between two data sets.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Changes {
    /// Entries only in the new data: (id, title).
    pub added: Vec<(String, String)>,
    /// Entries only in the old data: (id, title).
    pub removed: Vec<(String, String)>,
    /// Entries in both whose listings (instrument, list, group) differ.
    pub listings_changed: Vec<ListingChange>,
}

impl Changes {
    /// Nothing added, removed or relisted.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.listings_changed.is_empty()
    }
}

/// A listing as compared: "montreal A/I", "cites II".
pub fn listing_key(l: &Listing) -> String {
    match &l.group {
        Some(g) => format!("{} {}/{g}", l.instrument.as_str(), l.list),
        None => format!("{} {}", l.instrument.as_str(), l.list),
    }
}

fn listing_set(e: &Entry) -> Vec<String> {
    let set: BTreeSet<String> = e.listings.iter().map(listing_key).collect();
    set.into_iter().collect()
}

/// Compare two data sets by entry id.
pub fn changes(old: &[Entry], new: &[Entry]) -> Changes {
    let old_by_id: BTreeMap<&str, &Entry> = old.iter().map(|e| (e.id.as_str(), e)).collect();
    let new_by_id: BTreeMap<&str, &Entry> = new.iter().map(|e| (e.id.as_str(), e)).collect();
    let mut out = Changes::default();
    for (id, e) in &new_by_id {
        match old_by_id.get(id) {
            None => out.added.push(((*id).to_owned(), e.title.clone())),
            Some(before) => {
                let (b, a) = (listing_set(before), listing_set(e));
                if a != b {
                    out.listings_changed.push(ListingChange {
                        id: (*id).to_owned(),
                        title: e.title.clone(),
                        before: b,
                        after: a,
                    });
                }
            }
        }
    }
    for (id, e) in &old_by_id {
        if !new_by_id.contains_key(id) {
            out.removed.push(((*id).to_owned(), e.title.clone()));
        }
    }
    out
}

/// The report as text, at most `limit` lines per part.
pub fn render(c: &Changes, limit: usize) -> String {
    if c.is_empty() {
        return "  no entries added, removed or relisted\n".to_owned();
    }
    let mut s = String::new();
    let more = |s: &mut String, n: usize| {
        if n > limit {
            s.push_str(&format!("    … and {} more\n", n - limit));
        }
    };
    s.push_str(&format!("  entries added: {}\n", c.added.len()));
    for (id, title) in c.added.iter().take(limit) {
        s.push_str(&format!("    + {id}  {title}\n"));
    }
    more(&mut s, c.added.len());
    s.push_str(&format!("  entries removed: {}\n", c.removed.len()));
    for (id, title) in c.removed.iter().take(limit) {
        s.push_str(&format!("    - {id}  {title}\n"));
    }
    more(&mut s, c.removed.len());
    s.push_str(&format!(
        "  listings changed: {}\n",
        c.listings_changed.len()
    ));
    for ch in c.listings_changed.iter().take(limit) {
        let show = |v: &[String]| {
            if v.is_empty() {
                "not listed".to_owned()
            } else {
                v.join(", ")
            }
        };
        s.push_str(&format!(
            "    ~ {}  {}: {} → {}\n",
            ch.id,
            ch.title,
            show(&ch.before),
            show(&ch.after)
        ));
    }
    more(&mut s, c.listings_changed.len());
    s
}
