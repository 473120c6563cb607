//! MySQL/MariaDB (feature `mysql`): every strategy on the machine's
//! MariaDB (ITEST_MYSQL_URL) or itest's embedded one, re-querying what
//! each test did from outside its isolation.

#![cfg(feature = "mysql")]

mod common;

use common::text;
use itest::prelude::*;
use sqlx::{Connection, MySql, MySqlConnection};

type MyDb = Db<MySql>;

async fn count(db: &mut MyDb, table: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
        .fetch_one(db.conn())
        .await
        .unwrap()
}

/// What another session sees: committed data only.
async fn count_outside(db: &MyDb, table: &str) -> i64 {
    let mut other = MySqlConnection::connect_with(&db.connect_options())
        .await
        .unwrap();
    let n = sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
        .fetch_one(&mut other)
        .await
        .unwrap();
    other.close().await.unwrap();
    n
}

async fn insert_org(db: &mut MyDb, name: &str) -> u64 {
    sqlx::query("INSERT INTO orgs (name) VALUES (?)")
        .bind(name)
        .execute(db.conn())
        .await
        .unwrap()
        .last_insert_id()
}

macro_rules! each_strategy {
    ($($strategy:literal => $module:ident),*) => {$(
        mod $module {
            use super::*;

            /// Two tests insert the same unique row: each sees only its own.
            #[itest(db = $strategy, migrations = "tests/mysql_migrations")]
            async fn first_sees_only_its_own_rows(db: &mut Db<MySql>) {
                assert_eq!(count(db, "orgs").await, 0);
                insert_org(db, "acme").await;
                assert_eq!(count(db, "orgs").await, 1);
            }

            #[itest(db = $strategy, migrations = "tests/mysql_migrations")]
            async fn second_sees_only_its_own_rows(db: &mut Db<MySql>) {
                assert_eq!(count(db, "orgs").await, 0);
                insert_org(db, "acme").await;
                assert_eq!(count(db, "orgs").await, 1);
            }

            /// Foreign keys hold in the copy, and counters start again.
            #[itest(db = $strategy, migrations = "tests/mysql_migrations")]
            async fn foreign_keys_and_counters(db: &mut Db<MySql>) {
                let bad = sqlx::query("INSERT INTO users (email, org_id) VALUES ('a@b', 999)")
                    .execute(db.conn())
                    .await;
                assert!(bad.is_err(), "the foreign key is in place");
                let org = insert_org(db, "acme").await;
                if db.isolation() != itest::Isolation::Tx {
                    // tx rolls back; counters of a rolled-back insert move on.
                    assert_eq!(org, 1, "AUTO_INCREMENT starts from the template's");
                }
                sqlx::query("INSERT INTO users (email, org_id) VALUES ('a@b', ?)")
                    .bind(org)
                    .execute(db.conn())
                    .await
                    .unwrap();
                let via_view: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM user_emails")
                    .fetch_one(db.conn())
                    .await
                    .unwrap();
                assert_eq!(via_view, 1, "views are copied and read the copy");
            }

            /// The seed's rows are there for every test, and come back after one deletes them.
            #[itest(db = $strategy, migrations = "tests/mysql_migrations", seed = ["tests/mysql_seeds/plans.sql"])]
            async fn seeds_are_there_again(db: &mut Db<MySql>) {
                assert_eq!(count(db, "plans").await, 2);
                sqlx::query("DELETE FROM plans").execute(db.conn()).await.unwrap();
                assert_eq!(count(db, "plans").await, 0);
            }

            #[itest(db = $strategy, migrations = "tests/mysql_migrations", seed = ["tests/mysql_seeds/plans.sql"])]
            async fn seeds_are_there_again_too(db: &mut Db<MySql>) {
                assert_eq!(count(db, "plans").await, 2);
                sqlx::query("DELETE FROM plans").execute(db.conn()).await.unwrap();
            }

            /// The pool reaches the same database as the connection.
            #[itest(db = $strategy, migrations = "tests/mysql_migrations")]
            async fn pool_and_conn_agree(db: &mut Db<MySql>) {
                insert_org(db, "from-conn").await;
                let pool = db.pool();
                let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM orgs")
                    .fetch_one(&pool)
                    .await
                    .unwrap();
                assert_eq!(n, 1);
                let name: String = sqlx::query_scalar("SELECT DATABASE()")
                    .fetch_one(&pool)
                    .await
                    .unwrap();
                assert_eq!(name, db.database_name());
            }
        }
    )*};
}

each_strategy!("tx" => tx, "truncate" => truncate, "fresh" => fresh);

/// In tx, nothing is committed: another session sees nothing, and code
/// that commits its own transaction commits a savepoint.
#[itest(db = "tx", migrations = "tests/mysql_migrations")]
async fn tx_commits_of_the_code_are_savepoints(db: &mut Db<MySql>) {
    let mut tx = db.conn().begin().await.unwrap();
    sqlx::query("INSERT INTO orgs (name) VALUES ('committed')")
        .execute(&mut *tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(count(db, "orgs").await, 1, "the test sees it");
    assert_eq!(count_outside(db, "orgs").await, 0, "nobody else does");
}

/// Outside tx, the code's commits are real: another session sees them.
#[itest(db = "fresh", migrations = "tests/mysql_migrations")]
async fn fresh_commits_are_visible_to_other_sessions(db: &mut Db<MySql>) {
    insert_org(db, "visible").await;
    assert_eq!(count_outside(db, "orgs").await, 1);
}

#[itest(db = "tx", migrations = "tests/mysql_migrations")]
#[ignore = "scenario: run by an_implicit_commit_fails_and_reaches_no_other_test"]
async fn scenario_1_implicit_commit(db: &mut Db<MySql>) {
    insert_org(db, "before-ddl").await;
    // DDL commits the transaction in MySQL, and the insert with it.
    sqlx::query("CREATE TABLE leaked (id INT)")
        .execute(db.conn())
        .await
        .unwrap();
    insert_org(db, "after-ddl").await;
}

#[itest(db = "tx", migrations = "tests/mysql_migrations")]
#[ignore = "scenario: run by an_implicit_commit_fails_and_reaches_no_other_test"]
async fn scenario_2_after_implicit_commit(db: &mut Db<MySql>) {
    assert_eq!(count(db, "orgs").await, 0, "nothing committed is left");
    let leaked: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM information_schema.TABLES
         WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'leaked'",
    )
    .fetch_one(db.conn())
    .await
    .unwrap();
    assert_eq!(leaked, 0, "no table is left");
}

#[test]
fn an_implicit_commit_fails_and_reaches_no_other_test() {
    // One process, one test at a time: the worker the first test dirtied
    // is the one the second gets.
    let output = std::process::Command::new(std::env::current_exe().unwrap())
        .env("ITEST_REPORT", "off")
        .args(["scenario_", "--include-ignored", "--test-threads=1"])
        .output()
        .unwrap();
    let printed = text(&output);
    assert!(!output.status.success(), "{printed}");
    assert!(printed.contains("implicit commit"), "{printed}");
    assert!(printed.contains("db = \"fresh\""), "{printed}");
    assert!(printed.contains("1 passed; 1 failed"), "{printed}");
}

#[itest(db = "tx", timeout = "300ms", migrations = "tests/mysql_migrations")]
#[should_panic(expected = "timed out after 300ms")]
async fn a_timed_out_query_is_killed(db: &mut Db<MySql>) {
    sqlx::query("SELECT SLEEP(30)")
        .execute(db.conn())
        .await
        .unwrap();
}
