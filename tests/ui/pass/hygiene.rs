//! Every key and every kind of fixture, under `#![deny(warnings)]`, with the
//! prelude names generated code must not rely on shadowed (like serde's
//! `test_gen.rs`).
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
struct Rc;
#[allow(dead_code)]
struct Self_;
#[allow(dead_code)]
static INFO: () = ();
#[allow(dead_code)]
const __ITEST_DIAGNOSTIC: () = ();
#[allow(dead_code)]
mod core {}
#[allow(dead_code)]
mod std {}

/// Fixtures of every shape: async and sync, fallible, with `&mut Db`, with
/// dependencies, with each kind of teardown, public and private.
pub mod fixtures {
    use itest::prelude::*;

    pub struct Org(pub i64);
    pub struct Server(pub u16);
    #[derive(Debug)]
    pub struct Stopped;

    /// Doc comments stay on the function.
    #[fixture]
    pub async fn org(db: &mut Db) -> Org {
        let _ = db.conn();
        Org(1)
    }

    #[fixture]
    pub fn port() -> u16 {
        8080
    }

    #[fixture(teardown = stop)]
    pub async fn server(
        port: &u16,
        _org: &Org,
    ) -> ::core::result::Result<Server, ::std::io::Error> {
        ::core::result::Result::Ok(Server(*port))
    }

    async fn stop(server: &Server) -> ::core::result::Result<(), Stopped> {
        let _ = server.0;
        ::core::result::Result::Ok(())
    }

    #[fixture(teardown = consume)]
    pub(crate) fn owned_teardown() -> Server {
        Server(1)
    }

    fn consume(server: Server) {
        let _ = server.0;
    }

    #[fixture(teardown = self::sync_stop)]
    fn private_fixture(_db: &mut Db) {}

    fn sync_stop(_: &()) -> ::core::result::Result<(), Stopped> {
        ::core::result::Result::Ok(())
    }

    #[fixture]
    pub fn uses_private(_private_fixture: &()) -> u8 {
        1
    }

    /// Binary-wide: async with a teardown by value, sync and fallible on it,
    /// and a per-test fixture on a binary-wide one.
    #[fixture(scope = "binary", teardown = consume)]
    pub async fn shared_server() -> Server {
        Server(2)
    }

    #[fixture(scope = "binary", teardown = stop)]
    pub fn shared_port(shared_server: &Server) -> ::core::result::Result<Server, ::std::io::Error> {
        ::core::result::Result::Ok(Server(shared_server.0))
    }

    #[fixture(scope = "test")]
    pub fn per_test_port(shared_port: &Server) -> u16 {
        shared_port.0
    }
}

/// Doc comments stay on the test.
#[itest(
    db = "tx",
    timeout = "5s",
    slow = "1s",
    fixtures = [],
    quarantine = "checks the expansion, #1"
)]
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

#[itest(db = "tx", fixtures = [fixtures::server, fixtures::org, fixtures::uses_private])]
#[ignore = "needs a database"]
async fn with_fixtures(
    db: &mut Db,
    server: &fixtures::Server,
    org: &fixtures::Org,
    uses_private: u8,
) {
    let _ = (db.conn(), server.0, org.0, uses_private);
}

#[itest(fixtures = [fixtures::port, fixtures::owned_teardown])]
#[ignore = "needs a database"]
fn sync_with_fixtures(_port: &u16) {}

#[itest(fixtures = [fixtures::shared_server, fixtures::per_test_port])]
#[ignore = "needs nothing, but runs a shared fixture"]
async fn with_binary_wide_fixtures(shared_server: &fixtures::Server, per_test_port: u16) {
    let _ = (shared_server.0, per_test_port);
}

/// The trybuild binary's entry point (unused when this file is a module).
#[allow(dead_code)]
fn main() {}
