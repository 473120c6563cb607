//! [`Conn`]: the test's connection, checked out for as long as the guard lives.
//!
//! In db = "tx" the test and the code under test share one session, so a
//! checkout held between two statements of the test would starve the app
//! the test calls next (arrange with `db.conn()`, call the HTTP API, verify
//! with `db.conn()`). The guard hands the session back when it is dropped,
//! which for `query.execute(db.conn())` is the end of the statement.

use std::fmt;
use std::future::{poll_fn, Future};
use std::ops::{Deref, DerefMut};
use std::pin::Pin;

use futures_core::Stream;
use sqlx::{Acquire, Executor, Transaction};
use sqlx_core::ext::async_stream::TryAsyncStream;
use sqlx_core::sql_str::SqlStr;
use sqlx_core::Either;

use super::Db;
use crate::backend::Backend;

type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;
type BoxStream<'a, T> = Pin<Box<dyn Stream<Item = T> + Send + 'a>>;

/// The test's connection, from [`Db::conn`]. It derefs to the driver's
/// connection (`PgConnection`, `MySqlConnection`, `SqliteConnection`) and is an
/// [`Executor`], so `query.execute(db.conn())` works as it does with
/// `&mut PgConnection`; a function that takes `&mut PgConnection` is called
/// with `&mut db.conn()`.
///
/// In db = "tx" the connection goes back to [`Db::pool`] when the guard is
/// dropped, so code under test that holds the pool can run between two
/// statements of the test. Keep a guard alive across such a call (`let conn =
/// db.conn();` and then the HTTP request) and the app waits for it in vain.
pub struct Conn<'a, DB: Backend = sqlx::Postgres> {
    /// Always `Some`, until `begin` takes it.
    db: Option<&'a mut Db<DB>>,
}

impl<'a, DB: Backend> Conn<'a, DB> {
    pub(super) fn new(db: &'a mut Db<DB>) -> Conn<'a, DB> {
        debug_assert!(db.session.held.is_some(), "a guard always has its checkout");
        Conn { db: Some(db) }
    }

    /// Begins a transaction (a savepoint, in db = "tx"), as
    /// [`sqlx::Connection::begin`] does. In db = "tx" the transaction owns the
    /// test's session until it is committed, rolled back or dropped, and then
    /// hands it back to [`Db::pool`]; in the other strategies it runs on the
    /// test's own connection.
    pub async fn begin(self) -> Result<Transaction<'a, DB>, sqlx::Error> {
        let mut this = self;
        let db = this.db.take().expect("taken only here");
        if db.hands_back_checkouts() {
            let conn = db
                .session
                .held
                .take()
                .expect("a guard always has its checkout");
            Transaction::begin(conn, None).await
        } else {
            let conn = db
                .session
                .held
                .as_deref_mut()
                .expect("a guard always has its checkout");
            Transaction::begin(conn, None).await
        }
    }

    fn held(&self) -> &DB::Connection {
        let db = self.db.as_deref().expect("taken only by `begin`");
        db.session
            .held
            .as_deref()
            .expect("a guard always has its checkout")
    }

    fn held_mut(&mut self) -> &mut DB::Connection {
        let db = self.db.as_deref_mut().expect("taken only by `begin`");
        db.session
            .held
            .as_deref_mut()
            .expect("a guard always has its checkout")
    }
}

impl<DB: Backend> Deref for Conn<'_, DB> {
    type Target = DB::Connection;

    fn deref(&self) -> &DB::Connection {
        self.held()
    }
}

impl<DB: Backend> DerefMut for Conn<'_, DB> {
    fn deref_mut(&mut self) -> &mut DB::Connection {
        self.held_mut()
    }
}

impl<DB: Backend> Drop for Conn<'_, DB> {
    fn drop(&mut self) {
        if let Some(db) = self.db.take() {
            db.hand_back();
        }
    }
}

impl<DB: Backend> fmt::Debug for Conn<'_, DB> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Conn")
            .field("database", &self.db.as_deref().map(Db::<DB>::database_name))
            .finish_non_exhaustive()
    }
}

