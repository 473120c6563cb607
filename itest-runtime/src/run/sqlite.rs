//! A process's SQLite files: `<dir>/runs/<run>/`, one folder per test
//! process, holding its tests' copies of the template.
//!
//! The folder's `lock` file is locked for as long as the process lives, so
//! the operating system frees it however the process ends. The next
//! process to start sweeps every folder whose lock is free: its process is
//! gone, and so are its files, except the copies it kept under
//! `ITEST_KEEP=failed` while the `cargo test` that kept them still runs.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use crate::backend::sqlite::{self as sql, file_error};
use crate::owner;
use crate::unique::run_id;
use crate::Error;

/// A folder being set up is left alone this long: its lock may not be taken yet.
const SETUP_GRACE: Duration = Duration::from_secs(60);
const LOCK: &str = "lock";
/// `host pid pid_start parent_pid parent_start`: whose folder it is.
const OWNER: &str = "owner";
/// Present once the process kept a copy: the folder outlives it.
const KEPT: &str = "kept";
const STAGING: &str = ".new";

pub(crate) struct SqliteRun {
    /// `<dir>/runs/<run>`.
    pub dir: PathBuf,
    /// Locked for the life of the process.
    _lock: File,
    next: AtomicU64,
    /// Copies kept under ITEST_KEEP=failed: left in place at exit.
    kept: Mutex<Vec<PathBuf>>,
}

impl SqliteRun {
    /// Makes this process's folder, locked, then sweeps dead processes' ones.
    pub(crate) fn start(root: &Path) -> Result<SqliteRun, Error> {
        let runs = root.join("runs");
        let io = |action: &'static str| {
            let runs = runs.clone();
            move |e: std::io::Error| file_error(&runs, action, &e)
        };
        let dir = runs.join(run_id());
        let staging = runs.join(format!("{}{STAGING}", run_id()));
        std::fs::create_dir_all(&staging).map_err(io("creating this run's folder"))?;
        let lock = File::create(staging.join(LOCK)).map_err(io("creating this run's lock"))?;
        lock.lock().map_err(io("locking this run's folder"))?;
        let me = owner::this_process();
        let parent = owner::parent();
        let line = format!(
            "{} {} {} {} {}\n",
            me.host, me.pid, me.pid_start, parent.pid, parent.pid_start
        );
        std::fs::write(staging.join(OWNER), line).map_err(io("writing this run's owner"))?;
        // Only a whole folder, locked, appears under its run's name.
        std::fs::rename(&staging, &dir).map_err(io("placing this run's folder"))?;
        sweep(&runs);
        Ok(SqliteRun {
            dir,
            _lock: lock,
            next: AtomicU64::new(0),
            kept: Mutex::new(Vec::new()),
        })
    }

    /// A new file name in this run's folder: `<kind><n>.db`.
    pub(crate) fn new_file(&self, kind: char) -> PathBuf {
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        self.dir.join(format!("{kind}{n}.db"))
    }

    /// Leaves `path` in place when the process exits.
    pub(crate) fn keep(&self, path: &Path) -> Result<(), Error> {
        let mut marker = File::create(self.dir.join(KEPT))
            .map_err(|e| file_error(&self.dir, "recording a kept database", &e))?;
        let _ = writeln!(marker, "{}", path.display());
        self.kept
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(path.to_owned());
        Ok(())
    }

    /// At exit, once every pool is closed: this run's files are removed,
    /// except kept copies, whose folder then outlives the process.
    pub(crate) fn shut_down(&self) {
        let kept = self.kept.lock().unwrap_or_else(|e| e.into_inner()).clone();
        remove_databases(&self.dir, &kept);
        if kept.is_empty() {
            let _ = std::fs::remove_file(self.dir.join(OWNER));
            let _ = std::fs::remove_file(self.dir.join(LOCK));
            let _ = std::fs::remove_dir(&self.dir);
        }
    }
}

/// Removes the folders of processes that are gone. Never fails a test: a
/// folder it cannot remove now is tried again by the next process.
fn sweep(runs: &Path) {
    let Ok(entries) = std::fs::read_dir(runs) else {
        return;
    };
    for entry in entries.flatten() {
        let dir = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name == run_id() || !entry.file_type().is_ok_and(|t| t.is_dir()) {
            continue;
        }
        if name.ends_with(STAGING) {
            // A process killed while it set its folder up; or one doing so now.
            let old = entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|at| at.elapsed().ok())
                .is_some_and(|age| age > SETUP_GRACE);
            if !old {
                continue;
            }
        }
        let Ok(lock) = File::open(dir.join(LOCK)) else {
            // Not a folder itest made whole: left alone.
            continue;
        };
        if lock.try_lock().is_err() {
            continue; // its process is alive
        }
        if dir.join(KEPT).exists() && invocation_alive(&dir) {
            continue;
        }
        remove_databases(&dir, &[]);
        for file in [KEPT, OWNER, LOCK] {
            let _ = std::fs::remove_file(dir.join(file));
        }
        // Fails, and leaves the folder, if it holds files itest did not make.
        let _ = std::fs::remove_dir(&dir);
    }
}

/// Whether the `cargo test` (or nextest) that started the folder's process still runs.
fn invocation_alive(dir: &Path) -> bool {
    let Ok(line) = std::fs::read_to_string(dir.join(OWNER)) else {
        return false;
    };
    let fields: Vec<&str> = line.split_whitespace().collect();
    let [host, _, _, parent_pid, parent_start] = fields[..] else {
        return false;
    };
    let (Ok(pid), Ok(start)) = (parent_pid.parse(), parent_start.parse()) else {
        return false;
    };
    owner::is_alive(host, pid, start) == Some(true)
}

/// Removes the databases (`*.db` and their side files) in `dir`, except `keep`.
fn remove_databases(dir: &Path, keep: &[PathBuf]) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "db") && !keep.contains(&path) {
            let _ = sql::remove_database(&path);
        }
    }
    // Side files whose database is already gone.
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if let Some(db) = sql::SIDE_FILES
            .iter()
            .find_map(|suffix| name.strip_suffix(suffix))
            .filter(|db| db.ends_with(".db"))
        {
            if !keep.contains(&dir.join(db)) {
                let _ = std::fs::remove_file(path);
            }
        }
    }
}
