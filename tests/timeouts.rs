//! Per-test time limits: a test past its limit fails with "timed out" and
//! its name, whether it sleeps, blocks its thread or waits on a slow query;
//! its server session is ended, and the tests after it are unaffected.

mod common;

use std::time::Duration;

use common::{block_on, failure_of, outside, run_alone, text, Records};
use itest::prelude::*;

static SESSIONS: Records = Records::new();

/// Records the test's server session and takes a lock in it, so the check
/// afterwards can prove that both are gone.
async fn record_session(db: &mut Db, test: &'static str) {
    let pid: i32 = sqlx::query_scalar("SELECT pg_backend_pid()")
        .fetch_one(db.conn())
        .await
        .unwrap();
    // Keyed by the session too: nextest runs this test in a process of its
    // own while another calls it for its check, and a shared key would make
    // one wait for the other's timeout.
    sqlx::query("SELECT pg_advisory_xact_lock(hashtext($1 || pg_backend_pid()))")
        .bind(test)
        .execute(db.conn())
        .await
        .unwrap();
    SESSIONS.push(test, pid, db.connect_options());
}

#[itest(db = "tx", timeout = "200ms", migrations = "tests/migrations")]
#[should_panic(expected = "timed out")]
async fn sleeping_body(db: &mut Db) {
    record_session(db, "sleeping_body").await;
    tokio::time::sleep(Duration::from_secs(30)).await;
}

#[itest(db = "tx", timeout = "200ms", migrations = "tests/migrations")]
#[should_panic(expected = "timed out")]
async fn blocking_body(db: &mut Db) {
    record_session(db, "blocking_body").await;
    // Blocks the thread: no await point lets a cooperative timeout fire.
    std::thread::sleep(Duration::from_secs(2));
}

#[itest(db = "tx", timeout = "200ms", migrations = "tests/migrations")]
#[should_panic(expected = "timed out")]
async fn slow_query(db: &mut Db) {
    record_session(db, "slow_query").await;
    sqlx::query("SELECT pg_sleep(30)")
        .execute(db.conn())
        .await
        .unwrap();
}

#[itest(db = "tx", migrations = "tests/migrations")]
async fn healthy(db: &mut Db) {
    let one: i32 = sqlx::query_scalar("SELECT 1")
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(one, 1);
}

/// Runs a timing-out test, then checks that nothing of it remains on the server.
fn assert_times_out_cleanly(test: fn(), name: &'static str) {
    let message = failure_of(test);
    assert!(message.contains("timed out"), "{message}");
    assert!(
        message.contains(name),
        "the message names the test: {message}"
    );
    assert!(
        message.contains("200ms"),
        "the message gives the limit: {message}"
    );

    let (pid, options) = SESSIONS.last(name);
    let pid: i32 = pid.parse().unwrap();
    block_on(async {
        let mut conn = outside(&options).await;
        let sessions: i64 =
            sqlx::query_scalar("SELECT count(*) FROM pg_stat_activity WHERE pid = $1")
                .bind(pid)
                .fetch_one(&mut conn)
                .await
                .unwrap();
        assert_eq!(
            sessions, 0,
            "the session (and any query in it) of `{name}` is still there"
        );
        let locks: i64 = sqlx::query_scalar("SELECT count(*) FROM pg_locks WHERE pid = $1")
            .bind(pid)
            .fetch_one(&mut conn)
            .await
            .unwrap();
        assert_eq!(locks, 0, "locks of `{name}` are still held");
        let free: bool = sqlx::query_scalar("SELECT pg_try_advisory_lock(hashtext($1 || $2))")
            .bind(name)
            .bind(pid.to_string())
            .fetch_one(&mut conn)
            .await
            .unwrap();
        assert!(free, "the lock taken by `{name}` is not free");
    });
    // The next test gets a clean connection.
    healthy();
}

