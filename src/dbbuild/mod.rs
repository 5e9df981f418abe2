//! The build step: read the TOML sources under a data root (`db/`), validate them, resolve
//! references and inherited listings, and hand a [`Dataset`] to the writer. Every problem is
//! reported with its file and line, and any problem stops the build.

mod convert;
mod inherit;
mod lines;
mod raw;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::dbbuild::convert::{FileConverter, Origin};
use crate::dbbuild::raw::RawFile;
use crate::error::{Diagnostic, Error, Result};
use crate::model::{
    Dataset, Entry, EntryId, ImageBlob, Instrument, InstrumentInfo, IsoDate, Kind, Listing,
    LookAlike, Name, Photo, Product, Source,
};

/// Recompute every inherited listing: drop those already marked inherited, then inherit again
/// from parents, family entries and mixture components. Used after importing data into an
/// already compiled set. Fails with the id of an entry whose parent chain loops.
pub fn reinherit(entries: &mut [Entry]) -> std::result::Result<(), EntryId> {
    for e in entries.iter_mut() {
        e.listings.retain(|l| l.inherited_from.is_none());
    }
    inherit::resolve(entries)
}

/// Largest image file the build accepts (a photo or label drawing is far smaller).
const MAX_IMAGE_BYTES: u64 = 8 * 1024 * 1024;

/// The source files under `root`: `sources/*.toml` then `photos/*.toml`, each sorted by name.
pub fn source_files(root: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for sub in ["sources", "photos"] {
        let dir = root.join(sub);
        if !dir.is_dir() {
            if sub == "sources" {
                return Err(Error::Database(format!(
                    "{} is not a directory of source files",
                    dir.display()
                )));
            }
            continue;
        }
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map_err(|e| Error::io(&dir, e))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        files.sort();
        out.extend(files);
    }
    Ok(out)
}

struct Loaded {
    data_version: Option<String>,
    instruments: Vec<(InstrumentInfo, PathBuf, usize)>,
    sources: Vec<(Source, PathBuf, usize)>,
    entries: Vec<(Entry, Origin)>,
    photos: Vec<PendingPhoto>,
    supplements: Vec<Supplement>,
    name_supplements: Vec<NameSupplement>,
    trade_supplements: Vec<TradeSupplement>,
    diags: Vec<Diagnostic>,
    /// Whether photo and label image files are looked up and read (not by [`check_text`]).
    read_files: bool,
}

/// A top-level `[[listing]]`: a listing for an entry defined in another file.
struct Supplement {
    entry: String,
    listing: Listing,
    source_refs: Vec<convert::Ref>,
    file: PathBuf,
    line: usize,
}

/// A top-level `[[names]]`: names from one source for an entry defined in another file.
struct NameSupplement {
    entry: String,
    names: Vec<Name>,
    source: convert::Ref,
    file: PathBuf,
    line: usize,
}

/// A top-level `[[trade]]`: parts in trade and look-alikes from one source for a taxon defined
/// in another file.
struct TradeSupplement {
    entry: String,
    products: Vec<Product>,
    lookalikes: Vec<LookAlike>,
    source: convert::Ref,
    file: PathBuf,
    line: usize,
}

struct PendingPhoto {
    entry: String,
    path: PathBuf,
    photo: Photo,
    file: PathBuf,
    line: usize,
}

impl Loaded {
    fn new(read_files: bool) -> Loaded {
        Loaded {
            data_version: None,
            instruments: Vec::new(),
            sources: Vec::new(),
            entries: Vec::new(),
            photos: Vec::new(),
            supplements: Vec::new(),
            name_supplements: Vec::new(),
            trade_supplements: Vec::new(),
            diags: Vec::new(),
            read_files,
        }
    }
}

/// Read, validate and link every source file under `root`.
pub fn load(root: &Path) -> Result<Dataset> {
    let mut loaded = Loaded::new(true);
    for file in source_files(root)? {
        let text = std::fs::read_to_string(&file).map_err(|e| Error::io(&file, e))?;
        read_file(&file, &text, &mut loaded);
    }
    link(root, loaded)
}

/// Validate and link the text of one source file as if it were the only one, through the same
/// code as [`load`], without touching the file system: photo and label image files are neither
/// looked up nor read, so photos and labels carry no image. References to records defined in
/// other files are reported as unresolved. Used by the fuzz targets and tests.
pub fn check_text(name: &str, text: &str) -> Result<Dataset> {
    let mut loaded = Loaded::new(false);
    let file = Path::new(name);
    read_file(file, text, &mut loaded);
    link(Path::new(""), loaded)
}

