//! [`Session`]: what a strategy hands out for one test and takes back at its
//! end. The public `Db` wraps it; strategies never see `Db`.

use std::any::Any;
use std::sync::Arc;

use sqlx::pool::PoolConnection;
use sqlx::{Database, Pool};

use super::Isolation;

pub(crate) struct Session<DB: Database> {
    pub(crate) pool: Pool<DB>,
    /// The connection while the test has it checked out (and, outside
    /// db = "tx", between its uses, so the test keeps one session).
    pub(crate) held: Option<PoolConnection<DB>>,
    database: Arc<str>,
    isolation: Isolation,
    /// What the strategy needs back at the end of the test: its own type,
    /// which only it looks into.
    lease: Box<dyn Any + Send>,
    /// How to end the test's sessions from outside when it times out.
    pub(crate) ender: SessionEnder,
    /// Cleared by a teardown that cleaned up without the test's connection:
    /// the lease is then closed instead of reused.
    pub(crate) reusable: bool,
}

/// How the waiting thread finds the sessions of a timed-out test on the server.
#[derive(Debug, Clone)]
pub(crate) enum SessionEnder {
    /// PostgreSQL: every session with this application name.
    ApplicationName(String),
    /// MySQL: every session on this database, which is the test's alone
    /// (a leased worker, or a fresh copy).
    #[cfg(feature = "mysql")]
    MySql { database: String },
    /// SQLite: set, every statement on the test's connections stops.
    #[cfg(feature = "sqlite")]
    Interrupt(std::sync::Arc<crate::backend::sqlite::Interrupt>),
}

impl<DB: Database> Session<DB> {
    pub(crate) fn new(
        pool: Pool<DB>,
        database: impl Into<Arc<str>>,
        isolation: Isolation,
        lease: impl Any + Send,
        ender: SessionEnder,
    ) -> Session<DB> {
        Session {
            pool,
            held: None,
            database: database.into(),
            isolation,
            lease: Box::new(lease),
            ender,
            reusable: true,
        }
    }

    /// Starts with `conn` checked out: saves the test a round trip through
    /// the pool when the strategy already holds it.
    pub(crate) fn holding(mut self, conn: PoolConnection<DB>) -> Session<DB> {
        self.held = Some(conn);
        self
    }

    /// Whether the test runs on exactly one connection, in a transaction (db = "tx").
    pub(crate) fn is_one_transaction(&self) -> bool {
        self.isolation == Isolation::Tx
    }

    /// The strategy that made this session.
    pub(crate) fn isolation(&self) -> Isolation {
        self.isolation
    }

    pub(crate) fn database_name(&self) -> &str {
        &self.database
    }

    pub(crate) fn connect_options(&self) -> <DB::Connection as sqlx::Connection>::Options {
        <DB::Connection as sqlx::Connection>::Options::clone(&self.pool.connect_options())
    }

    /// The strategy's lease, as the strategy's own type `L`.
    pub(crate) fn lease<L: 'static>(&mut self) -> Option<&mut L> {
        self.lease.downcast_mut()
    }

    /// The test's connection for the strategy's teardown: the held one, or a new checkout.
    pub(crate) async fn teardown_connection(&mut self) -> Result<&mut DB::Connection, sqlx::Error> {
        if !self.is_one_transaction() {
            // The held one may have been opened by code under test on a
            // runtime that has stopped since: check out anew, with a ping.
            self.held = None;
        }
        if self.held.is_none() {
            self.held = Some(self.pool.acquire().await?);
        }
        Ok(self.held.as_deref_mut().expect("checked out above"))
    }

    /// Splits the session once the test is over: the pool, and the lease
    /// when it is of the strategy's type `L` (always, for its own sessions).
    pub(crate) fn into_parts<L: 'static>(self) -> (Pool<DB>, Option<L>) {
        let (pool, _, lease) = self.into_parts_holding();
        (pool, lease)
    }

    /// [`Session::into_parts`], with the connection the test still has
    /// checked out, for a strategy that keeps it for the next test.
    pub(crate) fn into_parts_holding<L: 'static>(
        self,
    ) -> (Pool<DB>, Option<PoolConnection<DB>>, Option<L>) {
        let lease = self.lease.downcast().ok().map(|lease| *lease);
        (self.pool, self.held, lease)
    }
}
