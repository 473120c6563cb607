use itest::prelude::*;

#[itest(parallel = false)]
fn unrelated_key() {}

fn main() {}
