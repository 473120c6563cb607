use itest::prelude::*;

#[itest(timeout = "5s")]
async fn no_strategy(db: &mut Db) {
    let _ = db;
}

fn main() {}
