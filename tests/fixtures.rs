//! Fixtures against the real server: dependencies set up first and once per
//! test, values by reference or by value, fixtures from other modules, the
//! test's isolation, failures that name the fixture, teardown in reverse
//! order whatever the outcome (pass, error, panic, timeout), the phase a
//! timeout names, unique data, and the factory pattern.

mod common;
mod shared;

use std::cell::RefCell;
use std::collections::HashSet;
use std::sync::{Condvar, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use common::{block_on, committed_users, run_alone, text, Records};
use itest::prelude::*;
use shared::{org, user, NewUser, Org, User, Users};

// ---------------------------------------------------------------------------
// Dependencies
// ---------------------------------------------------------------------------

/// The example: `user` needs `org`; the test and `user` share one org.
#[itest(db = "tx", fixtures = [user, org], migrations = "tests/migrations")]
async fn user_belongs_to_org(db: &mut Db, user: &User, org: &Org) {
    assert_eq!(user.org_id, Some(org.id));
    let orgs: i64 = sqlx::query_scalar("SELECT count(*) FROM orgs")
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(orgs, 1, "`org` was set up once, for `user` and the test");
}

/// `#[from(..)]`, rstest's spelling: a parameter names its fixture itself
/// and takes any name, so two parameters can receive one fixture.
#[itest(db = "tx", fixtures = [user, org], migrations = "tests/migrations")]
async fn a_parameter_may_name_its_fixture(
    db: &mut Db,
    #[from(user)] admin: &User,
    #[from(user)] same_admin: &User,
    #[from(shared::org)] company: &Org,
) {
    assert_eq!(admin.id, same_admin.id, "one fixture, set up once");
    assert_eq!(admin.org_id, Some(company.id));
    let name: String = sqlx::query_scalar("SELECT name FROM orgs WHERE id = $1")
        .bind(company.id)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert!(name.starts_with("org-"), "the org row is there: {name}");
}

/// `org` is not listed, but `user` needs it: it is set up anyway.
#[itest(db = "tx", fixtures = [shared::user], migrations = "tests/migrations")]
async fn dependencies_are_set_up_even_when_not_listed(db: &mut Db, user: &User) {
    let org_id: Option<i64> = sqlx::query_scalar("SELECT org_id FROM users WHERE id = $1")
        .bind(user.id)
        .fetch_one(db.conn())
        .await
        .unwrap();
    let org_exists: bool = sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM orgs WHERE id = $1)")
        .bind(org_id)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert!(org_exists);
}

#[fixture]
async fn author(db: &mut Db, org: &Org) -> User {
    let new = NewUser {
        name: "Author".into(),
        ..NewUser::in_org(org)
    };
    new.insert(db).await.unwrap()
}

#[fixture]
async fn reviewer(db: &mut Db, org: &Org) -> User {
    let new = NewUser {
        name: "Reviewer".into(),
        ..NewUser::in_org(org)
    };
    new.insert(db).await.unwrap()
}

/// Two fixtures need `org`: it is set up once, and both get the same one.
#[itest(db = "tx", fixtures = [author, reviewer], migrations = "tests/migrations")]
async fn a_fixture_shared_by_two_dependants_is_set_up_once(
    db: &mut Db,
    author: &User,
    reviewer: &User,
) {
    assert_eq!(author.org_id, reviewer.org_id);
    let orgs: i64 = sqlx::query_scalar("SELECT count(*) FROM orgs")
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(orgs, 1);
}

