//! The database-free half of itest's runtime: the runner generated tests
//! call, per-test time limits, fixtures, configuration, the run report and
//! the embedded server's supervisor. A test binary whose tests use no
//! database links this crate and none of itest-runtime's code: the runner
//! reaches a database only through the [`Driver`] in a test's spec.
//!
//! Users depend on the `itest` facade crate, not on this one. Everything
//! here is public for itest-runtime, not as an API.

#[doc(hidden)]
pub mod config;
#[doc(hidden)]
pub mod context;
#[cfg(unix)]
#[doc(hidden)]
pub mod embedded;
mod error;
#[doc(hidden)]
pub mod fixtures;
#[doc(hidden)]
pub mod future;
mod kinds;
#[doc(hidden)]
pub mod owner;
#[doc(hidden)]
pub mod report;
#[doc(hidden)]
pub mod runner;
#[doc(hidden)]
pub mod timeout;
#[doc(hidden)]
pub mod unique;

pub use error::Error;
pub use kinds::{BackendKind, Isolation};
pub use runner::Driver;
