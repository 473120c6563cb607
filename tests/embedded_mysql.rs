#![cfg(feature = "mysql")]
//! With the `mysql` feature and no URL set, itest runs its own MariaDB (or
//! MySQL), on the terms of its own PostgreSQL: found on the machine,
//! initialised once, shared by every process of a run, replaced when it
//! dies, and stopped when unused.
//!
//! Until `#[itest]` runs tests on MySQL, the child processes reach the
//! server through a hidden hook, `__embedded_mysql_options`. Each test gives
//! its children a private `ITEST_MYSQL_DIR`, so that it has a server of its
//! own to start, kill or watch stop; the machine's own server (port 3306) is
//! never used.

use std::collections::HashMap;
use std::fs::File;
use std::os::unix::fs::MetadataExt;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use sqlx::{Connection, MySqlConnection, Row};

/// Removed from a child's environment, so that it uses the embedded server.
const NO_URL: [&str; 2] = ["ITEST_DATABASE_URL", "DATABASE_URL"];

/// Connects to the embedded server, checks that the root user may do
/// anything, and prints what it found, for the tests below.
#[tokio::test]
#[ignore = "run by the tests below, in a child process with a private ITEST_MYSQL_DIR"]
async fn report_mysql_server() {
    let started = Instant::now();
    let options = itest::__private::__embedded_mysql_options().unwrap_or_else(|e| panic!("{e}"));
    let attach_ms = started.elapsed().as_millis();
    let mut conn = MySqlConnection::connect_with(&options).await.unwrap();
    let row = sqlx::query(
        "SELECT VERSION(), @@port, @@datadir, @@socket, @@bind_address, @@skip_name_resolve,
                @@innodb_flush_log_at_trx_commit, @@sync_binlog, @@log_bin,
                @@innodb_doublewrite, @@max_connections, @@character_set_server,
                CURRENT_USER(), @@pid_file, @@tmpdir",
    )
    .fetch_one(&mut conn)
    .await
    .unwrap();
    let text = |i: usize| -> String {
        row.try_get::<String, _>(i)
            .or_else(|_| row.try_get::<i64, _>(i).map(|n| n.to_string()))
            .or_else(|_| row.try_get::<u64, _>(i).map(|n| n.to_string()))
            .or_else(|_| row.try_get::<i32, _>(i).map(|n| n.to_string()))
            .unwrap_or_else(|e| panic!("column {i}: {e}"))
    };
    let names = [
        "version",
        "port",
        "datadir",
        "socket",
        "bind_address",
        "skip_name_resolve",
        "flush_at_commit",
        "sync_binlog",
        "log_bin",
        "doublewrite",
        "max_connections",
        "charset",
        "user",
        "pid_file",
        "tmpdir",
    ];
    let mut pairs: Vec<String> = names
        .iter()
        .enumerate()
        .map(|(i, name)| format!("{name}={}", text(i).replace(' ', "_")))
        .collect();

    // Every privilege: a database of its own, created, used and dropped.
    let database = format!("itest_embedded_{}", std::process::id());
    for statement in [
        format!("CREATE DATABASE `{database}`"),
        format!("CREATE TABLE `{database}`.t (id INT PRIMARY KEY)"),
        format!("INSERT INTO `{database}`.t VALUES (1), (2)"),
    ] {
        sqlx::query(sqlx::AssertSqlSafe(statement))
            .execute(&mut conn)
            .await
            .unwrap();
    }
    let rows: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "SELECT COUNT(*) FROM `{database}`.t"
    )))
    .fetch_one(&mut conn)
    .await
    .unwrap();
    sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE `{database}`")))
        .execute(&mut conn)
        .await
        .unwrap();
    pairs.push(format!("rows={rows}"));
    // How long starting or attaching took: what `bash` loops measure.
    pairs.push(format!("attach_ms={attach_ms}"));
    conn.close().await.unwrap();

    println!("itest-mysql {}", pairs.join(" "));
    // Stay attached a while, when a test wants two processes at once.
    if let Ok(ms) = std::env::var("ITEST_TEST_HOLD_MS") {
        std::thread::sleep(Duration::from_millis(ms.parse().unwrap()));
    }
}

/// A private embedded MariaDB for one test: its own `ITEST_MYSQL_DIR`, and a
/// teardown that stops it and removes the folder.
struct PrivateMySql {
    dir: PathBuf,
    idle: &'static str,
}

