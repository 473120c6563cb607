//! Parametrized tests, in rstest's syntax: each `#[case(..)]`, and each
//! combination of `#[values(..)]`, is a libtest test of its own, named as
//! rstest names it, with its own isolation, fixtures and time limit.

mod common;
mod shared;

use itest::prelude::*;
use shared::{org, Org};

#[itest(db = "tx", fixtures = [org], migrations = "tests/migrations", timeout = "10s")]
#[case::admin("admin", true)]
#[case::guest("guest", false)]
#[case("", false)]
async fn role_can_delete(db: &mut Db, org: &Org, #[case] role: &str, #[case] allowed: bool) {
    assert_eq!(role == "admin", allowed);
    let email = format!("{}-{}@example.com", itest::unique("case"), role);
    sqlx::query("INSERT INTO users (email, org_id) VALUES ($1, $2)")
        .bind(&email)
        .bind(org.id)
        .execute(db.conn())
        .await
        .unwrap();
    // Each case has a transaction of its own: it sees only its own row.
    let users: i64 = sqlx::query_scalar("SELECT count(*) FROM users")
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(users, 1);
}

// Cases work on tests without a database, and with values of any expression.
#[itest]
#[case(1, 2, 3)]
#[case(20, 22, 42)]
#[case(i64::MAX - 1, 1, i64::MAX)]
fn adds(#[case] a: i64, #[case] b: i64, #[case] sum: i64) {
    assert_eq!(a + b, sum);
}

// `#[values(..)]`: one test per combination, each in its own transaction.
#[itest(db = "tx", migrations = "tests/migrations")]
async fn matrix(db: &mut Db, #[values(1, 2)] a: i64, #[values(10, 20)] b: i64) {
    let email = format!("{}-{}@example.com", itest::unique("matrix"), a * b);
    sqlx::query("INSERT INTO users (email) VALUES ($1)")
        .bind(&email)
        .execute(db.conn())
        .await
        .unwrap();
    let users: i64 = sqlx::query_scalar("SELECT count(*) FROM users")
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(users, 1, "a = {a}, b = {b}: only its own row");
}

// Cases times values.
#[itest]
#[case::tens(10)]
#[case::hundreds(100)]
fn scaled(#[case] factor: i64, #[values(1, 2, 3)] n: i64) {
    assert_eq!((n * factor) / factor, n);
}

#[test]
fn each_case_is_a_test_named_as_rstest_names_it() {
    let output = std::process::Command::new(std::env::current_exe().unwrap())
        .env("ITEST_REPORT", "off")
        .args(["--list", "--format=terse"])
        .output()
        .unwrap();
    let listed = String::from_utf8_lossy(&output.stdout);
    for name in [
        "role_can_delete::case_1_admin: test",
        "role_can_delete::case_2_guest: test",
        "role_can_delete::case_3: test",
        "adds::case_1: test",
        "adds::case_3: test",
        "matrix::a_1_1::b_1_10: test",
        "matrix::a_1_1::b_2_20: test",
        "matrix::a_2_2::b_1_10: test",
        "matrix::a_2_2::b_2_20: test",
        "scaled::case_1_tens::n_1_1: test",
        "scaled::case_2_hundreds::n_3_3: test",
    ] {
        assert!(listed.contains(name), "{name} in:\n{listed}");
    }
    // Selectable by filter, one case alone.
    let output = common::run_alone("role_can_delete::case_2_guest", &[], &[]);
    let printed = common::text(&output);
    assert!(output.status.success(), "{printed}");
    assert!(printed.contains("1 passed"), "{printed}");
}
