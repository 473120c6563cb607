//! How the processes of a run share one server: with file locks, which the
//! kernel releases when their holder exits, however it exits. A killed
//! process therefore never leaves a lock behind that blocks the next run.
//!
//! - `supervisor.lock`: held exclusively by the supervisor for its whole
//!   life. Free means that no server runs.
//! - `state`: `<port> <pid>` of the server, written by the supervisor once
//!   the server accepts connections and removed once it has stopped. Read
//!   only while `supervisor.lock` is held, so a stale one is never believed.
//! - `start.lock`: shared to attach, exclusive to start a server (or, for the
//!   supervisor, to decide to stop it). Nobody attaches to a server that is
//!   being started or stopped, and only one process starts it.
//! - `users.lock`: held shared by every process that uses the server, until
//!   it exits. The supervisor stops the server after it has been free for
//!   the idle period.

use std::fs;
use std::io;

use super::cache::Folder;

pub const START_LOCK: &str = "start.lock";
pub const USERS_LOCK: &str = "users.lock";
pub const SUPERVISOR_LOCK: &str = "supervisor.lock";
const STATE: &str = "state";

/// The running server, as its supervisor published it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Running {
    pub port: u16,
    pub pid: u32,
}

impl Running {
    pub fn read(folder: &Folder) -> Option<Running> {
        let text = fs::read_to_string(folder.file(STATE)).ok()?;
        let (port, pid) = text.trim().split_once(' ')?;
        Some(Running {
            port: port.parse().ok()?,
            pid: pid.parse().ok()?,
        })
    }

    /// Publishes the server: written beside, then renamed, so that readers
    /// see all of it or nothing.
    pub fn publish(&self, folder: &Folder) -> io::Result<()> {
        let temporary = folder.file("state.new");
        fs::write(&temporary, format!("{} {}\n", self.port, self.pid))?;
        fs::rename(temporary, folder.file(STATE))
    }

    pub fn withdraw(folder: &Folder) {
        let _ = fs::remove_file(folder.file(STATE));
    }
}
