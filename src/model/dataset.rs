//! The whole reference data set: what the build step produces and the database holds.

use crate::model::{Entry, Instrument, IsoDate, Source};

/// Per-instrument metadata: which version of the list the data reflects.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InstrumentInfo {
    /// The instrument.
    pub id: Instrument,
    /// Full name.
    pub name: String,
    /// The date from which the list version the data follows applies.
    pub valid_as_of: Option<IsoDate>,
    /// Source id for that date.
    pub source: Option<String>,
    /// Note, e.g. why the date is unknown.
    pub note: Option<String>,
}

/// An image stored in the database (photo or label drawing).
#[derive(Clone, Debug, PartialEq)]
pub struct ImageBlob {
    /// Id referenced by photos and labels.
    pub id: i64,
    /// The encoded file.
    pub bytes: Vec<u8>,
    /// Where it came from.
    pub origin: String,
}

/// Everything the build step validated, ready to be written.
#[derive(Clone, Debug, Default)]
pub struct Dataset {
    /// Data version, e.g. "2026.11.0".
    pub data_version: String,
    /// Instruments with their valid-as-of dates.
    pub instruments: Vec<InstrumentInfo>,
    /// Every source.
    pub sources: Vec<Source>,
    /// Every entry, with inherited listings resolved.
    pub entries: Vec<Entry>,
    /// Every image.
    pub images: Vec<ImageBlob>,
}