/// Records the order in which fixtures are set up, inside one test.
#[derive(Default)]
struct SetUpLog(RefCell<Vec<&'static str>>);

#[fixture]
fn set_up_log() -> SetUpLog {
    SetUpLog::default()
}

#[fixture]
fn first(set_up_log: &SetUpLog) {
    set_up_log.0.borrow_mut().push("first");
}

#[fixture]
async fn second(set_up_log: &SetUpLog, _first: &()) {
    set_up_log.0.borrow_mut().push("second");
}

#[fixture]
fn third(set_up_log: &SetUpLog, _second: &(), _first: &()) {
    set_up_log.0.borrow_mut().push("third");
}

/// Listed backwards, set up in dependency order, each once.
#[itest(fixtures = [third, second, first, set_up_log])]
fn set_up_follows_dependency_order(set_up_log: &SetUpLog) {
    assert_eq!(*set_up_log.0.borrow(), ["first", "second", "third"]);
}

/// A parameter of type `T` owns the value; `_name` sets a fixture up
/// without reading it.
#[itest(db = "tx", fixtures = [user, org], migrations = "tests/migrations")]
async fn values_can_be_moved_into_the_test(db: &mut Db, mut user: User, _org: &Org) {
    user.name = "Renamed".into();
    sqlx::query("UPDATE users SET name = $1 WHERE id = $2")
        .bind(&user.name)
        .bind(user.id)
        .execute(db.conn())
        .await
        .unwrap();
}

struct Config {
    greeting: &'static str,
}

#[fixture]
fn config() -> Config {
    Config { greeting: "hello" }
}

/// Plain `fn` fixtures, in a test without a database.
#[itest(fixtures = [config])]
fn tests_without_a_database_take_fixtures_too(config: &Config) {
    assert_eq!(config.greeting, "hello");
}

/// Fixtures stay plain functions: a test can call one again, as a factory.
#[itest(db = "tx", fixtures = [org], migrations = "tests/migrations")]
async fn fixture_functions_stay_callable(db: &mut Db, org: &Org) {
    let a = shared::user(db, org).await.unwrap();
    let b = shared::user(db, org).await.unwrap();
    assert_ne!(a.email, b.email);
}

// ---------------------------------------------------------------------------
// Fixtures in other modules
// ---------------------------------------------------------------------------

mod teams {
    use super::shared::{org, Org};
    use itest::prelude::*;

    pub struct Team {
        pub org_id: i64,
    }

    /// Depends on `org` from another module, brought in with `use`.
    #[fixture]
    pub fn team(org: &Org) -> Team {
        Team { org_id: org.id }
    }
}

#[itest(db = "tx", fixtures = [shared::org, teams::team], migrations = "tests/migrations")]
async fn fixtures_are_named_by_path(team: &teams::Team, org: &Org) {
    assert_eq!(team.org_id, org.id);
}

// ---------------------------------------------------------------------------
// Isolation and unique data
// ---------------------------------------------------------------------------

static EMAILS: Records = Records::new();

#[itest(db = "tx", fixtures = [user], migrations = "tests/migrations")]
async fn user_row_is_visible_inside_the_test(db: &mut Db, user: &User) {
    assert_eq!(committed_in_test(db, &user.email).await, 1);
    EMAILS.push(
        "user_row_is_visible_inside_the_test",
        &user.email,
        db.connect_options(),
    );
}

async fn committed_in_test(db: &mut Db, email: &str) -> i64 {
    sqlx::query_scalar("SELECT count(*) FROM users WHERE email = $1")
        .bind(email)
        .fetch_one(db.conn())
        .await
        .unwrap()
}

/// In "tx", what fixtures insert is part of the test's transaction.
#[test]
fn fixture_rows_roll_back_with_the_test() {
    user_row_is_visible_inside_the_test();
    let (email, options) = EMAILS.last("user_row_is_visible_inside_the_test");
    assert_eq!(block_on(committed_users(&options, &email)), 0);
}

/// Prints values for `unique_values_differ_across_processes`.
#[test]
#[ignore = "helper of unique_values_differ_across_processes"]
fn print_unique_values() {
    for _ in 0..3 {
        println!("UNIQUE {}", itest::unique("org"));
    }
}

/// Fixtures use `itest::unique` for unique columns: no other test, process
/// or run gets the same value, so parallel tests never collide on them.
#[test]
fn unique_values_differ_across_processes() {
    let children: Vec<_> = (0..2)
        .map(|_| thread::spawn(|| run_alone("print_unique_values", &[], &[])))
        .collect();
    let mut values = HashSet::new();
    for child in children {
        let output = child.join().unwrap();
        let found: Vec<String> = String::from_utf8_lossy(&output.stdout)
            .lines()
            .filter_map(|line| line.split_once("UNIQUE ").map(|(_, value)| value))
            .map(str::to_owned)
            .collect();
        assert_eq!(found.len(), 3, "{}", text(&output));
        values.extend(found);
    }
    values.insert(itest::unique("org"));
    assert_eq!(values.len(), 7, "{values:?}");
}

// ---------------------------------------------------------------------------
// The factory pattern
// ---------------------------------------------------------------------------

/// Three users that differ only in their name, one line each; everything
/// else is the factory's default (same org, unique emails).
#[itest(db = "tx", fixtures = [shared::users], migrations = "tests/migrations")]
async fn a_factory_makes_rows_that_differ_in_one_field(db: &mut Db, users: &Users) {
    let ann = users.create(db, |u| u.name = "Ann".into()).await;
    let bob = users.create(db, |u| u.name = "Bob".into()).await;
    let cat = users.create(db, |u| u.name = "Cat".into()).await;

    let names: Vec<String> =
        sqlx::query_scalar("SELECT name FROM users WHERE org_id = $1 ORDER BY id")
            .bind(users.org.id)
            .fetch_all(db.conn())
            .await
            .unwrap();
    assert_eq!(names, ["Ann", "Bob", "Cat"]);
    let emails: HashSet<_> = [&ann.email, &bob.email, &cat.email].into_iter().collect();
    assert_eq!(emails.len(), 3);
}

// ---------------------------------------------------------------------------
// Failures name the fixture
// ---------------------------------------------------------------------------

#[fixture]
fn broken() -> Result<u8, String> {
    Err("no such thing".into())
}

#[fixture]
fn needs_broken(_broken: &u8) -> u8 {
    unreachable!("not set up when `broken` fails")
}

#[itest(fixtures = [broken])]
#[should_panic(
    expected = "itest: test `failing_fixture_fails_the_test` failed: fixture `broken` failed: returned Err(\"no such thing\")"
)]
fn failing_fixture_fails_the_test(_broken: &u8) {}

