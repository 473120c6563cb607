//! db = "truncate", "schema" and "fresh": code under test may commit and
//! hold several connections; each test still sees only its own data.

mod common;

use common::{block_on, outside, run_alone, text};
use itest::prelude::*;
use sqlx::postgres::PgConnectOptions;
use sqlx::{Connection, Executor};

const SAME_EMAIL: &str = "committed-same-key@example.com";

/// Commits a row on one connection of the pool and reads it on another:
/// real commits, real concurrency, no savepoints.
async fn commit_across_connections(db: &mut Db) {
    let pool = db.pool();
    let mut writer = pool.acquire().await.unwrap();
    let mut reader = pool.acquire().await.unwrap();
    let mut tx = writer.begin().await.unwrap();
    sqlx::query("INSERT INTO users (email) VALUES ($1)")
        .bind(SAME_EMAIL)
        .execute(&mut *tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let seen: i64 = sqlx::query_scalar("SELECT count(*) FROM users")
        .fetch_one(&mut *reader)
        .await
        .unwrap();
    assert_eq!(seen, 1, "the committed row, and no other test's rows");
    // Committed for real: a separate session sees it too.
    let mut other = outside(&db.connect_options()).await;
    let committed: i64 = sqlx::query_scalar("SELECT count(*) FROM users WHERE email = $1")
        .bind(SAME_EMAIL)
        .fetch_one(&mut other)
        .await
        .unwrap();
    assert_eq!(committed, 1);
}

macro_rules! commit_tests {
    ($strategy:literal: $($name:ident)*) => {$(
        #[itest(db = $strategy, migrations = "tests/migrations")]
        async fn $name(db: &mut Db) {
            commit_across_connections(db).await;
        }
    )*};
}

commit_tests!("truncate": truncate_commits_1 truncate_commits_2 truncate_commits_3 truncate_commits_4);
commit_tests!("schema": schema_commits_1 schema_commits_2 schema_commits_3 schema_commits_4);
commit_tests!("fresh": fresh_commits_1 fresh_commits_2 fresh_commits_3 fresh_commits_4);

#[itest(db = "truncate", migrations = "tests/migrations")]
async fn truncate_restarts_sequences(db: &mut Db) {
    // Every test starts from id 1: sequences used by earlier tests restart.
    let id: i64 = sqlx::query_scalar("INSERT INTO orgs (name) VALUES ('first') RETURNING id")
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(id, 1);
}

#[itest(db = "truncate", migrations = "tests/migrations")]
async fn truncate_restarts_sequences_again(db: &mut Db) {
    let id: i64 = sqlx::query_scalar("INSERT INTO orgs (name) VALUES ('first') RETURNING id")
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(id, 1);
}

async fn ddl_is_visible_to_other_sessions(db: &mut Db) {
    sqlx::query("CREATE TABLE scratch (id INT)")
        .execute(db.conn())
        .await
        .unwrap();
    sqlx::query("INSERT INTO scratch VALUES (7)")
        .execute(db.conn())
        .await
        .unwrap();
    let pool = db.pool();
    let seen: i32 = sqlx::query_scalar("SELECT id FROM scratch")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(seen, 7);
}

#[itest(db = "schema", migrations = "tests/migrations")]
async fn schema_ddl_1(db: &mut Db) {
    ddl_is_visible_to_other_sessions(db).await;
}

#[itest(db = "schema", migrations = "tests/migrations")]
async fn schema_ddl_2(db: &mut Db) {
    ddl_is_visible_to_other_sessions(db).await;
}

#[itest(db = "fresh", migrations = "tests/migrations")]
async fn fresh_ddl_1(db: &mut Db) {
    ddl_is_visible_to_other_sessions(db).await;
}

#[itest(db = "fresh", migrations = "tests/migrations")]
async fn fresh_ddl_2(db: &mut Db) {
    ddl_is_visible_to_other_sessions(db).await;
}

#[itest(db = "fresh", migrations = "tests/migrations")]
async fn fresh_can_test_transaction_behaviour(db: &mut Db) {
    // Serialization failures need two real transactions: impossible in "tx".
    let pool = db.pool();
    let mut a = pool.acquire().await.unwrap();
    let mut b = pool.acquire().await.unwrap();
    a.execute("BEGIN ISOLATION LEVEL SERIALIZABLE")
        .await
        .unwrap();
    b.execute("BEGIN ISOLATION LEVEL SERIALIZABLE")
        .await
        .unwrap();
    let _: i64 = sqlx::query_scalar("SELECT count(*) FROM orgs")
        .fetch_one(&mut *a)
        .await
        .unwrap();
    let _: i64 = sqlx::query_scalar("SELECT count(*) FROM orgs")
        .fetch_one(&mut *b)
        .await
        .unwrap();
    sqlx::query("INSERT INTO orgs (name) VALUES ('a')")
        .execute(&mut *a)
        .await
        .unwrap();
    sqlx::query("INSERT INTO orgs (name) VALUES ('b')")
        .execute(&mut *b)
        .await
        .unwrap();
    a.execute("COMMIT").await.unwrap();
    let second = b.execute("COMMIT").await;
    let code = second
        .unwrap_err()
        .as_database_error()
        .and_then(|e| e.code())
        .map(|c| c.to_string());
    assert_eq!(code.as_deref(), Some("40001"), "serialization failure");
}

// --- Processes: leftovers of a killed run, keep-on-failure, foreign databases.

/// Prints its database (and schema) and then blocks, or fails, when asked.
async fn probe(db: &mut Db, schema: bool) {
    let place: String = if schema {
        let schema: String = sqlx::query_scalar("SELECT current_schema()::text")
            .fetch_one(db.conn())
            .await
            .unwrap();
        format!("{}/{schema}", db.database_name())
    } else {
        db.database_name().to_owned()
    };
    let before: i64 =
        sqlx::query_scalar("SELECT count(*) FROM users WHERE email = 'probe@example.com'")
            .fetch_one(db.conn())
            .await
            .unwrap();
    assert_eq!(before, 0, "a row of an earlier test in `{place}`");
    sqlx::query("INSERT INTO users (email) VALUES ('probe@example.com')")
        .execute(db.conn())
        .await
        .unwrap();
    println!("itest-probe={place}");
    if std::env::var("ITEST_PROBE_BLOCK").is_ok() {
        std::thread::sleep(std::time::Duration::from_secs(60));
    }
    assert!(
        std::env::var("ITEST_PROBE_FAIL").is_err(),
        "deliberate failure"
    );
}

#[itest(db = "fresh", migrations = "tests/migrations")]
async fn fresh_probe(db: &mut Db) {
    probe(db, false).await;
}

#[itest(db = "fresh", migrations = "tests/fresh_kill_migrations")]
#[ignore = "a probe, run by a_killed_runs_fresh_copy_is_made_again"]
async fn fresh_kill_probe(db: &mut Db) {
    probe(db, false).await;
}

#[itest(db = "fresh", migrations = "tests/fresh_invalid_migrations")]
#[ignore = "a probe, run by an_invalid_fresh_copy_is_made_again"]
async fn fresh_invalid_probe(db: &mut Db) {
    probe(db, false).await;
}

#[itest(db = "fresh", migrations = "tests/fresh_seal_migrations")]
#[ignore = "a probe, run by a_fresh_copy_whose_seal_was_broken_is_made_again"]
async fn fresh_seal_probe(db: &mut Db) {
    probe(db, false).await;
}

#[itest(db = "fresh", migrations = "tests/fresh_session_migrations")]
#[ignore = "a probe, run by a_tests_session_state_does_not_reach_the_check_after_it"]
async fn fresh_session_probe(db: &mut Db) {
    let rows: i64 = sqlx::query_scalar("SELECT count(*) FROM public.users")
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(rows, 0, "an earlier test's row is here");
    println!("itest-probe={}", db.database_name());
    // A row the check after the test must delete, then state left on the
    // session, which goes back to the pool as it is: under nextest, itest
    // takes it as the copy's cleaner. Read-only, it could delete nothing;
    // in an aborted transaction, it could not even look.
    sqlx::query("INSERT INTO public.users (email) VALUES ('committed@example.com')")
        .execute(db.conn())
        .await
        .unwrap();
    sqlx::raw_sql(
        "SET search_path = nowhere; SELECT pg_advisory_lock(4242); LISTEN itest_probe;
         SET default_transaction_read_only = on",
    )
    .execute(db.conn())
    .await
    .unwrap();
    let aborted = sqlx::raw_sql("BEGIN; SELECT 1 / 0")
        .execute(db.conn())
        .await;
    assert!(aborted.is_err(), "the transaction is left aborted");
}

#[itest(db = "schema", migrations = "tests/migrations")]
async fn schema_probe(db: &mut Db) {
    probe(db, true).await;
}

fn server() -> PgConnectOptions {
    itest::server_connect_options().expect("the suite's server")
}

fn database_exists(name: &str) -> bool {
    block_on(async {
        let mut admin = outside(&server()).await;
        sqlx::query_scalar("SELECT EXISTS (SELECT FROM pg_database WHERE datname = $1)")
            .bind(name)
            .fetch_one(&mut admin)
            .await
            .unwrap()
    })
}

fn schema_exists(database: &str, schema: &str) -> bool {
    block_on(async {
        let mut conn = outside(&server().database(database)).await;
        sqlx::query_scalar("SELECT EXISTS (SELECT FROM pg_namespace WHERE nspname = $1)")
            .bind(schema)
            .fetch_one(&mut conn)
            .await
            .unwrap()
    })
}

/// Whether database `name` is closed to connections, as a fresh copy at rest is.
fn sealed(name: &str) -> bool {
    block_on(async {
        let mut admin = outside(&server()).await;
        sqlx::query_scalar("SELECT NOT datallowconn FROM pg_database WHERE datname = $1")
            .bind(name)
            .fetch_optional(&mut admin)
            .await
            .unwrap()
            .unwrap_or(false)
    })
}

/// The oid of database `name`: a copy made again gets another.
fn oid_of(name: &str) -> u32 {
    block_on(async {
        let mut admin = outside(&server()).await;
        let oid: sqlx::postgres::types::Oid =
            sqlx::query_scalar("SELECT oid FROM pg_database WHERE datname = $1")
                .bind(name)
                .fetch_one(&mut admin)
                .await
                .unwrap();
        oid.0
    })
}

/// Opens a fresh copy at rest to connections (breaking its seal, so that
/// itest makes it again before it serves another test) and connects to it.
async fn open_at_rest(name: &str) -> sqlx::PgConnection {
    let mut admin = outside(&server()).await;
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
        "ALTER DATABASE \"{name}\" ALLOW_CONNECTIONS true"
    )))
    .execute(&mut admin)
    .await
    .unwrap();
    outside(&server().database(name)).await
}

