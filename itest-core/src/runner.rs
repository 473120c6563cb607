//! The entry point generated tests call: set up isolation, run the test
//! under its time limit, tear down, and report in a way libtest understands.
//!
//! The database is reached only through the test's [`Driver`], which
//! generated code takes from itest-runtime for a test with `db = ..`: a
//! binary whose tests use none links no database code.

use std::any::Any;
use std::fmt::Debug;
use std::future::{poll_fn, Future};
use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};
use std::pin::pin;
use std::sync::{Arc, Mutex};
use std::task::Poll;
use std::time::Duration;

use crate::config::REPEAT_VAR;
use crate::context::Context;
use crate::fixtures::TestContext;
use crate::future::LocalBoxFuture;
use crate::kinds::Isolation;
use crate::report::{log_phases, record, TestRecord};
use crate::timeout::{run_with_deadline, Deadline, Phase, Waited};
use crate::Error;

/// After a timeout, how long to wait for the test's thread to notice: a
/// thread blocked in the test body does not, and is left behind.
const STOP_WAIT: Duration = Duration::from_millis(200);
/// How long a test that did stop may take to tear down its fixtures, so that
/// teardown has happened when the failure is reported.
const TEARDOWN_GRACE: Duration = Duration::from_secs(5);

/// What a test body returns, reduced to pass or a failure message.
pub type TestResult = Result<(), String>;

/// One line on the real stderr (past libtest's capture, so passing tests
/// show it too) for a test over its time budget, naming its slowest phase.
/// The binary's one-off preparation (migrating a template) is not the
/// test's: it is left out of the total.
fn report_if_slow(test: &str, budget: Duration, own_budget: bool, timings: &[(String, Duration)]) {
    let own: Vec<&(String, Duration)> = timings
        .iter()
        .filter(|(phase, _)| phase != "template and strategy")
        .collect();
    let total: Duration = own.iter().map(|(_, took)| *took).sum();
    if total <= budget {
        return;
    }
    let slowest = own.iter().max_by_key(|(_, took)| *took);
    let (phase, took) = slowest.map_or(("", Duration::ZERO), |(p, t)| (p.as_str(), *t));
    let fix = match own_budget {
        true => "its own `slow = ..`".to_owned(),
        false => "ITEST_SLOW; a test that is slow on purpose says so with slow = \"2s\"".to_owned(),
    };
    let line = format!(
        "itest: slow test `{test}`: {} ms, over the {} ms budget ({fix}); slowest phase: {phase}, {} ms",
        total.as_millis(),
        budget.as_millis(),
        took.as_millis()
    );
    print_past_capture(&line);
}

/// Test functions may return `()` or `Result<(), E>` with `E: Debug`.
pub trait IntoTestResult {
    fn into_test_result(self) -> TestResult;
}

impl IntoTestResult for () {
    fn into_test_result(self) -> TestResult {
        Ok(())
    }
}

impl<E: Debug> IntoTestResult for Result<(), E> {
    fn into_test_result(self) -> TestResult {
        self.map_err(|e| format!("returned Err({e:?})"))
    }
}

/// How a test with `db = ..` gets its database: itest-runtime's, one per
/// server kind (`__private::driver`).
pub trait Driver: Sync {
    /// The strategy `isolation` over the test's migrations, made once per
    /// binary; blocks. Run outside the test's time limit.
    fn prepare(&self, spec: &TestSpec) -> Result<Box<dyn Prepared>, Error>;
}

/// A test's strategy, ready to open its database on the test's thread.
pub trait Prepared: Send {
    /// Opens the test's database: the `Db<..>` for its context, and how to
    /// end its sessions on the server should it time out.
    fn open(&self, test: &'static str) -> LocalBoxFuture<'_, Result<Opened, String>>;
    /// Ends the test's isolation (keeps it for inspection when `keep`);
    /// calls `deadline.finish()`. A problem is returned, not raised.
    fn close<'a>(
        &'a self,
        db: Box<dyn Any>,
        deadline: &'a Deadline,
        keep: bool,
    ) -> LocalBoxFuture<'a, Option<String>>;
}

