//! What survives what: a server restart mid-suite, and a server that goes
//! away for good. Each test starts a private PostgreSQL of its own (never
//! the machine's), runs suites of this binary against it in a child
//! process, and restarts or stops it while they run.

mod common;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use itest::prelude::*;

/// A PostgreSQL cluster in a temporary folder, on a port of its own.
struct PrivatePostgres {
    dir: PathBuf,
    bin: PathBuf,
    port: u16,
    settings: String,
}

impl PrivatePostgres {
    fn start(name: &str) -> PrivatePostgres {
        Self::start_with(name, "")
    }

    /// With extra server settings (`-c name=value ...`).
    fn start_with(name: &str, settings: &str) -> PrivatePostgres {
        let bin = std::fs::read_dir("/usr/lib/postgresql")
            .expect("PostgreSQL's server programs under /usr/lib/postgresql")
            .filter_map(|e| Some(e.ok()?.path().join("bin")))
            .filter(|bin| bin.join("pg_ctl").exists())
            .max()
            .expect("a PostgreSQL version with pg_ctl");
        let dir = std::env::temp_dir().join(format!("itest-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let port = {
            let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            listener.local_addr().unwrap().port()
        };
        let server = PrivatePostgres {
            dir,
            bin,
            port,
            settings: settings.to_owned(),
        };
        server.chown();
        server.run(
            "initdb",
            &["-D", "data", "-U", "postgres", "--auth=trust", "-E", "UTF8"],
        );
        server.pg_ctl(&["start"]);
        server
    }

    /// As root, PostgreSQL runs as `postgres`, which must own its folder.
    fn chown(&self) {
        if is_root() {
            let status = Command::new("chown")
                .args(["-R", "postgres:postgres"])
                .arg(&self.dir)
                .status()
                .unwrap();
            assert!(status.success());
        }
    }

    fn run(&self, program: &str, args: &[&str]) {
        let program = self.bin.join(program);
        let mut command = if is_root() {
            let mut command = Command::new("runuser");
            command.args(["-u", "postgres", "--"]).arg(&program);
            command
        } else {
            Command::new(&program)
        };
        let output = command
            .args(args)
            .current_dir(&self.dir)
            .output()
            .expect("run a PostgreSQL program");
        assert!(
            output.status.success(),
            "{program:?} {args:?}: {}",
            common::text(&output)
        );
    }

    fn pg_ctl(&self, action: &[&str]) {
        let options = format!(
            "-c port={} -c listen_addresses=127.0.0.1 -c unix_socket_directories={} -c fsync=off \
             -c max_connections=60 {}",
            self.port,
            self.dir.display(),
            self.settings
        );
        let mut args = vec!["-D", "data", "-l", "server.log", "-w", "-o", &options];
        args.extend_from_slice(action);
        self.run("pg_ctl", &args);
    }

    fn restart(&self) {
        self.pg_ctl(&["-m", "fast", "restart"]);
    }

    fn stop(&self) {
        let _ = std::panic::catch_unwind(|| self.pg_ctl(&["-m", "immediate", "stop"]));
    }

    fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }
}

