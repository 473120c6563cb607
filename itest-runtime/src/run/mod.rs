//! This run's identity on the server, and the clean-up of what dead runs left.
//!
//! Each process that uses per-run objects (fresh databases, schemas, truncate
//! workers) holds a session with an advisory lock named after its run id.
//! The lock lives exactly as long as the process: after a SIGKILL the server
//! ends the session and frees it. So "is the run that made this object
//! alive?" is `pg_try_advisory_lock(run key)`, with no pid files or timers.

use std::sync::Arc;

use sqlx::PgConnection;
use tokio::sync::Mutex;

use crate::backend::{Backend, Postgres, MARK};
use crate::database::{lock_key, NAME_PREFIX};
use crate::server::Server;
use crate::unique::run_id;
use crate::Error;

pub(crate) struct Run {
    server: Arc<Server>,
    /// Holds this run's lock and the worker locks; used for try-locks only.
    session: Mutex<PgConnection>,
}

/// The comment that marks a per-run object: `itest: <kind> ... run <id>`.
pub(crate) fn run_mark(kind: &str) -> String {
    format!("{MARK} {kind}, run {}", run_id())
}

fn run_of(mark: &str) -> Option<&str> {
    mark.strip_prefix(MARK)?
        .rsplit_once(", run ")
        .map(|(_, id)| id)
}

fn run_key(id: &str) -> i64 {
    lock_key(&format!("itest run {id}"))
}

impl Run {
    /// Takes this run's lock, then drops what dead runs left behind.
    pub(crate) async fn start(server: Arc<Server>) -> Result<Run, Error> {
        let mut session = server.dedicated_admin().await?;
        Postgres::lock(&mut session, run_key(run_id()))
            .await
            .map_err(|e| server.error("taking this run's lock", &e))?;
        let run = Run {
            server,
            session: Mutex::new(session),
        };
        run.drop_leftovers().await?;
        Ok(run)
    }

    /// Takes `key` for this run without waiting; `false` when a live process has it.
    pub(crate) async fn try_lock(&self, key: i64) -> Result<bool, Error> {
        let mut session = self.session.lock().await;
        Postgres::try_lock(&mut session, key)
            .await
            .map_err(|e| self.server.error("leasing a worker database", &e))
    }

    pub(crate) async fn unlock(&self, key: i64) -> Result<(), Error> {
        let mut session = self.session.lock().await;
        Postgres::unlock(&mut session, key)
            .await
            .map_err(|e| self.server.error("returning a worker database", &e))
    }

    /// Whether the run that wrote `mark` is gone (its lock is free).
    async fn is_dead(&self, mark: &str) -> Result<bool, Error> {
        let Some(id) = run_of(mark) else {
            return Ok(false);
        };
        if id == run_id() {
            return Ok(false);
        }
        let key = run_key(id);
        let dead = self.try_lock(key).await?;
        if dead {
            self.unlock(key).await?;
        }
        Ok(dead)
    }

    /// Fresh databases of runs that no longer exist (killed, or kept by
    /// ITEST_KEEP=failed for the previous run to inspect): one catalog query.
    /// Schemas are swept per schemas database, by the schema strategy.
    async fn drop_leftovers(&self) -> Result<(), Error> {
        let server = &self.server;
        let found = {
            let mut admin = server.admin().await?;
            Postgres::databases_named(&mut admin, NAME_PREFIX)
                .await
                .map_err(|e| server.error("listing test databases", &e))?
        };
        for (database, mark) in found {
            let Some(mark) = mark else { continue };
            if run_of(&mark).is_some() && self.is_dead(&mark).await? {
                let mut admin = server.admin().await?;
                Postgres::drop_database(&mut admin, &database)
                    .await
                    .map_err(|e| server.error("dropping a dead run's database", &e))?;
            }
        }
        Ok(())
    }

    /// Schemas in `database` of runs that no longer exist.
    pub(crate) async fn drop_dead_schemas(&self, database: &str) -> Result<(), Error> {
        let server = &self.server;
        let mut conn: PgConnection = sqlx::ConnectOptions::connect(&server.options_for(database))
            .await
            .map_err(|e| server.error("connecting to the schemas database", &e))?;
        let schemas = Postgres::schemas_named(&mut conn, NAME_PREFIX)
            .await
            .map_err(|e| server.error("listing test schemas", &e))?;
        for (schema, mark) in schemas {
            if let Some(mark) = mark {
                if self.is_dead(&mark).await? {
                    Postgres::drop_schema(&mut conn, &schema)
                        .await
                        .map_err(|e| server.error("dropping a dead run's schema", &e))?;
                }
            }
        }
        let _ = sqlx::Connection::close(conn).await;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_name_their_run() {
        let mark = run_mark("fresh copy of itest_ab");
        assert_eq!(run_of(&mark), Some(run_id()));
        assert_eq!(run_of("itest: template, migrated"), None);
        assert_eq!(run_of("somebody else's database, run 1"), None);
    }
}
