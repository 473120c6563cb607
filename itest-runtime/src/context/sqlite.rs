//! Everything SQLite in one test binary: this process's folder of copies,
//! the templates and the strategies over them, made by its first SQLite test.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use sqlx::Sqlite;
use tokio::sync::OnceCell;

use super::{shared, Context, Shared, Strategies};
use crate::database::sqlite::SqliteTemplate;
use crate::database::Migrations;
use crate::isolation::{self, Isolation, Strategy};
use crate::run::sqlite::SqliteRun;
use crate::Error;

#[derive(Default)]
pub(crate) struct SqliteContext {
    run: OnceCell<Result<Arc<SqliteRun>, Error>>,
    templates: Mutex<HashMap<Migrations, Shared<SqliteTemplate>>>,
    strategies: Strategies<Sqlite>,
}

impl SqliteContext {
    async fn run(&self, context: &Context) -> Result<Arc<SqliteRun>, Error> {
        self.run
            .get_or_init(|| async { SqliteRun::start(&context.config.sqlite_dir).map(Arc::new) })
            .await
            .clone()
    }

    async fn template(
        &self,
        context: &Context,
        migrations: &Migrations,
    ) -> Result<Arc<SqliteTemplate>, Error> {
        let cell = shared(&self.templates, migrations.clone());
        cell.get_or_init(|| async {
            SqliteTemplate::prepare(&context.config.sqlite_dir, migrations)
                .await
                .map(Arc::new)
        })
        .await
        .clone()
    }

    /// The strategy `isolation` over the template of `migrations`, made once per binary.
    pub(crate) async fn strategy(
        &self,
        context: &Context,
        isolation: Isolation,
        migrations: &Migrations,
    ) -> Result<Arc<dyn Strategy<Sqlite>>, Error> {
        let cell = shared(&self.strategies, (migrations.clone(), isolation));
        cell.get_or_init(|| async {
            // The run first: its sweep of dead processes' files goes before new copies.
            let run = self.run(context).await?;
            let template = self.template(context, migrations).await?;
            isolation::sqlite::build(isolation, template, run)
        })
        .await
        .clone()
    }

    /// At exit: every pool closed, then this process's files removed.
    pub(crate) async fn shut_down(&self) {
        let strategies: Vec<_> = self
            .strategies
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .values()
            .filter_map(|cell| cell.get().cloned()?.ok())
            .collect();
        for strategy in strategies {
            strategy.shut_down().await;
        }
        if let Some(Ok(run)) = self.run.get() {
            run.shut_down();
        }
    }
}