/// Ends a timed-out test's server sessions; says what was done.
pub type EndSessions = Box<dyn FnOnce() -> Result<&'static str, Error> + Send>;

/// A test's open database.
pub struct Opened {
    /// The test's `Db<..>`, downcast again by `__private::db`.
    pub db: Box<dyn Any>,
    pub end_sessions: EndSessions,
}

/// What `#[itest(..)]` knows about a test at compile time.
pub struct TestSpec {
    /// `module_path!()::name`.
    pub name: &'static str,
    /// How the test gets its database: set with `isolation`.
    pub driver: Option<&'static dyn Driver>,
    pub isolation: Option<Isolation>,
    pub timeout: Option<Duration>,
    /// `slow = "2s"`: above this the test is reported as slow.
    pub slow: Option<Duration>,
    pub manifest_dir: &'static str,
    pub migrations: Option<&'static str>,
    /// `seed = [..]`: SQL files applied after the migrations, in the template.
    pub seeds: &'static [&'static str],
    /// `quarantine = "why"`: a failure is printed but does not fail the run.
    pub quarantine: Option<&'static str>,
    /// `#[should_panic]`: a failure is what passing means, for the report.
    pub should_panic: bool,
}

impl TestSpec {
    /// A test with no keys, on PostgreSQL: what [`TestSpec::named`] starts
    /// from.
    pub const DEFAULT: TestSpec = TestSpec {
        name: "",
        driver: None,
        isolation: None,
        timeout: None,
        slow: None,
        manifest_dir: "",
        migrations: None,
        seeds: &[],
        quarantine: None,
        should_panic: false,
    };

    // What `#[itest(..)]` sets, one key per call, in a `const`: generated
    // code names only the keys a test has (`__itest_run!` in the facade),
    // in fewer tokens than the fields would take.

    /// A test with no keys, named `module_path!()::name`.
    pub const fn named(name: &'static str) -> TestSpec {
        TestSpec {
            name,
            ..TestSpec::DEFAULT
        }
    }

    /// `db = ".."`: the server's driver and the strategy.
    pub const fn db(
        self,
        driver: &'static dyn Driver,
        isolation: Isolation,
        manifest_dir: &'static str,
    ) -> TestSpec {
        TestSpec {
            driver: Some(driver),
            isolation: Some(isolation),
            manifest_dir,
            ..self
        }
    }

    /// `timeout = ".."`, in milliseconds.
    pub const fn timeout(self, millis: u64) -> TestSpec {
        TestSpec {
            timeout: Some(Duration::from_millis(millis)),
            ..self
        }
    }

    /// `slow = ".."`, in milliseconds.
    pub const fn slow(self, millis: u64) -> TestSpec {
        TestSpec {
            slow: Some(Duration::from_millis(millis)),
            ..self
        }
    }

    /// `migrations = ".."`.
    pub const fn migrations(self, folder: &'static str) -> TestSpec {
        TestSpec {
            migrations: Some(folder),
            ..self
        }
    }

    /// `seed = [..]`.
    pub const fn seeds(self, files: &'static [&'static str]) -> TestSpec {
        TestSpec {
            seeds: files,
            ..self
        }
    }

    /// `quarantine = ".."`.
    pub const fn quarantine(self, why: &'static str) -> TestSpec {
        TestSpec {
            quarantine: Some(why),
            ..self
        }
    }

    /// `#[should_panic]` on the test.
    pub const fn should_panic(self) -> TestSpec {
        TestSpec {
            should_panic: true,
            ..self
        }
    }
}

/// The generated test function: turns the test's `&mut TestContext` into its future.
#[derive(Clone, Copy)]
pub enum Entry {
    /// A test returning `()` with nothing to set up: the future of the
    /// user's function itself, boxed. One future type per test, not two.
    Unit(for<'a> fn(&'a mut TestContext) -> LocalBoxFuture<'a, ()>),
    /// Any other test: set-up, the call, and its result as a `TestResult`.
    Result(for<'a> fn(&'a mut TestContext) -> LocalBoxFuture<'a, TestResult>),
}

