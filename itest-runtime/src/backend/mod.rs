//! Everything that differs between database servers: [`Backend`], the
//! public face (which sqlx database a `Db` is for, and what it can run), and
//! one module of SQL per server kind.

#[cfg(feature = "mysql")]
pub(crate) mod mysql;
mod postgres;
mod postgres_pristine;
mod postgres_schema;
#[cfg(feature = "sqlite")]
pub(crate) mod sqlite;

use std::future::Future;

pub(crate) use postgres::Postgres;
pub(crate) use postgres_pristine::{AtRest, Cutoff, Profile, Seal, Verdict};
pub(crate) use postgres_schema::{drop_schemas, SchemaImage};

pub use itest_core::{BackendKind, Isolation};

/// How long a test's sessions, whose pool has just said goodbye for them,
/// are left to read it before they are ended: a session ended before it
/// read its goodbye has the server log "FATAL: terminating connection due
/// to administrator command" (and count it as killed), which in a server's
/// log looks like trouble; once it has read it, it holds off interrupts as
/// it exits. Waited only while sessions are left, and off the tests' path
/// (3 ms sufficed on an idle machine).
const SESSIONS_LINGER: std::time::Duration = std::time::Duration::from_millis(20);

mod sealed {
    pub trait Sealed {}
    impl Sealed for sqlx::Postgres {}
    #[cfg(feature = "mysql")]
    impl Sealed for sqlx::MySql {}
    #[cfg(feature = "sqlite")]
    impl Sealed for sqlx::Sqlite {}
}

/// A database kind itest can test on: sqlx's `Postgres` (feature
/// `postgres`, the default), `MySql` (feature `mysql`) or `Sqlite`
/// (feature `sqlite`). It is the type
/// parameter of [`Db`](crate::Db): `Db` is `Db<sqlx::Postgres>`.
pub trait Backend: sqlx::Database + sealed::Sealed {
    #[doc(hidden)]
    const KIND: BackendKind;
}

/// The server a `&mut Db<..>` parameter's type is for: how generated code
/// learns a test's or fixture's backend from the type the user wrote.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a database handle",
    note = "itest passes the database as `&mut Db` (PostgreSQL), `&mut Db<sqlx::MySql>` or `&mut Db<sqlx::Sqlite>`"
)]
pub trait DbParam {
    const BACKEND: BackendKind;
}

impl<DB: Backend> DbParam for crate::Db<DB> {
    const BACKEND: BackendKind = DB::KIND;
}

impl Backend for sqlx::Postgres {
    const KIND: BackendKind = BackendKind::Postgres;
}

#[cfg(feature = "mysql")]
impl Backend for sqlx::MySql {
    const KIND: BackendKind = BackendKind::MySql;
}

#[cfg(feature = "sqlite")]
impl Backend for sqlx::Sqlite {
    const KIND: BackendKind = BackendKind::Sqlite;
}

/// The server-specific SQL itest needs on PostgreSQL.
///
/// Every object itest creates (database, schema) carries a catalog comment
/// that `mark.rs` wrote for its name; itest never drops or empties anything
/// it cannot prove it made.
pub(crate) trait ServerSql {
    /// A single connection of this kind.
    type Connection: Send;

    /// Runs `BEGIN` in a way the driver tracks, so that code under test that
    /// begins its own transactions gets savepoints instead.
    fn begin_test_transaction(
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
    /// Whether copying files beats copying through the WAL on this server:
    /// with fsync off, as the embedded server runs (`bench/fresh-strategy.sh`:
    /// 14 ms against 33-36 ms per copy), not with it on (53-326 ms against
    /// 34-79 ms: the file copy checkpoints twice). PostgreSQL 15 and later.
    fn copies_files_faster(
        admin: &mut Self::Connection,
    ) -> impl Future<Output = Result<bool, sqlx::Error>> + Send;
    /// Creates `name` as a copy of `template`, copying its files when
    /// `file_copy` (see [`ServerSql::copies_files_faster`]).
    fn copy_database(
        admin: &mut Self::Connection,
        name: &str,
        template: &str,
        file_copy: bool,
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