impl PrivateMySql {
    /// A fresh folder under the system's temporary folder (which the
    /// server's user can reach when the tests run as root).
    fn new(name: &str, idle: &'static str) -> PrivateMySql {
        let dir = std::env::temp_dir().join(format!("itest-mysql-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        PrivateMySql { dir, idle }
    }

    fn command(&self) -> Command {
        let mut command = Command::new(std::env::current_exe().expect("current test binary"));
        command
            .args([
                "report_mysql_server",
                "--exact",
                "--nocapture",
                "--include-ignored",
                "--test-threads=1",
            ])
            .env("ITEST_MYSQL_DIR", &self.dir)
            .env("ITEST_MYSQL_IDLE", self.idle)
            .env_remove("ITEST_MYSQL_BIN");
        for var in NO_URL {
            command.env_remove(var);
        }
        command
    }

    /// Runs the reporting child; what it found.
    fn report(&self) -> HashMap<String, String> {
        let output = self.command().output().expect("run the test binary");
        self.parse(&output)
    }

    fn parse(&self, output: &Output) -> HashMap<String, String> {
        assert!(output.status.success(), "{}\n{}", text(output), self.log());
        let stdout = String::from_utf8_lossy(&output.stdout);
        stdout
            .lines()
            .find_map(|line| line.split_once("itest-mysql ").map(|(_, rest)| rest))
            .expect("the child's report")
            .split_whitespace()
            .filter_map(|pair| pair.split_once('='))
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect()
    }

    /// `mariadb-<major.minor>/` (or `mysql-...`), once a server was started.
    fn version_folder(&self) -> PathBuf {
        std::fs::read_dir(&self.dir)
            .expect("the private folder exists")
            .map(|entry| entry.unwrap().path())
            .find(|path| path.is_dir())
            .expect("a mariadb-<version> folder")
    }

    fn server_pid(&self) -> Option<u32> {
        let pid = self.version_folder().join("data/server.pid");
        std::fs::read_to_string(pid).ok()?.trim().parse().ok()
    }

    /// Waits until the supervisor has exited (its lock is free), at most `limit`.
    fn wait_until_stopped(&self, limit: Duration) -> bool {
        let lock = self.version_folder().join("supervisor.lock");
        let (done, stopped) = mpsc::channel();
        std::thread::spawn(move || {
            let file = File::open(lock).expect("open supervisor.lock");
            let _ = done.send(file.lock_shared().is_ok());
        });
        stopped.recv_timeout(limit).unwrap_or(false)
    }

    /// Asks the server to shut down and waits until its supervisor is gone.
    fn stop(&self) -> bool {
        if let Some(pid) = self.server_pid() {
            let _ = Command::new("kill")
                .args(["-TERM", &pid.to_string()])
                .status();
        }
        self.wait_until_stopped(Duration::from_secs(60))
    }

    /// Processes working in the private folder (`/proc/<pid>/cwd`), after
    /// waiting at most `limit` for them to go.
    fn processes_left_after(&self, limit: Duration) -> Vec<String> {
        let deadline = Instant::now() + limit;
        loop {
            let left: Vec<String> = std::fs::read_dir("/proc")
                .map(|entries| {
                    entries
                        .filter_map(|entry| {
                            let path = entry.ok()?.path();
                            let cwd = std::fs::read_link(path.join("cwd")).ok()?;
                            cwd.starts_with(&self.dir)
                                .then(|| path.display().to_string())
                        })
                        .collect()
                })
                .unwrap_or_default();
            if left.is_empty() || Instant::now() > deadline {
                return left;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn log(&self) -> String {
        std::fs::read_dir(&self.dir)
            .ok()
            .and_then(|mut entries| entries.find_map(|e| e.ok().filter(|e| e.path().is_dir())))
            .and_then(|entry| std::fs::read_to_string(entry.path().join("server.log")).ok())
            .unwrap_or_default()
    }
}

impl Drop for PrivateMySql {
    /// Stops the server if one was started, and removes the folder.
    fn drop(&mut self) {
        let started = std::fs::read_dir(&self.dir)
            .is_ok_and(|entries| entries.flatten().any(|entry| entry.path().is_dir()));
        if started {
            self.stop();
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

fn uid_of(pid: u32) -> u32 {
    std::fs::metadata(format!("/proc/{pid}")).unwrap().uid()
}

#[test]
fn a_first_start_makes_a_private_server_tuned_for_tests() {
    let server = PrivateMySql::new("tuned", "60s");
    let report = server.report();

    assert!(report["version"].contains("MariaDB"), "{report:?}");
    assert_ne!(report["port"], "3306", "never the machine's own server");
    assert_eq!(report["bind_address"], "127.0.0.1", "loopback only");
    assert_eq!(report["skip_name_resolve"], "1");
    assert_eq!(report["flush_at_commit"], "0");
    assert_eq!(report["sync_binlog"], "0");
    assert_eq!(report["log_bin"], "0");
    assert_eq!(report["doublewrite"], "0");
    assert_eq!(report["max_connections"], "200");
    assert_eq!(report["charset"], "utf8mb4");
    assert_eq!(report["user"], "root@127.0.0.1");
    assert_eq!(
        report["rows"], "2",
        "root may create, use and drop a database"
    );
    let dir = server.dir.to_str().unwrap();
    // Its temporary folder too: MariaDB empties it at start.
    for file in ["datadir", "socket", "pid_file", "tmpdir"] {
        assert!(
            report[file].starts_with(dir),
            "{file} is not in {dir}: {report:?}"
        );
    }
    // MariaDB refuses root unless told whom to run as: run as root, itest
    // runs it as another user.
    let pid = server.server_pid().expect("server.pid");
    assert_ne!(uid_of(pid), 0, "the server runs as root");
    assert!(server.version_folder().join("initdb.log").is_file());
    assert!(server.stop(), "{}", server.log());
}

#[test]
fn a_second_process_attaches_and_later_runs_reuse_the_data() {
    let server = PrivateMySql::new("reuse", "60s");
    let first = server.report();
    let pid = server.server_pid();
    let system_tables = server.version_folder().join("data/mysql");
    let made = std::fs::metadata(&system_tables).unwrap();

    // While it runs, another process attaches to it.
    let second = server.report();
    assert_eq!(first["port"], second["port"]);
    assert_eq!(server.server_pid(), pid, "the same server");
    assert_eq!(server.log().matches("accepts connections").count(), 1);
    assert!(server.stop(), "{}", server.log());

    // Down, its data stays: the next run starts it again on the same
    // data folder, without making another.
    let third = server.report();
    assert_ne!(server.server_pid(), pid, "a new server started");
    assert_eq!(first["datadir"], third["datadir"]);
    let reused = std::fs::metadata(&system_tables).unwrap();
    assert_eq!((made.ino(), made.ctime()), (reused.ino(), reused.ctime()));
    assert!(server.stop(), "{}", server.log());
}

#[test]
fn two_processes_started_at_once_share_one_server() {
    let server = PrivateMySql::new("shared", "60s");
    let children: Vec<_> = (0..2)
        .map(|_| {
            let mut child = server.command();
            child
                .env("ITEST_TEST_HOLD_MS", "300")
                .stdout(Stdio::piped())
                .stderr(Stdio::piped());
            child.spawn().unwrap()
        })
        .collect();
    let reports: Vec<_> = children
        .into_iter()
        .map(|child| server.parse(&child.wait_with_output().unwrap()))
        .collect();
    assert_eq!(reports[0]["port"], reports[1]["port"]);
    assert_eq!(
        server.log().matches("accepts connections").count(),
        1,
        "one server was started: {}",
        server.log()
    );
    assert!(server.stop(), "{}", server.log());
}

#[test]
fn a_killed_server_is_replaced_by_the_next_process() {
    let server = PrivateMySql::new("killed", "60s");
    server.report();
    let pid = server.server_pid().expect("server.pid");
    let killed = Command::new("kill")
        .args(["-KILL", &pid.to_string()])
        .status()
        .unwrap();
    assert!(killed.success());

    server.report();
    assert_ne!(server.server_pid(), Some(pid));
    assert!(server.stop(), "{}", server.log());
}

#[test]
fn an_idle_server_stops_and_leaves_nothing_running() {
    let server = PrivateMySql::new("idle", "1s");
    server.report();
    assert!(
        server.wait_until_stopped(Duration::from_secs(60)),
        "still running 60 s after its last user, with ITEST_MYSQL_IDLE=1s: {}",
        server.log()
    );
    assert_eq!(
        server.processes_left_after(Duration::from_secs(10)),
        Vec::<String>::new()
    );
    let log = server.log();
    assert!(log.contains("unused for 1s: stopping the server"), "{log}");
    assert!(log.contains("Shutdown complete"), "a clean shutdown: {log}");
    assert!(!server.version_folder().join("state").exists());
}

#[test]
fn missing_server_programs_are_explained() {
    let empty = PrivateMySql::new("no-programs", "60s");
    std::fs::create_dir_all(&empty.dir).unwrap();
    let output = empty
        .command()
        .env("ITEST_MYSQL_BIN", &empty.dir)
        .output()
        .unwrap();
    let text = text(&output);
    assert!(!output.status.success(), "{text}");
    assert!(
        text.contains(&format!(
            "it looked in ITEST_MYSQL_BIN={}",
            empty.dir.display()
        )),
        "{text}"
    );
    assert!(text.contains("apt-get install mariadb-server"), "{text}");
    assert!(text.contains("brew install mariadb"), "{text}");
}