impl Entry {
    fn start(self, context: &mut TestContext) -> LocalBoxFuture<'_, TestResult> {
        match self {
            Entry::Unit(entry) => {
                let body = entry(context);
                Box::pin(async move {
                    body.await;
                    Ok(())
                })
            }
            Entry::Result(entry) => entry(context),
        }
    }
}

enum Outcome {
    Passed,
    Failed(String),
    Panicked(Box<dyn Any + Send>),
}

impl std::fmt::Debug for TestSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TestSpec")
            .field("name", &self.name)
            .field("isolation", &self.isolation)
            .finish_non_exhaustive()
    }
}

/// What the waiting thread needs to end a timed-out test from outside.
#[derive(Clone, Default)]
struct Handle {
    /// How to end the test's sessions on the server.
    sessions: Arc<Mutex<Option<EndSessions>>>,
}

/// How one run of a test ended, as libtest would be told.
enum Attempt {
    Passed,
    /// The whole panic message: `itest: test `x` failed: ..`.
    Failed(String),
    /// The test's own panic, re-raised so that `#[should_panic(expected = ..)]` works.
    Panicked(Box<dyn Any + Send>),
}

impl Attempt {
    fn message(&self) -> Option<&str> {
        match self {
            Attempt::Passed => None,
            Attempt::Failed(message) => Some(message),
            Attempt::Panicked(payload) => {
                Some(payload_message(payload).unwrap_or("(a panic without a message)"))
            }
        }
    }
}

/// Runs one test (`ITEST_REPEAT` times). Panics, as libtest expects, when
/// the test fails for any reason, unless it is quarantined.
#[track_caller]
pub fn run_test(spec: &TestSpec, entry: Entry) {
    let test = display_name(spec.name);
    // Panics are raised here, not in closures: closures do not inherit
    // `#[track_caller]`, and the failure must point at the test.
    let context = match Context::get() {
        Ok(context) => context,
        Err(e) => panic!("itest: test `{test}` could not start: {e}"),
    };
    let repeat = context.config.repeat;
    let attempts: Vec<Attempt> = (1..=repeat)
        .map(|number| attempt(spec, entry, context, test, number))
        .collect();
    let verdict = verdict(test, attempts, spec.should_panic);
    let Some(failure) = verdict else {
        return;
    };
    if let Some(why) = spec.quarantine {
        if !context.config.quarantine_fails {
            let message = failure.message().unwrap_or_default();
            print_past_capture(&format!(
                "itest: quarantined test `{test}` failed, which does not fail the run \
                 (quarantine = \"{why}\"; ITEST_QUARANTINE=fail makes it fail): {message}"
            ));
            return;
        }
    }
    match failure {
        Attempt::Passed => {}
        Attempt::Failed(message) => panic!("{message}"),
        // The panic hook already printed the message on the test's thread;
        // re-raising the payload keeps `#[should_panic(expected = ..)]` working.
        Attempt::Panicked(payload) => resume_unwind(payload),
    }
}