/// The database a probe run printed.
fn probed(output: &std::process::Output) -> String {
    text(output)
        .split("itest-probe=")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .expect("the probe prints its database")
        .to_owned()
}

/// Starts the probe in a child process, reads the place it prints, checks
/// with `exists` that the place is there while the probe lives, and SIGKILLs
/// it. Checked before the kill: once the probe is dead, any other itest
/// process that starts (nextest runs several) may sweep its leftovers, as it
/// should, before this test looks.
fn kill_probe(test: &str, exists: impl Fn(&str) -> bool) -> String {
    use std::io::{BufRead, BufReader};
    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .env("ITEST_REPORT", "off")
        .args([
            test,
            "--exact",
            "--nocapture",
            "--include-ignored",
            "--test-threads=1",
        ])
        .env("ITEST_PROBE_BLOCK", "1")
        // A run of its own, as the next run that sweeps it (`run_alone`).
        .env_remove("NEXTEST_RUN_ID")
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = BufReader::new(child.stdout.take().unwrap());
    let place = stdout
        .lines()
        .map_while(Result::ok)
        .find_map(|line| line.split("itest-probe=").nth(1).map(str::to_owned))
        .expect("the probe prints where it runs");
    let place = place.trim().to_owned();
    let there = exists(&place);
    child.kill().unwrap(); // SIGKILL: no teardown, no exit hooks
    child.wait().unwrap();
    assert!(there, "the probe's `{place}` exists while it runs");
    place
}

