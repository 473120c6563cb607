//! A fixture parameter names no fixture.
use itest::prelude::*;

pub struct Org;

#[fixture]
fn org() -> Org {
    Org
}

#[fixture]
fn user(orgg: &Org) -> u8 {
    let _ = orgg;
    1
}

fn main() {}
