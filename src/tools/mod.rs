//! Officer tools computed from the reference data: the HS lookup and the blend calculator.
//! Pure functions over the catalog; the command line and the app only present their results.

pub mod blend;
pub mod hs;
