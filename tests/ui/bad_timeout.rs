use itest::prelude::*;

#[itest(timeout = "5 secs")]
fn words_for_units() {}

#[itest(timeout = "abc")]
fn no_number() {}

#[itest(timeout = "1.5s")]
fn fraction() {}

fn main() {}
