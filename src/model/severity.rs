//! How strongly a listing restricts trade: the order behind listing badges and behind which of
//! several equally good search results comes first.

use crate::model::{Instrument, Listing};

/// How strongly a listing restricts trade. It sets a badge's colour, never shown by colour
/// alone: every badge also carries its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Not controlled, or a look-alike.
    None,
    /// A licence, permit or certificate is needed.
    Licence,
    /// Controlled: listed, traded only under the treaty's conditions.
    Controlled,
    /// Prohibited or phased out: commercial trade banned, or the strictest list.
    Prohibited,
}

/// The severity of one listing.
pub fn severity(instrument: Instrument, list: &str) -> Severity {
    use Instrument::*;
    match (instrument, list) {
        (Cites, "I") | (Cwc, "1") | (Stockholm, "A") | (Montreal, "A" | "B") | (Minamata, "A") => {
            Severity::Prohibited
        }
        (Cites, "III") | (Cwc, "3") | (Montreal, "F") => Severity::Licence,
        _ => Severity::Controlled,
    }
}

/// The strictest of `listings`, or `None` when there are none.
pub fn strictest(listings: &[Listing]) -> Option<Severity> {
    listings
        .iter()
        .map(|l| severity(l.instrument, &l.list))
        .max()
}

#[cfg(test)]
mod tests {
    use super::{Severity, severity};
    use crate::model::Instrument;

    #[test]
    fn badge_severity_follows_the_lists() {
        assert_eq!(severity(Instrument::Cites, "I"), Severity::Prohibited);
        assert_eq!(severity(Instrument::Cites, "II"), Severity::Controlled);
        assert_eq!(severity(Instrument::Cites, "III"), Severity::Licence);
        assert_eq!(severity(Instrument::Montreal, "A"), Severity::Prohibited);
        assert_eq!(severity(Instrument::Montreal, "C"), Severity::Controlled);
        assert_eq!(severity(Instrument::Montreal, "F"), Severity::Licence);
        assert_eq!(severity(Instrument::Cwc, "1"), Severity::Prohibited);
        assert_eq!(severity(Instrument::Rotterdam, "III"), Severity::Controlled);
    }
}
