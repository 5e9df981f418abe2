//! Signed data packs: the reference database carried on a USB stick to posts with no network.
//!
//! A pack is one file (see [`format`]): a signed JSON [`Manifest`] and the compiled database.
//! It is accepted only with a valid Ed25519 signature from a key in the data directory's
//! `trusted-keys.txt` ([`keys`]), a database whose size and SHA-256 match the manifest, the schema
//! this program reads, and a database that opens and passes SQLite's integrity check.
//!
//! Installed packs live in `DATA_DIR/packs/`: `current.sqlite` (in use), `previous.sqlite` (for
//! rollback). An import writes `incoming.sqlite`, syncs it, checks it again from disk, keeps the
//! current file as `previous.sqlite` (a hard link, or a copy) and renames the new one over
//! `current.sqlite`, so whenever the process is killed, `current.sqlite` is either the old or the
//! new pack. No SQL here: the database is read through [`Store`].

pub mod diff;
pub mod format;
pub mod keys;

use std::cmp::Ordering;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use ed25519_dalek::{Signature, Signer, SigningKey};

use crate::error::{Error, Result};
use crate::store::{SCHEMA_VERSION, Store};
pub use diff::Changes;
pub use format::Manifest;
pub use keys::TrustedKey;

/// The folder under the data directory that holds installed packs.
pub const PACKS_DIR: &str = "packs";
/// The installed pack in use.
pub const CURRENT: &str = "current.sqlite";
/// The pack that was in use before the last import or rollback.
pub const PREVIOUS: &str = "previous.sqlite";
/// A pack being installed.
pub const INCOMING: &str = "incoming.sqlite";
/// Work files of an interrupted install or rollback, removed before the next one.
const WORK_FILES: [&str; 3] = [INCOMING, "previous.partial", "swap.partial"];

/// A pack whose signature, hash, schema and database have all been checked.
#[derive(Debug)]
pub struct Verified {
    /// The signed manifest.
    pub manifest: Manifest,
    /// The trusted key that signed it.
    pub signer: TrustedKey,
    /// The whole pack file.
    bytes: Vec<u8>,
    /// Where the database starts in it.
    database_start: usize,
}

impl Verified {
    /// The database bytes.
    pub fn database(&self) -> &[u8] {
        &self.bytes[self.database_start..]
    }
}

/// Build a pack from a database and sign it. Returns the manifest and the pack file's bytes.
pub fn build(store: &mut Store, key: &SigningKey) -> Result<(Manifest, Vec<u8>)> {
    let database = store.to_bytes()?;
    if database.len() as u64 > format::MAX_DATABASE {
        return Err(Error::Refused(format!(
            "{}: {} bytes, more than the {} a pack may carry",
            store.origin(),
            database.len(),
            format::MAX_DATABASE
        )));
    }
    let problems = store.integrity_problems()?;
    if let Some(p) = problems.first() {
        return Err(Error::Database(format!(
            "{}: integrity check failed: {p}",
            store.origin()
        )));
    }
    let manifest = Manifest {
        format: format::FORMAT_VERSION,
        data_version: store.data_version()?,
        build_date: crate::userdata::now_rfc3339().chars().take(10).collect(),
        schema_version: SCHEMA_VERSION,
        instruments: store
            .instruments()?
            .into_iter()
            .map(|i| {
                (
                    i.id.as_str().to_owned(),
                    i.valid_as_of.map(|d| d.as_str().to_owned()),
                )
            })
            .collect(),
        entries: store.entries()?.len() as u64,
        database_size: database.len() as u64,
        database_sha256: format::sha256_hex(&database),
        signer: keys::key_id(&key.verifying_key()),
    };
    manifest.check_shape().map_err(Error::Refused)?;
    let bytes = serde_json::to_vec_pretty(&manifest)
        .map_err(|e| Error::Refused(format!("cannot write the manifest: {e}")))?;
    if bytes.len() > format::MAX_MANIFEST {
        return Err(Error::Refused(format!(
            "the manifest is {} bytes, more than {}",
            bytes.len(),
            format::MAX_MANIFEST
        )));
    }
    let signature = key.sign(&bytes).to_bytes();
    Ok((manifest, format::assemble(&bytes, &signature, &database)))
}

/// Read a pack file, refusing one larger than any valid pack before reading it.
pub fn read_pack(path: &Path) -> Result<Vec<u8>> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let meta = file.metadata().map_err(|e| Error::io(path, e))?;
    if !meta.is_file() {
        return Err(pack_error(path, "not a file".to_owned()));
    }
    if meta.len() > format::MAX_PACK {
        return Err(pack_error(
            path,
            format!(
                "{} bytes, larger than any valid pack ({} at most)",
                meta.len(),
                format::MAX_PACK
            ),
        ));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(format::MAX_PACK + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, e))?;
    Ok(bytes)
}

