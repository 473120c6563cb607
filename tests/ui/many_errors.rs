//! Every problem is reported at once, not only the first.
use itest::prelude::*;

#[itest(timout = "5s", db = "txn", retries = 3)]
#[test]
fn everything_wrong<T>(x: T) {
    let _ = x;
}

fn main() {}
