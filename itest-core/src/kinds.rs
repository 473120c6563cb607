//! The database servers and isolation strategies, as generated code and
//! the runner name them: plain enums, no driver.

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
    pub fn as_str(self) -> &'static str {
        match self {
            Isolation::Tx => "tx",
            Isolation::Truncate => "truncate",
            Isolation::Schema => "schema",
            Isolation::Fresh => "fresh",
        }
    }
}

/// The database servers itest runs tests on, one per cargo feature.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BackendKind {
    Postgres,
    #[cfg(feature = "mysql")]
    MySql,
    #[cfg(feature = "sqlite")]
    Sqlite,
}

impl BackendKind {
    /// `==`, in a `const`.
    pub const fn is(self, other: BackendKind) -> bool {
        self as u8 == other as u8
    }

    /// As people name the server in messages.
    pub const fn name(self) -> &'static str {
        match self {
            BackendKind::Postgres => "PostgreSQL",
            #[cfg(feature = "mysql")]
            BackendKind::MySql => "MySQL/MariaDB",
            #[cfg(feature = "sqlite")]
            BackendKind::Sqlite => "SQLite",
        }
    }

    /// Whether tests of this server can run under `isolation`, and if not
    /// why: what generated code checks in a `const`, so that a strategy a
    /// server cannot run is a compile error at the `db = ".."`.
    pub const fn refuses(self, isolation: Isolation) -> Option<&'static str> {
        match (self, isolation) {
            #[cfg(feature = "mysql")]
            (BackendKind::MySql, Isolation::Schema) => Some(
                "db = \"schema\" is not available on MySQL/MariaDB: there a schema is a \
                 database, so a schema per test would be db = \"fresh\" under another name; \
                 use db = \"fresh\" (a database per test) or db = \"tx\"",
            ),
            #[cfg(feature = "sqlite")]
            (BackendKind::Sqlite, Isolation::Truncate) => Some(
                "db = \"truncate\" is not available on SQLite: there db = \"fresh\" gives each \
                 test its own copy of the template file, which costs less than emptying tables \
                 would, with the same meaning (committed data, several connections); use \
                 db = \"fresh\", or db = \"tx\"",
            ),
            #[cfg(feature = "sqlite")]
            (BackendKind::Sqlite, Isolation::Schema) => Some(
                "db = \"schema\" is not available on SQLite: it has no schemas, only attached \
                 database files, so a schema per test would be db = \"fresh\" (a database file \
                 per test, about a millisecond) under another name; use db = \"fresh\" or \
                 db = \"tx\"",
            ),
            _ => None,
        }
    }
}
