//! This run's identity on the server, and the clean-up of what dead runs left.
//!
//! Each process that makes per-run objects (fresh databases, schemas) or
//! leases truncate workers registers in the coordination database's registry
//! and holds a session there with an advisory lock named after its run id.
//! All locks are taken in that one database, whatever database the URL
//! names, because PostgreSQL's advisory locks are per database.
//!
//! A free lock alone does not make a run dead: a restart, `pg_terminate_backend`
//! or `idle_session_timeout` ends the session of a live run too. So the
//! keeper watches its session and takes its locks again at once, and the
//! sweep (`sweep.rs`) drops a run's objects only when it knows the run is
//! gone: its process no longer exists (same machine), or its lock has been
//! free and it has had no session for a grace period (another machine).

mod coordination;
#[cfg(feature = "mysql")]
pub(crate) mod mysql;
#[cfg(feature = "sqlite")]
pub(crate) mod sqlite;
pub(crate) use coordination::prepare as prepare_coordination;
pub(crate) mod registry;
mod sweep;

pub(crate) use sweep::{collect_templates, fresh_copy_mark, schema_mark};

use std::collections::{BTreeMap, HashSet};
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use sqlx::{AssertSqlSafe, Connection, PgConnection};
use tokio::task::JoinHandle;

use crate::backend::{Postgres, ServerSql};
use crate::mark::lock_key;
use crate::owner;
use crate::server::is_session_lost;
use crate::server::Server;
use crate::unique::run_id;
use crate::Error;

/// How often the keeper checks that its session (and so its locks) is alive.
const KEEPER_PING: Duration = Duration::from_secs(1);

pub(crate) struct Run {
    keeper: Arc<Keeper>,
    sweep: Mutex<Option<JoinHandle<()>>>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Exclusive,
    Shared,
}

/// The session that holds this run's locks, and what it must take again
/// when it has to reconnect.
struct Keeper {
    server: Arc<Server>,
    session: crate::server::KeeperSession,
    held: Mutex<BTreeMap<i64, Mode>>,
    /// Exclusive locks another process took while this run's session was lost.
    lost: Mutex<HashSet<i64>>,
    /// The set-up connection (the server probe's session, say), idle since
    /// set-up, for the first connect.
    setup: Mutex<Option<PgConnection>>,
    /// Set at exit, once the session is closed: the watch must not open another.
    closed: std::sync::atomic::AtomicBool,
}

/// The lock key of run `id`, held by its keeper session while it lives.
pub(crate) fn run_key(id: &str) -> i64 {
    lock_key(&format!("itest run {id}"))
}

impl Run {
    /// Registers this run and takes its lock, then sweeps what dead runs
    /// left (and unused templates), in the background.
    pub(crate) async fn start(server: Arc<Server>) -> Result<Run, Error> {
        let keeper = Arc::new(Keeper {
            server: Arc::clone(&server),
            session: Arc::new(tokio::sync::Mutex::new(None)),
            held: Mutex::new(BTreeMap::new()),
            lost: Mutex::new(HashSet::new()),
            setup: Mutex::new(server.take_setup_session()),
            closed: std::sync::atomic::AtomicBool::new(false),
        });
        {
            let mut session = keeper.session.lock().await;
            keeper.reconnect(&mut session).await?;
        }
        if crate::server::one_test_per_process() {
            server.lend_keeper_session(Arc::clone(&keeper.session));
        }
        tokio::spawn(watch(Arc::downgrade(&keeper)));
        // Once per run: under nextest, a process per test, the first process
        // sweeps for all of them. A session costs the server a process, the
        // most a process per test pays for; what this nextest run's own
        // killed processes leave, the next run sweeps.
        let sweep = server.first_in_nextest_run("swept").then(|| {
            tokio::spawn(async move {
                if let Err(e) = sweep::sweep(&server).await {
                    // Nothing was dropped that should not have been; a later
                    // run sweeps again. Said once, so a broken sweep is not silent.
                    eprintln!("itest: could not clean up after earlier runs: {e}");
                }
            })
        });
        Ok(Run {
            keeper,
            sweep: Mutex::new(sweep),
        })
    }

