//! The commands themselves: each builds its whole output, then prints it once.

use std::io::{BufRead, Read, Write};
use std::path::Path;
use std::time::Instant;

use crate::catalog::Catalog;
use crate::cli::json::{ExportJson, HitJson, StatsJson, StdinLine};
use crate::cli::{Command, DbAction, ExportFormat, Outcome};
use crate::csvrow as csv;
use crate::error::{Error, Result};
use crate::model::{Entry, Listing};
use crate::search::Query;
use crate::store::Store;

/// Run one command. Errors are printed once, here, as one line on stderr.
pub fn run(command: Command, db: Option<&Path>) -> Outcome {
    match execute(command, db) {
        Ok(outcome) => outcome,
        Err(Error::NotFound(what)) => {
            eprintln!("fieldguide: {what}");
            Outcome::NothingFound
        }
        Err(e) => {
            eprintln!("fieldguide: error: {e}");
            Outcome::Error
        }
    }
}

fn execute(command: Command, db: Option<&Path>) -> Result<Outcome> {
    match command {
        Command::Search {
            query,
            stdin,
            kind,
            instrument,
            limit,
            json,
        } => {
            let (_, catalog) = Catalog::open(db)?;
            let base = Query {
                text: "",
                kind: kind.map(Into::into),
                instrument: instrument.map(Into::into),
                limit,
            };
            if stdin {
                search_stdin(&catalog, &base)
            } else {
                let Some(text) = query else {
                    return Err(Error::Database(
                        "search needs a QUERY, or --stdin to read queries".to_owned(),
                    ));
                };
                search_one(
                    &catalog,
                    &Query {
                        text: &text,
                        ..base
                    },
                    json,
                )
            }
        }
        Command::CheckList {
            file,
            json,
            csv: as_csv,
            limit,
        } => {
            let (_, catalog) = Catalog::open(db)?;
            let results = crate::cli::check_list::check(&catalog, &file, limit)?;
            let reports = crate::cli::check_list::reports(&catalog, &results);
            let text = if json {
                to_json_line(&reports)?
            } else if as_csv {
                crate::cli::check_list::render_csv(&reports)
            } else {
                crate::cli::check_list::render_text(&reports)
            };
            print(&text)?;
            let matched_any = reports
                .iter()
                .any(|r| r.status != crate::cli::check_list::Status::NoMatch);
            Ok(if matched_any || reports.is_empty() {
                Outcome::Ok
            } else {
                Outcome::NothingFound
            })
        }
        Command::Hs { code, json } => {
            let prefix = crate::tools::hs::parse_prefix(&code)?;
            let (_, catalog) = Catalog::open(db)?;
            let found = crate::tools::hs::lookup(&catalog, &prefix);
            let text = if json {
                let rows: Vec<serde_json::Value> = found
                    .iter()
                    .map(|m| {
                        serde_json::json!({
                            "id": m.entry.id.as_str(),
                            "kind": m.entry.kind.as_str(),
                            "title": m.entry.title,
                            "hs": m.codes.iter().map(|c| c.to_string()).collect::<Vec<_>>(),
                            "cas": m.entry.cas.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
                            "listings": m.entry.listings.iter().map(|l| serde_json::json!({
                                "instrument": l.instrument.as_str(), "list": l.list, "group": l.group,
                            })).collect::<Vec<_>>(),
                        })
                    })
                    .collect();
                to_json_line(&rows)?
            } else if found.is_empty() {
                format!(
                    "Nothing controlled is recorded under HS {code}. Not proof of not controlled: check the goods and documents.\n"
                )
            } else {
                let mut s = format!("{} controlled entries under HS {code}:\n", found.len());
                for m in &found {
                    let codes: Vec<String> = m.codes.iter().map(|c| c.to_string()).collect();
                    s.push_str(&format!(
                        "  {:<8} {}  [{}]{}\n",
                        codes.join(", "),
                        m.entry.title,
                        m.entry.id,
                        listing_badges(&m.entry.listings)
                    ));
                }
                s
            };
            print(&text)?;
            Ok(if found.is_empty() {
                Outcome::NothingFound
            } else {
                Outcome::Ok
            })
        }
        Command::Blend {
            name,
            mass_kg,
            json,
        } => {
            let (_, catalog) = Catalog::open(db)?;
            let blend = crate::tools::blend::find(&catalog, &name)?;
            let r = crate::tools::blend::calculate(&catalog, blend, mass_kg)?;
            let text = if json {
                to_json_line(&r)?
            } else {
                let mut s = format!("{} kg of {}  [{}]\n", r.mass_kg, r.title, r.id);
                for c in &r.components {
                    let under = if c.controlled_under.is_empty() {
                        "not controlled".to_owned()
                    } else {
                        c.controlled_under.join(", ")
                    };
                    s.push_str(&format!(
                        "  {:<14} {:>6.2} %  {:>10.3} kg  ({under})\n",
                        c.title, c.mass_pct, c.kg
                    ));
                }
                s.push_str(&format!(
                    "  ODP {:.4} → {:.4} ODP tonnes\n  GWP100 {:.0} → {:.3} t CO2-eq\n",
                    r.odp, r.odp_tonnes, r.gwp100, r.co2e_tonnes
                ));
                if !r.gwp_unknown.is_empty() {
                    s.push_str(&format!(
                        "  GWP100 not recorded for {}: the CO2-eq figure leaves them out.\n",
                        r.gwp_unknown.join(", ")
                    ));
                }
                s
            };
            print(&text)?;
            Ok(Outcome::Ok)
        }
        Command::Show { key, json } => {
            let (_, catalog) = Catalog::open(db)?;
            let found = catalog.resolve(&key)?;
            if found.len() > 1 {
                let ids: Vec<&str> = found.iter().map(|e| e.id.as_str()).collect();
                return Err(Error::NotFound(format!(
                    "{key:?} matches {} entries ({}); show one by its id",
                    found.len(),
                    ids.join(", ")
                )));
            }
            let entry = found[0];
            let text = if json {
                to_json_line(entry)?
            } else {
                render_entry(&catalog, entry)
            };
            print(&text)?;
            Ok(Outcome::Ok)
        }
        Command::Export { format } => {
            let (_, catalog) = Catalog::open(db)?;
            let text = match format {
                ExportFormat::Json => to_json_line(&ExportJson {
                    data_version: &catalog.data_version,
                    instruments: &catalog.instruments,
                    entries: &catalog.entries,
                })?,
                ExportFormat::Csv => export_csv(&catalog),
            };
            print(&text)?;
            Ok(Outcome::Ok)
        }
        Command::Stats { json } => {
            let (store, catalog) = Catalog::open(db)?;
            print(&stats(&store, &catalog, json)?)?;
            Ok(Outcome::Ok)
        }
        Command::Check { path } => {
            let target = path.as_deref().or(db);
            let store = Store::open_or_embedded(target)?;
            let report = crate::verify::check(&store)?;
            if report.problems.is_empty() {
                print(&format!(
                    "ok: {} — {} entries, {} images decoded\n",
                    store.origin(),
                    report.entries,
                    report.images
                ))?;
                Ok(Outcome::Ok)
            } else {
                Err(Error::Database(format!(
                    "{} failed its check: {}",
                    store.origin(),
                    report.problems.join("; ")
                )))
            }
        }
        Command::ImportChecklist {
            file,
            date,
            out,
            json,
        } => {
            let date: crate::model::IsoDate = date.parse()?;
            let base = Store::open_or_embedded(db)?;
            let report = crate::import::checklist(&base, &file, date, &out)?;
            let text = if json {
                to_json_line(&report)?
            } else {
                let mut s = format!(
                    "wrote {}: {} entries. Read {} rows: {} taxa added, {} curated taxa gained names, {} left as they were, {} rows skipped.\n",
                    out.display(),
                    report.entries,
                    report.rows,
                    report.added,
                    report.enriched,
                    report.kept,
                    report.skipped.len()
                );
                for line in report.skipped.iter().take(20) {
                    s.push_str(&format!("  skipped {line}\n"));
                }
                if report.skipped.len() > 20 {
                    s.push_str(&format!(
                        "  … and {} more (use --json for all)\n",
                        report.skipped.len() - 20
                    ));
                }
                s
            };
            print(&text)?;
            Ok(Outcome::Ok)
        }
        Command::ImportPhotos {
            dir,
            manifest,
            out,
            json,
        } => {
            let base = Store::open_or_embedded(db)?;
            let report = crate::import::photo_library(&base, &dir, &manifest, &out)?;
            let text = if json {
                to_json_line(&report)?
            } else {
                let mut s = format!(
                    "wrote {}: {} photos imported, {} rows refused.\n",
                    out.display(),
                    report.imported,
                    report.refused.len()
                );
                for r in &report.refused {
                    s.push_str(&format!("  refused {r}\n"));
                }
                s
            };
            print(&text)?;
            Ok(Outcome::Ok)
        }
        Command::Log { data_dir, action } => crate::cli::user::log(action, data_dir.as_deref(), db),
        Command::Fav { data_dir, action } => crate::cli::user::fav(action, data_dir.as_deref(), db),
        Command::Quiz {
            lesson,
            topic,
            count,
            seed,
            json,
            data_dir,
        } => {
            let (_, catalog) = Catalog::open(db)?;
            crate::cli::trainer::quiz(
                &catalog,
                lesson.as_deref(),
                topic.as_deref(),
                count,
                seed,
                json,
                data_dir.as_deref(),
            )
        }
        Command::Lesson { data_dir, action } => {
            let (_, catalog) = Catalog::open(db)?;
            crate::cli::trainer::lesson(&catalog, action, data_dir.as_deref())
        }
        Command::Handout {
            lesson,
            entry,
            out,
            lang,
            data_dir,
        } => crate::cli::trainer::handout(
            db,
            lesson.as_deref(),
            entry.as_deref(),
            &out,
            &lang,
            data_dir.as_deref(),
        ),
        Command::Pack { data_dir, action } => {
            crate::cli::pack::run(action, data_dir.as_deref(), db)
        }
        Command::Db {
            action: DbAction::Build { sources, out },
        } => {
            let data = crate::store::compile(&sources, &out)?;
            print(&format!(
                "built {}: data {}, {} entries, {} sources, {} images\n",
                out.display(),
                data.data_version,
                data.entries.len(),
                data.sources.len(),
                data.images.len()
            ))?;
            Ok(Outcome::Ok)
        }
    }
}