fn read_file(path: &Path, text: &str, out: &mut Loaded) {
    let mut conv = FileConverter::new(path, text);
    let raw: RawFile = match toml::from_str(text) {
        Ok(r) => r,
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            let msg = e.message().trim().to_owned();
            conv.error(span, format!("not valid source TOML: {msg}"));
            out.diags.append(&mut conv.diags);
            return;
        }
    };
    if let Some(meta) = &raw.meta {
        if out.data_version.is_some() {
            conv.error(meta.span(), "data_version is declared twice");
        }
        out.data_version = Some(meta.get_ref().data_version.clone());
    }
    for ins in &raw.instrument {
        let r = ins.get_ref();
        let Some(id) = conv.parse::<Instrument>(&r.id) else {
            continue;
        };
        let valid_as_of = r
            .valid_as_of
            .as_ref()
            .and_then(|d| conv.parse::<IsoDate>(d));
        let line = conv.line(r.id.span());
        out.instruments.push((
            InstrumentInfo {
                id,
                name: r.name.clone(),
                valid_as_of,
                source: r.source.as_ref().map(|s| s.get_ref().clone()),
                note: r.note.clone(),
            },
            path.to_path_buf(),
            line,
        ));
    }
    for src in &raw.source {
        let r = src.get_ref();
        let id = r.id.get_ref();
        let id_ok = !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !id_ok {
            conv.error(
                r.id.span(),
                format!("source id {id:?}: use a-z, 0-9 and '-'"),
            );
            continue;
        }
        if r.citation.trim().is_empty() {
            conv.error(r.id.span(), format!("source {id} has an empty citation"));
        }
        let Some(consulted) = conv.parse::<IsoDate>(&r.consulted) else {
            continue;
        };
        let line = conv.line(r.id.span());
        out.sources.push((
            Source {
                id: id.clone(),
                citation: r.citation.trim().to_owned(),
                url: r.url.clone(),
                consulted,
            },
            path.to_path_buf(),
            line,
        ));
    }
    for e in &raw.entry {
        if let Some(pair) = conv.entry(e) {
            out.entries.push(pair);
        }
    }
    for l in &raw.listing {
        let r = l.get_ref();
        let line = conv.line(r.instrument.span());
        let Some(entry) = &r.entry else {
            conv.error(l.span(), "a top-level [[listing]] needs entry = \"<id>\"");
            continue;
        };
        if r.source.is_none() {
            conv.error(entry.span(), "a top-level [[listing]] needs its own source");
        }
        let mut source_refs = Vec::new();
        if let Some(listing) = conv.listing(r, &mut source_refs) {
            out.supplements.push(Supplement {
                entry: entry.get_ref().clone(),
                listing,
                source_refs,
                file: path.to_path_buf(),
                line,
            });
        }
    }
    for n in &raw.names {
        let r = n.get_ref();
        let line = conv.line(r.entry.span());
        if r.names.is_empty() {
            conv.error(r.entry.span(), "a [[names]] table needs at least one name");
            continue;
        }
        let names = conv.names(&r.names);
        out.name_supplements.push(NameSupplement {
            entry: r.entry.get_ref().clone(),
            names,
            source: conv.reference("source", &r.source),
            file: path.to_path_buf(),
            line,
        });
    }
    for t in &raw.trade {
        let r = t.get_ref();
        let line = conv.line(r.entry.span());
        if r.products.is_empty() && r.lookalikes.is_empty() {
            conv.error(
                r.entry.span(),
                "a [[trade]] table needs products or lookalikes",
            );
            continue;
        }
        let products = conv.products(&r.products);
        let lookalikes = conv.lookalikes(&r.lookalikes);
        out.trade_supplements.push(TradeSupplement {
            entry: r.entry.get_ref().clone(),
            products,
            lookalikes,
            source: conv.reference("source", &r.source),
            file: path.to_path_buf(),
            line,
        });
    }
    if !raw.photo.is_empty() && raw.photo_root.is_none() {
        conv.error(
            raw.photo[0].span(),
            "photos need a photo_root in their file",
        );
    }
    if let Some(root) = &raw.photo_root {
        let base = PathBuf::from(root.get_ref());
        let package = raw.package.clone();
        for p in &raw.photo {
            let r = p.get_ref();
            let line = conv.line(r.entry.span());
            let photo_path = base.join(r.file.get_ref());
            if out.read_files && !photo_path.is_file() {
                let hint = package
                    .as_deref()
                    .map(|p| format!(" (install the package {p})"))
                    .unwrap_or_default();
                conv.error(
                    r.file.span(),
                    format!("photo file {} not found{hint}", photo_path.display()),
                );
                continue;
            }
            out.photos.push(PendingPhoto {
                entry: r.entry.get_ref().clone(),
                path: photo_path,
                photo: Photo {
                    image: 0,
                    caption: r.caption.clone(),
                    credit: r.credit.clone(),
                    licence: r.licence.clone(),
                    source: r.source.get_ref().clone(),
                    origin: r.file.get_ref().clone(),
                },
                file: path.to_path_buf(),
                line,
            });
        }
    }
    out.diags.append(&mut conv.diags);
}

