//! Links between entries that the data records in one direction only, turned around once at
//! load: a family's members, the blends a substance is part of, the labels that concern an entry.

use std::collections::HashMap;

use crate::catalog::Catalog;

/// Reverse links, by entry position.
#[derive(Default)]
pub struct Relations {
    children: HashMap<usize, Vec<usize>>,
    used_in: HashMap<usize, Vec<usize>>,
    labels: HashMap<usize, Vec<usize>>,
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
        r
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
