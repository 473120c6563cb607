//! The IR of one `#[itest(..)]` test: what the attribute says ([`TestArgs`])
//! and what the function looks like ([`TestFn`]). It keeps the user's syntax
//! nodes so that every later error and every generated token can point at
//! them.

use crate::item::Function;
use proc_macro2::Ident;
use syn::{Attribute, LitStr, PatType, Receiver, Type};

/// The parsed `#[itest(..)]` arguments. A key whose value was invalid is
/// `None` here, its error already reported.
pub struct TestArgs {
    pub isolation: Option<Isolation>,
    /// `db = ..` was written, valid or not (so that an invalid value does not
    /// also produce "no isolation strategy").
    pub has_db_key: bool,
    pub fixtures: Option<FixtureList>,
    pub timeout: Option<Timeout>,
    /// `slow = "2s"`: the budget above which the test is reported as slow.
    pub slow: Option<Timeout>,
    pub migrations: Option<LitStr>,
    /// `seed = [..]`: files of SQL applied after the migrations.
    pub seeds: Vec<LitStr>,
    /// `quarantine = "why, link"`: the reason, never empty.
    pub quarantine: Option<LitStr>,
}

/// `db = "tx"`
pub struct Isolation {
    pub strategy: Strategy,
    pub lit: LitStr,
}

/// The isolation strategies, one variant of `::itest::__private::Isolation` each.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Strategy {
    Tx,
    Truncate,
    Schema,
    Fresh,
}

impl Strategy {
    pub const ALL: [Strategy; 4] = [
        Strategy::Tx,
        Strategy::Truncate,
        Strategy::Schema,
        Strategy::Fresh,
    ];

    /// As written in `db = ".."`.
    pub fn as_str(self) -> &'static str {
        match self {
            Strategy::Tx => "tx",
            Strategy::Truncate => "truncate",
            Strategy::Schema => "schema",
            Strategy::Fresh => "fresh",
        }
    }

    /// The variant name of `::itest::__private::Isolation`.
    pub fn variant(self) -> &'static str {
        match self {
            Strategy::Tx => "Tx",
            Strategy::Truncate => "Truncate",
            Strategy::Schema => "Schema",
            Strategy::Fresh => "Fresh",
        }
    }

    /// Whether every server can run it: no backend refuses it
    /// (`BackendKind::refuses` in the runtime).
    pub fn runs_everywhere(self) -> bool {
        matches!(self, Strategy::Tx | Strategy::Fresh)
    }

    pub fn from_str(value: &str) -> Option<Strategy> {
        Strategy::ALL.into_iter().find(|s| s.as_str() == value)
    }
}

/// `fixtures = [a, b, path::to::c]`
pub struct FixtureList {
    /// The entries that are paths (others were reported).
    pub paths: Vec<syn::Path>,
}

impl FixtureList {
    /// The name parameters use for listed fixture `index`: `c` for `path::to::c`.
    pub fn name(&self, index: usize) -> &Ident {
        &self.paths[index]
            .segments
            .last()
            .expect("a parsed path has a segment")
            .ident
    }
}

/// `timeout = "5s"` (or `slow = "2s"`): a duration as written.
pub struct Timeout {
    pub millis: u64,
    pub lit: LitStr,
}

/// The function under `#[itest]`.
pub struct TestFn<'a> {
    pub item: &'a Function,
    pub params: Vec<Param<'a>>,
    /// `#[test]`, `#[tokio::test]`, another `#[itest]`...: would make the
    /// function a test a second time.
    pub test_attrs: Vec<&'a Attribute>,
    /// `#[allow]`, `#[warn]`, `#[deny]`, `#[forbid]`, `#[expect]`: they
    /// must reach the user's code as well as the generated test.
    pub lint_attrs: Vec<&'a Attribute>,
    /// `#[case(..)]` / `#[case::name(..)]`: one test each (rstest's syntax).
    pub cases: Vec<Case<'a>>,
}

/// One `#[case(..)]` of a parametrized test.
pub struct Case<'a> {
    pub attr: &'a Attribute,
    /// `admin` in `#[case::admin(..)]`.
    pub description: Option<Ident>,
    /// The values, in the order of the `#[case]` parameters; `None` when
    /// they did not parse as expressions (reported).
    pub values: Option<Vec<syn::Expr>>,
}

impl TestFn<'_> {
    pub fn db_param(&self) -> Option<&PatType> {
        self.params.iter().find_map(|p| match p {
            Param::Db(pat_type) => Some(*pat_type),
            _ => None,
        })
    }
}

pub enum Param<'a> {
    /// `self`, `&self`, ...
    Receiver(&'a Receiver),
    /// `db: &mut Db` or `_: &mut Db`
    Db(&'a PatType),
    /// `user: &User` or `user: User`, named like a listed fixture.
    Fixture(FixtureParam<'a>),
    /// `#[case] role: &str`: takes the value of each `#[case(..)]`, in order.
    Case(&'a PatType),
    /// `#[values(1, 2)] n: i64`: one test per value, and per combination
    /// with the other `#[values]` parameters. `values` is `None` when they
    /// did not parse as expressions.
    Values {
        pat_type: &'a PatType,
        attr: &'a Attribute,
        values: Option<Vec<syn::Expr>>,
    },
    /// `#[from(name)] x: &T` where `name` is not a listed fixture, or
    /// `#[from]` written wrong: reported with `message`.
    BadFrom {
        attr: &'a Attribute,
        message: String,
    },
    /// Anything else.
    Other(&'a PatType),
}

/// A parameter that receives the value of a listed fixture: by its name, or
/// by `#[from(fixture)]` (rstest's spelling) under a name of its own.
pub struct FixtureParam<'a> {
    pub pat_type: &'a PatType,
    /// Its index in `fixtures = [..]`.
    pub fixture: usize,
    /// `User` in `user: &User` and in `user: User`.
    pub value_type: &'a Type,
    /// `&User`, as opposed to `User` (moved into the test).
    pub by_ref: bool,
    /// `&mut User`: reported.
    pub mutable: bool,
}