/// Add a `[[trade]]` table's parts and look-alikes to its taxon, with its source. A part or a
/// look-alike the taxon already has is reported: one part is described in one place.
fn link_trade(
    sup: TradeSupplement,
    targets: &Targets,
    entries: &mut [(Entry, Origin)],
    diags: &mut Vec<Diagnostic>,
) {
    let found = targets.resolve(
        &sup.file,
        sup.line,
        &sup.entry,
        std::slice::from_ref(&sup.source),
        diags,
        || format!("trade for {} does not resolve to any entry", sup.entry),
    );
    let Some((e, o)) = found.map(|i| &mut entries[i]) else {
        return;
    };
    if e.kind != Kind::Taxon {
        diags.push(diag(
            &sup.file,
            sup.line,
            format!(
                "{} is not a taxon: only taxa have products (parts in trade)",
                e.id
            ),
        ));
        return;
    }
    for p in sup.products {
        if e.products.iter().any(|x| x.part == p.part) {
            diags.push(diag(
                &sup.file,
                sup.line,
                format!(
                    "{} already has the part {:?}: describe it in one place",
                    e.id,
                    p.part.to_string()
                ),
            ));
        } else {
            e.products.push(p);
        }
    }
    for l in sup.lookalikes {
        if e.lookalikes.iter().any(|x| x.name == l.name) {
            diags.push(diag(
                &sup.file,
                sup.line,
                format!("{} already has the look-alike {:?}", e.id, l.name),
            ));
        } else {
            e.lookalikes.push(l);
        }
    }
    cite(o, sup.source);
}

/// What a supplement (`[[listing]]`, `[[names]]`, `[[trade]]`) is checked against: the entries
/// it may add to, by id, and the declared sources it may cite.
struct Targets<'a> {
    position: &'a HashMap<String, usize>,
    sources_by_id: &'a HashMap<&'a str, &'a Source>,
}

impl Targets<'_> {
    /// Report each of `sources` that no `[[source]]` declares, then find the index of the entry
    /// a supplement adds to; if there is none, report `unresolved()` at the supplement's line.
    fn resolve(
        &self,
        file: &Path,
        line: usize,
        entry: &str,
        sources: &[convert::Ref],
        diags: &mut Vec<Diagnostic>,
        unresolved: impl FnOnce() -> String,
    ) -> Option<usize> {
        for r in sources {
            if !self.sources_by_id.contains_key(r.target.as_str()) {
                diags.push(diag(
                    file,
                    r.line,
                    format!("source {:?} is not a declared [[source]]", r.target),
                ));
            }
        }
        let found = self.position.get(entry).copied();
        if found.is_none() {
            diags.push(diag(file, line, unresolved()));
        }
        found
    }
}

/// Record that an entry cites `source`, once.
fn cite(origin: &mut Origin, source: convert::Ref) {
    if !origin.source_refs.iter().any(|r| r.target == source.target) {
        origin.source_refs.push(source);
    }
}

fn diag(file: &Path, line: usize, message: String) -> Diagnostic {
    Diagnostic {
        file: file.to_path_buf(),
        line,
        message,
    }
}

fn read_image(path: &Path) -> std::result::Result<Vec<u8>, String> {
    let meta = std::fs::metadata(path).map_err(|e| e.to_string())?;
    if meta.len() > MAX_IMAGE_BYTES {
        return Err(format!("is larger than {MAX_IMAGE_BYTES} bytes"));
    }
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    if path.extension().is_some_and(|x| x == "svg") {
        check_svg(&bytes)?;
    }
    Ok(bytes)
}

