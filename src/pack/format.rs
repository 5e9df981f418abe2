//! The pack file, byte by byte:
//!
//! ```text
//! offset        size   content
//! 0             8      magic "FGPACK1\n"
//! 8             4      manifest length M, unsigned 32-bit little-endian, 1 ..= 65536
//! 12            M      the manifest: UTF-8 JSON (see [`Manifest`])
//! 12+M          64     Ed25519 signature over exactly those M manifest bytes
//! 76+M          D      the compiled SQLite database; D = manifest.database_size ≤ 512 MiB
//! ```
//!
//! Nothing may follow the database. Parsing never trusts a length before checking it against
//! these bounds and the bytes actually present.

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};

/// The first eight bytes of every pack.
pub const MAGIC: &[u8; 8] = b"FGPACK1\n";
/// The manifest `format` this program writes and reads.
pub const FORMAT_VERSION: u32 = 1;
/// The largest manifest accepted, in bytes.
pub const MAX_MANIFEST: usize = 64 * 1024;
/// The largest database accepted, in bytes.
pub const MAX_DATABASE: u64 = 512 * 1024 * 1024;
/// Length of an Ed25519 signature.
pub const SIGNATURE_LEN: usize = 64;
/// Bytes before the manifest: magic and length.
const HEADER_LEN: usize = MAGIC.len() + 4;
/// The largest pack file accepted, in bytes.
pub const MAX_PACK: u64 = (HEADER_LEN + MAX_MANIFEST + SIGNATURE_LEN) as u64 + MAX_DATABASE;

/// What a pack says about itself. Signed; every field is checked against the database it carries.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Pack format version ([`FORMAT_VERSION`]).
    pub format: u32,
    /// The data version recorded in the database (`meta.data_version`), e.g. "2026.11.0".
    pub data_version: String,
    /// The day the pack was built, YYYY-MM-DD (UTC).
    pub build_date: String,
    /// The database schema version (`PRAGMA user_version`, [`crate::store::SCHEMA_VERSION`]).
    pub schema_version: i64,
    /// Each instrument's valid-as-of date (YYYY-MM-DD), or null when unknown.
    pub instruments: BTreeMap<String, Option<String>>,
    /// Number of entries in the database.
    pub entries: u64,
    /// Size of the database in bytes.
    pub database_size: u64,
    /// SHA-256 of the database bytes, 64 lowercase hex digits.
    pub database_sha256: String,
    /// Key id of the signer: the first 8 bytes of its public key, 16 lowercase hex digits.
    pub signer: String,
}

impl Manifest {
    /// Check the shape of every field (not the signature, schema or database).
    pub fn check_shape(&self) -> Result<(), String> {
        if self.format != FORMAT_VERSION {
            return Err(format!(
                "pack format {} is not supported (this program reads format {FORMAT_VERSION})",
                self.format
            ));
        }
        if self.data_version.is_empty()
            || self.data_version.len() > 64
            || self.data_version.chars().any(|c| c.is_control())
        {
            return Err("the manifest's data_version is empty, too long or not text".to_owned());
        }
        self.build_date
            .parse::<crate::model::IsoDate>()
            .map_err(|e| format!("the manifest's build_date: {e}"))?;
        for (id, date) in &self.instruments {
            id.parse::<crate::model::Instrument>()
                .map_err(|e| format!("the manifest's instruments: {e}"))?;
            if let Some(d) = date {
                d.parse::<crate::model::IsoDate>()
                    .map_err(|e| format!("the manifest's valid-as-of date for {id}: {e}"))?;
            }
        }
        if self.database_size > MAX_DATABASE {
            return Err(format!(
                "the database is {} bytes, more than the {MAX_DATABASE} a pack may carry",
                self.database_size
            ));
        }
        if !is_lower_hex(&self.database_sha256, 64) {
            return Err("the manifest's database_sha256 is not 64 lowercase hex digits".to_owned());
        }
        if !is_lower_hex(&self.signer, 16) {
            return Err(
                "the manifest's signer is not a key id (16 lowercase hex digits)".to_owned(),
            );
        }
        Ok(())
    }
}

/// A pack cut into its parts; nothing in it is checked yet but the framing.
#[derive(Debug)]
pub struct RawPack<'a> {
    /// The manifest bytes, exactly as signed.
    pub manifest: &'a [u8],
    /// The signature over them.
    pub signature: [u8; SIGNATURE_LEN],
    /// The database bytes.
    pub database: &'a [u8],
}

