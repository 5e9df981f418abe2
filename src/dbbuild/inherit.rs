//! Listings inherited from a higher taxon, a family entry, or a mixture's components.
//!
//! An entry with no listing of its own under an instrument takes the listings of its nearest
//! ancestor that has some, marked with that ancestor's id — unless the entry carries an exclusion
//! for that instrument (e.g. a species the Appendices exclude from an order's listing).
//!
//! A mixture takes the listings of its components, marked with the component's id: a controlled
//! substance stays controlled in a mixture (a blend of HCFC-22 and CFC-115 is controlled under
//! Annexes C and A), so an officer checking R-502 sees why.

use std::collections::HashMap;

use crate::model::{Entry, EntryId, Instrument, Listing};

/// Add inherited listings to every entry. Fails with the id of an entry whose parent chain loops.
pub fn resolve(entries: &mut [Entry]) -> Result<(), EntryId> {
    let index: HashMap<EntryId, usize> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.clone(), i))
        .collect();
    let mut additions: Vec<(usize, Vec<Listing>)> = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        let own: Vec<Instrument> = e.listings.iter().map(|l| l.instrument).collect();
        let excluded: Vec<Instrument> = e.exclusions.iter().map(|x| x.instrument).collect();
        let mut inherited: Vec<Listing> = Vec::new();
        let mut done: Vec<Instrument> = own.clone();
        done.extend(excluded);
        let mut cursor = e.parent.as_ref().and_then(|p| index.get(p)).copied();
        let mut steps = 0;
        while let Some(a) = cursor {
            steps += 1;
            if steps > entries.len() || a == i {
                return Err(e.id.clone());
            }
            let ancestor = &entries[a];
            let mut newly: Vec<Instrument> = Vec::new();
            for l in &ancestor.listings {
                if l.inherited_from.is_none() && !done.contains(&l.instrument) {
                    let mut copy = l.clone();
                    copy.inherited_from = Some(ancestor.id.clone());
                    inherited.push(copy);
                    newly.push(l.instrument);
                }
            }
            done.extend(newly);
            // An ancestor excluded from a still higher listing shields its descendants too.
            done.extend(ancestor.exclusions.iter().map(|x| x.instrument));
            cursor = ancestor.parent.as_ref().and_then(|p| index.get(p)).copied();
        }
        if !inherited.is_empty() {
            additions.push((i, inherited));
        }
    }
    for (i, mut extra) in additions {
        entries[i].listings.append(&mut extra);
    }
    resolve_mixtures(entries, &index);
    Ok(())
}

/// Give each mixture the listings of its components (one per instrument, list and group).
fn resolve_mixtures(entries: &mut [Entry], index: &HashMap<EntryId, usize>) {
    let mut additions: Vec<(usize, Vec<Listing>)> = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        if e.components.is_empty() {
            continue;
        }
        let mut derived: Vec<Listing> = Vec::new();
        for c in &e.components {
            let Some(part) = index.get(&c.entry).map(|p| &entries[*p]) else {
                continue;
            };
            for l in &part.listings {
                let known = e.listings.iter().chain(&derived).any(|x| {
                    x.instrument == l.instrument && x.list == l.list && x.group == l.group
                });
                if !known {
                    let mut copy = l.clone();
                    copy.inherited_from = Some(part.id.clone());
                    derived.push(copy);
                }
            }
        }
        if !derived.is_empty() {
            additions.push((i, derived));
        }
    }
    for (i, mut extra) in additions {
        entries[i].listings.append(&mut extra);
    }
}
