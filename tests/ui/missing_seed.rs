use itest::prelude::*;

#[itest(db = "tx", seed = ["no/such/seed.sql"])]
async fn seed_not_found(_db: &mut Db) {}

#[itest(seed = [plans])]
fn seed_without_a_database() {}

#[itest(seed = ["Cargo.toml"])]
fn seed_but_no_database() {}

fn main() {}
