//! Signing keys and the trusted-keys file.
//!
//! A secret key file holds the 32-byte Ed25519 seed in standard base64 on one line. The
//! trusted-keys file (`trusted-keys.txt` in the data directory) holds one public key per line:
//! standard base64 of the 32 bytes, then optionally whitespace and a comment; blank lines and lines
//! starting with `#` are ignored. A key is named by its id: the first 8 bytes of the public key in
//! lowercase hex.

use std::io::Write;
use std::path::{Path, PathBuf};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use ed25519_dalek::{SigningKey, VerifyingKey};

use crate::error::{Error, Result};

/// The trusted-keys file's name in the data directory.
pub const TRUSTED_KEYS_FILE: &str = "trusted-keys.txt";

/// A public key the officer's installation accepts packs from.
#[derive(Debug, Clone)]
pub struct TrustedKey {
    /// The key.
    pub key: VerifyingKey,
    /// The comment after it on its line (may be empty).
    pub comment: String,
}

impl TrustedKey {
    /// The key's id.
    pub fn id(&self) -> String {
        key_id(&self.key)
    }
}

/// A key's id: the first 8 bytes of the public key, lowercase hex.
pub fn key_id(key: &VerifyingKey) -> String {
    super::format::hex(&key.as_bytes()[..8])
}

/// A public key in standard base64.
pub fn public_base64(key: &VerifyingKey) -> String {
    STANDARD.encode(key.as_bytes())
}

/// A fresh signing key from the operating system's random source.
pub fn generate() -> Result<SigningKey> {
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).map_err(|e| {
        Error::Refused(format!(
            "cannot get random bytes from the operating system: {e}"
        ))
    })?;
    let key = SigningKey::from_bytes(&seed);
    seed.fill(0);
    Ok(key)
}

/// Write a secret key to a new file (never over an existing one), readable by its owner only
/// on Unix.
pub fn write_secret(path: &Path, key: &SigningKey) -> Result<()> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut file = opts.open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            Error::Refused(format!(
                "{}: already exists; a key file is never overwritten (choose another name)",
                path.display()
            ))
        } else {
            Error::io(path, e)
        }
    })?;
    let text = format!("{}\n", STANDARD.encode(key.to_bytes()));
    file.write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(|e| Error::io(path, e))
}

/// Read a secret key file written by [`write_secret`].
pub fn read_secret(path: &Path) -> Result<SigningKey> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.len() > 1024 {
        return Err(not_a_secret_key(path));
    }
    let text = std::fs::read_to_string(path).map_err(|_| not_a_secret_key(path))?;
    let bytes = STANDARD
        .decode(text.trim())
        .map_err(|_| not_a_secret_key(path))?;
    let seed: [u8; 32] = bytes.try_into().map_err(|_| not_a_secret_key(path))?;
    Ok(SigningKey::from_bytes(&seed))
}

fn not_a_secret_key(path: &Path) -> Error {
    Error::Refused(format!(
        "{}: not a secret key file (expected one line of base64, as written by `fieldguide pack keygen`)",
        path.display()
    ))
}

/// Parse the trusted-keys file's text; `file` names it in messages.
pub fn parse_trusted(text: &str, file: &Path) -> Result<Vec<TrustedKey>> {
    let mut keys = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (b64, comment) = match line.split_once(char::is_whitespace) {
            Some((k, c)) => (k, c.trim()),
            None => (line, ""),
        };
        let bad = |why: &str| {
            Error::Refused(format!(
                "{}:{}: {why} (expected a base64 Ed25519 public key, then an optional comment)",
                file.display(),
                i + 1
            ))
        };
        let bytes = STANDARD.decode(b64).map_err(|_| bad("not base64"))?;
        let bytes: [u8; 32] = bytes.try_into().map_err(|_| bad("not 32 bytes long"))?;
        let key = VerifyingKey::from_bytes(&bytes).map_err(|_| bad("not a valid public key"))?;
        keys.push(TrustedKey {
            key,
            comment: comment.to_owned(),
        });
    }
    Ok(keys)
}

/// The trusted-keys file of a data directory.
pub fn trusted_keys_path(data_dir: &Path) -> PathBuf {
    data_dir.join(TRUSTED_KEYS_FILE)
}

/// Read the trusted keys of a data directory. A missing or empty file is refused: no pack can be
/// accepted without a key to check it against.
pub fn load_trusted(data_dir: &Path) -> Result<Vec<TrustedKey>> {
    let path = trusted_keys_path(data_dir);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::Refused(format!(
                "{}: no such file, so no pack can be trusted; add the publisher's public key to it \
                 (see docs/PACKS.md)",
                path.display()
            )));
        }
        Err(e) => return Err(Error::io(&path, e)),
    };
    let keys = parse_trusted(&text, &path)?;
    if keys.is_empty() {
        return Err(Error::Refused(format!(
            "{}: lists no key, so no pack can be trusted; add the publisher's public key to it \
             (see docs/PACKS.md)",
            path.display()
        )));
    }
    Ok(keys)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trusted_keys_file_format() {
        let a = generate().unwrap().verifying_key();
        let b = generate().unwrap().verifying_key();
        let text = format!(
            "# publishers\n\n{}  national ozone unit, 2026\n  {}\n",
            public_base64(&a),
            public_base64(&b)
        );
        let keys = parse_trusted(&text, Path::new("t.txt")).unwrap();
        assert_eq!(keys.len(), 2);
        assert_eq!(keys[0].key, a);
        assert_eq!(keys[0].comment, "national ozone unit, 2026");
        assert_eq!(keys[1].key, b);
        assert_eq!(keys[1].id().len(), 16);
        let err = parse_trusted("# x\nnot-base64!\n", Path::new("t.txt")).unwrap_err();
        assert!(err.to_string().starts_with("t.txt:2: not base64"), "{err}");
        let err = parse_trusted("AAAA\n", Path::new("t.txt")).unwrap_err();
        assert!(err.to_string().contains("not 32 bytes"), "{err}");
    }

    #[test]
    fn secret_key_file_round_trip_and_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.key");
        let key = generate().unwrap();
        write_secret(&path, &key).unwrap();
        assert_eq!(read_secret(&path).unwrap().to_bytes(), key.to_bytes());
        assert!(write_secret(&path, &key).is_err());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::write(&path, "garbage").unwrap();
        assert!(read_secret(&path).is_err());
    }
}