/// Cut a pack file into manifest, signature and database, checking magic and lengths.
pub fn split(bytes: &[u8]) -> Result<RawPack<'_>, String> {
    if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
        if bytes.starts_with(b"FGPACK") {
            return Err(
                "a data pack of another format version (this program reads FGPACK1)".to_owned(),
            );
        }
        return Err("not a fieldguide data pack (it does not start with FGPACK1)".to_owned());
    }
    let Some(len_bytes) = bytes.get(MAGIC.len()..HEADER_LEN) else {
        return Err("the pack is truncated (it ends before the manifest length)".to_owned());
    };
    let mut len4 = [0u8; 4];
    len4.copy_from_slice(len_bytes);
    let manifest_len = u32::from_le_bytes(len4) as usize;
    if manifest_len == 0 || manifest_len > MAX_MANIFEST {
        return Err(format!(
            "the manifest length {manifest_len} is out of bounds (1 to {MAX_MANIFEST} bytes): damaged or not a pack"
        ));
    }
    let sig_start = HEADER_LEN + manifest_len;
    let db_start = sig_start + SIGNATURE_LEN;
    if bytes.len() < db_start {
        return Err("the pack is truncated (it ends inside the manifest or signature)".to_owned());
    }
    let mut signature = [0u8; SIGNATURE_LEN];
    signature.copy_from_slice(&bytes[sig_start..db_start]);
    let database = &bytes[db_start..];
    if database.len() as u64 > MAX_DATABASE {
        return Err(format!(
            "the database part is {} bytes, more than the {MAX_DATABASE} a pack may carry",
            database.len()
        ));
    }
    Ok(RawPack {
        manifest: &bytes[HEADER_LEN..sig_start],
        signature,
        database,
    })
}

/// Parse the manifest bytes strictly: UTF-8 JSON with exactly the known fields, well shaped.
pub fn parse_manifest(bytes: &[u8]) -> Result<Manifest, String> {
    let text = std::str::from_utf8(bytes)
        .map_err(|_| "the manifest is not UTF-8 text: damaged or altered".to_owned())?;
    let m: Manifest = serde_json::from_str(text)
        .map_err(|e| format!("the manifest does not parse ({e}): damaged or altered"))?;
    m.check_shape()?;
    Ok(m)
}

/// Put a pack together from its parts.
pub fn assemble(manifest: &[u8], signature: &[u8; SIGNATURE_LEN], database: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_LEN + manifest.len() + SIGNATURE_LEN + database.len());
    out.extend_from_slice(MAGIC);
    // Callers keep the manifest within MAX_MANIFEST, so the length fits in 32 bits.
    out.extend_from_slice(&(manifest.len() as u32).to_le_bytes());
    out.extend_from_slice(manifest);
    out.extend_from_slice(signature);
    out.extend_from_slice(database);
    out
}

/// SHA-256 of `bytes` as 64 lowercase hex digits.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// Lowercase hex.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[usize::from(b >> 4)] as char);
        s.push(DIGITS[usize::from(b & 0xf)] as char);
    }
    s
}

fn is_lower_hex(s: &str, len: usize) -> bool {
    s.len() == len && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest() -> Manifest {
        Manifest {
            format: FORMAT_VERSION,
            data_version: "2026.11.0".to_owned(),
            build_date: "2026-11-28".to_owned(),
            schema_version: 1,
            instruments: BTreeMap::from([
                ("cites".to_owned(), Some("2025-02-07".to_owned())),
                ("cwc".to_owned(), None),
            ]),
            entries: 3,
            database_size: 4,
            database_sha256: sha256_hex(b"abcd"),
            signer: "0011223344556677".to_owned(),
        }
    }

    #[test]
    fn split_round_trips_and_refuses_every_cut() {
        let m = serde_json::to_vec(&manifest()).unwrap();
        let pack = assemble(&m, &[7; 64], b"abcd");
        let raw = split(&pack).unwrap();
        assert_eq!(raw.manifest, &m[..]);
        assert_eq!(raw.signature, [7; 64]);
        assert_eq!(raw.database, b"abcd");
        assert_eq!(parse_manifest(raw.manifest), Ok(manifest()));
        // Every truncation inside the header, manifest or signature is refused by split.
        for keep in 0..HEADER_LEN + m.len() + SIGNATURE_LEN {
            assert!(split(&pack[..keep]).is_err(), "kept {keep}");
        }
    }

    #[test]
    fn bad_lengths_and_magic_are_refused() {
        assert!(split(b"").is_err());
        assert!(split(b"SQLite format 3\0").is_err());
        assert!(split(b"FGPACK2\n\x01\0\0\0{").is_err());
        let mut huge = MAGIC.to_vec();
        huge.extend_from_slice(&u32::MAX.to_le_bytes());
        assert!(split(&huge).unwrap_err().contains("out of bounds"));
        let mut zero = MAGIC.to_vec();
        zero.extend_from_slice(&0u32.to_le_bytes());
        assert!(split(&zero).is_err());
    }

    #[test]
    fn manifest_is_parsed_strictly() {
        let good = serde_json::to_value(manifest()).unwrap();
        let mut extra = good.clone();
        extra["extra"] = serde_json::json!(1);
        assert!(parse_manifest(extra.to_string().as_bytes()).is_err());
        let mut bad_hash = good.clone();
        bad_hash["database_sha256"] = serde_json::json!("ABC");
        assert!(parse_manifest(bad_hash.to_string().as_bytes()).is_err());
        let mut bad_date = good.clone();
        bad_date["build_date"] = serde_json::json!("2026-13-01");
        assert!(parse_manifest(bad_date.to_string().as_bytes()).is_err());
        let mut bad_instrument = good.clone();
        bad_instrument["instruments"] = serde_json::json!({"basel": null});
        assert!(parse_manifest(bad_instrument.to_string().as_bytes()).is_err());
        assert!(parse_manifest(b"\xff\xfe").is_err());
        assert!(parse_manifest(b"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[").is_err());
    }

    #[test]
    fn hex_is_lowercase() {
        assert_eq!(hex(&[0, 0xab, 0xff]), "00abff");
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }
}