/// Check a pack's bytes against the trusted keys: framing, manifest, signature, schema, size,
/// hash, and the database itself. Each refusal is one line.
pub fn verify_bytes(
    bytes: Vec<u8>,
    trusted: &[TrustedKey],
) -> std::result::Result<Verified, String> {
    let raw = format::split(&bytes)?;
    let manifest = format::parse_manifest(raw.manifest)?;
    let candidates: Vec<&TrustedKey> = trusted
        .iter()
        .filter(|k| k.id() == manifest.signer)
        .collect();
    if candidates.is_empty() {
        return Err(format!(
            "signed by key {}, which is not a trusted key (not in {}): refused",
            manifest.signer,
            keys::TRUSTED_KEYS_FILE
        ));
    }
    let signature = Signature::from_bytes(&raw.signature);
    let Some(signer) = candidates
        .into_iter()
        .find(|k| k.key.verify_strict(raw.manifest, &signature).is_ok())
    else {
        return Err(format!(
            "the signature is not valid for trusted key {}: the manifest was altered after \
             signing, or the pack was not signed by that key",
            manifest.signer
        ));
    };
    if manifest.schema_version != SCHEMA_VERSION {
        return Err(format!(
            "the pack's database has schema version {}, this program reads version \
             {SCHEMA_VERSION}: use a pack built for this version of the program",
            manifest.schema_version
        ));
    }
    let actual = raw.database.len() as u64;
    if actual != manifest.database_size {
        return Err(if actual < manifest.database_size {
            format!(
                "the pack is truncated: the database is {actual} bytes, the manifest says {}",
                manifest.database_size
            )
        } else {
            format!(
                "{} unexpected bytes after the database: damaged or altered",
                actual - manifest.database_size
            )
        });
    }
    if format::sha256_hex(raw.database) != manifest.database_sha256 {
        return Err(
            "the database does not match the manifest's SHA-256: damaged or altered".to_owned(),
        );
    }
    check_database(
        &Store::from_bytes(raw.database, "the pack's database").map_err(|e| e.to_string())?,
        &manifest,
    )?;
    let signer = signer.clone();
    let database_start = bytes.len() - raw.database.len();
    Ok(Verified {
        manifest,
        signer,
        bytes,
        database_start,
    })
}

/// The database is sound and says what the manifest says about it.
fn check_database(store: &Store, manifest: &Manifest) -> std::result::Result<(), String> {
    let problems = store.integrity_problems().map_err(|e| e.to_string())?;
    if let Some(p) = problems.first() {
        return Err(format!(
            "the pack's database fails the integrity check: {p}"
        ));
    }
    let version = store.data_version().map_err(|e| e.to_string())?;
    if version != manifest.data_version {
        return Err(format!(
            "the database's data version {version} is not the manifest's {}",
            manifest.data_version
        ));
    }
    let entries = store.entries().map_err(|e| e.to_string())?.len() as u64;
    if entries != manifest.entries {
        return Err(format!(
            "the database holds {entries} entries, the manifest says {}",
            manifest.entries
        ));
    }
    Ok(())
}

/// Read and verify a pack file against the trusted keys of `data_dir`.
pub fn verify_file(path: &Path, data_dir: &Path) -> Result<Verified> {
    let trusted = keys::load_trusted(data_dir)?;
    let bytes = read_pack(path)?;
    verify_bytes(bytes, &trusted).map_err(|p| pack_error(path, p))
}

fn pack_error(path: &Path, problem: String) -> Error {
    Error::Pack {
        path: path.to_path_buf(),
        problem,
    }
}

/// The data directory: the one given, else [`crate::userdata::data_dir`].
pub fn resolve_data_dir(data_dir: Option<&Path>) -> Result<PathBuf> {
    match data_dir {
        Some(d) => Ok(d.to_path_buf()),
        None => crate::userdata::data_dir(),
    }
}

/// The folder of installed packs in a data directory.
pub fn packs_dir(data_dir: &Path) -> PathBuf {
    data_dir.join(PACKS_DIR)
}

/// Compare data versions such as "2026.11.0" component by component: numerically where both
/// components are numbers, else as text; missing components count as 0.
pub fn compare_versions(a: &str, b: &str) -> Ordering {
    let (mut x, mut y) = (a.split('.'), b.split('.'));
    loop {
        match (x.next(), y.next()) {
            (None, None) => return Ordering::Equal,
            (p, q) => {
                let (p, q) = (p.unwrap_or("0"), q.unwrap_or("0"));
                let ord = match (p.parse::<u64>(), q.parse::<u64>()) {
                    (Ok(m), Ok(n)) => m.cmp(&n),
                    _ => p.cmp(q),
                };
                if ord != Ordering::Equal {
                    return ord;
                }
            }
        }
    }
}

