//! Helpers for the framework's own tests. Checks run outside the test's
//! isolation, the way a user would verify that nothing leaked.
#![allow(dead_code)]

use std::future::Future;
use std::process::{Command, Output};
use std::sync::Mutex;

use sqlx::postgres::PgConnectOptions;
use sqlx::{Connection, PgConnection};

/// Runs `future` to completion from a plain `#[test]`.
pub fn block_on<F: Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a current-thread runtime")
        .block_on(future)
}

/// A new connection to a test's database, outside that test's transaction.
pub async fn outside(options: &PgConnectOptions) -> PgConnection {
    PgConnection::connect_with(options)
        .await
        .expect("connect outside the test")
}

/// Committed rows of `users` with this email, as any other session sees them.
pub async fn committed_users(options: &PgConnectOptions, email: &str) -> i64 {
    let mut conn = outside(options).await;
    sqlx::query_scalar("SELECT count(*) FROM users WHERE email = $1")
        .bind(email)
        .fetch_one(&mut conn)
        .await
        .expect("count users")
}

/// Calls a generated test function that must fail; returns its panic message.
pub fn failure_of(test: fn()) -> String {
    let payload = std::panic::catch_unwind(test).expect_err("the test should have failed");
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default()
}

/// What a test recorded about itself for a later check: name, session id, database.
pub struct Record {
    pub test: &'static str,
    pub value: String,
    pub options: PgConnectOptions,
}

pub struct Records(Mutex<Vec<Record>>);

impl Records {
    pub const fn new() -> Records {
        Records(Mutex::new(Vec::new()))
    }

    pub fn push(&self, test: &'static str, value: impl ToString, options: PgConnectOptions) {
        self.0.lock().unwrap().push(Record {
            test,
            value: value.to_string(),
            options,
        });
    }

    /// The latest record of `test`.
    pub fn last(&self, test: &str) -> (String, PgConnectOptions) {
        let records = self.0.lock().unwrap();
        let record = records
            .iter()
            .rev()
            .find(|r| r.test == test)
            .unwrap_or_else(|| panic!("test `{test}` recorded nothing"));
        (record.value.clone(), record.options.clone())
    }
}

/// Runs one test of this same test binary in a child process with extra
/// environment, for behaviour that is decided once per process.
pub fn run_alone(test: &str, env: &[(&str, &str)], remove: &[&str]) -> Output {
    let mut command = Command::new(std::env::current_exe().expect("current test binary"));
    // A scenario is not the run: its deliberate failures stay out of the report.
    command.env("ITEST_REPORT", "off");
    // A run of its own: with nextest's NEXTEST_RUN_ID it would be a later
    // process of this nextest run, which leaves the sweep to the first.
    command.env_remove("NEXTEST_RUN_ID");
    command.args([
        test,
        "--exact",
        "--nocapture",
        "--include-ignored",
        "--test-threads=1",
    ]);
    for var in remove {
        command.env_remove(var);
    }
    for (var, value) in env {
        command.env(var, value);
    }
    command.output().expect("run the test binary")
}

/// stdout and stderr of a child run, for assertions and failure messages.
pub fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}
