//! The entry point generated tests call: set up isolation, run the test
//! under its time limit, tear down, and report in a way libtest understands.

use std::any::Any;
use std::fmt::Debug;
use std::future::{poll_fn, Future};
use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};
use std::pin::{pin, Pin};
use std::sync::{Arc, Mutex};
use std::task::Poll;
use std::time::Duration;

use crate::backend::{Backend, Postgres};
use crate::context::Context;
use crate::database::{Migrations, TestDatabase};
use crate::db::Db;
use crate::isolation::{strategy, Isolation, Strategy};
use crate::timeout::{run_with_deadline, Deadline, Waited};
use crate::Error;

/// What a test body returns, reduced to pass or a failure message.
pub type TestResult = Result<(), String>;

/// The future of a test body. It need not be `Send`: it runs on a thread of its own.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + 'a>>;

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

/// What `#[itest(..)]` knows about a test at compile time.
#[derive(Debug)]
pub struct TestSpec {
    /// `module_path!()::name`.
    pub name: &'static str,
    pub isolation: Option<Isolation>,
    pub timeout: Option<Duration>,
    pub manifest_dir: &'static str,
    pub migrations: Option<&'static str>,
}

/// What a running test can reach; generated code hands its parts to the test function.
pub struct TestContext {
    db: Option<Db>,
    test: &'static str,
}

impl TestContext {
    /// The test's database. Generated code only asks when the test has `db = ..`.
    pub fn db(&mut self) -> &mut Db {
        let test = self.test;
        self.db.as_mut().unwrap_or_else(|| {
            panic!("itest: test `{test}` has no database; add db = \"tx\" to #[itest(..)]")
        })
    }
}

/// The generated test function: turns the test's `&mut TestContext` into its future.
pub type Entry = for<'a> fn(&'a mut TestContext) -> BoxFuture<'a, TestResult>;

enum Outcome {
    Passed,
    Failed(String),
    Panicked(Box<dyn Any + Send>),
}

/// Runs one test. Panics, as libtest expects, when the test fails for any reason.
#[track_caller]
pub fn run_test(spec: &TestSpec, entry: Entry) {
    let test = display_name(spec.name);
    let context =
        Context::get().unwrap_or_else(|e| panic!("itest: test `{test}` could not start: {e}"));
    let limit = spec.timeout.unwrap_or(context.config.default_timeout);

    // The shared database is prepared outside the test's time limit: the
    // first test of a binary must not fail because migrations took a while.
    let isolation = spec.isolation.map(|isolation| {
        let prepared = strategy(isolation).and_then(|strategy| {
            let migrations = Migrations::resolve(spec.manifest_dir, spec.migrations);
            let database = context.runtime.block_on(context.database(&migrations))?;
            Ok((strategy, database))
        });
        prepared.unwrap_or_else(|e| panic!("itest: test `{test}` could not start: {e}"))
    });

    let session = Arc::new(Mutex::new(None::<i64>));
    let handle = context.runtime.handle().clone();
    let session_for_test = Arc::clone(&session);
    let waited = run_with_deadline(test.to_owned(), limit, move |deadline| {
        handle.block_on(run_on_test_thread(
            test,
            isolation,
            entry,
            deadline,
            session_for_test,
        ))
    });

    match waited {
        Waited::Finished(Outcome::Passed) => {}
        Waited::Finished(Outcome::Failed(message)) => {
            panic!("itest: test `{test}` failed: {message}")
        }
        // The panic hook already printed the message on the test's thread;
        // re-raising the payload keeps `#[should_panic(expected = ..)]` working.
        Waited::Finished(Outcome::Panicked(payload)) => resume_unwind(payload),
        Waited::TimedOut(deadline) => {
            let session = session.lock().unwrap_or_else(|e| e.into_inner()).take();
            let cancelled = session.map(|id| cancel_session(context, id));
            deadline.cancel();
            let note = match cancelled {
                Some(Err(e)) => format!(" Cancelling its database session failed: {e}"),
                Some(Ok(())) => {
                    " Its database session was cancelled: query, transaction and locks are gone."
                        .to_owned()
                }
                None => String::new(),
            };
            panic!(
                "itest: test `{test}` timed out after {limit:?} ({source}).{note}",
                source = match spec.timeout {
                    Some(_) => "set by timeout = .. in #[itest]",
                    None => "the default; change it with timeout = \"..\" or ITEST_TIMEOUT",
                }
            )
        }
    }
}

