//! Connections: the pools tests and code under test use, each tagged with an
//! application name of its own so a timed-out test's sessions can be found.
//!
//! For db = "tx", sqlx cannot wrap an existing connection in a `Pool`, yet
//! code under test wants a `PgPool` that sees the test's transaction. So a
//! tx lease *is* a pool of exactly one connection: the test's `db.conn()` and
//! the `db.pool()` handed to the code under test are the same session.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use sqlx::pool::PoolConnection;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::PgPool;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// How long the test or the code under test may wait for the test's one
/// connection. A connection on its way back takes a round trip; a longer wait
/// means two holders at once, which a single-connection test cannot resolve,
/// so it fails (sqlx's `PoolTimedOut`, explained by the runner) instead of hanging.
pub(crate) const LEASE_ACQUIRE_TIMEOUT: Duration = Duration::from_secs(1);
/// Connections one test may hold at once in the other strategies.
pub(crate) const MANY_CONNECTIONS: u32 = 10;
/// Waiting longer than this for one of them means the code under test holds them all.
pub(crate) const MANY_ACQUIRE_TIMEOUT: Duration = Duration::from_secs(10);

/// A new application name, unique across processes and runs: the handle by
/// which a timed-out test's sessions are ended.
pub(crate) fn new_tag() -> String {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    format!(
        "itest-{}-{}",
        crate::unique::run_id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    )
}

/// The application name of a pool's connections.
pub(crate) fn tag_of(pool: &PgPool) -> String {
    pool.connect_options()
        .get_application_name()
        .unwrap_or("itest")
        .to_owned()
}

/// Whether a thread is itest's: itest-core marks its runtime's workers and
/// each test's own thread.
pub(crate) use itest_core::context::on_itests_thread;

/// A pool reused across tests (a truncate worker's), and whether code under
/// test opened one of its connections on a runtime of its own since the
/// flag was last cleared: such a connection dies with that runtime (actix-web
/// stops its workers' runtimes after the server has already said it stopped),
/// so the pool must not be handed to the next test.
pub(crate) fn reusable(options: PgConnectOptions) -> (PgPool, Arc<AtomicBool>) {
    let foreign = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&foreign);
    let pool = many_options()
        .after_connect(move |_conn, _meta| {
            if !on_itests_thread() {
                flag.store(true, Ordering::SeqCst);
            }
            Box::pin(async { Ok(()) })
        })
        .connect_lazy_with(options.application_name(&new_tag()));
    (pool, foreign)
}

fn many_options() -> PgPoolOptions {
    PgPoolOptions::new()
        .max_connections(MANY_CONNECTIONS)
        .min_connections(0)
        .acquire_timeout(MANY_ACQUIRE_TIMEOUT)
        .test_before_acquire(true)
}

/// A pool for one test's code, which may commit and hold several connections.
/// Connections open on first use.
///
/// Code under test may open one of them on a runtime of its own (an
/// actix-web worker, `#[actix_rt::test]`, a runtime it builds): that
/// connection dies with its runtime, yet stays in the pool. So every
/// checkout is pinged first, and a dead connection is replaced rather than
/// handed to the next test or to the teardown.
pub(crate) fn many(options: PgConnectOptions) -> PgPool {
    many_options().connect_lazy_with(options.application_name(&new_tag()))
}

/// The tx leases of one database. At most `max_connections` are in use at
/// once; a lease is only created when none is idle, so the server never sees
/// more connections than that.
pub(crate) struct LeaseSet {
    options: PgConnectOptions,
    idle: Mutex<Vec<Lease>>,
    in_use: Arc<Semaphore>,
}

/// One connection (as a one-connection pool) lent to one test at a time.
pub(crate) struct Lease {
    pub pool: PgPool,
    permit: Option<OwnedSemaphorePermit>,
    /// The pool's one connection, kept checked out between tests: given back
    /// to the pool, sqlx would ping it (a round trip) in a task of its own
    /// before the next test could check it out again.
    pub held: Option<PoolConnection<sqlx::Postgres>>,
}

impl LeaseSet {
    pub(crate) fn new(options: PgConnectOptions, max_connections: u32) -> LeaseSet {
        LeaseSet {
            options,
            idle: Mutex::new(Vec::new()),
            in_use: Arc::new(Semaphore::new(max_connections as usize)),
        }
    }

    /// An idle lease, or a new one while under the connection limit; else waits for one.
    pub(crate) async fn acquire(&self) -> Result<Lease, sqlx::Error> {
        let permit = Arc::clone(&self.in_use)
            .acquire_owned()
            .await
            .expect("the lease semaphore is never closed");
        let idle = self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop();
        let mut lease = match idle {
            Some(lease) => lease,
            None => self.connect().await?,
        };
        lease.permit = Some(permit);
        Ok(lease)
    }

    /// Opens one lease ahead of the first test, idle. Not an error if it
    /// cannot (the database is made only now, on a first run): the first
    /// test opens its own then.
    pub(crate) async fn open_one(&self) {
        let Ok(_permit) = self.in_use.try_acquire() else {
            return;
        };
        if let Ok(lease) = self.connect().await {
            self.idle
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(lease);
        }
    }

