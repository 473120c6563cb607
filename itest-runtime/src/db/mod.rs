//! [`Db`]: the handle a test gets to its isolated database.

use std::future::Future;
use std::pin::pin;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};
use std::thread::{self, Thread};

use sqlx::pool::PoolConnection;
use sqlx::postgres::PgConnectOptions;
use sqlx::{PgConnection, PgPool};

use crate::pool::{Lease, LEASE_ACQUIRE_TIMEOUT};

/// The test's database. In `db = "tx"` everything done through it, by
/// [`Db::conn`] or by code holding [`Db::pool`], is one transaction that is
/// rolled back when the test ends.
pub struct Db {
    lease: Lease,
    /// The connection while `conn()` has it checked out.
    held: Option<PoolConnection<sqlx::Postgres>>,
    database: Arc<str>,
    test: &'static str,
}

impl Db {
    pub(crate) fn new(lease: Lease, database: Arc<str>, test: &'static str) -> Db {
        Db {
            lease,
            held: None,
            database,
            test,
        }
    }

    /// The test's connection, for queries written in the test itself.
    ///
    /// It stays checked out of [`Db::pool`] until you call `db.pool()` again
    /// or the test ends: call `db.pool()` after your last `db.conn()` when
    /// code that holds the pool (a spawned server, say) runs next.
    pub fn conn(&mut self) -> &mut PgConnection {
        if self.held.is_none() {
            let conn = match self.lease.pool.try_acquire() {
                Some(conn) => conn,
                // Usually a connection on its way back from the code under
                // test; waiting here is safe because this thread runs only
                // the test, and the way back runs on the shared runtime.
                None => block_here(self.lease.pool.acquire()).unwrap_or_else(|e| {
                    panic!(
                        "itest: test `{}` could not get its connection within {:?} ({e}): it is \
                         held by another checkout of `db.pool()` (a PoolConnection, Transaction or \
                         stream that is still alive). In db = \"tx\" a test runs on exactly one \
                         connection, inside its transaction, so it cannot hold two at once: drop \
                         the other checkout first, or use db = \"fresh\" for code that needs \
                         several connections at the same time.",
                        self.test, LEASE_ACQUIRE_TIMEOUT
                    )
                }),
            };
            self.lease.held_by_db.store(true, Ordering::Relaxed);
            self.held = Some(conn);
        }
        self.held.as_deref_mut().expect("checked out above")
    }

    /// A pool for code under test (an axum app's state, a repository).
    /// In db = "tx" its one connection is the test's transaction, so it sees
    /// what `conn()` wrote and the other way round.
    pub fn pool(&mut self) -> PgPool {
        self.give_back();
        self.lease.pool.clone()
    }

    /// Options for a new connection to the test's database, outside the
    /// test's isolation: it sees what other sessions see (in db = "tx",
    /// committed data only). For asserting that nothing leaks.
    pub fn connect_options(&self) -> PgConnectOptions {
        PgConnectOptions::clone(&self.lease.pool.connect_options())
    }

    /// The name of the test's database on the server.
    pub fn database_name(&self) -> &str {
        &self.database
    }

    fn give_back(&mut self) {
        if self.held.take().is_some() {
            self.lease.held_by_db.store(false, Ordering::Relaxed);
        }
    }

    /// Ends the test's use: the connection (for teardown) and the lease.
    pub(crate) async fn into_parts(
        mut self,
    ) -> (Result<PoolConnection<sqlx::Postgres>, sqlx::Error>, Lease) {
        let conn = match self.held.take() {
            Some(conn) => Ok(conn),
            None => self.lease.pool.acquire().await,
        };
        (conn, self.lease)
    }
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Db")
            .field("database", &self.database)
            .field("session", &self.lease.session_id)
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
