//! `db = "schema"`: a schema per test, migrated, with `search_path` set
//! on every connection of the test's pool.
//!
//! Schemas live in `<template>_schemas`, an empty database beside the
//! template, so that nothing outside the test's schema is on its path.
//! Code under test may commit and hold many connections.
//!
//! Making a schema is DDL, which costs the server far more than rows do. So
//! when a test has passed in time and changed only rows, its schema goes to
//! the process's next test: its sessions are ended, the catalogs show that
//! no object of the schema was made, changed or dropped, the tables
//! migrations filled are as they were, and the others are emptied (and
//! seeded again). Anything else, and the schema is dropped as before.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use sqlx::{AssertSqlSafe, Executor, PgConnection};

use super::{
    psql_command, Background, BoxFuture, Isolation, PgSession as Session, SessionEnder, Strategy,
};
use crate::backend::{drop_schemas, quote, Postgres, SchemaImage, ServerSql};
use crate::database::Template;
use crate::mark::schema_name;
use crate::pool::{close_later, many, tag_of};
use crate::run::{schema_mark, Run};
use crate::unique::run_id;
use crate::Error;

pub(crate) struct Schemas {
    template: Arc<Template>,
    database: String,
    _run: Arc<Run>,
    next: AtomicU64,
    /// Drops of finished tests' schemas, and their checks for reuse.
    drops: Background,
    /// Finished tests' schemas, checked and emptied for the next tests.
    spare: Arc<Spare>,
    /// Whether a schema may go to another test of this process: not under
    /// nextest, whose processes run one test each.
    reuse: bool,
}

/// A schema ready for a test, as its image says.
struct Ready {
    schema: String,
    image: SchemaImage,
}

/// Schemas on their way from one test to the next.
#[derive(Default)]
struct Spare {
    state: Mutex<SpareState>,
    /// Told when a check ends, with a schema or without.
    changed: tokio::sync::Notify,
    /// itest's own sessions in the schema database, which check, empty and
    /// drop finished tests' schemas: opened on itest's runtime, unlike the
    /// test's pool, whose sessions code under test may have opened.
    cleaners: Mutex<Vec<PgConnection>>,
}

#[derive(Default)]
struct SpareState {
    ready: Vec<Ready>,
    /// Checks running: each may give a schema back.
    checking: usize,
}

impl Spare {
    fn lock(&self) -> std::sync::MutexGuard<'_, SpareState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A ready schema, waiting for a running check rather than making a
    /// new schema: a check costs the server a fraction of the DDL.
    async fn take(&self) -> Option<Ready> {
        loop {
            let changed = self.changed.notified();
            let mut changed = std::pin::pin!(changed);
            changed.as_mut().enable();
            {
                let mut state = self.lock();
                if let Some(ready) = state.ready.pop() {
                    return Some(ready);
                }
                if state.checking == 0 {
                    return None;
                }
            }
            changed.await;
        }
    }

    fn check_ended(&self, ready: Option<Ready>) {
        let mut state = self.lock();
        state.checking -= 1;
        state.ready.extend(ready);
        drop(state);
        self.changed.notify_waiters();
    }

    async fn cleaner(
        &self,
        template: &Template,
        database: &str,
    ) -> Result<PgConnection, sqlx::Error> {
        let idle = self
            .cleaners
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .pop();
        match idle {
            Some(conn) => Ok(conn),
            None => {
                let options = template.server.options_for(database);
                template.server.connect_patiently(&options).await
            }
        }
    }

    fn cleaner_back(&self, conn: PgConnection) {
        self.cleaners
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(conn);
    }
}

impl Schemas {
    pub(crate) async fn new(template: Arc<Template>, run: Arc<Run>) -> Result<Self, Error> {
        let database = template.shared_copy("schemas", "schemas", true).await?;
        run.use_template(&template.name).await?;
        // The sweep of dead runs looks for their schemas where they made them.
        run.add_schema_database(&database).await?;
        Ok(Schemas {
            template,
            database,
            _run: run,
            next: AtomicU64::new(0),
            drops: Background::default(),
            spare: Arc::default(),
            reuse: std::env::var_os("NEXTEST_RUN_ID").is_none(),
        })
    }
}

impl Schemas {
    /// Drops the test's schema after it has reported. The pool opens a new
    /// session if a timeout ended the test's; a schema whose drop fails is
    /// dropped by the next run, as a dead run's.
    fn drop_later(&self, db: Session) {
        let (pool, Some(SchemaLease { schema, .. })) = db.into_parts::<SchemaLease>() else {
            return;
        };
        self.drops.spawn(async move {
            if let Ok(mut conn) = pool.acquire().await {
                let _ = Postgres::drop_schema(&mut conn, &schema).await;
            }
            pool.close().await;
        });
    }
}

impl Schemas {
    fn pool_options(&self, schema: &str) -> sqlx::postgres::PgConnectOptions {
        self.template
            .server
            .options_for(&self.database)
            .options([("search_path", schema)])
    }

