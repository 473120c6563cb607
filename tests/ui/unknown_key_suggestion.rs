use itest::prelude::*;

#[itest(timout = "5s")]
fn misspelled_key() {}

fn main() {}
