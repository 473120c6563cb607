use itest::prelude::*;

#[itest(fixtures = [users, orders, users])]
fn fixture_twice() {}

fn main() {}
