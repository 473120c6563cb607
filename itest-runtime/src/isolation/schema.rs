//! `db = "schema"`: a new schema per test, migrated, with `search_path` set
//! on every connection of the test's pool, dropped when the test ends.
//!
//! Schemas live in `<template>_schemas`, an empty database beside the
//! template, so that nothing outside the test's schema is on its path.
//! Code under test may commit and hold many connections.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use super::{psql_command, BoxFuture, Lease, Strategy};
use crate::backend::{Backend, Postgres};
use crate::database::{Template, NAME_PREFIX};
use crate::db::Db;
use crate::pool::{close_later, many};
use crate::run::{run_mark, Run};
use crate::unique::run_id;
use crate::Error;

pub(crate) struct Schemas {
    template: Arc<Template>,
    database: String,
    _run: Arc<Run>,
    next: AtomicU64,
}

impl Schemas {
    pub(crate) async fn new(template: Arc<Template>, run: Arc<Run>) -> Result<Self, Error> {
        let database = template.shared_copy("schemas", "schemas", true).await?;
        Ok(Schemas {
            template,
            database,
            _run: run,
            next: AtomicU64::new(0),
        })
    }
}

impl Strategy for Schemas {
    fn open(&self, test: &'static str) -> BoxFuture<'_, Result<Db, Error>> {
        Box::pin(async move {
            let schema = format!(
                "{NAME_PREFIX}{}_{}",
                run_id(),
                self.next.fetch_add(1, Ordering::Relaxed)
            );
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
                let mut conn = pool
                    .acquire()
                    .await
                    .map_err(|e| setup_error(e.to_string()))?;
                Postgres::create_schema(&mut conn, &schema, &run_mark("schema"))
                    .await
                    .map_err(|e| setup_error(e.to_string()))?;
                drop(conn);
                if let Some(migrator) = self.template.migrator().await? {
                    // Through the pool: its connections have the schema on their path.
                    migrator
                        .run(&pool)
                        .await
                        .map_err(|e| self.template.migration_error(e.to_string()))?;
                }
                Ok::<_, Error>(())
            };
            if let Err(e) = prepared.await {
                self.discard(Db::new(
                    pool,
                    self.database.as_str(),
                    test,
                    Lease::Schema(schema),
                ));
                return Err(e);
            }
            Ok(Db::new(
                pool,
                self.database.as_str(),
                test,
                Lease::Schema(schema),
            ))
        })
    }

    fn teardown<'a>(&'a self, db: &'a mut Db) -> BoxFuture<'a, Result<(), sqlx::Error>> {
        Box::pin(async move {
            let Lease::Schema(schema) = &db.lease else {
                return Ok(());
            };
            let schema = schema.clone();
            Postgres::drop_schema(db.teardown_connection().await?, &schema).await
        })
    }

    fn release(&self, db: Db) {
        close_later(db.into_parts().0);
    }

    fn discard(&self, db: Db) {
        let (pool, lease) = db.into_parts();
        let Lease::Schema(schema) = lease else { return };
        let options = self.template.server.options_for(&self.database);
        tokio::spawn(async move {
            pool.close().await;
            // A fresh session: the test's may have been terminated.
            if let Ok(mut conn) = sqlx::ConnectOptions::connect(&options).await {
                let _ = Postgres::drop_schema(&mut conn, &schema).await;
                let _ = sqlx::Connection::close(conn).await;
            }
        });
    }

    fn keep(&self, db: Db) -> Option<String> {
        let options = db.connect_options();
        let (pool, lease) = db.into_parts();
        close_later(pool);
        let Lease::Schema(schema) = lease else {
            return None;
        };
        Some(format!(
            "kept schema `{schema}` in `{}` until the next run: {}",
            self.database,
            psql_command(&options, &self.database, Some(&schema))
        ))
    }
}
