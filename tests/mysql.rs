//! MySQL/MariaDB (feature `mysql`): every strategy on the machine's
//! MariaDB (ITEST_MYSQL_URL) or itest's embedded one, re-querying what
//! each test did from outside its isolation.

#![cfg(feature = "mysql")]

mod common;

use common::{run_alone, text};
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

/// Each statement that ends MySQL's transaction behind sqlx's back, after
/// a row was written: every one must fail its test.
macro_rules! implicit_commit {
    ($($name:ident: $sql:literal),*) => {$(
        #[itest(db = "tx", migrations = "tests/mysql_migrations")]
        #[ignore = "scenario: run by an_implicit_commit_fails_and_reaches_no_other_test"]
        async fn $name(db: &mut Db<MySql>) {
            insert_org(db, "before").await;
            sqlx::raw_sql($sql).execute(db.conn()).await.unwrap();
            insert_org(db, "after").await;
        }
    )*};
}

implicit_commit!(
    scenario_implicit_1_ddl: "CREATE TABLE leaked (id INT)",
    scenario_implicit_1_truncate: "TRUNCATE TABLE users",
    scenario_implicit_1_raw_commit: "COMMIT",
    scenario_implicit_1_commit_and_begin: "COMMIT; BEGIN",
    scenario_implicit_1_lock_tables: "LOCK TABLES orgs WRITE"
);

#[itest(db = "tx", migrations = "tests/mysql_migrations")]
#[ignore = "scenario: run by an_implicit_commit_fails_and_reaches_no_other_test"]
async fn scenario_implicit_2_after(db: &mut Db<MySql>) {
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
        .args([
            "scenario_implicit_",
            "--include-ignored",
            "--test-threads=1",
        ])
        .output()
        .unwrap();
    let printed = text(&output);
    assert!(!output.status.success(), "{printed}");
    assert!(printed.contains("implicit commit"), "{printed}");
    assert!(printed.contains("db = \"fresh\""), "{printed}");
    assert_eq!(printed.matches("implicit commit").count(), 5, "{printed}");
    assert!(printed.contains("1 passed; 5 failed"), "{printed}");
}

/// A fixture takes the same `Db<MySql>` as its test, inside its isolation.
#[fixture]
async fn acme(db: &mut Db<MySql>) -> u64 {
    insert_org(db, "acme").await
}

#[itest(db = "tx", fixtures = [acme], migrations = "tests/mysql_migrations")]
async fn fixtures_share_the_tests_database(db: &mut Db<MySql>, acme: &u64) {
    let name: String = sqlx::query_scalar("SELECT name FROM orgs WHERE id = ?")
        .bind(*acme)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(name, "acme");
}

/// A test without a `Db` of its own runs on its fixtures' server.
#[itest(db = "fresh", fixtures = [acme], migrations = "tests/mysql_migrations")]
async fn a_test_runs_on_its_fixtures_server(acme: &u64) {
    assert_eq!(*acme, 1, "the first org of a fresh copy");
}

/// The timed-out test's query is killed on the server, not left running.
#[test]
fn a_timed_out_query_is_killed_on_the_server() {
    // A query of this run's own: another run's may be sleeping right now.
    let token = format!("sleeper-{}", std::process::id());
    let output = run_alone(
        "scenario_sleeps_past_its_limit",
        &[("SLEEPER", &token)],
        &[],
    );
    let printed = text(&output);
    assert!(printed.contains("timed out after 300ms"), "{printed}");
    assert!(printed.contains("sessions were ended"), "{printed}");
    let sleeping: i64 = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(async {
            let options = itest::mysql_server_options().unwrap();
            let mut conn = MySqlConnection::connect_with(&options).await.unwrap();
            sqlx::query_scalar(
                "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE ?",
            )
            .bind(format!("SELECT SLEEP(31), '{token}'%"))
            .fetch_one(&mut conn)
            .await
            .unwrap()
        });
    assert_eq!(sleeping, 0, "no session still runs the query");
}

