//! `db = "fresh"` on SQLite: a copy of the template file per test, with a
//! pool of several connections that all see the same data (WAL), removed
//! after the test has reported.

use std::path::PathBuf;
use std::sync::Arc;

use sqlx::Sqlite;

use crate::backend::sqlite as sql;
use crate::database::sqlite::SqliteTemplate;
use crate::isolation::{Background, BoxFuture, Isolation, Session, SessionEnder, Strategy};
use crate::run::sqlite::SqliteRun;
use crate::Error;

/// Connections of a test's pool: code under test may hold several at once.
const CONNECTIONS: u32 = crate::pool::MANY_CONNECTIONS;

pub(crate) struct SqliteFresh {
    template: Arc<SqliteTemplate>,
    run: Arc<SqliteRun>,
    background: Background,
}

impl SqliteFresh {
    pub(crate) fn new(template: Arc<SqliteTemplate>, run: Arc<SqliteRun>) -> SqliteFresh {
        SqliteFresh {
            template,
            run,
            background: Background::default(),
        }
    }

    /// Closes the test's pool, then removes or keeps its file, off the test's path.
    fn close(&self, db: Session<Sqlite>, keep: bool) {
        let path = PathBuf::from(db.database_name());
        let pool = db.into_parts::<()>().0;
        self.background.spawn(async move {
            pool.close().await;
            if !keep {
                let _ = sql::remove_database(&path);
            }
        });
    }
}

impl Strategy<Sqlite> for SqliteFresh {
    fn open(&self) -> BoxFuture<'_, Result<Session<Sqlite>, Error>> {
        Box::pin(async move {
            let path = self.run.new_file('f');
            super::copy_template(&self.template, &path)?;
            let interrupt = Arc::new(sql::Interrupt::default());
            let pool = super::pool(&path, CONNECTIONS, &interrupt, None);
            let name = path.display().to_string();
            let ender = SessionEnder::Interrupt(interrupt);
            Ok(Session::new(pool, name, Isolation::Fresh, (), ender))
        })
    }

    fn teardown<'a>(
        &'a self,
        _db: &'a mut Session<Sqlite>,
    ) -> BoxFuture<'a, Result<(), sqlx::Error>> {
        Box::pin(async { Ok(()) })
    }

    fn release(&self, db: Session<Sqlite>) {
        self.close(db, false);
    }

    fn discard(&self, db: Session<Sqlite>) {
        self.close(db, false);
    }

    fn keep(&self, db: Session<Sqlite>) -> Result<String, Box<Session<Sqlite>>> {
        let path = PathBuf::from(db.database_name());
        if let Err(e) = self.run.keep(&path) {
            self.close(db, false);
            return Ok(format!("its database file could not be kept: {e}"));
        }
        self.close(db, true);
        Ok(format!(
            "kept its database file until the next run (`cargo test`, `cargo nextest run`) \
             starts: {}",
            super::sqlite3_command(&path)
        ))
    }

    fn shut_down(&self) -> BoxFuture<'_, ()> {
        Box::pin(self.background.finish())
    }
}