/// Print to stdout; a closed pipe (`| head`) is not an error.
pub(super) fn print(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::io("standard output", e)),
    }
}

pub(super) fn to_json_line<T: serde::Serialize>(value: &T) -> Result<String> {
    let mut s = serde_json::to_string(value)
        .map_err(|e| Error::Database(format!("cannot write JSON: {e}")))?;
    s.push('\n');
    Ok(s)
}

fn search_one(catalog: &Catalog, q: &Query<'_>, json: bool) -> Result<Outcome> {
    let hits = catalog.index.search(q);
    let text = if json {
        let shaped: Vec<HitJson<'_>> = hits
            .iter()
            .map(|h| HitJson::new(h, &catalog.entries[h.entry]))
            .collect();
        to_json_line(&shaped)?
    } else if hits.is_empty() {
        let mut s = format!(
            "No entry matches {:?}. Not found is not proof of not controlled: check the family \
             and group entries, the declared HS code and the documents.\n",
            q.text
        );
        s.push_str(&covering_text(catalog, q));
        s
    } else {
        let mut s = String::new();
        for (i, h) in hits.iter().enumerate() {
            let e = &catalog.entries[h.entry];
            let why = match &h.lang {
                Some(lang) => format!("{} · {} ({lang})", h.matched_field.as_str(), h.matched_text),
                None => format!("{} · {}", h.matched_field.as_str(), h.matched_text),
            };
            s.push_str(&format!(
                "{:>2}. {}  [{}]\n    {}{}\n",
                i + 1,
                e.title,
                e.id,
                why,
                listing_badges(&e.listings)
            ));
        }
        if hits.first().is_some_and(|h| h.score < WEAK_SCORE) {
            s.push_str(
                "Only weak matches. Not found is not proof of not controlled: check the family \
                 and group entries, the declared HS code and the documents.\n",
            );
            s.push_str(&covering_text(catalog, q));
        }
        s
    };
    print(&text)?;
    Ok(if hits.is_empty() {
        Outcome::NothingFound
    } else {
        Outcome::Ok
    })
}

