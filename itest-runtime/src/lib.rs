//! The database half of the runtime behind `#[itest]`: one set of
//! connections per test binary, the servers, templates and isolation
//! strategies, and the `Driver` through which itest-core's runner reaches
//! them for a test with `db = ..`.
//!
//! Users depend on the `itest` facade crate, not on this one.

mod backend;
mod context;
mod database;
mod db;
mod isolation;
mod mark;
mod pool;
mod run;
mod runner;
mod server;

// The database-free half, in a crate of its own (see its docs): named here
// as before, so that `crate::config` and the rest keep their paths.
use itest_core::{config, fixtures, future, owner, unique};

pub use backend::Backend;
#[cfg(feature = "mysql")]
pub use context::mysql::mysql_server_options;
pub use context::server_connect_options;
pub use db::{Conn, Db};
pub use isolation::Isolation;
pub use itest_core::Error;
pub use unique::unique;

/// What `#[itest]`-generated code calls. Not a public API.
#[doc(hidden)]
pub mod __private {
    pub use crate::backend::{BackendKind, DbParam};
    pub use crate::fixtures::TestContext;
    pub use crate::fixtures::{
        backend_of, binary_dependency, binary_wide, check_backend, check_by_value,
        check_dependency, check_dependency_backend, check_needs_db, check_strategy, fixture_ref,
        fixture_result, fixture_value, per_test, teardown, BinaryFixture, Diagnostic, Fixture,
        FixtureError, FixtureInfo, FixtureParam, FixtureRef, FixtureResult, SharedValue, Teardown,
        TeardownResult, TestFixture,
    };
    pub use crate::future::LocalBoxFuture as BoxFuture;
    pub use crate::isolation::Isolation;
    pub use crate::runner::{db, driver};
    pub use itest_core::runner::{run_test, Entry, IntoTestResult, TestResult, TestSpec};

    /// Options for itest's embedded MariaDB, started or attached to as a test
    /// process would: for `tests/embedded_mysql.rs`, until `#[itest]` runs
    /// tests on MySQL. Prints the server's description to stderr; the process
    /// keeps the server up until it exits.
    #[cfg(all(unix, feature = "mysql"))]
    pub fn __embedded_mysql_options() -> Result<sqlx::mysql::MySqlConnectOptions, crate::Error> {
        static SERVER: std::sync::OnceLock<Result<sqlx::mysql::MySqlConnectOptions, crate::Error>> =
            std::sync::OnceLock::new();
        SERVER
            .get_or_init(|| {
                let config = crate::config::Config::from_env()?;
                let server = itest_core::embedded::start_or_attach_mysql(&config.embedded_mysql)?;
                eprintln!("itest: tests run on {}", server.description);
                // Its lock is held until the process exits, which releases it.
                std::mem::forget(server.attachment);
                Ok(sqlx::mysql::MySqlConnectOptions::new()
                    .host(&server.host)
                    .port(server.port)
                    .username(&server.user)
                    .ssl_mode(sqlx::mysql::MySqlSslMode::Disabled))
            })
            .clone()
    }
}