#[itest(db = "tx", timeout = "300ms", migrations = "tests/mysql_migrations")]
#[ignore = "scenario: run by a_timed_out_query_is_killed_on_the_server"]
async fn scenario_sleeps_past_its_limit(db: &mut Db<MySql>) {
    let token = std::env::var("SLEEPER").unwrap_or_default();
    sqlx::query(sqlx::AssertSqlSafe(format!("SELECT SLEEP(31), '{token}'")))
        .execute(db.conn())
        .await
        .unwrap();
}

/// A server that does not answer: an error within the limit that names
/// host and port, never the password.
#[test]
fn an_unreachable_server_is_named_without_its_password() {
    let started = std::time::Instant::now();
    let output = run_alone(
        "fresh::first_sees_only_its_own_rows",
        &[("ITEST_MYSQL_URL", "mysql://sam:s3cret-pw@127.0.0.1:9/shop")],
        &[],
    );
    let printed = text(&output);
    assert!(!output.status.success(), "{printed}");
    assert!(
        printed.contains("cannot connect to MySQL/MariaDB at 127.0.0.1:9"),
        "{printed}"
    );
    assert!(printed.contains("ITEST_MYSQL_URL"), "{printed}");
    assert!(!printed.contains("s3cret-pw"), "{printed}");
    assert!(started.elapsed() < std::time::Duration::from_secs(15));
}

fn server<T>(work: impl AsyncFnOnce(&mut MySqlConnection) -> T) -> T {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(async {
            let options = itest::mysql_server_options().unwrap();
            let mut conn = MySqlConnection::connect_with(&options).await.unwrap();
            work(&mut conn).await
        })
}

async fn databases_like(conn: &mut MySqlConnection, pattern: &str) -> Vec<String> {
    sqlx::query_scalar(
        "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE ?",
    )
    .bind(pattern)
    .fetch_all(conn)
    .await
    .unwrap()
}

#[itest(db = "fresh", migrations = "tests/mysql_private_migrations")]
#[ignore = "scenario: run by a_killed_runs_copies_are_dropped_by_the_next_run"]
async fn scenario_killed_while_fresh(db: &mut Db<MySql>) {
    println!("database: {}", db.database_name());
    insert_org(db, "left by a killed run").await;
    std::thread::sleep(std::time::Duration::from_secs(30));
}

#[itest(db = "fresh", migrations = "tests/mysql_private_migrations")]
#[ignore = "scenario: run by a_killed_runs_copies_are_dropped_by_the_next_run"]
async fn scenario_next_run(db: &mut Db<MySql>) {
    assert_eq!(count(db, "orgs").await, 0);
}

/// A process killed in the middle of a fresh test leaves its copy; the
/// next run proves that run dead (its lock is free, its process gone) and
/// drops the copy.
#[test]
fn a_killed_runs_copies_are_dropped_by_the_next_run() {
    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .env("ITEST_REPORT", "off")
        .args([
            "scenario_killed_while_fresh",
            "--exact",
            "--include-ignored",
            "--nocapture",
        ])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
    let database = loop {
        line.clear();
        assert!(
            std::io::BufRead::read_line(&mut out, &mut line).unwrap() > 0,
            "no database printed"
        );
        if let Some(name) = line.trim().split("database: ").nth(1) {
            break name.to_owned();
        }
    };
    // Its row is committed before the kill: the copy is in use, not empty.
    std::thread::sleep(std::time::Duration::from_millis(300));
    child.kill().unwrap();
    child.wait().unwrap();
    // (Not asserted here that the copy is left: another run on the server
    // may sweep it at any moment now, which is what is being tested.)

    let output = run_alone("scenario_next_run", &[], &[]);
    assert!(output.status.success(), "{}", text(&output));
    let left = server(async |conn| databases_like(conn, &database).await);
    assert!(left.is_empty(), "the next run dropped {database}");
}

