use itest::prelude::*;

struct Suite;

impl Suite {
    #[itest(db = "tx")]
    async fn method(&self, _db: &mut Db) {}
}

fn main() {}
