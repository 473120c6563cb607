//! Everything that lives once per test binary: the runtime, the
//! configuration, the server, the templates and the strategies over them.

#[cfg(feature = "mysql")]
pub(crate) mod mysql;
#[cfg(feature = "sqlite")]
pub(crate) mod sqlite;

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use tokio::runtime::Runtime;
use tokio::sync::OnceCell;

use crate::config::Config;
use crate::database::{Migrations, Template};
use crate::isolation::{self, first_lease, Isolation, LeaseAhead, Strategy};
use crate::run::Run;
use crate::server::Server;
use crate::Error;

type Shared<T> = Arc<OnceCell<Result<Arc<T>, Error>>>;

/// The strategies of one backend, made once per (migrations, isolation).
type Strategies<DB> = Mutex<HashMap<(Migrations, Isolation), Shared<dyn Strategy<DB>>>>;

/// What the binary's context does for tests of one backend: the runner is
/// generic over it, and each backend's state lives in its own field.
pub(crate) trait Driver: crate::backend::Backend {
    /// The strategy `isolation` over the template of `migrations`, made once per binary.
    fn strategy(
        context: &Context,
        isolation: Isolation,
        migrations: &Migrations,
    ) -> impl std::future::Future<Output = Result<Arc<dyn Strategy<Self>>, Error>>;
}

impl Driver for sqlx::Postgres {
    async fn strategy(
        context: &Context,
        isolation: Isolation,
        migrations: &Migrations,
    ) -> Result<Arc<dyn Strategy<Self>>, Error> {
        context.strategy(isolation, migrations).await
    }
}

#[cfg(feature = "mysql")]
impl Driver for sqlx::MySql {
    async fn strategy(
        context: &Context,
        isolation: Isolation,
        migrations: &Migrations,
    ) -> Result<Arc<dyn Strategy<Self>>, Error> {
        context.mysql.strategy(context, isolation, migrations).await
    }
}

#[cfg(feature = "sqlite")]
impl Driver for sqlx::Sqlite {
    async fn strategy(
        context: &Context,
        isolation: Isolation,
        migrations: &Migrations,
    ) -> Result<Arc<dyn Strategy<Self>>, Error> {
        context
            .sqlite
            .strategy(context, isolation, migrations)
            .await
    }
}

pub(crate) struct Context {
    /// itest-core's runtime, one for every test of the binary. A pool made on
    /// a per-test runtime (as `#[tokio::test]` makes) dies with that test;
    /// this one outlives them all, and so do its connections.
    pub runtime: &'static Runtime,
    /// itest-core's, read once from the environment.
    pub config: Config,
    server: OnceCell<Result<Arc<Server>, Error>>,
    /// The coordination database, checked once, before the first use of it
    /// (a template's lookup, the run's registration).
    coordination: OnceCell<Result<(), Error>>,
    run: OnceCell<Result<Arc<Run>, Error>>,
    templates: Mutex<HashMap<Migrations, Shared<Template>>>,
    strategies: Strategies<sqlx::Postgres>,
    /// The tx lease the server's connection opened for the tx strategy over
    /// these migrations (the first test's), until that strategy takes it.
    lease_ahead: Mutex<Option<(Migrations, LeaseAhead)>>,
    /// Everything MySQL/MariaDB, made by its first test.
    #[cfg(feature = "mysql")]
    pub mysql: mysql::MySqlContext,
    /// Everything SQLite, made by its first test.
    #[cfg(feature = "sqlite")]
    pub sqlite: sqlite::SqliteContext,
}

static CONTEXT: OnceLock<Result<Context, Error>> = OnceLock::new();