/// A process killed mid-test leaves its copy as the test left it, without
/// the record that it was handed back clean: the next process to lease it
/// makes it again (the probe fails on an earlier test's row).
#[test]
fn a_killed_runs_fresh_copy_is_made_again() {
    let database = kill_probe("fresh_kill_probe", database_exists);
    let dirty: i64 = block_on(async {
        let mut conn = outside(&server().database(&database)).await;
        sqlx::query_scalar("SELECT count(*) FROM users")
            .fetch_one(&mut conn)
            .await
            .unwrap()
    });
    assert_eq!(dirty, 1, "the killed test's row is in `{database}`");
    // The template is this test's alone: the next run leases the same copy
    // once the server has seen the killed process's lock session end.
    let mut landed = Vec::new();
    for _ in 0..10 {
        let next = run_alone("fresh_kill_probe", &[], &[]);
        let printed = text(&next);
        assert!(next.status.success(), "{printed}");
        let place = printed
            .split("itest-probe=")
            .nth(1)
            .and_then(|rest| rest.split_whitespace().next())
            .expect("the probe prints its database")
            .to_owned();
        landed.push(place.clone());
        if place == database {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    panic!("no run leased `{database}` again: {landed:?}");
}

/// A process killed in the middle of `DROP DATABASE` leaves the database
/// invalid (PostgreSQL 15.4 and later refuse to connect to it): the next
/// process to lease that copy makes it again instead of failing.
#[test]
fn an_invalid_fresh_copy_is_made_again() {
    let first = run_alone("fresh_invalid_probe", &[], &[]);
    assert!(first.status.success(), "{}", text(&first));
    let template = text(&first)
        .split("itest-probe=")
        .nth(1)
        .and_then(|rest| rest.split("_p").next())
        .expect("the probe prints its copy")
        .to_owned();
    // What an interrupted drop leaves (datconnlimit -2 marks it invalid).
    block_on(async {
        let mut admin = outside(&server()).await;
        sqlx::query(
            "UPDATE pg_database SET datconnlimit = -2
             WHERE starts_with(datname, $1 || '_p')",
        )
        .bind(&template)
        .execute(&mut admin)
        .await
        .unwrap();
    });
    let next = run_alone("fresh_invalid_probe", &[], &[]);
    assert!(next.status.success(), "{}", text(&next));
    let used = probed(&next);
    assert!(sealed(&used), "`{used}` is handed back sealed");
    let rows: i64 = block_on(async {
        let mut conn = open_at_rest(&used).await;
        sqlx::query_scalar("SELECT count(*) FROM users")
            .fetch_one(&mut conn)
            .await
            .unwrap()
    });
    assert_eq!(rows, 0, "`{used}` is a valid, clean copy again");
}

/// A copy is handed back sealed (closed to connections), and the next
/// process uses it without looking at it again only while that seal is the
/// one recorded. Here someone opens it, commits a row, and closes it again:
/// the next process finds another seal and makes the copy again, so the
/// probe (which fails on an earlier row) passes. Then the record goes, as
/// when a process dies between sealing a copy and recording it: made again
/// too. Both ways a copy is sealed are run: at exit (cargo test) and before
/// the check after the one test of a process (nextest).
#[test]
fn a_fresh_copy_whose_seal_was_broken_is_made_again() {
    let one_per_process = [("NEXTEST_EXECUTION_MODE", "process-per-test")];
    let many_per_process: [&str; 1] = ["NEXTEST_EXECUTION_MODE"];
    let first = run_alone("fresh_seal_probe", &[], &many_per_process);
    assert!(first.status.success(), "{}", text(&first));
    let copy = probed(&first);
    assert!(
        sealed(&copy),
        "`{copy}` is handed back sealed at exit: {}",
        text(&first)
    );
    let made = oid_of(&copy);
    // Unbroken: the same copy, emptied, sealed again after the check.
    let again = run_alone("fresh_seal_probe", &one_per_process, &[]);
    assert!(again.status.success(), "{}", text(&again));
    assert_eq!(probed(&again), copy, "the copy at rest is used again");
    assert_eq!(oid_of(&copy), made, "`{copy}` was used, not made again");
    assert!(
        sealed(&copy),
        "`{copy}` is sealed before its last check: {}",
        text(&again)
    );
    block_on(async {
        let mut conn = open_at_rest(&copy).await;
        sqlx::query("INSERT INTO users (email) VALUES ('probe@example.com')")
            .execute(&mut conn)
            .await
            .unwrap();
        conn.close().await.unwrap();
        let mut admin = outside(&server()).await;
        sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
            "ALTER DATABASE \"{copy}\" ALLOW_CONNECTIONS false"
        )))
        .execute(&mut admin)
        .await
        .unwrap();
        // Gone from the server too: a worker someone is in is not leased.
        while sqlx::query_scalar::<_, bool>(
            "SELECT EXISTS (SELECT FROM pg_stat_activity WHERE datname = $1)",
        )
        .bind(&copy)
        .fetch_one(&mut admin)
        .await
        .unwrap()
        {
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
    });
    let next = run_alone("fresh_seal_probe", &one_per_process, &[]);
    assert!(next.status.success(), "{}", text(&next));
    assert_eq!(probed(&next), copy, "in its place: {}", text(&next));
    let remade = oid_of(&copy);
    assert_ne!(remade, made, "`{copy}` is made again after its seal broke");
    let next = run_alone("fresh_seal_probe", &[], &many_per_process);
    assert!(next.status.success(), "{}", text(&next));
    assert_eq!(oid_of(&copy), remade, "the copy made again is used again");
    block_on(async {
        let mut registry = outside(&server().database("itest_coordination")).await;
        sqlx::query("DELETE FROM itest.pristine WHERE database = $1")
            .bind(&copy)
            .execute(&mut registry)
            .await
            .unwrap();
    });
    let next = run_alone("fresh_seal_probe", &one_per_process, &[]);
    assert!(next.status.success(), "{}", text(&next));
    assert_eq!(probed(&next), copy, "in its place: {}", text(&next));
    assert_ne!(oid_of(&copy), remade, "`{copy}` unrecorded is made again");
}