#[test]
fn sleeping_body_times_out_and_leaves_nothing_behind() {
    assert_times_out_cleanly(sleeping_body, "sleeping_body");
}

#[test]
fn blocking_body_times_out_and_leaves_nothing_behind() {
    assert_times_out_cleanly(blocking_body, "blocking_body");
}

#[test]
fn slow_query_times_out_and_leaves_nothing_behind() {
    assert_times_out_cleanly(slow_query, "slow_query");
}

#[itest(timeout = "200ms")]
#[should_panic(expected = "timed out")]
fn blocking_test_without_database() {
    std::thread::sleep(Duration::from_secs(2));
}

#[itest]
async fn sleeps_when_asked() {
    if let Ok(millis) = std::env::var("ITEST_PROBE_SLEEP_MS") {
        tokio::time::sleep(Duration::from_millis(millis.parse().unwrap())).await;
    }
}

#[test]
fn itest_timeout_sets_the_default_limit() {
    let output = run_alone(
        "sleeps_when_asked",
        &[("ITEST_TIMEOUT", "100ms"), ("ITEST_PROBE_SLEEP_MS", "5000")],
        &[],
    );
    let text = text(&output);
    assert!(!output.status.success(), "{text}");
    assert!(
        text.contains("test `sleeps_when_asked` timed out after 100ms"),
        "{text}"
    );
    assert!(
        text.contains("ITEST_TIMEOUT"),
        "says how to change it: {text}"
    );
}

#[test]
fn a_bad_itest_timeout_is_explained() {
    let output = run_alone("sleeps_when_asked", &[("ITEST_TIMEOUT", "soon")], &[]);
    let text = text(&output);
    assert!(!output.status.success(), "{text}");
    assert!(text.contains("ITEST_TIMEOUT=\"soon\" is invalid"), "{text}");
    assert!(text.contains("like 500ms, 5s or 2m"), "{text}");
}

// ---------------------------------------------------------------------------
// Time budget: ITEST_SLOW and `slow = ".."`
// ---------------------------------------------------------------------------

#[itest(db = "tx", migrations = "tests/migrations")]
#[ignore = "run by a_test_over_its_budget_is_named"]
async fn slow_probe(db: &mut Db) {
    sqlx::query("SELECT pg_sleep(0.08)")
        .execute(db.conn())
        .await
        .unwrap();
}

#[itest(db = "tx", migrations = "tests/migrations", slow = "10s")]
#[ignore = "run by a_test_over_its_budget_is_named"]
async fn slow_on_purpose_probe(db: &mut Db) {
    sqlx::query("SELECT pg_sleep(0.08)")
        .execute(db.conn())
        .await
        .unwrap();
}

#[test]
fn a_test_over_its_budget_is_named() {
    let output = run_alone("slow_probe", &[("ITEST_SLOW", "20ms")], &[]);
    let printed = text(&output);
    assert!(output.status.success(), "{printed}");
    assert!(
        printed.contains("itest: slow test `slow_probe`: ")
            && printed.contains("over the 20 ms budget")
            && printed.contains("slowest phase: the test body"),
        "one line names the test, its budget and its slowest phase: {printed}"
    );

    let output = run_alone("slow_on_purpose_probe", &[("ITEST_SLOW", "20ms")], &[]);
    let printed = text(&output);
    assert!(output.status.success(), "{printed}");
    assert!(
        !printed.contains("slow test"),
        "slow = \"10s\" raises the budget: {printed}"
    );

    let output = run_alone("slow_probe", &[("ITEST_SLOW", "off")], &[]);
    assert!(!text(&output).contains("slow test"), "{}", text(&output));

    let output = run_alone("slow_probe", &[("ITEST_SLOW", "soon")], &[]);
    let printed = text(&output);
    assert!(!output.status.success(), "{printed}");
    assert!(
        printed.contains("ITEST_SLOW=\"soon\" is invalid"),
        "{printed}"
    );
    assert!(printed.contains("or `off`"), "{printed}");
}
