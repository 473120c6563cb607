//! # itest
//!
//! Integration tests against a real PostgreSQL, MySQL/MariaDB (feature
//! `mysql`) or SQLite (feature `sqlite`), with isolation, fixtures and time
//! limits declared in one attribute:
//!
//! ```ignore
//! use itest::prelude::*;
//!
//! #[itest(db = "tx", timeout = "5s")]
//! async fn creates_user(db: &mut Db) {
//!     sqlx::query("INSERT INTO users (email) VALUES ($1)")
//!         .bind(itest::unique("sam") + "@example.com")
//!         .execute(db.conn())
//!         .await
//!         .unwrap();
//! }
//! ```
//!
//! See the README for the attribute reference and the isolation strategies.

pub use itest_macros::{fixture, itest};
#[cfg(feature = "mysql")]
pub use itest_runtime::mysql_server_options;
pub use itest_runtime::{server_connect_options, unique, Backend, Conn, Db, Error, Isolation};

/// `use itest::prelude::*;` brings what a test file needs.
pub mod prelude {
    pub use crate::{fixture, itest, Db};
}

/// Paths generated code uses. Not a public API: it changes without notice.
#[doc(hidden)]
pub mod __private {
    pub use itest_runtime::__private::*;
}
