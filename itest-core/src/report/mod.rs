//! What itest tells about a run: `ITEST_PHASE_LOG=<file>`, one line per
//! phase of every test, so that a benchmark (or a slow suite) shows where
//! the time goes; and the run report ([`run`]).

mod run;

pub use run::{record, write_report, TestRecord};

use std::io::Write;
use std::time::Duration;

use crate::config::PHASE_LOG_VAR;

/// Appends `test<TAB>phase<TAB>microseconds` lines for one test, in one write
/// so that lines of parallel tests and processes do not interleave.
pub fn log_phases(test: &str, strategy: &str, timings: &[(String, Duration)]) {
    let Some(path) = std::env::var_os(PHASE_LOG_VAR) else {
        return;
    };
    let mut lines = String::new();
    for (phase, took) in timings {
        lines.push_str(&format!(
            "{test}\t{strategy}\t{}\t{}\n",
            kind(phase),
            took.as_micros()
        ));
    }
    let written = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .and_then(|mut file| file.write_all(lines.as_bytes()));
    if let Err(e) = written {
        eprintln!(
            "itest: cannot write {PHASE_LOG_VAR}={}: {e}",
            path.to_string_lossy()
        );
    }
}

/// Groups phase names: every fixture's set-up is "fixtures", and so on.
fn kind(phase: &str) -> &str {
    if phase.starts_with("fixture ") {
        "fixtures"
    } else if phase.starts_with("teardown of fixture") {
        "fixture teardown"
    } else {
        phase
    }
}
