//! `db = "schema"`: a new schema per test, migrated, with `search_path` set
//! on every connection of the test's pool, dropped when the test ends.
//!
//! Schemas live in `<template>_schemas`, an empty database beside the
//! template, so that nothing outside the test's schema is on its path.
//! Code under test may commit and hold many connections.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use sqlx::{AssertSqlSafe, Executor};

use super::{
    psql_command, Background, BoxFuture, Isolation, PgSession as Session, SessionEnder, Strategy,
};
use crate::backend::{Postgres, ServerSql};
use crate::database::Template;
use crate::mark::schema_name;
use crate::pool::{close_later, many};
use crate::run::{schema_mark, Run};
use crate::unique::run_id;
use crate::Error;

pub(crate) struct Schemas {
    template: Arc<Template>,
    database: String,
    _run: Arc<Run>,
    next: AtomicU64,
    /// Drops of finished tests' schemas.
    drops: Background,
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
        })
    }
}

impl Schemas {
    /// Drops the test's schema after it has reported. The pool opens a new
    /// session if a timeout ended the test's; a schema whose drop fails is
    /// dropped by the next run, as a dead run's.
    fn drop_later(&self, db: Session) {
        let (pool, Some(SchemaLease(schema))) = db.into_parts::<SchemaLease>() else {
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

/// The test's schema, dropped after it.
struct SchemaLease(String);

impl Schemas {
    fn session(&self, pool: sqlx::PgPool, schema: String) -> Session {
        let ender = SessionEnder::of_pg(&pool);
        let lease = SchemaLease(schema);
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
            let schema = schema_name(run_id(), self.next.fetch_add(1, Ordering::Relaxed));
            let options = self
                .template
                .server
                .options_for(&self.database)
                .options([("search_path", schema.as_str())]);
            let pool = many(options);
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
                match self.template.migrations_in_one_script().await? {
                    Some(script) if script.is_empty() => {}
                    Some(script) => {
                        if let Err(e) = conn.execute(AssertSqlSafe(script.to_string())).await {
                            return Err(self.template.script_error(e).await);
                        }
                    }
                    None => {
                        drop(conn);
                        let migrator = self.template.migrator().await?.expect("migrations exist");
                        // Through the pool: its connections have the schema on their path.
                        migrator
                            .run(&pool)
                            .await
                            .map_err(|e| self.template.migrate_error(&migrator, e))?;
                    }
                }
                // A schema is made per test, so its seed data is too (after
                // the migrations, through the pool: the schema is on its path).
                if self.template.has_seeds() {
                    let mut conn = self
                        .template
                        .server
                        .acquire_patiently(&pool)
                        .await
                        .map_err(|e| setup_error(e.to_string()))?;
                    self.template.apply_seeds(&mut conn).await?;
                }
                Ok::<_, Error>(())
            };
            if let Err(e) = prepared.await {
                self.discard(self.session(pool, schema));
                return Err(e);
            }
            Ok(self.session(pool, schema))
        })
    }

    fn teardown<'a>(&'a self, _db: &'a mut Session) -> BoxFuture<'a, Result<(), sqlx::Error>> {
        // Nothing to undo before reporting: the schema is dropped afterwards.
        Box::pin(async { Ok(()) })
    }

    fn release(&self, db: Session) {
        self.drop_later(db);
    }

    fn discard(&self, db: Session) {
        self.drop_later(db);
    }

    fn shut_down(&self) -> BoxFuture<'_, ()> {
        Box::pin(self.drops.finish())
    }

    fn keep(&self, mut db: Session) -> Result<String, Box<Session>> {
        let Some(SchemaLease(schema)) = db.lease::<SchemaLease>() else {
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
