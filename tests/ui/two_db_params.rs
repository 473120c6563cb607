use itest::prelude::*;

#[itest(db = "tx")]
async fn two_handles(a: &mut Db, b: &mut Db) {
    let _ = (a, b);
}

fn main() {}
