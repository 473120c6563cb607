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

use std::fs::{self, File, TryLockError};
use std::io;
use std::path::Path;
use std::time::{Duration, Instant};

use super::account::Account;
use super::binaries::Binaries;
use super::cache::Folder;
use super::supervisor::{self, Launched};
use super::sys;
use crate::Error;

pub(super) const START_LOCK: &str = "start.lock";
pub(super) const USERS_LOCK: &str = "users.lock";
pub(super) const SUPERVISOR_LOCK: &str = "supervisor.lock";
const STATE: &str = "state";

/// A server that stops while we attach is waited for and replaced; this
/// many times at most.
const ATTEMPTS: usize = 3;
/// How long to wait for a server another process is starting.
const STARTUP_LIMIT: Duration = Duration::from_secs(30);

/// The running server, as its supervisor published it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Running {
    pub port: u16,
    pub pid: u32,
}

impl Running {
    fn read(folder: &Folder) -> Option<Running> {
        let text = fs::read_to_string(folder.file(STATE)).ok()?;
        let (port, pid) = text.trim().split_once(' ')?;
        Some(Running {
            port: port.parse().ok()?,
            pid: pid.parse().ok()?,
        })
    }

    /// Publishes the server: written beside, then renamed, so that readers
    /// see all of it or nothing.
    pub(super) fn publish(&self, folder: &Folder) -> io::Result<()> {
        let temporary = folder.file("state.new");
        fs::write(&temporary, format!("{} {}\n", self.port, self.pid))?;
        fs::rename(temporary, folder.file(STATE))
    }

    pub(super) fn withdraw(folder: &Folder) {
        let _ = fs::remove_file(folder.file(STATE));
    }
}

/// Keeps the server up while this process lives: a shared lock on
/// `users.lock`, which the kernel releases when the process exits.
#[derive(Debug)]
pub(crate) struct Attachment {
    _users: File,
}

/// What a process finds when it looks.
enum Seen {
    Down,
    Up(Running),
    /// The supervisor lives but has published no server yet.
    Starting,
    /// The published server is dead; its supervisor is cleaning up.
    Stopping,
}

/// Attaches to the server if it is up, without waiting for anything.
pub(super) fn attach(folder: &Folder) -> Result<Option<(Running, Attachment)>, Error> {
    let start = folder.lock_file(START_LOCK)?;
    let supervisor = folder.lock_file(SUPERVISOR_LOCK)?;
    let lock_error = |e: io::Error| locking(&folder.path, e);
    start.lock_shared().map_err(lock_error)?;
    let Seen::Up(running) = look(folder, &supervisor)? else {
        return Ok(None);
    };
    let users = folder.lock_file(USERS_LOCK)?;
    users.lock_shared().map_err(lock_error)?;
    // Dropping `start` releases it, now that this process counts as a user.
    Ok(Some((running, Attachment { _users: users })))
}

/// Attaches to the running server, or starts one (running `initdb` first if
/// the folder has no data yet).
pub(super) fn start_or_attach(
    folder: &Folder,
    binaries: &Binaries,
    account: Option<&Account>,
    idle: Duration,
) -> Result<(Running, Attachment), Error> {
    let start = folder.lock_file(START_LOCK)?;
    let users = folder.lock_file(USERS_LOCK)?;
    let supervisor = folder.lock_file(SUPERVISOR_LOCK)?;
    let lock_error = |e: io::Error| locking(&folder.path, e);

    for _ in 0..ATTEMPTS {
        start.lock_shared().map_err(lock_error)?;
        let mut seen = look(folder, &supervisor)?;
        if let Seen::Down = seen {
            // Become the one who starts it, unless someone was quicker.
            start.unlock().map_err(lock_error)?;
            start.lock().map_err(lock_error)?;
            seen = look(folder, &supervisor)?;
            if let Seen::Down = seen {
                folder.ensure_cluster(binaries, account)?;
                seen = match supervisor::launch(folder, binaries, account, idle)? {
                    Launched::Ready(running) => Seen::Up(running),
                    Launched::AlreadyRunning => Seen::Starting,
                };
            }
        }
        match seen {
            Seen::Up(running) => {
                users.lock_shared().map_err(lock_error)?;
                start.unlock().map_err(lock_error)?;
                return Ok((running, Attachment { _users: users }));
            }
            Seen::Stopping => {
                start.unlock().map_err(lock_error)?;
                // Blocks until the supervisor has cleaned up and exited.
                supervisor.lock_shared().map_err(lock_error)?;
                supervisor.unlock().map_err(lock_error)?;
            }
            Seen::Starting => {
                start.unlock().map_err(lock_error)?;
                wait_while_starting(folder, &supervisor)?;
            }
            Seen::Down => unreachable!("a down server is started above"),
        }
    }
    Err(Error::EmbeddedServer {
        action: "attaching to the running server",
        reason: format!(
            "it stopped {ATTEMPTS} times while this process attached; see its log, {}",
            folder.log().display()
        ),
    })
}

fn look(folder: &Folder, supervisor: &File) -> Result<Seen, Error> {
    match supervisor.try_lock_shared() {
        Ok(()) => {
            supervisor.unlock().map_err(|e| locking(&folder.path, e))?;
            Ok(Seen::Down)
        }
        Err(TryLockError::WouldBlock) => Ok(match Running::read(folder) {
            Some(running) if sys::is_alive(running.pid) => Seen::Up(running),
            Some(_) => Seen::Stopping,
            None => Seen::Starting,
        }),
        Err(TryLockError::Error(e)) => Err(locking(&folder.path, e)),
    }
}

/// A supervisor whose starter died before it was ready: wait, bounded,
/// until it publishes its server or exits.
fn wait_while_starting(folder: &Folder, supervisor: &File) -> Result<(), Error> {
    let deadline = Instant::now() + STARTUP_LIMIT;
    while Instant::now() < deadline {
        if !matches!(look(folder, supervisor)?, Seen::Starting) {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    Err(Error::EmbeddedServer {
        action: "waiting for the server another process is starting",
        reason: format!(
            "it did not start within {} s; see its log, {}",
            STARTUP_LIMIT.as_secs(),
            folder.log().display()
        ),
    })
}

fn locking(folder: &Path, error: io::Error) -> Error {
    Error::EmbeddedServer {
        action: "locking its files",
        reason: format!("{}: {error}", folder.display()),
    }
}
