//! The run report: `report.json` and a self-contained `index.html`, one per
//! run, merged across the processes of a run (cargo's binaries, nextest's
//! processes). The scenarios run in child processes writing to a folder of
//! their own (`ITEST_REPORT=<folder>`), which the parent reads back.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

use common::text;
use itest::prelude::*;
use serde_json::Value;

#[itest(db = "tx", migrations = "tests/migrations")]
#[ignore = "scenario: run by the report tests"]
async fn scenario_passes(db: &mut Db) {
    let one: i32 = sqlx::query_scalar("SELECT 1")
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(one, 1);
}

#[itest(slow = "20ms")]
#[ignore = "scenario: run by the report tests"]
async fn scenario_is_slow() {
    tokio::time::sleep(Duration::from_millis(60)).await;
}

#[itest]
#[ignore = "scenario: run by the report tests"]
async fn scenario_fails() {
    panic!("the total is 41, not 42");
}

#[itest(quarantine = "fails on purpose, #16")]
#[ignore = "scenario: run by the report tests"]
async fn scenario_quarantined() {
    panic!("the stub answered 503");
}

#[itest(quarantine = "was flaky, fixed in #17")]
#[ignore = "scenario: run by a_healed_quarantined_test_is_pointed_out"]
async fn scenario_healed_quarantined() {}

#[itest]
#[should_panic(expected = "a negative amount")]
#[ignore = "scenario: run by the report tests"]
async fn scenario_expects_a_panic() {
    panic!("a negative amount is refused");
}

/// Runs the scenarios matching `filter` in a child writing its report to
/// `dir`. A filter matches only scenarios: a test that runs scenarios must
/// not run itself.
fn run_scenarios(filter: &str, dir: &Path, env: &[(&str, &str)]) -> Output {
    assert!(
        filter.starts_with("scenario_"),
        "{filter} would run more than scenarios"
    );
    let mut command = Command::new(std::env::current_exe().unwrap());
    command
        .args([filter, "--include-ignored", "--test-threads=2"])
        .env("ITEST_REPORT", dir)
        .env_remove("NEXTEST_RUN_ID");
    for (var, value) in env {
        command.env(var, value);
    }
    command.output().unwrap()
}

fn report_folder() -> PathBuf {
    let dir = std::env::temp_dir().join(itest::unique("itest-report"));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn tests_in(dir: &Path) -> Vec<Value> {
    let json = std::fs::read_to_string(dir.join("report.json")).expect("report.json is written");
    let report: Value = serde_json::from_str(&json).expect("report.json is JSON");
    report["tests"].as_array().expect("a tests array").clone()
}

fn named<'a>(tests: &'a [Value], name: &str) -> &'a Value {
    tests
        .iter()
        .find(|t| t["name"] == name)
        .unwrap_or_else(|| panic!("{name} in {tests:?}"))
}

#[test]
fn a_run_writes_its_report() {
    let dir = report_folder();
    let output = run_scenarios("scenario_", &dir, &[]);
    let printed = text(&output);
    assert!(printed.contains("5 passed; 1 failed"), "{printed}");
    assert!(
        printed.trim_end().ends_with(&format!(
            "itest: run report: {} (ITEST_REPORT=off turns it off)",
            dir.join("index.html").display()
        )),
        "the last line says where the report is:\n{printed}"
    );

    let tests = tests_in(&dir);
    assert_eq!(tests.len(), 6, "{tests:?}");
    let passed = named(&tests, "scenario_passes");
    assert_eq!(passed["outcome"], "passed");
    assert_eq!(passed["isolation"], "tx");
    let phases: Vec<&str> = passed["phases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        phases,
        [
            "template and strategy",
            "starting its thread",
            "setting up its database",
            "the test body",
            "tearing down its database"
        ]
    );
    let total: f64 = passed["phases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["ms"].as_f64().unwrap())
        .sum();
    let duration = passed["duration_ms"].as_f64().unwrap();
    assert!((duration - total).abs() < 0.01, "{duration} = {total}");

    let slow = named(&tests, "scenario_is_slow");
    assert_eq!(slow["budget_ms"], 20);
    assert!(slow["duration_ms"].as_f64().unwrap() >= 60.0, "{slow}");

    let failed = named(&tests, "scenario_fails");
    assert_eq!(failed["outcome"], "panicked");
    assert_eq!(failed["message"], "the total is 41, not 42");

    // An expected panic is a pass, as libtest counts it.
    let expected = named(&tests, "scenario_expects_a_panic");
    assert_eq!(expected["outcome"], "passed");

    let quarantined = named(&tests, "scenario_quarantined");
    assert_eq!(quarantined["quarantine"], "fails on purpose, #16");
    assert_eq!(quarantined["outcome"], "panicked");

    // The page carries the same data and fetches nothing.
    let page = std::fs::read_to_string(dir.join("index.html")).unwrap();
    assert!(page.contains("\"name\":\"scenario_fails\""));
    assert!(page.contains("the total is 41, not 42"));
    for external in ["src=\"http", "href=\"http", "@import", "fetch("] {
        assert!(!page.contains(external), "{external} in the page");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_processes_of_one_run_share_a_report() {
    // Two processes of one nextest run, then a run of its own.
    let dir = report_folder();
    let run = [("NEXTEST_RUN_ID", "4c0ffee0-0000-4000-8000-000000000001")];
    run_scenarios("scenario_passes", &dir, &run);
    run_scenarios("scenario_is_slow", &dir, &run);
    let tests = tests_in(&dir);
    let names: Vec<&str> = tests.iter().map(|t| t["name"].as_str().unwrap()).collect();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(names.contains(&"scenario_passes") && names.contains(&"scenario_is_slow"));
    assert_ne!(tests[0]["pid"], tests[1]["pid"]);

    let other = [("NEXTEST_RUN_ID", "4c0ffee0-0000-4000-8000-000000000002")];
    run_scenarios("scenario_fails", &dir, &other);
    let tests = tests_in(&dir);
    assert_eq!(
        tests.len(),
        1,
        "the next run's report is its own: {tests:?}"
    );
    assert_eq!(tests[0]["name"], "scenario_fails");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn off_writes_nothing() {
    let dir = report_folder();
    let output = run_scenarios(
        "scenario_passes",
        &dir.join("unused"),
        &[("ITEST_REPORT", "off")],
    );
    assert!(output.status.success(), "{}", text(&output));
    assert!(!text(&output).contains("run report"));
    assert!(!dir.join("unused").exists());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_healed_quarantined_test_is_pointed_out() {
    let dir = report_folder();
    let ready =
        "itest: quarantined test `scenario_healed_quarantined` passed in this run and in the runs \
                 before: ready to leave quarantine (remove its quarantine = ..)";
    for run in 1..=3 {
        let id = format!("4c0ffee0-0000-4000-8000-00000000010{run}");
        let output = run_scenarios(
            "scenario_healed_quarantined",
            &dir,
            &[("NEXTEST_RUN_ID", &id)],
        );
        let printed = text(&output);
        assert!(output.status.success(), "{printed}");
        // Two passing runs before this one are needed.
        assert_eq!(printed.contains(ready), run == 3, "run {run}:\n{printed}");
    }
    let json = std::fs::read_to_string(dir.join("report.json")).unwrap();
    let report: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        report["ready_to_leave_quarantine"][0],
        "scenario_healed_quarantined"
    );
    assert_eq!(report["quarantine_history"].as_array().unwrap().len(), 2);
    let _ = std::fs::remove_dir_all(&dir);
}
