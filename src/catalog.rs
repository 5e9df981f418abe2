//! The loaded reference data: every entry in memory plus the search index built once over them.
//! Shared by the command line and the app.

use std::collections::HashMap;
use std::path::Path;

use crate::error::{Error, Result};
use crate::model::{Cas, Entry, EntryId, InstrumentInfo, Listing, Source, UnNumber};
use crate::search::{SearchIndex, fold};
use crate::store::Store;

/// Entries, their index and the data's metadata.
pub struct Catalog {
    /// Every entry, in source order.
    pub entries: Vec<Entry>,
    /// The search index over `entries`.
    pub index: SearchIndex,
    /// Data version.
    pub data_version: String,
    /// Instruments with their valid-as-of dates.
    pub instruments: Vec<InstrumentInfo>,
    by_id: HashMap<EntryId, usize>,
    sources: HashMap<String, Source>,
}

impl Catalog {
    /// Open the given database (read-only), else the installed data pack, else the embedded
    /// data, and load it. A damaged installed pack is reported on stderr and skipped.
    pub fn open(db: Option<&Path>) -> Result<(Store, Catalog)> {
        let store = match db {
            Some(p) => Store::open(p)?,
            None => {
                let (store, warning) = crate::pack::open_reference(None)?;
                if let Some(w) = warning {
                    eprintln!("fieldguide: {w}");
                }
                store
            }
        };
        let catalog = Catalog::load(&store)?;
        Ok((store, catalog))
    }

    /// Load every entry from `store` and build the index.
    pub fn load(store: &Store) -> Result<Catalog> {
        let (entries, sources) = store.entries_and_sources()?;
        let index = SearchIndex::build(&entries);
        let by_id = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        Ok(Catalog {
            index,
            data_version: store.data_version()?,
            instruments: store.instruments()?,
            sources,
            entries,
            by_id,
        })
    }

    /// The position in `entries` of the entry with this id.
    pub fn position(&self, id: &EntryId) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// The entry with this id.
    pub fn get(&self, id: &EntryId) -> Option<&Entry> {
        self.by_id.get(id).map(|i| &self.entries[*i])
    }

    /// `e` and each of its ancestors (through `parent`) for which `has` holds, nearest first: a
    /// pangolin species with no parts in trade of its own is traded as its family is, and a
    /// species with its own still shares its genus's. Stops if the parent chain loops.
    pub fn lineage<'a>(&'a self, e: &'a Entry, has: impl Fn(&Entry) -> bool) -> Vec<&'a Entry> {
        let mut found = Vec::new();
        let mut at = Some(e);
        for _ in 0..=self.entries.len() {
            let Some(x) = at else { break };
            if has(x) {
                found.push(x);
            }
            at = x.parent.as_ref().and_then(|p| self.get(p));
        }
        found
    }

    /// The nearest of `e` and its ancestors for which `has` holds (the first of [`lineage`]).
    ///
    /// [`lineage`]: Catalog::lineage
    pub fn nearest<'a>(&'a self, e: &'a Entry, has: impl Fn(&Entry) -> bool) -> Option<&'a Entry> {
        self.lineage(e, has).into_iter().next()
    }

    /// The source a listing rests on, when it names one of its own (an inherited listing names
    /// the higher taxon's). `None` when it names none: the entry's sources then stand for it.
    pub fn listing_source(&self, l: &Listing) -> Option<&Source> {
        self.sources.get(l.source.as_deref()?)
    }

    /// Resolve what an officer gives `show`: an id, a CAS RN, a UN number, or an exact name.
    /// Returns every entry it names (a UN number can cover several).
    pub fn resolve(&self, key: &str) -> Result<Vec<&Entry>> {
        let key = key.trim();
        if let Ok(id) = key.parse::<EntryId>() {
            return self
                .get(&id)
                .map(|e| vec![e])
                .ok_or_else(|| Error::NotFound(format!("no entry with id {id}")));
        }
        let found: Vec<&Entry> = if let Ok(cas) = key.parse::<Cas>() {
            self.entries
                .iter()
                .filter(|e| e.cas.contains(&cas))
                .collect()
        } else if let Ok(un) = key.parse::<UnNumber>() {
            self.entries
                .iter()
                .filter(|e| e.un.iter().any(|u| u.number == un))
                .collect()
        } else {
            let want = fold(key);
            self.entries
                .iter()
                .filter(|e| fold(&e.title) == want || e.names.iter().any(|n| fold(&n.text) == want))
                .collect()
        };
        if found.is_empty() {
            return Err(Error::NotFound(format!(
                "nothing is recorded under {key:?}"
            )));
        }
        Ok(found)
    }
}
