//! Writes a validated [`Dataset`] into a new SQLite file. This file is also compiled into the
//! build script (see `build.rs`), so it depends only on `crate::model`, `crate::dbbuild` and
//! `crate::error`.

use std::path::Path;

use rusqlite::{Connection, params};

use crate::error::{Error, Result};
use crate::model::{Dataset, Entry, Odp};

/// The schema the writer creates and readers require (`PRAGMA user_version`).
pub const SCHEMA_VERSION: i64 = 2;

/// The schema text, kept in `db/schema.sql` for review.
pub const SCHEMA_SQL: &str = include_str!("../../db/schema.sql");

/// Validate the sources under `root` and compile them into a database at `out`.
pub fn compile(root: &Path, out: &Path) -> Result<Dataset> {
    let data = crate::dbbuild::load(root)?;
    write(&data, out)?;
    Ok(data)
}

/// Write `data` to `out`, replacing it atomically (write beside, then rename).
pub fn write(data: &Dataset, out: &Path) -> Result<()> {
    let tmp = out.with_extension("partial");
    if tmp.exists() {
        std::fs::remove_file(&tmp).map_err(|e| Error::io(&tmp, e))?;
    }
    {
        let mut conn = Connection::open(&tmp)?;
        // Entries may refer to entries written after them, so references are checked once, at the end.
        conn.execute_batch(
            "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF;",
        )?;
        conn.execute_batch(SCHEMA_SQL)?;
        let tx = conn.transaction()?;
        insert_all(&tx, data)?;
        let broken: i64 =
            tx.query_row("SELECT COUNT(*) FROM pragma_foreign_key_check", [], |r| {
                r.get(0)
            })?;
        if broken > 0 {
            return Err(Error::Database(format!(
                "{broken} reference(s) in the compiled data do not resolve"
            )));
        }
        tx.commit()?;
        conn.execute_batch("ANALYZE; VACUUM;")?;
    }
    std::fs::rename(&tmp, out).map_err(|e| Error::io(out, e))?;
    Ok(())
}

fn insert_all(tx: &rusqlite::Transaction<'_>, data: &Dataset) -> Result<()> {
    tx.execute(
        "INSERT INTO meta (key, value) VALUES ('data_version', ?1)",
        params![data.data_version],
    )?;
    let mut st =
        tx.prepare("INSERT INTO source (id, citation, url, consulted) VALUES (?1, ?2, ?3, ?4)")?;
    for s in &data.sources {
        st.execute(params![s.id, s.citation, s.url, s.consulted.as_str()])?;
    }
    let mut st = tx.prepare(
        "INSERT INTO instrument (id, name, valid_as_of, source_id, note) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for i in &data.instruments {
        st.execute(params![
            i.id.as_str(),
            i.name,
            i.valid_as_of.as_ref().map(|d| d.as_str()),
            i.source,
            i.note
        ])?;
    }
    let mut st = tx.prepare("INSERT INTO image (id, bytes, origin) VALUES (?1, ?2, ?3)")?;
    for img in &data.images {
        st.execute(params![img.id, img.bytes, img.origin])?;
    }
    for (ord, e) in data.entries.iter().enumerate() {
        insert_entry(tx, ord, e)?;
    }
    Ok(())
}

