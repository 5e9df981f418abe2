//! The kill test (issue #8): a child process writes inspection records and favourites as fast as
//! it can, printing a line after each commit; it is killed with SIGKILL at a random moment, and
//! the file must then open (quick check), pass a full integrity check at the end, and hold every
//! write the child reported committed. Repeated against the same, growing file.
//!
//! `FIELDGUIDE_KILL_RUNS` and `FIELDGUIDE_KILL_SEED` override the run count and the seed.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashSet;
use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use fieldguide::store::UserStore;

/// Marsaglia's xorshift64: enough randomness for kill times, reproducible from the seed.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[test]
fn a_killed_writer_never_loses_a_committed_write() {
    let runs: u64 = env_or("FIELDGUIDE_KILL_RUNS", 300);
    let seed: u64 = env_or("FIELDGUIDE_KILL_SEED", 0x5EED_F1E1_D6D1_DE00);
    let mut rng = XorShift(seed.max(1));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("user.sqlite");

    let mut logs: HashSet<i64> = HashSet::new();
    let mut favs: HashSet<String> = HashSet::new();
    let mut runs_with_writes = 0u64;
    let started = Instant::now();

    for run in 0..runs {
        let mut child = Command::new(env!("CARGO_BIN_EXE_fieldguide"))
            .args(["log", "stress", "--seed", &run.to_string(), "--data-dir"])
            .arg(dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel::<String>();
        let reader = std::thread::spawn(move || {
            let mut r = BufReader::new(stdout);
            let mut line = String::new();
            // Only whole lines count: a line cut by the kill was not reported.
            while r.read_line(&mut line).is_ok_and(|n| n > 0) {
                if line.ends_with('\n') && tx.send(line.trim_end().to_owned()).is_err() {
                    break;
                }
                line.clear();
            }
        });

        // Even runs: the clock starts at spawn, so some kills land in start-up, WAL recovery or
        // the first migration. Odd runs: it starts at the first commit, so the kill lands while
        // writing however slow the machine is to start a process.
        let mut lines = Vec::new();
        if run % 2 == 1 {
            match rx.recv_timeout(Duration::from_secs(20)) {
                Ok(first) => lines.push(first),
                Err(e) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    let mut err = String::new();
                    let _ = child.stderr.take().unwrap().read_to_string(&mut err);
                    panic!("run {run}: no commit reported within 20 s ({e}): {err}");
                }
            }
        }
        let wait = Duration::from_micros(2_000 + rng.below(48_000));
        std::thread::sleep(wait);
        if let Some(status) = child.try_wait().unwrap() {
            let mut err = String::new();
            child
                .stderr
                .take()
                .unwrap()
                .read_to_string(&mut err)
                .unwrap();
            panic!("run {run}: the writer stopped by itself ({status}): {err}");
        }
        child.kill().unwrap();
        let status = child.wait().unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::process::ExitStatusExt;
            assert_eq!(status.signal(), Some(9), "run {run}: {status}");
        }
        #[cfg(not(unix))]
        let _ = status;

        reader.join().unwrap();
        lines.extend(rx.try_iter());
        if !lines.is_empty() {
            runs_with_writes += 1;
        }
        for l in &lines {
            if let Some(id) = l.strip_prefix("committed log ") {
                logs.insert(id.parse().unwrap());
            } else if let Some(id) = l.strip_prefix("committed fav ") {
                favs.insert(id.to_owned());
            } else {
                panic!("run {run}: unexpected output {l:?}");
            }
        }

        // Opening runs SQLite's quick check; a damaged file is an error here.
        let store = UserStore::open(&path)
            .unwrap_or_else(|e| panic!("run {run} (killed after {wait:?}): {e}"));
        let in_log: HashSet<i64> = store.log().unwrap().iter().map(|r| r.id).collect();
        let in_favs: HashSet<String> = store
            .favourites()
            .unwrap()
            .iter()
            .map(|f| f.as_str().to_owned())
            .collect();
        let lost_logs: Vec<&i64> = logs.difference(&in_log).collect();
        let lost_favs: Vec<&String> = favs.difference(&in_favs).collect();
        assert!(
            lost_logs.is_empty() && lost_favs.is_empty(),
            "run {run} (seed {seed}, killed after {wait:?}): committed but missing: \
             log {lost_logs:?}, favourites {lost_favs:?}"
        );
    }

    // A full integrity check on the final file, beyond the quick check at every open.
    let conn = rusqlite::Connection::open(&path).unwrap();
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
    drop(conn);

    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    eprintln!(
        "kill test: {runs} runs in {:.1} s (seed {seed}): {} log records and {} favourites \
         reported committed, all present; {runs_with_writes} runs wrote before the kill; \
         file {size} bytes",
        started.elapsed().as_secs_f64(),
        logs.len(),
        favs.len()
    );
    // The test only means something if kills landed while the writer was writing.
    assert!(
        runs_with_writes * 2 >= runs,
        "only {runs_with_writes} of {runs} runs wrote anything before the kill"
    );
}
