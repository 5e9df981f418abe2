//! `fieldguide pack keygen|build|verify|import|rollback|status`.

use std::path::Path;

use crate::cli::commands::print;
use crate::cli::{Outcome, PackAction};
use crate::error::Result;
use crate::pack::{self, Manifest, TrustedKey, keys};
use crate::store::Store;

/// Run one pack action.
pub fn run(action: PackAction, data_dir: Option<&Path>, db: Option<&Path>) -> Result<Outcome> {
    match action {
        PackAction::Keygen { out } => {
            let key = keys::generate()?;
            keys::write_secret(&out, &key)?;
            let public = key.verifying_key();
            let b64 = keys::public_base64(&public);
            print(&format!(
                "secret key written to {} (keep it offline: whoever has it can sign packs)\n\
                 public key: {b64}\n\
                 key id: {}\n\
                 line for trusted-keys.txt in each officer's data directory:\n\
                 {b64}  publisher name, date\n",
                out.display(),
                keys::key_id(&public)
            ))?;
            Ok(Outcome::Ok)
        }
        PackAction::Build { key, out } => {
            let key = keys::read_secret(&key)?;
            let mut store = Store::open_or_embedded(db)?;
            let (manifest, bytes) = pack::build(&mut store, &key)?;
            pack::write_pack(&out, &bytes)?;
            print(&format!(
                "built {}: data {}, {} entries, database {} bytes, signed by key {}\n",
                out.display(),
                manifest.data_version,
                manifest.entries,
                manifest.database_size,
                manifest.signer
            ))?;
            Ok(Outcome::Ok)
        }
        PackAction::Verify { pack: file } => {
            let dir = pack::resolve_data_dir(data_dir)?;
            let v = pack::verify_file(&file, &dir)?;
            print(&format!(
                "{}: valid pack\n{}",
                file.display(),
                summary(&v.manifest, &v.signer)
            ))?;
            Ok(Outcome::Ok)
        }
        PackAction::Import {
            pack: file,
            allow_downgrade,
        } => {
            let dir = pack::resolve_data_dir(data_dir)?;
            let r = pack::import(&file, &dir, allow_downgrade)?;
            let kept = if r.kept_previous {
                " (kept for `fieldguide pack rollback`)"
            } else {
                ""
            };
            print(&format!(
                "installed data {} from {} as {}\nbefore: data {}, {}{kept}\n\
                 changes from {} to {}:\n{}",
                r.manifest.data_version,
                file.display(),
                r.installed.display(),
                r.old_version,
                r.old_source,
                r.old_version,
                r.manifest.data_version,
                pack::diff::render(&r.changes, 100)
            ))?;
            Ok(Outcome::Ok)
        }
        PackAction::Rollback => {
            let dir = pack::resolve_data_dir(data_dir)?;
            let r = pack::rollback(&dir)?;
            let text = match r.was {
                Some(was) => format!(
                    "rolled back: now using data {}; data {was} kept as previous (roll back again \
                     to return to it)\n",
                    r.now
                ),
                None => format!("rolled back: now using data {}\n", r.now),
            };
            print(&text)?;
            Ok(Outcome::Ok)
        }
        PackAction::Status => {
            let dir = pack::resolve_data_dir(data_dir)?;
            print(&status(&dir)?)?;
            Ok(Outcome::Ok)
        }
    }
}

fn summary(m: &Manifest, signer: &TrustedKey) -> String {
    let dates: Vec<String> = m
        .instruments
        .iter()
        .map(|(id, d)| format!("{id} {}", d.as_deref().unwrap_or("unknown")))
        .collect();
    let comment = if signer.comment.is_empty() {
        String::new()
    } else {
        format!(" ({})", signer.comment)
    };
    format!(
        "  data version   {}\n  built          {}\n  schema         {}\n  entries        {}\n  \
         database       {} bytes, SHA-256 {}\n  signed by      key {}{comment}\n  valid as of    {}\n",
        m.data_version,
        m.build_date,
        m.schema_version,
        m.entries,
        m.database_size,
        m.database_sha256,
        m.signer,
        dates.join(", ")
    )
}

fn status(dir: &Path) -> Result<String> {
    let u = pack::in_use(dir)?;
    let version = u.store.data_version()?;
    let mut s = match &u.pack {
        Some(p) => format!(
            "in use: installed pack, data version {version} ({})\n",
            p.display()
        ),
        None => format!("in use: embedded data, data version {version}\n"),
    };
    if let Some(problem) = &u.problem {
        s.push_str(&format!("warning: {problem}\n"));
    }
    let previous = pack::packs_dir(dir).join(pack::PREVIOUS);
    if previous.exists() {
        match Store::open(&previous).and_then(|st| st.data_version()) {
            Ok(v) => s.push_str(&format!(
                "previous pack: data version {v} (`fieldguide pack rollback` puts it back)\n"
            )),
            Err(e) => s.push_str(&format!("previous pack: unusable ({e})\n")),
        }
    } else {
        s.push_str("previous pack: none\n");
    }
    let trusted = keys::trusted_keys_path(dir);
    match keys::load_trusted(dir) {
        Ok(k) => s.push_str(&format!(
            "trusted keys: {} in {}\n",
            k.len(),
            trusted.display()
        )),
        Err(e) => s.push_str(&format!("trusted keys: none usable ({e})\n")),
    }
    Ok(s)
}
