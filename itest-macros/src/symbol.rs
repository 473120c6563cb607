//! Names of the attribute keys, in one place (like serde_derive's `symbol.rs`).

use proc_macro2::Ident;
use std::fmt::{self, Display};

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Symbol(&'static str);

impl Symbol {
    pub fn as_str(self) -> &'static str {
        self.0
    }
}

/// `db = "tx" | "truncate" | "schema" | "fresh"`
pub const DB: Symbol = Symbol("db");
/// `fixtures = [a, b, path::to::c]`
pub const FIXTURES: Symbol = Symbol("fixtures");
/// `timeout = "5s"`
pub const TIMEOUT: Symbol = Symbol("timeout");
/// `slow = "2s"`: the time budget above which the test is reported as slow
pub const SLOW: Symbol = Symbol("slow");
/// `seed = ["seeds/plans.sql", ..]`: SQL applied after the migrations, in the template
pub const SEED: Symbol = Symbol("seed");
/// `quarantine = "why, link"`: a failure is reported but does not fail the run
pub const QUARANTINE: Symbol = Symbol("quarantine");
/// `migrations = "path/relative/to/the/crate"`
pub const MIGRATIONS: Symbol = Symbol("migrations");
/// `#[fixture(teardown = path::to::function)]`
pub const TEARDOWN: Symbol = Symbol("teardown");
/// `#[fixture(scope = "test" | "binary")]`
pub const SCOPE: Symbol = Symbol("scope");

/// Every key `#[itest(..)]` accepts, in the order they are listed to users.
pub const ITEST_KEYS: &[Symbol] = &[DB, FIXTURES, TIMEOUT, SLOW, MIGRATIONS, SEED, QUARANTINE];

/// Every key `#[fixture(..)]` accepts.
pub const FIXTURE_KEYS: &[Symbol] = &[SCOPE, TEARDOWN];

impl PartialEq<Symbol> for Ident {
    fn eq(&self, word: &Symbol) -> bool {
        self == word.0
    }
}

impl PartialEq<Symbol> for &Ident {
    fn eq(&self, word: &Symbol) -> bool {
        *self == word.0
    }
}

impl Display for Symbol {
    fn fmt(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str(self.0)
    }
}