impl Drop for PrivatePostgres {
    fn drop(&mut self) {
        self.stop();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn is_root() -> bool {
    Path::new("/proc/self/status").exists()
        && std::fs::read_to_string("/proc/self/status")
            .unwrap_or_default()
            .lines()
            .any(|l| l.starts_with("Uid:") && l.split_whitespace().nth(1) == Some("0"))
}

// --- The suites a child process runs: short tests, one per strategy each.

async fn step(db: &mut Db) {
    sqlx::query("INSERT INTO users (email) VALUES ($1)")
        .bind(format!("{}@example.com", itest::unique("step")))
        .execute(db.conn())
        .await
        .unwrap();
    // Long enough that a restart lands among running tests, not between runs.
    tokio::time::sleep(Duration::from_millis(40)).await;
    let one: i64 = sqlx::query_scalar("SELECT count(*) FROM users")
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert!(one >= 1);
}

macro_rules! steps {
    ($strategy:literal, $module:ident: $($name:ident),*) => {
        mod $module {
            use super::*;
            $(
                #[itest(db = $strategy, migrations = "tests/migrations", timeout = "20s")]
                #[ignore = "a suite for the reliability tests' child processes"]
                async fn $name(db: &mut Db) {
                    step(db).await;
                }
            )*
        }
    };
}

steps!("tx", tx_suite: s00, s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12, s13,
    s14, s15, s16, s17, s18, s19, s20, s21, s22, s23, s24, s25, s26, s27, s28, s29);
steps!("truncate", truncate_suite: s00, s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11,
    s12, s13, s14, s15, s16, s17, s18, s19, s20, s21, s22, s23, s24, s25, s26, s27, s28, s29);
steps!("schema", schema_suite: s00, s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12,
    s13, s14, s15, s16, s17, s18, s19, s20, s21, s22, s23, s24, s25, s26, s27, s28, s29);
steps!("fresh", fresh_suite: s00, s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12,
    s13, s14, s15, s16, s17, s18, s19, s20, s21, s22, s23, s24, s25, s26, s27, s28, s29);

const THREADS: usize = 2;
/// Tests in flight during a fault: the ones running when it began, and the
/// ones that started on the freed threads while it was being applied.
const IN_FLIGHT: usize = 2 * THREADS;

/// Runs `suite` on `url`; after `after` tests have passed, calls `fault`.
/// Returns the names of the tests that failed, and the whole output.
fn run_suite_with_fault(
    suite: &str,
    url: &str,
    after: usize,
    fault: impl FnOnce(),
) -> (Vec<String>, String) {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .env("ITEST_REPORT", "off")
        .args([
            &format!("{suite}::"),
            "--include-ignored",
            &format!("--test-threads={THREADS}"),
        ])
        .env("ITEST_DATABASE_URL", url)
        .env_remove("DATABASE_URL")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = BufReader::new(child.stdout.take().unwrap());
    let mut stderr = child.stderr.take().unwrap();
    let errors = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = std::io::Read::read_to_string(&mut stderr, &mut text);
        text
    });
    let (mut passed, mut failed, mut output) = (0, Vec::new(), String::new());
    let mut fault = Some(fault);
    for line in stdout.lines().map_while(Result::ok) {
        output.push_str(&line);
        output.push('\n');
        if line.starts_with("test ") && line.ends_with(" ok") {
            passed += 1;
        }
        if line.starts_with("test ") && line.ends_with(" FAILED") {
            failed.push(line.clone());
        }
        if passed == after {
            if let Some(fault) = fault.take() {
                fault();
            }
        }
    }
    let _ = child.wait();
    output.push_str(&errors.join().unwrap());
    (failed, output)
}

#[test]
fn a_restart_mid_suite_loses_only_the_tests_in_flight() {
    let server = PrivatePostgres::start("restart");
    for suite in ["tx_suite", "truncate_suite", "schema_suite", "fresh_suite"] {
        let (failed, output) = run_suite_with_fault(suite, &server.url(), 10, || server.restart());
        assert!(
            failed.len() <= IN_FLIGHT,
            "{suite}: {} tests failed, more than the {IN_FLIGHT} in flight: {failed:?}\n{output}",
            failed.len()
        );
        // And the suite passes whole once the server is up again.
        let (failed, output) = run_suite_with_fault(suite, &server.url(), usize::MAX, || {});
        assert!(
            failed.is_empty(),
            "{suite} after the restart: {failed:?}\n{output}"
        );
    }
}

#[test]
fn ending_every_itest_session_loses_only_the_tests_in_flight() {
    let server = PrivatePostgres::start("terminate");
    let end_all = || {
        common::block_on(async {
            let options: sqlx::postgres::PgConnectOptions = server.url().parse().unwrap();
            let mut admin = common::outside(&options).await;
            sqlx::query(
                "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity
                 WHERE application_name LIKE 'itest-%'",
            )
            .execute(&mut admin)
            .await
            .unwrap();
        })
    };
    for suite in ["tx_suite", "truncate_suite", "schema_suite", "fresh_suite"] {
        let (failed, output) = run_suite_with_fault(suite, &server.url(), 10, end_all);
        assert!(
            failed.len() <= IN_FLIGHT,
            "{suite}: {} tests failed, more than the {IN_FLIGHT} in flight: {failed:?}\n{output}",
            failed.len()
        );
    }
}

