use itest::prelude::*;

#[itest(db = "tx", migrations = "no/such/folder")]
async fn migrations_not_found(_db: &mut Db) {}

fn main() {}
