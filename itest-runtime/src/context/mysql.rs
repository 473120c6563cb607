//! Everything MySQL in one test binary: the server, this run, the
//! templates and the strategies over them, made by its first MySQL test.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use sqlx::MySql;
use tokio::sync::OnceCell;

use super::{shared, Context, Shared, Strategies};
use crate::backend::mysql as sql;
use crate::database::mysql::MySqlTemplate;
use crate::database::Migrations;
use crate::isolation::{self, Isolation, Strategy};
use crate::run::mysql::MySqlRun;
use crate::server::mysql::MySqlServer;
use crate::Error;

/// Everything MySQL in one test binary, made by its first MySQL test.
#[derive(Default)]
pub(crate) struct MySqlContext {
    server: OnceCell<Result<Arc<MySqlServer>, Error>>,
    run: OnceCell<Result<Arc<MySqlRun>, Error>>,
    templates: Mutex<HashMap<Migrations, Shared<MySqlTemplate>>>,
    strategies: Strategies<MySql>,
}

impl MySqlContext {
    pub(crate) async fn server(&self, context: &Context) -> Result<Arc<MySqlServer>, Error> {
        self.server
            .get_or_init(|| async { MySqlServer::connect(&context.config).await.map(Arc::new) })
            .await
            .clone()
    }

    async fn run(&self, context: &Context) -> Result<Arc<MySqlRun>, Error> {
        self.run
            .get_or_init(|| async {
                let server = self.server(context).await?;
                MySqlRun::start(server).await.map(Arc::new)
            })
            .await
            .clone()
    }

    async fn template(
        &self,
        context: &Context,
        migrations: &Migrations,
    ) -> Result<Arc<MySqlTemplate>, Error> {
        let cell = shared(&self.templates, migrations.clone());
        cell.get_or_init(|| async {
            let server = self.server(context).await?;
            // The run first: its sweep of dead runs goes before new copies.
            self.run(context).await?;
            MySqlTemplate::prepare(server, migrations)
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
    ) -> Result<Arc<dyn Strategy<MySql>>, Error> {
        let cell = shared(&self.strategies, (migrations.clone(), isolation));
        cell.get_or_init(|| async {
            let template = self.template(context, migrations).await?;
            let run = self.run(context).await?;
            isolation::mysql::build(isolation, template, run)
        })
        .await
        .clone()
    }

    /// At exit: background work finished, workers handed back clean.
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
            run.shut_down().await;
        }
        if let Some(Ok(server)) = self.server.get() {
            server.shut_down().await;
        }
    }
}

/// Ends every session on a timed-out test's database: its query is killed
/// on the server, its transaction rolled back.
pub(crate) async fn end_sessions(context: &Context, database: &str) -> Result<(), Error> {
    let server = context.mysql.server(context).await?;
    let mut admin = server.admin().await?;
    sql::kill(&mut admin, &[], Some(database))
        .await
        .map_err(|e| server.error("ending a timed-out test's sessions", &e))
}

/// Options for a connection to the MySQL server the tests run on, outside
/// any test: for checks and set-up a test needs to do as the server's admin
/// (looking at `information_schema.PROCESSLIST`, creating a user). The
/// URL's server, or itest's embedded MariaDB (started if needed); no database.
///
/// Blocks; call it from a plain `#[test]` or from inside an `#[itest]` alike.
pub fn mysql_server_options() -> Result<sqlx::mysql::MySqlConnectOptions, Error> {
    let context = Context::get()?;
    // A thread of its own, so that callers already inside a runtime can block on ours.
    std::thread::scope(|scope| {
        scope
            .spawn(|| {
                context.runtime.block_on(async {
                    let server = context.mysql.server(context).await?;
                    Ok(server.admin_options())
                })
            })
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}
