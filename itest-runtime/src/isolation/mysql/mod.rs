//! The strategies on MySQL/MariaDB (feature `mysql`), and what they share
//! once per test binary: the server, this run's liveness, the templates.
//!
//! - `sql.rs`: the SQL (registry, locks, copy, empty, implicit commits);
//! - `template.rs`: the migrated template, one per migrations content;
//! - `workers.rs`: databases leased to one test at a time (tx, truncate);
//! - `tx.rs`, `truncate.rs`, `fresh.rs`: the strategies.
//!
//! `db = "schema"` is refused: a MySQL schema is a database, so a schema
//! per test would be "fresh" under another name (compile error, see
//! `BackendKind::refuses`).

mod fresh;
mod sql;
mod template;
mod truncate;
mod tx;
mod workers;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use sqlx::mysql::MySqlConnectOptions;
use sqlx::{Connection, MySql, MySqlConnection};
use tokio::sync::OnceCell;

use super::{Isolation, Strategy};
use crate::context::Context;
use crate::database::Migrations;
use crate::mark::COORDINATION_DATABASE;
use crate::owner;
use crate::server::mysql::MySqlServer;
use crate::unique::run_id;
use crate::Error;
use template::MySqlTemplate;
use workers::Workers;

type Shared<T> = Arc<OnceCell<Result<Arc<T>, Error>>>;

/// Connections of a truncate worker's pool: code under test may hold several.
const WORKER_POOL: u32 = 10;

/// Everything MySQL in one test binary, made by its first MySQL test.
#[derive(Default)]
pub(crate) struct MySqlContext {
    server: OnceCell<Result<Arc<MySqlServer>, Error>>,
    run: OnceCell<Result<Arc<MySqlRun>, Error>>,
    templates: Mutex<HashMap<Migrations, Shared<MySqlTemplate>>>,
    strategies: Mutex<HashMap<(Migrations, Isolation), Shared<dyn Strategy<MySql>>>>,
}

impl MySqlContext {
    async fn server(&self, context: &Context) -> Result<Arc<MySqlServer>, Error> {
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
            let strategy: Arc<dyn Strategy<MySql>> = match isolation {
                Isolation::Tx => Arc::new(tx::MySqlTx {
                    workers: Workers::new(template, 1),
                }),
                Isolation::Truncate => Arc::new(truncate::MySqlTruncate {
                    workers: Workers::new(template, WORKER_POOL),
                }),
                Isolation::Fresh => {
                    Arc::new(fresh::MySqlFresh::new(template, self.run(context).await?))
                }
                Isolation::Schema => {
                    let why = crate::backend::BackendKind::MySql
                        .refuses(Isolation::Schema)
                        .unwrap_or_default();
                    return Err(Error::Isolation(why.to_owned()));
                }
            };
            Ok(strategy)
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

/// Ends every session on a timed-out test's database: its query is killed
/// on the server, its transaction rolled back.
pub(crate) async fn end_sessions(context: &Context, database: &str) -> Result<(), Error> {
    let server = context.mysql.server(context).await?;
    let mut admin = server.admin().await?;
    sql::kill(&mut admin, &[], Some(database))
        .await
        .map_err(|e| server.error("ending a timed-out test's sessions", &e))
}

/// A database with an itest name that itest cannot prove it made.
fn foreign(name: &str, server: &str) -> Error {
    Error::Isolation(format!(
        "refusing to use `{name}` on {server}: it has an itest name but no valid entry in \
         {COORDINATION_DATABASE}.owned, so itest did not create it and will not write to, empty \
         or drop it. If its data matters, copy it elsewhere (MySQL cannot rename a database); \
         if not, drop it yourself (DROP DATABASE `{name}`)"
    ))
}

/// The `mariadb` command for a kept database, without the password.
fn mariadb_command(options: &MySqlConnectOptions, database: &str) -> String {
    format!(
        "mariadb -h {} -P {} -u {} {database}",
        options.get_host(),
        options.get_port(),
        options.get_username()
    )
}

/// This run, as other runs on the server see it: a row in the registry and
/// a lock held by a session of its own, which ends when the process does.
pub(crate) struct MySqlRun {
    keeper: tokio::sync::Mutex<Option<MySqlConnection>>,
}

impl MySqlRun {
    async fn start(server: Arc<MySqlServer>) -> Result<MySqlRun, Error> {
        let error = |e: sqlx::Error| server.error("registering this run", &e);
        let mut keeper = server.dedicated().await?;
        sql::prepare_coordination(&mut keeper)
            .await
            .map_err(error)?;
        sql::lock(&mut keeper, &run_lock(run_id()), std::time::Duration::ZERO)
            .await
            .map_err(error)?;
        let (me, parent) = (owner::this_process(), owner::parent());
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "REPLACE INTO {}.runs (id, host, pid, pid_start, parent_pid, parent_start)
             VALUES (?, ?, ?, ?, ?, ?)",
            sql::quote(COORDINATION_DATABASE)
        )))
        .bind(run_id())
        .bind(&me.host)
        .bind(me.pid)
        .bind(me.pid_start)
        .bind(parent.pid)
        .bind(parent.pid_start)
        .execute(&mut keeper)
        .await
        .map_err(error)?;
        sweep(&server, &mut keeper).await.map_err(error)?;
        Ok(MySqlRun {
            keeper: tokio::sync::Mutex::new(Some(keeper)),
        })
    }

    async fn shut_down(&self) {
        if let Some(mut keeper) = self.keeper.lock().await.take() {
            let _ = sqlx::query(sqlx::AssertSqlSafe(format!(
                "DELETE FROM {}.runs WHERE id = ?",
                sql::quote(COORDINATION_DATABASE)
            )))
            .bind(run_id())
            .execute(&mut keeper)
            .await;
            let _ = keeper.close().await;
        }
    }
}

