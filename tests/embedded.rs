//! With no URL set, itest runs the tests on a PostgreSQL of its own: found
//! on the machine, initialised once, shared by every process of a run,
//! replaced when it dies, and stopped when unused.
//!
//! Each test gives its child processes a private `ITEST_PG_DIR`, so that it
//! has a server of its own to start, kill or watch stop.

mod common;
mod private_server;

use std::collections::HashMap;
use std::os::unix::fs::MetadataExt;
use std::process::Stdio;
use std::time::Duration;

use common::text;
use itest::prelude::*;
use private_server::{reported, PrivateServer};

/// Prints the server it runs on, for the tests below.
#[itest(db = "tx", migrations = "tests/migrations")]
#[ignore = "run by the tests below, in a child process with a private ITEST_PG_DIR"]
async fn report_server(db: &mut Db) {
    let settings: Vec<(String, String)> = sqlx::query_as(
        "SELECT name, setting FROM pg_settings
         WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes',
                        'listen_addresses', 'unix_socket_directories', 'data_directory')
         UNION ALL SELECT 'port', current_setting('port')
         UNION ALL SELECT 'transport', coalesce(inet_server_addr()::text, 'unix-socket')
         UNION ALL SELECT 'started', extract(epoch FROM pg_postmaster_start_time())::text
         UNION ALL SELECT 'user', current_user::text",
    )
    .fetch_all(db.conn())
    .await
    .unwrap();
    let pairs: Vec<String> = settings.iter().map(|(k, v)| format!("{k}={v}")).collect();
    println!("itest-server {}", pairs.join(" "));
}

/// Runs `report_server` on the private server and returns what it printed.
fn report(server: &PrivateServer) -> HashMap<String, String> {
    let output = server.run("report_server");
    assert!(
        output.status.success(),
        "{}\n{}",
        text(&output),
        server.log()
    );
    reported(&output, "itest-server ").into_iter().collect()
}

/// The uid a process runs as, from `/proc`.
fn uid_of(pid: u32) -> u32 {
    std::fs::metadata(format!("/proc/{pid}")).unwrap().uid()
}

#[test]
fn without_a_url_tests_run_on_a_private_server_tuned_for_tests() {
    let server = PrivateServer::new("tuned", "60s");
    let report = report(&server);

    assert_eq!(report["fsync"], "off");
    assert_eq!(report["synchronous_commit"], "off");
    assert_eq!(report["full_page_writes"], "off");
    assert_eq!(report["listen_addresses"], "127.0.0.1", "loopback only");
    // Its Unix socket is in its data folder, which only its user may
    // enter, and the test ran over it (no server address on a socket).
    assert_eq!(
        report["unix_socket_directories"], report["data_directory"],
        "{report:?}"
    );
    assert_eq!(report["transport"], "unix-socket", "{report:?}");
    assert_eq!(report["user"], "postgres");
    assert!(
        report["data_directory"].starts_with(server.dir.to_str().unwrap()),
        "the data lives in ITEST_PG_DIR: {report:?}"
    );
    // PostgreSQL refuses root: run as root, itest runs it as another user.
    let pid = server.server_pid().expect("postmaster.pid");
    assert_ne!(uid_of(pid), 0, "the server runs as root");
    assert!(server.stop(), "{}", server.log());
}

#[test]
fn a_data_folder_too_deep_for_a_socket_is_reached_over_tcp() {
    // A socket's path may be 107 bytes long: this data folder is longer, and
    // the server must still start, on loopback TCP alone.
    let server = PrivateServer::new(&format!("deep-{}", "d".repeat(90)), "60s");
    let report = report(&server);
    assert!(report["data_directory"].len() > 107, "{report:?}");
    assert_eq!(report["unix_socket_directories"], "", "{report:?}");
    assert_eq!(report["transport"], "127.0.0.1/32", "{report:?}");
    assert!(server.stop(), "{}", server.log());
}

