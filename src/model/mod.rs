//! Plain domain types. Identifiers are newtypes that validate on parse, so a wrong check digit
//! or a malformed code cannot exist past the edge where text is read.

mod cas;
mod dataset;
mod ec;
mod entry;
mod formula;
mod hs;
mod ids;
mod refrigerant;
mod severity;
mod un;
mod vocab;

pub use cas::Cas;
pub use dataset::{Dataset, ImageBlob, InstrumentInfo};
pub use ec::EcNumber;
pub use entry::{
    Component, Entry, Exclusion, LabelInfo, Listing, LookAlike, Name, Odp, Photo, Product, Source,
    UnEntry,
};
pub use formula::Formula;
pub use hs::HsCode;
pub use ids::{EntryId, IsoDate, LangTag};
pub use refrigerant::RefrigerantNumber;
pub use severity::{Severity, severity, strictest};
pub use un::UnNumber;
pub use vocab::{Instrument, Kind, NameRole, Part, PhysicalForm, Rank};
