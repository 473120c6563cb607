//! The database half of the runner: the [`Driver`] of each server kind,
//! which itest-core's runner calls for a test with `db = ..` to prepare its
//! strategy, open its database, close it, and end its sessions after a
//! timeout. Generated code names the driver (`__private::driver`), so a
//! binary whose tests use no database links none of this.

use std::any::Any;
use std::sync::{Arc, Mutex};

use itest_core::future::LocalBoxFuture;
use itest_core::runner::{Driver, Opened, Prepared, TestSpec};
use itest_core::timeout::Deadline;

use crate::backend::{Backend, BackendKind, Postgres, ServerSql};
use crate::context::{Context, Driver as Strategies};
use crate::database::Migrations;
use crate::db::Db;
use crate::fixtures::TestContext;
use crate::isolation::{Isolation, SessionEnder, Strategy};
use crate::Error;

/// The driver of one server kind.
struct Driven<DB: sqlx::Database> {
    /// The strategies prepared so far, by what in a spec selects them: a
    /// binary's later tests find theirs without resolving the migrations'
    /// folder again or entering the runtime (a test in a cargo test run
    /// took 70-80 us for that, a tenth of a `tx` test).
    ready: Mutex<Vec<Known<DB>>>,
}

/// A strategy prepared, and what selected it.
type Known<DB> = (Selector, Arc<dyn Strategy<DB>>);

/// What in a test's spec selects its strategy.
type Selector = (
    Isolation,
    &'static str,
    Option<&'static str>,
    &'static [&'static str],
);

static POSTGRES: Driven<sqlx::Postgres> = Driven::new();
#[cfg(feature = "mysql")]
static MYSQL: Driven<sqlx::MySql> = Driven::new();
#[cfg(feature = "sqlite")]
static SQLITE: Driven<sqlx::Sqlite> = Driven::new();

impl<DB: sqlx::Database> Driven<DB> {
    const fn new() -> Self {
        Driven {
            ready: Mutex::new(Vec::new()),
        }
    }

    fn ready(&self) -> std::sync::MutexGuard<'_, Vec<Known<DB>>> {
        self.ready.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The driver of tests on `kind`, as generated code puts it in a test's
/// spec: a constant, so that only the one it names is linked.
pub const fn driver(kind: BackendKind) -> &'static dyn Driver {
    match kind {
        BackendKind::Postgres => &POSTGRES,
        #[cfg(feature = "mysql")]
        BackendKind::MySql => &MYSQL,
        #[cfg(feature = "sqlite")]
        BackendKind::Sqlite => &SQLITE,
    }
}

/// The test's database. Generated code only asks when the test has `db = ..`.
/// `DB` is inferred from the parameter the value goes to (`&mut Db`
/// is PostgreSQL's); the compiler has checked that the test and its
/// fixtures agree on it.
pub fn db<DB: Backend>(ctx: &mut TestContext) -> &mut Db<DB> {
    let test = ctx.test();
    let Some(db) = ctx.db_slot().as_mut() else {
        panic!("itest: test `{test}` has no database; add db = \"tx\" to #[itest(..)]")
    };
    db.downcast_mut().unwrap_or_else(|| {
        panic!(
            "itest: test `{test}` runs on another database server than a `Db<{}>` \
             parameter asks for",
            DB::KIND.name()
        )
    })
}

impl<DB: Strategies> Driver for Driven<DB> {
    fn prepare(&self, spec: &TestSpec) -> Result<Box<dyn Prepared>, itest_core::Error> {
        let context = Context::get()?;
        let Some(isolation) = spec.isolation else {
            unreachable!("itest bug: a driver for a test without db = ..")
        };
        let selector = (isolation, spec.manifest_dir, spec.migrations, spec.seeds);
        let known = self
            .ready()
            .iter()
            .find(|(s, _)| *s == selector)
            .map(|(_, strategy)| Arc::clone(strategy));
        if let Some(strategy) = known {
            return Ok(Box::new(Ready { strategy }));
        }
        let migrations = Migrations::resolve(spec.manifest_dir, spec.migrations, spec.seeds);
        let strategy = context
            .runtime
            .block_on(DB::strategy(context, isolation, &migrations))?;
        self.ready().push((selector, Arc::clone(&strategy)));
        Ok(Box::new(Ready { strategy }))
    }
}

