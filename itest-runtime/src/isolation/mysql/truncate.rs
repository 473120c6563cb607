//! `db = "truncate"` on MySQL: a worker database leased to the test,
//! emptied after it. DELETE of the tables that have rows (with foreign key
//! checks off) costs a few milliseconds where TRUNCATE of every table costs
//! hundreds; the template's seed rows are put back and AUTO_INCREMENT reset.

use sqlx::MySql;

use super::workers::{Worker, Workers};
use crate::backend::mysql as sql;
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

    fn teardown<'a>(
        &'a self,
        db: &'a mut Session<MySql>,
    ) -> BoxFuture<'a, Result<(), sqlx::Error>> {
        Box::pin(async move {
            let template = &self.workers.template;
            let name = db.database_name().to_owned();
            let conn = db.teardown_connection().await?;
            sql::empty_tables(conn, &name, &template.name, &template.seeded)
                .await
                .map(drop)
        })
    }

    fn release(&self, db: Session<MySql>) {
        if let (_, Some(worker)) = db.into_parts::<Worker>() {
            self.workers.release(worker);
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