    /// After a test that passed in time: its schema to the next test if it
    /// changed only rows, else dropped. In the background, as the drop was:
    /// the test has reported.
    fn reuse_later(&self, db: Session) {
        let (pool, Some(SchemaLease { schema, image })) = db.into_parts::<SchemaLease>() else {
            return;
        };
        let Some(image) = image else {
            return self.drop_later(self.session(pool, schema, None));
        };
        let this = Recycler {
            template: Arc::clone(&self.template),
            database: self.database.clone(),
            spare: Arc::clone(&self.spare),
        };
        // Counted now, before the next test opens; told done even if the
        // check panics or never runs, so that no test waits for it forever.
        self.spare.lock().checking += 1;
        let check = Check {
            spare: Arc::clone(&self.spare),
            ready: None,
        };
        self.drops.spawn(async move {
            let ready = this.recycle(pool, schema, image).await;
            check.end(ready);
        });
    }
}

/// A running check: its end, with the schema it gives back, when dropped.
struct Check {
    spare: Arc<Spare>,
    ready: Option<Ready>,
}

impl Check {
    fn end(mut self, ready: Option<Ready>) {
        self.ready = ready;
    }
}

impl Drop for Check {
    fn drop(&mut self) {
        self.spare.check_ended(self.ready.take());
    }
}

/// How long the test's pool may take to close its sessions: a connection
/// that code under test still holds is ended instead, after this.
const POOL_CLOSE_WAIT: std::time::Duration = std::time::Duration::from_millis(500);

/// How long the test's sessions may take to end before its schema is dropped instead.
const SESSIONS_END_WITHIN: std::time::Duration = std::time::Duration::from_secs(5);

/// What a background check of a finished test's schema needs of [`Schemas`].
struct Recycler {
    template: Arc<Template>,
    database: String,
    spare: Arc<Spare>,
}

impl Recycler {
    /// The schema, ready for the next test; `None` once it is dropped.
    async fn recycle(
        &self,
        pool: sqlx::PgPool,
        schema: String,
        image: SchemaImage,
    ) -> Option<Ready> {
        // Closed now, so that it opens no session, and its sessions say
        // goodbye; those still open (code under test's, say: they carry the
        // pool's tag) are ended before the catalogs are read.
        let tag = tag_of(&pool);
        let _ = tokio::time::timeout(POOL_CLOSE_WAIT, pool.close()).await;
        let Ok(mut conn) = self.spare.cleaner(&self.template, &self.database).await else {
            return None; // dropped by the next run, as a dead run's
        };
        let restored = self.restore(&mut conn, &schema, &image, &tag).await;
        if let Ok(Some(image)) = restored {
            self.spare.cleaner_back(conn);
            return Some(Ready { schema, image });
        }
        if restored.is_err() {
            // The session may be lost, or in a failed seed's transaction.
            drop(conn);
            let Ok(new) = self.spare.cleaner(&self.template, &self.database).await else {
                return None;
            };
            conn = new;
        }
        if Postgres::drop_schema(&mut conn, &schema).await.is_ok() {
            self.spare.cleaner_back(conn);
        }
        None
    }

    /// The schema's image for its next test, or `None` to drop it.
    async fn restore(
        &self,
        conn: &mut PgConnection,
        schema: &str,
        image: &SchemaImage,
        tag: &str,
    ) -> Result<Option<SchemaImage>, Error> {
        let failed = |e: sqlx::Error| Error::Setup {
            database: format!("{}, schema {schema}", self.database),
            reason: e.to_string(),
        };
        if !Postgres::end_sessions(conn, tag, SESSIONS_END_WITHIN)
            .await
            .map_err(failed)?
        {
            return Ok(None);
        }
        let Some(rows) = Postgres::schema_unchanged(conn, image, tag)
            .await
            .map_err(failed)?
        else {
            return Ok(None);
        };
        if !Postgres::empty_schema(conn, image, &rows)
            .await
            .map_err(failed)?
        {
            return Ok(None);
        }
        if self.template.has_seeds() {
            sqlx::query("SELECT set_config('search_path', $1, false)")
                .bind(quote(schema))
                .execute(&mut *conn)
                .await
                .map_err(failed)?;
            self.template.apply_seeds(conn).await?;
            // Nothing of a test's schema on the path of itest's own queries.
            sqlx::query("RESET search_path")
                .execute(&mut *conn)
                .await
                .map_err(failed)?;
        }
        Postgres::schema_restored(conn, image).await.map_err(failed)
    }
}

/// The test's schema, and what it was when the test got it (`None`: not to
/// be reused).
struct SchemaLease {
    schema: String,
    image: Option<SchemaImage>,
}

