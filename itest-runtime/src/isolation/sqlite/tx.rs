//! `db = "tx"` on SQLite: the test runs in a transaction on a worker copy
//! of the template, its own while it runs, rolled back at the end; the
//! worker, with its one open connection, then serves the next test. Code
//! under test that begins its own transactions gets savepoints.
//!
//! A commit inside the test (a raw `COMMIT`) is refused: the commit hook
//! turns it into a rollback, so nothing it wrote persists, and the test
//! fails saying so. Its worker is removed all the same.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use sqlx::pool::PoolConnection;
use sqlx::{Sqlite, SqlitePool};

use crate::backend::sqlite as sql;
use crate::backend::sqlite::db_error;
use crate::database::sqlite::SqliteTemplate;
use crate::isolation::{Background, BoxFuture, Isolation, Session, SessionEnder, Strategy};
use crate::run::sqlite::SqliteRun;
use crate::Error;

pub(crate) struct Worker {
    path: PathBuf,
    pool: SqlitePool,
    interrupt: Arc<sql::Interrupt>,
    /// Set by the commit hook when the test tried to commit.
    commit_tried: Arc<AtomicBool>,
}

pub(crate) struct SqliteTx {
    template: Arc<SqliteTemplate>,
    run: Arc<SqliteRun>,
    idle: Mutex<Vec<Worker>>,
    background: Background,
}

impl SqliteTx {
    pub(crate) fn new(template: Arc<SqliteTemplate>, run: Arc<SqliteRun>) -> SqliteTx {
        SqliteTx {
            template,
            run,
            idle: Mutex::new(Vec::new()),
            background: Background::default(),
        }
    }

    /// A new worker: a copy of the template with one connection, whose
    /// commits are refused.
    async fn make(&self) -> Result<(Worker, PoolConnection<Sqlite>), Error> {
        let path = self.run.new_file('t');
        super::copy_template(&self.template, &path)?;
        let interrupt = Arc::new(sql::Interrupt::default());
        let commit_tried = Arc::new(AtomicBool::new(false));
        let pool = super::pool(&path, 1, &interrupt, Some(&commit_tried));
        let opened = pool.acquire().await;
        let worker = Worker {
            path,
            pool,
            interrupt,
            commit_tried,
        };
        match opened {
            Ok(conn) => Ok((worker, conn)),
            Err(e) => {
                let error = db_error(&worker.path, "opening a tx worker", &e);
                self.remove(worker);
                Err(error)
            }
        }
    }

    fn remove(&self, worker: Worker) {
        self.background.spawn(async move {
            worker.pool.close().await;
            let _ = sql::remove_database(&worker.path);
        });
    }
}

impl Strategy<Sqlite> for SqliteTx {
    fn open(&self) -> BoxFuture<'_, Result<Session<Sqlite>, Error>> {
        Box::pin(async move {
            let idle = self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop();
            let (worker, mut conn) = match idle {
                Some(worker) => match worker.pool.acquire().await {
                    Ok(conn) => (worker, conn),
                    Err(_) => {
                        self.remove(worker);
                        self.make().await?
                    }
                },
                None => self.make().await?,
            };
            worker.interrupt.reset();
            worker.commit_tried.store(false, Ordering::Relaxed);
            if let Err(e) = sql::begin_test_transaction(&mut conn).await {
                let error = db_error(&worker.path, "beginning the test's transaction", &e);
                drop(conn);
                self.remove(worker);
                return Err(error);
            }
            let (pool, name) = (worker.pool.clone(), worker.path.display().to_string());
            let ender = SessionEnder::Interrupt(Arc::clone(&worker.interrupt));
            Ok(Session::new(pool, name, Isolation::Tx, worker, ender).holding(conn))
        })
    }

    fn teardown<'a>(
        &'a self,
        db: &'a mut Session<Sqlite>,
    ) -> BoxFuture<'a, Result<(), sqlx::Error>> {
        Box::pin(async move {
            let rolled_back = match db.teardown_connection().await {
                Ok(conn) => sql::rollback_test_transaction(conn).await,
                Err(e) => Err(e),
            };
            let commit_tried = db
                .lease::<Worker>()
                .is_some_and(|worker| worker.commit_tried.load(Ordering::Relaxed));
            if commit_tried {
                db.reusable = false;
                return Err(sqlx::Error::InvalidArgument(
                    "it committed inside its transaction (a COMMIT, or code that ends the \
                     transaction itest began), which db = \"tx\" does not allow: itest turned \
                     the commit into a rollback, so nothing the test wrote persists, and what \
                     it did after that ran outside any transaction. Let the code under test \
                     use `pool.begin()`/`commit()` (savepoints here), or use db = \"fresh\""
                        .to_owned(),
                ));
            }
            if rolled_back.is_err() {
                // The transaction's state is unknown: the worker is not reused.
                db.reusable = false;
            }
            rolled_back
        })
    }

    fn release(&self, db: Session<Sqlite>) {
        if let (_, Some(worker)) = db.into_parts::<Worker>() {
            self.idle
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(worker);
        }
    }

    fn discard(&self, db: Session<Sqlite>) {
        if let (_, Some(worker)) = db.into_parts::<Worker>() {
            self.remove(worker);
        }
    }

    fn keep(&self, db: Session<Sqlite>) -> Result<String, Box<Session<Sqlite>>> {
        Err(Box::new(db))
    }

    fn shut_down(&self) -> BoxFuture<'_, ()> {
        Box::pin(async move {
            let idle = std::mem::take(&mut *self.idle.lock().unwrap_or_else(|e| e.into_inner()));
            for worker in idle {
                self.remove(worker);
            }
            self.background.finish().await;
        })
    }
}
