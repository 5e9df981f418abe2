//! Small validated text types: entry ids, language tags and dates.

use std::fmt;
use std::str::FromStr;

use crate::error::{Error, Result};
use crate::model::vocab::Kind;

/// A stable entry id such as `chem:cfc-12`, `mix:r-404a`, `taxon:loxodonta-africana`, `label:ghs04`.
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "String", into = "String")]
pub struct EntryId(String);

impl EntryId {
    /// The id text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The kind its prefix names.
    pub fn kind(&self) -> Kind {
        match self.0.split(':').next() {
            Some("mix") => Kind::Mixture,
            Some("taxon") => Kind::Taxon,
            Some("label") => Kind::Label,
            _ => Kind::Chemical,
        }
    }
}

impl FromStr for EntryId {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        let Some((prefix, rest)) = s.split_once(':') else {
            return Err(Error::parse("entry id", s, "expected prefix:name"));
        };
        if !matches!(prefix, "chem" | "mix" | "taxon" | "label") {
            return Err(Error::parse(
                "entry id",
                s,
                "prefix must be chem, mix, taxon or label",
            ));
        }
        let ok = !rest.is_empty()
            && rest.len() <= 120
            && rest
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
            && !rest.starts_with('-');
        if !ok {
            return Err(Error::parse(
                "entry id",
                s,
                "use lower-case letters, digits, '-' and '.'",
            ));
        }
        Ok(EntryId(s.to_owned()))
    }
}

impl TryFrom<String> for EntryId {
    type Error = Error;
    fn try_from(s: String) -> Result<Self> {
        s.parse()
    }
}

impl From<EntryId> for String {
    fn from(e: EntryId) -> String {
        e.0
    }
}

impl fmt::Display for EntryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A BCP-47 language tag of the simple shapes the data uses: `en`, `zh-Hans`, `pt-BR`, `es-419`.
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "String", into = "String")]
pub struct LangTag(String);

impl LangTag {
    /// The tag text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The primary language subtag (`zh` for `zh-Hans`).
    pub fn primary(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }
}

impl FromStr for LangTag {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        let mut parts = s.split('-');
        let lang = parts.next().unwrap_or("");
        let mut ok = (2..=3).contains(&lang.len()) && lang.bytes().all(|b| b.is_ascii_lowercase());
        let mut seen_script = false;
        let mut seen_region = false;
        for p in parts {
            let is_script = p.len() == 4
                && p.as_bytes()[0].is_ascii_uppercase()
                && p[1..].bytes().all(|b| b.is_ascii_lowercase());
            let is_region = (p.len() == 2 && p.bytes().all(|b| b.is_ascii_uppercase()))
                || (p.len() == 3 && p.bytes().all(|b| b.is_ascii_digit()));
            if is_script && !seen_script && !seen_region {
                seen_script = true;
            } else if is_region && !seen_region {
                seen_region = true;
            } else {
                ok = false;
            }
        }
        if !ok {
            return Err(Error::parse(
                "language tag",
                s,
                "expected a BCP-47 tag such as en, fr, zh-Hans, es-419",
            ));
        }
        Ok(LangTag(s.to_owned()))
    }
}

impl TryFrom<String> for LangTag {
    type Error = Error;
    fn try_from(s: String) -> Result<Self> {
        s.parse()
    }
}

impl From<LangTag> for String {
    fn from(l: LangTag) -> String {
        l.0
    }
}

impl fmt::Display for LangTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A calendar date `YYYY-MM-DD`.
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "String", into = "String")]
pub struct IsoDate(String);

impl IsoDate {
    /// The date text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Today's date (UTC), from the system clock.
    pub fn today() -> IsoDate {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
        let z = (secs / 86_400) as i64 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        IsoDate(format!("{y:04}-{m:02}-{d:02}"))
    }
}

impl FromStr for IsoDate {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        let b = s.as_bytes();
        let shape = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shape {
            return Err(Error::parse("date", s, "expected YYYY-MM-DD"));
        }
        let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().unwrap_or(0);
        let (y, m, d) = (num(0..4), num(5..7), num(8..10));
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        let days = match m {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => 0,
        };
        if !(1900..=2100).contains(&y) || d == 0 || d > days {
            return Err(Error::parse("date", s, "no such date"));
        }
        Ok(IsoDate(s.to_owned()))
    }
}

impl TryFrom<String> for IsoDate {
    type Error = Error;
    fn try_from(s: String) -> Result<Self> {
        s.parse()
    }
}

impl From<IsoDate> for String {
    fn from(d: IsoDate) -> String {
        d.0
    }
}

impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_ids() {
        assert_eq!(
            "taxon:loxodonta-africana"
                .parse::<EntryId>()
                .unwrap()
                .kind(),
            Kind::Taxon
        );
        for bad in ["cfc-12", "chem:", "chem:CFC-12", "drug:x", "chem:a b"] {
            assert!(bad.parse::<EntryId>().is_err(), "{bad}");
        }
    }

    #[test]
    fn language_tags() {
        for ok in ["en", "zh-Hans", "es-419", "pt-BR", "la"] {
            assert!(ok.parse::<LangTag>().is_ok(), "{ok}");
        }
        for bad in ["EN", "english", "zh-hans", "", "en-"] {
            assert!(bad.parse::<LangTag>().is_err(), "{bad}");
        }
    }

    #[test]
    fn today_is_a_valid_date() {
        let t = IsoDate::today();
        assert!(t.as_str().parse::<IsoDate>().is_ok(), "{}", t.as_str());
        assert!(t.as_str() >= "2026-01-01");
    }

    #[test]
    fn dates() {
        assert!("2024-02-29".parse::<IsoDate>().is_ok());
        for bad in ["2023-02-29", "2023-13-01", "2023-1-1", "1989-00-10"] {
            assert!(bad.parse::<IsoDate>().is_err(), "{bad}");
        }
    }
}
