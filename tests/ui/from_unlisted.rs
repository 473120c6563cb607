use itest::prelude::*;

#[fixture]
fn user() -> u32 {
    1
}

#[itest(fixtures = [user])]
fn names_a_fixture_that_is_not_listed(#[from(usr)] admin: &u32, #[from] other: &u32) {
    let _ = (admin, other);
}

fn main() {}