#[itest(fixtures = [needs_broken])]
#[should_panic(expected = "fixture `broken` failed: returned Err(\"no such thing\")")]
fn failing_dependency_fails_the_test(_needs_broken: &u8) {}

#[fixture]
fn panicking() -> u8 {
    panic!("the fixture panicked")
}

#[itest(fixtures = [panicking])]
#[should_panic(expected = "the fixture panicked")]
fn panicking_fixture_fails_the_test(_panicking: &u8) {}

// ---------------------------------------------------------------------------
// Teardown: reverse set-up order, whatever the outcome
// ---------------------------------------------------------------------------

/// What fixtures did, per run of a test: set-ups, teardowns, drops. Scenario
/// tests below record here; the checks run them and read their events.
static EVENTS: Events = Events::new();

struct Events {
    events: Mutex<Vec<(String, String)>>,
    changed: Condvar,
}

impl Events {
    const fn new() -> Events {
        Events {
            events: Mutex::new(Vec::new()),
            changed: Condvar::new(),
        }
    }

    fn push(&self, run: &str, event: impl Into<String>) {
        let mut events = self.events.lock().unwrap();
        events.push((run.to_owned(), event.into()));
        self.changed.notify_all();
    }

    fn runs(&self) -> HashSet<String> {
        let events = self.events.lock().unwrap();
        events.iter().map(|(run, _)| run.clone()).collect()
    }

    /// Events of `run` once its last fixture is gone, or after 10 s.
    fn of_finished(&self, run: &str) -> Vec<String> {
        let of = |events: &[(String, String)]| -> Vec<String> {
            (events.iter())
                .filter(|(r, _)| r == run)
                .map(|(_, event)| event.clone())
                .collect()
        };
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut events = self.events.lock().unwrap();
        while !of(&events).iter().any(|e| e == "drop run") && Instant::now() < deadline {
            events = self
                .changed
                .wait_timeout(events, Duration::from_millis(100))
                .unwrap()
                .0;
        }
        of(&events)
    }
}

/// One run of a test; dropped last, as it is set up first.
struct Run(String);

impl Drop for Run {
    fn drop(&mut self) {
        EVENTS.push(&self.0, "drop run");
    }
}

/// `<test>#<unique>`: the test's thread is named after the test.
#[fixture]
fn run() -> Run {
    let test = thread::current().name().unwrap_or("?").to_owned();
    Run(format!("{test}#{}", itest::unique("run")))
}

/// Something with a teardown, like a server a fixture started.
struct Resource {
    run: String,
    name: &'static str,
}

impl Resource {
    fn new(run: &Run, name: &'static str) -> Resource {
        EVENTS.push(&run.0, format!("set up {name}"));
        Resource {
            run: run.0.clone(),
            name,
        }
    }

    fn record(&self, event: &str) {
        EVENTS.push(&self.run, event);
    }
}

async fn stop(resource: &Resource) {
    tokio::task::yield_now().await;
    resource.record(&format!("teardown {}", resource.name));
}

#[fixture(teardown = stop)]
fn server(run: &Run) -> Resource {
    Resource::new(run, "server")
}

#[fixture(teardown = stop)]
async fn client(run: &Run, server: &Resource) -> Resource {
    assert_eq!(server.name, "server");
    Resource::new(run, "client")
}

/// A plain value: `Drop` runs at teardown, in the same reverse order.
struct TempFile {
    run: String,
}

