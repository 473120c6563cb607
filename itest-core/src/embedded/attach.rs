//! How the processes of a run attach to one server, or start it, using the
//! shared files that `state.rs` describes.

use std::fs::{File, TryLockError};
use std::io;
use std::time::{Duration, Instant};

use super::account::Account;
use super::binaries::Binaries;
use super::cache::Folder;
use super::state::{Running, START_LOCK, SUPERVISOR_LOCK, USERS_LOCK};
use super::supervisor::{self, Launched};
use super::sys;
use crate::Error;

/// A server that stops while we attach is waited for and replaced; this
/// many times at most.
const ATTEMPTS: usize = 3;
/// How long to wait for a server another process is starting.
const STARTUP_LIMIT: Duration = Duration::from_secs(30);

/// Keeps the server up while this process lives: a shared lock on
/// `users.lock`, which the kernel releases when the process exits.
#[derive(Debug)]
pub struct Attachment {
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
pub fn attach(folder: &Folder) -> Result<Option<(Running, Attachment)>, Error> {
    let start = folder.lock_file(START_LOCK)?;
    let supervisor = folder.lock_file(SUPERVISOR_LOCK)?;
    let lock_error = |e: io::Error| locking(folder, e);
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
pub fn start_or_attach(
    folder: &Folder,
    binaries: &Binaries,
    account: Option<&Account>,
    idle: Duration,
) -> Result<(Running, Attachment), Error> {
    let start = folder.lock_file(START_LOCK)?;
    let users = folder.lock_file(USERS_LOCK)?;
    let supervisor = folder.lock_file(SUPERVISOR_LOCK)?;
    let lock_error = |e: io::Error| locking(folder, e);

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
    Err(folder.flavor.failed(
        "attaching to the running server",
        format!(
            "it stopped {ATTEMPTS} times while this process attached; see its log, {}",
            folder.log().display()
        ),
    ))
}

fn look(folder: &Folder, supervisor: &File) -> Result<Seen, Error> {
    match supervisor.try_lock_shared() {
        Ok(()) => {
            supervisor.unlock().map_err(|e| locking(folder, e))?;
            Ok(Seen::Down)
        }
        Err(TryLockError::WouldBlock) => Ok(match Running::read(folder) {
            Some(running) if sys::is_alive(running.pid) => Seen::Up(running),
            Some(_) => Seen::Stopping,
            None => Seen::Starting,
        }),
        Err(TryLockError::Error(e)) => Err(locking(folder, e)),
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
    Err(folder.flavor.failed(
        "waiting for the server another process is starting",
        format!(
            "it did not start within {} s; see its log, {}",
            STARTUP_LIMIT.as_secs(),
            folder.log().display()
        ),
    ))
}

fn locking(folder: &Folder, error: io::Error) -> Error {
    folder.flavor.failed(
        "locking its files",
        format!("{}: {error}", folder.path.display()),
    )
}
