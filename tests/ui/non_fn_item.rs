use itest::prelude::*;

#[itest(db = "tx")]
struct NotATest {
    id: i32,
}

fn main() {}