/// Under nextest the check after a test runs on one of the test's own
/// sessions. Whatever the test left on it (an aborted transaction, read-only
/// transactions, a search path, a lock, a listen) is gone first: the copy
/// is checked, emptied and sealed as usual, and the next process gets the
/// same copy, clean.
#[test]
fn a_tests_session_state_does_not_reach_the_check_after_it() {
    let one_per_process = [("NEXTEST_EXECUTION_MODE", "process-per-test")];
    let first = run_alone("fresh_session_probe", &one_per_process, &[]);
    assert!(first.status.success(), "{}", text(&first));
    let copy = probed(&first);
    let made = oid_of(&copy);
    assert!(
        sealed(&copy),
        "`{copy}` is sealed after its check: {}",
        text(&first)
    );
    for _ in 0..3 {
        let next = run_alone("fresh_session_probe", &one_per_process, &[]);
        assert!(next.status.success(), "{}", text(&next));
        assert_eq!(probed(&next), copy, "the copy at rest is used again");
        assert_eq!(
            oid_of(&copy),
            made,
            "`{copy}` was checked and emptied, not made again: {}",
            text(&next)
        );
    }
}

#[test]
fn a_killed_runs_schema_is_dropped_by_the_next_run() {
    let in_database = |place: &str| {
        let (database, schema) = place.split_once('/').expect("database/schema");
        schema_exists(database, schema)
    };
    let place = kill_probe("schema_probe", in_database);
    let (database, schema) = place
        .split_once('/')
        .expect("the probe prints database/schema");
    let next = run_alone("schema_probe", &[], &[]);
    assert!(next.status.success(), "{}", text(&next));
    assert!(
        !schema_exists(database, schema),
        "the next run did not drop `{schema}`"
    );
}

#[test]
fn keep_failed_keeps_the_database_and_says_how_to_connect() {
    // One invocation (as one `cargo test` or `cargo nextest run`): the
    // failing test keeps its database, and a later test process of the same
    // invocation, which sweeps what dead runs left, must leave it.
    // The invocation stays alive (reading its stdin) while this test looks.
    use std::io::{BufRead, BufReader};
    let exe = std::env::current_exe().unwrap();
    let mut invocation = std::process::Command::new("sh")
        .env("ITEST_REPORT", "off")
        // Its second process sweeps, as every process of a cargo test
        // invocation does (under nextest only a run's first one does).
        .env_remove("NEXTEST_RUN_ID")
        .args([
            "-c",
            r#"ITEST_KEEP=failed ITEST_PROBE_FAIL=1 "$0" fresh_probe --exact --nocapture --test-threads=1 2>&1
               "$0" fresh_probe --exact --nocapture --test-threads=1 >/dev/null 2>&1 || echo "second run failed"
               echo "itest-invocation-waiting"
               read done"#,
        ])
        .arg(&exe)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut printed = String::new();
    for line in BufReader::new(invocation.stdout.take().unwrap())
        .lines()
        .map_while(Result::ok)
    {
        if line == "itest-invocation-waiting" {
            break;
        }
        printed.push_str(&line);
        printed.push('\n');
    }
    assert!(!printed.contains("second run failed"), "{printed}");
    let used = printed
        .split("itest-probe=")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .expect("the probe prints its database")
        .to_owned();
    // Renamed, so that no later test is handed it.
    let database = printed
        .split("kept database `")
        .nth(1)
        .and_then(|rest| rest.split('`').next())
        .expect("the failure says which database it kept")
        .to_owned();
    assert!(
        printed.contains(&format!("(the test's `{used}`)")),
        "{printed}"
    );
    assert!(printed.contains("psql 'postgres://"), "{printed}");
    assert!(printed.contains(&format!("/{database}'")), "{printed}");
    let rows: i64 = block_on(async {
        let mut conn = outside(&server().database(&database)).await;
        sqlx::query_scalar("SELECT count(*) FROM users WHERE email = 'probe@example.com'")
            .fetch_one(&mut conn)
            .await
            .unwrap()
    });
    assert_eq!(
        rows, 1,
        "the failed test's data is still there, after another test of its run"
    );
    drop(invocation.stdin.take()); // the invocation ends
    invocation.wait().unwrap();

    // The next invocation cleans it.
    let next = run_alone("fresh_probe", &[], &[]);
    assert!(next.status.success(), "{}", text(&next));
    assert!(
        !database_exists(&database),
        "the next run did not clean the kept `{database}`"
    );
}

