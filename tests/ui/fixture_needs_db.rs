//! A fixture that needs `&mut Db`, itself or through a dependency, in a test
//! without `db`.
use itest::prelude::*;

pub struct Org;
pub struct User;

#[fixture]
async fn org(db: &mut Db) -> Org {
    let _ = db;
    Org
}

#[fixture]
fn user(org: &Org) -> User {
    let _ = org;
    User
}

#[itest(fixtures = [org])]
fn direct() {}

#[itest(timeout = "5s", fixtures = [user])]
fn through_a_dependency(user: &User) {
    let _ = user;
}

fn main() {}