/// The reference data in use for a data directory.
pub struct InUse {
    /// The open database.
    pub store: Store,
    /// The installed pack's file, when that is what is in use.
    pub pack: Option<PathBuf>,
    /// Why an installed pack was not used, when one is present but unusable.
    pub problem: Option<String>,
}

/// Open an installed pack file and check it: schema (on open) and integrity.
fn open_installed(path: &Path) -> Result<Store> {
    let store = Store::open(path)?;
    if let Some(p) = store.integrity_problems()?.first() {
        return Err(Error::Database(format!(
            "{}: integrity check failed: {p}",
            path.display()
        )));
    }
    Ok(store)
}

/// The data in use for `data_dir`: the installed pack if present and sound, else the embedded
/// database (with the reason when an installed pack was passed over).
pub fn in_use(data_dir: &Path) -> Result<InUse> {
    let current = packs_dir(data_dir).join(CURRENT);
    if !current.exists() {
        return Ok(InUse {
            store: Store::open_embedded()?,
            pack: None,
            problem: None,
        });
    }
    match open_installed(&current) {
        Ok(store) => Ok(InUse {
            store,
            pack: Some(current),
            problem: None,
        }),
        Err(e) => {
            let store = Store::open_embedded()?;
            let version = store.data_version().unwrap_or_default();
            Ok(InUse {
                store,
                pack: None,
                problem: Some(format!(
                    "The installed data pack was not used: {e}. Using the data built into the \
                     program ({version}); import the pack again or run `fieldguide pack rollback`."
                )),
            })
        }
    }
}

/// Open the reference data for the app and the commands: `packs/current.sqlite` in the data
/// directory (`data_dir`, else [`crate::userdata::data_dir`]) if present and it opens, has this
/// program's schema and passes the integrity check; otherwise the embedded database, with
/// `Some(message)` saying why the installed pack was not used. Fails only if the embedded
/// database itself cannot be opened (a broken build).
pub fn open_reference(data_dir: Option<&Path>) -> Result<(Store, Option<String>)> {
    let dir = match resolve_data_dir(data_dir) {
        Ok(d) => d,
        // No data directory, so no installed pack: the embedded data is the only choice.
        Err(_) => return Ok((Store::open_embedded()?, None)),
    };
    let u = in_use(&dir)?;
    Ok((u.store, u.problem))
}

/// What an import did.
#[derive(Debug)]
pub struct ImportReport {
    /// The pack's manifest.
    pub manifest: Manifest,
    /// The data version in use before.
    pub old_version: String,
    /// What was in use before: "installed pack" or "embedded data".
    pub old_source: &'static str,
    /// Whether the data that was in use was kept for rollback.
    pub kept_previous: bool,
    /// The differences from the data in use before.
    pub changes: Changes,
    /// Where the pack now is.
    pub installed: PathBuf,
}

/// Verify a pack and install it atomically in `data_dir`. A pack older than the data in use is
/// refused unless `allow_downgrade`. Nothing in `packs/` changes when this returns an error,
/// apart from removing leftover work files.
pub fn import(path: &Path, data_dir: &Path, allow_downgrade: bool) -> Result<ImportReport> {
    let verified = verify_file(path, data_dir)?;
    let manifest = verified.manifest.clone();
    let dir = packs_dir(data_dir);
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    remove_work_files(&dir)?;

    let old = in_use(data_dir)?;
    let old_version = old.store.data_version()?;
    let old_source = if old.pack.is_some() {
        "installed pack"
    } else {
        "embedded data"
    };
    if compare_versions(&manifest.data_version, &old_version) == Ordering::Less && !allow_downgrade
    {
        return Err(pack_error(
            path,
            format!(
                "data version {} is older than the {old_source} in use ({old_version}); nothing was changed \
                 (pass --allow-downgrade to install it anyway)",
                manifest.data_version
            ),
        ));
    }
    let old_entries = old.store.entries()?;
    let keep_current = old.pack.is_some();
    drop(old);

    // Write beside, sync, and check what is on disk before anything is replaced.
    let incoming = dir.join(INCOMING);
    let written = write_synced(&incoming, verified.database()).and_then(|()| {
        let on_disk = std::fs::read(&incoming).map_err(|e| Error::io(&incoming, e))?;
        if format::sha256_hex(&on_disk) != manifest.database_sha256 {
            return Err(Error::Database(format!(
                "{}: the written copy does not match the pack (disk error?)",
                incoming.display()
            )));
        }
        let store = open_installed(&incoming)?;
        store.entries()
    });
    let new_entries = match written {
        Ok(e) => e,
        Err(e) => {
            let _ = std::fs::remove_file(&incoming);
            return Err(e);
        }
    };

    drop(verified);
    let current = dir.join(CURRENT);
    if keep_current {
        preserve(&current, &dir.join("previous.partial"), &dir.join(PREVIOUS))?;
    }
    std::fs::rename(&incoming, &current).map_err(|e| Error::io(&current, e))?;
    sync_dir(&dir)?;
    Ok(ImportReport {
        changes: diff::changes(&old_entries, &new_entries),
        manifest,
        old_version,
        old_source,
        kept_previous: keep_current,
        installed: current,
    })
}

