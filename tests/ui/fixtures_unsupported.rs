use itest::prelude::*;

#[itest(db = "tx", fixtures = [users, crate::fixtures::orders])]
async fn uses_fixtures(_db: &mut Db) {}

fn main() {}
