//! A fallible fixture whose error type cannot be shown.
use itest::prelude::*;

pub struct Org;
pub struct NotDebug;

#[fixture]
fn org() -> Result<Org, NotDebug> {
    Ok(Org)
}

fn main() {}
