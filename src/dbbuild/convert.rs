//! Raw records → model types, one record at a time. Every field that fails to parse becomes a
//! diagnostic at its own line; the record is still converted as far as possible so that one run
//! reports every problem.

use std::ops::Range;
use std::path::Path;
use std::str::FromStr;

use toml::Spanned;

use crate::dbbuild::lines::LineIndex;
use crate::dbbuild::raw::{RawEntry, RawListing, RawLookAlike, RawName, RawOdp, RawProduct};
use crate::error::Diagnostic;
use crate::model::{
    Component, Entry, EntryId, Exclusion, Instrument, IsoDate, Kind, LabelInfo, Listing, LookAlike,
    Name, Odp, Product, UnEntry,
};

/// A reference from one record to another id, kept for the cross-file checks.
#[derive(Debug, Clone)]
pub struct Ref {
    /// What refers ("component", "parent", "label link", "source" …).
    pub what: &'static str,
    /// The id referred to.
    pub target: String,
    /// Line of the reference.
    pub line: usize,
}

/// Where an entry came from and what it points at.
#[derive(Debug, Clone)]
pub struct Origin {
    /// Source file.
    pub file: std::path::PathBuf,
    /// Line of the entry's id.
    pub line: usize,
    /// References to other entries.
    pub entry_refs: Vec<Ref>,
    /// References to sources.
    pub source_refs: Vec<Ref>,
    /// Label image path (relative to the data root) and its line.
    pub label_image: Option<(String, usize)>,
}

/// Converts the records of one file, collecting diagnostics.
pub struct FileConverter<'a> {
    path: &'a Path,
    lines: LineIndex,
    /// Problems found so far.
    pub diags: Vec<Diagnostic>,
}

impl<'a> FileConverter<'a> {
    /// Start converting `text`, read from `path`.
    pub fn new(path: &'a Path, text: &str) -> Self {
        FileConverter {
            path,
            lines: LineIndex::new(text),
            diags: Vec::new(),
        }
    }

    /// Line of a span.
    pub fn line(&self, span: Range<usize>) -> usize {
        self.lines.line(span)
    }

    /// A reference from this file, by `what`, to the id `value` names, at `value`'s line.
    pub fn reference(&self, what: &'static str, value: &Spanned<String>) -> Ref {
        Ref {
            what,
            target: value.get_ref().clone(),
            line: self.line(value.span()),
        }
    }

    /// Record a problem at `span`.
    pub fn error(&mut self, span: Range<usize>, message: impl Into<String>) {
        let line = self.line(span);
        self.diags.push(Diagnostic {
            file: self.path.to_path_buf(),
            line,
            message: message.into(),
        });
    }

    /// Parse a spanned text value as `T`, reporting a failure at its line.
    pub fn parse<T: FromStr<Err = crate::error::Error>>(
        &mut self,
        value: &Spanned<String>,
    ) -> Option<T> {
        match value.get_ref().parse::<T>() {
            Ok(v) => Some(v),
            Err(e) => {
                self.error(value.span(), e.to_string());
                None
            }
        }
    }

    fn parse_all<T: FromStr<Err = crate::error::Error>>(
        &mut self,
        values: &[Spanned<String>],
    ) -> Vec<T> {
        values.iter().filter_map(|v| self.parse(v)).collect()
    }

