use itest::prelude::*;

#[itest(retries = 3)]
fn unrelated_key() {}

fn main() {}
