use itest::prelude::*;

#[itest(db = "tx")]
async fn extra_param(db: &mut Db, user_id: i64) {
    let _ = (db, user_id);
}

#[itest(db = "tx")]
async fn shared_db(db: &Db) {
    let _ = db;
}

fn main() {}
