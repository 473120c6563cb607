//! What lives once per test binary whatever its tests use: the tokio
//! runtime and the configuration. The database state (server, templates,
//! strategies) is itest-runtime's, made by the first test with a database,
//! which registers its shut-down here ([`on_exit`]).

use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use tokio::runtime::Runtime;

use crate::config::Config;
use crate::fixtures::tear_down_binary_fixtures;
use crate::future::LocalBoxFuture;
use crate::report::write_report;
use crate::Error;

/// How long the process may spend at exit finishing background work.
const SHUTDOWN_LIMIT: Duration = Duration::from_secs(10);

pub struct Context {
    /// One multi-thread runtime for every test of the binary. A pool made on
    /// a per-test runtime (as `#[tokio::test]` makes) dies with that test;
    /// this one outlives them all, and so do its connections.
    pub runtime: Runtime,
    pub config: Config,
}

static CONTEXT: OnceLock<Result<Context, Error>> = OnceLock::new();

impl Context {
    /// The binary's context, made by the first test that asks.
    pub fn get() -> Result<&'static Context, Error> {
        CONTEXT
            .get_or_init(|| {
                let config = Config::from_env()?;
                let runtime = tokio::runtime::Builder::new_multi_thread()
                    .enable_all()
                    .thread_name("itest-runtime")
                    .on_thread_start(mark_thread_as_itests)
                    .build()
                    .expect("itest: cannot start the tokio runtime");
                Ok(Context { runtime, config })
            })
            .as_ref()
            .map_err(Clone::clone)
    }
}

thread_local! {
    static ITESTS_THREAD: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Marks the current thread as one that runs itest's runtime: its workers,
/// and each test's own thread (which blocks on that runtime).
pub fn mark_thread_as_itests() {
    ITESTS_THREAD.with(|ours| ours.set(true));
}

/// Whether the current thread is one of itest's (see [`mark_thread_as_itests`]).
pub fn on_itests_thread() -> bool {
    ITESTS_THREAD.with(|ours| ours.get())
}

/// Work to finish before the process exits, after the binary-wide fixtures
/// are torn down: itest-runtime's strategies and run.
type ExitHook = fn() -> LocalBoxFuture<'static, ()>;

static EXIT_HOOKS: Mutex<Vec<ExitHook>> = Mutex::new(Vec::new());

/// Runs `hook` at exit, on the runtime, within the shut-down's time limit.
pub fn on_exit(hook: ExitHook) {
    EXIT_HOOKS
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(hook);
}

impl Context {
    /// Tears down the binary-wide fixtures, then lets the database side
    /// finish its background work, before the process exits.
    fn shut_down(&self) {
        let hooks = EXIT_HOOKS.lock().unwrap_or_else(|e| e.into_inner()).clone();
        self.runtime.block_on(async {
            let all = async {
                // First: they may use what the strategies serve.
                tear_down_binary_fixtures().await;
                for hook in hooks {
                    hook().await;
                }
            };
            let _ = tokio::time::timeout(SHUTDOWN_LIMIT, all).await;
        });
    }
}

/// Runs when the test binary exits. Rust's thread-locals on the exiting
/// thread may already be gone, so the work runs on a thread of its own,
/// while the runtime's workers are still alive.
#[dtor::dtor(unsafe)]
fn at_exit() {
    if let Some(Ok(context)) = CONTEXT.get() {
        let _ = std::thread::Builder::new()
            .name("itest-exit".to_owned())
            .spawn(|| context.shut_down())
            .map(|thread| thread.join());
    }
    // Last, so that it is the last line itest prints.
    if let Some((page, ready)) = write_report() {
        use std::io::Write;
        let mut stderr = std::io::stderr().lock();
        for test in ready {
            let _ = writeln!(
                stderr,
                "itest: quarantined test `{test}` passed in this run and in the runs before: \
                 ready to leave quarantine (remove its quarantine = ..)"
            );
        }
        let _ = writeln!(
            stderr,
            "itest: run report: {} (ITEST_REPORT=off turns it off)",
            page.display()
        );
    }
}