#[itest(db = "truncate", migrations = "tests/foreign_probe_migrations")]
#[ignore = "run by truncate_refuses_a_database_it_did_not_create, which tampers with its worker"]
async fn foreign_probe(db: &mut Db) {
    println!("itest-probe={}", db.database_name());
}

#[test]
fn truncate_refuses_a_database_it_did_not_create() {
    let first = run_alone("foreign_probe", &[], &[]);
    let first_text = text(&first);
    assert!(first.status.success(), "{first_text}");
    let worker = first_text
        .split("itest-probe=")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .expect("the probe prints its worker")
        .to_owned();

    // Make the worker look like somebody else's database, with data in it.
    block_on(async {
        let mut admin = outside(&server()).await;
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "COMMENT ON DATABASE \"{worker}\" IS 'not itest'"
        )))
        .execute(&mut admin)
        .await
        .unwrap();
        let mut conn = outside(&server().database(&worker)).await;
        sqlx::query("INSERT INTO precious VALUES (42)")
            .execute(&mut conn)
            .await
            .unwrap();
    });

    let refused = run_alone("foreign_probe", &[], &[]);
    let refused_text = text(&refused);
    assert!(!refused.status.success(), "{refused_text}");
    assert!(
        refused_text.contains(&format!("refusing to use `{worker}`")),
        "{refused_text}"
    );
    assert!(
        refused_text.contains("itest did not create it"),
        "{refused_text}"
    );

    block_on(async {
        let mut conn = outside(&server().database(&worker)).await;
        let kept: i64 = sqlx::query_scalar("SELECT count(*) FROM precious")
            .fetch_one(&mut conn)
            .await
            .unwrap();
        assert_eq!(kept, 1, "itest touched a database it did not create");
        drop(conn);
        let mut admin = outside(&server()).await;
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "DROP DATABASE \"{worker}\" WITH (FORCE)"
        )))
        .execute(&mut admin)
        .await
        .unwrap();
    });
}

// Two tests running at once never share a truncate worker, even in one
// process (advisory locks are re-entrant within the session that leases them).
static WORKERS_IN_USE: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

async fn holds_its_worker_alone(db: &mut Db) {
    let worker = db.database_name().to_owned();
    {
        let mut in_use = WORKERS_IN_USE.lock().unwrap();
        assert!(
            !in_use.contains(&worker),
            "`{worker}` is leased twice at once"
        );
        in_use.push(worker.clone());
    }
    commit_across_connections(db).await;
    tokio::time::sleep(std::time::Duration::from_millis(30)).await;
    WORKERS_IN_USE.lock().unwrap().retain(|w| *w != worker);
}

macro_rules! exclusive_worker_tests {
    ($($name:ident)*) => {$(
        #[itest(db = "truncate", migrations = "tests/migrations")]
        async fn $name(db: &mut Db) {
            holds_its_worker_alone(db).await;
        }
    )*};
}

exclusive_worker_tests!(
    exclusive_worker_1 exclusive_worker_2 exclusive_worker_3 exclusive_worker_4
    exclusive_worker_5 exclusive_worker_6 exclusive_worker_7 exclusive_worker_8
);

// Rows linked by a foreign key are emptied children first; every test of
// the pair starts from empty tables and first ids.
macro_rules! related_rows_tests {
    ($($name:ident)*) => {$(
        #[itest(db = "truncate", migrations = "tests/migrations")]
        async fn $name(db: &mut Db) {
            let (orgs, users): (i64, i64) =
                sqlx::query_as("SELECT (SELECT count(*) FROM orgs), (SELECT count(*) FROM users)")
                    .fetch_one(db.conn())
                    .await
                    .unwrap();
            assert_eq!((orgs, users), (0, 0), "an earlier test's rows are still there");
            let org: i64 = sqlx::query_scalar("INSERT INTO orgs (name) VALUES ('acme') RETURNING id")
                .fetch_one(db.conn())
                .await
                .unwrap();
            assert_eq!(org, 1);
            sqlx::query("INSERT INTO users (email, org_id) VALUES ('a@acme.test', $1)")
                .bind(org)
                .execute(db.conn())
                .await
                .unwrap();
        }
    )*};
}

related_rows_tests!(related_rows_1 related_rows_2 related_rows_3);