    /// Takes `key` for this run without waiting; `false` when a live process has it.
    pub(crate) async fn try_lock(&self, key: i64) -> Result<bool, Error> {
        let taken = self
            .keeper
            .on_session("leasing a worker database", Op::TryLock(key))
            .await?;
        if taken {
            self.keeper.held().insert(key, Mode::Exclusive);
            self.keeper.lost().remove(&key);
        }
        Ok(taken)
    }

    pub(crate) async fn unlock(&self, key: i64) -> Result<(), Error> {
        self.keeper.held().remove(&key);
        if self.keeper.lost().remove(&key) {
            return Ok(()); // another process holds it now
        }
        self.keeper
            .on_session("returning a worker database", Op::Unlock(key))
            .await
            .map(drop)
    }

    /// Whether this run still holds `key`: `false` when its session was
    /// lost and another process took the lock meanwhile.
    pub(crate) fn holds(&self, key: i64) -> bool {
        !self.keeper.lost().contains(&key)
    }

    /// Marks `template` as used by this run for as long as it lives, so that
    /// the garbage collection of templates leaves it alone.
    pub(crate) async fn use_template(&self, template: &str) -> Result<(), Error> {
        let key = crate::mark::template_use_key(template);
        if self.keeper.held().insert(key, Mode::Shared).is_some() {
            return Ok(());
        }
        self.keeper
            .on_session("marking a template in use", Op::LockShared(key))
            .await
            .map(drop)
    }

    /// Records that this run kept a failed test's objects: the sweep leaves
    /// them until the invocation that started this process (`cargo test`,
    /// `cargo nextest run`) has ended, so they are there to be looked at.
    pub(crate) async fn keep_for_this_invocation(&self) -> Result<(), Error> {
        let parent = owner::parent();
        let mut admin = self.keeper.server.admin().await?;
        registry::keep(
            &mut admin,
            run_id(),
            (&parent.host, parent.pid, parent.pid_start),
        )
        .await
        .map_err(|e| {
            self.keeper
                .server
                .error("recording a kept test database", &e)
        })
    }

    /// Records that this run makes schemas in `database`, for the sweep.
    pub(crate) async fn add_schema_database(&self, database: &str) -> Result<(), Error> {
        let mut admin = self.keeper.server.admin().await?;
        registry::add_schema_database(&mut admin, run_id(), database)
            .await
            .map_err(|e| {
                self.keeper
                    .server
                    .error("registering a schemas database", &e)
            })
    }

    /// Waits for the sweep of dead runs to finish, then ends the keeper's
    /// session as a client ends one, which lets the run's locks go (at
    /// exit, last of the strategies' work, bounded by the caller).
    pub(crate) async fn shut_down(&self) {
        let sweep = self.sweep.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some(sweep) = sweep {
            let _ = sweep.await;
        }
        let session = {
            let mut session = self.keeper.session.lock().await;
            self.keeper
                .closed
                .store(true, std::sync::atomic::Ordering::SeqCst);
            session.take()
        };
        if let Some(conn) = session {
            let _ = sqlx::Connection::close(conn).await;
        }
        let setup = self
            .keeper
            .setup
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take();
        if let Some(conn) = setup {
            let _ = sqlx::Connection::close(conn).await;
        }
    }
}

impl Keeper {
    fn held(&self) -> std::sync::MutexGuard<'_, BTreeMap<i64, Mode>> {
        self.held.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn lost(&self) -> std::sync::MutexGuard<'_, HashSet<i64>> {
        self.lost.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Runs `work` on the keeper's session; if the session is gone, connects
    /// again (taking every lock again) and tries once more.
    async fn on_session(&self, action: &'static str, op: Op) -> Result<bool, Error> {
        let mut session = self.session.lock().await;
        if let Some(conn) = session.as_mut() {
            match op.run(conn).await {
                Ok(value) => return Ok(value),
                Err(e) if !is_session_lost(&e) => return Err(self.server.error(action, &e)),
                Err(_) => *session = None,
            }
        }
        self.reconnect(&mut session).await?;
        let conn = session.as_mut().expect("connected above");
        op.run(conn)
            .await
            .map_err(|e| self.server.error(action, &e))
    }

