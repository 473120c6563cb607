//! The run report: `<target>/itest/report/index.html` and `report.json`,
//! one per run (a `cargo test` invocation, every binary it starts, or one
//! `cargo nextest run`, every process it starts).
//!
//! Each test run adds one JSON line to its run's `tests.jsonl`: kept in
//! memory and appended in one write when the binary exits (or when 64 KiB
//! are pending), a few microseconds per test. Then the binary rewrites the
//! two report files from that log without parsing it: `report.json` wraps
//! the lines in an array, and the page embeds them for its script, which
//! draws the tables and the timeline. The rewrite is serialized by a lock
//! file, so the last process of a run to exit leaves the whole run's report.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock, PoisonError};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::config::REPORT_VAR;
use crate::owner;

/// The page, with `/*ITEST_DATA*/` where the run's data goes.
const PAGE: &str = include_str!("page.html");
/// Runs whose logs are kept, for the quarantine history.
const KEEP_RUNS: usize = 10;

/// One run of one test, as the report shows it.
pub struct TestRecord<'a> {
    pub name: &'a str,
    /// `passed`, `failed`, `timed out`, `panicked`.
    pub outcome: &'a str,
    pub message: Option<&'a str>,
    pub isolation: &'a str,
    pub started: SystemTime,
    pub phases: &'a [(String, Duration)],
    pub budget: Option<Duration>,
    pub quarantine: Option<&'a str>,
    /// 1-based, under `ITEST_REPEAT`.
    pub attempt: u32,
}

struct Log {
    /// `<report>/runs/<run>/`.
    folder: PathBuf,
    file: Mutex<File>,
    /// Lines not written yet.
    pending: Mutex<String>,
}

/// Pending lines are written once they are this long.
const FLUSH_AT: usize = 64 * 1024;

impl Log {
    /// Appends the pending lines in one write, so that lines of parallel
    /// processes do not interleave.
    fn flush(&self, pending: &mut String) {
        if pending.is_empty() {
            return;
        }
        let mut file = self.file.lock().unwrap_or_else(PoisonError::into_inner);
        if let Err(e) = file.write_all(pending.as_bytes()) {
            eprintln!("itest: cannot write the run report: {e}");
        }
        pending.clear();
    }
}

/// The open log of this process's run, or `None` when the report is off or
/// its folder cannot be written (said once).
fn log() -> Option<&'static Log> {
    static LOG: OnceLock<Option<Log>> = OnceLock::new();
    LOG.get_or_init(|| {
        let dir = report_dir()?;
        let folder = dir.join("runs").join(run_key());
        let opened = fs::create_dir_all(&folder).and_then(|()| {
            OpenOptions::new()
                .create(true)
                .append(true)
                .open(folder.join("tests.jsonl"))
        });
        match opened {
            Ok(file) => Some(Log {
                folder,
                file: Mutex::new(file),
                pending: Mutex::new(String::new()),
            }),
            Err(e) => {
                eprintln!(
                    "itest: no run report: cannot write {}: {e} ({REPORT_VAR}=off turns it off)",
                    folder.display()
                );
                None
            }
        }
    })
    .as_ref()
}

/// `ITEST_REPORT=<folder>`, else `<target>/itest/report` (next to the
/// embedded server's folder); `None` for `ITEST_REPORT=off`.
fn report_dir() -> Option<PathBuf> {
    report_dir_from(std::env::var_os(REPORT_VAR), crate::config::itest_dir)
}

/// A switch's words are not folders: `ITEST_REPORT=on` once wrote a report
/// into `./on`. `off`, `0`, `false`, `no` turn it off; `on`, `1`, `true`,
/// `yes` and the empty value keep the default folder.
fn report_dir_from(
    value: Option<std::ffi::OsString>,
    itest_dir: impl FnOnce() -> PathBuf,
) -> Option<PathBuf> {
    let default = || Some(itest_dir().join("report"));
    let Some(value) = value else {
        return default();
    };
    let word = value.to_str().map(|v| v.trim().to_ascii_lowercase());
    match word.as_deref() {
        Some("off" | "0" | "false" | "no") => None,
        Some("" | "on" | "1" | "true" | "yes") => default(),
        _ => std::path::absolute(PathBuf::from(value)).ok(),
    }
}

/// Names the run: nextest's run id, else the invocation that started this
/// binary (`cargo test`), by pid and start time so that a reused pid is
/// another run. Sortable by time where the start time is known.
fn run_key() -> String {
    if let Ok(id) = std::env::var("NEXTEST_RUN_ID") {
        let id: String = id
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        return format!("nextest-{id}");
    }
    let parent = owner::parent();
    format!("cargo-{}-{}", parent.pid_start, parent.pid)
}