/// A test's strategy, on its way to the test's thread.
struct Ready<DB: sqlx::Database> {
    strategy: Arc<dyn Strategy<DB>>,
}

impl<DB: Strategies> Prepared for Ready<DB> {
    fn open(&self, test: &'static str) -> LocalBoxFuture<'_, Result<Opened, String>> {
        Box::pin(async move {
            let session = self.strategy.open().await.map_err(|e| e.to_string())?;
            let ender = session.ender.clone();
            Ok(Opened {
                db: Box::new(Db::new(session, test)),
                end_sessions: Box::new(move || end_sessions(&ender)),
            })
        })
    }

    fn close<'a>(
        &'a self,
        db: Box<dyn Any>,
        deadline: &'a Deadline,
        keep: bool,
    ) -> LocalBoxFuture<'a, Option<String>> {
        Box::pin(async move {
            match db.downcast::<Db<DB>>() {
                Ok(db) => close_db(self.strategy.as_ref(), *db, deadline, keep).await,
                Err(_) => {
                    deadline.finish();
                    None
                }
            }
        })
    }
}

/// Ends the test's isolation. A clean strategy is reused only if the test
/// finished in time: otherwise the waiting thread may be ending its sessions.
async fn close_db<DB: Strategies>(
    strategy: &dyn Strategy<DB>,
    mut db: Db<DB>,
    deadline: &Deadline,
    keep: bool,
) -> Option<String> {
    if keep {
        let test = db.test();
        match strategy.keep(db.into_session()) {
            Ok(note) => {
                if let Ok(context) = Context::get() {
                    if let Err(e) = context.keep_for_this_invocation().await {
                        eprintln!("itest: could not record the kept database: {e}");
                    }
                }
                deadline.finish();
                eprintln!("itest: test `{test}` failed; {note}");
                return None;
            }
            Err(handed_back) => {
                eprintln!(
                    "itest: test `{test}` failed; db = \"tx\" keeps nothing (its transaction is \
                     rolled back): use db = \"fresh\" to inspect a failed test's database"
                );
                db = Db::new(*handed_back, test);
            }
        }
    }
    let mut session = db.into_session();
    let cleaned = strategy.teardown(&mut session).await;
    let in_time = deadline.finish();
    match cleaned {
        Ok(()) if in_time && session.reusable => {
            strategy.release(session);
            None
        }
        Ok(()) => {
            strategy.discard(session);
            None
        }
        Err(e) => {
            let problem = format!(
                "tearing down its database `{}` failed: {e}",
                session.database_name()
            );
            strategy.discard(session);
            Some(problem)
        }
    }
}

/// Ends a timed-out test's server sessions: their queries, transactions and locks.
/// Returns what was done, as the failure message says it.
fn end_sessions(ender: &SessionEnder) -> Result<&'static str, Error> {
    const ENDED: &str =
        " Its database sessions were ended: queries, transactions and locks are gone.";
    #[cfg(feature = "sqlite")]
    if let SessionEnder::Interrupt(interrupt) = ender {
        interrupt.request();
        return Ok(match interrupt.wait_until_stopped(INTERRUPT_WAIT) {
            true => " Its running SQLite statement was interrupted.",
            false => " It was running no SQLite statement; its database is closed with it.",
        });
    }
    let context = Context::get()?;
    context.runtime.block_on(async {
        match ender {
            SessionEnder::ApplicationName(tag) => {
                let server = context.server().await?;
                let mut admin = server.admin().await?;
                Postgres::terminate_sessions(&mut admin, tag)
                    .await
                    .map(|_| ENDED)
                    .map_err(|e| server.error("ending a timed-out test's sessions", &e))
            }
            #[cfg(feature = "mysql")]
            SessionEnder::MySql { database } => {
                crate::context::mysql::end_sessions(context, database)
                    .await
                    .map(|()| ENDED)
            }
            #[cfg(feature = "sqlite")]
            SessionEnder::Interrupt(_) => unreachable!("interrupted above"),
        }
    })
}

/// How long a SQLite statement has to notice its interrupt: it looks every
/// thousand instructions, so a running one stops within microseconds.
#[cfg(feature = "sqlite")]
const INTERRUPT_WAIT: std::time::Duration = std::time::Duration::from_millis(500);
