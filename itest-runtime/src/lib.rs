//! The runtime behind `#[itest]`: one shared tokio runtime and one set of
//! connections per test binary, isolation strategies, and per-test timeouts.
//!
//! Users depend on the `itest` facade crate, not on this one.

mod backend;
mod config;
mod context;
mod database;
mod db;
mod error;
mod fixtures;
mod future;
mod isolation;
mod mark;
mod owner;
mod pool;
mod report;
mod run;
mod runner;
mod server;
mod timeout;
mod unique;

pub use backend::Backend;
pub use context::server_connect_options;
pub use db::{Conn, Db};
pub use error::Error;
pub use isolation::Isolation;
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
    pub use crate::runner::{run_test, Entry, IntoTestResult, TestResult, TestSpec};
}
