//! [`Session`]: what a strategy hands out for one test and takes back at its
//! end. The public `Db` wraps it; strategies never see `Db`.

use std::sync::Arc;

use sqlx::pool::PoolConnection;
use sqlx::postgres::PgConnectOptions;
use sqlx::{PgConnection, PgPool};

use super::{Isolation, Lease};

pub(crate) struct Session {
    pub(crate) pool: PgPool,
    /// The connection while the test has it checked out (and, outside
    /// db = "tx", between its uses, so the test keeps one session).
    pub(crate) held: Option<PoolConnection<sqlx::Postgres>>,
    database: Arc<str>,
    /// What the strategy needs back at the end of the test.
    pub(crate) lease: Lease,
    /// Cleared by a teardown that cleaned up without the test's connection:
    /// the lease is then closed instead of reused.
    pub(crate) reusable: bool,
}

impl Session {
    pub(crate) fn new(pool: PgPool, database: impl Into<Arc<str>>, lease: Lease) -> Session {
        Session {
            pool,
            held: None,
            database: database.into(),
            lease,
            reusable: true,
        }
    }

    /// Starts with `conn` checked out: saves the test a round trip through
    /// the pool when the strategy already holds it.
    pub(crate) fn holding(mut self, conn: PoolConnection<sqlx::Postgres>) -> Session {
        self.held = Some(conn);
        self
    }

    /// Whether the test runs on exactly one connection, in a transaction (db = "tx").
    pub(crate) fn is_one_transaction(&self) -> bool {
        matches!(self.lease, Lease::Tx(_))
    }

    /// The strategy that made this session.
    pub(crate) fn isolation(&self) -> Isolation {
        match self.lease {
            Lease::Tx(_) => Isolation::Tx,
            Lease::Worker(_) => Isolation::Truncate,
            Lease::Schema(_) => Isolation::Schema,
            Lease::Fresh => Isolation::Fresh,
        }
    }

    pub(crate) fn database_name(&self) -> &str {
        &self.database
    }

    pub(crate) fn connect_options(&self) -> PgConnectOptions {
        PgConnectOptions::clone(&self.pool.connect_options())
    }

    /// The application name of the test's sessions, to end them on timeout.
    pub(crate) fn session_tag(&self) -> String {
        crate::pool::tag_of(&self.pool)
    }

    /// The test's connection for the strategy's teardown: the held one, or a new checkout.
    pub(crate) async fn teardown_connection(&mut self) -> Result<&mut PgConnection, sqlx::Error> {
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

    /// Splits the session once the test is over.
    pub(crate) fn into_parts(self) -> (PgPool, Lease) {
        drop(self.held);
        (self.pool, self.lease)
    }
}