    /// Takes `lease`, opened ahead (see [`open_lease`]) to this set's
    /// database, as an idle one: used as [`LeaseSet::open_one`]'s would be.
    pub(crate) fn adopt(&self, lease: Lease) {
        let Ok(_permit) = self.in_use.try_acquire() else {
            close_lease_later(lease);
            return;
        };
        self.idle
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(lease);
    }

    /// A new connection in place of `dead`, under the same permit.
    pub(crate) async fn replace(&self, mut dead: Lease) -> Result<Lease, sqlx::Error> {
        let mut lease = self.connect().await?;
        lease.permit = dead.permit.take();
        Ok(lease)
    }

    /// Puts a clean lease back for the next test, with its connection
    /// still checked out (`held`) when the test's teardown had it.
    pub(crate) fn release(&self, mut lease: Lease, held: Option<PoolConnection<sqlx::Postgres>>) {
        lease.permit = None;
        lease.held = held;
        self.idle
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(lease);
    }

    async fn connect(&self) -> Result<Lease, sqlx::Error> {
        open_lease(self.options.clone()).await
    }

    /// Ends the idle leases' sessions the way a client should, before the
    /// process exits: the last test's rollback was sent without waiting
    /// for its answer, and a socket closed with an answer unread is reset,
    /// which the server logs as "could not receive data from client:
    /// Connection reset by peer", once per lease and process.
    pub(crate) async fn close_idle(&self) {
        let idle = std::mem::take(&mut *self.idle.lock().unwrap_or_else(|e| e.into_inner()));
        let closing: Vec<_> = idle
            .into_iter()
            .map(|lease| tokio::spawn(lease.close()))
            .collect();
        for closed in closing {
            let _ = closed.await;
        }
    }
}

/// A lease's connection to the database of `options`, before its
/// [`LeaseSet`] exists: opened while the process finds its server and its
/// template, then given to the set with [`LeaseSet::adopt`].
pub(crate) async fn open_lease(options: PgConnectOptions) -> Result<Lease, sqlx::Error> {
    let connected = Arc::new(AtomicBool::new(false));
    let pool = PgPoolOptions::new()
        .max_connections(1)
        .min_connections(0)
        .acquire_timeout(LEASE_ACQUIRE_TIMEOUT)
        // The session is the test's transaction: it must never be
        // recycled or silently replaced mid-test.
        .idle_timeout(None)
        .max_lifetime(None)
        .test_before_acquire(false)
        .after_connect(move |_conn, _meta| {
            let reconnect = connected.swap(true, Ordering::SeqCst);
            Box::pin(async move {
                if reconnect {
                    // A new session would run outside the test's
                    // transaction and commit for real: refuse it.
                    Err(sqlx::Error::Configuration(
                        "itest: the test's database session was lost; refusing to open a \
                         replacement outside the test's transaction"
                            .into(),
                    ))
                } else {
                    Ok(())
                }
            })
        })
        .connect_with(options.application_name(&new_tag()))
        .await?;
    Ok(Lease {
        pool,
        permit: None,
        held: None,
    })
}

/// Closes a pool in the background (a lease that must not be reused).
/// The process's exit waits for it ([`closed`]): a session dropped
/// without a goodbye is one the server counts as abandoned.
pub(crate) fn close_later(pool: PgPool) {
    track(tokio::spawn(async move { pool.close().await }));
}

/// Closes a lease in the background: its held connection reads what is
/// pending and says goodbye, then its pool closes.
pub(crate) fn close_lease_later(lease: Lease) {
    track(tokio::spawn(lease.close()));
}

/// Closings under way, for [`closed`].
static CLOSING: Mutex<Vec<tokio::task::JoinHandle<()>>> = Mutex::new(Vec::new());

fn track(closing: tokio::task::JoinHandle<()>) {
    let mut all = CLOSING.lock().unwrap_or_else(|e| e.into_inner());
    all.retain(|task| !task.is_finished());
    all.push(closing);
}

/// Waits for the closings [`close_later`] started, at exit, for at most a
/// second: a pool closes once its connections are back, and one that code
/// under test still holds (on a runtime of its own that stopped, say) may
/// never be.
pub(crate) async fn closed() {
    let all = std::mem::take(&mut *CLOSING.lock().unwrap_or_else(|e| e.into_inner()));
    let every = async {
        for closing in all {
            let _ = closing.await;
        }
    };
    let _ = tokio::time::timeout(Duration::from_secs(1), every).await;
}

impl Lease {
    /// Ends the lease's session as a client ends one: the answers still
    /// pending (a rollback sent without waiting) are read first.
    pub(crate) async fn close(mut self) {
        if let Some(mut conn) = self.held.take() {
            if sqlx::Connection::ping(&mut *conn).await.is_ok() {
                let _ = conn.close().await;
            }
        }
        self.pool.close().await;
    }
}
