//! Green Customs Field Guide: an offline reference for customs officers and their trainers on
//! the chemicals and species that the multilateral environmental agreements control.
//!
//! Data flows one way: `db/` sources → [`dbbuild`] (validate) → [`store::writer`] (compile to
//! SQLite, embedded in the binary) → [`store::Store`] (typed queries) → [`search::SearchIndex`]
//! (built once) → the [`cli`] printers and the [`app`] views.

pub mod app;
pub mod catalog;
pub mod cli;
pub mod csvrow;
pub mod dbbuild;
pub mod error;
pub mod files;
#[doc(hidden)]
pub mod fuzzing;
pub mod handout;
pub mod imaging;
pub mod import;
pub mod lessons;
pub mod model;
pub mod pack;
pub mod quiz;
pub mod search;
pub mod store;
pub mod tools;
pub mod userdata;
pub mod verify;

pub use error::{Error, Result};
