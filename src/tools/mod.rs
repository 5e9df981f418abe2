//! Officer tools computed from the reference data: the HS lookup, the blend calculator and the
//! declared-list check.
//! Pure functions over the catalog; the command line and the app only present their results.

pub mod blend;
pub mod hs;
pub mod manifest;
