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

/// The call `#[itest]` ends each test with: the test's spec, a `const`
/// built from the keys it has (`"::name", timeout(5000u64), ..`), and the
/// runner's call with its entry: `unit(ctx) f(args)`, a test that is the
/// future of the user's `async fn` itself, or any other entry expression.
/// Not a public API. Written here rather than by the attribute, so that
/// each of hundreds of tests hands the compiler a few tokens, not a few
/// hundred: a proc macro's every token costs far more than a `macro_rules!`
/// one in a debug build.
#[doc(hidden)]
#[macro_export]
macro_rules! __itest_run {
    (
        $name:literal $(db($backend:expr, $isolation:ident))? $(, $key:ident($($value:tt)*))*;
        unit($ctx:tt) $f:ident($($arg:tt)*)
    ) => {{
        fn __itest_entry(
            $ctx: &mut $crate::__private::TestContext,
        ) -> $crate::__private::BoxFuture<'_, ()> {
            ::std::boxed::Box::pin($f($($arg)*))
        }
        $crate::__itest_run!(
            $name $(db($backend, $isolation))? $(, $key($($value)*))*;
            $crate::__private::Entry::Unit(__itest_entry)
        )
    }};
    (
        $name:literal $(db($backend:expr, $isolation:ident))? $(, $key:ident($($value:tt)*))*;
        $entry:expr
    ) => {{
        // A constant: the compiler places it in static memory once, rather
        // than building it on the stack each run.
        const __ITEST_SPEC: $crate::__private::TestSpec =
            $crate::__private::TestSpec::named(::core::concat!(::core::module_path!(), $name))
                $(.db(
                    $crate::__private::driver($backend),
                    $crate::__private::Isolation::$isolation,
                    ::core::env!("CARGO_MANIFEST_DIR"),
                ))?
                $(.$key($($value)*))*;
        $crate::__private::run_test(&__ITEST_SPEC, $entry)
    }};
}
