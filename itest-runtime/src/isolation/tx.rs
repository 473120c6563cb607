//! `db = "tx"`: the test runs inside a transaction that is always rolled back.
//!
//! The transaction is begun through sqlx's own transaction manager, so sqlx
//! knows the connection is one level deep: code under test that calls
//! `begin()` (on the connection or on the pool) gets a savepoint, and its
//! `commit()` releases that savepoint instead of committing for real.
//! All tx tests share one copy of the template, `<template>_tx`: nothing
//! they do is ever committed there.

use std::sync::Arc;
use std::time::Instant;

use sqlx::postgres::PgConnectOptions;

use super::{BoxFuture, Isolation, LeaseAhead, PgSession as Session, SessionEnder, Strategy};
use crate::backend::{Postgres, ServerSql};
use crate::database::Template;
use crate::mark::{is_mark, shared_copy_what};
use crate::pool::{close_later, open_lease, Lease, LeaseSet};
use crate::server::{is_unavailable, Server, BUSY_WAIT};
use crate::Error;

pub(crate) struct Transaction {
    database: String,
    leases: LeaseSet,
    server: Arc<Server>,
}

impl Transaction {
    pub(crate) async fn new(
        template: Arc<Template>,
        max_connections: u32,
        ahead: Option<LeaseAhead>,
    ) -> Result<Self, Error> {
        let name = template.copy_name("tx");
        let leases = LeaseSet::new(template.server.options_for(&name), max_connections);
        let server = Arc::clone(&template.server);
        // Opened while the server and the template were found (`ahead`),
        // the first lease has read the copy's mark itself: proven itest's,
        // it is used with no lookup of the admin session's.
        let ahead = match ahead {
            Some(task) => task.await.ok().flatten(),
            None => None,
        };
        let what = shared_copy_what("tx", &template.name).expect("tx is a shared copy");
        if let Some((lease, comment)) = ahead {
            if is_mark(&name, comment.as_deref(), &what) {
                leases.adopt(lease);
                return Ok(Transaction {
                    database: name,
                    leases,
                    server,
                });
            }
            // Not proven: the lookup below decides, on the admin session.
            close_later(lease.pool);
        }
        // Else the first test's connection opens while the tx copy is looked
        // up (its name is known before): a session costs the server a
        // process, the longest step of a process's set-up. Opening it writes
        // nothing; it is used only once the copy is proven itest's, and
        // dropped if not.
        let (database, _) = tokio::join!(
            template.shared_copy("tx", "tx copy", false),
            leases.open_one()
        );
        let database = database?;
        debug_assert_eq!(database, name);
        Ok(Transaction {
            database,
            leases,
            server,
        })
    }
}

/// A lease to the tx copy of `options`' database, opened ahead of its
/// [`Transaction`] (while the process finds its server and template), with
/// the copy's comment as the lease's own session reads it. Its connection
/// stays checked out, for the first test's `BEGIN`.
pub(crate) async fn open_lease_ahead(options: PgConnectOptions) -> Option<(Lease, Option<String>)> {
    let mut lease = open_lease(options).await.ok()?;
    let mut conn = lease.pool.acquire().await.ok()?;
    let comment = Postgres::own_database_comment(&mut conn).await.ok()?;
    lease.held = Some(conn);
    Some((lease, comment))
}

impl Transaction {
    /// Returns once the server accepts connections to the tx database again
    /// (it may be restarting), or fails after the connect limit.
    async fn wait_for_server(&self) -> Result<(), sqlx::Error> {
        let options = self.server.options_for(&self.database);
        let conn = self.server.connect_patiently(&options).await?;
        let _ = sqlx::Connection::close(conn).await;
        Ok(())
    }
}

