use itest::prelude::*;

#[itest(timeout = "0s")]
fn zero() {}

fn main() {}
