//! The one error type of the runtime. Every variant carries what a user
//! needs to act on it: which server (never its password), which test, what to do next.

/// Everything that can stop itest from running a test, as opposed to the test failing.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Neither `ITEST_DATABASE_URL` nor `DATABASE_URL` is set.
    #[error(
        "no database configured: set ITEST_DATABASE_URL (or DATABASE_URL) to a PostgreSQL server, \
         e.g. ITEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres"
    )]
    NoDatabaseUrl,

    /// The URL could not be parsed.
    #[error("{var} is not a valid PostgreSQL URL ({reason}); expected postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE")]
    InvalidUrl { var: &'static str, reason: String },

    /// The MySQL URL could not be parsed.
    #[error("{var} is not a valid MySQL URL ({reason}); expected mysql://USER[:PASSWORD]@HOST[:PORT][/DATABASE] (or mariadb://)")]
    InvalidMySqlUrl { var: &'static str, reason: String },

    /// A server other than PostgreSQL did not answer.
    #[error(
        "cannot connect to {kind} at {server}: {reason}. \
         Is the server running, and is {var} right?"
    )]
    ServerUnreachable {
        kind: &'static str,
        server: String,
        var: &'static str,
        reason: String,
    },

    /// A test did something its strategy cannot undo.
    #[error("{0}")]
    Isolation(String),

    /// An `ITEST_*` variable holds a value itest cannot use.
    #[error("{var}={value:?} is invalid: {expected}")]
    InvalidEnv {
        var: &'static str,
        value: String,
        expected: &'static str,
    },

    /// The server did not answer or refused the connection.
    #[error(
        "cannot connect to PostgreSQL at {server}: {reason}. \
         Is the server running, and is {var} right?"
    )]
    Unreachable {
        server: String,
        var: &'static str,
        reason: String,
    },

    /// The role may not create the databases itest works in.
    #[error(
        "role `{user}` may not create databases on {server} ({reason}). itest never writes to the \
         database in the URL; it creates its own `itest_*` databases beside it, which needs CREATEDB: \
         run `ALTER ROLE \"{user}\" CREATEDB;` as a superuser, or point {var} at a role that has it"
    )]
    MissingCreateDb {
        user: String,
        server: String,
        var: &'static str,
        reason: String,
    },

    /// A migration did not apply.
    #[error("migrations in {path} failed on {server}: {reason}")]
    Migration {
        path: String,
        server: String,
        reason: String,
    },

    /// A seed file did not apply.
    #[error("seed file {path} failed on {server}: {reason}")]
    Seed {
        path: String,
        server: String,
        reason: String,
    },

    /// The migrations folder could not be read.
    #[error("cannot read migrations folder {path}: {reason}")]
    MigrationsUnreadable { path: String, reason: String },

    /// Any other database error while itest prepared or cleaned up.
    #[error("database error on {server} while {action}: {reason}")]
    Database {
        server: String,
        action: &'static str,
        reason: String,
    },

    /// The server's connection slots stayed taken for the whole wait.
    #[error(
        "waited {waited_secs} s for {need} of the {share} connection slots itest uses on {server}, \
         and the other itest processes on this machine held them all the while. The server takes \
         {max_connections} connections (its max_connections), {reserved} of them reserved for \
         superusers; itest leaves some for other clients. Run fewer processes at once \
         (cargo nextest run -j N), fewer tests per process ({threads_var} or --test-threads), or \
         raise the server's max_connections"
    )]
    NoConnectionSlots {
        server: String,
        need: u32,
        share: u32,
        max_connections: u32,
        reserved: u32,
        waited_secs: u64,
        threads_var: &'static str,
    },

    /// A database or schema with an itest name that itest did not create.
    #[error(
        "refusing to use `{name}` on {server}: it has an itest name but not the mark itest writes \
         on what it creates, so itest did not create it and will not write to, empty or drop it. \
         If its data matters, rename it (`ALTER DATABASE \"{name}\" RENAME TO ...`); if not, \
         drop it yourself (`DROP DATABASE \"{name}\"`)"
    )]
    Foreign { name: String, server: String },

    /// Setting up a test's isolation failed.
    #[error("cannot set up isolation in test database `{database}`: {reason}")]
    Setup { database: String, reason: String },

    /// No URL is set and no PostgreSQL server programs were found to start one.
    #[error(
        "no database URL is set, and itest found no PostgreSQL server programs (initdb and postgres) \
         to start its own server with; it looked in {searched}. Install PostgreSQL (Debian, Ubuntu: \
         `apt-get install postgresql`; Fedora: `dnf install postgresql-server`; macOS: \
         `brew install postgresql@17`), or set ITEST_PG_BIN to the folder that holds initdb and \
         postgres, or set ITEST_DATABASE_URL to a running server"
    )]
    ServerProgramsNotFound { searched: String },

    /// The embedded server's folder cannot be created or written.
    #[error(
        "cannot use {path} for itest's embedded PostgreSQL: {reason}. Make it writable, or set \
         ITEST_PG_DIR to a folder that is, or set ITEST_DATABASE_URL to a running server"
    )]
    ServerDirUnusable { path: String, reason: String },

    /// The embedded server could not be set up, started or reached.
    #[error(
        "itest's embedded PostgreSQL failed while {action}: {reason}. \
         (ITEST_DATABASE_URL=postgres://... runs the tests on a server of yours instead.)"
    )]
    EmbeddedServer {
        action: &'static str,
        reason: String,
    },

    /// No URL is set and no MySQL or MariaDB server programs were found to start one.
    #[cfg(feature = "mysql")]
    #[error(
        "no database URL is set, and itest found no MariaDB or MySQL server programs (mariadbd with \
         mariadb-install-db, or MySQL's mysqld) to start its own server with; it looked in \
         {searched}. Install MariaDB (Debian, Ubuntu: `apt-get install mariadb-server`; Fedora: \
         `dnf install mariadb-server`; macOS: `brew install mariadb`), or set ITEST_MYSQL_BIN to \
         the folder that holds mariadbd, or set ITEST_DATABASE_URL to a running server"
    )]
    MySqlProgramsNotFound { searched: String },

    /// The embedded MySQL/MariaDB server's folder cannot be created or written.
    #[cfg(feature = "mysql")]
    #[error(
        "cannot use {path} for itest's embedded MySQL/MariaDB server: {reason}. Make it writable, \
         or set ITEST_MYSQL_DIR to a folder that is, or set ITEST_DATABASE_URL to a running server"
    )]
    MySqlServerDirUnusable { path: String, reason: String },

    /// The embedded MySQL/MariaDB server could not be set up, started or reached.
    #[cfg(feature = "mysql")]
    #[error(
        "itest's embedded MySQL/MariaDB server failed while {action}: {reason}. \
         (ITEST_DATABASE_URL=mysql://... runs the tests on a server of yours instead.)"
    )]
    EmbeddedMySqlServer {
        action: &'static str,
        reason: String,
    },
}