impl Drop for TempFile {
    fn drop(&mut self) {
        EVENTS.push(&self.run, "drop temp_file");
    }
}

#[fixture]
fn temp_file(run: &Run) -> TempFile {
    EVENTS.push(&run.0, "set up temp_file");
    TempFile { run: run.0.clone() }
}

/// A teardown that consumes the value and can fail.
fn close(session: Resource) -> Result<(), String> {
    session.record("teardown session");
    Err("could not close the session".into())
}

#[fixture(teardown = close)]
fn session(run: &Run) -> Resource {
    Resource::new(run, "session")
}

async fn explode(resource: &Resource) {
    resource.record("teardown exploding");
    panic!("the teardown panicked");
}

#[fixture(teardown = explode)]
fn exploding(run: &Run) -> Resource {
    Resource::new(run, "exploding")
}

const SET_UP: [&str; 3] = ["set up server", "set up client", "set up temp_file"];
const TORN_DOWN: [&str; 4] = [
    "drop temp_file",
    "teardown client",
    "teardown server",
    "drop run",
];

fn expected(body: Option<&str>) -> Vec<String> {
    SET_UP
        .iter()
        .copied()
        .chain(body)
        .chain(TORN_DOWN)
        .map(str::to_owned)
        .collect()
}

fn record_body(run: &Run) {
    EVENTS.push(&run.0, "body");
}

#[itest(fixtures = [client, temp_file, run])]
#[ignore = "scenario: run by teardown_runs_in_reverse_order"]
async fn scenario_passes(run: &Run) {
    record_body(run);
}

#[itest(fixtures = [client, temp_file, run])]
#[ignore = "scenario: run by teardown_runs_after_an_error"]
#[should_panic(expected = "the body failed")]
async fn scenario_returns_err(run: &Run) -> Result<(), String> {
    record_body(run);
    Err("the body failed".into())
}

#[itest(fixtures = [client, temp_file, run])]
#[ignore = "scenario: run by teardown_runs_after_a_panic"]
#[should_panic(expected = "the body panicked")]
async fn scenario_panics(run: &Run) {
    record_body(run);
    panic!("the body panicked");
}

// 1 s rather than less: the body must start in time, also on a busy machine.
#[itest(timeout = "1s", fixtures = [client, temp_file, run])]
#[ignore = "scenario: run by teardown_runs_after_a_timeout"]
#[should_panic(expected = "timed out")]
async fn scenario_times_out(run: &Run) {
    record_body(run);
    tokio::time::sleep(Duration::from_secs(30)).await;
}

/// Runs a scenario test; returns its failure message ("" when it passed)
/// and the events of each run of it that started meanwhile: one, or two
/// when the scenario also runs on its own (`--include-ignored`).
fn run_scenario(scenario: fn(), name: &str) -> (String, Vec<Vec<String>>) {
    let before = EVENTS.runs();
    let failure = match std::panic::catch_unwind(scenario) {
        Ok(()) => String::new(),
        Err(payload) => (payload.downcast_ref::<String>().cloned())
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default(),
    };
    let runs: Vec<String> = (EVENTS.runs().difference(&before))
        .filter(|run| run.starts_with(&format!("{name}#")))
        .cloned()
        .collect();
    assert!(!runs.is_empty(), "the scenario set up no fixture");
    let events = runs.iter().map(|run| EVENTS.of_finished(run)).collect();
    (failure, events)
}

fn assert_events(runs: &[Vec<String>], expected: &[String]) {
    for events in runs {
        assert_eq!(events, expected);
    }
}

#[test]
fn teardown_runs_in_reverse_order() {
    let (failure, runs) = run_scenario(scenario_passes, "scenario_passes");
    assert_eq!(failure, "");
    assert_events(&runs, &expected(Some("body")));
}

#[test]
fn teardown_runs_after_an_error() {
    let (failure, runs) = run_scenario(scenario_returns_err, "scenario_returns_err");
    assert!(
        failure.ends_with("failed: returned Err(\"the body failed\")"),
        "{failure}"
    );
    assert_events(&runs, &expected(Some("body")));
}

#[test]
fn teardown_runs_after_a_panic() {
    let (failure, runs) = run_scenario(scenario_panics, "scenario_panics");
    assert_eq!(failure, "the body panicked");
    assert_events(&runs, &expected(Some("body")));
}

#[test]
fn teardown_runs_after_a_timeout() {
    let (failure, runs) = run_scenario(scenario_times_out, "scenario_times_out");
    assert!(
        failure.contains("timed out after 1s in the test body"),
        "{failure}"
    );
    assert_events(&runs, &expected(Some("body")));
}