impl Context {
    /// The binary's database context, made by the first test that asks,
    /// over itest-core's runtime and configuration.
    pub(crate) fn get() -> Result<&'static Context, Error> {
        CONTEXT
            .get_or_init(|| {
                let core = itest_core::context::Context::get()?;
                // At exit, after the binary-wide fixtures.
                itest_core::context::on_exit(|| Box::pin(shut_down()));
                Ok(Context {
                    runtime: &core.runtime,
                    config: core.config.clone(),
                    server: OnceCell::new(),
                    coordination: OnceCell::new(),
                    run: OnceCell::new(),
                    templates: Mutex::new(HashMap::new()),
                    strategies: Mutex::new(HashMap::new()),
                    lease_ahead: Mutex::new(None),
                    #[cfg(feature = "mysql")]
                    mysql: Default::default(),
                    #[cfg(feature = "sqlite")]
                    sqlite: Default::default(),
                })
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The server, checked once; its error is kept and given to every test.
    pub(crate) async fn server(&self) -> Result<&Arc<Server>, Error> {
        self.server_for(None).await
    }

    /// [`Context::server`]; when this call is the one that connects, and
    /// for a tx strategy over `tx_over`, it opens that strategy's first
    /// lease at the same time (its database's name is known before the
    /// server is reached; see [`first_lease`]): under nextest, a process per
    /// test, that session is otherwise the last step before the test's `BEGIN`.
    async fn server_for(&self, tx_over: Option<&Migrations>) -> Result<&Arc<Server>, Error> {
        self.server
            .get_or_init(|| async {
                let server = match tx_over {
                    None => Server::connect(&self.config).await?,
                    Some(migrations) => {
                        let (server, ahead) = Server::connect_alongside(&self.config, |session| {
                            first_lease(session, migrations)
                        })
                        .await?;
                        if let Some(ahead) = ahead {
                            *self.lease_ahead.lock().unwrap_or_else(|e| e.into_inner()) =
                                Some((migrations.clone(), LeaseAhead::new(ahead)));
                        }
                        server
                    }
                };
                Ok(Arc::new(server))
            })
            .await
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The server, with its coordination database checked (once).
    async fn coordinated(&self) -> Result<&Arc<Server>, Error> {
        let server = self.server().await?;
        self.coordination
            .get_or_init(|| crate::run::prepare_coordination(server))
            .await
            .clone()?;
        Ok(server)
    }

    /// The lease opened ahead for the tx strategy over `migrations`, if
    /// any, and if `instead` says so, only one opened instead of the
    /// template's lookup.
    fn take_lease_ahead(&self, migrations: &Migrations, instead: bool) -> Option<LeaseAhead> {
        let mut ahead = self.lease_ahead.lock().unwrap_or_else(|e| e.into_inner());
        match ahead.take() {
            Some((over, task)) if over == *migrations && (task.instead || !instead) => Some(task),
            other => {
                *ahead = other;
                None
            }
        }
    }

    /// The strategy `isolation` over the template of `migrations`, made once per binary.
    pub(crate) async fn strategy(
        &self,
        isolation: Isolation,
        migrations: &Migrations,
    ) -> Result<Arc<dyn Strategy<sqlx::Postgres>>, Error> {
        let cell = shared(&self.strategies, (migrations.clone(), isolation));
        cell.get_or_init(|| async {
            let built = async {
                if isolation == Isolation::Tx {
                    let server = self.server_for(Some(migrations)).await?;
                    // A later process of the run: its one session proves the
                    // tx copy, and the template needs no lookup.
                    if let Some(ahead) = self.take_lease_ahead(migrations, true) {
                        let leases = server.lease_limit(self.config.max_connections);
                        let server = Arc::clone(server);
                        if let Some(tx) = isolation::tx_over_lease(server, ahead, leases).await {
                            return Ok(tx);
                        }
                    }
                }
                // Every strategy but tx registers the run: its session opens
                // while the template is looked up. A process per test
                // (nextest) registers after, on the probe's session that the
                // lookup used: one session fewer outweighs a round trip.
                let (template, run) = match isolation {
                    Isolation::Tx => (self.template(migrations).await?, None),
                    _ if crate::server::one_test_per_process() => {
                        let template = self.template(migrations).await?;
                        (template, Some(self.run().await))
                    }
                    _ => {
                        let (template, run) = tokio::join!(self.template(migrations), self.run());
                        (template?, Some(run))
                    }
                };
                let leases = template.server.lease_limit(self.config.max_connections);
                let ahead = self.take_lease_ahead(migrations, false);
                let run = async || match run {
                    Some(run) => run,
                    None => self.run().await,
                };
                isolation::build(isolation, template, run, leases, ahead).await
            }
            .await;
            // Set-up is over, whatever its outcome: the set-up connection
            // goes back to the pool (or, the probe's, is closed).
            if let Some(Ok(server)) = self.server.get() {
                server.end_setup();
            }
            built
        })
        .await
        .clone()
    }

    async fn template(&self, migrations: &Migrations) -> Result<Arc<Template>, Error> {
        let cell = shared(&self.templates, migrations.clone());
        cell.get_or_init(|| async {
            let server = Arc::clone(self.coordinated().await?);
            Template::prepare(server, migrations).await.map(Arc::new)
        })
        .await
        .clone()
    }

    async fn run(&self) -> Result<Arc<Run>, Error> {
        self.run
            .get_or_init(|| async {
                let server = Arc::clone(self.coordinated().await?);
                Run::start(server).await.map(Arc::new)
            })
            .await
            .clone()
    }

    /// Records that this run kept a failed test's objects (ITEST_KEEP=failed).
    pub(crate) async fn keep_for_this_invocation(&self) -> Result<(), Error> {
        match self.run.get() {
            Some(Ok(run)) => run.keep_for_this_invocation().await,
            _ => Ok(()),
        }
    }

    /// Lets every strategy finish its background work before the process
    /// exits (itest-core bounds it in time).
    async fn shut_down(&self) {
        let strategies: Vec<_> = self
            .strategies
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .values()
            .filter_map(|cell| cell.get().cloned()?.ok())
            .collect();
        let run = self.run.get().cloned().and_then(Result::ok);
        for strategy in strategies {
            strategy.shut_down().await;
        }
        if let Some(run) = run {
            run.shut_down().await;
        }
        // A lease opened ahead that no test took (its tests were filtered out).
        let ahead = self
            .lease_ahead
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take();
        if let Some((_, ahead)) = ahead {
            ahead.close().await;
        }
        crate::pool::closed().await;
        if let Some(Ok(server)) = self.server.get() {
            server.shut_down().await;
        }
        #[cfg(feature = "mysql")]
        self.mysql.shut_down().await;
        #[cfg(feature = "sqlite")]
        self.sqlite.shut_down().await;
    }
}

fn shared<K: Eq + std::hash::Hash, T: ?Sized>(
    map: &Mutex<HashMap<K, Shared<T>>>,
    key: K,
) -> Shared<T> {
    Arc::clone(
        map.lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(key)
            .or_default(),
    )
}

/// The database side's part of the shut-down at exit.
async fn shut_down() {
    if let Some(Ok(context)) = CONTEXT.get() {
        context.shut_down().await;
    }
}

/// Options for a connection to the server the tests run on, outside any
/// test: for checks and set-up a test needs to do as the server's admin
/// (creating a role, looking at another database). The URL's database, or
/// the `postgres` database of itest's embedded server (started if needed).
///
/// Blocks; call it from a plain `#[test]` or from inside an `#[itest]` alike.
pub fn server_connect_options() -> Result<sqlx::postgres::PgConnectOptions, Error> {
    let context = Context::get()?;
    // A thread of its own, so that callers already inside a runtime can block on ours.
    std::thread::scope(|scope| {
        scope
            .spawn(|| {
                context.runtime.block_on(async {
                    let server = context.server().await?;
                    server.end_setup();
                    Ok(server.connect_options())
                })
            })
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}
