//! Isolation strategies: how a test's changes are kept from every other test.
//! One file per strategy, behind [`Strategy`].

mod fresh;
#[cfg(feature = "mysql")]
pub(crate) mod mysql;
mod schema;
mod session;
#[cfg(feature = "sqlite")]
pub(crate) mod sqlite;
mod truncate;
mod tx;
mod workers;

use std::future::Future;
use std::sync::{Arc, Mutex};

use tokio::task::JoinHandle;

use sqlx::postgres::PgConnectOptions;

use crate::database::Template;
use crate::run::Run;
use crate::Error;

pub use crate::backend::Isolation;
pub(crate) use crate::future::BoxFuture;
pub(crate) use session::{Session, SessionEnder};

/// A PostgreSQL test's session.
pub(crate) type PgSession = Session<sqlx::Postgres>;

impl SessionEnder {
    /// The sessions of a PostgreSQL pool: they carry its application name.
    pub(crate) fn of_pg(pool: &sqlx::PgPool) -> SessionEnder {
        SessionEnder::ApplicationName(crate::pool::tag_of(pool))
    }
}

/// How a strategy isolates one test on a `DB` server. `open` before the
/// test; after it, either `keep` (a failed test under ITEST_KEEP=failed), or
/// `teardown` then `release` (clean, may be reused) or `discard` (any
/// state, never reused). What it hands out (its lease) is its own type.
pub(crate) trait Strategy<DB: sqlx::Database>: Send + Sync {
    fn open(&self) -> BoxFuture<'_, Result<Session<DB>, Error>>;
    /// Undoes what the test did, on its own connection.
    fn teardown<'a>(&'a self, db: &'a mut Session<DB>) -> BoxFuture<'a, Result<(), sqlx::Error>>;
    fn release(&self, db: Session<DB>);
    fn discard(&self, db: Session<DB>);
    /// Leaves the test's data in place for inspection and says how to reach
    /// it; gives the handle back when the strategy cannot keep anything (tx).
    fn keep(&self, db: Session<DB>) -> Result<String, Box<Session<DB>>>;
    /// Before the process exits: finish background work, drop spare copies.
    fn shut_down(&self) -> BoxFuture<'_, ()> {
        Box::pin(async {})
    }
}

/// The strategy for `isolation` over `template`, shared by the binary's tests.
pub(crate) async fn build(
    isolation: Isolation,
    template: Arc<Template>,
    run: impl AsyncFnOnce() -> Result<Arc<Run>, Error>,
    max_connections: u32,
    lease_ahead: Option<LeaseAhead>,
) -> Result<Arc<dyn Strategy<sqlx::Postgres>>, Error> {
    Ok(match isolation {
        Isolation::Tx => {
            Arc::new(tx::Transaction::new(template, max_connections, lease_ahead).await?)
        }
        Isolation::Truncate => {
            Arc::new(truncate::Truncate::new(template, run().await?, max_connections).await?)
        }
        Isolation::Schema => Arc::new(schema::Schemas::new(template, run().await?).await?),
        Isolation::Fresh => {
            Arc::new(fresh::Fresh::new(template, run().await?, max_connections).await?)
        }
    })
}

pub(crate) use tx::{first_lease, LeaseAhead};

/// The tx strategy on the lease a process opened first, with no lookup of
/// the template (see [`first_lease`]); `None` when that lease does not
/// prove its copy, or is not there.
pub(crate) async fn tx_over_lease(
    server: Arc<crate::server::Server>,
    ahead: LeaseAhead,
    max_connections: u32,
) -> Option<Arc<dyn Strategy<sqlx::Postgres>>> {
    let tx = tx::Transaction::over_lease(server, ahead, max_connections).await?;
    Some(Arc::new(tx))
}

/// Clean-up that runs after a test has reported (dropping its database or
/// schema), so the test does not wait for it; finished before the process exits.
#[derive(Default)]
pub(crate) struct Background(Mutex<Vec<JoinHandle<()>>>);

impl Background {
    pub(crate) fn spawn(&self, work: impl Future<Output = ()> + Send + 'static) {
        let mut running = self.0.lock().unwrap_or_else(|e| e.into_inner());
        running.retain(|task| !task.is_finished());
        running.push(tokio::spawn(work));
    }

    pub(crate) async fn finish(&self) {
        let running = std::mem::take(&mut *self.0.lock().unwrap_or_else(|e| e.into_inner()));
        for task in running {
            let _ = task.await;
        }
    }
}

/// `psql` command for a kept database, without the password.
fn psql_command(options: &PgConnectOptions, database: &str, schema: Option<&str>) -> String {
    let search_path = schema
        .map(|s| format!("PGOPTIONS='-c search_path={s}' "))
        .unwrap_or_default();
    format!(
        "{search_path}psql 'postgres://{}@{}:{}/{database}'",
        options.get_username(),
        options.get_host(),
        options.get_port()
    )
}