/// Whether this process recorded a test: only then does its exit rewrite the report.
static RECORDED: AtomicBool = AtomicBool::new(false);

/// Adds one test run to the log.
pub fn record(test: &TestRecord) {
    let Some(log) = log() else {
        return;
    };
    RECORDED.store(true, Ordering::Relaxed);
    if test.quarantine.is_some() {
        let mut names = QUARANTINED_HERE
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if !names.iter().any(|n| n == test.name) {
            names.push(test.name.to_owned());
        }
    }
    let line = json_line(test);
    let mut pending = log.pending.lock().unwrap_or_else(PoisonError::into_inner);
    pending.push_str(&line);
    if pending.len() >= FLUSH_AT {
        log.flush(&mut pending);
    }
}

fn json_line(test: &TestRecord) -> String {
    let millis = |d: Duration| format!("{:.3}", d.as_secs_f64() * 1000.0);
    let total: Duration = test.phases.iter().map(|(_, took)| *took).sum();
    let started = test.started.duration_since(UNIX_EPOCH).unwrap_or_default();
    let phases: Vec<String> = test
        .phases
        .iter()
        .map(|(name, took)| format!("{{\"name\":{},\"ms\":{}}}", quoted(name), millis(*took)))
        .collect();
    let optional = |value: Option<&str>| value.map_or("null".to_owned(), quoted);
    let binary = binary_name();
    format!(
        "{{\"name\":{},\"binary\":{},\"outcome\":{},\"duration_ms\":{},\"start_ms\":{},\
         \"pid\":{},\"thread\":{},\"isolation\":{},\"attempt\":{},\"budget_ms\":{},\
         \"quarantine\":{},\"message\":{},\"phases\":[{}]}}\n",
        quoted(test.name),
        binary,
        quoted(test.outcome),
        millis(total),
        millis(started),
        std::process::id(),
        quoted(std::thread::current().name().unwrap_or("")),
        quoted(test.isolation),
        test.attempt,
        test.budget
            .map_or("null".to_owned(), |b| b.as_millis().to_string()),
        optional(test.quarantine),
        optional(test.message),
        phases.join(","),
    )
}

/// The test binary's name as cargo names its target, quoted: once per process.
fn binary_name() -> &'static str {
    static NAME: OnceLock<String> = OnceLock::new();
    NAME.get_or_init(|| {
        let stem = std::env::current_exe()
            .ok()
            .and_then(|exe| exe.file_stem().map(|s| s.to_string_lossy().into_owned()))
            .unwrap_or_default();
        let name = match stem.rsplit_once('-') {
            // cargo's `name-<hash>`
            Some((name, hash)) if hash.len() == 16 => name,
            _ => &stem,
        };
        quoted(name)
    })
}

/// A JSON string, also safe inside the page's `<script>`.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' => out.push_str("\\u003c"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Rewrites the report from the run's log, at the binary's exit. Returns
/// the page's path, and the quarantined tests this process ran that are
/// ready to leave quarantine.
pub fn write_report() -> Option<(PathBuf, Vec<String>)> {
    if !RECORDED.load(Ordering::Relaxed) {
        return None;
    }
    let log = log()?;
    log.flush(&mut log.pending.lock().unwrap_or_else(PoisonError::into_inner));
    let dir = log.folder.parent()?.parent()?;
    // Processes of a run exit in parallel: each reads the log and writes the
    // report under this lock, after its own lines are in, so that the last
    // one to write has everyone's.
    let lock = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(dir.join(".lock"))
        .and_then(|lock| lock.lock().map(|()| lock));
    let _lock = match lock {
        Ok(lock) => lock,
        Err(e) => {
            eprintln!(
                "itest: cannot write the run report in {}: {e}",
                dir.display()
            );
            return None;
        }
    };
    let run = log.folder.file_name()?.to_string_lossy().into_owned();
    let lines = fs::read_to_string(log.folder.join("tests.jsonl")).ok()?;
    let tests = lines.lines().collect::<Vec<_>>().join(",\n");
    // Earlier runs are read only when this one has quarantined tests.
    let history = match lines.contains("\"quarantine\":\"") {
        true => quarantine_history(&log.folder),
        false => Vec::new(),
    };
    let ready = ready_to_leave_quarantine(&lines, &history);
    let history: Vec<String> = history
        .iter()
        .map(|(run, line)| format!("{{\"run\":{},\"test\":{line}}}", quoted(run)))
        .collect();
    let ready_json: Vec<String> = ready.iter().map(|name| quoted(name)).collect();
    let data = format!(
        "{{\"run\":{},\"tests\":[\n{tests}\n],\"quarantine_history\":[{}],\
         \"ready_to_leave_quarantine\":[{}]}}",
        quoted(&run),
        history.join(","),
        ready_json.join(",")
    );
    let page = PAGE.replacen("/*ITEST_DATA*/", &data, 1);
    let written = replace(&dir.join("report.json"), &data)
        .and_then(|()| replace(&dir.join("index.html"), &page));
    if let Err(e) = written {
        eprintln!(
            "itest: cannot write the run report in {}: {e}",
            dir.display()
        );
        return None;
    }
    prune_runs(&log.folder);
    let mine = quarantined_here();
    let ready = ready
        .into_iter()
        .filter(|name| mine.contains(name))
        .collect();
    Some((dir.join("index.html"), ready))
}

