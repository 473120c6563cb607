//! `db = "truncate"`: the test gets a worker database of its own, a copy of
//! the template, and the tables it wrote are emptied when it ends.
//!
//! Workers are `<template>_w<n>` (`workers.rs`), shared by every process on
//! the server and reused across runs; whoever leases a worker next empties
//! it first. Code under test may commit and hold many connections.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use sqlx::postgres::PgConnectOptions;
use sqlx::{PgConnection, PgPool};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::workers::Leases;
use super::{
    psql_command, Background, BoxFuture, Isolation, PgSession as Session, SessionEnder, Strategy,
};
use crate::backend::{Postgres, ServerSql};
use crate::database::Template;
use crate::pool::{close_later, reusable};
use crate::run::registry;
use crate::run::Run;
use crate::server::is_session_lost;
use crate::Error;

/// sqlx's bookkeeping survives truncation, so the worker stays migrated.
const MIGRATIONS_TABLE: &str = "_sqlx_migrations";

pub(crate) struct Truncate {
    template: Arc<Template>,
    run: Arc<Run>,
    idle: Mutex<Vec<Worker>>,
    in_use: Arc<Semaphore>,
    leases: Leases,
    /// Discarded workers being emptied; finished before the process exits.
    cleanups: Background,
}

pub(crate) struct Worker {
    index: u32,
    name: String,
    pool: PgPool,
    /// Set when code under test opened one of the pool's connections on a
    /// runtime of its own: the pool is then replaced before the next test.
    foreign: Arc<AtomicBool>,
    /// itest's own session in the worker, opened on itest's runtime, that
    /// empties it: the pool's connections may have been opened by code
    /// under test on a runtime that has stopped since.
    cleaner: Option<PgConnection>,
    key: i64,
    _permit: Option<OwnedSemaphorePermit>,
}

impl Worker {
    /// Empties the worker on the cleaner session, opening it (again) if
    /// there is none or it was lost, and puts the seed data back.
    async fn empty(
        &mut self,
        template: &Template,
        options: &PgConnectOptions,
    ) -> Result<(), sqlx::Error> {
        let emptied = match self.cleaner.as_mut() {
            Some(conn) => match Postgres::empty_tables(conn, MIGRATIONS_TABLE).await {
                Ok(_) => true,
                Err(e) if !is_session_lost(&e) => return Err(e),
                Err(_) => false,
            },
            None => false,
        };
        if !emptied {
            let conn = self
                .cleaner
                .insert(template.server.connect_patiently(options).await?);
            Postgres::empty_tables(conn, MIGRATIONS_TABLE).await?;
        }
        if template.has_seeds() {
            let conn = self.cleaner.as_mut().expect("opened above");
            template
                .apply_seeds(conn)
                .await
                .map_err(|e| sqlx::Error::Configuration(e.to_string().into()))?;
        }
        Ok(())
    }
}

impl Truncate {
    pub(crate) async fn new(
        template: Arc<Template>,
        run: Arc<Run>,
        max_workers: u32,
    ) -> Result<Self, Error> {
        run.use_template(&template.name).await?;
        Ok(Truncate {
            leases: Leases::new(Arc::clone(&template), Arc::clone(&run), "w"),
            template,
            run,
            idle: Mutex::new(Vec::new()),
            in_use: Arc::new(Semaphore::new(max_workers as usize)),
            cleanups: Background::default(),
        })
    }

    /// Leases the first worker no live process holds, making it if needed,
    /// and empties it: a previous holder may have died mid-test.
    async fn lease_new_worker(&self) -> Result<Worker, Error> {
        self.leases
            .lease(|leased| self.prepare_worker(leased.index, leased.key))
            .await
    }

    async fn prepare_worker(&self, index: u32, key: i64) -> Result<Worker, Error> {
        let suffix = self.leases.suffix(index);
        let name = self
            .template
            .shared_copy(&suffix, "truncate worker", false)
            .await?;
        let options = self.template.server.options_for(&name);
        let (pool, foreign) = reusable(options.clone());
        let mut worker = Worker {
            index,
            pool,
            foreign,
            name,
            cleaner: None,
            key,
            _permit: None,
        };
        worker
            .empty(&self.template, &options)
            .await
            .map_err(|e| Error::Setup {
                database: worker.name.clone(),
                reason: e.to_string(),
            })?;
        Ok(worker)
    }
}

