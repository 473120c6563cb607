//! Everything that differs between database servers sits behind [`Backend`],
//! so that MySQL and SQLite can follow PostgreSQL without touching the
//! strategies, the pool or the runner.

mod postgres;

use std::future::Future;

pub(crate) use postgres::Postgres;

/// The server-specific SQL itest needs. Implemented once per database kind.
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

    /// The server-side id of the session, used to cancel it from outside.
    fn session_id(
        conn: &mut Self::Connection,
    ) -> impl Future<Output = Result<i64, sqlx::Error>> + Send;

    /// Ends another session: its query, transaction and locks. Waits until it is gone.
    fn terminate_session(
        admin: &mut Self::Connection,
        session_id: i64,
    ) -> impl Future<Output = Result<bool, sqlx::Error>> + Send;

    /// Takes a lock shared by every process on the server, held until the
    /// session ends: closing it releases the lock, and so does a dead process.
    fn lock(
        admin: &mut Self::Connection,
        key: i64,
    ) -> impl Future<Output = Result<(), sqlx::Error>> + Send;

    /// Whether `name` exists, and if so whether itest finished preparing it.
    fn database_state(
        admin: &mut Self::Connection,
        name: &str,
    ) -> impl Future<Output = Result<DatabaseState, sqlx::Error>> + Send;
    fn create_database(
        admin: &mut Self::Connection,
        name: &str,
    ) -> impl Future<Output = Result<(), sqlx::Error>> + Send;
    fn drop_database(
        admin: &mut Self::Connection,
        name: &str,
    ) -> impl Future<Output = Result<(), sqlx::Error>> + Send;
    /// Marks a database as fully migrated, in the server's own catalog.
    fn mark_ready(
        admin: &mut Self::Connection,
        name: &str,
    ) -> impl Future<Output = Result<(), sqlx::Error>> + Send;

    /// Whether an error means the role lacks the right to create databases.
    fn is_permission_denied(error: &sqlx::Error) -> bool;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DatabaseState {
    Missing,
    /// Left half-made by a process that died while migrating it.
    Incomplete,
    Ready,
}