/// Quarantined tests this process ran.
static QUARANTINED_HERE: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn quarantined_here() -> Vec<String> {
    QUARANTINED_HERE
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .clone()
}

/// How many previous runs in a row a quarantined test must have passed, as
/// well as this one, to be pointed out as ready to leave quarantine.
const PASSES_TO_LEAVE: usize = 2;

/// Quarantined tests that passed every run of this run and of the last
/// [`PASSES_TO_LEAVE`] runs that ran them.
fn ready_to_leave_quarantine(current: &str, history: &[(String, String)]) -> Vec<String> {
    // Per test: whether each run (newest first) passed every time it ran it.
    let mut runs: Vec<(String, Vec<(String, bool)>)> = Vec::new();
    let lines = current
        .lines()
        .filter(|l| !l.contains("\"quarantine\":null"))
        .map(|line| ("", line))
        .chain(
            history
                .iter()
                .map(|(run, line)| (run.as_str(), line.as_str())),
        );
    for (run, line) in lines {
        let (Some(name), Some(outcome)) = (field(line, "name"), field(line, "outcome")) else {
            continue;
        };
        let passed = outcome == "passed";
        let index = match runs.iter().position(|(n, _)| *n == name) {
            Some(index) => index,
            None => {
                runs.push((name, Vec::new()));
                runs.len() - 1
            }
        };
        let of_test = &mut runs[index].1;
        match of_test.iter_mut().find(|(r, _)| r == run) {
            Some((_, all)) => *all &= passed,
            None => of_test.push((run.to_owned(), passed)),
        }
    }
    runs.into_iter()
        .filter(|(_, of_test)| {
            of_test
                .first()
                .is_some_and(|(run, passed)| run.is_empty() && *passed)
                && of_test.len() > PASSES_TO_LEAVE
                && of_test[1..=PASSES_TO_LEAVE]
                    .iter()
                    .all(|(_, passed)| *passed)
        })
        .map(|(name, _)| name)
        .collect()
}

/// A string field of a line this module wrote, decoded.
fn field(line: &str, key: &str) -> Option<String> {
    let start = line.find(&format!("\"{key}\":\""))? + key.len() + 4;
    let mut value = String::new();
    let mut chars = line[start..].chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(value),
            '\\' => match chars.next()? {
                'n' => value.push('\n'),
                'r' => value.push('\r'),
                't' => value.push('\t'),
                'u' => {
                    let code: String = chars.by_ref().take(4).collect();
                    value.push(char::from_u32(u32::from_str_radix(&code, 16).ok()?)?);
                }
                other => value.push(other),
            },
            c => value.push(c),
        }
    }
    None
}

/// The quarantined tests' lines of the previous runs, newest run first.
fn quarantine_history(current: &std::path::Path) -> Vec<(String, String)> {
    let Some(runs) = current.parent() else {
        return Vec::new();
    };
    let mut lines = Vec::new();
    for run in older_runs(runs, current).into_iter().take(KEEP_RUNS) {
        let Ok(text) = fs::read_to_string(run.join("tests.jsonl")) else {
            continue;
        };
        let name = run
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        for line in text.lines().filter(|l| !l.contains("\"quarantine\":null")) {
            lines.push((name.clone(), line.to_owned()));
        }
    }
    lines
}

/// The other runs' folders, newest first (by their log's modification time).
fn older_runs(runs: &std::path::Path, current: &std::path::Path) -> Vec<PathBuf> {
    let mut found: Vec<(SystemTime, PathBuf)> = fs::read_dir(runs)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path != current)
        .filter_map(|path| {
            let modified = fs::metadata(path.join("tests.jsonl"))
                .ok()?
                .modified()
                .ok()?;
            Some((modified, path))
        })
        .collect();
    found.sort_by_key(|(modified, _)| std::cmp::Reverse(*modified));
    found.into_iter().map(|(_, path)| path).collect()
}