#[test]
fn a_server_that_stays_down_fails_the_rest_fast() {
    let server = PrivatePostgres::start("down");
    let (failed, output) = run_suite_with_fault("fresh_suite", &server.url(), 5, || server.stop());
    assert!(!failed.is_empty(), "{output}");
    // The message of the quick check, which later tests get instead of each
    // waiting out the full connect limit.
    assert!(
        output.contains("it stopped answering during the run"),
        "one clear message: {output}"
    );
}

// --- idle_session_timeout: the server ends idle sessions by itself.

#[itest(db = "fresh", migrations = "tests/migrations")]
#[ignore = "a probe, run by idle_session_timeout_does_not_end_a_runs_lock"]
async fn idle_probe(_db: &mut Db) {
    let run = itest::unique("r");
    println!("itest-run={}", run.split('-').nth(1).unwrap());
    std::thread::sleep(Duration::from_secs(30));
}

fn keeper_pid(options: &sqlx::postgres::PgConnectOptions, run: &str) -> Option<i32> {
    common::block_on(async {
        let mut admin = common::outside(options).await;
        sqlx::query_scalar("SELECT pid FROM pg_stat_activity WHERE application_name = $1")
            .bind(format!("itest-{run}-keeper"))
            .fetch_optional(&mut admin)
            .await
            .unwrap()
    })
}

#[test]
fn idle_session_timeout_does_not_end_a_runs_lock() {
    let server = PrivatePostgres::start_with("idle", "-c idle_session_timeout=500ms");
    let mut child = Command::new(std::env::current_exe().unwrap())
        .env("ITEST_REPORT", "off")
        .args(["idle_probe", "--exact", "--nocapture", "--include-ignored"])
        .env("ITEST_DATABASE_URL", server.url())
        .env_remove("DATABASE_URL")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let run = BufReader::new(child.stdout.take().unwrap())
        .lines()
        .map_while(Result::ok)
        .find_map(|line| line.strip_prefix("itest-run=").map(str::to_owned))
        .expect("the probe prints its run");
    // The check's own session is idle only between its queries.
    let options: sqlx::postgres::PgConnectOptions = server.url().parse().unwrap();
    let first = keeper_pid(&options, &run).expect("the run holds its lock");
    std::thread::sleep(Duration::from_secs(3));
    let later = keeper_pid(&options, &run);
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(
        later,
        Some(first),
        "the lock session outlived six idle timeouts without being replaced"
    );
}

// --- A server whose connection slots run out.

#[itest(db = "fresh", migrations = "tests/migrations")]
#[ignore = "a probe, run by running_out_of_server_connections_is_explained"]
async fn greedy_probe(db: &mut Db) {
    let pool = db.pool();
    let mut held = Vec::new();
    for _ in 0..8 {
        held.push(pool.acquire().await.unwrap());
    }
}

#[test]
fn running_out_of_server_connections_is_explained() {
    let server = PrivatePostgres::start_with(
        "slots",
        "-c max_connections=6 -c superuser_reserved_connections=0 -c max_wal_senders=0",
    );
    let output = Command::new(std::env::current_exe().unwrap())
        .env("ITEST_REPORT", "off")
        .args(["greedy_probe", "--exact", "--include-ignored"])
        .env("ITEST_DATABASE_URL", server.url())
        .env_remove("DATABASE_URL")
        .output()
        .unwrap();
    let text = common::text(&output);
    assert!(!output.status.success(), "{text}");
    assert!(
        text.contains("max_connections is used up") && text.contains("ITEST_MAX_CONNECTIONS"),
        "names the limit and what changes it: {text}"
    );
    assert!(
        !text.contains("db = \"tx\" a test runs"),
        "not the tx hint: {text}"
    );
}

// --- Many processes against a small server, as `cargo nextest run -j 16` runs them.