#[itest(db = "schema", migrations = "tests/migrations")]
async fn schema_records_its_migrations_as_sqlx_does(db: &mut Db) {
    // Code under test that runs its migrations finds them all applied.
    // Where the sources are when the test runs (an archived run moves them).
    let crate_dir =
        std::env::var("CARGO_MANIFEST_DIR").unwrap_or(env!("CARGO_MANIFEST_DIR").into());
    let folder = std::path::Path::new(&crate_dir).join("tests/migrations");
    let migrator = sqlx::migrate::Migrator::new(folder.as_path())
        .await
        .unwrap();
    migrator
        .run(&db.pool())
        .await
        .expect("nothing left to apply");
    let applied: i64 = sqlx::query_scalar("SELECT count(*) FROM _sqlx_migrations WHERE success")
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(applied, migrator.iter().count() as i64);
}

// One fixture for every strategy: it asks which one its test runs under.

/// What an app fixture would decide from the strategy: tx gives the app the
/// test's one session, the others a pool of its own connections.
#[fixture]
fn app_isolation(db: &mut Db) -> itest::Isolation {
    db.isolation()
}

macro_rules! isolation_is_known {
    ($($strategy:literal $name:ident $expected:ident),*) => {$(
        #[itest(db = $strategy, fixtures = [app_isolation], migrations = "tests/migrations")]
        async fn $name(db: &mut Db, app_isolation: &itest::Isolation) {
            assert_eq!(*app_isolation, itest::Isolation::$expected);
            assert_eq!(db.isolation(), itest::Isolation::$expected);
        }
    )*};
}

isolation_is_known!(
    "tx" a_fixture_sees_tx Tx,
    "truncate" a_fixture_sees_truncate Truncate,
    "schema" a_fixture_sees_schema Schema,
    "fresh" a_fixture_sees_fresh Fresh
);

// --- Fresh copies reused: only when the test changed nothing but rows.

/// What every pristine probe checks first: nothing an earlier test did is
/// there. Returns what it found wrong.
async fn pristine_leftovers(db: &mut Db) -> Vec<String> {
    let checks = [
        ("table extra", "to_regclass('extra') IS NOT NULL"),
        (
            "column users.extra",
            "EXISTS (SELECT FROM information_schema.columns
                     WHERE table_name = 'users' AND column_name = 'extra')",
        ),
        ("function extra_fn", "to_regproc('extra_fn') IS NOT NULL"),
        ("index extra_idx", "to_regclass('extra_idx') IS NOT NULL"),
        (
            "a grant on users",
            "(SELECT relacl IS NOT NULL FROM pg_class WHERE oid = 'users'::regclass)",
        ),
        (
            "a comment on users",
            "obj_description('users'::regclass, 'pg_class') IS NOT NULL",
        ),
        (
            "a large object",
            "EXISTS (SELECT FROM pg_largeobject_metadata)",
        ),
        (
            "a database setting",
            "current_setting('itest.probe', true) IS NOT NULL",
        ),
        ("rows in users", "EXISTS (SELECT FROM users)"),
        ("rows in orgs", "EXISTS (SELECT FROM orgs)"),
        (
            "changed colors",
            "(SELECT string_agg(id || name, ',' ORDER BY id) FROM colors)
                 IS DISTINCT FROM '1red,2green,3blue'",
        ),
        (
            "a used sequence",
            "(SELECT last_value IS NOT NULL FROM pg_sequences WHERE sequencename = 'users_id_seq')",
        ),
    ];
    let mut found = Vec::new();
    for (what, sql) in checks {
        let there: bool = sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT {sql}")))
            .fetch_one(db.conn())
            .await
            .unwrap();
        if there {
            found.push(what.to_owned());
        }
    }
    found
}

/// Checks the copy, prints its oid, then makes `change`.
async fn pristine_probe(db: &mut Db, test: &str, change: &str) {
    let leftovers = pristine_leftovers(db).await;
    assert!(
        leftovers.is_empty(),
        "`{test}` got a copy with an earlier test's {leftovers:?}"
    );
    let oid: i64 = sqlx::query_scalar(
        "SELECT oid::bigint FROM pg_database WHERE datname = current_database()",
    )
    .fetch_one(db.conn())
    .await
    .unwrap();
    println!("itest-oid={test} {oid}");
    sqlx::raw_sql(sqlx::AssertSqlSafe(change.to_owned()))
        .execute(db.conn())
        .await
        .unwrap();
}

macro_rules! pristine_probes {
    ($($name:ident: $change:expr;)*) => {$(
        #[itest(db = "fresh", migrations = "tests/pristine_migrations")]
        #[ignore = "a probe, run by a_fresh_copy_is_reused_only_when_the_test_changed_rows"]
        async fn $name(db: &mut Db) {
            pristine_probe(db, stringify!($name), $change).await;
        }
    )*};
}

pristine_probes! {
    pristine_comment: "COMMENT ON TABLE users IS 'changed'";
    pristine_ddl_column: "ALTER TABLE users ADD COLUMN extra INT";
    pristine_ddl_table: "CREATE TABLE extra (id INT)";
    pristine_function: "CREATE FUNCTION extra_fn() RETURNS INT LANGUAGE sql AS 'SELECT 1'";
    pristine_grant: "GRANT SELECT ON users TO PUBLIC";
    pristine_index: "CREATE INDEX extra_idx ON users (org_id)";
    pristine_large_object: "SELECT lo_create(0)";
    pristine_setting: "DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET itest.probe = %L',
                                                  current_database(), 'set'); END $$";
    pristine_template_rows: "UPDATE colors SET name = 'changed' WHERE id = 1";
    pristine_truncate: "TRUNCATE users, orgs";
    pristine_z_rows: "INSERT INTO orgs (name) VALUES ('acme');
                      INSERT INTO users (email, org_id) VALUES ('a@example.com', 1), ('b@example.com', 1);
                      SELECT nextval('orgs_id_seq')";
}

