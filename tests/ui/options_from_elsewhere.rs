//! Options users bring from nextest and rstest: each error says what itest
//! does instead.
use itest::prelude::*;

#[itest(retries = 3)]
async fn retried() {}

#[fixture(once)]
fn config() -> u8 {
    1
}

fn main() {}
