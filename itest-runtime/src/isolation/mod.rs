//! Isolation strategies: how a test's changes are kept from every other test.
//! One file per strategy, behind [`Strategy`].

mod tx;

use std::future::Future;
use std::pin::Pin;

use sqlx::PgConnection;

use crate::Error;

/// The strategy a test asked for with `db = "..."`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Isolation {
    /// `db = "tx"`: one transaction per test, rolled back at the end.
    Tx,
    /// `db = "truncate"`: a worker database, emptied after the test.
    Truncate,
    /// `db = "schema"`: a fresh schema per test.
    Schema,
    /// `db = "fresh"`: a fresh database per test, cloned from a template.
    Fresh,
}

impl Isolation {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Isolation::Tx => "tx",
            Isolation::Truncate => "truncate",
            Isolation::Schema => "schema",
            Isolation::Fresh => "fresh",
        }
    }
}

pub(crate) type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// What a strategy does around a test, on the test's leased connection.
pub(crate) trait Strategy: Sync {
    /// Before the test (and its fixtures) run.
    fn setup<'a>(&'a self, conn: &'a mut PgConnection) -> BoxFuture<'a, Result<(), sqlx::Error>>;
    /// After the test, whatever its outcome. An error discards the connection.
    fn teardown<'a>(&'a self, conn: &'a mut PgConnection)
        -> BoxFuture<'a, Result<(), sqlx::Error>>;
}

pub(crate) fn strategy(isolation: Isolation) -> Result<&'static dyn Strategy, Error> {
    match isolation {
        Isolation::Tx => Ok(&tx::Transaction),
        other => Err(Error::StrategyUnavailable(other.as_str())),
    }
}