/// What a rollback did.
#[derive(Debug)]
pub struct RollbackReport {
    /// The data version now in use.
    pub now: String,
    /// The data version that was in use, now kept as previous (None if there was no current pack).
    pub was: Option<String>,
}

/// Swap `packs/previous.sqlite` back into `packs/current.sqlite`; the pack that was current
/// becomes the previous one, so a second rollback undoes the first.
pub fn rollback(data_dir: &Path) -> Result<RollbackReport> {
    let dir = packs_dir(data_dir);
    let previous = dir.join(PREVIOUS);
    if !previous.exists() {
        return Err(Error::Refused(format!(
            "no previous pack to roll back to ({} does not exist; one is kept when a pack is \
             imported over another)",
            previous.display()
        )));
    }
    let now = {
        let store = open_installed(&previous).map_err(|e| {
            Error::Refused(format!(
                "the previous pack cannot be used, nothing was changed: {e}"
            ))
        })?;
        store.data_version()?
    };
    remove_work_files(&dir)?;
    let current = dir.join(CURRENT);
    let swap = dir.join("swap.partial");
    let was = if current.exists() {
        let version = Store::open(&current).and_then(|s| s.data_version()).ok();
        link_or_copy(&current, &swap)?;
        Some(version.unwrap_or_else(|| "unreadable".to_owned()))
    } else {
        None
    };
    std::fs::rename(&previous, &current).map_err(|e| Error::io(&current, e))?;
    if was.is_some() {
        std::fs::rename(&swap, &previous).map_err(|e| Error::io(&previous, e))?;
    }
    sync_dir(&dir)?;
    Ok(RollbackReport { now, was })
}

/// Keep `current` as `previous` without ever removing `current`: link (or copy) it to `partial`,
/// then rename that over `previous`.
fn preserve(current: &Path, partial: &Path, previous: &Path) -> Result<()> {
    link_or_copy(current, partial)?;
    std::fs::rename(partial, previous).map_err(|e| Error::io(previous, e))
}

/// A second name for `from` at `to` (a hard link, or a synced copy where links are not possible).
fn link_or_copy(from: &Path, to: &Path) -> Result<()> {
    if std::fs::hard_link(from, to).is_ok() {
        return Ok(());
    }
    std::fs::copy(from, to).map_err(|e| Error::io(to, e))?;
    std::fs::File::open(to)
        .and_then(|f| f.sync_all())
        .map_err(|e| Error::io(to, e))
}

fn write_synced(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut f = std::fs::File::create(path).map_err(|e| Error::io(path, e))?;
    f.write_all(bytes)
        .and_then(|()| f.sync_all())
        .map_err(|e| Error::io(path, e))
}

fn remove_work_files(dir: &Path) -> Result<()> {
    for name in WORK_FILES {
        let p = dir.join(name);
        match std::fs::remove_file(&p) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io(&p, e)),
        }
    }
    Ok(())
}

/// Make renames in `dir` durable (Unix; elsewhere renames are durable once they return).
fn sync_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        std::fs::File::open(dir)
            .and_then(|f| f.sync_all())
            .map_err(|e| Error::io(dir, e))?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Write a pack file atomically: `PATH.partial`, synced, then renamed.
pub fn write_pack(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".partial");
    let tmp = PathBuf::from(tmp);
    write_synced(&tmp, bytes)?;
    std::fs::rename(&tmp, path).map_err(|e| Error::io(path, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_compare_by_component() {
        assert_eq!(compare_versions("2026.11.0", "2026.9.3"), Ordering::Greater);
        assert_eq!(compare_versions("2026.2.0", "2026.10.0"), Ordering::Less);
        assert_eq!(compare_versions("2026.11", "2026.11.0"), Ordering::Equal);
        assert_eq!(compare_versions("2027.1.0", "2026.12.9"), Ordering::Greater);
        assert_eq!(compare_versions("test.2", "test.10"), Ordering::Less);
    }
}