/// Below this score the best hit is a weak match and the officer is told so.
const WEAK_SCORE: f64 = 500.0;

/// The family, group and higher-taxon entries that may cover a query that matched nothing well.
fn covering_text(catalog: &Catalog, q: &Query<'_>) -> String {
    let hits = catalog.index.covering(q);
    if hits.is_empty() {
        return String::new();
    }
    let mut s = String::from("Entries that may cover it:\n");
    for h in hits {
        let e = &catalog.entries[h.entry];
        s.push_str(&format!(
            "  - {}  [{}]{}\n",
            e.title,
            e.id,
            listing_badges(&e.listings)
        ));
    }
    s
}

fn search_stdin(catalog: &Catalog, base: &Query<'_>) -> Result<Outcome> {
    let mut input = std::io::stdin().lock();
    let mut line = Vec::new();
    let mut out = std::io::stdout().lock();
    loop {
        line.clear();
        let n = input
            .by_ref()
            .take(1 << 20)
            .read_until(b'\n', &mut line)
            .map_err(|e| Error::io("standard input", e))?;
        if n == 0 {
            break;
        }
        // A line longer than the cap is read on in pieces; drop the remainder of it.
        if !line.ends_with(b"\n") && n == 1 << 20 {
            let mut rest = Vec::new();
            input
                .read_until(b'\n', &mut rest)
                .map_err(|e| Error::io("standard input", e))?;
        }
        let text = String::from_utf8_lossy(&line);
        let query = text.trim_end_matches(['\n', '\r']);
        let started = Instant::now();
        let hits = catalog.index.search(&Query {
            text: query,
            ..base.clone()
        });
        let took_us = started.elapsed().as_micros();
        let weak = hits.first().is_none_or(|h| h.score < WEAK_SCORE);
        let covering = if weak && !query.trim().is_empty() {
            catalog.index.covering(&Query {
                text: query,
                ..base.clone()
            })
        } else {
            Vec::new()
        };
        let shaped = StdinLine {
            query,
            took_us,
            hits: hits
                .iter()
                .map(|h| HitJson::new(h, &catalog.entries[h.entry]))
                .collect(),
            covering: covering
                .iter()
                .map(|h| HitJson::new(h, &catalog.entries[h.entry]))
                .collect(),
        };
        let json = to_json_line(&shaped)?;
        match out.write_all(json.as_bytes()).and_then(|_| out.flush()) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(Outcome::Ok),
            Err(e) => return Err(Error::io("standard output", e)),
        }
    }
    Ok(Outcome::Ok)
}

