//! `db = "tx"` on MySQL: the test runs in a transaction on a worker
//! database leased to it alone, rolled back at the end. Code under test
//! that begins its own transactions gets savepoints (sqlx's transaction
//! manager knows the connection is one level deep).
//!
//! MySQL ends a transaction silently before DDL, TRUNCATE, LOCK TABLES and
//! a few other statements (an implicit commit). Such a test fails, and
//! since the worker is the test's alone, what it committed reaches no
//! other test: the worker is made again from the template before its next use.

use sqlx::{MySql, MySqlConnection};
use sqlx_core::transaction::TransactionManager;

use super::workers::{Worker, Workers};
use crate::backend::mysql as sql;
use crate::isolation::{BoxFuture, Isolation, Session, SessionEnder, Strategy};
use crate::Error;

type Manager = <MySql as sqlx::Database>::TransactionManager;

pub(crate) struct MySqlTx {
    pub workers: Workers,
}

impl MySqlTx {
    async fn rollback(
        conn: &mut MySqlConnection,
        mark: sql::TransactionMark,
    ) -> Result<bool, sqlx::Error> {
        let open = sql::transaction_still_open(conn, mark).await?;
        // Savepoints the code under test left open are unwound one by one so
        // that sqlx's own depth count ends at zero, ready for the next test.
        while Manager::get_transaction_depth(conn) > 0 {
            Manager::rollback(conn).await?;
        }
        Ok(open)
    }
}

impl Strategy<MySql> for MySqlTx {
    fn open(&self) -> BoxFuture<'_, Result<Session<MySql>, Error>> {
        Box::pin(async move {
            let worker = self.workers.lease().await?;
            let setup = |e: sqlx::Error| Error::Setup {
                database: worker.name.clone(),
                reason: e.to_string(),
            };
            let begun = async {
                let mut conn = worker.pool.acquire().await?;
                let mark = sql::begin_test_transaction(&mut conn).await?;
                Ok::<_, sqlx::Error>((conn, mark))
            };
            match begun.await {
                Ok((conn, mark)) => {
                    let mut worker = worker;
                    worker.mark = Some(mark);
                    let (pool, name) = (worker.pool.clone(), worker.name.clone());
                    let ender = SessionEnder::MySql {
                        database: name.clone(),
                    };
                    let session = Session::new(pool, name, Isolation::Tx, worker, ender);
                    Ok(session.holding(conn))
                }
                Err(e) => {
                    let error = setup(e);
                    self.workers.discard(worker);
                    Err(error)
                }
            }
        })
    }

    fn teardown<'a>(
        &'a self,
        db: &'a mut Session<MySql>,
    ) -> BoxFuture<'a, Result<(), sqlx::Error>> {
        Box::pin(async move {
            let mark = db.lease::<Worker>().and_then(|worker| worker.mark.take());
            let mark = mark.expect("a tx session's worker has its transaction's mark");
            let rolled_back = match db.teardown_connection().await {
                Ok(conn) => Self::rollback(conn, mark).await,
                Err(e) => Err(e),
            };
            match rolled_back {
                Ok(true) => Ok(()),
                Ok(false) => {
                    if let Some(worker) = db.lease::<Worker>() {
                        worker.spoiled = true;
                    }
                    Err(sqlx::Error::InvalidArgument(
                        "its transaction was ended by an implicit commit: MySQL commits \
                         silently before DDL (CREATE, ALTER, DROP, RENAME TABLE), TRUNCATE, \
                         LOCK TABLES and a few other statements, so what the test wrote after \
                         that was committed. No other test sees it (the test's worker database \
                         is made again from the template). A test that runs such statements \
                         needs a database of its own: use db = \"fresh\""
                            .to_owned(),
                    ))
                }
                Err(e) => {
                    // The session is gone, and with it the transaction.
                    db.reusable = false;
                    Err(e)
                }
            }
        })
    }

    fn release(&self, db: Session<MySql>) {
        if let (_, Some(worker)) = db.into_parts::<Worker>() {
            self.workers.release(worker);
        }
    }

    fn discard(&self, db: Session<MySql>) {
        if let (_, Some(mut worker)) = db.into_parts::<Worker>() {
            // It may have ended mid-test with a commit behind itest's back.
            worker.spoiled = true;
            self.workers.discard(worker);
        }
    }

    fn keep(&self, db: Session<MySql>) -> Result<String, Box<Session<MySql>>> {
        Err(Box::new(db))
    }

    fn shut_down(&self) -> BoxFuture<'_, ()> {
        Box::pin(self.workers.shut_down())
    }
}
