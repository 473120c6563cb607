//! Bad configuration and failing tests get messages that say what is wrong
//! and how to fix it, and never show a password.

mod common;

use common::{block_on, outside, run_alone, text};
use itest::prelude::*;

#[itest(db = "tx", migrations = "tests/migrations")]
async fn probe_connects(db: &mut Db) {
    let one: i32 = sqlx::query_scalar("SELECT 1")
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(one, 1);
}

#[test]
fn an_unreachable_server_is_named_without_its_password() {
    let output = run_alone(
        "probe_connects",
        &[(
            "ITEST_DATABASE_URL",
            "postgres://probe:s3cret-pw@127.0.0.1:9/probe_db",
        )],
        &[],
    );
    let text = text(&output);
    assert!(!output.status.success(), "{text}");
    assert!(
        text.contains("cannot connect to PostgreSQL at 127.0.0.1:9"),
        "{text}"
    );
    assert!(text.contains("database `probe_db`"), "{text}");
    assert!(
        text.contains("Is the server running, and is ITEST_DATABASE_URL right?"),
        "{text}"
    );
    assert!(!text.contains("s3cret-pw"), "the password leaked: {text}");
}

#[test]
fn a_malformed_url_is_explained() {
    let output = run_alone(
        "probe_connects",
        &[("ITEST_DATABASE_URL", "mysql://root@127.0.0.1/x")],
        &[],
    );
    let text = text(&output);
    assert!(!output.status.success(), "{text}");
    assert!(
        text.contains("ITEST_DATABASE_URL is not a valid PostgreSQL URL"),
        "{text}"
    );
}

/// A URL for the server the suite runs on (the URL's, or itest's embedded
/// one), as `user`, without a password.
fn url_as(user: &str) -> String {
    let options = itest::server_connect_options().expect("the suite's server");
    let database = options.get_database().unwrap_or("postgres");
    match options.get_socket() {
        Some(socket) => format!(
            "postgres://{user}@localhost:{}/{database}?host={}",
            options.get_port(),
            socket.display()
        ),
        None => format!(
            "postgres://{user}@{}:{}/{database}",
            options.get_host(),
            options.get_port()
        ),
    }
}

#[test]
fn database_url_is_used_when_itest_database_url_is_unset() {
    let options = itest::server_connect_options().expect("the suite's server");
    let url = url_as(options.get_username());
    let output = run_alone(
        "probe_connects",
        &[("DATABASE_URL", &url)],
        &["ITEST_DATABASE_URL"],
    );
    assert!(output.status.success(), "{}", text(&output));
}

/// Prints its database's name, so that the test below can drop it first.
#[itest(db = "tx", migrations = "tests/privilege_probe_migrations")]
#[ignore = "run by missing_createdb_is_explained, with a role that lacks CREATEDB"]
async fn privilege_probe(db: &mut Db) {
    println!("itest-database={}", db.database_name());
}

#[test]
fn missing_createdb_is_explained() {
    // Learn the probe's database name with the suite's own (privileged) role.
    let output = run_alone("privilege_probe", &[], &[]);
    let text_ok = text(&output);
    assert!(output.status.success(), "{text_ok}");
    let name = text_ok
        .split("itest-database=")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .expect("the probe prints its database")
        .to_owned();

    let options = itest::server_connect_options().expect("the suite's server");
    block_on(async {
        let mut admin = outside(&options).await;
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"
        )))
        .execute(&mut admin)
        .await
        .unwrap();
        sqlx::query(
            "DO $$ BEGIN
                 IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'itest_no_createdb') THEN
                     CREATE ROLE itest_no_createdb LOGIN NOCREATEDB;
                 END IF;
             END $$",
        )
        .execute(&mut admin)
        .await
        .unwrap();
    });

    let limited_url = url_as("itest_no_createdb");
    let output = run_alone(
        "privilege_probe",
        &[("ITEST_DATABASE_URL", &limited_url)],
        &[],
    );
    let text = text(&output);
    assert!(!output.status.success(), "{text}");
    assert!(
        text.contains("role `itest_no_createdb` may not create databases"),
        "{text}"
    );
    assert!(
        text.contains("ALTER ROLE \"itest_no_createdb\" CREATEDB"),
        "says how to fix it: {text}"
    );

    block_on(async {
        let mut admin = outside(&options).await;
        sqlx::query("DROP ROLE IF EXISTS itest_no_createdb")
            .execute(&mut admin)
            .await
            .unwrap();
    });
}

#[itest(db = "tx", migrations = "tests/migrations")]
async fn fails_when_asked(db: &mut Db) {
    let one: i32 = sqlx::query_scalar("SELECT 1")
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert!(
        std::env::var("ITEST_PROBE_FAIL").is_err() || one == 2,
        "deliberate failure"
    );
}

#[test]
fn a_panicking_test_is_named_in_the_output() {
    let output = run_alone("fails_when_asked", &[("ITEST_PROBE_FAIL", "1")], &[]);
    let text = text(&output);
    assert!(!output.status.success(), "{text}");
    assert!(
        text.contains("thread 'fails_when_asked'"),
        "the thread is named after the test: {text}"
    );
    assert!(text.contains("deliberate failure"), "{text}");
}