    /// Convert one entry. Returns `None` only when its id or kind is unusable.
    pub fn entry(&mut self, raw: &Spanned<RawEntry>) -> Option<(Entry, Origin)> {
        let r = raw.get_ref();
        let id: EntryId = self.parse(&r.id)?;
        let kind: Kind = self.parse(&r.kind)?;
        let line = self.line(r.id.span());
        if id.kind() != kind {
            self.error(
                r.id.span(),
                format!("id {id} does not match kind {kind} (use the prefix of its kind)"),
            );
        }
        let mut origin = Origin {
            file: self.path.to_path_buf(),
            line,
            entry_refs: Vec::new(),
            source_refs: Vec::new(),
            label_image: None,
        };
        if r.title.trim().is_empty() {
            self.error(r.id.span(), format!("entry {id} has an empty title"));
        }
        if r.sources.is_empty() {
            self.error(
                r.id.span(),
                format!("entry {id} has no source (add sources = [\"...\"])"),
            );
        }
        for s in &r.sources {
            origin.source_refs.push(self.reference("source", s));
        }

        let names = self.names(&r.names);
        let parent = r.parent.as_ref().and_then(|p| {
            let parsed = self.parse::<EntryId>(p);
            if parsed.is_some() {
                origin.entry_refs.push(self.reference("parent", p));
            }
            parsed
        });
        let rank = r.rank.as_ref().and_then(|v| self.parse(v));
        if kind == Kind::Taxon && rank.is_none() && r.rank.is_none() {
            self.error(r.id.span(), format!("taxon {id} has no rank"));
        }
        if kind != Kind::Taxon && r.rank.is_some() {
            self.error(r.id.span(), "only taxa have a rank");
        }

        let un =
            r.un.iter()
                .filter_map(|u| {
                    let u = u.get_ref();
                    Some(UnEntry {
                        number: self.parse(&u.number)?,
                        shipping_name: u.shipping_name.clone(),
                        class: u.class.clone(),
                    })
                })
                .collect();
        let refrigerant = r.refrigerant.as_ref().and_then(|v| self.parse(v));
        let physical_form = r.physical_form.as_ref().and_then(|v| self.parse(v));
        let formula = r.formula.as_ref().and_then(|v| self.parse(v));
        let safety_class = r.safety_class.as_ref().and_then(|v| {
            const GROUPS: [&str; 8] = ["A1", "A2L", "A2", "A3", "B1", "B2L", "B2", "B3"];
            if GROUPS.contains(&v.get_ref().as_str()) {
                Some(v.get_ref().clone())
            } else {
                self.error(
                    v.span(),
                    format!("safety class {:?} is not an ASHRAE 34 group", v.get_ref()),
                );
                None
            }
        });
        let odp = r.odp.as_ref().and_then(|v| self.odp(v));
        let gwp100 = r.gwp100.as_ref().and_then(|g| {
            if g.get_ref().is_finite() && *g.get_ref() >= 0.0 {
                Some(*g.get_ref())
            } else {
                self.error(g.span(), "GWP100 must be a non-negative number");
                None
            }
        });

        let components = self.components(r, kind, &mut origin);
        let exclusions = r
            .exclusions
            .iter()
            .filter_map(|x| {
                Some(Exclusion {
                    instrument: self.parse(&x.get_ref().instrument)?,
                    note: x.get_ref().note.clone(),
                })
            })
            .collect();
        let (products, lookalikes) = self.trade(r, kind);
        let listings = self.listings(r, &mut origin);
        let label = self.label(r, kind, &id, &mut origin);

        let entry = Entry {
            id,
            kind,
            title: r.title.trim().to_owned(),
            family: r.family,
            parent,
            rank,
            summary: r.summary.clone(),
            note: r.note.clone(),
            names,
            cas: self.parse_all(&r.cas),
            ec: self.parse_all(&r.ec),
            un,
            hs: self.parse_all(&r.hs),
            refrigerant,
            safety_class,
            formula,
            odp,
            gwp100,
            physical_form,
            hazards: r.hazards.clone(),
            safety: r.safety.clone(),
            checks: r.checks.clone(),
            red_flags: r.red_flags.clone(),
            products,
            lookalikes,
            listings,
            components,
            exclusions,
            label,
            photos: Vec::new(),
            sources: Vec::new(),
        };
        Some((entry, origin))
    }

    /// The parts and products a taxon is traded as, and its look-alikes; every text filled in.
    fn trade(&mut self, r: &RawEntry, kind: Kind) -> (Vec<Product>, Vec<LookAlike>) {
        if kind != Kind::Taxon
            && let Some(p) = r.products.first()
        {
            self.error(p.span(), "only taxa have products (parts in trade)");
        }
        (self.products(&r.products), self.lookalikes(&r.lookalikes))
    }

    /// Convert parts in trade; one with an unknown part or no recognition text is reported and
    /// dropped.
    pub fn products(&mut self, raw: &[Spanned<RawProduct>]) -> Vec<Product> {
        raw.iter()
            .filter_map(|p| {
                let raw = p.get_ref();
                let part = self.parse(&raw.part);
                if raw.recognise.trim().is_empty() {
                    self.error(p.span(), "a product needs 'recognise': how to tell it");
                    return None;
                }
                Some(Product {
                    part: part?,
                    recognise: raw.recognise.trim().to_owned(),
                })
            })
            .collect()
    }

    /// Convert look-alikes; one without a name or a way to tell it apart is reported and dropped.
    pub fn lookalikes(&mut self, raw: &[Spanned<RawLookAlike>]) -> Vec<LookAlike> {
        raw.iter()
            .filter_map(|l| {
                let raw = l.get_ref();
                if raw.name.trim().is_empty() || raw.tell_apart.trim().is_empty() {
                    self.error(l.span(), "a look-alike needs a name and 'tell_apart'");
                    return None;
                }
                Some(LookAlike {
                    name: raw.name.trim().to_owned(),
                    tell_apart: raw.tell_apart.trim().to_owned(),
                })
            })
            .collect()
    }

    /// Convert a list of names; an empty one is reported and dropped.
    pub fn names(&mut self, raw_names: &[Spanned<RawName>]) -> Vec<Name> {
        raw_names
            .iter()
            .filter_map(|n| {
                let raw = n.get_ref();
                let lang = self.parse(&raw.lang);
                let role = self.parse(&raw.role);
                if raw.text.trim().is_empty() {
                    self.error(n.span(), "empty name");
                    return None;
                }
                Some(Name {
                    text: raw.text.trim().to_owned(),
                    lang: lang?,
                    role: role?,
                })
            })
            .collect()
    }

