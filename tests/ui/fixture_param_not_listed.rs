//! A test parameter is neither `&mut Db` nor a listed fixture.
use itest::prelude::*;

pub struct User;

#[fixture]
fn user() -> User {
    User
}

#[itest(fixtures = [user])]
fn misspelled(usr: &User) {
    let _ = usr;
}

#[itest]
fn not_listed(user: &User) {
    let _ = user;
}

#[itest(fixtures = [user])]
fn mutable(user: &mut User) {
    let _ = user;
}

fn main() {}
