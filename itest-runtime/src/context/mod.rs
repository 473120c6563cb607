//! Everything that lives once per test binary: the runtime, the
//! configuration, the server and the migrated databases with their leases.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use tokio::runtime::Runtime;
use tokio::sync::OnceCell;

use crate::config::Config;
use crate::database::{Migrations, TestDatabase};
use crate::server::Server;
use crate::Error;

type Shared<T> = Arc<OnceCell<Result<Arc<T>, Error>>>;

pub(crate) struct Context {
    /// One multi-thread runtime for every test of the binary. A pool made on
    /// a per-test runtime (as `#[tokio::test]` makes) dies with that test;
    /// this one outlives them all, and so do its connections.
    pub runtime: Runtime,
    pub config: Config,
    server: OnceCell<Result<Arc<Server>, Error>>,
    databases: Mutex<HashMap<Migrations, Shared<TestDatabase>>>,
}

impl Context {
    /// The binary's context, made by the first test that asks.
    pub(crate) fn get() -> Result<&'static Context, Error> {
        static CONTEXT: OnceLock<Result<Context, Error>> = OnceLock::new();
        CONTEXT
            .get_or_init(|| {
                let config = Config::from_env()?;
                let runtime = tokio::runtime::Builder::new_multi_thread()
                    .enable_all()
                    .thread_name("itest-runtime")
                    .build()
                    .expect("itest: cannot start the tokio runtime");
                Ok(Context {
                    runtime,
                    config,
                    server: OnceCell::new(),
                    databases: Mutex::new(HashMap::new()),
                })
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The server, checked once; its error is kept and given to every test.
    pub(crate) async fn server(&self) -> Result<&Arc<Server>, Error> {
        self.server
            .get_or_init(|| async { Server::connect(&self.config).await.map(Arc::new) })
            .await
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The migrated database for `migrations`, prepared once per binary.
    pub(crate) async fn database(
        &self,
        migrations: &Migrations,
    ) -> Result<Arc<TestDatabase>, Error> {
        let cell = Arc::clone(
            self.databases
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .entry(migrations.clone())
                .or_default(),
        );
        cell.get_or_init(|| async {
            let server = self.server().await?;
            TestDatabase::prepare(server, migrations, self.config.max_connections)
                .await
                .map(Arc::new)
        })
        .await
        .clone()
    }
}
