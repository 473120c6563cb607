//! `fixtures = [..]` names something that is not a fixture.
use itest::prelude::*;

pub struct User;

#[fixture]
fn user() -> User {
    User
}

fn helper() -> User {
    User
}

mod elsewhere {}

#[itest(fixtures = [usr])]
fn misspelled() {}

#[itest(fixtures = [helper])]
fn not_a_fixture_function() {}

#[itest(fixtures = [User])]
fn a_type() {}

#[itest(fixtures = [elsewhere::user])]
fn wrong_module() {}

fn main() {}