fn listing_text(l: &Listing) -> String {
    let mut s = format!(
        "{} {}",
        l.instrument.short_name(),
        l.instrument.list_label(&l.list)
    );
    if let Some(g) = &l.group {
        s.push_str(&format!(", {g}"));
    }
    if let Some(a) = &l.annotation {
        s.push_str(&format!(" [{a}]"));
    }
    if let Some(p) = &l.inherited_from {
        s.push_str(&format!(" (inherited from {p})"));
    }
    match &l.in_force {
        Some(d) => s.push_str(&format!("; in force since {d}")),
        None => s.push_str("; date in force not recorded"),
    }
    s
}

fn listing_badges(listings: &[Listing]) -> String {
    if listings.is_empty() {
        return "  — no listing recorded".to_owned();
    }
    let badges: Vec<String> = listings
        .iter()
        .map(|l| format!("{} {}", l.instrument.short_name(), l.list))
        .collect();
    format!("  — {}", badges.join(", "))
}

fn render_entry(catalog: &Catalog, e: &Entry) -> String {
    let mut s = format!("{}  [{}]  {}", e.title, e.id, e.kind);
    if e.family {
        s.push_str(" (family: other members are covered too)");
    }
    s.push('\n');
    let mut line = |label: &str, value: String| {
        if !value.is_empty() {
            s.push_str(&format!("  {label:<14} {value}\n"));
        }
    };
    let join = |v: Vec<String>| v.join(", ");
    if e.listings.is_empty() {
        line("listings", "none recorded".to_owned());
    }
    for l in &e.listings {
        line("listing", listing_text(l));
        if let Some(src) = catalog.listing_source(l) {
            line("listing source", src.short_citation());
        }
    }
    for x in &e.exclusions {
        let why = x
            .note
            .as_deref()
            .map(|n| format!(": {n}"))
            .unwrap_or_default();
        line(
            "excluded",
            format!("from the {} listing of a higher taxon{why}", x.instrument),
        );
    }
    line("safety", e.safety.clone().unwrap_or_default());
    line("hazards", e.hazards.join("; "));
    line("summary", e.summary.clone().unwrap_or_default());
    line(
        "CAS RN",
        join(e.cas.iter().map(|c| c.to_string()).collect()),
    );
    line("EC", join(e.ec.iter().map(|c| c.to_string()).collect()));
    for u in &e.un {
        let mut v = u.number.to_string();
        if let Some(n) = &u.shipping_name {
            v.push_str(&format!(" {n}"));
        }
        if let Some(c) = &u.class {
            v.push_str(&format!(" (class {c})"));
        }
        line("UN", v);
    }
    line(
        "HS 2022",
        join(e.hs.iter().map(|c| c.to_string()).collect()),
    );
    line(
        "refrigerant",
        e.refrigerant
            .as_ref()
            .map(|r| r.to_string())
            .unwrap_or_default(),
    );
    line("ASHRAE class", e.safety_class.clone().unwrap_or_default());
    line(
        "formula",
        e.formula
            .as_ref()
            .map(|f| f.to_string())
            .unwrap_or_default(),
    );
    line(
        "ODP",
        match e.odp {
            Some(crate::model::Odp::Value(v)) => v.to_string(),
            Some(crate::model::Odp::Range(l, h)) => format!("{l}–{h}"),
            None => String::new(),
        },
    );
    line(
        "GWP100",
        e.gwp100.map(|g| g.to_string()).unwrap_or_default(),
    );
    line(
        "form",
        e.physical_form.map(|f| f.to_string()).unwrap_or_default(),
    );
    for c in &e.components {
        let name = catalog
            .get(&c.entry)
            .map_or(c.entry.as_str(), |x| x.title.as_str());
        line("component", format!("{name} {} %", c.mass_pct));
    }
    if let Some(p) = e.parent.as_ref() {
        let name = catalog.get(p).map_or(p.as_str(), |x| x.title.as_str());
        line("parent", format!("{name} [{p}]"));
    }
    line("rank", e.rank.map(|r| r.to_string()).unwrap_or_default());
    for n in &e.names {
        line("name", format!("{} ({}, {})", n.text, n.role, n.lang));
    }
    for c in &e.checks {
        line("check", c.clone());
    }
    for r in &e.red_flags {
        line("red flag", r.clone());
    }
    // A taxon shows its own parts in trade, then each higher taxon's, marked with where they
    // come from.
    let from = |owner: &Entry| {
        if owner.id == e.id {
            String::new()
        } else {
            format!(" [from {}]", owner.id)
        }
    };
    for owner in catalog.lineage(e, |x| !x.products.is_empty()) {
        for p in &owner.products {
            line(
                "traded as",
                format!("{}: {}{}", p.part, p.recognise, from(owner)),
            );
        }
    }
    for owner in catalog.lineage(e, |x| !x.lookalikes.is_empty()) {
        for l in &owner.lookalikes {
            line(
                "look-alike",
                format!("{}: {}{}", l.name, l.tell_apart, from(owner)),
            );
        }
    }
    if let Some(l) = &e.label {
        line("meaning", l.meaning.clone());
        line("how to read", l.how_to_read.clone());
        line(
            "concerns",
            join(l.links.iter().map(|x| x.to_string()).collect()),
        );
    }
    for p in &e.photos {
        line(
            "photo",
            format!("{} — {} ({})", p.caption, p.credit, p.licence),
        );
    }
    line("note", e.note.clone().unwrap_or_default());
    for src in &e.sources {
        let url = src
            .url
            .as_deref()
            .map(|u| format!(" <{u}>"))
            .unwrap_or_default();
        line(
            "source",
            format!("{}{url} (consulted {})", src.citation, src.consulted),
        );
    }
    s
}

