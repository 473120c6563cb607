//! [`Db`]: the handle a test gets to its isolated database.

mod conn;

use std::future::Future;
use std::pin::pin;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};
use std::thread::{self, Thread};

use sqlx::Pool;

pub use conn::Conn;

use crate::backend::Backend;
use crate::isolation::{Isolation, Session};
use crate::pool::LEASE_ACQUIRE_TIMEOUT;

/// The test's database. In `db = "tx"` everything done through it, by
/// [`Db::conn`] or by code holding [`Db::pool`], is one transaction that is
/// rolled back when the test ends; in the other strategies it is a database
/// or schema of the test's own.
///
/// `Db` is PostgreSQL's (`Db<sqlx::Postgres>`); `Db<sqlx::MySql>` is a
/// MySQL/MariaDB test's (feature `mysql`), `Db<sqlx::Sqlite>` a SQLite
/// test's (feature `sqlite`), whose database is a file.
pub struct Db<DB: Backend = sqlx::Postgres> {
    session: Session<DB>,
    test: &'static str,
    /// Set once [`Db::pool`] has handed the pool out: from then on code
    /// under test may be waiting for the tx connection a guard returns.
    pool_shared: bool,
}

impl<DB: Backend> Db<DB> {
    pub(crate) fn new(session: Session<DB>, test: &'static str) -> Db<DB> {
        Db {
            session,
            test,
            pool_shared: false,
        }
    }

    /// The test's connection, for queries written in the test itself:
    /// `query.execute(db.conn())`, or `&mut db.conn()` where a function takes
    /// `&mut PgConnection` (`&mut MySqlConnection`, `&mut SqliteConnection`).
    ///
    /// In db = "tx" it is the one session that [`Db::pool`] hands to code
    /// under test too: the guard gives it back when dropped, so arrange with
    /// `db.conn()`, call the app, and verify with `db.conn()` just work. In
    /// the other strategies the test keeps one connection of its own from
    /// one call to the next.
    pub fn conn(&mut self) -> Conn<'_, DB> {
        if self.session.held.is_none() {
            // `try_acquire` skips the ping before checkout, so only the tx
            // lease, whose one connection itest opened itself, may use it.
            let without_ping = match self.session.is_one_transaction() {
                true => self.session.pool.try_acquire(),
                false => None,
            };
            let conn = match without_ping {
                Some(conn) => conn,
                // Usually a connection on its way back from the code under
                // test or from the last guard; waiting here is safe because
                // this thread runs only the test, and the way back runs on
                // the shared runtime.
                None => block_here(self.session.pool.acquire())
                    .unwrap_or_else(|e| self.no_connection(e)),
            };
            self.session.held = Some(conn);
        }
        Conn::new(self)
    }

    /// Whether a dropped [`Conn`] hands its connection back to the pool:
    /// in db = "tx" only, where the pool has that one connection, and only
    /// once the pool has been handed out (until then nobody else can want
    /// it, and keeping it saves the round trip sqlx makes on each return).
    /// And only on itest's own threads: sqlx returns a connection from a
    /// task on the current runtime, and a runtime of the code's own may stop
    /// before that task runs, losing the session.
    fn hands_back_checkouts(&self) -> bool {
        self.session.is_one_transaction() && self.pool_shared && crate::pool::on_itests_thread()
    }

    /// A dropped guard's checkout goes back to the pool, or stays for the next one.
    fn hand_back(&mut self) {
        if self.hands_back_checkouts() {
            self.session.held = None;
        }
    }

    /// A pool for code under test (an axum app's state, a repository).
    /// In db = "tx" its one connection is the test's transaction, so it sees
    /// what `conn()` wrote and the other way round; the two take turns, so
    /// drop a [`Conn`] before the code under test runs (a guard used within
    /// one statement, as in `query.execute(db.conn())`, drops itself).
    pub fn pool(&mut self) -> Pool<DB> {
        self.session.held = None;
        self.pool_shared = true;
        self.session.pool.clone()
    }

    /// Options for a new connection to the test's database, outside the
    /// test's pool: in db = "tx" it sees only committed data, as other
    /// sessions do. For asserting that nothing leaks.
    pub fn connect_options(&self) -> <DB::Connection as sqlx::Connection>::Options {
        self.session.connect_options()
    }

    /// The strategy the test runs under, so that one fixture (an app
    /// started with `db.pool()`, say) can serve tests of every strategy.
    pub fn isolation(&self) -> Isolation {
        self.session.isolation()
    }

    /// The name of the test's database on the server.
    pub fn database_name(&self) -> &str {
        self.session.database_name()
    }

    pub(crate) fn test(&self) -> &'static str {
        self.test
    }

    pub(crate) fn into_session(self) -> Session<DB> {
        self.session
    }

    fn no_connection(&self, error: sqlx::Error) -> ! {
        if self.session.is_one_transaction() {
            panic!(
                "itest: test `{}` could not get its connection within {LEASE_ACQUIRE_TIMEOUT:?} \
                 ({error}): it is held by another checkout of `db.pool()` (a PoolConnection, \
                 Transaction or stream that is still alive, or a `db.conn()` kept in a \
                 variable). In db = \"tx\" a test runs on exactly one connection, inside its \
                 transaction, so it cannot hold two at once: drop the other checkout first, or \
                 use db = \"fresh\" for code that needs several connections at the same time.",
                self.test
            )
        }
        panic!(
            "itest: test `{}` could not get a connection to `{}` ({error}): the code under test \
             holds every connection of `db.pool()`",
            self.test,
            self.database_name()
        )
    }
}

impl<DB: Backend> std::fmt::Debug for Db<DB> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Db")
            .field("database", &self.database_name())
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
