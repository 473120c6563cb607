//! Quarantine and flake hunting: `quarantine = ".."` reports a failure
//! without failing the run (unless `ITEST_QUARANTINE=fail`), and
//! `ITEST_REPEAT=N` runs each selected test N times in fresh isolation,
//! failing a test that failed some runs but not all as flaky. The scenarios
//! run in child processes, whose exit status the parent checks.

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};

use common::{run_alone, text};
use itest::prelude::*;

#[itest(quarantine = "fails on purpose, tracked in #16")]
#[ignore = "scenario: run by a_quarantined_failure_does_not_fail_the_run"]
async fn scenario_quarantined_failure() {
    panic!("the payment stub answered 503");
}

#[test]
fn a_quarantined_failure_does_not_fail_the_run() {
    let output = run_alone("scenario_quarantined_failure", &[], &["ITEST_QUARANTINE"]);
    let printed = text(&output);
    assert!(output.status.success(), "{printed}");
    assert!(
        printed.contains(
            "itest: quarantined test `scenario_quarantined_failure` failed, which does not fail \
             the run (quarantine = \"fails on purpose, tracked in #16\"; ITEST_QUARANTINE=fail \
             makes it fail): the payment stub answered 503"
        ),
        "{printed}"
    );

    let output = run_alone(
        "scenario_quarantined_failure",
        &[("ITEST_QUARANTINE", "fail")],
        &[],
    );
    let printed = text(&output);
    assert!(!output.status.success(), "{printed}");
    assert!(
        printed.contains("the payment stub answered 503"),
        "{printed}"
    );
    assert!(printed.contains("1 failed"), "{printed}");
}

static RUNS: AtomicUsize = AtomicUsize::new(0);

/// Fails every second run; each run inserts the same row in its own
/// isolation, so a leak from an earlier run would fail every later one.
#[itest(db = "tx", migrations = "tests/migrations")]
#[ignore = "scenario: run by repeated_runs_find_a_flaky_test"]
async fn scenario_every_second_run_fails(db: &mut Db) {
    sqlx::query("INSERT INTO users (email, name) VALUES ('repeat@example.com', 'R')")
        .execute(db.conn())
        .await
        .unwrap();
    let rows: i64 = sqlx::query_scalar("SELECT count(*) FROM users")
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(rows, 1, "each run has fresh isolation");
    let run = RUNS.fetch_add(1, Ordering::SeqCst) + 1;
    assert!(run % 2 == 1, "an even run fails: the stub was not ready");
}

#[itest(db = "tx", migrations = "tests/migrations")]
#[ignore = "scenario: run by repeated_runs_find_a_flaky_test"]
async fn scenario_always_passes(db: &mut Db) {
    sqlx::query("INSERT INTO users (email, name) VALUES ('repeat@example.com', 'R')")
        .execute(db.conn())
        .await
        .unwrap();
    let rows: i64 = sqlx::query_scalar("SELECT count(*) FROM users")
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(rows, 1, "each run has fresh isolation");
}

#[test]
fn repeated_runs_find_a_flaky_test() {
    let output = run_alone(
        "scenario_every_second_run_fails",
        &[("ITEST_REPEAT", "4")],
        &[],
    );
    let printed = text(&output);
    assert!(!output.status.success(), "{printed}");
    assert!(
        printed.contains(
            "itest: test `scenario_every_second_run_fails` is flaky: passed 2 of 4 runs \
             (ITEST_REPEAT=4); failures:\n2x: an even run fails: the stub was not ready"
        ),
        "{printed}"
    );

    let output = run_alone("scenario_always_passes", &[("ITEST_REPEAT", "3")], &[]);
    let printed = text(&output);
    assert!(output.status.success(), "{printed}");
    assert!(
        printed
            .contains("itest: test `scenario_always_passes` passed 3 of 3 runs (ITEST_REPEAT=3)"),
        "{printed}"
    );
}

#[test]
fn a_bad_repeat_count_is_explained() {
    let output = run_alone("scenario_always_passes", &[("ITEST_REPEAT", "0")], &[]);
    let printed = text(&output);
    assert!(!output.status.success(), "{printed}");
    assert!(
        printed.contains("ITEST_REPEAT")
            && printed.contains("a whole number from 1 to 10000: how many times each test runs"),
        "{printed}"
    );
}

#[test]
fn a_bad_quarantine_setting_is_explained() {
    let output = run_alone(
        "scenario_quarantined_failure",
        &[("ITEST_QUARANTINE", "strict")],
        &[],
    );
    let printed = text(&output);
    assert!(!output.status.success(), "{printed}");
    assert!(
        printed.contains("ITEST_QUARANTINE")
            && printed.contains("`fail` (quarantined tests fail the run again) or `report`"),
        "{printed}"
    );
}
