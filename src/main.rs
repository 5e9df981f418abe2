//! `fieldguide`: parse the arguments, then start the desktop app (no command) or run a command.

use std::process::ExitCode;

use clap::Parser;
use fieldguide::cli::{Cli, Outcome};

fn main() -> ExitCode {
    // No panic reaches a user as a backtrace: one line, exit code 2.
    std::panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown cause".to_owned());
        eprintln!("fieldguide: internal error: {msg} (please report this)");
    }));
    let result = std::panic::catch_unwind(|| {
        let cli = match Cli::try_parse() {
            Ok(cli) => cli,
            Err(e) => {
                let _ = e.print();
                return if e.use_stderr() {
                    Outcome::Error
                } else {
                    Outcome::Ok
                };
            }
        };
        match cli.command {
            Some(command) => fieldguide::cli::run(command, cli.db.as_deref()),
            None => start_window(cli.db),
        }
    });
    result.unwrap_or(Outcome::Error).into()
}

/// No command: the desktop app.
#[cfg(feature = "window")]
fn start_window(db: Option<std::path::PathBuf>) -> Outcome {
    match fieldguide::app::run(db) {
        Ok(()) => Outcome::Ok,
        Err(e) => {
            eprintln!("fieldguide: error: {e}");
            Outcome::Error
        }
    }
}

/// Built without the window: say so instead of doing nothing.
#[cfg(not(feature = "window"))]
fn start_window(_db: Option<std::path::PathBuf>) -> Outcome {
    eprintln!(
        "fieldguide: error: this build has no window (built without the \"window\" feature); use a command, see --help"
    );
    Outcome::Error
}