/// What the runs of one test add up to: `None` when it passed. Under
/// `ITEST_REPEAT`, a test that failed some runs but not all is flaky, and
/// fails; one that failed every run fails as it did the first time. For a
/// `#[should_panic]` test, a failure is what passing means.
fn verdict(test: &str, mut attempts: Vec<Attempt>, should_panic: bool) -> Option<Attempt> {
    let runs = attempts.len();
    if runs == 1 {
        return attempts.pop().filter(|a| !matches!(a, Attempt::Passed));
    }
    let as_expected = |a: &Attempt| matches!(a, Attempt::Passed) != should_panic;
    let passed = attempts.iter().filter(|a| as_expected(a)).count();
    // Failure messages grouped, in order of first appearance.
    let mut groups: Vec<(String, usize)> = Vec::new();
    for attempt in attempts.iter().filter(|a| !as_expected(a)) {
        let message = attempt
            .message()
            .unwrap_or("it did not fail, as #[should_panic] expects");
        match groups.iter_mut().find(|(m, _)| m == message) {
            Some((_, count)) => *count += 1,
            None => groups.push((message.to_owned(), 1)),
        }
    }
    let grouped: Vec<String> = groups
        .iter()
        .map(|(message, count)| format!("{count}x: {message}"))
        .collect();
    let summary = format!("passed {passed} of {runs} runs ({REPEAT_VAR}={runs})");
    if passed == runs {
        print_past_capture(&format!("itest: test `{test}` {summary}"));
        // A `#[should_panic]` test still has to panic for libtest.
        return attempts.into_iter().next().filter(|_| should_panic);
    }
    if passed == 0 {
        print_past_capture(&format!("itest: test `{test}` failed every run: {summary}"));
        return attempts.into_iter().next();
    }
    let message = format!(
        "itest: test `{test}` is flaky: {summary}; failures:\n{}",
        grouped.join("\n")
    );
    print_past_capture(&message);
    Some(Attempt::Failed(message))
}

