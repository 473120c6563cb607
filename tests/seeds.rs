//! `seed = [..]`: SQL applied after the migrations, baked into the template,
//! so every seeded test starts with the rows in every strategy, and tests
//! without `seed` never see them.

mod common;

use itest::prelude::*;

async fn seeded_orgs(db: &mut Db) -> i64 {
    sqlx::query_scalar("SELECT count(*) FROM orgs WHERE name LIKE 'seeded-%'")
        .fetch_one(db.conn())
        .await
        .unwrap()
}

async fn owners(db: &mut Db) -> i64 {
    sqlx::query_scalar("SELECT count(*) FROM users WHERE email LIKE 'owner@seeded-%'")
        .fetch_one(db.conn())
        .await
        .unwrap()
}

/// Starts with both seed files applied, in order, then changes the seed
/// rows: the next test must not see the change.
async fn sees_the_seed_and_changes_it(db: &mut Db) {
    assert_eq!(seeded_orgs(db).await, 2, "orgs.sql was applied");
    assert_eq!(owners(db).await, 2, "users.sql ran after orgs.sql");
    sqlx::query("DELETE FROM users")
        .execute(db.conn())
        .await
        .unwrap();
    sqlx::query("UPDATE orgs SET name = 'changed-' || name")
        .execute(db.conn())
        .await
        .unwrap();
    assert_eq!(seeded_orgs(db).await, 0);
}

macro_rules! seeded_tests {
    ($($strategy:literal: $($name:ident),*;)*) => {$($(
        #[itest(db = $strategy, migrations = "tests/migrations",
                seed = ["tests/seeds/orgs.sql", "tests/seeds/users.sql"])]
        async fn $name(db: &mut Db) {
            sees_the_seed_and_changes_it(db).await;
        }
    )*)*};
}

seeded_tests! {
    "tx": tx_1, tx_2, tx_3;
    "truncate": truncate_1, truncate_2, truncate_3, truncate_4;
    "schema": schema_1, schema_2;
    "fresh": fresh_1, fresh_2;
}

macro_rules! unseeded_tests {
    ($($strategy:literal $name:ident),*) => {$(
        #[itest(db = $strategy, migrations = "tests/migrations")]
        async fn $name(db: &mut Db) {
            assert_eq!(seeded_orgs(db).await, 0, "no seed, no seed rows");
        }
    )*};
}

unseeded_tests!("tx" unseeded_tx, "truncate" unseeded_truncate, "schema" unseeded_schema,
    "fresh" unseeded_fresh);

#[itest(db = "tx", migrations = "tests/migrations", seed = ["tests/seeds_broken/broken.sql"])]
#[ignore = "run by a_failing_seed_names_its_file_and_line"]
async fn broken_seed_probe(_db: &mut Db) {}

#[test]
fn a_failing_seed_names_its_file_and_line() {
    let output = common::run_alone("broken_seed_probe", &[], &[]);
    let printed = common::text(&output);
    assert!(!output.status.success(), "{printed}");
    assert!(
        printed.contains("seed file ") && printed.contains("seeds_broken/broken.sql failed"),
        "names the file: {printed}"
    );
    assert!(printed.contains("orgz"), "says what is wrong: {printed}");
    assert!(printed.contains("line 2"), "and where: {printed}");
}
