use itest::prelude::*;

#[itest(timeout = "1s", db = "tx", timeout = "2s")]
async fn timeout_twice(_db: &mut Db) {}

fn main() {}