fn insert_entry(tx: &rusqlite::Transaction<'_>, ord: usize, e: &Entry) -> Result<()> {
    let id = e.id.as_str();
    let (odp_low, odp_high) = match e.odp {
        Some(Odp::Value(v)) => (Some(v), Some(v)),
        Some(Odp::Range(l, h)) => (Some(l), Some(h)),
        None => (None, None),
    };
    tx.prepare_cached(
        "INSERT INTO entry (id, ord, kind, title, is_family, parent_id, rank, summary, note,
             refrigerant, safety_class, formula, odp_low, odp_high, gwp100, physical_form, safety,
             label_image_id, label_meaning, label_how_to_read)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
    )?
    .execute(params![
        id,
        ord as i64,
        e.kind.as_str(),
        e.title,
        e.family,
        e.parent.as_ref().map(|p| p.as_str()),
        e.rank.map(|r| r.as_str()),
        e.summary,
        e.note,
        e.refrigerant.as_ref().map(|r| r.as_str()),
        e.safety_class,
        e.formula.as_ref().map(|f| f.as_str()),
        odp_low,
        odp_high,
        e.gwp100,
        e.physical_form.map(|f| f.as_str()),
        e.safety,
        e.label.as_ref().and_then(|l| l.image),
        e.label.as_ref().map(|l| l.meaning.as_str()),
        e.label.as_ref().map(|l| l.how_to_read.as_str()),
    ])?;
    let mut st = tx.prepare_cached(
        "INSERT INTO entry_source (entry_id, ord, source_id) VALUES (?1, ?2, ?3)",
    )?;
    for (i, s) in e.sources.iter().enumerate() {
        st.execute(params![id, i as i64, s.id])?;
    }
    let mut st = tx.prepare_cached(
        "INSERT INTO name (entry_id, ord, text, lang, role) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (i, n) in e.names.iter().enumerate() {
        st.execute(params![
            id,
            i as i64,
            n.text,
            n.lang.as_str(),
            n.role.as_str()
        ])?;
    }
    let mut st = tx.prepare_cached(
        "INSERT INTO identifier (entry_id, ord, scheme, value, shipping_name, class) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let mut ord = 0i64;
    let mut ident = |scheme: &str, value: String, ship: Option<&str>, class: Option<&str>| {
        ord += 1;
        st.execute(params![id, ord, scheme, value, ship, class])
            .map(|_| ())
    };
    for c in &e.cas {
        ident("cas", c.to_string(), None, None)?;
    }
    for c in &e.ec {
        ident("ec", c.to_string(), None, None)?;
    }
    for u in &e.un {
        ident(
            "un",
            u.number.to_string(),
            u.shipping_name.as_deref(),
            u.class.as_deref(),
        )?;
    }
    for h in &e.hs {
        ident("hs", h.to_string(), None, None)?;
    }
    let mut st = tx.prepare_cached(
        "INSERT INTO listing (entry_id, ord, instrument, list, grp, annotation, in_force, inherited_from, source_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for (i, l) in e.listings.iter().enumerate() {
        st.execute(params![
            id,
            i as i64,
            l.instrument.as_str(),
            l.list,
            l.group,
            l.annotation,
            l.in_force.as_ref().map(|d| d.as_str()),
            l.inherited_from.as_ref().map(|p| p.as_str()),
            l.source
        ])?;
    }
    let mut st = tx.prepare_cached(
        "INSERT INTO component (mixture_id, ord, component_id, mass_pct) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (i, c) in e.components.iter().enumerate() {
        st.execute(params![id, i as i64, c.entry.as_str(), c.mass_pct])?;
    }
    let mut st = tx.prepare_cached(
        "INSERT INTO exclusion (entry_id, ord, instrument, note) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (i, x) in e.exclusions.iter().enumerate() {
        st.execute(params![id, i as i64, x.instrument.as_str(), x.note])?;
    }
    let mut st = tx.prepare_cached(
        "INSERT INTO product (entry_id, ord, part, recognise) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (i, p) in e.products.iter().enumerate() {
        st.execute(params![id, i as i64, p.part.as_str(), p.recognise])?;
    }
    let mut st = tx.prepare_cached(
        "INSERT INTO lookalike (entry_id, ord, name, tell_apart) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (i, l) in e.lookalikes.iter().enumerate() {
        st.execute(params![id, i as i64, l.name, l.tell_apart])?;
    }
    let mut st = tx.prepare_cached(
        "INSERT INTO entry_text (entry_id, ord, kind, text) VALUES (?1, ?2, ?3, ?4)",
    )?;
    let texts = e
        .hazards
        .iter()
        .map(|t| ("hazard", t))
        .chain(e.checks.iter().map(|t| ("check", t)))
        .chain(e.red_flags.iter().map(|t| ("red_flag", t)));
    for (i, (kind, text)) in texts.enumerate() {
        st.execute(params![id, i as i64, kind, text])?;
    }
    if let Some(label) = &e.label {
        let mut st = tx.prepare_cached(
            "INSERT INTO label_link (label_id, ord, entry_id) VALUES (?1, ?2, ?3)",
        )?;
        for (i, l) in label.links.iter().enumerate() {
            st.execute(params![id, i as i64, l.as_str()])?;
        }
    }
    let mut st = tx.prepare_cached(
        "INSERT INTO photo (entry_id, ord, image_id, caption, credit, licence, source_id, origin)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for (i, p) in e.photos.iter().enumerate() {
        st.execute(params![
            id, i as i64, p.image, p.caption, p.credit, p.licence, p.source, p.origin
        ])?;
    }
    Ok(())
}
