//! [`Db`]: the handle a test gets to its isolated database.

use std::future::Future;
use std::pin::pin;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};
use std::thread::{self, Thread};

use sqlx::pool::PoolConnection;
use sqlx::postgres::PgConnectOptions;
use sqlx::{PgConnection, PgPool};

use crate::isolation::Lease;
use crate::pool::LEASE_ACQUIRE_TIMEOUT;

/// The test's database. In `db = "tx"` everything done through it, by
/// [`Db::conn`] or by code holding [`Db::pool`], is one transaction that is
/// rolled back when the test ends; in the other strategies it is a database
/// or schema of the test's own.
pub struct Db {
    pool: PgPool,
    /// The connection while `conn()` has it checked out.
    held: Option<PoolConnection<sqlx::Postgres>>,
    database: Arc<str>,
    test: &'static str,
    /// What the strategy needs back at the end of the test.
    pub(crate) lease: Lease,
    /// Cleared by a teardown that cleaned up without the test's connection:
    /// the lease is then closed instead of reused.
    pub(crate) reusable: bool,
}

impl Db {
    pub(crate) fn new(
        pool: PgPool,
        database: impl Into<Arc<str>>,
        test: &'static str,
        lease: Lease,
    ) -> Db {
        Db {
            pool,
            held: None,
            database: database.into(),
            test,
            lease,
            reusable: true,
        }
    }

    /// Starts with `conn` checked out, as `conn()` would: saves the test a
    /// round trip through the pool when the strategy already holds it.
    pub(crate) fn holding(mut self, conn: PoolConnection<sqlx::Postgres>) -> Db {
        self.held = Some(conn);
        self
    }

    /// The test's connection, for queries written in the test itself.
    ///
    /// In db = "tx" it stays checked out of [`Db::pool`] until you call
    /// `db.pool()` again or the test ends: call `db.pool()` after your last
    /// `db.conn()` when code that holds the pool (a spawned server, say) runs next.
    pub fn conn(&mut self) -> &mut PgConnection {
        if self.held.is_none() {
            // `try_acquire` skips the ping before checkout, so only the tx
            // lease, whose one connection itest opened itself, may use it.
            let without_ping = match self.lease {
                Lease::Tx(_) => self.pool.try_acquire(),
                _ => None,
            };
            let conn = match without_ping {
                Some(conn) => conn,
                // Usually a connection on its way back from the code under
                // test; waiting here is safe because this thread runs only
                // the test, and the way back runs on the shared runtime.
                None => block_here(self.pool.acquire()).unwrap_or_else(|e| self.no_connection(e)),
            };
            self.held = Some(conn);
        }
        self.held.as_deref_mut().expect("checked out above")
    }

    /// A pool for code under test (an axum app's state, a repository).
    /// In db = "tx" its one connection is the test's transaction, so it sees
    /// what `conn()` wrote and the other way round.
    pub fn pool(&mut self) -> PgPool {
        self.held = None;
        self.pool.clone()
    }

    /// Options for a new connection to the test's database, outside the
    /// test's pool: in db = "tx" it sees only committed data, as other
    /// sessions do. For asserting that nothing leaks.
    pub fn connect_options(&self) -> PgConnectOptions {
        PgConnectOptions::clone(&self.pool.connect_options())
    }

    /// The name of the test's database on the server.
    pub fn database_name(&self) -> &str {
        &self.database
    }

    /// The application name of the test's sessions, to end them on timeout.
    pub(crate) fn session_tag(&self) -> String {
        crate::pool::tag_of(&self.pool)
    }

    pub(crate) fn test(&self) -> &'static str {
        self.test
    }

    /// The test's connection for the strategy's teardown: the held one, or a new checkout.
    pub(crate) async fn teardown_connection(&mut self) -> Result<&mut PgConnection, sqlx::Error> {
        if !matches!(self.lease, Lease::Tx(_)) {
            // The held one may have been opened by code under test on a
            // runtime that has stopped since: check out anew, with a ping.
            self.held = None;
        }
        if self.held.is_none() {
            self.held = Some(self.pool.acquire().await?);
        }
        Ok(self.held.as_deref_mut().expect("checked out above"))
    }

    /// Splits the handle for the strategy once the test is over.
    pub(crate) fn into_parts(self) -> (PgPool, Lease) {
        drop(self.held);
        (self.pool, self.lease)
    }

    fn no_connection(&self, error: sqlx::Error) -> ! {
        if matches!(self.lease, Lease::Tx(_)) {
            panic!(
                "itest: test `{}` could not get its connection within {LEASE_ACQUIRE_TIMEOUT:?} \
                 ({error}): it is held by another checkout of `db.pool()` (a PoolConnection, \
                 Transaction or stream that is still alive). In db = \"tx\" a test runs on exactly \
                 one connection, inside its transaction, so it cannot hold two at once: drop the \
                 other checkout first, or use db = \"fresh\" for code that needs several \
                 connections at the same time.",
                self.test
            )
        }
        panic!(
            "itest: test `{}` could not get a connection to `{}` ({error}): the code under test \
             holds every connection of `db.pool()`",
            self.test, self.database
        )
    }
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Db")
            .field("database", &self.database)
            .field("test", &self.test)
            .finish_non_exhaustive()
    }
}

/// Waits for `future` on the current thread, which must not be a runtime
/// worker. Used where the API is synchronous but the work is not.
fn block_here<F: Future>(future: F) -> F::Output {
    struct Unpark(Thread);
    impl Wake for Unpark {
        fn wake(self: Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = Waker::from(Arc::new(Unpark(thread::current())));
    let mut cx = Context::from_waker(&waker);
    let mut future = pin!(future);
    loop {
        if let Poll::Ready(output) = future.as_mut().poll(&mut cx) {
            return output;
        }
        thread::park();
    }
}
