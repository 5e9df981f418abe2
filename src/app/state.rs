//! The app's navigation and search state, free of drawing code so it can be tested directly:
//! query and filters, hits, the highlighted row, the open entry, back/forward history,
//! favourites and recent searches.

use crate::catalog::Catalog;
use crate::model::{EntryId, Instrument, Kind};
use crate::search::{Hit, Query};

/// Hits kept for the result list (it is virtualised, so this only bounds memory).
pub const RESULT_LIMIT: usize = 300;

/// A hit scoring below this is weak: the not-found guidance is shown beside it.
pub const WEAK_SCORE: f64 = 500.0;

/// Recent searches kept.
pub const RECENT_LIMIT: usize = 30;

/// The screens of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// Search and entry (the officer's main view).
    Search,
    /// Favourites and recent searches.
    Saved,
    /// HS lookup, blend calculator, list check.
    Tools,
    /// Trainer mode: lessons, presentation, quizzes, handouts.
    Class,
    /// The inspection log.
    Log,
    /// Data version, valid-as-of dates, sources, credits.
    About,
    /// Language, theme, scale, fonts.
    Settings,
}

/// The result filters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// Only this kind.
    pub kind: Option<Kind>,
    /// Only entries listed under this instrument.
    pub instrument: Option<Instrument>,
    /// Only this list of that instrument ("I", "A", "1" …).
    pub list: Option<&'static str>,
}

/// Search, navigation and saved items.
#[derive(Default)]
pub struct Session {
    /// What the officer typed.
    pub query: String,
    /// The filters.
    pub filters: Filters,
    /// Current hits, best first.
    pub hits: Vec<Hit>,
    /// Family and group entries that may cover a query with no strong match.
    pub covering: Vec<Hit>,
    /// Highlighted row in `hits`.
    pub cursor: Option<usize>,
    /// The entry shown (index into the catalog's entries).
    pub current: Option<usize>,
    back: Vec<usize>,
    forward: Vec<usize>,
    /// Favourite entries, newest first.
    pub favourites: Vec<EntryId>,
    /// Recent searches, newest first.
    pub recent: Vec<String>,
}

/// What changed and must be saved.
#[derive(Debug, PartialEq, Eq)]
pub enum Change {
    /// A search was committed (opened a result).
    Searched(String),
    /// A favourite was added or removed.
    Favourite(EntryId, bool),
}

impl Session {
    /// Whether the query matched nothing, or only weakly.
    pub fn weak(&self) -> bool {
        !self.query.trim().is_empty() && self.hits.first().is_none_or(|h| h.score < WEAK_SCORE)
    }

    /// Run the query with the filters; the top hit is highlighted and shown.
    pub fn search(&mut self, catalog: &Catalog) {
        let q = Query {
            text: &self.query,
            kind: self.filters.kind,
            instrument: self.filters.instrument,
            limit: RESULT_LIMIT,
        };
        let mut hits = catalog.index.search(&q);
        if let (Some(inst), Some(list)) = (self.filters.instrument, self.filters.list) {
            hits.retain(|h| {
                catalog.entries[h.entry]
                    .listings
                    .iter()
                    .any(|l| l.instrument == inst && l.list == list)
            });
        }
        self.hits = hits;
        self.covering = if self.weak() {
            catalog.index.covering(&q)
        } else {
            Vec::new()
        };
        self.cursor = (!self.hits.is_empty()).then_some(0);
        // An empty or unmatched query leaves the entry pane to the guidance.
        self.current = self.hits.first().map(|h| h.entry);
    }

    /// Move the highlight by `delta` rows; the highlighted entry is shown.
    pub fn move_cursor(&mut self, delta: isize) {
        if self.hits.is_empty() {
            return;
        }
        let last = self.hits.len() as isize - 1;
        let at = self
            .cursor
            .map_or(0, |c| (c as isize + delta).clamp(0, last)) as usize;
        self.cursor = Some(at);
        self.current = Some(self.hits[at].entry);
    }

    /// Open an entry: it becomes current and joins the back history.
    pub fn open(&mut self, entry: usize) -> Option<Change> {
        if let Some(cur) = self.current
            && cur != entry
        {
            self.back.push(cur);
        }
        self.forward.clear();
        self.current = Some(entry);
        self.record_search()
    }

    /// Open the highlighted row (Enter).
    pub fn open_cursor(&mut self) -> Option<Change> {
        let entry = self
            .cursor
            .and_then(|c| self.hits.get(c))
            .map(|h| h.entry)?;
        // The highlighted entry is already shown; opening records it in history once.
        if self.back.last() != Some(&entry) {
            self.forward.clear();
        }
        self.current = Some(entry);
        self.record_search()
    }

    fn record_search(&mut self) -> Option<Change> {
        let q = self.query.trim().to_owned();
        if q.is_empty() {
            return None;
        }
        self.recent.retain(|r| r != &q);
        self.recent.insert(0, q.clone());
        self.recent.truncate(RECENT_LIMIT);
        Some(Change::Searched(q))
    }

    /// Whether there is an entry to go back to.
    pub fn can_back(&self) -> bool {
        !self.back.is_empty()
    }

    /// Whether there is an entry to go forward to.
    pub fn can_forward(&self) -> bool {
        !self.forward.is_empty()
    }

    /// Go back to the previous entry.
    pub fn back(&mut self) {
        if let Some(prev) = self.back.pop() {
            if let Some(cur) = self.current {
                self.forward.push(cur);
            }
            self.current = Some(prev);
        }
    }

    /// Go forward again.
    pub fn forward(&mut self) {
        if let Some(next) = self.forward.pop() {
            if let Some(cur) = self.current {
                self.back.push(cur);
            }
            self.current = Some(next);
        }
    }

    /// Whether the entry is a favourite.
    pub fn is_favourite(&self, id: &EntryId) -> bool {
        self.favourites.contains(id)
    }

    /// Add or remove a favourite.
    pub fn toggle_favourite(&mut self, id: &EntryId) -> Change {
        if let Some(i) = self.favourites.iter().position(|f| f == id) {
            self.favourites.remove(i);
            Change::Favourite(id.clone(), false)
        } else {
            self.favourites.insert(0, id.clone());
            Change::Favourite(id.clone(), true)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Change, Session};

    #[test]
    fn history_goes_back_and_forward() {
        let mut s = Session::default();
        s.open(1);
        s.open(2);
        s.open(3);
        assert!(s.can_back());
        s.back();
        assert_eq!(s.current, Some(2));
        s.back();
        assert_eq!(s.current, Some(1));
        assert!(!s.can_back());
        s.forward();
        assert_eq!(s.current, Some(2));
        s.open(5);
        assert!(!s.can_forward());
        s.back();
        assert_eq!(s.current, Some(2));
    }

    #[test]
    fn recent_searches_are_deduplicated() {
        let mut s = Session {
            query: "freon".to_owned(),
            ..Session::default()
        };
        assert_eq!(s.open(1), Some(Change::Searched("freon".to_owned())));
        s.query = "r22".to_owned();
        s.open(2);
        s.query = " freon ".to_owned();
        s.open(3);
        assert_eq!(s.recent, ["freon", "r22"]);
    }
}
