//! The migrated template a MySQL test database is copied from: one per
//! migrations content (and seed files), made once under a server-wide lock,
//! shared by every process and run on the server.

use std::sync::Arc;
use std::time::Duration;

use sha2::{Digest, Sha256};
use sqlx::migrate::Migrator;
use sqlx::mysql::MySqlPoolOptions;
use sqlx::{AssertSqlSafe, Executor};

use super::Migrations;
use crate::backend::mysql::{self as sql, Ownership};
use crate::mark::hex;
use crate::server::mysql::MySqlServer;
use crate::unique::run_id;
use crate::Error;

const LAYOUT: &str = "itest-mysql-layout-1";

/// How long a process waits for another one to finish migrating a template.
const MAKE_WAIT: Duration = Duration::from_secs(600);

pub(crate) struct MySqlTemplate {
    pub server: Arc<MySqlServer>,
    /// `itest_<digest>`: the copies are named after it.
    pub name: String,
    /// How to copy it, read once.
    pub plan: sql::CopyPlan,
    /// Its tables, without sqlx's bookkeeping.
    pub tables: Vec<String>,
    /// Those the seed files (or migrations) filled, with their columns:
    /// emptying puts their rows back.
    pub seeded: Vec<(String, String)>,
}

impl MySqlTemplate {
    pub(crate) async fn prepare(
        server: Arc<MySqlServer>,
        migrations: &Migrations,
    ) -> Result<MySqlTemplate, Error> {
        // Bumped when the way MySQL databases are prepared changes, so
        // that old templates and workers are not reused.
        let layout = Sha256::new()
            .chain_update(LAYOUT)
            .chain_update(migrations.digest()?)
            .finalize();
        let name = format!("itest_{}", &hex(&layout)[..16]);
        // `itest_coordination` exists: the run made it before any template.
        let mut admin = server.admin().await?;
        let db_error = |action: &'static str| {
            let server = Arc::clone(&server);
            move |e: sqlx::Error| server.error(action, &e)
        };
        let ready = |o: &Ownership| {
            matches!(o, Ownership::Ours { kind, state, exists: true, .. }
                if kind == "template" && state == "ready")
        };
        // After the first run a lookup finds it, without the lock.
        let found = sql::ownership(&mut admin, &name)
            .await
            .map_err(db_error("looking up a template"))?;
        if !ready(&found) {
            // A session of its own for the lock: it must not go back to a
            // pool holding it, should this future be dropped midway.
            let mut maker = server.dedicated().await?;
            let lock = format!("{name}_make");
            if !sql::lock(&mut maker, &lock, MAKE_WAIT)
                .await
                .map_err(db_error("waiting for a template"))?
            {
                return Err(Error::Isolation(format!(
                    "another process has been making template `{name}` for {} s",
                    MAKE_WAIT.as_secs()
                )));
            }
            let made = Self::make(&server, &mut maker, &name, migrations).await;
            let _ = sql::unlock(&mut maker, &lock).await;
            let _ = sqlx::Connection::close(maker).await;
            made?;
        }
        // Read once: every copy and every emptying follows it.
        let plan = sql::CopyPlan::read(&mut admin, &name)
            .await
            .map_err(db_error("reading a template"))?;
        let (tables, seeded) = (plan.tables(), plan.seeded());
        Ok(MySqlTemplate {
            server,
            name,
            plan,
            tables,
            seeded,
        })
    }

    /// Under the lock: makes the template unless another process just did.
    async fn make(
        server: &MySqlServer,
        admin: &mut sqlx::MySqlConnection,
        name: &str,
        migrations: &Migrations,
    ) -> Result<(), Error> {
        let db_error = |action: &'static str| move |e: sqlx::Error| server.error(action, &e);
        match sql::ownership(admin, name)
            .await
            .map_err(db_error("looking up a template"))?
        {
            Ownership::Ours {
                state,
                exists: true,
                ..
            } if state == "ready" => return Ok(()),
            Ownership::NotOurs => return Err(sql::foreign(name, &server.description)),
            // Half made by a process that died: its own again.
            Ownership::Ours { .. } | Ownership::Missing => {}
        }
        sql::drop_owned(admin, name)
            .await
            .map_err(db_error("dropping a half-made template"))?;
        sql::register(admin, name, "template", run_id(), "making")
            .await
            .map_err(db_error("registering a template"))?;
        admin
            .execute(AssertSqlSafe(format!(
                "CREATE DATABASE {}",
                sql::quote(name)
            )))
            .await
            .map_err(db_error("creating a template"))?;
        let migrated = Self::migrate(server, name, migrations).await;
        if let Err(e) = migrated {
            let _ = sql::drop_owned(admin, name).await;
            return Err(e);
        }
        sql::set_state(admin, name, "ready")
            .await
            .map_err(db_error("registering a template"))
    }

    async fn migrate(
        server: &MySqlServer,
        name: &str,
        migrations: &Migrations,
    ) -> Result<(), Error> {
        let pool = MySqlPoolOptions::new()
            .max_connections(1)
            .connect_lazy_with(server.options_for(name));
        let folder_error = |reason: String| Error::Migration {
            path: migrations
                .folder
                .as_ref()
                .map_or_else(|| "(none)".to_owned(), |f| f.display().to_string()),
            server: server.description.clone(),
            reason,
        };
        if let Some(folder) = &migrations.folder {
            let mut migrator = Migrator::new(folder.as_path())
                .await
                .map_err(|e| folder_error(e.to_string()))?;
            // Nobody else can reach the database while it is being made.
            migrator.set_locking(false);
            migrator
                .run(&pool)
                .await
                .map_err(|e| folder_error(e.to_string()))?;
        }
        for (path, seed) in migrations.seed_sql()? {
            pool.execute(AssertSqlSafe(seed))
                .await
                .map_err(|e| Error::Seed {
                    path,
                    server: server.description.clone(),
                    reason: e.to_string(),
                })?;
        }
        pool.close().await;
        Ok(())
    }
}