/// `query.execute(db.conn())`: the guard lives until the query is done.
impl<'c, DB: Backend> Executor<'c> for Conn<'c, DB>
where
    for<'x> &'x mut DB::Connection: Executor<'x, Database = DB>,
{
    type Database = DB;

    fn fetch_many<'e, 'q: 'e, E>(
        self,
        query: E,
    ) -> BoxStream<'e, Result<Either<DB::QueryResult, DB::Row>, sqlx::Error>>
    where
        'c: 'e,
        E: 'q + sqlx::Execute<'q, DB>,
    {
        let mut conn = self;
        Box::pin(TryAsyncStream::new(move |yielder| async move {
            let mut rows = (&mut *conn).fetch_many(query);
            while let Some(row) = poll_fn(|cx| rows.as_mut().poll_next(cx)).await {
                yielder.r#yield(row?).await;
            }
            Ok(())
        }))
    }

    fn fetch_optional<'e, 'q: 'e, E>(
        self,
        query: E,
    ) -> BoxFuture<'e, Result<Option<DB::Row>, sqlx::Error>>
    where
        'c: 'e,
        E: 'q + sqlx::Execute<'q, DB>,
    {
        let mut conn = self;
        Box::pin(async move { (&mut *conn).fetch_optional(query).await })
    }

    fn prepare_with<'e>(
        self,
        sql: SqlStr,
        parameters: &'e [DB::TypeInfo],
    ) -> BoxFuture<'e, Result<DB::Statement, sqlx::Error>>
    where
        'c: 'e,
    {
        let mut conn = self;
        Box::pin(async move { (&mut *conn).prepare_with(sql, parameters).await })
    }

    fn describe<'e>(
        self,
        sql: SqlStr,
    ) -> BoxFuture<'e, Result<sqlx_core::describe::Describe<DB>, sqlx::Error>>
    where
        'c: 'e,
    {
        let mut conn = self;
        Box::pin(async move { (&mut *conn).describe(sql).await })
    }
}

/// `let mut conn = db.conn();` and then `query.execute(&mut conn)`.
impl<'c, DB: Backend> Executor<'c> for &'c mut Conn<'_, DB>
where
    for<'x> &'x mut DB::Connection: Executor<'x, Database = DB>,
{
    type Database = DB;

    fn fetch_many<'e, 'q: 'e, E>(
        self,
        query: E,
    ) -> BoxStream<'e, Result<Either<DB::QueryResult, DB::Row>, sqlx::Error>>
    where
        'c: 'e,
        E: 'q + sqlx::Execute<'q, DB>,
    {
        (&mut **self).fetch_many(query)
    }

    fn fetch_optional<'e, 'q: 'e, E>(
        self,
        query: E,
    ) -> BoxFuture<'e, Result<Option<DB::Row>, sqlx::Error>>
    where
        'c: 'e,
        E: 'q + sqlx::Execute<'q, DB>,
    {
        (&mut **self).fetch_optional(query)
    }

    fn prepare_with<'e>(
        self,
        sql: SqlStr,
        parameters: &'e [DB::TypeInfo],
    ) -> BoxFuture<'e, Result<DB::Statement, sqlx::Error>>
    where
        'c: 'e,
    {
        (&mut **self).prepare_with(sql, parameters)
    }

    fn describe<'e>(
        self,
        sql: SqlStr,
    ) -> BoxFuture<'e, Result<sqlx_core::describe::Describe<DB>, sqlx::Error>>
    where
        'c: 'e,
    {
        (&mut **self).describe(sql)
    }
}

/// For code that takes `impl Acquire<'_, Database = Postgres>`.
impl<'c, DB: Backend> Acquire<'c> for Conn<'c, DB>
where
    for<'x> &'x mut DB::Connection: Executor<'x, Database = DB>,
{
    type Database = DB;
    type Connection = Conn<'c, DB>;

    fn acquire(self) -> BoxFuture<'c, Result<Conn<'c, DB>, sqlx::Error>> {
        Box::pin(std::future::ready(Ok(self)))
    }

    fn begin(self) -> BoxFuture<'c, Result<Transaction<'c, DB>, sqlx::Error>> {
        Box::pin(Conn::begin(self))
    }
}
