//! What a `#[fixture]` function cannot be: every problem at once.
use itest::prelude::*;

pub struct Org;

#[fixture(lifetime = "run", teardwon = stop)]
fn options() {}

#[fixture]
fn generic<T: Default>() -> T {
    T::default()
}

#[fixture]
const unsafe fn qualifiers() {}

#[fixture]
fn params(db: &mut Db, other: &mut Db, org: Org, (a, b): &(u8, u8)) {
    let _ = (db, other, org, a, b);
}

#[fixture]
fn hidden_type() -> impl std::fmt::Debug {
    1
}

#[fixture]
struct NotAFunction;

fn main() {}
