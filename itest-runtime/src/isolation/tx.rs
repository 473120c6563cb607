//! `db = "tx"`: the test runs inside a transaction that is always rolled back.
//!
//! The transaction is begun through sqlx's own transaction manager, so sqlx
//! knows the connection is one level deep: code under test that calls
//! `begin()` (on the connection or on the pool) gets a savepoint, and its
//! `commit()` releases that savepoint instead of committing for real.

use sqlx::PgConnection;

use super::{BoxFuture, Strategy};
use crate::backend::{Backend, Postgres};

pub(crate) struct Transaction;

impl Strategy for Transaction {
    fn setup<'a>(&'a self, conn: &'a mut PgConnection) -> BoxFuture<'a, Result<(), sqlx::Error>> {
        Box::pin(Postgres::begin_test_transaction(conn))
    }

    fn teardown<'a>(
        &'a self,
        conn: &'a mut PgConnection,
    ) -> BoxFuture<'a, Result<(), sqlx::Error>> {
        Box::pin(Postgres::rollback_test_transaction(conn))
    }
}
