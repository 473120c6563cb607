use itest::prelude::*;

#[itest(timeout = 5)]
fn number_instead_of_string() {}

#[itest(db = tx)]
async fn path_instead_of_string(_db: &mut Db) {}

#[itest(fixtures = "users")]
fn string_instead_of_list() {}

#[itest(db)]
async fn key_without_value(_db: &mut Db) {}

fn main() {}
