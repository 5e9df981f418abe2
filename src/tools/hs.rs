//! HS lookup: everything controlled that is classified at or under a code.

use crate::catalog::Catalog;
use crate::error::{Error, Result};
use crate::model::{Entry, HsCode};

/// The digits of an HS code or prefix as typed: 2 to 6 digits, dots and spaces ignored.
pub fn parse_prefix(text: &str) -> Result<String> {
    let digits: String = text.chars().filter(|c| !matches!(c, '.' | ' ')).collect();
    if !(2..=6).contains(&digits.len()) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::parse(
            "HS code",
            text,
            "give a chapter, heading or subheading: 2 to 6 digits, e.g. 29, 2903, 2903.77",
        ));
    }
    Ok(digits)
}

/// One entry found under the code, with the subheadings that put it there.
pub struct HsMatch<'a> {
    /// The entry.
    pub entry: &'a Entry,
    /// Its subheadings at or under the code.
    pub codes: Vec<&'a HsCode>,
}

/// Controlled entries (with at least one listing) classified at or under `prefix`, by code then title.
pub fn lookup<'a>(catalog: &'a Catalog, prefix: &str) -> Vec<HsMatch<'a>> {
    let mut out: Vec<HsMatch<'a>> = catalog
        .entries
        .iter()
        .filter(|e| e.is_listed())
        .filter_map(|e| {
            let codes: Vec<&HsCode> =
                e.hs.iter()
                    .filter(|h| h.digits().starts_with(prefix))
                    .collect();
            (!codes.is_empty()).then_some(HsMatch { entry: e, codes })
        })
        .collect();
    out.sort_by(|a, b| {
        (a.codes[0].digits(), &a.entry.title).cmp(&(b.codes[0].digits(), &b.entry.title))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::parse_prefix;

    #[test]
    fn prefixes() {
        assert_eq!(parse_prefix("2903.77").unwrap(), "290377");
        assert_eq!(parse_prefix("29").unwrap(), "29");
        assert_eq!(parse_prefix("3827 61").unwrap(), "382761");
        for bad in ["2", "2903771", "29a3", "", "R-12"] {
            assert!(parse_prefix(bad).is_err(), "{bad}");
        }
    }
}
