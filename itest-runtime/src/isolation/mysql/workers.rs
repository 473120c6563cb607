//! Worker databases: copies of the template that tests lease one at a
//! time, shared by every process and run on the server, under a lock per
//! worker. "tx" runs its transactions in them and "truncate" empties them
//! after each test.
//!
//! A worker's lock is held by a session of its own, so it lasts exactly as
//! long as the lease: a killed process frees its workers. The registry
//! says whether a worker is clean: `dirty` from its lease until the process
//! hands it back clean at exit, so a worker whose process died, or whose
//! test committed behind itest's back, is made again before its next use.

use std::sync::{Arc, Mutex};

use sqlx::mysql::MySqlPoolOptions;
use sqlx::{Connection, MySqlConnection, MySqlPool};

use crate::backend::mysql::{self as sql, Ownership};
use crate::database::mysql::MySqlTemplate;
use crate::isolation::Background;
use crate::unique::run_id;
use crate::Error;

/// Workers tried before giving up: far more than tests that run at once.
const MAX_WORKERS: u32 = 512;

pub(crate) struct Worker {
    pub name: String,
    /// Holds the worker's lock; `None` once it is being given back.
    lock: Option<MySqlConnection>,
    pub pool: MySqlPool,
    /// The open test transaction's mark (tx): what tells an implicit commit.
    pub mark: Option<sql::TransactionMark>,
    /// Must be made again before the next test (its test committed, or
    /// timed out): it is then not handed back clean.
    pub spoiled: bool,
}

pub(crate) struct Workers {
    pub template: Arc<MySqlTemplate>,
    /// `w` for truncate, `t` for tx: a tx worker's AUTO_INCREMENT counters
    /// move on with each rolled-back insert, which a truncate test must not see.
    kind: char,
    idle: Arc<Mutex<Vec<Worker>>>,
    /// Workers being emptied after their test, off the next test's path.
    cleaning: Background,
    /// Failed tests' workers under ITEST_KEEP=failed: locked until exit.
    kept: Mutex<Vec<Worker>>,
    /// Connections of each worker's pool: 1 for tx (its one transaction).
    connections: u32,
}

impl Workers {
    pub(crate) fn new(template: Arc<MySqlTemplate>, kind: char, connections: u32) -> Workers {
        Workers {
            template,
            kind,
            idle: Arc::default(),
            cleaning: Background::default(),
            kept: Mutex::new(Vec::new()),
            connections,
        }
    }

    /// An idle worker of this process, or the first free one on the server.
    pub(crate) async fn lease(&self) -> Result<Worker, Error> {
        if let Some(worker) = self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop() {
            return Ok(worker);
        }
        let server = &self.template.server;
        let mut lock = server.dedicated().await?;
        for index in 0..MAX_WORKERS {
            let name = format!("{}_{}{index}", self.template.name, self.kind);
            let taken = sql::try_lock(&mut lock, &name)
                .await
                .map_err(|e| server.error("leasing a worker database", &e))?;
            if !taken {
                continue;
            }
            match self.prepare(&mut lock, &name).await {
                Ok(()) => {
                    let pool = MySqlPoolOptions::new()
                        .max_connections(self.connections)
                        .min_connections(0)
                        // MySQL 8 reads counters from a day-old cache otherwise.
                        .after_connect(|conn, _| Box::pin(sql::prepare_session(conn)))
                        .connect_lazy_with(server.options_for(&name));
                    return Ok(Worker {
                        name,
                        lock: Some(lock),
                        pool,
                        mark: None,
                        spoiled: false,
                    });
                }
                Err(e) => {
                    let _ = lock.close().await;
                    return Err(e);
                }
            }
        }
        Err(Error::Isolation(format!(
            "all {MAX_WORKERS} worker databases of `{}` on {} are leased",
            self.template.name, server.description
        )))
    }