/// Keeps the newest runs' logs only.
fn prune_runs(current: &std::path::Path) {
    let Some(runs) = current.parent() else {
        return;
    };
    for old in older_runs(runs, current).into_iter().skip(KEEP_RUNS) {
        let _ = fs::remove_dir_all(old);
    }
}

/// Writes `contents` as a new file in place of `path`. Not by truncating or
/// renaming over it: ext4 (auto_da_alloc) then writes the data out at once,
/// about 0.5 ms per file here, against 0.09 ms for a new file.
fn replace(path: &std::path::Path, contents: &str) -> std::io::Result<()> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    fs::write(path, contents)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(name: &str, outcome: &str) -> String {
        format!(
            "{{\"name\":{},\"outcome\":\"{outcome}\",\"quarantine\":\"why\"}}",
            quoted(name)
        )
    }

    #[test]
    fn switch_words_are_not_folders() {
        let target = || PathBuf::from("/t/itest");
        let dir = |v: &str| report_dir_from(Some(v.into()), target);
        for off in ["off", "OFF", "0", "false", " no "] {
            assert_eq!(dir(off), None, "{off:?}");
        }
        for on in ["on", "On", "1", "true", "yes", ""] {
            assert_eq!(dir(on), Some(PathBuf::from("/t/itest/report")), "{on:?}");
        }
        assert_eq!(
            report_dir_from(None, target),
            Some(PathBuf::from("/t/itest/report"))
        );
        assert_eq!(dir("/ci/artifacts"), Some(PathBuf::from("/ci/artifacts")));
        assert!(dir("reports").unwrap().ends_with("reports"));
    }

    #[test]
    fn fields_are_decoded() {
        let written = line("a\"b\\c</d>", "passed");
        assert_eq!(field(&written, "name").as_deref(), Some("a\"b\\c</d>"));
        assert_eq!(field(&written, "outcome").as_deref(), Some("passed"));
        assert_eq!(field(&written, "missing"), None);
    }

    #[test]
    fn a_quarantined_test_is_ready_to_leave_after_three_passing_runs() {
        let history = |outcomes: &[(&str, &str)]| -> Vec<(String, String)> {
            outcomes
                .iter()
                .map(|(run, o)| (run.to_string(), line("t", o)))
                .collect()
        };
        let now = line("t", "passed");
        let two_passes = history(&[("r2", "passed"), ("r1", "passed"), ("r0", "failed")]);
        assert_eq!(ready_to_leave_quarantine(&now, &two_passes), ["t"]);
        // A failure in one of the last two runs, even next to a pass.
        let flaky = history(&[("r2", "passed"), ("r2", "failed"), ("r1", "passed")]);
        assert!(ready_to_leave_quarantine(&now, &flaky).is_empty());
        assert!(ready_to_leave_quarantine(&now, &history(&[("r1", "passed")])).is_empty());
        assert!(ready_to_leave_quarantine(&line("t", "failed"), &two_passes).is_empty());
    }

    #[test]
    fn strings_are_json_and_safe_in_a_script() {
        assert_eq!(
            quoted("a\"b\\c\nd</script>\u{1}"),
            "\"a\\\"b\\\\c\\nd\\u003c/script>\\u0001\""
        );
    }

    #[test]
    fn a_line_has_the_fields_the_report_promises() {
        let phases = [
            (
                "template and strategy".to_owned(),
                Duration::from_micros(1500),
            ),
            ("the test body".to_owned(), Duration::from_millis(2)),
        ];
        let line = json_line(&TestRecord {
            name: "api::creates",
            outcome: "failed",
            message: Some("boom"),
            isolation: "tx",
            started: UNIX_EPOCH + Duration::from_secs(10),
            phases: &phases,
            budget: Some(Duration::from_millis(500)),
            quarantine: None,
            attempt: 1,
        });
        assert!(line.ends_with("}\n") && !line[..line.len() - 1].contains('\n'));
        for field in [
            "\"name\":\"api::creates\"",
            "\"outcome\":\"failed\"",
            "\"duration_ms\":3.500",
            "\"start_ms\":10000.000",
            "\"budget_ms\":500",
            "\"quarantine\":null",
            "\"message\":\"boom\"",
            "\"phases\":[{\"name\":\"template and strategy\",\"ms\":1.500},{\"name\":\"the test body\",\"ms\":2.000}]",
        ] {
            assert!(line.contains(field), "{field} in {line}");
        }
    }
}