    fn odp(&mut self, v: &Spanned<RawOdp>) -> Option<Odp> {
        let ok = |x: f64| x.is_finite() && (0.0..=100.0).contains(&x);
        match v.get_ref() {
            RawOdp::Value(x) if ok(*x) => Some(Odp::Value(*x)),
            RawOdp::Range(r) if r.len() == 2 && ok(r[0]) && ok(r[1]) && r[0] <= r[1] => {
                Some(Odp::Range(r[0], r[1]))
            }
            _ => {
                self.error(
                    v.span(),
                    "ODP must be a number or [low, high] with low ≤ high",
                );
                None
            }
        }
    }

    fn components(&mut self, r: &RawEntry, kind: Kind, origin: &mut Origin) -> Vec<Component> {
        if kind != Kind::Mixture {
            if let Some(c) = r.components.first() {
                self.error(c.span(), "only mixtures have components");
            }
            return Vec::new();
        }
        if r.components.len() < 2 {
            self.error(r.id.span(), "a mixture needs at least two components");
        }
        let mut out = Vec::new();
        let mut sum = 0.0;
        for c in &r.components {
            let raw = c.get_ref();
            sum += raw.mass_pct;
            if !(raw.mass_pct > 0.0 && raw.mass_pct <= 100.0) {
                self.error(c.span(), "mass_pct must be above 0 and at most 100");
            }
            if let Some(id) = self.parse::<EntryId>(&raw.entry) {
                origin.entry_refs.push(Ref {
                    what: "component",
                    target: id.to_string(),
                    line: self.line(raw.entry.span()),
                });
                out.push(Component {
                    entry: id,
                    mass_pct: raw.mass_pct,
                });
            }
        }
        if !r.components.is_empty() && (sum - 100.0).abs() > 0.1 + 1e-9 {
            let span = r.components[0].span();
            self.error(
                span,
                format!("composition sums to {sum:.3} %, not 100 ± 0.1 %"),
            );
        }
        out
    }

    fn listings(&mut self, r: &RawEntry, origin: &mut Origin) -> Vec<Listing> {
        let mut out = Vec::new();
        for l in &r.listing {
            if let Some(e) = &l.get_ref().entry {
                self.error(
                    e.span(),
                    "a listing inside an entry takes no 'entry' key (it belongs to that entry)",
                );
            }
            if let Some(listing) = self.listing(l.get_ref(), &mut origin.source_refs) {
                out.push(listing);
            }
        }
        out
    }

    /// Convert one listing; its source reference, if any, is added to `source_refs`.
    pub fn listing(&mut self, raw: &RawListing, source_refs: &mut Vec<Ref>) -> Option<Listing> {
        let instrument = self.parse::<Instrument>(&raw.instrument)?;
        if !instrument.lists().contains(&raw.list.get_ref().as_str()) {
            self.error(
                raw.list.span(),
                format!(
                    "{} has no list {:?} (expected one of: {})",
                    instrument,
                    raw.list.get_ref(),
                    instrument.lists().join(", ")
                ),
            );
            return None;
        }
        let in_force = raw.in_force.as_ref().and_then(|d| self.parse::<IsoDate>(d));
        if let Some(s) = &raw.source {
            source_refs.push(self.reference("listing source", s));
        }
        Some(Listing {
            instrument,
            list: raw.list.get_ref().clone(),
            group: raw.group.clone().filter(|g| !g.trim().is_empty()),
            annotation: raw.annotation.clone().filter(|a| !a.trim().is_empty()),
            in_force,
            inherited_from: None,
            source: raw.source.as_ref().map(|s| s.get_ref().clone()),
        })
    }

    fn label(
        &mut self,
        r: &RawEntry,
        kind: Kind,
        id: &EntryId,
        origin: &mut Origin,
    ) -> Option<LabelInfo> {
        match (&r.label, kind) {
            (None, Kind::Label) => {
                self.error(
                    r.id.span(),
                    format!("label {id} has no [entry.label] table"),
                );
                None
            }
            (Some(l), k) if k != Kind::Label => {
                self.error(l.span(), "only labels have an [entry.label] table");
                None
            }
            (None, _) => None,
            (Some(l), _) => {
                let raw = l.get_ref();
                for link in &raw.links {
                    if self.parse::<EntryId>(link).is_some() {
                        origin.entry_refs.push(self.reference("label link", link));
                    }
                }
                if let Some(img) = &raw.image {
                    origin.label_image = Some((img.get_ref().clone(), self.line(img.span())));
                }
                Some(LabelInfo {
                    image: None,
                    meaning: raw.meaning.clone(),
                    how_to_read: raw.how_to_read.clone(),
                    links: raw
                        .links
                        .iter()
                        .filter_map(|l| l.get_ref().parse().ok())
                        .collect(),
                })
            }
        }
    }
}
