use itest::prelude::*;

#[itest]
fn generic<T: Default>() {
    let _ = T::default();
}

fn main() {}