impl Strategy<sqlx::Postgres> for Truncate {
    fn open(&self) -> BoxFuture<'_, Result<Session, Error>> {
        Box::pin(async move {
            let permit = Arc::clone(&self.in_use)
                .acquire_owned()
                .await
                .expect("the worker semaphore is never closed");
            let idle = self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop();
            let mut worker = match idle {
                Some(worker) => worker,
                None => self.lease_new_worker().await?,
            };
            worker._permit = Some(permit);
            let (pool, name) = (worker.pool.clone(), worker.name.clone());
            let ender = SessionEnder::of_pg(&pool);
            Ok(Session::new(pool, name, Isolation::Truncate, worker, ender))
        })
    }

    fn teardown<'a>(&'a self, db: &'a mut Session) -> BoxFuture<'a, Result<(), sqlx::Error>> {
        Box::pin(async move {
            let options = self.template.server.options_for(db.database_name());
            match db.lease::<Worker>() {
                // Emptying takes the seed rows too: the next test gets them again.
                Some(worker) => worker.empty(&self.template, &options).await,
                None => Ok(()),
            }
        })
    }

    fn release(&self, mut db: Session) {
        if !matches!(db.lease::<Worker>(), Some(worker) if self.run.holds(worker.key)) {
            // Its lock went to another process while this run's session was
            // lost: the worker is theirs now.
            return self.discard(db);
        }
        if let (_, Some(mut worker)) = db.into_parts::<Worker>() {
            worker._permit = None;
            if worker.foreign.load(Ordering::SeqCst) {
                let options = self.template.server.options_for(&worker.name);
                let (pool, foreign) = reusable(options);
                close_later(std::mem::replace(&mut worker.pool, pool));
                worker.foreign = foreign;
            }
            self.idle
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(worker);
        }
    }

    fn discard(&self, db: Session) {
        // Its sessions may be dead and its tables full: empty it in the
        // background if this run holds it (or can take it back, when its
        // lock went elsewhere while the run's session was lost and is free
        // again), then hand the lock back. Whoever leases it next empties
        // it first in any case; this only keeps a test's rows from waiting
        // there until then.
        if let (pool, Some(mut worker)) = db.into_parts::<Worker>() {
            let (run, held) = (Arc::clone(&self.run), Arc::clone(self.leases.held()));
            let template = Arc::clone(&self.template);
            self.cleanups.spawn(async move {
                let server = &template.server;
                pool.close().await;
                let mut held = held.lock().await;
                let ours = run.holds(worker.key) || run.try_lock(worker.key).await.unwrap_or(false);
                if ours {
                    let unused = match server.admin().await {
                        Ok(mut admin) => registry::sessions_in(&mut admin, &worker.name)
                            .await
                            .is_ok_and(|sessions| sessions == 0),
                        Err(_) => false,
                    };
                    if unused {
                        let options = server.options_for(&worker.name);
                        let _ = worker.empty(&template, &options).await;
                    }
                }
                if run.unlock(worker.key).await.is_ok() {
                    held.remove(&worker.index);
                }
            });
        }
    }

    fn shut_down(&self) -> BoxFuture<'_, ()> {
        Box::pin(async move {
            self.cleanups.finish().await;
            // The idle workers' sessions end as a client ends them: the
            // server counts a session dropped without a goodbye as abandoned.
            let idle = std::mem::take(&mut *self.idle.lock().unwrap_or_else(|e| e.into_inner()));
            let closing: Vec<_> = idle
                .into_iter()
                .map(|mut worker| {
                    tokio::spawn(async move {
                        if let Some(cleaner) = worker.cleaner.take() {
                            let _ = sqlx::Connection::close(cleaner).await;
                        }
                        worker.pool.close().await;
                    })
                })
                .collect();
            for closed in closing {
                let _ = closed.await;
            }
        })
    }

    fn keep(&self, db: Session) -> Result<String, Box<Session>> {
        let (options, name) = (db.connect_options(), db.database_name().to_owned());
        // The worker's lock stays held until this process exits (the worker
        // is not handed back), so no test here or elsewhere empties it while
        // it is being looked at.
        close_later(db.into_parts::<()>().0);
        Ok(format!(
            "kept worker database `{name}` as the test left it, until this test process exits: {}",
            psql_command(&options, &name, None)
        ))
    }
}
