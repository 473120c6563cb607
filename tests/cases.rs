//! Parametrized tests, in rstest's syntax: each `#[case(..)]` is a libtest
//! test of its own, named as rstest names it, with its own isolation,
//! fixtures and time limit.

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

#[test]
fn each_case_is_a_test_named_as_rstest_names_it() {
    let output = std::process::Command::new(std::env::current_exe().unwrap())
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
    ] {
        assert!(listed.contains(name), "{name} in:\n{listed}");
    }
    // Selectable by filter, one case alone.
    let output = common::run_alone("role_can_delete::case_2_guest", &[], &[]);
    let printed = common::text(&output);
    assert!(output.status.success(), "{printed}");
    assert!(printed.contains("1 passed"), "{printed}");
}