/// Rolls back the test's transaction, and the savepoints the code under
/// test left open (so that sqlx's own depth count ends at zero, ready for
/// the next test), without waiting for the server's answer: the statements
/// are written to the session at once (the server runs them as they come),
/// and the next test's `BEGIN` on this connection reads their answers in
/// its own round trip. A failed rollback shows there, as a `BEGIN` that
/// fails, and that lease is replaced. When the statements cannot all be
/// written at once (a server not reading), it waits for them as before.
async fn send_rollback(conn: &mut sqlx::PgConnection) -> Result<(), sqlx::Error> {
    use sqlx::Connection;
    use sqlx_core::transaction::TransactionManager;
    use std::future::Future;
    use std::task::{Context, Poll, Waker};
    type Manager = <sqlx::Postgres as sqlx::Database>::TransactionManager;

    while Manager::get_transaction_depth(conn) > 0 {
        Manager::start_rollback(conn);
    }
    // `flush` writes what is queued, then waits for the answers: one poll
    // does the writing. (`flush` and `should_flush` are sqlx's own, hidden.)
    let sent = {
        let mut flush = std::pin::pin!(conn.flush());
        flush.as_mut().poll(&mut Context::from_waker(Waker::noop()))
    };
    match sent {
        Poll::Ready(result) => result,
        Poll::Pending if !conn.should_flush() => Ok(()),
        Poll::Pending => conn.flush().await,
    }
}

impl Strategy<sqlx::Postgres> for Transaction {
    fn open(&self) -> BoxFuture<'_, Result<Session, Error>> {
        Box::pin(async move {
            let error = |e: sqlx::Error| Error::Setup {
                database: self.database.clone(),
                reason: e.to_string(),
            };
            let started = Instant::now();
            let mut lease = loop {
                match self.leases.acquire().await {
                    Ok(lease) => break lease,
                    // A new lease while the server restarts, or while its
                    // connections are all taken: wait for it, as long as
                    // the test's own time limit lets the test wait.
                    Err(e) if is_unavailable(&e) && started.elapsed() < BUSY_WAIT => {
                        self.wait_for_server().await.map_err(error)?;
                    }
                    Err(e) => return Err(error(e)),
                }
            };
            let begin = async |lease: &mut crate::pool::Lease| {
                // The connection the last test on this lease gave back, still
                // checked out: no round trip through the pool.
                let mut conn = match lease.held.take() {
                    Some(conn) => conn,
                    None => lease.pool.acquire().await?,
                };
                Postgres::begin_test_transaction(&mut conn).await?;
                Ok::<_, sqlx::Error>(conn)
            };
            let mut begun = begin(&mut lease).await;
            if begun.is_err() {
                // An idle lease whose session a restart or a terminated
                // backend ended meanwhile: replace it, once, with a new one.
                // A second failure is the server's answer, and is reported.
                close_later(lease.pool.clone());
                self.wait_for_server().await.map_err(error)?;
                lease = self.leases.replace(lease).await.map_err(error)?;
                begun = begin(&mut lease).await;
            }
            match begun {
                // Handed over checked out: the test's first `conn()` needs no round trip.
                Ok(conn) => {
                    let pool = lease.pool.clone();
                    let ender = SessionEnder::of_pg(&pool);
                    let session =
                        Session::new(pool, self.database.as_str(), Isolation::Tx, lease, ender);
                    Ok(session.holding(conn))
                }
                Err(e) => {
                    close_later(lease.pool.clone());
                    Err(error(e))
                }
            }
        })
    }

    fn teardown<'a>(&'a self, db: &'a mut Session) -> BoxFuture<'a, Result<(), sqlx::Error>> {
        Box::pin(async move {
            let rolled_back = match db.teardown_connection().await {
                Ok(conn) => send_rollback(conn).await,
                Err(e) => Err(e),
            };
            match rolled_back {
                Ok(()) => Ok(()),
                // The connection is gone: code under test returned it from a
                // runtime that stopped before the return ran (actix-web
                // stopped right after the last request), or the session was
                // ended. The rollback must happen all the same: ending the
                // session, wherever it is, rolls its transaction back.
                Err(_) => {
                    db.reusable = false;
                    let mut admin = self
                        .server
                        .admin()
                        .await
                        .map_err(|e| sqlx::Error::Configuration(e.to_string().into()))?;
                    Postgres::terminate_sessions(&mut admin, &crate::pool::tag_of(&db.pool))
                        .await
                        .map(drop)
                }
            }
        })
    }

    fn release(&self, db: Session) {
        // The teardown rolled back on the held connection: it stays
        // checked out in the lease, clean, for the next test.
        if let (_, held, Some(lease)) = db.into_parts_holding::<crate::pool::Lease>() {
            self.leases.release(lease, held);
        }
    }

    fn discard(&self, db: Session) {
        close_later(db.into_parts::<()>().0);
    }

    fn keep(&self, db: Session) -> Result<String, Box<Session>> {
        Err(Box::new(db))
    }
}
