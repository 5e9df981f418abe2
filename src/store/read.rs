//! Typed read queries over the reference database.

use std::collections::HashMap;

use rusqlite::Row;

use crate::error::{Error, Result};
use crate::model::{
    Component, Entry, EntryId, Exclusion, InstrumentInfo, LabelInfo, Listing, LookAlike, Name, Odp,
    Photo, Product, Source, UnEntry,
};
use crate::store::Store;

/// Counts of what a database holds.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Counts {
    /// Entries per kind.
    pub by_kind: Vec<(String, i64)>,
    /// Entries with at least one listing, own or inherited, per instrument.
    pub by_instrument: Vec<(String, i64)>,
    /// Names of every role and language.
    pub names: i64,
    /// Sources.
    pub sources: i64,
    /// Photos.
    pub photos: i64,
    /// Images (photos and label drawings).
    pub images: i64,
}

pub(super) fn parse_col<T: std::str::FromStr<Err = Error>>(
    row: &Row<'_>,
    i: usize,
) -> rusqlite::Result<T> {
    let text: String = row.get(i)?;
    text.parse().map_err(|e: Error| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

pub(super) fn parse_opt<T: std::str::FromStr<Err = Error>>(
    row: &Row<'_>,
    i: usize,
) -> rusqlite::Result<Option<T>> {
    match row.get::<_, Option<String>>(i)? {
        None => Ok(None),
        Some(text) => text.parse().map(Some).map_err(|e: Error| {
            rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
        }),
    }
}

impl Store {
    /// The data version recorded at build time.
    pub fn data_version(&self) -> Result<String> {
        self.wrap(self.conn.query_row(
            "SELECT value FROM meta WHERE key = 'data_version'",
            [],
            |r| r.get(0),
        ))
    }

    /// Every instrument with its valid-as-of date.
    pub fn instruments(&self) -> Result<Vec<InstrumentInfo>> {
        let mut st = self.wrap(self.conn.prepare(
            "SELECT id, name, valid_as_of, source_id, note FROM instrument ORDER BY id",
        ))?;
        let rows = st.query_map([], |r| {
            Ok(InstrumentInfo {
                id: parse_col(r, 0)?,
                name: r.get(1)?,
                valid_as_of: parse_opt(r, 2)?,
                source: r.get(3)?,
                note: r.get(4)?,
            })
        });
        self.wrap(rows.and_then(|rows| rows.collect()))
    }

    /// Every source.
    pub fn sources(&self) -> Result<Vec<Source>> {
        let mut st = self.wrap(
            self.conn
                .prepare("SELECT id, citation, url, consulted FROM source ORDER BY id"),
        )?;
        let rows = st.query_map([], |r| {
            Ok(Source {
                id: r.get(0)?,
                citation: r.get(1)?,
                url: r.get(2)?,
                consulted: parse_col(r, 3)?,
            })
        });
        self.wrap(rows.and_then(|rows| rows.collect()))
    }

    /// Every entry, complete, in source order. Reads each table once.
    pub fn entries(&self) -> Result<Vec<Entry>> {
        Ok(self.entries_and_sources()?.0)
    }

    /// Every entry, as [`Store::entries`], and every source by id (a listing may name a source
    /// its entry does not list), from one read of the source table.
    pub fn entries_and_sources(&self) -> Result<(Vec<Entry>, HashMap<String, Source>)> {
        let sources: HashMap<String, Source> = self
            .sources()?
            .into_iter()
            .map(|s| (s.id.clone(), s))
            .collect();
        let mut entries = self.entry_rows()?;
        let pos: HashMap<String, usize> = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.to_string(), i))
            .collect();
        let at = |id: &str| {
            pos.get(id).copied().ok_or_else(|| {
                Error::Database(format!("{}: row refers to unknown entry {id}", self.origin))
            })
        };

        for (id, source_id) in
            self.pairs("SELECT entry_id, source_id FROM entry_source ORDER BY entry_id, ord")?
        {
            let s = sources.get(&source_id).cloned().ok_or_else(|| {
                Error::Database(format!("{}: unknown source {source_id}", self.origin))
            })?;
            entries[at(&id)?].sources.push(s);
        }

        let mut st = self.wrap(
            self.conn
                .prepare("SELECT entry_id, text, lang, role FROM name ORDER BY entry_id, ord"),
        )?;
        let names = st.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                Name {
                    text: r.get(1)?,
                    lang: parse_col(r, 2)?,
                    role: parse_col(r, 3)?,
                },
            ))
        });
        for row in self.wrap(names)? {
            let (id, name) = self.wrap(row)?;
            entries[at(&id)?].names.push(name);
        }

        let mut st = self.wrap(self.conn.prepare(
            "SELECT entry_id, scheme, value, shipping_name, class FROM identifier ORDER BY entry_id, ord",
        ))?;
        let idents = st.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, Option<String>>(4)?,
            ))
        });
        for row in self.wrap(idents)? {
            let (id, scheme, value, ship, class) = self.wrap(row)?;
            let e = &mut entries[at(&id)?];
            match scheme.as_str() {
                "cas" => e.cas.push(value.parse()?),
                "ec" => e.ec.push(value.parse()?),
                "un" => e.un.push(UnEntry {
                    number: value.parse()?,
                    shipping_name: ship,
                    class,
                }),
                "hs" => e.hs.push(value.parse()?),
                other => {
                    return Err(Error::Database(format!(
                        "{}: unknown identifier scheme {other}",
                        self.origin
                    )));
                }
            }
        }

        let mut st = self.wrap(self.conn.prepare(
            "SELECT entry_id, instrument, list, grp, annotation, in_force, inherited_from, source_id
             FROM listing ORDER BY entry_id, ord",
        ))?;
        let listings = st.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                Listing {
                    instrument: parse_col(r, 1)?,
                    list: r.get(2)?,
                    group: r.get(3)?,
                    annotation: r.get(4)?,
                    in_force: parse_opt(r, 5)?,
                    inherited_from: parse_opt(r, 6)?,
                    source: r.get(7)?,
                },
            ))
        });
        for row in self.wrap(listings)? {
            let (id, l) = self.wrap(row)?;
            entries[at(&id)?].listings.push(l);
        }

        let mut st = self.wrap(self.conn.prepare(
            "SELECT mixture_id, component_id, mass_pct FROM component ORDER BY mixture_id, ord",
        ))?;
        let comps = st.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                Component {
                    entry: parse_col(r, 1)?,
                    mass_pct: r.get(2)?,
                },
            ))
        });
        for row in self.wrap(comps)? {
            let (id, c) = self.wrap(row)?;
            entries[at(&id)?].components.push(c);
        }

        let mut st = self
            .wrap(self.conn.prepare(
                "SELECT entry_id, instrument, note FROM exclusion ORDER BY entry_id, ord",
            ))?;
        let excl = st.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                Exclusion {
                    instrument: parse_col(r, 1)?,
                    note: r.get(2)?,
                },
            ))
        });
        for row in self.wrap(excl)? {
            let (id, x) = self.wrap(row)?;
            entries[at(&id)?].exclusions.push(x);
        }

        let mut st = self.wrap(
            self.conn
                .prepare("SELECT entry_id, part, recognise FROM product ORDER BY entry_id, ord"),
        )?;
        let products = st.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                Product {
                    part: parse_col(r, 1)?,
                    recognise: r.get(2)?,
                },
            ))
        });
        for row in self.wrap(products)? {
            let (id, p) = self.wrap(row)?;
            entries[at(&id)?].products.push(p);
        }
        for (id, name, tell_apart) in
            self.triples("SELECT entry_id, name, tell_apart FROM lookalike ORDER BY entry_id, ord")?
        {
            entries[at(&id)?]
                .lookalikes
                .push(LookAlike { name, tell_apart });
        }

        let mut st = self.wrap(
            self.conn
                .prepare("SELECT entry_id, kind, text FROM entry_text ORDER BY entry_id, ord"),
        )?;
        let texts = st.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        });
        for row in self.wrap(texts)? {
            let (id, kind, text) = self.wrap(row)?;
            let e = &mut entries[at(&id)?];
            match kind.as_str() {
                "hazard" => e.hazards.push(text),
                "check" => e.checks.push(text),
                _ => e.red_flags.push(text),
            }
        }

        for (label, target) in
            self.pairs("SELECT label_id, entry_id FROM label_link ORDER BY label_id, ord")?
        {
            let target: EntryId = target.parse()?;
            if let Some(l) = entries[at(&label)?].label.as_mut() {
                l.links.push(target);
            }
        }

        let mut st = self.wrap(self.conn.prepare(
            "SELECT entry_id, image_id, caption, credit, licence, source_id, origin
             FROM photo ORDER BY entry_id, ord",
        ))?;
        let photos = st.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                Photo {
                    image: r.get(1)?,
                    caption: r.get(2)?,
                    credit: r.get(3)?,
                    licence: r.get(4)?,
                    source: r.get(5)?,
                    origin: r.get(6)?,
                },
            ))
        });
        for row in self.wrap(photos)? {
            let (id, p) = self.wrap(row)?;
            entries[at(&id)?].photos.push(p);
        }
        Ok((entries, sources))
    }

    fn entry_rows(&self) -> Result<Vec<Entry>> {
        let mut st = self.wrap(self.conn.prepare(
            "SELECT id, kind, title, is_family, parent_id, rank, summary, note, refrigerant,
                    safety_class, formula, odp_low, odp_high, gwp100, physical_form, safety,
                    label_image_id, label_meaning, label_how_to_read
             FROM entry ORDER BY ord",
        ))?;
        let rows = st.query_map([], |r| {
            let odp = match (r.get::<_, Option<f64>>(11)?, r.get::<_, Option<f64>>(12)?) {
                (Some(l), Some(h)) if (l - h).abs() < f64::EPSILON => Some(Odp::Value(l)),
                (Some(l), Some(h)) => Some(Odp::Range(l, h)),
                _ => None,
            };
            let label = match r.get::<_, Option<String>>(17)? {
                Some(meaning) => Some(LabelInfo {
                    image: r.get(16)?,
                    meaning,
                    how_to_read: r.get::<_, Option<String>>(18)?.unwrap_or_default(),
                    links: Vec::new(),
                }),
                None => None,
            };
            Ok(Entry {
                id: parse_col(r, 0)?,
                kind: parse_col(r, 1)?,
                title: r.get(2)?,
                family: r.get(3)?,
                parent: parse_opt(r, 4)?,
                rank: parse_opt(r, 5)?,
                summary: r.get(6)?,
                note: r.get(7)?,
                refrigerant: parse_opt(r, 8)?,
                safety_class: r.get(9)?,
                formula: parse_opt(r, 10)?,
                odp,
                gwp100: r.get(13)?,
                physical_form: parse_opt(r, 14)?,
                safety: r.get(15)?,
                label,
                names: Vec::new(),
                cas: Vec::new(),
                ec: Vec::new(),
                un: Vec::new(),
                hs: Vec::new(),
                hazards: Vec::new(),
                checks: Vec::new(),
                red_flags: Vec::new(),
                products: Vec::new(),
                lookalikes: Vec::new(),
                listings: Vec::new(),
                components: Vec::new(),
                exclusions: Vec::new(),
                photos: Vec::new(),
                sources: Vec::new(),
            })
        });
        self.wrap(rows.and_then(|rows| rows.collect()))
    }

    fn pairs(&self, sql: &str) -> Result<Vec<(String, String)>> {
        let mut st = self.wrap(self.conn.prepare(sql))?;
        let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)));
        self.wrap(rows.and_then(|rows| rows.collect()))
    }

    fn triples(&self, sql: &str) -> Result<Vec<(String, String, String)>> {
        let mut st = self.wrap(self.conn.prepare(sql))?;
        let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)));
        self.wrap(rows.and_then(|rows| rows.collect()))
    }

    /// Everything the database holds, as a data set that can be written again (for imports).
    pub fn dataset(&self) -> Result<crate::model::Dataset> {
        let mut images = Vec::new();
        for (id, origin) in self.image_list()? {
            images.push(crate::model::ImageBlob {
                id,
                bytes: self.image_bytes(id)?,
                origin,
            });
        }
        Ok(crate::model::Dataset {
            data_version: self.data_version()?,
            instruments: self.instruments()?,
            sources: self.sources()?,
            entries: self.entries()?,
            images,
        })
    }

    /// Ids and origins of every stored image.
    pub fn image_list(&self) -> Result<Vec<(i64, String)>> {
        let mut st = self.wrap(
            self.conn
                .prepare("SELECT id, origin FROM image ORDER BY id"),
        )?;
        let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)));
        self.wrap(rows.and_then(|rows| rows.collect()))
    }

    /// The encoded bytes of one image.
    pub fn image_bytes(&self, id: i64) -> Result<Vec<u8>> {
        self.wrap(
            self.conn
                .query_row("SELECT bytes FROM image WHERE id = ?1", [id], |r| r.get(0)),
        )
    }

    /// The title of the entry with this id, if the database has it (one indexed look-up, for
    /// commands that only need to confirm an id and copy its title).
    pub fn entry_title(&self, id: &EntryId) -> Result<Option<String>> {
        use rusqlite::OptionalExtension;
        self.wrap(
            self.conn
                .query_row(
                    "SELECT title FROM entry WHERE id = ?1",
                    [id.as_str()],
                    |r| r.get(0),
                )
                .optional(),
        )
    }

    /// What the database holds, per kind and instrument.
    pub fn counts(&self) -> Result<Counts> {
        let count =
            |sql: &str| -> Result<i64> { self.wrap(self.conn.query_row(sql, [], |r| r.get(0))) };
        let grouped = |sql: &str| -> Result<Vec<(String, i64)>> {
            let mut st = self.wrap(self.conn.prepare(sql))?;
            let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)));
            self.wrap(rows.and_then(|rows| rows.collect()))
        };
        Ok(Counts {
            by_kind: grouped("SELECT kind, COUNT(*) FROM entry GROUP BY kind ORDER BY kind")?,
            by_instrument: grouped(
                "SELECT instrument, COUNT(DISTINCT entry_id) FROM listing GROUP BY instrument ORDER BY instrument",
            )?,
            names: count("SELECT COUNT(*) FROM name")?,
            sources: count("SELECT COUNT(*) FROM source")?,
            photos: count("SELECT COUNT(*) FROM photo")?,
            images: count("SELECT COUNT(*) FROM image")?,
        })
    }
}
