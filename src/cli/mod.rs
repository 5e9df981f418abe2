//! The command line: argument types, commands and exit codes. It never touches eframe, so it runs
//! headless, in scripts and on CI.

mod check_list;
mod commands;
mod json;
mod pack;
mod trainer;
mod user;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

pub use commands::run;

/// Exit codes: 0 found / ok, 1 nothing found, 2 error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Found, or the check passed.
    Ok = 0,
    /// Nothing matched.
    NothingFound = 1,
    /// Something went wrong; a message is on stderr.
    Error = 2,
}

impl From<Outcome> for ExitCode {
    fn from(o: Outcome) -> ExitCode {
        ExitCode::from(o as u8)
    }
}

/// Green Customs Field Guide: controlled chemicals and CITES species, offline.
///
/// With no command, starts the desktop app.
#[derive(Debug, Parser)]
#[command(name = "fieldguide", version, about, long_about = None)]
pub struct Cli {
    /// Open this compiled database (read-only) instead of the embedded one.
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// What to do; none starts the desktop app.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Entry kinds as command-line values.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum KindArg {
    /// Chemicals and chemical families.
    Chemical,
    /// Mixtures such as refrigerant blends.
    Mixture,
    /// Species and higher taxa.
    Taxon,
    /// Labels and markings.
    Label,
}

/// Instruments as command-line values.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum InstrumentArg {
    /// Montreal Protocol.
    Montreal,
    /// Stockholm Convention.
    Stockholm,
    /// Rotterdam Convention.
    Rotterdam,
    /// Chemical Weapons Convention.
    Cwc,
    /// Minamata Convention.
    Minamata,
    /// CITES.
    Cites,
}

