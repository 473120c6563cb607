//! SQLite (feature `sqlite`): no server, so no SQL of a server's own. What
//! is SQLite's here is how a test's connection is opened (as a production
//! app opens one) and the driver's two hooks itest relies on: the progress
//! handler, which interrupts a timed-out test's statement, and the commit
//! hook, which refuses a commit inside a `db = "tx"` test.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection, SqliteJournalMode, SqliteSynchronous};
use sqlx_core::transaction::TransactionManager;

use crate::Error;

type Manager = <sqlx::Sqlite as sqlx::Database>::TransactionManager;

/// How long a connection waits for another one's write lock: as long as a
/// production app would, and far less than a test's time limit.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// SQLite instructions between two looks at a test's interrupt flag: about
/// a few microseconds of work, so a timed-out statement stops at once.
const INTERRUPT_CHECK_EVERY: i32 = 1000;

/// Options for a test's database file, set up as a production app would:
/// foreign keys enforced, a busy timeout, WAL (from the template's header,
/// which every copy inherits). Only `synchronous = OFF` differs: no fsync,
/// which no test can observe (it matters after a power cut) and which cuts
/// the last close of a copy that was written from ~0.8 ms to ~0.2 ms
/// (bench/sqlite-copy), as the embedded PostgreSQL runs with fsync off.
pub(crate) fn options(path: &Path) -> SqliteConnectOptions {
    SqliteConnectOptions::new()
        .filename(path)
        .foreign_keys(true)
        .busy_timeout(BUSY_TIMEOUT)
        .synchronous(SqliteSynchronous::Off)
}

/// Options for making a template: a new file, switched to WAL once (the
/// mode is kept in the file, so copies open in it without a write; a
/// rollback-mode template switched on each open costs 5x as much).
pub(crate) fn template_options(path: &Path) -> SqliteConnectOptions {
    options(path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
}

/// A test's interrupt: requested by the thread that saw it time out, seen
/// by the progress handler of every connection of the test's pool, which
/// then fails the statement it runs with "interrupted" and says so. How a
/// timed-out test's statement is stopped without touching its connection,
/// which the statement's own thread is using.
#[derive(Debug, Default)]
pub(crate) struct Interrupt {
    requested: AtomicBool,
    stopped: AtomicBool,
}

impl Interrupt {
    pub(crate) fn request(&self) {
        self.requested.store(true, Ordering::Relaxed);
    }

    /// Waits up to `limit` for a running statement to stop: `false` when
    /// none did (the test was not running one).
    pub(crate) fn wait_until_stopped(&self, limit: Duration) -> bool {
        let until = std::time::Instant::now() + limit;
        while !self.stopped.load(Ordering::Relaxed) {
            if std::time::Instant::now() >= until {
                return false;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        true
    }

    /// For the next test on the same connections (a tx worker).
    pub(crate) fn reset(&self) {
        self.requested.store(false, Ordering::Relaxed);
        self.stopped.store(false, Ordering::Relaxed);
    }
}

/// Lets `interrupt` stop any statement running on `conn`.
pub(crate) async fn interruptible(
    conn: &mut SqliteConnection,
    interrupt: Arc<Interrupt>,
) -> Result<(), sqlx::Error> {
    let mut handle = conn.lock_handle().await?;
    handle.set_progress_handler(INTERRUPT_CHECK_EVERY, move || {
        if !interrupt.requested.load(Ordering::Relaxed) {
            return true;
        }
        interrupt.stopped.store(true, Ordering::Relaxed);
        false
    });
    Ok(())
}

/// Makes every commit on `conn` a rollback, and records that one was
/// tried: in `db = "tx"` the one transaction must end in itest's rollback,
/// and a raw `COMMIT` from the code under test would otherwise persist.
pub(crate) async fn refuse_commits(
    conn: &mut SqliteConnection,
    tried: Arc<AtomicBool>,
) -> Result<(), sqlx::Error> {
    let mut handle = conn.lock_handle().await?;
    handle.set_commit_hook(move || {
        tried.store(true, Ordering::Relaxed);
        false
    });
    Ok(())
}

/// `BEGIN` through sqlx's transaction manager, so that code under test
/// that begins a transaction gets a savepoint.
pub(crate) async fn begin_test_transaction(conn: &mut SqliteConnection) -> Result<(), sqlx::Error> {
    Manager::begin(conn, None).await
}

/// Rolls back every savepoint the code under test left open, one by one
/// so that sqlx's depth count ends at zero, and then the test transaction.
pub(crate) async fn rollback_test_transaction(
    conn: &mut SqliteConnection,
) -> Result<(), sqlx::Error> {
    while Manager::get_transaction_depth(conn) > 0 {
        Manager::rollback(conn).await?;
    }
    Ok(())
}

/// The files SQLite keeps for a database beside the database itself.
pub(crate) const SIDE_FILES: [&str; 3] = ["-wal", "-shm", "-journal"];

/// Removes a database file and its side files; a missing one is not an error.
pub(crate) fn remove_database(path: &Path) -> std::io::Result<()> {
    for suffix in SIDE_FILES {
        let mut side = path.as_os_str().to_owned();
        side.push(suffix);
        remove_if_present(Path::new(&side))?;
    }
    remove_if_present(path)
}

fn remove_if_present(path: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// An error of SQLite's files, naming the file.
pub(crate) fn file_error(path: &Path, action: &'static str, e: &std::io::Error) -> Error {
    Error::Database {
        server: format!("SQLite ({})", path.display()),
        action,
        reason: e.to_string(),
    }
}

/// A driver error on the file `path`.
pub(crate) fn db_error(path: &Path, action: &'static str, e: &sqlx::Error) -> Error {
    Error::Database {
        server: format!("SQLite ({})", path.display()),
        action,
        reason: e.to_string(),
    }
}