fn export_csv(catalog: &Catalog) -> String {
    let mut out = csv::row(&[
        "id",
        "kind",
        "title",
        "family",
        "parent",
        "rank",
        "scientific_name",
        "cas",
        "ec",
        "un",
        "hs",
        "refrigerant",
        "formula",
        "odp",
        "gwp100",
        "listings",
        "names",
        "sources",
    ]);
    for e in &catalog.entries {
        let join = |v: Vec<String>| v.join(" | ");
        out.push_str(&csv::row(&[
            e.id.to_string(),
            e.kind.to_string(),
            e.title.clone(),
            e.family.to_string(),
            e.parent.as_ref().map(|p| p.to_string()).unwrap_or_default(),
            e.rank.map(|r| r.to_string()).unwrap_or_default(),
            e.scientific_name().unwrap_or_default().to_owned(),
            join(e.cas.iter().map(|c| c.to_string()).collect()),
            join(e.ec.iter().map(|c| c.to_string()).collect()),
            join(e.un.iter().map(|u| u.number.to_string()).collect()),
            join(e.hs.iter().map(|h| h.to_string()).collect()),
            e.refrigerant
                .as_ref()
                .map(|r| r.to_string())
                .unwrap_or_default(),
            e.formula
                .as_ref()
                .map(|f| f.to_string())
                .unwrap_or_default(),
            match e.odp {
                Some(crate::model::Odp::Value(v)) => v.to_string(),
                Some(crate::model::Odp::Range(l, h)) => format!("{l}-{h}"),
                None => String::new(),
            },
            e.gwp100.map(|g| g.to_string()).unwrap_or_default(),
            join(e.listings.iter().map(listing_text).collect()),
            join(
                e.names
                    .iter()
                    .map(|n| format!("{}:{}:{}", n.role, n.lang, n.text))
                    .collect(),
            ),
            join(e.sources.iter().map(|s| s.id.clone()).collect()),
        ]));
    }
    out
}

