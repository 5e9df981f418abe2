//! The search engine: normalise, index, score, rank, explain. It knows nothing of SQL or egui:
//! it is built once from the entries and answers queries with hits that say why they matched.

mod candidates;
mod index;
mod normalize;
mod score;

pub use index::{Hit, MatchedField, Query, SearchIndex};
pub use normalize::{compact, fold};