/// Runs `tests` (names under this binary) each in a process of its own,
/// `parallel` at once, as nextest does; returns the failures' outputs.
fn run_like_nextest(url: &str, tests: &[String], parallel: usize) -> Vec<String> {
    let mut failures = Vec::new();
    for batch in tests.chunks(parallel) {
        let children: Vec<_> = batch
            .iter()
            .map(|test| {
                let child = Command::new(std::env::current_exe().unwrap())
                    .env("ITEST_REPORT", "off")
                    .args([
                        test.as_str(),
                        "--exact",
                        "--include-ignored",
                        "--test-threads=1",
                    ])
                    .env("ITEST_DATABASE_URL", url)
                    .env("NEXTEST_RUN_ID", "itest-reliability")
                    .env_remove("DATABASE_URL")
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap();
                (test, child)
            })
            .collect();
        for (test, child) in children {
            let output = child.wait_with_output().unwrap();
            if !output.status.success() || !common::text(&output).contains("1 passed") {
                failures.push(format!("{test}:\n{}", common::text(&output)));
            }
        }
    }
    failures
}

#[test]
fn sixteen_processes_share_a_small_server_without_failing() {
    let server = PrivatePostgres::start_with("pressure", "-c max_connections=20");
    let tests: Vec<String> = (0..24)
        .flat_map(|n| {
            [
                format!("tx_suite::s{:02}", n % 30),
                format!("fresh_suite::s{:02}", n % 30),
            ]
        })
        .collect();
    let failures = run_like_nextest(&server.url(), &tests, 16);
    assert!(
        failures.is_empty(),
        "{} of {} processes failed against max_connections = 20; the first:\n{}",
        failures.len(),
        tests.len(),
        failures.first().map_or("", String::as_str)
    );
}

#[test]
fn a_server_full_of_other_clients_is_waited_for() {
    let server = PrivatePostgres::start_with("full", "-c max_connections=12");
    let options: sqlx::postgres::PgConnectOptions = server.url().parse().unwrap();
    // Another client takes every slot, the reserved ones too (it is a
    // superuser), and gives them back two seconds later.
    let mut held = common::block_on(async {
        let mut held: Vec<sqlx::PgConnection> = Vec::new();
        while let Ok(conn) = <sqlx::PgConnection as sqlx::Connection>::connect_with(&options).await
        {
            held.push(conn);
        }
        held
    });
    assert!(
        held.len() >= 10,
        "the server is full: {} sessions",
        held.len()
    );
    let release = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(2));
        held.clear();
    });
    let (failed, output) = run_suite_with_fault("tx_suite", &server.url(), usize::MAX, || {});
    release.join().unwrap();
    assert!(
        failed.is_empty(),
        "tests waited for the slots instead of failing: {failed:?}\n{output}"
    );
    assert!(output.contains("30 passed"), "{output}");
}

#[test]
fn slots_that_stay_taken_are_explained() {
    let server = PrivatePostgres::start_with("slots-taken", "-c max_connections=20");
    // Another itest process on this machine holds all 15 slots of the share
    // (20, less 3 reserved for superusers, less 2 left for other clients).
    let folder = std::env::temp_dir()
        .join("itest-slots")
        .join(format!("local_{}", server.port));
    std::fs::create_dir_all(&folder).unwrap();
    let held: Vec<std::fs::File> = (0..15)
        .map(|slot| {
            let file = std::fs::File::create(folder.join(format!("slot-{slot}"))).unwrap();
            file.try_lock().expect("a free slot");
            file
        })
        .collect();
    let output = Command::new(std::env::current_exe().unwrap())
        .env("ITEST_REPORT", "off")
        .args(["tx_suite::s00", "--exact", "--include-ignored"])
        .env("ITEST_DATABASE_URL", server.url())
        .env("ITEST_TIMEOUT", "1s")
        .env_remove("DATABASE_URL")
        .output()
        .unwrap();
    drop(held);
    let text = common::text(&output);
    assert!(!output.status.success(), "{text}");
    assert!(
        text.contains("connection slots itest uses")
            && text.contains("takes 20 connections (its max_connections), 3 of them reserved")
            && text.contains("-j N"),
        "says what is full and what to change: {text}"
    );
}
