use itest::prelude::*;

#[itest(timeout = "99999999999999999999h")]
fn too_long() {}

fn main() {}
