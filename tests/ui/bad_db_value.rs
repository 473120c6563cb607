use itest::prelude::*;

#[itest(db = "txn")]
async fn unknown_strategy(_db: &mut Db) {}

fn main() {}