/// One line on the real stderr, past libtest's capture: passing tests show it too.
fn print_past_capture(line: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

/// One run of a test (`number` of `ITEST_REPEAT`): isolation, fixtures, body
/// and teardown under its time limit, recorded in the run report.
fn attempt(
    spec: &TestSpec,
    entry: Entry,
    context: &'static Context,
    test: &'static str,
    number: u32,
) -> Attempt {
    let started = std::time::SystemTime::now();
    let limit = spec.timeout.unwrap_or(context.config.default_timeout);
    let keep_failed = context.config.keep_failed;

    // The shared template and strategy are prepared outside the test's time
    // limit: the first test of a binary must not fail because migrations took a while.
    let phase_start = std::time::Instant::now();
    let strategy = match (spec.isolation, spec.driver) {
        (Some(_), Some(driver)) => match driver.prepare(spec) {
            Ok(strategy) => Some(strategy),
            Err(e) => {
                return Attempt::Failed(format!(
                    "itest: test `{test}` could not start: {}",
                    with_hint(e.to_string(), spec.isolation)
                ))
            }
        },
        _ => None,
    };

    let handle = Handle::default();
    let phase = Phase::new();
    let prepare_took = phase_start.elapsed();
    let runtime = context.runtime.handle().clone();
    let (for_test, phase_for_test) = (handle.clone(), phase.clone());
    let isolation = spec.isolation;
    let waited = run_with_deadline(test.to_owned(), limit, move |deadline| {
        crate::context::mark_thread_as_itests();
        runtime.block_on(run_on_test_thread(
            test,
            strategy,
            entry,
            deadline,
            for_test,
            phase_for_test,
            Settings {
                keep_failed,
                isolation,
            },
        ))
    });

    let mut timings = vec![("template and strategy".to_owned(), prepare_took)];
    timings.extend(phase.timings());
    log_phases(
        test,
        spec.isolation.map_or("none", Isolation::as_str),
        &timings,
    );
    let budget = spec.slow.or(context.config.slow);
    if let Some(budget) = budget {
        report_if_slow(test, budget, spec.slow.is_some(), &timings);
    }

    let mut timed_out = false;
    let attempt = match waited {
        Waited::Finished(Outcome::Passed) => Attempt::Passed,
        Waited::Finished(Outcome::Failed(message)) => {
            Attempt::Failed(format!("itest: test `{test}` failed: {message}"))
        }
        Waited::Finished(Outcome::Panicked(payload)) => Attempt::Panicked(payload),
        Waited::TimedOut(deadline, late) => {
            timed_out = true;
            let ran_out_in = phase.get();
            let sessions = handle
                .sessions
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .take();
            let ended = sessions.map(|end_sessions| end_sessions());
            deadline.cancel();
            // A test that still yields now runs its teardown; wait for it so
            // that it has happened by the time the failure is reported.
            if deadline.wait_until_stopping(STOP_WAIT) {
                let _ = late.recv_timeout(TEARDOWN_GRACE);
            }
            let note = match ended {
                Some(Err(e)) => format!(" Ending its database sessions failed: {e}"),
                Some(Ok(ended)) => ended.to_owned(),
                None => String::new(),
            };
            Attempt::Failed(format!(
                "itest: test `{test}` timed out after {limit:?} in {ran_out_in} ({source}).{note}",
                source = match spec.timeout {
                    Some(_) => "set by timeout = .. in #[itest]",
                    None => "the default; change it with timeout = \"..\" or ITEST_TIMEOUT",
                }
            ))
        }
    };
    record(&TestRecord {
        name: test,
        outcome: match (&attempt, spec.should_panic) {
            (Attempt::Passed, false) => "passed",
            (Attempt::Passed, true) => "failed",
            // libtest also checks `expected = ..`; a mismatch is rare and
            // shows in its own output.
            (_, true) => "passed",
            (Attempt::Failed(_), false) if timed_out => "timed out",
            (Attempt::Failed(_), false) => "failed",
            (Attempt::Panicked(_), false) => "panicked",
        },
        message: match (&attempt, spec.should_panic) {
            (Attempt::Passed, true) => Some("did not fail, as #[should_panic] expects"),
            _ => attempt.message(),
        },
        isolation: spec.isolation.map_or("none", Isolation::as_str),
        started,
        phases: &timings,
        budget,
        quarantine: spec.quarantine,
        attempt: number,
    });
    attempt
}

/// What the test's thread needs to know about how it runs.
#[derive(Clone, Copy)]
struct Settings {
    keep_failed: bool,
    isolation: Option<Isolation>,
}

/// Everything that happens on the test's own thread, under the deadline.
async fn run_on_test_thread(
    test: &'static str,
    strategy: Option<Box<dyn Prepared>>,
    entry: Entry,
    deadline: Deadline,
    handle: Handle,
    phase: Phase,
    settings: Settings,
) -> Outcome {
    let Settings {
        keep_failed,
        isolation,
    } = settings;
    let mut context = TestContext::new(test, phase);
    if let Some(strategy) = &strategy {
        context.phase.set("setting up its database");
        match strategy.open(test).await {
            Ok(opened) => {
                *handle.sessions.lock().unwrap_or_else(|e| e.into_inner()) =
                    Some(opened.end_sessions);
                context.db = Some(opened.db);
            }
            Err(e) => {
                deadline.finish();
                return Outcome::Failed(with_hint(e, isolation));
            }
        }
    }

    context.phase.set("the test body");
    let outcome = run_body(entry.start(&mut context), &deadline).await;
    let fixture_failures = context.fixtures.teardown_all(&context.phase).await;

    let failed = !matches!(outcome, Some(Ok(Ok(()))));
    let mut problems = fixture_failures;
    if let (Some(strategy), Some(db)) = (&strategy, context.db.take()) {
        context.phase.set("tearing down its database");
        if let Some(problem) = strategy.close(db, &deadline, failed && keep_failed).await {
            problems.push(problem);
        }
    } else {
        deadline.finish();
    }

    let also = |message: String| match problems.is_empty() {
        true => message,
        false => format!("{message}\n(and then: {})", problems.join("; ")),
    };
    match outcome {
        None => Outcome::Failed(also("cancelled after its time limit".to_owned())),
        Some(Ok(Ok(()))) if problems.is_empty() => Outcome::Passed,
        Some(Ok(Ok(()))) => Outcome::Failed(problems.join("; ")),
        Some(Ok(Err(message))) => Outcome::Failed(also(with_hint(message, isolation))),
        Some(Err(payload)) => {
            let hint = payload_message(&payload).and_then(|m| hint_for(m, isolation));
            if let Some(hint) = hint {
                eprintln!("{hint}");
            }
            if !problems.is_empty() {
                eprintln!(
                    "itest: test `{test}` panicked, and then: {}",
                    problems.join("; ")
                );
            }
            Outcome::Panicked(payload)
        }
    }
}

/// Polls the body, catching its panic, until it ends or the deadline cancels it.
async fn run_body(
    body: LocalBoxFuture<'_, TestResult>,
    deadline: &Deadline,
) -> Option<Result<TestResult, Box<dyn Any + Send>>> {
    let mut body = Some(body);
    let mut cancelled = pin!(deadline.cancelled());
    poll_fn(|cx| {
        if cancelled.as_mut().poll(cx).is_ready() {
            drop_quietly(body.take());
            return Poll::Ready(None);
        }
        let Some(running) = body.as_mut() else {
            return Poll::Ready(None);
        };
        match catch_unwind(AssertUnwindSafe(|| running.as_mut().poll(cx))) {
            Ok(Poll::Pending) => Poll::Pending,
            Ok(Poll::Ready(result)) => {
                body = None;
                Poll::Ready(Some(Ok(result)))
            }
            Err(payload) => {
                drop_quietly(body.take());
                Poll::Ready(Some(Err(payload)))
            }
        }
    })
    .await
}

/// Drops a future whose own drop might panic (after it panicked once).
fn drop_quietly<T>(value: Option<T>) {
    let _ = catch_unwind(AssertUnwindSafe(move || drop(value)));
}

/// sqlx's `PoolTimedOut` does not say why; itest knows what the pool is.
fn pool_timeout_hint(message: &str, isolation: Option<Isolation>) -> Option<String> {
    let timed_out = message.contains("PoolTimedOut") || message.contains("pool timed out");
    if !timed_out {
        return None;
    }
    Some(
        match isolation {
            Some(Isolation::Tx) => {
                "itest: a pool checkout timed out. In db = \"tx\" a test runs on exactly one \
             connection, inside its transaction, and a checkout fails after waiting 1 s for it: \
             code that holds two connections of `db.pool()` at once, or uses the pool (an app's \
             request) while a `let conn = db.conn();` is still alive, gets this error. Drop that \
             guard (or use `db.conn()` within one statement) before the app runs; or use \
             db = \"truncate\" or db = \"fresh\" for code that needs several connections at once."
            }
            _ => {
                "itest: a checkout of `db.pool()` timed out after 10 s: the code under test holds \
             all 10 of its connections, or the server accepts no more (its max_connections is \
             used up: lower ITEST_MAX_CONNECTIONS, run fewer processes at once with \
             cargo nextest run -j N, or raise the server's max_connections)."
            }
        }
        .to_owned(),
    )
}

/// `53300 too_many_connections`: the server's slots are used up.
fn too_many_clients_hint(message: &str) -> Option<String> {
    message.contains("too many clients already").then(|| {
        "itest: the server has no connection slot left (its max_connections is used up, \
         by this run's processes or by others). Lower ITEST_MAX_CONNECTIONS (connections per test \
         binary), or run fewer processes at once (cargo nextest run -j N), or raise the server's \
         max_connections."
            .to_owned()
    })
}

fn hint_for(message: &str, isolation: Option<Isolation>) -> Option<String> {
    pool_timeout_hint(message, isolation).or_else(|| too_many_clients_hint(message))
}

fn with_hint(message: String, isolation: Option<Isolation>) -> String {
    match hint_for(&message, isolation) {
        Some(hint) => format!("{message}\n{hint}"),
        None => message,
    }
}

fn payload_message(payload: &Box<dyn Any + Send>) -> Option<&str> {
    payload
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| payload.downcast_ref::<&'static str>().copied())
}

/// `crate::module::test` as libtest names it: without the crate.
fn display_name(name: &'static str) -> &'static str {
    name.split_once("::").map_or(name, |(_, rest)| rest)
}
