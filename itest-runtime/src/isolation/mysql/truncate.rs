//! `db = "truncate"` on MySQL: a worker database leased to the test,
//! emptied after it has reported, in the background (the emptying's
//! `ALTER TABLE .. AUTO_INCREMENT` is DDL, which a server that syncs pays
//! for), while the next test takes another worker. DELETE of the tables that have rows (with foreign key
//! checks off) costs a few milliseconds where TRUNCATE of every table costs
//! hundreds; the template's seed rows are put back and AUTO_INCREMENT reset.

use sqlx::MySql;

use super::workers::{Worker, Workers};
use crate::isolation::{BoxFuture, Isolation, Session, SessionEnder, Strategy};
use crate::Error;

pub(crate) struct MySqlTruncate {
    pub workers: Workers,
}

impl Strategy<MySql> for MySqlTruncate {
    fn open(&self) -> BoxFuture<'_, Result<Session<MySql>, Error>> {
        Box::pin(async move {
            let worker = self.workers.lease().await?;
            let (pool, name) = (worker.pool.clone(), worker.name.clone());
            let ender = SessionEnder::MySql {
                database: name.clone(),
            };
            Ok(Session::new(pool, name, Isolation::Truncate, worker, ender))
        })
    }

    /// Nothing before the test reports: its worker is emptied afterwards,
    /// in the background ([`Workers::empty_then_release`]).
    fn teardown<'a>(
        &'a self,
        _db: &'a mut Session<MySql>,
    ) -> BoxFuture<'a, Result<(), sqlx::Error>> {
        Box::pin(async { Ok(()) })
    }

    fn release(&self, db: Session<MySql>) {
        if let (_, Some(worker)) = db.into_parts::<Worker>() {
            self.workers.empty_then_release(worker);
        }
    }

    fn discard(&self, db: Session<MySql>) {
        if let (_, Some(mut worker)) = db.into_parts::<Worker>() {
            worker.spoiled = true;
            self.workers.discard(worker);
        }
    }

    fn keep(&self, db: Session<MySql>) -> Result<String, Box<Session<MySql>>> {
        let name = db.database_name().to_owned();
        let command = super::mariadb_command(&db.connect_options(), &name);
        if let (_, Some(worker)) = db.into_parts::<Worker>() {
            self.workers.keep(worker);
        }
        Ok(format!(
            "kept worker database `{name}` as the test left it, until this test process \
             exits: {command}"
        ))
    }

    fn shut_down(&self) -> BoxFuture<'_, ()> {
        Box::pin(self.workers.shut_down())
    }
}
