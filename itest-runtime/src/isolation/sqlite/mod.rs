//! The strategies on SQLite (feature `sqlite`): every test database is a
//! copy of the template file, which costs a file copy.
//!
//! - `fresh.rs`: a copy per test, with a pool of several connections;
//! - `tx.rs`: a copy per test thread, reused, in a transaction rolled back.
//!
//! `db = "truncate"` and `db = "schema"` are refused at compile time (see
//! `BackendKind::refuses`): a fresh copy is cheaper than emptying tables,
//! and SQLite has no schemas but attached files.

mod fresh;
mod tx;

use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use sqlx::sqlite::{SqlitePool, SqlitePoolOptions};
use sqlx::Sqlite;

use super::{Isolation, Strategy};
use crate::backend::sqlite as sql;
use crate::backend::sqlite::file_error;
use crate::backend::BackendKind;
use crate::database::sqlite::SqliteTemplate;
use crate::pool::{LEASE_ACQUIRE_TIMEOUT, MANY_ACQUIRE_TIMEOUT};
use crate::run::sqlite::SqliteRun;
use crate::Error;

/// The strategy `isolation` over `template`, shared by the binary's tests.
pub(crate) fn build(
    isolation: Isolation,
    template: Arc<SqliteTemplate>,
    run: Arc<SqliteRun>,
) -> Result<Arc<dyn Strategy<Sqlite>>, Error> {
    match isolation {
        Isolation::Fresh => Ok(Arc::new(fresh::SqliteFresh::new(template, run))),
        Isolation::Tx => Ok(Arc::new(tx::SqliteTx::new(template, run))),
        Isolation::Truncate | Isolation::Schema => {
            let why = BackendKind::Sqlite.refuses(isolation);
            Err(Error::Isolation(why.unwrap_or_default().to_owned()))
        }
    }
}

/// Copies the template to `path`: a plain file copy (the kernel's
/// copy_file_range), the cheapest way to a normal database file.
fn copy_template(template: &SqliteTemplate, path: &Path) -> Result<(), Error> {
    std::fs::copy(&template.path, path)
        .map(drop)
        .map_err(|e| file_error(path, "copying the template", &e))
}

/// A pool on the file `path` whose statements stop once `interrupt` is
/// set, and which, given `commit_tried`, refuses every commit and records
/// it there: on each connection it opens, so that one opened again after a
/// lost one refuses them too.
fn pool(
    path: &Path,
    connections: u32,
    interrupt: &Arc<sql::Interrupt>,
    commit_tried: Option<&Arc<AtomicBool>>,
) -> SqlitePool {
    let interrupt = Arc::clone(interrupt);
    let commit_tried = commit_tried.cloned();
    // As on the other servers: in tx a checkout waits for the one
    // connection briefly, and the error says why (runner.rs).
    let wait = match connections {
        1 => LEASE_ACQUIRE_TIMEOUT,
        _ => MANY_ACQUIRE_TIMEOUT,
    };
    SqlitePoolOptions::new()
        .max_connections(connections)
        .acquire_timeout(wait)
        .min_connections(0)
        // Its connections live as long as the test: none is closed under it.
        .idle_timeout(None)
        .max_lifetime(None)
        .after_connect(move |conn, _| {
            let interrupt = Arc::clone(&interrupt);
            let commit_tried = commit_tried.clone();
            Box::pin(async move {
                sql::interruptible(conn, interrupt).await?;
                match commit_tried {
                    Some(tried) => sql::refuse_commits(conn, tried).await,
                    None => Ok(()),
                }
            })
        })
        .connect_lazy_with(sql::options(path))
}

/// The `sqlite3` command for a kept database.
fn sqlite3_command(path: &Path) -> String {
    format!("sqlite3 '{}'", path.display())
}
