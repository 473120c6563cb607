//! Procedural macros of [`itest`](https://docs.rs/itest). Use them through the
//! `itest` crate, never directly: the generated code names `::itest::__private`.
//!
//! Each macro is a thin entry point. The real work lives in a module per macro,
//! split into `parse` (tokens to IR), `validate` (checks over the IR) and
//! `expand` (IR to tokens), all on `proc_macro2::TokenStream` so they can be
//! unit-tested without a compiler invocation.

extern crate proc_macro;

mod ctxt;
mod duration;
mod emit;
mod fallback;
mod fixture;
mod item;
mod itest;
mod keys;
mod meta;
mod suggest;
mod symbol;

use proc_macro::TokenStream;

/// Turns a function into an integration test against a real PostgreSQL.
///
/// ```ignore
/// #[itest(db = "tx", timeout = "5s")]
/// async fn creates_user(db: &mut Db) { /* ... */ }
/// ```
#[proc_macro_attribute]
pub fn itest(args: TokenStream, input: TokenStream) -> TokenStream {
    itest::expand(args.into(), input.into()).into()
}

/// Turns a function into a fixture: a value tests list in
/// `#[itest(fixtures = [..])]`, set up before them and torn down after them.
///
/// ```ignore
/// #[fixture]
/// async fn user(db: &mut Db, org: &Org) -> User { /* ... */ }
///
/// #[fixture(teardown = stop)]
/// async fn server() -> Server { /* ... */ }
/// ```
#[proc_macro_attribute]
pub fn fixture(args: TokenStream, input: TokenStream) -> TokenStream {
    fixture::expand(args.into(), input.into()).into()
}
