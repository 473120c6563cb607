//! Binary-wide fixtures, `#[fixture(scope = "binary")]`: set up once per
//! test binary (once per process under nextest) on the shared runtime,
//! shared as `&T`, torn down once when the binary exits, also after failing
//! tests; a failure is given to every test that needs the fixture without a
//! second set-up; a test that times out while waiting does not cancel it.

mod common;

use std::io::Write;
use std::net::SocketAddr;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use common::text;
use itest::prelude::*;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

// ---------------------------------------------------------------------------
// A stub of a third-party HTTP API, shared by every test
// ---------------------------------------------------------------------------

static STUB_SETUPS: AtomicUsize = AtomicUsize::new(0);

/// A real HTTP server on loopback answering every request with the number
/// of requests it has served so far.
pub struct Stub {
    addr: SocketAddr,
    served: Arc<AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

/// Its accept loop is a task on itest's shared runtime: it keeps serving
/// after the test that first needed it has ended.
#[fixture(scope = "binary", teardown = stop_stub)]
async fn stub() -> std::io::Result<Stub> {
    STUB_SETUPS.fetch_add(1, Ordering::SeqCst);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let served = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&served);
    let task = tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let counter = Arc::clone(&counter);
            tokio::spawn(async move {
                let mut request = [0; 1024];
                let _ = socket.read(&mut request).await;
                let body = (counter.fetch_add(1, Ordering::SeqCst) + 1).to_string();
                let response = format!(
                    "HTTP/1.1 200 OK\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = socket.write_all(response.as_bytes()).await;
            });
        }
    });
    Ok(Stub { addr, served, task })
}

async fn stop_stub(stub: &Stub) {
    stub.task.abort();
}

/// A client for the stub: a binary-wide fixture that depends on another.
pub struct Api {
    base: String,
    client: reqwest::Client,
}

#[fixture(scope = "binary")]
fn api(stub: &Stub) -> Api {
    Api {
        base: format!("http://{}", stub.addr),
        client: reqwest::Client::new(),
    }
}

impl Api {
    async fn hits(&self) -> usize {
        let response = self.client.get(&self.base).send().await.unwrap();
        assert!(response.status().is_success());
        response.text().await.unwrap().parse().unwrap()
    }
}

/// A per-test fixture may take a binary-wide one.
#[fixture]
async fn first_hit(api: &Api) -> usize {
    api.hits().await
}

#[itest(fixtures = [stub, api])]
async fn the_stub_serves_the_first_test(stub: &Stub, api: &Api) {
    let before = stub.served.load(Ordering::SeqCst);
    assert!(api.hits().await > before);
    assert_eq!(
        STUB_SETUPS.load(Ordering::SeqCst),
        1,
        "set up once per binary"
    );
}

#[itest(fixtures = [stub, api])]
async fn the_stub_serves_the_second_test(stub: &Stub, api: &Api) {
    let before = stub.served.load(Ordering::SeqCst);
    assert!(api.hits().await > before);
    assert_eq!(
        STUB_SETUPS.load(Ordering::SeqCst),
        1,
        "set up once per binary"
    );
}

/// Next to a database and a per-test fixture.
#[itest(db = "tx", fixtures = [api, first_hit], migrations = "tests/migrations")]
async fn a_per_test_fixture_takes_a_binary_wide_one(db: &mut Db, api: &Api, first_hit: &usize) {
    assert!(api.hits().await > *first_hit);
    let users: i64 = sqlx::query_scalar("SELECT count(*) FROM users")
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(users, 0);
    assert_eq!(
        STUB_SETUPS.load(Ordering::SeqCst),
        1,
        "set up once per binary"
    );
}

// ---------------------------------------------------------------------------
// Failures: kept, given to every test, never set up again
// ---------------------------------------------------------------------------

static LICENSE_SETUPS: AtomicUsize = AtomicUsize::new(0);

pub struct License(String);

#[fixture(scope = "binary")]
fn license() -> Result<License, String> {
    if LICENSE_SETUPS.fetch_add(1, Ordering::SeqCst) > 0 {
        panic!("set up a second time");
    }
    Err("no license key in the environment".to_owned())
}

/// Depends on the failing one: its tests get `license`'s message.
#[fixture(scope = "binary")]
fn licensed(license: &License) -> usize {
    license.0.len()
}

