//! Signed data packs: build → verify → import round trip, every refusal leaving the installed data
//! byte-for-byte unchanged, rollback, the fallback to the embedded data, and the change report.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use ed25519_dalek::Signer;
use fieldguide::pack::{self, format, keys};

/// A data directory with a trusted signing key, and a scratch folder.
struct Env {
    tmp: tempfile::TempDir,
    data: PathBuf,
    key: PathBuf,
}

impl Env {
    fn new() -> Env {
        let tmp = tempfile::tempdir().unwrap();
        let data = tmp.path().join("data");
        std::fs::create_dir_all(&data).unwrap();
        let key = tmp.path().join("publisher.key");
        let public = keygen(&key);
        std::fs::write(
            data.join("trusted-keys.txt"),
            format!("# who we accept packs from\n\n{public}  test publisher\n"),
        )
        .unwrap();
        Env { tmp, data, key }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.tmp.path().join(name)
    }

    /// `fieldguide ARGS --data-dir DATA`.
    fn fg(&self, args: &[&str]) -> Output {
        let mut all: Vec<&str> = args.to_vec();
        all.extend(["--data-dir", self.data.to_str().unwrap()]);
        fg(&all)
    }

    /// Compile the fixture data with `version` (and `edit` applied to base.toml) into NAME.sqlite.
    fn database(&self, name: &str, version: &str, edit: impl Fn(String) -> String) -> PathBuf {
        let src = common::fixture_copy();
        let meta = src.path().join("sources/meta.toml");
        let text = std::fs::read_to_string(&meta).unwrap();
        assert!(text.contains("data_version = \"test.1\""));
        std::fs::write(
            &meta,
            text.replace(
                "data_version = \"test.1\"",
                &format!("data_version = \"{version}\""),
            ),
        )
        .unwrap();
        let base = src.path().join("sources/base.toml");
        let text = std::fs::read_to_string(&base).unwrap();
        std::fs::write(&base, edit(text)).unwrap();
        let out = self.path(&format!("{name}.sqlite"));
        fieldguide::store::compile(src.path(), &out).unwrap();
        out
    }

    /// Build a signed pack NAME.fgpack from a fixture database of `version`.
    fn pack(&self, name: &str, version: &str) -> PathBuf {
        let db = self.database(name, version, |t| t);
        self.pack_of(name, &db)
    }

    fn pack_of(&self, name: &str, db: &Path) -> PathBuf {
        let out = self.path(&format!("{name}.fgpack"));
        let res = fg(&[
            "pack",
            "build",
            "--key",
            self.key.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--db",
            db.to_str().unwrap(),
        ]);
        assert_ok(&res);
        out
    }

    fn import(&self, pack: &Path) -> Output {
        self.fg(&["pack", "import", pack.to_str().unwrap()])
    }

    fn packs_dir(&self) -> PathBuf {
        self.data.join("packs")
    }

    /// Every file under packs/, with its bytes.
    fn installed(&self) -> BTreeMap<String, Vec<u8>> {
        let mut files = BTreeMap::new();
        if let Ok(rd) = std::fs::read_dir(self.packs_dir()) {
            for f in rd {
                let f = f.unwrap().path();
                files.insert(
                    f.file_name().unwrap().to_string_lossy().into_owned(),
                    std::fs::read(&f).unwrap(),
                );
            }
        }
        files
    }

    fn current(&self) -> Vec<u8> {
        std::fs::read(self.packs_dir().join("current.sqlite")).unwrap()
    }
}

