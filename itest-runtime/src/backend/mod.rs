//! Everything that differs between database servers sits behind [`Backend`],
//! so that MySQL and SQLite can follow PostgreSQL without touching the
//! strategies, the pool or the runner.

mod postgres;

use std::future::Future;

pub(crate) use postgres::Postgres;

/// The server-specific SQL itest needs. Implemented once per database kind.
///
/// Every object itest creates (database, schema) carries a catalog comment
/// that `mark.rs` wrote for its name; itest never drops or empties anything
/// it cannot prove it made.
pub(crate) trait Backend {
    /// A single connection of this kind.
    type Connection: Send;

    /// Runs `BEGIN` in a way the driver tracks, so that code under test that
    /// begins its own transactions gets savepoints instead.
    fn begin_test_transaction(
        conn: &mut Self::Connection,
    ) -> impl Future<Output = Result<(), sqlx::Error>> + Send;

    /// Rolls back every open savepoint and the test transaction itself.
    fn rollback_test_transaction(
        conn: &mut Self::Connection,
    ) -> impl Future<Output = Result<(), sqlx::Error>> + Send;

    /// Ends every session whose application name is `tag`: its query,
    /// transaction and locks. Waits until they are gone.
    fn terminate_sessions(
        admin: &mut Self::Connection,
        tag: &str,
    ) -> impl Future<Output = Result<u64, sqlx::Error>> + Send;

    /// Takes a lock shared by every process on the server, held until
    /// [`Backend::unlock`] or the end of the session, so a dead process frees it.
    fn lock(
        admin: &mut Self::Connection,
        key: i64,
    ) -> impl Future<Output = Result<(), sqlx::Error>> + Send;
    /// Like [`Backend::lock`] but does not wait: `false` when another session holds it.
    fn try_lock(
        admin: &mut Self::Connection,
        key: i64,
    ) -> impl Future<Output = Result<bool, sqlx::Error>> + Send;
    fn unlock(
        admin: &mut Self::Connection,
        key: i64,
    ) -> impl Future<Output = Result<(), sqlx::Error>> + Send;

    /// The catalog comment of a database: `None` when it does not exist.
    fn database_comment(
        admin: &mut Self::Connection,
        name: &str,
    ) -> impl Future<Output = Result<Option<Option<String>>, sqlx::Error>> + Send;
    /// Creates `name`, as a copy of `template` when given.
    fn create_database(
        admin: &mut Self::Connection,
        name: &str,
        template: Option<&str>,
    ) -> impl Future<Output = Result<(), sqlx::Error>> + Send;
    fn drop_database(
        admin: &mut Self::Connection,
        name: &str,
    ) -> impl Future<Output = Result<(), sqlx::Error>> + Send;
    fn comment_database(
        admin: &mut Self::Connection,
        name: &str,
        comment: &str,
    ) -> impl Future<Output = Result<(), sqlx::Error>> + Send;

    /// Creates a schema marked with `comment`.
    fn create_schema(
        conn: &mut Self::Connection,
        name: &str,
        comment: &str,
    ) -> impl Future<Output = Result<(), sqlx::Error>> + Send;
    fn drop_schema(
        conn: &mut Self::Connection,
        name: &str,
    ) -> impl Future<Output = Result<(), sqlx::Error>> + Send;
    /// Schemas whose names start with `prefix`, with their comments.
    fn schemas_named(
        conn: &mut Self::Connection,
        prefix: &str,
    ) -> impl Future<Output = Result<Vec<(String, Option<String>)>, sqlx::Error>> + Send;

    /// Empties every table that has rows, except `keep`, and restarts every
    /// sequence that was used. Returns the tables it emptied.
    fn empty_tables(
        conn: &mut Self::Connection,
        keep: &str,
    ) -> impl Future<Output = Result<Vec<String>, sqlx::Error>> + Send;

    /// Whether an error means the role lacks the right to create databases.
    fn is_permission_denied(error: &sqlx::Error) -> bool;
}

/// Quotes an identifier. itest's own names are plain, but quoting keeps that an invariant.
pub(crate) fn quote(identifier: &str) -> String {
    format!("\"{}\"", identifier.replace('"', "\"\""))
}
