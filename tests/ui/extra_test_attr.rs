use itest::prelude::*;

#[itest]
#[test]
fn std_test() {}

#[itest]
#[tokio::test]
async fn tokio_test() {}

fn main() {}