impl Schemas {
    fn session(&self, pool: sqlx::PgPool, schema: String, image: Option<SchemaImage>) -> Session {
        let ender = SessionEnder::of_pg(&pool);
        let lease = SchemaLease { schema, image };
        Session::new(
            pool,
            self.database.as_str(),
            Isolation::Schema,
            lease,
            ender,
        )
    }
}

impl Strategy<sqlx::Postgres> for Schemas {
    fn open(&self) -> BoxFuture<'_, Result<Session, Error>> {
        Box::pin(async move {
            if let Some(Ready { schema, image }) = self.spare.take().await {
                let pool = many(self.pool_options(&schema));
                return Ok(self.session(pool, schema, Some(image)));
            }
            let schema = schema_name(run_id(), self.next.fetch_add(1, Ordering::Relaxed));
            let pool = many(self.pool_options(&schema));
            let setup_error = |reason: String| Error::Setup {
                database: format!("{}, schema {schema}", self.database),
                reason,
            };
            let prepared = async {
                let mut conn = self
                    .template
                    .server
                    .acquire_patiently(&pool)
                    .await
                    .map_err(|e| setup_error(e.to_string()))?;
                Postgres::create_schema(&mut conn, &schema, &schema_mark(&schema, run_id()))
                    .await
                    .map_err(|e| setup_error(e.to_string()))?;
                let mut conn = Some(conn);
                match self.template.migrations_in_one_script().await? {
                    Some(script) if script.is_empty() => {}
                    Some(script) => {
                        let on = conn.as_deref_mut().expect("checked out above");
                        if let Err(e) = on.execute(AssertSqlSafe(script.to_string())).await {
                            return Err(self.template.script_error(e).await);
                        }
                    }
                    None => {
                        conn = None;
                        let migrator = self.template.migrator().await?.expect("migrations exist");
                        // Through the pool: its connections have the schema on their path.
                        migrator
                            .run(&pool)
                            .await
                            .map_err(|e| self.template.migrate_error(&migrator, e))?;
                    }
                }
                let mut conn = match conn {
                    Some(conn) => conn,
                    None => self
                        .template
                        .server
                        .acquire_patiently(&pool)
                        .await
                        .map_err(|e| setup_error(e.to_string()))?,
                };
                let migrated = match self.reuse {
                    true => Some(
                        Postgres::migrated_schema(&mut conn, &schema)
                            .await
                            .map_err(|e| setup_error(e.to_string()))?,
                    ),
                    false => None,
                };
                // Seed data after the migrations, through the pool: the
                // schema is on its path.
                if self.template.has_seeds() {
                    self.template.apply_seeds(&mut conn).await?;
                }
                let Some(migrated) = migrated else {
                    return Ok(None);
                };
                Postgres::schema_image(&mut conn, migrated)
                    .await
                    .map_err(|e| setup_error(e.to_string()))
            };
            match prepared.await {
                Ok(image) => Ok(self.session(pool, schema, image)),
                Err(e) => {
                    self.discard(self.session(pool, schema, None));
                    Err(e)
                }
            }
        })
    }

    fn teardown<'a>(&'a self, _db: &'a mut Session) -> BoxFuture<'a, Result<(), sqlx::Error>> {
        // Nothing to undo before reporting: the schema is checked (and
        // emptied, or dropped) afterwards.
        Box::pin(async { Ok(()) })
    }

    fn release(&self, db: Session) {
        self.reuse_later(db);
    }

    fn discard(&self, db: Session) {
        self.drop_later(db);
    }

    fn shut_down(&self) -> BoxFuture<'_, ()> {
        Box::pin(async move {
            self.drops.finish().await;
            let ready: Vec<String> = std::mem::take(&mut self.spare.lock().ready)
                .into_iter()
                .map(|ready| ready.schema)
                .collect();
            if !ready.is_empty() {
                // Left for the next run's sweep if this fails.
                if let Ok(mut conn) = self.spare.cleaner(&self.template, &self.database).await {
                    let _ = drop_schemas(&mut conn, &ready).await;
                    self.spare.cleaner_back(conn);
                }
            }
            // Ended as a client ends a session: the server counts a session
            // dropped without a goodbye as abandoned.
            let cleaners = std::mem::take(
                &mut *self
                    .spare
                    .cleaners
                    .lock()
                    .unwrap_or_else(|e| e.into_inner()),
            );
            for cleaner in cleaners {
                let _ = sqlx::Connection::close(cleaner).await;
            }
        })
    }

    fn keep(&self, mut db: Session) -> Result<String, Box<Session>> {
        let Some(SchemaLease { schema, .. }) = db.lease::<SchemaLease>() else {
            return Err(Box::new(db));
        };
        let schema = schema.clone();
        let note = format!(
            "kept schema `{schema}` in `{}` until the next run (`cargo test`, `cargo nextest run`) starts: {}",
            self.database,
            psql_command(&db.connect_options(), &self.database, Some(&schema))
        );
        close_later(db.into_parts::<()>().0);
        Ok(note)
    }
}