#[itest(fixtures = [license])]
#[should_panic(expected = "fixture `license` failed: returned Err(\"no license key")]
async fn a_failed_binary_fixture_fails_its_tests(license: &License) {
    unreachable!("{}", license.0);
}

#[itest(fixtures = [license])]
#[should_panic(expected = "fixture `license` failed: returned Err(\"no license key")]
async fn a_failed_binary_fixture_is_not_set_up_again(license: &License) {
    unreachable!("{}", license.0);
}

#[itest(fixtures = [licensed])]
#[should_panic(expected = "fixture `license` failed: returned Err(\"no license key")]
async fn a_failed_dependency_is_named(licensed: &usize) {
    unreachable!("{licensed}");
}

static EXPLODING_SETUPS: AtomicUsize = AtomicUsize::new(0);

#[fixture(scope = "binary")]
async fn exploding() -> u32 {
    if EXPLODING_SETUPS.fetch_add(1, Ordering::SeqCst) > 0 {
        panic!("set up a second time");
    }
    panic!("the stub's port is taken");
}

#[itest(fixtures = [exploding])]
#[should_panic(expected = "fixture `exploding` failed: panicked: the stub's port is taken")]
async fn a_panicking_binary_fixture_fails_its_tests(exploding: &u32) {
    unreachable!("{exploding}");
}

#[itest(fixtures = [exploding])]
#[should_panic(expected = "fixture `exploding` failed: panicked: the stub's port is taken")]
async fn a_panicking_binary_fixture_is_not_set_up_again(exploding: &u32) {
    unreachable!("{exploding}");
}

// ---------------------------------------------------------------------------
// Teardown at exit, and a set-up that outlives a timed-out test
// (scenarios run in a child process, whose exit the parent observes)
// ---------------------------------------------------------------------------

/// The scenarios' journal: the file named by `ITEST_SCENARIO_JOURNAL`.
fn journal(line: &str) {
    let path = std::env::var("ITEST_SCENARIO_JOURNAL").expect("run by its parent test");
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .unwrap();
    writeln!(file, "{line}").unwrap();
}

pub struct Recorder(u32);

#[fixture(scope = "binary", teardown = close_recorder)]
async fn recorder() -> Recorder {
    // Slow enough for a test with a short limit to time out while waiting.
    tokio::time::sleep(Duration::from_millis(300)).await;
    journal("set up");
    Recorder(7)
}

/// By value: the binary's tests are done with it.
fn close_recorder(recorder: Recorder) {
    journal(&format!("torn down {}", recorder.0));
}

#[itest(fixtures = [recorder], timeout = "50ms")]
#[ignore = "scenario: run by teardown_runs_once_at_exit"]
async fn scenario_1_times_out_waiting(recorder: &Recorder) {
    unreachable!("{}", recorder.0);
}

#[itest(fixtures = [recorder])]
#[ignore = "scenario: run by teardown_runs_once_at_exit"]
async fn scenario_2_passes(recorder: &Recorder) {
    journal(&format!("test 2 got {}", recorder.0));
}

#[itest(fixtures = [recorder])]
#[ignore = "scenario: run by teardown_runs_once_at_exit"]
async fn scenario_3_fails(recorder: &Recorder) {
    journal(&format!("test 3 got {}", recorder.0));
    panic!("scenario 3 fails on purpose");
}

#[test]
fn teardown_runs_once_at_exit() {
    let journal = std::env::temp_dir().join(format!("{}.journal", itest::unique("binary")));
    let output = Command::new(std::env::current_exe().unwrap())
        .env("ITEST_REPORT", "off")
        .args(["scenario_", "--include-ignored", "--test-threads=1"])
        .env("ITEST_SCENARIO_JOURNAL", &journal)
        .output()
        .unwrap();
    let printed = text(&output);
    let written = std::fs::read_to_string(&journal).unwrap_or_default();
    let _ = std::fs::remove_file(&journal);
    assert!(printed.contains("1 passed; 2 failed"), "{printed}");
    assert!(
        printed.contains(
            "test `scenario_1_times_out_waiting` timed out after 50ms in binary-wide fixture `recorder`"
        ),
        "{printed}"
    );
    // Set up once, though the first test to need it gave up; shared by the
    // next two; torn down once, after the failing test, at exit.
    assert_eq!(
        written, "set up\ntest 2 got 7\ntest 3 got 7\ntorn down 7\n",
        "{printed}"
    );
}
