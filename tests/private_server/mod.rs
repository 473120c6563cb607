//! A private embedded server for one test: its own `ITEST_PG_DIR`, child
//! processes of the test binary that use it, and a teardown that stops it
//! and checks that nothing of it is left running.
//!
//! It knows the folder's layout (README, "The embedded server"):
//! `postgres-<major>/` holds `data/`, `supervisor.lock` (held by the
//! supervisor while it lives) and `server.log`.

use std::fs::File;
use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Removed from a child's environment, so that it uses the embedded server.
const NO_URL: [&str; 2] = ["ITEST_DATABASE_URL", "DATABASE_URL"];

pub struct PrivateServer {
    pub dir: PathBuf,
    idle: &'static str,
}

impl PrivateServer {
    /// A fresh folder under the system's temporary folder (which the
    /// server's user can reach when the tests run as root).
    pub fn new(name: &str, idle: &'static str) -> PrivateServer {
        let dir = std::env::temp_dir().join(format!("itest-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        PrivateServer { dir, idle }
    }

    /// A child process running one test of this binary on the private server.
    pub fn command(&self, test: &str) -> Command {
        let mut command = Command::new(std::env::current_exe().expect("current test binary"));
        command
            .args([
                test,
                "--exact",
                "--nocapture",
                "--include-ignored",
                "--test-threads=1",
            ])
            .env("ITEST_PG_DIR", &self.dir)
            .env("ITEST_PG_IDLE", self.idle);
        for var in NO_URL {
            command.env_remove(var);
        }
        command
    }

    pub fn run(&self, test: &str) -> Output {
        self.command(test).output().expect("run the test binary")
    }

    /// `postgres-<major>/`, once a server was started.
    pub fn version_folder(&self) -> PathBuf {
        std::fs::read_dir(&self.dir)
            .expect("the private folder exists")
            .map(|entry| entry.unwrap().path())
            .find(|path| path.is_dir())
            .expect("a postgres-<major> folder")
    }

    /// The running server's pid, from PostgreSQL's own `postmaster.pid`.
    pub fn server_pid(&self) -> Option<u32> {
        let text =
            std::fs::read_to_string(self.version_folder().join("data/postmaster.pid")).ok()?;
        text.lines().next()?.trim().parse().ok()
    }

    /// Waits until the supervisor has exited (its lock is free), at most `limit`.
    pub fn wait_until_stopped(&self, limit: Duration) -> bool {
        let lock = self.version_folder().join("supervisor.lock");
        let (done, stopped) = mpsc::channel();
        std::thread::spawn(move || {
            let file = File::open(lock).expect("open supervisor.lock");
            let _ = done.send(file.lock_shared().is_ok());
        });
        stopped.recv_timeout(limit).unwrap_or(false)
    }

    /// Asks the server for a fast shutdown and waits until its supervisor
    /// is gone; false if it did not go within 30 s.
    pub fn stop(&self) -> bool {
        if let Some(pid) = self.server_pid() {
            let _ = Command::new("kill")
                .args(["-INT", &pid.to_string()])
                .status();
        }
        self.wait_until_stopped(Duration::from_secs(30))
    }

    /// Processes still working in the private folder after `limit`: the
    /// supervisor, the server and its backends all do. (The supervisor's
    /// lock is freed as it exits, a moment before it is gone.)
    pub fn processes_left_after(&self, limit: Duration) -> Vec<String> {
        let deadline = Instant::now() + limit;
        loop {
            let left = self.processes_left();
            if left.is_empty() || Instant::now() > deadline {
                return left;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Processes working in the private folder (`/proc/<pid>/cwd`).
    fn processes_left(&self) -> Vec<String> {
        let Ok(entries) = std::fs::read_dir("/proc") else {
            return Vec::new();
        };
        entries
            .filter_map(|entry| {
                let path = entry.ok()?.path();
                let cwd = std::fs::read_link(path.join("cwd")).ok()?;
                cwd.starts_with(&self.dir).then(|| {
                    let cmdline = std::fs::read(path.join("cmdline")).unwrap_or_default();
                    format!(
                        "{}: {}",
                        path.display(),
                        String::from_utf8_lossy(&cmdline).replace('\0', " ")
                    )
                })
            })
            .collect()
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.version_folder().join("server.log")).unwrap_or_default()
    }
}

impl Drop for PrivateServer {
    /// Stops the server if one was started, and removes the folder.
    fn drop(&mut self) {
        let started = std::fs::read_dir(&self.dir)
            .is_ok_and(|entries| entries.flatten().any(|entry| entry.path().is_dir()));
        if started {
            self.stop();
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// `key=value` pairs a child printed after `tag` (libtest may have printed
/// `test name ... ` before it on the same line).
pub fn reported(output: &Output, tag: &str) -> Vec<(String, String)> {
    let stdout = String::from_utf8_lossy(&output.stdout);
    stdout
        .lines()
        .find_map(|line| line.split_once(tag).map(|(_, rest)| rest))
        .map(|rest| {
            rest.split_whitespace()
                .filter_map(|pair| pair.split_once('='))
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect()
        })
        .unwrap_or_default()
}