/// The oids each probe's runs printed, in order.
fn oids_by_probe(printed: &str) -> Vec<(String, String)> {
    printed
        .lines()
        .filter_map(|line| line.split("itest-oid=").nth(1))
        .filter_map(|rest| {
            let (test, oid) = rest.trim().split_once(' ')?;
            Some((test.to_owned(), oid.to_owned()))
        })
        .collect()
}

/// Each probe runs twice in one process (ITEST_REPEAT=2): the second run
/// gets the copy the first one changed, checked. Rows and sequences are put
/// back and the copy reused (same database); any other change makes a new
/// copy. Whatever happened, the second run finds nothing of the first. Then
/// a second process gets the copy the first one handed back at exit.
#[test]
fn a_fresh_copy_is_reused_only_when_the_test_changed_rows() {
    let run = |filter: &str| {
        let output = std::process::Command::new(std::env::current_exe().unwrap())
            .env("ITEST_REPORT", "off")
            .env("ITEST_REPEAT", "2")
            .args([
                filter,
                "--nocapture",
                "--include-ignored",
                "--test-threads=1",
            ])
            .output()
            .unwrap();
        let printed = text(&output);
        assert!(output.status.success(), "{printed}");
        oids_by_probe(&printed)
    };
    let first = run("pristine_");
    let mut probes: Vec<&str> = first.iter().map(|(test, _)| test.as_str()).collect();
    probes.dedup();
    assert_eq!(probes.len(), 11, "every probe ran: {first:?}");
    for probe in probes {
        let oids: Vec<&str> = first
            .iter()
            .filter(|(test, _)| test == probe)
            .map(|(_, oid)| oid.as_str())
            .collect();
        assert_eq!(oids.len(), 2, "{probe} ran twice: {first:?}");
        let reused = oids[0] == oids[1];
        assert_eq!(
            reused,
            probe == "pristine_z_rows",
            "{probe}: reused = {reused} ({first:?})"
        );
    }
    let handed_back = &first.last().unwrap().1;
    let second = run("pristine_z_rows");
    assert_eq!(
        &second[0].1, handed_back,
        "the next process got the copy handed back clean ({first:?} then {second:?})"
    );
}

// --- db = "schema" hands a schema to the process's next test when its test
// changed only rows. The steps run in one child process, one at a time; each
// takes the next step of SCENARIO whatever order libtest runs them in.

/// What each step does after checking that it got the schema as migrations
/// and seeds made it: `None` writes rows only (the next step must get the
/// same schema), `Some(sql)` also runs `sql`, after which the next step
/// must get another schema.
const SCENARIO: &[Option<&str>] = &[
    None,
    None,
    Some("CREATE TABLE scratch (id INT)"),
    None,
    Some("ALTER TABLE users ADD COLUMN extra INT"),
    None,
    Some("CREATE FUNCTION answer() RETURNS INT LANGUAGE sql AS 'SELECT 42'"),
    None,
    Some("CREATE INDEX users_org ON users (org_id)"),
    None,
    Some("GRANT SELECT ON orgs TO PUBLIC"),
    None,
    Some("COMMENT ON TABLE orgs IS 'changed'"),
    None,
    Some("CREATE TYPE mood AS ENUM ('ok')"),
    None,
    Some("ALTER TYPE level ADD VALUE 'mid'"),
    None,
    Some("UPDATE plans SET name = 'changed' WHERE id = 1"),
    None,
    Some("DELETE FROM plans WHERE id = 3"),
    None,
    Some("INSERT INTO plans (name) VALUES ('extra')"),
    None,
    None,
];

static REUSE_STEP: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
/// The schema each step got, and the first (new) schema's structure.
static REUSE_SCHEMAS: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());
static REUSE_STRUCTURE: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Everything DDL in SCENARIO could change, as text.
const STRUCTURE: &str = "
    SELECT string_agg(x, E'\n' ORDER BY x) FROM (
        SELECT 'rel ' || relname || ' ' || relkind::text || ' ' || COALESCE(relacl::text, '-') || ' '
               || COALESCE(obj_description(oid, 'pg_class'), '-')
        FROM pg_class WHERE relnamespace = current_schema()::regnamespace
        UNION ALL SELECT 'col ' || attrelid::regclass || '.' || attname || ' ' || format_type(atttypid, atttypmod)
        FROM pg_attribute
        WHERE attrelid IN (SELECT oid FROM pg_class WHERE relnamespace = current_schema()::regnamespace)
          AND attnum > 0 AND NOT attisdropped
        UNION ALL SELECT 'fn ' || proname FROM pg_proc WHERE pronamespace = current_schema()::regnamespace
        UNION ALL SELECT 'type ' || typname FROM pg_type WHERE typnamespace = current_schema()::regnamespace
        UNION ALL SELECT 'enum ' || enumlabel || ' ' || enumsortorder FROM pg_enum
        WHERE enumtypid IN (SELECT oid FROM pg_type WHERE typnamespace = current_schema()::regnamespace)
    ) structure(x)";

