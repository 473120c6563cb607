//! Diagnostics of `#[itest]` and `#[fixture]`: one file per diagnostic in
//! `tests/ui/`, with the expected compiler output next to it. After changing a
//! message, regenerate with `TRYBUILD=overwrite cargo test --test ui` and
//! review the `.stderr` diff.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
    t.pass("tests/ui/pass/*.rs");
    // Mistakes only a second backend makes possible.
    #[cfg(feature = "mysql")]
    t.compile_fail("tests/ui/mysql/*.rs");
    #[cfg(feature = "sqlite")]
    t.compile_fail("tests/ui/sqlite/*.rs");
}

// trybuild builds without `--test`, which strips `#[test]` functions: the
// function `#[itest]` generates is never type-checked there. Compiling the
// pass files here, as part of a test crate, checks the whole expansion under
// their `#![deny(warnings)]` and shadowed prelude names.
#[path = "ui/pass/hygiene.rs"]
mod hygiene;

// `migrations` resolves against CARGO_MANIFEST_DIR at expansion time, which is
// this package here but a generated crate under `target/` in trybuild builds,
// so an existing folder can only be tested here.
mod migrations {
    use itest::prelude::*;

    #[itest(db = "tx", migrations = "tests/ui/migrations")]
    #[ignore = "needs a database"]
    async fn existing_folder(_db: &mut Db) {}
}