#[test]
fn keep_failed_says_that_tx_keeps_nothing() {
    let output = run_alone(
        "fails_when_asked",
        &[("ITEST_PROBE_FAIL", "1"), ("ITEST_KEEP", "failed")],
        &[],
    );
    let text = text(&output);
    assert!(!output.status.success(), "{text}");
    assert!(text.contains("db = \"tx\" keeps nothing"), "{text}");
    assert!(text.contains("deliberate failure"), "{text}");
}

#[test]
fn a_bad_itest_keep_is_explained() {
    let output = run_alone("fails_when_asked", &[("ITEST_KEEP", "always")], &[]);
    let text = text(&output);
    assert!(!output.status.success(), "{text}");
    assert!(text.contains("ITEST_KEEP=\"always\" is invalid"), "{text}");
}

// --- Messages a probe of bad input found wrong (issue 11, item 8).

#[itest(db = "tx", migrations = "tests/broken_migrations")]
#[ignore = "run by a_failing_migration_names_its_file_and_line"]
async fn broken_migration_probe(_db: &mut Db) {}

#[itest(db = "schema", migrations = "tests/broken_migrations")]
#[ignore = "run by a_failing_migration_names_its_file_and_line"]
async fn broken_migration_schema_probe(_db: &mut Db) {}

#[test]
fn a_failing_migration_names_its_file_and_line() {
    for probe in ["broken_migration_probe", "broken_migration_schema_probe"] {
        let output = run_alone(probe, &[], &[]);
        let text = text(&output);
        assert!(!output.status.success(), "{text}");
        assert!(
            text.contains("20260101000000_broken.sql: line 5, column 1: syntax error"),
            "names the file and the line in it: {text}"
        );
        assert!(text.contains("SQLSTATE 42601"), "{text}");
        assert!(
            !text.contains("at line "),
            "no line of PostgreSQL's own source: {text}"
        );
        // The failure points at the test, not at itest's runtime.
        assert!(text.contains("panicked at tests/errors.rs:"), "{text}");
        assert!(!text.contains("panicked at itest-runtime/"), "{text}");
    }
}

#[itest(db = "tx", migrations = "tests/duplicate_migrations")]
#[ignore = "run by duplicate_migration_versions_name_both_files"]
async fn duplicate_migration_probe(_db: &mut Db) {}

#[test]
fn duplicate_migration_versions_name_both_files() {
    let output = run_alone("duplicate_migration_probe", &[], &[]);
    let text = text(&output);
    assert!(!output.status.success(), "{text}");
    assert!(
        text.contains(
            "`20260101000000_orgs.sql` and `20260101000000_users.sql` have the same version"
        ),
        "{text}"
    );
}

#[test]
fn bad_settings_get_reasons_they_do_not_satisfy() {
    for (var, value, expected) in [
        ("ITEST_TIMEOUT", "0s", "a duration above zero"),
        ("ITEST_MAX_CONNECTIONS", "99999999999", "at most 10000"),
        ("ITEST_MAX_CONNECTIONS", "0", "at least 1"),
        (
            "ITEST_MAX_CONNECTIONS",
            "many",
            "a whole number from 1 to 10000",
        ),
    ] {
        let output = run_alone("probe_connects", &[(var, value)], &[]);
        let text = text(&output);
        assert!(!output.status.success(), "{var}={value}: {text}");
        assert!(
            text.contains(&format!("{var}={value:?} is invalid")),
            "{text}"
        );
        assert!(text.contains(expected), "{var}={value}: {text}");
    }
}

#[test]
fn embedded_settings_do_not_fail_a_run_that_has_a_url() {
    let options = itest::server_connect_options().expect("the suite's server");
    let url = url_as(options.get_username());
    let output = run_alone(
        "probe_connects",
        &[("ITEST_PG_IDLE", "garbage"), ("ITEST_DATABASE_URL", &url)],
        &[],
    );
    assert!(output.status.success(), "{}", text(&output));
}

#[test]
fn url_mistakes_are_explained_without_the_password() {
    let output = run_alone(
        "probe_connects",
        &[(
            "ITEST_DATABASE_URL",
            "postgres://probe:p@ss@127.0.0.1:5432/x",
        )],
        &[],
    );
    let printed = text(&output);
    assert!(!output.status.success(), "{printed}");
    assert!(printed.contains("holds a raw `@`"), "{printed}");
    assert!(printed.contains("%40"), "{printed}");
    assert!(!printed.contains("p@ss"), "the password leaked: {printed}");

    let output = run_alone(
        "probe_connects",
        &[("ITEST_DATABASE_URL", "postgres://")],
        &[],
    );
    let printed = text(&output);
    assert!(!output.status.success(), "{printed}");
    assert!(printed.contains("names no host"), "{printed}");
}

#[itest(db = "tx", migrations = "tests/migrations")]
#[ignore = "run by a_second_checkout_in_tx_is_explained"]
async fn second_checkout_probe(db: &mut Db) {
    let app_pool = db.pool();
    let _held = db.conn();
    // What an app's request does while the test still has the connection.
    app_pool.acquire().await.unwrap();
}

#[test]
fn a_second_checkout_in_tx_is_explained() {
    let output = run_alone("second_checkout_probe", &[], &[]);
    let text = text(&output);
    assert!(!output.status.success(), "{text}");
    assert!(text.contains("fails after waiting 1 s"), "{text}");
    assert!(
        text.contains("is still alive, gets this error. Drop that guard"),
        "{text}"
    );
    assert!(
        text.contains("db = \"truncate\" or db = \"fresh\""),
        "{text}"
    );
    assert!(!text.contains("forever"), "{text}");
}
