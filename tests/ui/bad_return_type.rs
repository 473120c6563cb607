use itest::prelude::*;

#[itest]
fn returns_a_number() -> i32 {
    1
}

struct NotDebug;

#[itest(db = "tx")]
async fn error_without_debug(_db: &mut Db) -> Result<(), NotDebug> {
    Ok(())
}

fn main() {}