#[itest(fixtures = [client, temp_file, run, broken_after_client])]
#[ignore = "scenario: run by teardown_undoes_what_was_set_up_before_a_failure"]
#[should_panic(expected = "fixture `broken_after_client` failed")]
async fn scenario_set_up_fails(run: &Run) {
    record_body(run);
}

#[fixture]
fn broken_after_client(_client: &Resource) -> Result<(), &'static str> {
    Err("broken")
}

#[test]
fn teardown_undoes_what_was_set_up_before_a_failure() {
    let (failure, runs) = run_scenario(scenario_set_up_fails, "scenario_set_up_fails");
    assert!(
        failure.ends_with("fixture `broken_after_client` failed: returned Err(\"broken\")"),
        "{failure}"
    );
    assert_events(&runs, &expected(None));
}

#[itest(fixtures = [client, temp_file, session])]
#[ignore = "scenario: run by a_failing_teardown_fails_a_passing_test"]
#[should_panic(expected = "teardown of fixture `session` failed")]
async fn scenario_teardown_fails() {}

#[test]
fn a_failing_teardown_fails_a_passing_test() {
    let (failure, runs) = run_scenario(scenario_teardown_fails, "scenario_teardown_fails");
    assert_eq!(
        failure,
        "itest: test `scenario_teardown_fails` failed: teardown of fixture `session` failed: \
         returned Err(\"could not close the session\")"
    );
    let mut expected = expected(None);
    expected.insert(3, "set up session".into());
    expected.insert(4, "teardown session".into());
    assert_events(&runs, &expected);
}

#[itest(fixtures = [client, temp_file, session, exploding])]
#[ignore = "scenario: run by failing_teardowns_do_not_hide_the_test_failure"]
#[should_panic(expected = "the body failed")]
async fn scenario_everything_fails() -> Result<(), &'static str> {
    Err("the body failed")
}

#[test]
fn failing_teardowns_do_not_hide_the_test_failure() {
    let (failure, runs) = run_scenario(scenario_everything_fails, "scenario_everything_fails");
    assert_eq!(
        failure,
        "itest: test `scenario_everything_fails` failed: returned Err(\"the body failed\")\n\
         (and then: teardown of fixture `exploding` panicked: the teardown panicked; \
         teardown of fixture `session` failed: returned Err(\"could not close the session\"))"
    );
    let mut expected = expected(None);
    expected.splice(
        3..3,
        [
            "set up session",
            "set up exploding",
            "teardown exploding",
            "teardown session",
        ]
        .map(str::to_owned),
    );
    assert_events(&runs, &expected);
}

// ---------------------------------------------------------------------------
// Time limits: a timeout names the phase that ran out
// ---------------------------------------------------------------------------

#[fixture]
async fn slow_fixture() {
    tokio::time::sleep(Duration::from_secs(30)).await;
}

#[fixture]
fn needs_slow(_slow_fixture: &()) {}

#[fixture]
fn blocking_fixture() {
    thread::sleep(Duration::from_secs(2));
}

async fn slow_stop(_: &()) {
    tokio::time::sleep(Duration::from_secs(30)).await;
}

#[fixture(teardown = slow_stop)]
fn slow_to_stop() {}

#[itest(timeout = "300ms", fixtures = [slow_fixture])]
#[should_panic(expected = "timed out after 300ms in fixture `slow_fixture`")]
fn fixture_set_up_counts_against_the_time_limit() {}

#[itest(timeout = "300ms", fixtures = [needs_slow])]
#[should_panic(expected = "timed out after 300ms in fixture `slow_fixture`")]
fn the_timeout_names_the_fixture_that_ran_out() {}

#[itest(timeout = "300ms", fixtures = [blocking_fixture])]
#[should_panic(expected = "timed out after 300ms in fixture `blocking_fixture`")]
fn a_fixture_blocking_its_thread_times_out_too() {}

#[itest(timeout = "300ms", fixtures = [slow_to_stop])]
#[should_panic(expected = "timed out after 300ms in teardown of fixture `slow_to_stop`")]
fn teardown_counts_against_the_time_limit() {}

#[itest(db = "tx", timeout = "1s", fixtures = [org], migrations = "tests/migrations")]
#[should_panic(expected = "timed out after 1s in the test body")]
async fn the_body_is_named_when_it_runs_out(_org: &Org) {
    tokio::time::sleep(Duration::from_secs(30)).await;
}