fn run_lock(run: &str) -> String {
    format!("itest_run_{run}")
}

/// Drops what runs that are gone left behind: their fresh copies (a kept
/// one once the `cargo test` that kept it has ended). A run is gone when its
/// lock is free and, on this machine, its process no longer exists; a run
/// of another machine whose lock is free is gone when no session uses its
/// databases.
async fn sweep(server: &MySqlServer, conn: &mut MySqlConnection) -> Result<(), sqlx::Error> {
    let runs: Vec<(String, String, i64, i64, i64, i64)> =
        sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT id, host, pid, pid_start, parent_pid, parent_start FROM {}.runs WHERE id <> ?",
            sql::quote(COORDINATION_DATABASE)
        )))
        .bind(run_id())
        .fetch_all(&mut *conn)
        .await?;
    // Copies whose run never registered (killed in between) belong to no row.
    let orphans: Vec<(String, String, String)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT o.name, o.run, o.state FROM {db}.owned AS o
         WHERE o.kind = 'fresh' AND o.run <> ?
           AND NOT EXISTS (SELECT 1 FROM {db}.runs AS r WHERE r.id = o.run)",
        db = sql::quote(COORDINATION_DATABASE)
    )))
    .bind(run_id())
    .fetch_all(&mut *conn)
    .await?;
    for (id, host, pid, pid_start, parent_pid, parent_start) in runs {
        if !sql::is_free(conn, &run_lock(&id)).await? {
            continue;
        }
        let copies: Vec<(String, String)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT name, state FROM {}.owned WHERE kind = 'fresh' AND run = ?",
            sql::quote(COORDINATION_DATABASE)
        )))
        .bind(&id)
        .fetch_all(&mut *conn)
        .await?;
        let gone = match owner::is_alive(&host, pid, pid_start) {
            Some(alive) => !alive,
            None => {
                let mut used = false;
                for (name, _) in &copies {
                    let sessions: i64 = sqlx::query_scalar(
                        "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = ?",
                    )
                    .bind(name)
                    .fetch_one(&mut *conn)
                    .await?;
                    used |= sessions > 0;
                }
                !used
            }
        };
        if !gone {
            continue;
        }
        let invocation_alive = owner::is_alive(&host, parent_pid, parent_start) == Some(true);
        let mut kept_any = false;
        for (name, state) in copies {
            if state == "kept" && invocation_alive {
                kept_any = true;
                continue;
            }
            drop_if_ours(server, conn, &name).await?;
        }
        if !kept_any {
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "DELETE FROM {}.runs WHERE id = ?",
                sql::quote(COORDINATION_DATABASE)
            )))
            .bind(&id)
            .execute(&mut *conn)
            .await?;
        }
    }
    for (name, run, _) in orphans {
        // Registered a moment ago by a run that is registering itself now.
        if !sql::is_free(conn, &run_lock(&run)).await? {
            continue;
        }
        drop_if_ours(server, conn, &name).await?;
    }
    Ok(())
}

async fn drop_if_ours(
    server: &MySqlServer,
    conn: &mut MySqlConnection,
    name: &str,
) -> Result<(), sqlx::Error> {
    match sql::ownership(conn, name).await? {
        sql::Ownership::Ours { .. } | sql::Ownership::Missing => {
            sql::kill(conn, &[], Some(name)).await?;
            sql::drop_owned(conn, name).await
        }
        sql::Ownership::NotOurs => {
            eprintln!("itest: {}", foreign(name, &server.description));
            Ok(())
        }
    }
}
