//! Every key, under `#![deny(warnings)]`, with the prelude names generated
//! code must not rely on shadowed (like serde's `test_gen.rs`).
//!
//! trybuild builds this file without `--test`, which strips `#[test]`
//! functions, so it only checks that the macros accept it. `tests/ui.rs` also
//! includes it as a module, compiled as a test: that type-checks the whole
//! expansion. The tests are `#[ignore]`d there: they need a database.
//!
//! `migrations` is not used here: it resolves against `CARGO_MANIFEST_DIR`,
//! which differs between the two builds (see `tests/ui.rs`).

#![deny(warnings)]
#![deny(clippy::all)]

use itest::prelude::*;

#[allow(dead_code)]
struct Result;
#[allow(dead_code)]
struct Ok;
#[allow(dead_code)]
struct Err;
#[allow(dead_code)]
struct Some;
#[allow(dead_code)]
struct None;
#[allow(dead_code)]
struct Option;
#[allow(dead_code)]
struct Box;
#[allow(dead_code)]
struct String;
#[allow(dead_code)]
struct Duration;
#[allow(dead_code)]
struct Pin;
#[allow(dead_code)]
struct Future;
#[allow(dead_code)]
struct Vec;
#[allow(dead_code, non_camel_case_types)]
struct ctx;
#[allow(dead_code)]
mod core {}
#[allow(dead_code)]
mod std {}

/// Doc comments stay on the test.
#[itest(db = "tx", timeout = "5s", fixtures = [])]
#[ignore = "needs a database"]
async fn all_keys(db: &mut Db) {
    let _ = db.conn();
}

#[itest(db = "truncate", timeout = "500ms")]
#[ignore = "needs a database"]
async fn wildcard_db(_: &mut Db) {}

#[itest(db = "schema", timeout = "2m")]
#[ignore = "needs a database"]
fn sync_with_db(db: &mut Db) {
    let _ = db.conn();
}

#[itest(db = "fresh", timeout = "1h")]
#[ignore = "needs a database"]
async fn returns_result(db: &mut Db) -> ::core::result::Result<(), ::std::io::Error> {
    let _ = db.conn();
    ::core::result::Result::Ok(())
}

#[itest(timeout = "500ms")]
#[ignore = "needs a database"]
fn plain_sync_test() {}

#[itest]
#[ignore = "needs a database"]
#[should_panic(expected = "boom")]
async fn panics() {
    panic!("boom")
}

#[itest]
#[ignore = "needs a database"]
#[allow(unused_variables)]
fn lint_levels_reach_the_body() {
    let unused = 1;
}

#[itest]
#[ignore = "needs a database"]
#[expect(unused_variables)]
async fn expectations_are_fulfilled() {
    let unused = 1;
}

#[allow(dead_code)]
mod nested {
    use itest::prelude::*;

    #[itest(db = "tx")]
    #[ignore = "needs a database"]
    pub async fn public_test(db: &mut Db) {
        let _ = db.conn();
    }
}

/// The trybuild binary's entry point (unused when this file is a module).
#[allow(dead_code)]
fn main() {}