    /// With the worker's lock held: makes sure it is a clean copy of the
    /// template, and records that it is in use.
    async fn prepare(&self, conn: &mut MySqlConnection, name: &str) -> Result<(), Error> {
        let server = &self.template.server;
        let error = |e: sqlx::Error| server.error("preparing a worker database", &e);
        match sql::ownership(conn, name).await.map_err(error)? {
            Ownership::Ours {
                state,
                exists: true,
                ..
            } if state == "clean" => {}
            Ownership::NotOurs => return Err(sql::foreign(name, &server.description)),
            Ownership::Ours { .. } | Ownership::Missing => {
                sql::drop_owned(conn, name).await.map_err(error)?;
                sql::register(conn, name, "worker", run_id(), "making")
                    .await
                    .map_err(error)?;
                self.template.plan.apply(conn, name).await.map_err(error)?;
            }
        }
        sql::set_state(conn, name, "dirty").await.map_err(error)
    }

    /// Back to this process's idle list, for its next test.
    pub(crate) fn release(&self, worker: Worker) {
        if worker.spoiled {
            return self.discard(worker);
        }
        self.idle
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(worker);
    }

    /// Never used again by this process; its lock goes with its session,
    /// and the registry still says `dirty`, so it is made anew. A spoiled
    /// one (its test committed) is dropped now, still under its lock, so
    /// what was committed does not wait on the server for the next lease.
    pub(crate) fn discard(&self, worker: Worker) {
        self.cleaning.spawn(give_up(worker));
    }

    /// Empties `worker` in the background, then makes it idle: the test has
    /// reported by then, and the next test takes another idle worker, or
    /// leases one more. A worker that cannot be emptied is dropped.
    pub(crate) fn empty_then_release(&self, mut worker: Worker) {
        let (template, idle) = (Arc::clone(&self.template), Arc::clone(&self.idle));
        self.cleaning.spawn(async move {
            let emptied = async {
                let mut conn = worker.pool.acquire().await?;
                let (name, t) = (&worker.name, &template);
                sql::empty_tables(&mut conn, name, &t.name, &t.tables, &t.seeded).await
            };
            match emptied.await {
                Ok(_) => idle.lock().unwrap_or_else(|e| e.into_inner()).push(worker),
                Err(_) => {
                    worker.spoiled = true;
                    give_up(worker).await;
                }
            }
        });
    }

    /// Left as its test left it, and leased until the process exits; made
    /// again before its next use.
    pub(crate) fn keep(&self, worker: Worker) {
        self.kept
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(worker);
    }

    /// At exit: the idle workers are clean (every test's work was undone):
    /// say so, and free them.
    pub(crate) async fn shut_down(&self) {
        self.cleaning.finish().await;
        let idle = std::mem::take(&mut *self.idle.lock().unwrap_or_else(|e| e.into_inner()));
        for mut worker in idle {
            worker.pool.close().await;
            if let Some(mut lock) = worker.lock.take() {
                if sql::set_state(&mut lock, &worker.name, "clean")
                    .await
                    .is_ok()
                {
                    let _ = sql::unlock(&mut lock, &worker.name).await;
                }
                let _ = lock.close().await;
            }
        }
        // Kept ones stay as their tests left them, `dirty`: made again before their next use.
        let kept = std::mem::take(&mut *self.kept.lock().unwrap_or_else(|e| e.into_inner()));
        for mut worker in kept {
            worker.pool.close().await;
            if let Some(lock) = worker.lock.take() {
                let _ = lock.close().await;
            }
        }
    }
}

/// What [`Workers::discard`] does, for background work that has no `Workers`.
async fn give_up(mut worker: Worker) {
    worker.pool.close().await;
    if let Some(mut lock) = worker.lock.take() {
        if worker.spoiled {
            let _ = sql::kill(&mut lock, &[], Some(&worker.name)).await;
            let _ = sql::drop_owned(&mut lock, &worker.name).await;
        }
        let _ = lock.close().await;
    }
}