/// A database with an itest name whose registry entry does not check (a
/// forged or copied mark) is never dropped, even as a dead run's copy: the
/// sweep names it and leaves it, data and all. Names are this test's own,
/// so that runs alongside are not disturbed.
#[test]
fn a_look_alike_is_refused_not_dropped() {
    let unique = format!("{:016x}", std::process::id() as u64 * 7919 + 17);
    let (name, run) = (format!("itest_{unique}_fdead_0"), format!("dead{unique}"));
    server(async |conn| {
        for sql in [
            format!("CREATE DATABASE `{name}`"),
            format!("CREATE TABLE `{name}`.precious (v INT)"),
            format!("INSERT INTO `{name}`.precious VALUES (1)"),
        ] {
            sqlx::query(sqlx::AssertSqlSafe(sql))
                .execute(&mut *conn)
                .await
                .unwrap();
        }
        // A run of another machine, gone (no lock, no session), whose copy
        // carries a mark that was not written for its name.
        sqlx::query(
            "INSERT INTO itest_coordination.owned (name, kind, run, mark, state)
             VALUES (?, 'fresh', ?, 'itest: fresh; check 0123456789abcdef', 'ready')",
        )
        .bind(&name)
        .bind(&run)
        .execute(&mut *conn)
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO itest_coordination.runs (id, host, pid, pid_start, parent_pid, parent_start)
             VALUES (?, 'another machine', 1, 1, 1, 1)",
        )
        .bind(&run)
        .execute(&mut *conn)
        .await
        .unwrap();
    });
    let output = run_alone("scenario_next_run", &[], &[]);
    let printed = text(&output);
    assert!(output.status.success(), "{printed}");
    assert!(
        printed.contains(&format!("refusing to use `{name}`")),
        "{printed}"
    );
    assert!(printed.contains("DROP DATABASE"), "{printed}");
    let kept: i64 = server(async |conn| {
        let kept = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) FROM `{name}`.precious"
        )))
        .fetch_one(&mut *conn)
        .await
        .unwrap();
        sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE `{name}`")))
            .execute(&mut *conn)
            .await
            .unwrap();
        for table in ["owned WHERE name", "runs WHERE id"] {
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "DELETE FROM itest_coordination.{table} = ?"
            )))
            .bind(if table.starts_with("owned") {
                &name
            } else {
                &run
            })
            .execute(&mut *conn)
            .await
            .unwrap();
        }
        kept
    });
    assert_eq!(kept, 1, "nothing of the look-alike was touched");
}

#[itest(db = "fresh", migrations = "tests/mysql_private_migrations")]
#[ignore = "scenario: run by a_kept_copy_outlives_the_process_not_the_invocation"]
async fn scenario_kept_fails(db: &mut Db<MySql>) {
    insert_org(db, "look at me").await;
    panic!("fails on purpose");
}

/// ITEST_KEEP=failed keeps a failed fresh test's copy, with its rows, past
/// the end of its process: the next process of the same invocation (as
/// under nextest) leaves it alone.
#[test]
fn a_kept_copy_outlives_the_process_not_the_invocation() {
    let output = run_alone("scenario_kept_fails", &[("ITEST_KEEP", "failed")], &[]);
    let printed = text(&output);
    assert!(!output.status.success(), "{printed}");
    let kept = printed
        .split("kept database `")
        .nth(1)
        .and_then(|rest| rest.split('`').next())
        .unwrap_or_else(|| panic!("no kept database named: {printed}"))
        .to_owned();
    assert!(printed.contains("mariadb -h "), "{printed}");
    // Another process of this invocation starts and sweeps.
    let output = run_alone("scenario_next_run", &[], &[]);
    assert!(output.status.success(), "{}", text(&output));
    let rows: i64 = server(async |conn| {
        let rows = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) FROM `{kept}`.orgs"
        )))
        .fetch_one(&mut *conn)
        .await
        .unwrap();
        // Done looking: dropped as the next invocation would.
        sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE `{kept}`")))
            .execute(&mut *conn)
            .await
            .unwrap();
        sqlx::query("DELETE FROM itest_coordination.owned WHERE name = ?")
            .bind(&kept)
            .execute(&mut *conn)
            .await
            .unwrap();
        rows
    });
    assert_eq!(rows, 1, "the kept copy has the failed test's row");
}