fn stats(store: &Store, catalog: &Catalog, json: bool) -> Result<String> {
    let counts = store.counts()?;
    if json {
        return to_json_line(&StatsJson {
            data_version: &catalog.data_version,
            entries: catalog.entries.len(),
            by_kind: counts
                .by_kind
                .iter()
                .map(|(k, n)| (k.as_str(), *n))
                .collect(),
            by_instrument: counts
                .by_instrument
                .iter()
                .map(|(k, n)| (k.as_str(), *n))
                .collect(),
            names: counts.names,
            sources: counts.sources,
            photos: counts.photos,
            instruments: &catalog.instruments,
        });
    }
    let mut s = format!(
        "data version {} — {} entries, {} names, {} sources, {} photos\n",
        catalog.data_version,
        catalog.entries.len(),
        counts.names,
        counts.sources,
        counts.photos
    );
    for (k, n) in &counts.by_kind {
        s.push_str(&format!("  {k:<10} {n}\n"));
    }
    for i in &catalog.instruments {
        let n = counts
            .by_instrument
            .iter()
            .find(|(k, _)| k == i.id.as_str())
            .map_or(0, |(_, n)| *n);
        let valid = i
            .valid_as_of
            .as_ref()
            .map_or("valid-as-of date not recorded".to_owned(), |d| {
                format!("valid as of {d}")
            });
        s.push_str(&format!(
            "  {:<10} {n:>5} listed entries, {valid}\n",
            i.id.short_name()
        ));
    }
    Ok(s)
}
