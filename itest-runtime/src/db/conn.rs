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
use sqlx::postgres::{PgQueryResult, PgRow, PgStatement, PgTypeInfo};
use sqlx::{Acquire, Executor, PgConnection, Postgres, Transaction};
use sqlx_core::ext::async_stream::TryAsyncStream;
use sqlx_core::sql_str::SqlStr;
use sqlx_core::Either;

use super::Db;

type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;
type BoxStream<'a, T> = Pin<Box<dyn Stream<Item = T> + Send + 'a>>;

/// The test's connection, from [`Db::conn`]. It derefs to
/// [`PgConnection`] and is an [`Executor`], so `query.execute(db.conn())`
/// works as it does with `&mut PgConnection`; a function that takes
/// `&mut PgConnection` is called with `&mut db.conn()`.
///
/// In db = "tx" the connection goes back to [`Db::pool`] when the guard is
/// dropped, so code under test that holds the pool can run between two
/// statements of the test. Keep a guard alive across such a call (`let conn =
/// db.conn();` and then the HTTP request) and the app waits for it in vain.
pub struct Conn<'a> {
    /// Always `Some`, until `begin` takes it.
    db: Option<&'a mut Db>,
}

impl<'a> Conn<'a> {
    pub(super) fn new(db: &'a mut Db) -> Conn<'a> {
        debug_assert!(db.session.held.is_some(), "a guard always has its checkout");
        Conn { db: Some(db) }
    }

    /// Begins a transaction (a savepoint, in db = "tx"), as
    /// [`sqlx::Connection::begin`] does. In db = "tx" the transaction owns the
    /// test's session until it is committed, rolled back or dropped, and then
    /// hands it back to [`Db::pool`]; in the other strategies it runs on the
    /// test's own connection.
    pub async fn begin(self) -> Result<Transaction<'a, Postgres>, sqlx::Error> {
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

    fn held(&self) -> &PgConnection {
        let db = self.db.as_deref().expect("taken only by `begin`");
        db.session
            .held
            .as_deref()
            .expect("a guard always has its checkout")
    }

    fn held_mut(&mut self) -> &mut PgConnection {
        let db = self.db.as_deref_mut().expect("taken only by `begin`");
        db.session
            .held
            .as_deref_mut()
            .expect("a guard always has its checkout")
    }
}

impl Deref for Conn<'_> {
    type Target = PgConnection;

    fn deref(&self) -> &PgConnection {
        self.held()
    }
}

impl DerefMut for Conn<'_> {
    fn deref_mut(&mut self) -> &mut PgConnection {
        self.held_mut()
    }
}

impl Drop for Conn<'_> {
    fn drop(&mut self) {
        if let Some(db) = self.db.take() {
            db.hand_back();
        }
    }
}

impl fmt::Debug for Conn<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Conn")
            .field("database", &self.db.as_deref().map(Db::database_name))
            .finish_non_exhaustive()
    }
}

/// `query.execute(db.conn())`: the guard lives until the query is done.
impl<'c> Executor<'c> for Conn<'c> {
    type Database = Postgres;

    fn fetch_many<'e, 'q: 'e, E>(
        self,
        query: E,
    ) -> BoxStream<'e, Result<Either<PgQueryResult, PgRow>, sqlx::Error>>
    where
        'c: 'e,
        E: 'q + sqlx::Execute<'q, Postgres>,
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
    ) -> BoxFuture<'e, Result<Option<PgRow>, sqlx::Error>>
    where
        'c: 'e,
        E: 'q + sqlx::Execute<'q, Postgres>,
    {
        let mut conn = self;
        Box::pin(async move { (&mut *conn).fetch_optional(query).await })
    }

    fn prepare_with<'e>(
        self,
        sql: SqlStr,
        parameters: &'e [PgTypeInfo],
    ) -> BoxFuture<'e, Result<PgStatement, sqlx::Error>>
    where
        'c: 'e,
    {
        let mut conn = self;
        Box::pin(async move { (&mut *conn).prepare_with(sql, parameters).await })
    }

    fn describe<'e>(
        self,
        sql: SqlStr,
    ) -> BoxFuture<'e, Result<sqlx_core::describe::Describe<Postgres>, sqlx::Error>>
    where
        'c: 'e,
    {
        let mut conn = self;
        Box::pin(async move { (&mut *conn).describe(sql).await })
    }
}

/// `let mut conn = db.conn();` and then `query.execute(&mut conn)`.
impl<'c> Executor<'c> for &'c mut Conn<'_> {
    type Database = Postgres;

    fn fetch_many<'e, 'q: 'e, E>(
        self,
        query: E,
    ) -> BoxStream<'e, Result<Either<PgQueryResult, PgRow>, sqlx::Error>>
    where
        'c: 'e,
        E: 'q + sqlx::Execute<'q, Postgres>,
    {
        (&mut **self).fetch_many(query)
    }

    fn fetch_optional<'e, 'q: 'e, E>(
        self,
        query: E,
    ) -> BoxFuture<'e, Result<Option<PgRow>, sqlx::Error>>
    where
        'c: 'e,
        E: 'q + sqlx::Execute<'q, Postgres>,
    {
        (&mut **self).fetch_optional(query)
    }

    fn prepare_with<'e>(
        self,
        sql: SqlStr,
        parameters: &'e [PgTypeInfo],
    ) -> BoxFuture<'e, Result<PgStatement, sqlx::Error>>
    where
        'c: 'e,
    {
        (&mut **self).prepare_with(sql, parameters)
    }

    fn describe<'e>(
        self,
        sql: SqlStr,
    ) -> BoxFuture<'e, Result<sqlx_core::describe::Describe<Postgres>, sqlx::Error>>
    where
        'c: 'e,
    {
        (&mut **self).describe(sql)
    }
}

/// For code that takes `impl Acquire<'_, Database = Postgres>`.
impl<'c> Acquire<'c> for Conn<'c> {
    type Database = Postgres;
    type Connection = Conn<'c>;

    fn acquire(self) -> BoxFuture<'c, Result<Conn<'c>, sqlx::Error>> {
        Box::pin(std::future::ready(Ok(self)))
    }

    fn begin(self) -> BoxFuture<'c, Result<Transaction<'c, Postgres>, sqlx::Error>> {
        Box::pin(Conn::begin(self))
    }
}