/// A label drawing must be a self-contained SVG document: no scripts, no external or embedded
/// images, no links out. (The app renders it without following references in any case.)
fn check_svg(bytes: &[u8]) -> std::result::Result<(), String> {
    let text = std::str::from_utf8(bytes).map_err(|_| "is not UTF-8 text".to_owned())?;
    if bytes.len() > 256 * 1024 {
        return Err("is an SVG drawing larger than 256 KiB".to_owned());
    }
    if !text.contains("<svg") {
        return Err("is not an SVG document".to_owned());
    }
    let lower = text.to_ascii_lowercase();
    for bad in [
        "<script",
        "<image",
        "<foreignobject",
        "href=",
        "url(http",
        "@import",
    ] {
        if lower.contains(bad) {
            return Err(format!(
                "is an SVG drawing with `{bad}`: drawings must be self-contained"
            ));
        }
    }
    Ok(())
}

/// Cross-file checks, then inheritance; returns the dataset or every diagnostic.
fn link(root: &Path, mut l: Loaded) -> Result<Dataset> {
    let mut diags = std::mem::take(&mut l.diags);

    let mut source_ids: HashMap<String, (PathBuf, usize)> = HashMap::new();
    for (s, file, line) in &l.sources {
        if let Some((f0, l0)) = source_ids.get(&s.id) {
            diags.push(diag(
                file,
                *line,
                format!(
                    "duplicate source id {} (first at {}:{l0})",
                    s.id,
                    f0.display()
                ),
            ));
        } else {
            source_ids.insert(s.id.clone(), (file.clone(), *line));
        }
    }
    let sources_by_id: HashMap<&str, &Source> = l
        .sources
        .iter()
        .map(|(s, _, _)| (s.id.as_str(), s))
        .collect();

    let mut kinds: HashMap<EntryId, Kind> = HashMap::new();
    let mut first_at: HashMap<EntryId, (PathBuf, usize)> = HashMap::new();
    for (e, o) in &l.entries {
        if let Some((f0, l0)) = first_at.get(&e.id) {
            diags.push(diag(
                &o.file,
                o.line,
                format!("duplicate id {} (first at {}:{l0})", e.id, f0.display()),
            ));
        } else {
            first_at.insert(e.id.clone(), (o.file.clone(), o.line));
            kinds.insert(e.id.clone(), e.kind);
        }
    }

    for (e, o) in &l.entries {
        for r in &o.source_refs {
            if !sources_by_id.contains_key(r.target.as_str()) {
                diags.push(diag(
                    &o.file,
                    r.line,
                    format!(
                        "{} {:?} of {} is not a declared [[source]]",
                        r.what, r.target, e.id
                    ),
                ));
            }
        }
        for r in &o.entry_refs {
            let target: Option<EntryId> = r.target.parse().ok();
            let kind = target.as_ref().and_then(|t| kinds.get(t));
            let problem = match (r.what, kind) {
                (_, None) => Some(format!(
                    "{} {} of {} does not resolve to any entry",
                    r.what, r.target, e.id
                )),
                ("component", Some(k)) if !matches!(k, Kind::Chemical | Kind::Mixture) => {
                    Some(format!(
                        "component {} of {} is a {k}, not a substance",
                        r.target, e.id
                    ))
                }
                ("parent", Some(k)) if *k != e.kind => Some(format!(
                    "parent {} of {} is a {k}; a parent has the same kind",
                    r.target, e.id
                )),
                _ => None,
            };
            if let Some(m) = problem {
                diags.push(diag(&o.file, r.line, m));
            }
        }
    }

    for (info, file, line) in &l.instruments {
        if let Some(s) = &info.source
            && !sources_by_id.contains_key(s.as_str())
        {
            diags.push(diag(
                file,
                *line,
                format!("source {s:?} is not a declared [[source]]"),
            ));
        }
    }
    let declared: HashSet<Instrument> = l.instruments.iter().map(|(i, _, _)| i.id).collect();
    for (e, o) in &l.entries {
        for li in &e.listings {
            if !declared.contains(&li.instrument) {
                diags.push(diag(
                    &o.file,
                    o.line,
                    format!(
                        "{} is listed under {}, which has no [[instrument]] table",
                        e.id, li.instrument
                    ),
                ));
            }
        }
    }

    // Where each entry id first appears, for the supplements that add to entries by id.
    let mut position: HashMap<String, usize> = HashMap::new();
    for (i, (e, _)) in l.entries.iter().enumerate() {
        position.entry(e.id.as_str().to_owned()).or_insert(i);
    }

    let targets = Targets {
        position: &position,
        sources_by_id: &sources_by_id,
    };

    for sup in std::mem::take(&mut l.supplements) {
        if !declared.contains(&sup.listing.instrument) {
            diags.push(diag(
                &sup.file,
                sup.line,
                format!("{} has no [[instrument]] table", sup.listing.instrument),
            ));
        }
        let found = targets.resolve(
            &sup.file,
            sup.line,
            &sup.entry,
            &sup.source_refs,
            &mut diags,
            || format!("listing for {} does not resolve to any entry", sup.entry),
        );
        if let Some(i) = found {
            l.entries[i].0.listings.push(sup.listing);
        }
    }

    for sup in std::mem::take(&mut l.name_supplements) {
        let found = targets.resolve(
            &sup.file,
            sup.line,
            &sup.entry,
            std::slice::from_ref(&sup.source),
            &mut diags,
            || format!("names for {} do not resolve to any entry", sup.entry),
        );
        let Some((e, o)) = found.map(|i| &mut l.entries[i]) else {
            continue;
        };
        for name in sup.names {
            let known = e
                .names
                .iter()
                .any(|n| n.lang == name.lang && n.text == name.text);
            if known {
                diags.push(diag(
                    &sup.file,
                    sup.line,
                    format!(
                        "{} already has the name {:?} ({})",
                        e.id, name.text, name.lang
                    ),
                ));
            } else {
                e.names.push(name);
            }
        }
        cite(o, sup.source);
    }

    for sup in std::mem::take(&mut l.trade_supplements) {
        link_trade(sup, &targets, &mut l.entries, &mut diags);
    }

    let mut images = Vec::new();
    let mut photos_by_entry: HashMap<String, Vec<Photo>> = HashMap::new();
    let read_files = l.read_files;
    for p in l.photos {
        let known = p
            .entry
            .parse::<EntryId>()
            .ok()
            .is_some_and(|id| kinds.contains_key(&id));
        if !known {
            diags.push(diag(
                &p.file,
                p.line,
                format!("photo entry {} does not resolve to any entry", p.entry),
            ));
            continue;
        }
        if !sources_by_id.contains_key(p.photo.source.as_str()) {
            diags.push(diag(
                &p.file,
                p.line,
                format!(
                    "photo source {:?} is not a declared [[source]]",
                    p.photo.source
                ),
            ));
            continue;
        }
        if !read_files {
            photos_by_entry.entry(p.entry).or_default().push(p.photo);
            continue;
        }
        match read_image(&p.path) {
            Ok(bytes) => {
                let id = images.len() as i64 + 1;
                images.push(ImageBlob {
                    id,
                    bytes,
                    origin: p.photo.origin.clone(),
                });
                let mut photo = p.photo;
                photo.image = id;
                photos_by_entry.entry(p.entry).or_default().push(photo);
            }
            Err(e) => diags.push(diag(
                &p.file,
                p.line,
                format!("photo {} {e}", p.path.display()),
            )),
        }
    }
    for (e, o) in &mut l.entries {
        if let Some((rel, line)) = &o.label_image
            && read_files
        {
            let path = root.join(rel);
            match read_image(&path) {
                Ok(bytes) => {
                    let id = images.len() as i64 + 1;
                    images.push(ImageBlob {
                        id,
                        bytes,
                        origin: rel.clone(),
                    });
                    if let Some(label) = &mut e.label {
                        label.image = Some(id);
                    }
                }
                Err(err) => diags.push(diag(
                    &o.file,
                    *line,
                    format!("label image {} {err}", path.display()),
                )),
            }
        }
        e.photos = photos_by_entry.remove(e.id.as_str()).unwrap_or_default();
        e.sources = o
            .source_refs
            .iter()
            .filter(|r| r.what == "source")
            .filter_map(|r| sources_by_id.get(r.target.as_str()).map(|s| (*s).clone()))
            .collect();
    }

    let (mut entries, origins): (Vec<Entry>, Vec<Origin>) = l.entries.into_iter().unzip();
    if let Err(cycle) = inherit::resolve(&mut entries)
        && let Some(o) = entries
            .iter()
            .position(|e| e.id == cycle)
            .map(|i| &origins[i])
    {
        diags.push(diag(
            &o.file,
            o.line,
            format!("{cycle} is its own ancestor (parent cycle)"),
        ));
    }

    let Some(data_version) = l.data_version else {
        diags.push(Diagnostic {
            file: root.join("sources"),
            line: 0,
            message: "no [meta] table with data_version in any source file".to_owned(),
        });
        return Err(Error::Validation(diags));
    };
    if !diags.is_empty() {
        diags.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
        return Err(Error::Validation(diags));
    }
    Ok(Dataset {
        data_version,
        instruments: l.instruments.into_iter().map(|(i, _, _)| i).collect(),
        sources: l.sources.into_iter().map(|(s, _, _)| s).collect(),
        entries,
        images,
    })
}
