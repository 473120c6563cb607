//! This run on a MySQL server: its registration and lock, and the sweep
//! of what runs that are gone left behind.

use std::sync::Arc;

use sqlx::{Connection, MySqlConnection};

use crate::backend::mysql as sql;
use crate::mark::COORDINATION_DATABASE;
use crate::owner;
use crate::server::mysql::MySqlServer;
use crate::unique::run_id;
use crate::Error;

/// This run, as other runs on the server see it: a row in the registry and
/// a lock held by a session of its own, which ends when the process does.
pub(crate) struct MySqlRun {
    keeper: tokio::sync::Mutex<Option<MySqlConnection>>,
}

impl MySqlRun {
    pub(crate) async fn start(server: Arc<MySqlServer>) -> Result<MySqlRun, Error> {
        let error = |e: sqlx::Error| server.error("registering this run", &e);
        let mut keeper = server.dedicated().await?;
        sql::prepare_coordination(&mut keeper).await.map_err(
            |e| match sql::is_permission_denied(&e) {
                true => Error::Isolation(format!(
                    "the MySQL user may not create databases on {} ({e}); itest works only in \
                     databases it creates: grant it ALL PRIVILEGES (or CREATE, DROP, INSERT, \
                     UPDATE, DELETE, SELECT, ALTER, INDEX, REFERENCES, CREATE VIEW)",
                    server.description
                )),
                false => error(e),
            },
        )?;
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

    pub(crate) async fn shut_down(&self) {
        if let Some(mut keeper) = self.keeper.lock().await.take() {
            // A run that kept a failed test's copy stays registered: the
            // sweep keeps the copy while the invocation (its parent) lives.
            let _ = sqlx::query(sqlx::AssertSqlSafe(format!(
                "DELETE FROM {db}.runs WHERE id = ?
                   AND NOT EXISTS (SELECT 1 FROM {db}.owned WHERE run = ? AND state = 'kept')",
                db = sql::quote(COORDINATION_DATABASE)
            )))
            .bind(run_id())
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
            eprintln!("itest: {}", sql::foreign(name, &server.description));
            Ok(())
        }
    }
}
