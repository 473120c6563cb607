//! `db = "fresh"`: a new database per test, a copy of the template, dropped
//! when the test ends. The cleanest isolation: code under test may commit,
//! hold many connections, change the schema, test transactions themselves.
//!
//! Copying takes a few tens of milliseconds, so once a process has run two
//! fresh tests it keeps copies made ahead in the background, and drops
//! finished ones in the background too. Copies carry this run's mark: the
//! next run drops any that a killed process left behind.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use tokio::sync::mpsc;

use super::{
    psql_command, Background, BoxFuture, Isolation, PgSession as Session, SessionEnder, Strategy,
};
use crate::backend::{Postgres, ServerSql};
use crate::database::Template;
use crate::mark::fresh_copy_name;
use crate::pool::{close_later, many};
use crate::run::{fresh_copy_mark, Run};
use crate::unique::run_id;
use crate::Error;

/// Copies kept ready once a process has shown it runs several fresh tests.
const MADE_AHEAD: usize = 2;

pub(crate) struct Fresh {
    template: Arc<Template>,
    /// Copy with `STRATEGY FILE_COPY` (the server has fsync off).
    file_copy: bool,
    _run: Arc<Run>,
    next: AtomicU64,
    opened: AtomicU64,
    ready: Mutex<Option<mpsc::Receiver<String>>>,
    /// Drops of finished copies.
    drops: Background,
}

impl Fresh {
    pub(crate) async fn new(template: Arc<Template>, run: Arc<Run>) -> Result<Self, Error> {
        run.use_template(&template.name).await?;
        let file_copy = {
            let mut admin = template.server.admin().await?;
            Postgres::copies_files_faster(&mut admin)
                .await
                .map_err(|e| template.server.error("reading the server's settings", &e))?
        };
        Ok(Fresh {
            template,
            file_copy,
            _run: run,
            next: AtomicU64::new(0),
            opened: AtomicU64::new(0),
            ready: Mutex::new(None),
            drops: Background::default(),
        })
    }

    fn next_name(&self) -> String {
        fresh_copy_name(
            &self.template.name,
            run_id(),
            self.next.fetch_add(1, Ordering::Relaxed),
        )
    }

    /// Makes a copy on a foreground admin connection (a test waits for it),
    /// or on a background one (made ahead), so that background work never
    /// takes the connections a test's set-up needs.
    async fn make_copy(
        template: &Template,
        name: &str,
        ahead: bool,
        file_copy: bool,
    ) -> Result<(), Error> {
        let mut admin = match ahead {
            true => template.server.background().await?,
            false => template.server.admin().await?,
        };
        template
            .fresh_copy(
                &mut admin,
                name,
                &fresh_copy_mark(name, &template.name, run_id()),
                file_copy,
            )
            .await
    }

    /// A copy made ahead, if one is ready.
    fn take_ready(&self) -> Option<String> {
        self.ready
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .as_mut()?
            .try_recv()
            .ok()
    }

    fn start_making_ahead(&self) {
        let (sender, receiver) = mpsc::channel(MADE_AHEAD);
        *self.ready.lock().unwrap_or_else(|e| e.into_inner()) = Some(receiver);
        let (template, file_copy) = (Arc::clone(&self.template), self.file_copy);
        let names: Vec<String> = (0..1024).map(|_| self.next_name()).collect();
        tokio::spawn(async move {
            for name in names {
                // Waits while MADE_AHEAD copies are unclaimed; ends when the
                // strategy shuts down and drops the receiver.
                let Ok(slot) = sender.reserve().await else {
                    return;
                };
                match Self::make_copy(&template, &name, true, file_copy).await {
                    Ok(()) => slot.send(name),
                    // The server may be restarting: drop what this attempt
                    // may have made, wait, and go on with the next name.
                    // Tests meanwhile make their own copies.
                    Err(_) => {
                        drop(slot);
                        if let Ok(mut admin) = template.server.background().await {
                            let _ = Postgres::drop_database(&mut admin, &name).await;
                        }
                        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
                    }
                }
            }
        });
    }

    fn drop_later(&self, name: String, pool: sqlx::PgPool) {
        let template = Arc::clone(&self.template);
        self.drops.spawn(async move {
            pool.close().await;
            if let Ok(mut admin) = template.server.background().await {
                let _ = Postgres::drop_database(&mut admin, &name).await;
            }
        });
    }

    /// Stops making copies, drops the unclaimed ones, and waits for the
    /// drops still running.
    async fn finish_background_work(&self) {
        let receiver = self.ready.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some(mut receiver) = receiver {
            receiver.close();
            while let Some(name) = receiver.recv().await {
                if let Ok(mut admin) = self.template.server.background().await {
                    let _ = Postgres::drop_database(&mut admin, &name).await;
                }
            }
        }
        self.drops.finish().await;
    }
}

impl Strategy<sqlx::Postgres> for Fresh {
    fn open(&self) -> BoxFuture<'_, Result<Session, Error>> {
        Box::pin(async move {
            // One fresh test per process (nextest) makes nothing ahead.
            if self.opened.fetch_add(1, Ordering::Relaxed) == 1 {
                self.start_making_ahead();
            }
            let name = match self.take_ready() {
                Some(name) => name,
                None => {
                    let name = self.next_name();
                    Self::make_copy(&self.template, &name, false, self.file_copy).await?;
                    name
                }
            };
            let pool = many(self.template.server.options_for(&name));
            let ender = SessionEnder::of_pg(&pool);
            Ok(Session::new(pool, name, Isolation::Fresh, (), ender))
        })
    }

    fn teardown<'a>(&'a self, _db: &'a mut Session) -> BoxFuture<'a, Result<(), sqlx::Error>> {
        Box::pin(async { Ok(()) })
    }

    fn release(&self, db: Session) {
        let name = db.database_name().to_owned();
        self.drop_later(name, db.into_parts::<()>().0);
    }

    fn discard(&self, db: Session) {
        self.release(db);
    }

    fn shut_down(&self) -> BoxFuture<'_, ()> {
        Box::pin(self.finish_background_work())
    }

    fn keep(&self, db: Session) -> Result<String, Box<Session>> {
        let options = db.connect_options();
        let name = db.database_name().to_owned();
        close_later(db.into_parts::<()>().0);
        Ok(format!(
            "kept database `{name}` until the next run (`cargo test`, `cargo nextest run`) starts: {}",
            psql_command(&options, &name, None)
        ))
    }
}
