//! Links between entries that the data records in one direction only, turned around once at
//! load: a family's members, the blends a substance is part of, the labels that concern an entry.

use std::collections::HashMap;

use crate::app::theme::{Severity, severity};
use crate::app::widgets::listing_text;
use crate::catalog::Catalog;

/// Reverse links, by entry position.
#[derive(Default)]
pub struct Relations {
    children: HashMap<usize, Vec<usize>>,
    used_in: HashMap<usize, Vec<usize>>,
    labels: HashMap<usize, Vec<usize>>,
    /// For a group with listed members: how many are listed, and the strictest member listing.
    listed_members: HashMap<usize, (usize, Severity, String)>,
}

impl Relations {
    /// Build every reverse link of the catalog.
    pub fn build(catalog: &Catalog) -> Relations {
        let mut r = Relations::default();
        for (i, e) in catalog.entries.iter().enumerate() {
            let pos = |id| catalog.position(id);
            if let Some(p) = e.parent.as_ref().and_then(pos) {
                r.children.entry(p).or_default().push(i);
            }
            for c in &e.components {
                if let Some(p) = pos(&c.entry) {
                    r.used_in.entry(p).or_default().push(i);
                }
            }
            for l in e.label.iter().flat_map(|l| &l.links) {
                if let Some(p) = pos(l) {
                    r.labels.entry(p).or_default().push(i);
                }
            }
        }
        // Walk each listed entry's ancestors: a family or higher taxon that is not listed as a
        // whole still warns that some of its members are.
        for (i, e) in catalog.entries.iter().enumerate() {
            let Some(strictest) = e
                .listings
                .iter()
                .max_by_key(|l| severity(l.instrument, &l.list))
            else {
                continue;
            };
            let sev = severity(strictest.instrument, &strictest.list);
            let mut at = e.parent.as_ref().and_then(|p| catalog.position(p));
            let mut steps = 0;
            while let Some(p) = at {
                if p == i || steps > 40 {
                    break;
                }
                let slot = r
                    .listed_members
                    .entry(p)
                    .or_insert((0, Severity::None, String::new()));
                slot.0 += 1;
                if sev > slot.1 {
                    slot.1 = sev;
                    slot.2 = listing_text(strictest);
                }
                at = catalog.entries[p]
                    .parent
                    .as_ref()
                    .and_then(|q| catalog.position(q));
                steps += 1;
            }
        }
        r
    }

    /// How many of the entry's members (at any depth) are listed, with the strictest listing's
    /// severity and badge text; `None` when none is.
    pub fn listed_members(&self, entry: usize) -> Option<&(usize, Severity, String)> {
        self.listed_members.get(&entry)
    }

    /// Members of a family or lower taxa of a taxon.
    pub fn children(&self, entry: usize) -> &[usize] {
        self.children.get(&entry).map_or(&[], Vec::as_slice)
    }

    /// Mixtures that contain the entry.
    pub fn used_in(&self, entry: usize) -> &[usize] {
        self.used_in.get(&entry).map_or(&[], Vec::as_slice)
    }

    /// Labels that concern the entry.
    pub fn labels(&self, entry: usize) -> &[usize] {
        self.labels.get(&entry).map_or(&[], Vec::as_slice)
    }
}
