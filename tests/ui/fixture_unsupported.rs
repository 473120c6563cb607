use itest::prelude::*;

#[fixture]
async fn users(_db: &mut Db) -> Vec<i64> {
    Vec::new()
}

fn main() {}