async fn reuse_step(db: &mut Db) {
    if std::env::var_os("ITEST_REUSE_SCENARIO").is_none() {
        return;
    }
    let step = REUSE_STEP.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let schema: String = sqlx::query_scalar("SELECT current_schema()::text")
        .fetch_one(db.conn())
        .await
        .unwrap();
    println!(
        "itest-reuse-step={step} database={} schema={schema}",
        db.database_name()
    );
    let previous = REUSE_SCHEMAS.lock().unwrap().last().cloned();
    REUSE_SCHEMAS.lock().unwrap().push(schema.clone());
    if let Some(previous) = previous {
        match SCENARIO[step - 1] {
            None => assert_eq!(
                schema, previous,
                "step {step}: a schema whose test wrote only rows is reused"
            ),
            Some(sql) => assert_ne!(
                schema, previous,
                "step {step}: the schema of `{sql}` was reused"
            ),
        }
    }

    // The structure migrations made, nothing an earlier step did.
    let structure: String = sqlx::query_scalar(STRUCTURE)
        .fetch_one(db.conn())
        .await
        .unwrap();
    let first = REUSE_STRUCTURE.get_or_init(|| structure.clone());
    assert_eq!(&structure, first, "step {step}: the structure differs");
    // Rows: the migration's and the seed's, no earlier step's.
    let rows: (String, String, i64) = sqlx::query_as(
        "SELECT (SELECT string_agg(id || ' ' || name || ' ' || level, ', ' ORDER BY id) FROM plans),
                (SELECT string_agg(id || ' ' || name || ' ' || plan_id, ', ' ORDER BY id) FROM orgs),
                (SELECT count(*) FROM users)",
    )
    .fetch_one(db.conn())
    .await
    .unwrap();
    assert_eq!(
        rows,
        (
            "1 free low, 2 pro low, 3 team low".into(),
            "1 seeded 1".into(),
            0
        ),
        "step {step}: rows"
    );
    // Sequences: where migrations and seeds left them.
    let sequences: (i64, bool, i64, bool, i64, bool) = sqlx::query_as(
        "SELECT p.last_value, p.is_called, o.last_value, o.is_called, u.last_value, u.is_called
         FROM plans_id_seq p, orgs_id_seq o, users_id_seq u",
    )
    .fetch_one(db.conn())
    .await
    .unwrap();
    assert_eq!(
        sequences,
        (3, true, 1, true, 1, false),
        "step {step}: sequences"
    );

    // Rows and sequences, committed on several connections.
    let org: i64 =
        sqlx::query_scalar("INSERT INTO orgs (name, plan_id) VALUES ('acme', 2) RETURNING id")
            .fetch_one(db.conn())
            .await
            .unwrap();
    assert_eq!(org, 2);
    let pool = db.pool();
    for n in 0..3 {
        sqlx::query("INSERT INTO users (email, org_id) VALUES ($1, $2)")
            .bind(format!("u{n}@acme.test"))
            .bind(org)
            .execute(&pool)
            .await
            .unwrap();
    }
    sqlx::query("SELECT nextval('plans_id_seq')")
        .execute(db.conn())
        .await
        .unwrap();
    if let Some(sql) = SCENARIO[step] {
        sqlx::query(sql).execute(db.conn()).await.unwrap();
    }
}

macro_rules! reuse_steps {
    ($($name:ident)*) => {$(
        #[itest(db = "schema", migrations = "tests/reuse_migrations", seed = ["tests/reuse_seeds/orgs.sql"])]
        #[ignore = "run in one process by a_schema_is_reused_only_after_a_test_that_changed_only_rows"]
        async fn $name(db: &mut Db) {
            reuse_step(db).await;
        }
    )*};
}

reuse_steps!(
    reuse_step_01 reuse_step_02 reuse_step_03 reuse_step_04 reuse_step_05
    reuse_step_06 reuse_step_07 reuse_step_08 reuse_step_09 reuse_step_10
    reuse_step_11 reuse_step_12 reuse_step_13 reuse_step_14 reuse_step_15
    reuse_step_16 reuse_step_17 reuse_step_18 reuse_step_19 reuse_step_20
    reuse_step_21 reuse_step_22 reuse_step_23 reuse_step_24 reuse_step_25
);

#[test]
fn a_schema_is_reused_only_after_a_test_that_changed_only_rows() {
    let output = std::process::Command::new(std::env::current_exe().unwrap())
        .env("ITEST_REPORT", "off")
        .env("ITEST_REUSE_SCENARIO", "1")
        // One process for every step, as under cargo test.
        .env_remove("NEXTEST_RUN_ID")
        .args([
            "reuse_step_",
            "--include-ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .output()
        .unwrap();
    let printed = text(&output);
    assert!(output.status.success(), "{printed}");
    let places: Vec<(String, String)> = printed
        .lines()
        .filter_map(|line| line.split("itest-reuse-step=").nth(1))
        .map(|rest| {
            let field = |name: &str| {
                rest.split_whitespace()
                    .find_map(|f| f.strip_prefix(name))
                    .unwrap()
                    .to_owned()
            };
            (field("database="), field("schema="))
        })
        .collect();
    assert_eq!(places.len(), SCENARIO.len(), "{printed}");
    // One schema per DDL step, and the first.
    let mut schemas: Vec<&String> = places.iter().map(|(_, schema)| schema).collect();
    schemas.dedup();
    assert_eq!(
        schemas.len(),
        1 + SCENARIO.iter().flatten().count(),
        "{printed}"
    );
    // The process dropped all of them, those ready for a next test too.
    for (database, schema) in &places {
        assert!(
            !schema_exists(database, schema),
            "`{schema}` was left behind"
        );
    }
}
