//! A parameter's type differs from the fixture's value.
use itest::prelude::*;

pub struct User;
pub struct Org;

#[fixture]
fn user() -> User {
    User
}

#[fixture]
fn org() -> Result<Org, String> {
    Ok(Org)
}

#[itest(fixtures = [user, org])]
fn wrong_types(user: &Org, org: User) {
    let _ = (user, org);
}

#[fixture]
fn team(user: &Org) -> u8 {
    let _ = user;
    1
}

fn main() {}