/// Export formats.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ExportFormat {
    /// One JSON document with every entry.
    Json,
    /// One CSV row per entry.
    Csv,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Search names, trade names and codes (CAS, UN, HS, R-number, formula).
    Search {
        /// The query; omit with --stdin.
        query: Option<String>,
        /// Read one query per line from standard input (one JSON object per output line).
        #[arg(long)]
        stdin: bool,
        /// Only entries of this kind.
        #[arg(long)]
        kind: Option<KindArg>,
        /// Only entries listed under this instrument.
        #[arg(long)]
        instrument: Option<InstrumentArg>,
        /// At most this many hits.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Check a declared list (a manifest, an invoice): one item per line — name, CAS RN, HS code or
    /// text. Reports for each line the controlled entries it may be, and a confidence.
    CheckList {
        /// The file, or - for standard input.
        file: PathBuf,
        /// Print JSON (one document).
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// Print CSV.
        #[arg(long)]
        csv: bool,
        /// Matches reported per line.
        #[arg(long, default_value_t = 3)]
        limit: usize,
    },
    /// HS lookup: everything controlled that is classified at or under a code (2 to 6 digits).
    Hs {
        /// Chapter, heading or subheading, with or without the dot: 29, 2903, 2903.77.
        code: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Blend calculator: kg of each component, ODP tonnes and CO2-equivalent tonnes.
    Blend {
        /// The blend: R-404A, 404a or mix:r-404a.
        name: String,
        /// Mass in kilograms.
        #[arg(allow_negative_numbers = true)]
        mass_kg: f64,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Show a whole record, by id, CAS RN, UN number or name.
    Show {
        /// An id (chem:cfc-12), CAS RN, UN number or exact name.
        key: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Export every entry with its names, identifiers and listings.
    Export {
        /// Output format.
        #[arg(long, value_enum)]
        format: ExportFormat,
    },
    /// Counts per kind and instrument, data version and valid-as-of dates.
    Stats {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Verify a database: integrity, schema, contents, photos. Exits 2 on any problem.
    Check {
        /// The database file (default: --db, else the embedded database).
        path: Option<PathBuf>,
    },
    /// Import the Checklist of CITES Species export ("Index of CITES Species" CSV, .csv or
    /// .csv.gz) on top of the current data, into a new pack. Curated entries always win.
    ImportChecklist {
        /// The export.
        file: PathBuf,
        /// The date of the export (YYYY-MM-DD); recorded as the pack's CITES valid-as-of date.
        #[arg(long)]
        date: String,
        /// Where to write the pack.
        #[arg(long)]
        out: PathBuf,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Import an agency's photo library (a folder of images plus a CSV manifest with the columns
    /// taxon, file, caption, credit, licence) on top of the current data, into a new pack.
    ImportPhotos {
        /// The folder holding the images.
        #[arg(long)]
        dir: PathBuf,
        /// The CSV manifest.
        #[arg(long)]
        manifest: PathBuf,
        /// Where to write the pack.
        #[arg(long)]
        out: PathBuf,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// The inspection log: record what was checked, list it, export it for the report.
    Log {
        /// Keep the officer's records in this directory (default: FIELDGUIDE_DATA_DIR, else the
        /// platform's data directory).
        #[arg(long, global = true, value_name = "DIR")]
        data_dir: Option<PathBuf>,
        /// What to do with the log.
        #[command(subcommand)]
        action: LogAction,
    },
    /// Favourite entries.
    Fav {
        /// Keep the officer's records in this directory (default: FIELDGUIDE_DATA_DIR, else the
        /// platform's data directory).
        #[arg(long, global = true, value_name = "DIR")]
        data_dir: Option<PathBuf>,
        /// What to do with the favourites.
        #[command(subcommand)]
        action: FavAction,
    },
    /// A quiz drawn from the data: the same seed gives the same questions as the app.
    Quiz {
        /// Draw from this lesson (the trainer's own, or a starter lesson).
        #[arg(long, conflicts_with = "topic")]
        lesson: Option<String>,
        /// Draw from a topic: ods, pops, pic, cwc, mercury, cites, labels, all.
        #[arg(long)]
        topic: Option<String>,
        /// Number of questions.
        #[arg(long, default_value_t = 10)]
        count: usize,
        /// The seed: the whole class gets the same quiz.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Print JSON (with the index of the correct choice).
        #[arg(long)]
        json: bool,
        /// Keep the trainer's lessons in this directory.
        #[arg(long, value_name = "DIR")]
        data_dir: Option<PathBuf>,
    },
    /// Trainers' lessons: named, ordered lists of entries with notes.
    Lesson {
        /// Keep the trainer's lessons in this directory (default: FIELDGUIDE_DATA_DIR, else the
        /// platform's data directory).
        #[arg(long, global = true, value_name = "DIR")]
        data_dir: Option<PathBuf>,
        /// What to do with lessons.
        #[command(subcommand)]
        action: LessonAction,
    },
    /// A printable page (self-contained HTML) of an entry or a lesson.
    Handout {
        /// The lesson to print.
        #[arg(long, conflicts_with = "entry")]
        lesson: Option<String>,
        /// The entry to print (id, CAS RN, UN number or name).
        #[arg(long)]
        entry: Option<String>,
        /// Where to write the page.
        #[arg(long)]
        out: PathBuf,
        /// Language of the page's headings: en, fr, es, zh, ru.
        #[arg(long, default_value = "en")]
        lang: String,
        /// Where the trainer's lessons are kept.
        #[arg(long, value_name = "DIR")]
        data_dir: Option<PathBuf>,
    },
    /// Signed data packs: make a signing key, build a pack, verify, import, roll back, status.
    Pack {
        /// The data directory holding trusted-keys.txt and the installed packs (default:
        /// FIELDGUIDE_DATA_DIR, else the platform's data directory).
        #[arg(long, global = true, value_name = "DIR")]
        data_dir: Option<PathBuf>,
        /// What to do.
        #[command(subcommand)]
        action: PackAction,
    },
    /// Build a database from source files.
    Db {
        /// What to do with the database.
        #[command(subcommand)]
        action: DbAction,
    },
}

/// Lesson actions.
#[derive(Debug, Subcommand)]
pub enum LessonAction {
    /// The trainer's lessons and the starter lessons.
    List,
    /// One lesson's entries and notes.
    Show {
        /// The lesson's name.
        name: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// A new lesson from entries (ids, CAS RNs, UN numbers or exact names).
    Create {
        /// The lesson's name.
        name: String,
        /// Its entries, in order.
        entries: Vec<String>,
    },
    /// Rename a lesson.
    Rename {
        /// Current name.
        from: String,
        /// New name (must be free).
        to: String,
    },
    /// Delete a lesson.
    Delete {
        /// The lesson's name.
        name: String,
    },
    /// Write lessons to one file for another machine (all of yours without names).
    Export {
        /// Lessons to export.
        names: Vec<String>,
        /// The file to write.
        #[arg(long)]
        out: PathBuf,
    },
    /// Read a lesson file. Refused whole if a lesson of the same name exists, unless --replace.
    Import {
        /// The lesson file.
        file: PathBuf,
        /// Overwrite lessons of the same name.
        #[arg(long)]
        replace: bool,
    },
}

/// Database actions.
#[derive(Debug, Subcommand)]
pub enum DbAction {
    /// Validate the sources under a data root (with sources/ and photos/) and compile them.
    Build {
        /// The data root, e.g. db.
        #[arg(long, default_value = "db")]
        sources: PathBuf,
        /// Where to write the database.
        #[arg(long)]
        out: PathBuf,
    },
}

/// Data pack actions.
#[derive(Debug, Subcommand)]
pub enum PackAction {
    /// Generate an Ed25519 signing key: writes the secret key to FILE (never overwriting one) and
    /// prints the public key and its id for the officers' trusted-keys.txt.
    Keygen {
        /// Where to write the secret key.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Build a signed pack from a compiled database (--db FILE, else the embedded one).
    Build {
        /// The secret key file written by `pack keygen`.
        #[arg(long, value_name = "SECRET_FILE")]
        key: PathBuf,
        /// Where to write the pack.
        #[arg(long, value_name = "PACK")]
        out: PathBuf,
    },
    /// Check a pack: trusted signature, hash, schema, database integrity. Prints its manifest.
    Verify {
        /// The pack file.
        pack: PathBuf,
    },
    /// Verify a pack and install it; the data in use is kept for rollback. Prints what changed.
    Import {
        /// The pack file.
        pack: PathBuf,
        /// Accept a pack whose data version is older than the data in use.
        #[arg(long)]
        allow_downgrade: bool,
    },
    /// Put the previously installed pack back in use (the current one becomes the previous).
    Rollback,
    /// Which reference data is in use: an installed pack (and its version) or the embedded data.
    Status,
}

/// Inspection decisions as command-line values.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum DecisionArg {
    /// Released to the importer.
    Released,
    /// Held pending documents or examination.
    Detained,
    /// Seized.
    Seized,
    /// Referred to another authority.
    Referred,
    /// No decision yet.
    Pending,
}

/// Inspection log actions.
#[derive(Debug, Subcommand)]
pub enum LogAction {
    /// Record an inspection. Prints its number and time.
    Add {
        /// Where the goods were checked.
        #[arg(long)]
        place: String,
        /// What was decided.
        #[arg(long, value_enum)]
        decision: DecisionArg,
        /// The guide's entry for what was found (must exist in the reference database).
        #[arg(long, value_name = "ID")]
        entry: Option<String>,
        /// How much, as free text ("12 cylinders × 13.6 kg").
        #[arg(long, default_value = "")]
        quantity: String,
        /// Free notes.
        #[arg(long, default_value = "")]
        notes: String,
        /// Print the record as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Print the log as a table, oldest first.
    List,
    /// Export the whole log for a report.
    Export {
        /// Output format.
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Write to this file (atomically: FILE.tmp, then renamed) instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Test aid: write log records and favourites alternately forever, printing a line after
    /// each commit (used by the kill test).
    #[command(hide = true)]
    Stress {
        /// Distinguishes the records of one run from another's.
        #[arg(long, default_value_t = 0)]
        seed: u64,
    },
}

/// Favourite actions.
#[derive(Debug, Subcommand)]
pub enum FavAction {
    /// Add an entry (by id) to the favourites.
    Add {
        /// The entry id, e.g. chem:cfc-12.
        id: String,
    },
    /// Remove an entry from the favourites.
    Remove {
        /// The entry id.
        id: String,
    },
    /// List the favourites, newest first.
    List,
}

impl From<DecisionArg> for crate::userdata::Decision {
    fn from(d: DecisionArg) -> Self {
        match d {
            DecisionArg::Released => Self::Released,
            DecisionArg::Detained => Self::Detained,
            DecisionArg::Seized => Self::Seized,
            DecisionArg::Referred => Self::Referred,
            DecisionArg::Pending => Self::Pending,
        }
    }
}

impl From<KindArg> for crate::model::Kind {
    fn from(k: KindArg) -> Self {
        match k {
            KindArg::Chemical => Self::Chemical,
            KindArg::Mixture => Self::Mixture,
            KindArg::Taxon => Self::Taxon,
            KindArg::Label => Self::Label,
        }
    }
}

impl From<InstrumentArg> for crate::model::Instrument {
    fn from(i: InstrumentArg) -> Self {
        match i {
            InstrumentArg::Montreal => Self::Montreal,
            InstrumentArg::Stockholm => Self::Stockholm,
            InstrumentArg::Rotterdam => Self::Rotterdam,
            InstrumentArg::Cwc => Self::Cwc,
            InstrumentArg::Minamata => Self::Minamata,
            InstrumentArg::Cites => Self::Cites,
        }
    }
}
