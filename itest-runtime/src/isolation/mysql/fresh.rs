//! `db = "fresh"` on MySQL: a database per test, copied from the template
//! (MySQL has no TEMPLATE: the copy replays the template's tables and
//! rows), made ahead once a process runs a second fresh test, and dropped
//! after the test has reported.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use sqlx::mysql::MySqlPoolOptions;
use sqlx::{MySql, MySqlPool};

use crate::backend::mysql as sql;
use crate::database::mysql::MySqlTemplate;
use crate::isolation::{Background, BoxFuture, Isolation, Session, SessionEnder, Strategy};
use crate::run::mysql::MySqlRun;
use crate::unique::run_id;
use crate::Error;

/// Copies made ahead at most: tests rarely run more at once on 2 to 8 cores.
const AHEAD: usize = 2;

pub(crate) struct MySqlFresh {
    template: Arc<MySqlTemplate>,
    _run: Arc<MySqlRun>,
    next: AtomicU64,
    opened: AtomicU64,
    ready: Arc<Mutex<Vec<String>>>,
    background: Background,
}

impl MySqlFresh {
    pub(crate) fn new(template: Arc<MySqlTemplate>, run: Arc<MySqlRun>) -> MySqlFresh {
        MySqlFresh {
            template,
            _run: run,
            next: AtomicU64::new(0),
            opened: AtomicU64::new(0),
            ready: Arc::default(),
            background: Background::default(),
        }
    }

    fn next_name(&self) -> String {
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        format!("{}_f{}_{n}", self.template.name, run_id())
    }

    async fn make(template: &MySqlTemplate, name: &str) -> Result<(), Error> {
        let server = &template.server;
        let mut admin = server.admin().await?;
        let error = |e: sqlx::Error| server.error("copying the template for a fresh database", &e);
        sql::register(&mut admin, name, "fresh", run_id(), "ready")
            .await
            .map_err(error)?;
        if let Err(e) = template.plan.apply(&mut admin, name).await {
            let _ = sql::drop_owned(&mut admin, name).await;
            return Err(error(e));
        }
        Ok(())
    }

    /// Keeps [`AHEAD`] copies ready, in the background.
    fn make_ahead(&self) {
        let missing =
            AHEAD.saturating_sub(self.ready.lock().unwrap_or_else(|e| e.into_inner()).len());
        for _ in 0..missing {
            let (template, ready, name) = (
                Arc::clone(&self.template),
                Arc::clone(&self.ready),
                self.next_name(),
            );
            self.background.spawn(async move {
                if Self::make(&template, &name).await.is_ok() {
                    ready.lock().unwrap_or_else(|e| e.into_inner()).push(name);
                }
            });
        }
    }

    fn drop_later(&self, name: String, pool: MySqlPool) {
        let template = Arc::clone(&self.template);
        self.background.spawn(async move {
            pool.close().await;
            if let Ok(mut admin) = template.server.admin().await {
                let _ = sql::kill(&mut admin, &[], Some(&name)).await;
                let _ = sql::drop_owned(&mut admin, &name).await;
            }
        });
    }
}

impl Strategy<MySql> for MySqlFresh {
    fn open(&self) -> BoxFuture<'_, Result<Session<MySql>, Error>> {
        Box::pin(async move {
            // One fresh test per process (nextest) makes nothing ahead.
            let opened = self.opened.fetch_add(1, Ordering::Relaxed);
            let ready = self.ready.lock().unwrap_or_else(|e| e.into_inner()).pop();
            let name = match ready {
                Some(name) => name,
                None => {
                    let name = self.next_name();
                    Self::make(&self.template, &name).await?;
                    name
                }
            };
            if opened >= 1 {
                self.make_ahead();
            }
            let pool = MySqlPoolOptions::new()
                .max_connections(10)
                .connect_lazy_with(self.template.server.options_for(&name));
            let ender = SessionEnder::MySql {
                database: name.clone(),
            };
            Ok(Session::new(pool, name, Isolation::Fresh, (), ender))
        })
    }

    fn teardown<'a>(
        &'a self,
        _db: &'a mut Session<MySql>,
    ) -> BoxFuture<'a, Result<(), sqlx::Error>> {
        Box::pin(async { Ok(()) })
    }

    fn release(&self, db: Session<MySql>) {
        let name = db.database_name().to_owned();
        self.drop_later(name, db.into_parts::<()>().0);
    }

    fn discard(&self, db: Session<MySql>) {
        self.release(db);
    }

    fn keep(&self, db: Session<MySql>) -> Result<String, Box<Session<MySql>>> {
        let name = db.database_name().to_owned();
        let command = super::mariadb_command(&db.connect_options(), &name);
        let pool = db.into_parts::<()>().0;
        let server = Arc::clone(&self.template.server);
        let kept = name.clone();
        self.background.spawn(async move {
            pool.close().await;
            if let Ok(mut admin) = server.admin().await {
                let _ = sql::set_state(&mut admin, &kept, "kept").await;
            }
        });
        Ok(format!(
            "kept database `{name}` until the next run (`cargo test`, `cargo nextest run`) \
             starts: {command}"
        ))
    }

    fn shut_down(&self) -> BoxFuture<'_, ()> {
        Box::pin(async move {
            self.background.finish().await;
            let ready = std::mem::take(&mut *self.ready.lock().unwrap_or_else(|e| e.into_inner()));
            if let Ok(mut admin) = self.template.server.admin().await {
                for name in ready {
                    let _ = sql::drop_owned(&mut admin, &name).await;
                }
            }
            self.background.finish().await;
        })
    }
}