    /// Opens the keeper's session, registers the run and takes its lock and
    /// every lock it held before. A lock another process took in between is
    /// recorded as lost.
    async fn reconnect(&self, session: &mut Option<PgConnection>) -> Result<(), Error> {
        let server = &self.server;
        let name = format!("itest-{}-keeper", run_id());
        // The set-up connection, the first time, if set-up left it:
        // connecting costs the server a process, the most a process per test
        // pays for.
        let setup = self.setup.lock().unwrap_or_else(|e| e.into_inner()).take();
        // Idle between pings, the server must not end it.
        let idle = |conn: &PgConnection| match conn.server_version_num().unwrap_or(0) >= 140_000 {
            true => "; SET idle_session_timeout = 0",
            false => "",
        };
        let adopted = match setup {
            // Named for what it is now (the set-up connection was not): the
            // sweep and the tests look for it. One that fails this is not used.
            Some(mut conn) => {
                let named = sqlx::raw_sql(AssertSqlSafe(format!(
                    "SET application_name = {}{}",
                    registry::literal(&name),
                    idle(&conn)
                )))
                .execute(&mut conn)
                .await;
                named.is_ok().then_some(conn)
            }
            None => None,
        };
        let mut conn = match adopted {
            Some(conn) => conn,
            None => {
                let mut conn = server
                    .connect_patiently(&server.admin_options(&name))
                    .await
                    .map_err(|e| server.error("connecting for this run's lock", &e))?;
                if !idle(&conn).is_empty() {
                    let _ = sqlx::raw_sql("SET idle_session_timeout = 0")
                        .execute(&mut conn)
                        .await;
                }
                conn
            }
        };
        let me = owner::this_process();
        let row = registry::RunRow {
            run: run_id().to_owned(),
            host: me.host.clone(),
            pid: me.pid,
            pid_start: me.pid_start,
            suspect_for: None,
            schema_databases: Vec::new(),
        };
        registry::register(&mut conn, run_key(run_id()), &row)
            .await
            .map_err(|e| server.error("taking this run's lock", &e))?;
        let held: Vec<(i64, Mode)> = self.held().iter().map(|(k, m)| (*k, *m)).collect();
        for (key, mode) in held {
            let kept = match mode {
                Mode::Exclusive => try_lock(&mut conn, key).await,
                Mode::Shared => lock_shared(&mut conn, key).await.map(|()| true),
            }
            .map_err(|e| server.error("taking this run's locks again", &e))?;
            if !kept {
                self.lost().insert(key);
            }
        }
        *session = Some(conn);
        Ok(())
    }
}

/// Pings the keeper's session and reconnects at once when it was lost, so
/// that the run's lock is free only for moments. Ends with the run.
async fn watch(keeper: Weak<Keeper>) {
    loop {
        tokio::time::sleep(KEEPER_PING).await;
        let Some(keeper) = keeper.upgrade() else {
            return;
        };
        let mut session = keeper.session.lock().await;
        if keeper.closed.load(std::sync::atomic::Ordering::SeqCst) {
            return; // the process is exiting
        }
        if let Some(conn) = session.as_mut() {
            if conn.ping().await.is_ok() {
                continue;
            }
            *session = None;
        }
        // Failing here (the server is down) is tried again at the next ping.
        let _ = keeper.reconnect(&mut session).await;
    }
}

/// A lock operation on the keeper's session.
#[derive(Clone, Copy)]
enum Op {
    TryLock(i64),
    Unlock(i64),
    LockShared(i64),
}

impl Op {
    async fn run(self, conn: &mut PgConnection) -> Result<bool, sqlx::Error> {
        match self {
            Op::TryLock(key) => try_lock(conn, key).await,
            Op::Unlock(key) => Postgres::unlock(conn, key).await.map(|()| true),
            Op::LockShared(key) => lock_shared(conn, key).await.map(|()| true),
        }
    }
}

async fn try_lock(conn: &mut PgConnection, key: i64) -> Result<bool, sqlx::Error> {
    Postgres::try_lock(conn, key).await
}

async fn lock_shared(conn: &mut PgConnection, key: i64) -> Result<(), sqlx::Error> {
    sqlx::query("SELECT pg_advisory_lock_shared($1)")
        .bind(key)
        .execute(conn)
        .await
        .map(drop)
}