/// Everything that happens on the test's own thread, under the deadline.
async fn run_on_test_thread(
    test: &'static str,
    isolation: Option<(&'static dyn Strategy, Arc<TestDatabase>)>,
    entry: Entry,
    deadline: Deadline,
    session: Arc<Mutex<Option<i64>>>,
) -> Outcome {
    let mut context = TestContext { db: None, test };
    if let Some((strategy, database)) = &isolation {
        match open_db(test, *strategy, database, &session).await {
            Ok(db) => context.db = Some(db),
            Err(message) => {
                deadline.finish();
                return Outcome::Failed(message);
            }
        }
    }

    let outcome = run_body(entry(&mut context), &deadline).await;

    let teardown = match (context.db.take(), &isolation) {
        (Some(db), Some((strategy, database))) => {
            close_db(db, *strategy, database, &deadline).await
        }
        _ => {
            deadline.finish();
            Ok(())
        }
    };
    match (outcome, teardown) {
        (None, _) => Outcome::Failed("cancelled after its time limit".to_owned()),
        (Some(Ok(Ok(()))), Ok(())) => Outcome::Passed,
        (Some(Ok(Ok(()))), Err(teardown)) => Outcome::Failed(teardown),
        (Some(Ok(Err(message))), Ok(())) => Outcome::Failed(with_hint(message)),
        (Some(Ok(Err(message))), Err(teardown)) => {
            Outcome::Failed(format!("{}\n(and then: {teardown})", with_hint(message)))
        }
        (Some(Err(payload)), teardown) => {
            if let Some(hint) = payload_message(&payload).and_then(pool_timeout_hint) {
                eprintln!("{hint}");
            }
            if let Err(teardown) = teardown {
                eprintln!("itest: test `{test}` panicked, and then {teardown}");
            }
            Outcome::Panicked(payload)
        }
    }
}

/// Leases a connection and sets up the strategy on it.
async fn open_db(
    test: &'static str,
    strategy: &dyn Strategy,
    database: &TestDatabase,
    session: &Mutex<Option<i64>>,
) -> Result<Db, String> {
    let lease = database
        .leases
        .acquire()
        .await
        .map_err(|e| format!("cannot connect to test database `{}`: {e}", database.name))?;
    *session.lock().unwrap_or_else(|e| e.into_inner()) = Some(lease.session_id);
    let setup = match lease.pool.acquire().await {
        Ok(mut conn) => strategy.setup(&mut conn).await,
        Err(e) => Err(e),
    };
    match setup {
        Ok(()) => Ok(Db::new(lease, database.name.as_str().into(), test)),
        Err(e) => {
            lease.discard();
            Err(format!(
                "setting up isolation in `{}` failed: {e}",
                database.name
            ))
        }
    }
}

/// Tears the strategy down and returns the lease, or discards it when it is
/// not known to be clean (teardown failed, or the time ran out).
async fn close_db(
    db: Db,
    strategy: &dyn Strategy,
    database: &TestDatabase,
    deadline: &Deadline,
) -> Result<(), String> {
    let (conn, lease) = db.into_parts().await;
    let cleaned = match conn {
        Ok(mut conn) => strategy.teardown(&mut conn).await,
        Err(e) => Err(e),
    };
    match cleaned {
        Ok(()) if deadline.finish() => {
            database.leases.release(lease);
            Ok(())
        }
        Ok(()) => {
            lease.discard();
            Ok(())
        }
        Err(e) => {
            deadline.finish();
            lease.discard();
            Err(format!("isolation teardown failed: {e}"))
        }
    }
}

/// Polls the body, catching its panic, until it ends or the deadline cancels it.
async fn run_body(
    body: BoxFuture<'_, TestResult>,
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

/// Ends a timed-out test's server session: its query, transaction and locks.
fn cancel_session(context: &Context, session_id: i64) -> Result<(), Error> {
    context.runtime.block_on(async {
        let server = context.server().await?;
        let mut admin = server.admin().await?;
        Postgres::terminate_session(&mut admin, session_id)
            .await
            .map(|_| ())
            .map_err(|e| server.error("cancelling a timed-out test's session", &e))
    })
}

/// sqlx's `PoolTimedOut` does not say why; in a single-connection test we know.
fn pool_timeout_hint(message: &str) -> Option<String> {
    let timed_out = message.contains("PoolTimedOut") || message.contains("pool timed out");
    timed_out.then(|| {
        "itest: a pool checkout timed out. In db = \"tx\" a test runs on exactly one connection, \
         inside its transaction: code that holds two connections of `db.pool()` at once, or uses \
         the pool while `db.conn()` has the connection (call `db.pool()` after your last \
         `db.conn()` to hand it back), waits forever. Use db = \"fresh\" for code that needs \
         several connections at the same time."
            .to_owned()
    })
}

fn with_hint(message: String) -> String {
    match pool_timeout_hint(&message) {
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