fn fg(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_fieldguide"))
        .args(args)
        .output()
        .unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn assert_ok(out: &Output) {
    assert_eq!(
        out.status.code(),
        Some(0),
        "stdout: {}\nstderr: {}",
        stdout(out),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `pack keygen --out FILE`; returns the public key it printed.
fn keygen(file: &Path) -> String {
    let out = fg(&["pack", "keygen", "--out", file.to_str().unwrap()]);
    assert_ok(&out);
    let text = stdout(&out);
    let public = text
        .lines()
        .find_map(|l| l.strip_prefix("public key: "))
        .expect("public key printed")
        .to_owned();
    let id = text
        .lines()
        .find_map(|l| l.strip_prefix("key id: "))
        .expect("key id printed");
    assert_eq!(id.len(), 16);
    public
}

/// Re-sign a pack's manifest after `edit`, with the secret key in `key_file`.
fn resign(pack_bytes: &[u8], key_file: &Path, edit: impl Fn(&mut serde_json::Value)) -> Vec<u8> {
    let raw = format::split(pack_bytes).unwrap();
    let mut manifest: serde_json::Value = serde_json::from_slice(raw.manifest).unwrap();
    edit(&mut manifest);
    let bytes = serde_json::to_vec_pretty(&manifest).unwrap();
    let key = keys::read_secret(key_file).unwrap();
    let sig = key.sign(&bytes).to_bytes();
    format::assemble(&bytes, &sig, raw.database)
}

#[test]
fn build_verify_import_status_and_open_reference() {
    let env = Env::new();
    let db = env.database("a", "2027.1.0", |t| t);
    let pack = env.pack_of("a", &db);

    let out = env.fg(&["pack", "verify", pack.to_str().unwrap()]);
    assert_ok(&out);
    let text = stdout(&out);
    assert!(text.contains("valid pack"), "{text}");
    assert!(text.contains("data version   2027.1.0"), "{text}");
    assert!(text.contains("test publisher"), "{text}");
    assert!(text.contains("montreal 2019-01-01"), "{text}");

    let out = env.fg(&["pack", "status"]);
    assert_ok(&out);
    assert!(
        stdout(&out).contains("in use: embedded data"),
        "{}",
        stdout(&out)
    );

    let out = env.import(&pack);
    assert_ok(&out);
    let text = stdout(&out);
    assert!(text.contains("installed data 2027.1.0"), "{text}");
    assert!(text.contains("embedded data"), "{text}");
    // Installed byte for byte, with no work files left behind.
    assert_eq!(env.current(), std::fs::read(&db).unwrap());
    assert_eq!(
        env.installed().keys().collect::<Vec<_>>(),
        vec!["current.sqlite"]
    );

    let out = env.fg(&["pack", "status"]);
    assert_ok(&out);
    let text = stdout(&out);
    assert!(
        text.contains("in use: installed pack, data version 2027.1.0"),
        "{text}"
    );
    assert!(text.contains("previous pack: none"), "{text}");

    let (store, message) = pack::open_reference(Some(&env.data)).unwrap();
    assert_eq!(message, None);
    assert_eq!(store.data_version().unwrap(), "2027.1.0");

    // Without a pack directory the embedded data is used, silently.
    let empty = env.path("empty");
    let (store, message) = pack::open_reference(Some(&empty)).unwrap();
    assert_eq!(message, None);
    assert_eq!(
        store.data_version().unwrap(),
        fieldguide::store::Store::open_embedded()
            .unwrap()
            .data_version()
            .unwrap()
    );
}

#[test]
fn the_embedded_database_packs_and_verifies() {
    let env = Env::new();
    let out_path = env.path("embedded.fgpack");
    let out = fg(&[
        "pack",
        "build",
        "--key",
        env.key.to_str().unwrap(),
        "--out",
        out_path.to_str().unwrap(),
    ]);
    assert_ok(&out);
    let out = env.fg(&["pack", "verify", out_path.to_str().unwrap()]);
    assert_ok(&out);
    let bytes = std::fs::read(&out_path).unwrap();
    assert!(bytes.starts_with(b"FGPACK1\n"));
    let raw = format::split(&bytes).unwrap();
    let manifest = format::parse_manifest(raw.manifest).unwrap();
    assert_eq!(manifest.schema_version, fieldguide::store::SCHEMA_VERSION);
    assert_eq!(manifest.database_size, raw.database.len() as u64);
    assert_eq!(manifest.database_sha256, format::sha256_hex(raw.database));
}

/// `verify` and `import` both refuse `bytes` with one clear line containing `needle`, and the
/// installed packs stay exactly as they were.
fn assert_refused(env: &Env, name: &str, bytes: &[u8], needle: &str) {
    let file = env.path(name);
    std::fs::write(&file, bytes).unwrap();
    let before = env.installed();
    for action in ["verify", "import"] {
        let out = env.fg(&["pack", action, file.to_str().unwrap()]);
        common::assert_clean_error(&out, needle);
        assert_eq!(env.installed(), before, "{action} {name} changed packs/");
    }
    let out = env.fg(&[
        "pack",
        "import",
        "--allow-downgrade",
        file.to_str().unwrap(),
    ]);
    common::assert_clean_error(&out, needle);
    assert_eq!(env.installed(), before, "import --allow-downgrade {name}");
}

#[test]
fn damaged_wrongly_signed_and_foreign_packs_are_refused_and_nothing_changes() {
    let env = Env::new();
    assert_ok(&env.import(&env.pack("installed", "2027.1.0")));
    let good = std::fs::read(env.pack("new", "2027.2.0")).unwrap();
    assert!(!env.installed().is_empty());

    // A byte of the database.
    let mut bad = good.clone();
    let last = bad.len() - 100;
    bad[last] ^= 0x01;
    assert_refused(&env, "db-byte.fgpack", &bad, "SHA-256");

    // A byte of the manifest: the data version, so the JSON still parses.
    let at = good
        .windows(8)
        .position(|w| w == b"2027.2.0")
        .expect("version in manifest");
    let mut bad = good.clone();
    bad[at + 7] = b'9';
    assert_refused(&env, "manifest-byte.fgpack", &bad, "signature is not valid");
    // A byte of the manifest's structure.
    let mut bad = good.clone();
    bad[12] = b'[';
    assert_refused(
        &env,
        "manifest-json.fgpack",
        &bad,
        "manifest does not parse",
    );
    // A byte of the signature.
    let raw_len = format::split(&good).unwrap().manifest.len();
    let mut bad = good.clone();
    bad[12 + raw_len + 5] ^= 0x80;
    assert_refused(&env, "sig-byte.fgpack", &bad, "signature is not valid");

    // Truncated anywhere.
    for keep in [good.len() - 1, good.len() / 2, 12 + raw_len + 10, 40] {
        assert_refused(&env, "cut.fgpack", &good[..keep], "truncated");
    }
    assert_refused(&env, "cut.fgpack", &good[..4], "not a fieldguide data pack");
    assert_refused(&env, "empty.fgpack", b"", "not a fieldguide data pack");
    // Trailing bytes.
    let mut long = good.clone();
    long.extend_from_slice(b"extra");
    assert_refused(
        &env,
        "long.fgpack",
        &long,
        "unexpected bytes after the database",
    );

    // Signed by a key that is not trusted.
    let other = env.path("other.key");
    keygen(&other);
    let untrusted = resign(&good, &other, |m| {
        let id = keys::key_id(&keys::read_secret(&other).unwrap().verifying_key());
        m["signer"] = serde_json::json!(id);
    });
    assert_refused(&env, "untrusted.fgpack", &untrusted, "not a trusted key");
    // Signed by another key but claiming the trusted one's id.
    let forged = resign(&good, &other, |_| {});
    assert_refused(&env, "forged.fgpack", &forged, "signature is not valid");

    // Garbage: an SQLite file, text, random bytes.
    let sqlite = std::fs::read(env.path("new.sqlite")).unwrap();
    assert_refused(&env, "plain.sqlite", &sqlite, "not a fieldguide data pack");
    assert_refused(
        &env,
        "text.fgpack",
        b"hello\n",
        "not a fieldguide data pack",
    );
    let mut noise = b"FGPACK1\n".to_vec();
    noise.extend((0..5000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
    assert_refused(&env, "noise.fgpack", &noise, "fieldguide: error:");

    // A foreign schema version, properly signed by the trusted key.
    let foreign = resign(&good, &env.key, |m| {
        m["schema_version"] = serde_json::json!(99);
    });
    assert_refused(&env, "schema.fgpack", &foreign, "schema version 99");
    // A manifest that lies about the database, properly signed.
    let lying = resign(&good, &env.key, |m| {
        m["entries"] = serde_json::json!(1);
    });
    assert_refused(&env, "entries.fgpack", &lying, "the manifest says 1");
    let extra = resign(&good, &env.key, |m| {
        m["comment"] = serde_json::json!("unknown field");
    });
    assert_refused(&env, "extra.fgpack", &extra, "unknown field");

    // The good pack is still accepted.
    assert_ok(&env.import(&env.path("new.fgpack")));
}

#[test]
fn no_trusted_keys_file_refuses_every_pack() {
    let env = Env::new();
    let pack = env.pack("a", "2027.1.0");
    std::fs::remove_file(env.data.join("trusted-keys.txt")).unwrap();
    let out = env.fg(&["pack", "verify", pack.to_str().unwrap()]);
    common::assert_clean_error(&out, "trusted-keys.txt: no such file");
    std::fs::write(env.data.join("trusted-keys.txt"), "# nobody yet\n").unwrap();
    let out = env.import(&pack);
    common::assert_clean_error(&out, "lists no key");
    assert!(env.installed().is_empty());
}

#[test]
fn an_older_pack_is_refused_unless_downgrade_is_allowed() {
    let env = Env::new();
    let older = env.pack("older", "2027.1.0");
    let newer = env.pack("newer", "2027.10.0");
    assert_ok(&env.import(&newer));
    let before = env.installed();

    let out = env.import(&older);
    common::assert_clean_error(&out, "older than the installed pack in use (2027.10.0)");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("--allow-downgrade"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(env.installed(), before);

    // Older than the embedded data when no pack is installed.
    let env2 = Env::new();
    let ancient = env2.pack("ancient", "2000.1.0");
    common::assert_clean_error(&env2.import(&ancient), "older than the embedded data");
    assert!(env2.installed().is_empty());

    let out = env.fg(&[
        "pack",
        "import",
        "--allow-downgrade",
        older.to_str().unwrap(),
    ]);
    assert_ok(&out);
    assert_eq!(
        env.current(),
        std::fs::read(env.path("older.sqlite")).unwrap()
    );
    assert_eq!(
        std::fs::read(env.packs_dir().join("previous.sqlite")).unwrap(),
        before["current.sqlite"]
    );
}

#[test]
fn rollback_restores_the_previous_pack() {
    let env = Env::new();
    let out = env.fg(&["pack", "rollback"]);
    common::assert_clean_error(&out, "no previous pack");
    assert!(env.installed().is_empty());

    assert_ok(&env.import(&env.pack("first", "2027.1.0")));
    let first = env.current();
    // One pack installed over the embedded data: still nothing to roll back to.
    common::assert_clean_error(&env.fg(&["pack", "rollback"]), "no previous pack");
    assert_eq!(env.current(), first);

    assert_ok(&env.import(&env.pack("second", "2027.2.0")));
    let second = env.current();
    assert_ne!(first, second);

    let out = env.fg(&["pack", "rollback"]);
    assert_ok(&out);
    assert!(
        stdout(&out).contains("now using data 2027.1.0"),
        "{}",
        stdout(&out)
    );
    assert_eq!(env.current(), first);
    assert_eq!(
        std::fs::read(env.packs_dir().join("previous.sqlite")).unwrap(),
        second
    );
    let text = stdout(&env.fg(&["pack", "status"]));
    assert!(
        text.contains("installed pack, data version 2027.1.0"),
        "{text}"
    );
    assert!(
        text.contains("previous pack: data version 2027.2.0"),
        "{text}"
    );
    let (store, _) = pack::open_reference(Some(&env.data)).unwrap();
    assert_eq!(store.data_version().unwrap(), "2027.1.0");

    // Rolling back again undoes the rollback.
    assert_ok(&env.fg(&["pack", "rollback"]));
    assert_eq!(env.current(), second);
    assert_eq!(
        env.installed().keys().collect::<Vec<_>>(),
        vec!["current.sqlite", "previous.sqlite"]
    );
}

#[test]
fn a_corrupt_installed_pack_falls_back_to_the_embedded_data_with_a_message() {
    let env = Env::new();
    assert_ok(&env.import(&env.pack("a", "2027.1.0")));
    let current = env.packs_dir().join("current.sqlite");
    let embedded = fieldguide::store::Store::open_embedded()
        .unwrap()
        .data_version()
        .unwrap();

    let good = std::fs::read(&current).unwrap();
    let mut damaged = good.clone();
    for start in (4096..damaged.len()).step_by(4096) {
        for b in &mut damaged[start..start + 12] {
            *b ^= 0xA5;
        }
    }
    for (what, bytes) in [
        ("damaged", damaged),
        ("truncated", good[..good.len() / 2].to_vec()),
        ("garbage", b"not a database at all".repeat(300)),
    ] {
        std::fs::write(&current, &bytes).unwrap();
        let (store, message) = pack::open_reference(Some(&env.data)).unwrap();
        assert_eq!(store.data_version().unwrap(), embedded, "{what}");
        let message = message.unwrap_or_else(|| panic!("no message for {what}"));
        assert!(
            message.contains("installed data pack was not used"),
            "{what}: {message}"
        );
        assert!(message.contains("current.sqlite"), "{what}: {message}");
        let out = env.fg(&["pack", "status"]);
        assert_ok(&out);
        let text = stdout(&out);
        assert!(text.contains("in use: embedded data"), "{what}: {text}");
        assert!(
            text.contains("warning: The installed data pack was not used"),
            "{what}: {text}"
        );
    }

    // A sound database of another schema version is passed over too.
    std::fs::write(&current, &good).unwrap();
    {
        let conn = rusqlite::Connection::open(&current).unwrap();
        conn.execute_batch("PRAGMA user_version = 99").unwrap();
    }
    let (store, message) = pack::open_reference(Some(&env.data)).unwrap();
    assert_eq!(store.data_version().unwrap(), embedded);
    assert!(message.unwrap().contains("schema version 99"));
}

#[test]
fn import_reports_what_changed() {
    let env = Env::new();
    assert_ok(&env.import(&env.pack("before", "2027.1.0")));
    // The grey parrot moves from CITES I to II; the budgerigar entry goes; a new one comes.
    let db = env.database("after", "2027.2.0", |t| {
        let at = t.find("id = \"taxon:psittacus-erithacus\"").unwrap();
        let (head, tail) = t.split_at(at);
        let tail = tail.replacen("list = \"I\"", "list = \"II\"", 1);
        let t = format!("{head}{tail}");
        let start = t
            .find("[[entry]]\nid = \"taxon:melopsittacus-undulatus\"")
            .unwrap();
        let end = start + t[start..].find("\n\n").unwrap();
        let mut t = format!("{}{}", &t[..start], &t[end..]);
        t.push_str(
            "\n[[entry]]\nid = \"taxon:cacatua-moluccensis\"\nkind = \"taxon\"\n\
             title = \"Salmon-crested cockatoo\"\nrank = \"species\"\n\
             parent = \"taxon:psittaciformes\"\nsources = [\"test-cites\"]\n\
             names = [{ text = \"Cacatua moluccensis\", lang = \"la\", role = \"scientific\" }]\n",
        );
        t
    });
    let out = env.import(&env.pack_of("after", &db));
    assert_ok(&out);
    let text = stdout(&out);
    assert!(text.contains("changes from 2027.1.0 to 2027.2.0"), "{text}");
    assert!(text.contains("entries added: 1"), "{text}");
    assert!(text.contains("+ taxon:cacatua-moluccensis"), "{text}");
    assert!(text.contains("entries removed: 1"), "{text}");
    assert!(text.contains("- taxon:melopsittacus-undulatus"), "{text}");
    assert!(text.contains("listings changed: 1"), "{text}");
    assert!(
        text.contains("~ taxon:psittacus-erithacus  Grey parrot: cites I → cites II"),
        "{text}"
    );
}

#[test]
fn leftovers_of_an_interrupted_import_are_ignored_and_cleaned_up() {
    let env = Env::new();
    assert_ok(&env.import(&env.pack("a", "2027.1.0")));
    let installed = env.current();
    // As if a previous import was killed while writing, or between its two renames.
    std::fs::write(env.packs_dir().join("incoming.sqlite"), b"half a datab").unwrap();
    std::fs::write(env.packs_dir().join("previous.partial"), b"half").unwrap();
    let (store, message) = pack::open_reference(Some(&env.data)).unwrap();
    assert_eq!(
        (store.data_version().unwrap(), message),
        ("2027.1.0".to_owned(), None)
    );
    assert_eq!(env.current(), installed);

    assert_ok(&env.import(&env.pack("b", "2027.2.0")));
    assert_eq!(
        env.installed().keys().collect::<Vec<_>>(),
        vec!["current.sqlite", "previous.sqlite"]
    );
    assert_eq!(
        std::fs::read(env.packs_dir().join("previous.sqlite")).unwrap(),
        installed
    );
}

#[test]
fn no_damaged_pack_is_accepted_and_none_panics() {
    let env = Env::new();
    let good = std::fs::read(env.pack("a", "2027.1.0")).unwrap();
    let trusted = keys::load_trusted(&env.data).unwrap();
    assert!(pack::verify_bytes(good.clone(), &trusted).is_ok());
    let manifest_end = 12 + format::split(&good).unwrap().manifest.len() + 64;
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for i in 0..400 {
        let mut bad = good.clone();
        match i % 4 {
            // One to three bytes changed in the framing, manifest or signature.
            0 | 1 => {
                for _ in 0..=(next() % 3) {
                    let at = (next() as usize) % manifest_end;
                    bad[at] ^= 1 << (next() % 8);
                }
            }
            // A byte changed anywhere.
            2 => {
                let at = (next() as usize) % bad.len();
                bad[at] = bad[at].wrapping_add(1 + (next() % 255) as u8);
            }
            // Cut anywhere.
            _ => bad.truncate((next() as usize) % bad.len()),
        }
        let result = pack::verify_bytes(bad, &trusted);
        let problem = result.expect_err("a damaged pack was accepted");
        assert!(!problem.contains('\n'), "not one line: {problem}");
    }
}