#[test]
fn initdb_runs_once_and_later_runs_reuse_its_data() {
    let server = PrivateServer::new("reuse", "60s");
    let first = report(&server);
    let data = std::path::Path::new(&first["data_directory"]).join("PG_VERSION");
    let made = std::fs::metadata(&data).unwrap();
    assert!(server.stop(), "{}", server.log());

    // The server is down, its data stays: the next run starts it again
    // on the same data folder, without initdb.
    let second = report(&server);
    assert_ne!(first["started"], second["started"], "a new server started");
    assert_eq!(first["data_directory"], second["data_directory"]);
    let reused = std::fs::metadata(&data).unwrap();
    assert_eq!((made.ino(), made.mtime()), (reused.ino(), reused.mtime()));
    assert!(server.stop(), "{}", server.log());
}

#[test]
fn two_processes_started_at_once_share_one_server() {
    let server = PrivateServer::new("shared", "60s");
    // Both start cold: one starts the server, the other waits on the
    // start lock and attaches to it.
    let children: Vec<_> = (0..2)
        .map(|_| {
            let mut child = server.command("report_server");
            child.stdout(Stdio::piped()).stderr(Stdio::piped());
            child.spawn().unwrap()
        })
        .collect();
    let reports: Vec<HashMap<String, String>> = children
        .into_iter()
        .map(|child| {
            let output = child.wait_with_output().unwrap();
            assert!(
                output.status.success(),
                "{}\n{}",
                text(&output),
                server.log()
            );
            reported(&output, "itest-server ").into_iter().collect()
        })
        .collect();
    assert_eq!(reports[0]["port"], reports[1]["port"]);
    assert_eq!(reports[0]["started"], reports[1]["started"]);
    assert_eq!(
        server.log().matches("accepts connections").count(),
        1,
        "one server was started: {}",
        server.log()
    );
    assert!(server.stop(), "{}", server.log());
}

#[test]
fn a_killed_server_is_replaced_on_the_next_test() {
    let server = PrivateServer::new("killed", "60s");
    let before = report(&server);
    let pid = server.server_pid().expect("postmaster.pid");
    let killed = std::process::Command::new("kill")
        .args(["-KILL", &pid.to_string()])
        .status()
        .unwrap();
    assert!(killed.success());

    let after = report(&server);
    assert_ne!(before["started"], after["started"], "a new server started");
    assert_ne!(server.server_pid(), Some(pid));
    assert!(server.stop(), "{}", server.log());
}

#[test]
fn an_idle_server_stops_and_leaves_nothing_running() {
    let server = PrivateServer::new("idle", "1s");
    report(&server);
    assert!(
        server.wait_until_stopped(Duration::from_secs(30)),
        "still running 30 s after its last user, with ITEST_PG_IDLE=1s: {}",
        server.log()
    );
    assert_eq!(
        server.processes_left_after(Duration::from_secs(10)),
        Vec::<String>::new()
    );
    assert!(server.log().contains("unused for 1s: stopping the server"));
    let data = server.version_folder().join("data");
    assert!(
        !data.join("postmaster.pid").exists(),
        "the server shut down cleanly"
    );
}

#[test]
fn an_unusable_folder_is_explained() {
    // A path below a regular file: no user, root included, can create it.
    let file = std::env::temp_dir().join(format!("itest-not-a-folder-{}", std::process::id()));
    std::fs::write(&file, "").unwrap();
    let server = PrivateServer::new("unusable", "60s");
    let output = server
        .command("report_server")
        .env("ITEST_PG_DIR", file.join("itest"))
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&file);
    let text = text(&output);
    assert!(!output.status.success(), "{text}");
    assert!(
        text.contains(&format!("cannot use {}", file.join("itest").display())),
        "{text}"
    );
    assert!(
        text.contains("set ITEST_PG_DIR to a folder that is"),
        "{text}"
    );
}

#[test]
fn missing_server_programs_are_explained() {
    let empty = PrivateServer::new("no-programs", "60s");
    std::fs::create_dir_all(&empty.dir).unwrap();
    let output = empty
        .command("report_server")
        .env("ITEST_PG_BIN", &empty.dir)
        .output()
        .unwrap();
    let text = text(&output);
    assert!(!output.status.success(), "{text}");
    assert!(text.contains("ITEST_PG_BIN="), "{text}");
    assert!(
        text.contains("a folder holding PostgreSQL's initdb and postgres programs"),
        "{text}"
    );
}
