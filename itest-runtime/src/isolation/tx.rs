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

use tokio::task::JoinHandle;

use super::{BoxFuture, Isolation, PgSession as Session, SessionEnder, Strategy};
use crate::backend::{Postgres, ServerSql};
use crate::database::{copy_name, Migrations, Template};
use crate::mark::{is_mark, shared_copy_what};
use crate::pool::{close_later, close_lease_later, open_lease, Lease, LeaseSet};
use crate::server::BUSY_WAIT;
use crate::server::{is_unavailable, read_limits_with, Alongside, Limits, Server, SessionOptions};
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
            Some(ahead) => ahead.task.await.ok().flatten(),
            None => None,
        };
        if let Some(first) = ahead {
            if first.proves(&name, &template.name) {
                leases.adopt(first.lease);
                return Ok(Transaction {
                    database: name,
                    leases,
                    server,
                });
            }
            // Not proven: the lookup below decides, on the admin session.
            close_lease_later(first.lease);
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

    /// The strategy over a template that a process of this run looked up
    /// lately (see [`first_lease`]), with no lookup of its own: `ahead`'s
    /// session, the process's first, read the tx copy's mark itself.
    /// `None` when it did not connect or the mark does not prove the copy
    /// itest's: the caller then looks the template up as a first process does.
    pub(crate) async fn over_lease(
        server: Arc<Server>,
        ahead: LeaseAhead,
        max_connections: u32,
    ) -> Option<Self> {
        let first = ahead.task.await.ok().flatten()?;
        let name = copy_name(&first.template, "tx");
        if !first.proves(&name, &first.template) {
            close_lease_later(first.lease);
            return None;
        }
        let leases = LeaseSet::new(server.options_for(&name), max_connections);
        leases.adopt(first.lease);
        Some(Transaction {
            database: name,
            leases,
            server,
        })
    }
}

/// A tx lease to the tx copy of a template, opened ahead of its
/// [`Transaction`] (while the process finds its server, and its template
/// unless a process of the run looked it up lately), with the copy's
/// comment as the lease's own session read it.
pub(crate) struct LeaseAhead {
    task: JoinHandle<Option<FirstLease>>,
    /// Opened in the stead of the template's lookup (and, with a URL, of
    /// the server's probe): [`Transaction::over_lease`] takes it.
    pub(crate) instead: bool,
}

impl LeaseAhead {
    /// Ends the lease, once opened, with a goodbye.
    pub(crate) async fn close(self) {
        if let Ok(first) = self.task.await {
            crate::server::Closable::close(first).await;
        }
    }

    pub(crate) fn new(task: Alongside<JoinHandle<Option<FirstLease>>>) -> LeaseAhead {
        let instead = matches!(task, Alongside::Instead(_));
        LeaseAhead {
            task: task.into_inner(),
            instead,
        }
    }
}

/// What [`first_lease`] opened.
pub(crate) struct FirstLease {
    lease: Lease,
    /// The tx copy's comment, read on the lease's session.
    comment: Option<String>,
    template: String,
}

impl crate::server::Closable for Option<FirstLease> {
    fn close(self) -> super::BoxFuture<'static, ()> {
        Box::pin(async move {
            if let Some(first) = self {
                first.lease.close().await;
            }
        })
    }
}

impl FirstLease {
    /// Whether the comment is itest's mark for `name`, the tx copy of `template`.
    fn proves(&self, name: &str, template: &str) -> bool {
        let what = shared_copy_what("tx", template).expect("tx is a shared copy");
        is_mark(name, self.comment.as_deref(), &what)
    }
}

/// The tx strategy's first lease, opened as the process finds its server
/// (see [`Server::connect_alongside`]): to the tx copy of the template of
/// `migrations`, whose name is known before the server is reached. Beside
/// the server's probe in a run's first process; in a later one, when a
/// process of the run looked the template up lately, instead of it: then
/// that one session is all the process opens (under nextest, a process per
/// test), it reads the server's limits with the copy's mark, and no lookup
/// of the template follows.
pub(crate) fn first_lease(
    session: SessionOptions,
    migrations: &Migrations,
) -> Alongside<impl std::future::Future<Output = (Option<FirstLease>, Option<Limits>)>> {
    let template = Template::name_for(migrations, session.username()).ok();
    let lately = template
        .as_deref()
        .is_some_and(|template| session.template_used_lately(template));
    let limits_wanted = lately && session.limits_wanted();
    let first = async move {
        let Some(template) = template else {
            return (None, None);
        };
        let options = session.options_for(&copy_name(&template, "tx"));
        match open_lease_ahead(options, limits_wanted).await {
            Some((lease, comment, limits)) => (
                Some(FirstLease {
                    lease,
                    comment,
                    template,
                }),
                limits,
            ),
            None => (None, None),
        }
    };
    match lately {
        true => Alongside::Instead(first),
        false => Alongside::Beside(first),
    }
}

/// A lease to the database of `options`, with the database's comment (and
/// the server's limits, when `limits_wanted`) as its own session read them,
/// in one round trip. Its connection stays checked out, for the first
/// test's `BEGIN`.
async fn open_lease_ahead(
    options: PgConnectOptions,
    limits_wanted: bool,
) -> Option<(Lease, Option<String>, Option<Limits>)> {
    let mut lease = open_lease(options).await.ok()?;
    let mut conn = lease.pool.acquire().await.ok()?;
    let (comment, limits) = match limits_wanted {
        true => {
            let (limits, rows) = read_limits_with(&mut conn, Postgres::OWN_DATABASE_COMMENT)
                .await
                .ok()?;
            (Postgres::comment_of(rows.first()?).ok()?, Some(limits))
        }
        false => (Postgres::own_database_comment(&mut conn).await.ok()?, None),
    };
    lease.held = Some(conn);
    Some((lease, comment, limits))
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

    fn shut_down(&self) -> BoxFuture<'_, ()> {
        Box::pin(self.leases.close_idle())
    }
}
