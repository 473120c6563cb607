//! The clean-up of what dead runs left, and the garbage collection of
//! templates nobody uses any more. Both only ever drop what itest can prove
//! it made (`mark.rs`, the registry's intents) and what no live run uses.

use std::time::Duration;

use sqlx::{AssertSqlSafe, Connection, PgConnection};

use super::{registry, run_key, try_lock};
use crate::backend::{Postgres, ServerSql};
use crate::mark::{self, NAME_PREFIX};
use crate::owner;
use crate::server::Server;
use crate::unique::run_id;
use crate::Error;

/// How long a run on another machine must have had its lock free, and no
/// session, before it counts as dead. Its keeper takes the lock again within
/// about a second of the server being reachable, so this is a wide margin.
const GRACE: Duration = Duration::from_secs(30);
/// Templates kept whatever their age: the most recently used ones.
const TEMPLATES_KEPT: usize = 8;
/// Beyond those, a template unused for this long is dropped...
const TEMPLATE_IDLE: Duration = Duration::from_secs(10 * 60);
/// ...and any template unused for this long, however few there are.
const TEMPLATE_MAX_IDLE: Duration = Duration::from_secs(7 * 24 * 3600);
/// How long a collection waits for a template's lock that another run holds.
const COLLECTOR_PATIENCE: Duration = Duration::from_secs(3);

/// The mark of a fresh copy.
pub(crate) fn fresh_copy_mark(name: &str, template: &str, run: &str) -> String {
    mark::mark(name, &fresh_copy_what(template, run))
}

fn fresh_copy_what(template: &str, run: &str) -> String {
    format!("fresh copy of {template}, run {run}")
}

/// The mark of a test's schema.
pub(crate) fn schema_mark(name: &str, run: &str) -> String {
    mark::mark(name, &schema_what(run))
}

fn schema_what(run: &str) -> String {
    format!("schema, run {run}")
}

/// Drops the objects of dead runs, then unused templates.
pub(crate) async fn sweep(server: &Server) -> Result<(), Error> {
    let options = server.admin_options(&format!("itest-{}-sweep", run_id()));
    let mut conn = PgConnection::connect_with(&options)
        .await
        .map_err(|e| server.error("connecting to clean up", &e))?;
    let swept = async {
        sweep_dead_runs(server, &mut conn).await?;
        collect_templates(server, &mut conn).await
    }
    .await;
    let _ = conn.close().await;
    swept
}

async fn sweep_dead_runs(server: &Server, conn: &mut PgConnection) -> Result<(), Error> {
    let error = |e: sqlx::Error| server.error("looking for dead runs", &e);
    let runs = registry::other_runs(conn, run_id()).await.map_err(error)?;
    for row in runs {
        match owner::is_alive(&row.host, row.pid, row.pid_start) {
            Some(true) => continue,
            // Its process is gone: nothing can still use its objects, unless
            // it kept a failed test's for its invocation, which still runs.
            // Read now, not from the list: a process records what it keeps
            // before it exits, so only after its death is the record final.
            Some(false) => {
                let kept_by = registry::kept_by(conn, &row.run).await.map_err(error)?;
                let invocation_lives = kept_by.is_some_and(|(host, pid, start)| {
                    owner::is_alive(&host, pid, start) == Some(true)
                });
                if invocation_lives {
                    continue;
                }
                registry::end_sessions_of(conn, &row.run)
                    .await
                    .map_err(error)?;
                drop_run(server, conn, &row).await?
            }
            None => {
                if registry::has_sessions(conn, &row.run)
                    .await
                    .map_err(error)?
                {
                    continue;
                }
                let key = run_key(&row.run);
                if !try_lock(conn, key).await.map_err(error)? {
                    continue;
                }
                // Holding its lock, the run cannot take it back (and clear
                // its suspicion) while this decides.
                let decided = async {
                    let now = registry::other_runs(conn, run_id())
                        .await?
                        .into_iter()
                        .find(|r| r.run == row.run);
                    Ok::<_, sqlx::Error>(now.map(|r| r.suspect_for))
                }
                .await
                .map_err(error)?;
                let result = match decided {
                    None => Ok(()), // swept meanwhile
                    Some(None) => registry::suspect(conn, &row.run).await.map_err(error),
                    Some(Some(seconds)) if seconds < GRACE.as_secs_f64() => Ok(()),
                    Some(Some(_)) => drop_run(server, conn, &row).await,
                };
                Postgres::unlock(conn, key).await.map_err(error)?;
                result?;
            }
        }
    }
    Ok(())
}

/// Drops a dead run's fresh copies and schemas, then forgets the run.
async fn drop_run(
    server: &Server,
    conn: &mut PgConnection,
    row: &registry::RunRow,
) -> Result<(), Error> {
    let run = row.run.as_str();
    let error = |e: sqlx::Error| server.error("dropping a dead run's objects", &e);
    let pattern = format!("{}%\\_f{run}\\_%", NAME_PREFIX.replace('_', "\\_"));
    let databases: Vec<(String, Option<String>)> = sqlx::query_as(
        "SELECT datname::text, shobj_description(oid, 'pg_database') FROM pg_database
         WHERE datname LIKE $1 AND datdba = (SELECT oid FROM pg_roles WHERE rolname = current_user)",
    )
    .bind(&pattern)
    .fetch_all(&mut *conn)
    .await
    .map_err(error)?;
    for (database, comment) in databases {
        let Some(template) = mark::run_of_fresh_copy(&database, run) else {
            continue;
        };
        // Unmarked: the run died between creating and marking it. The name,
        // the owner and the registered run prove that it made it.
        let ours = comment.is_none()
            || mark::is_mark(
                &database,
                comment.as_deref(),
                &fresh_copy_what(template, run),
            );
        if ours {
            Postgres::drop_database(conn, &database)
                .await
                .map_err(error)?;
        }
    }
    // Read again: the list may have grown after the caller's snapshot.
    let schema_databases: Vec<String> =
        sqlx::query_scalar("SELECT schema_databases FROM itest.runs WHERE run = $1")
            .bind(run)
            .fetch_optional(&mut *conn)
            .await
            .map_err(error)?
            .unwrap_or_else(|| row.schema_databases.clone());
    for database in &schema_databases {
        drop_schemas_of(server, conn, database, run).await?;
    }
    registry::forget(conn, run).await.map_err(error)
}

async fn drop_schemas_of(
    server: &Server,
    admin: &mut PgConnection,
    database: &str,
    run: &str,
) -> Result<(), Error> {
    let Some(template) = database.strip_suffix("_schemas") else {
        return Ok(());
    };
    let comment = Postgres::database_comment(admin, database)
        .await
        .map_err(|e| server.error("looking up a schemas database", &e))?;
    let what = format!("schemas of {template}");
    if !mark::is_mark(database, comment.flatten().as_deref(), &what) {
        return Ok(());
    }
    let mut conn = PgConnection::connect_with(&server.options_for(database))
        .await
        .map_err(|e| server.error("connecting to a schemas database", &e))?;
    let dropped = async {
        let schemas = Postgres::schemas_named(&mut conn, NAME_PREFIX).await?;
        for (schema, comment) in schemas {
            if mark::is_schema_of(&schema, run)
                && mark::is_mark(&schema, comment.as_deref(), &schema_what(run))
            {
                Postgres::drop_schema(&mut conn, &schema).await?;
            }
        }
        Ok::<_, sqlx::Error>(())
    }
    .await;
    let _ = conn.close().await;
    dropped.map_err(|e| server.error("dropping a dead run's schemas", &e))
}

/// Drops templates (with their shared copies) that no run has used for a
/// while: every template beyond the most recent few after ten minutes, any
/// template after a week. Never one that a live run uses, holds a session
/// in, or is making.
pub(crate) async fn collect_templates(
    server: &Server,
    conn: &mut PgConnection,
) -> Result<(), Error> {
    let error = |e: sqlx::Error| server.error("collecting unused templates", &e);
    let templates = registry::templates(conn).await.map_err(error)?;
    let newest_first: Vec<_> = templates.iter().rev().collect();
    for (rank, (name, idle)) in newest_first.into_iter().enumerate() {
        let idle = Duration::from_secs_f64(idle.max(0.0));
        let stale = idle > TEMPLATE_MAX_IDLE || (rank >= TEMPLATES_KEPT && idle > TEMPLATE_IDLE);
        if stale && mark::is_template_name(name) {
            collect_template(conn, name).await.map_err(error)?;
        }
    }
    Ok(())
}

async fn collect_template(conn: &mut PgConnection, template: &str) -> Result<(), sqlx::Error> {
    let (create_key, use_key) = (
        mark::template_lock_key(template),
        mark::template_use_key(template),
    );
    // Waited for, not tried: a run that is creating the template holds it
    // briefly, and so does another run collecting it. Skipping then would
    // leave a run that ends after a template went stale without it being
    // gone (the other collector may still be dropping it).
    if !lock_within(conn, create_key, COLLECTOR_PATIENCE).await? {
        return Ok(());
    }
    let collected = async {
        if !try_lock(conn, use_key).await? {
            return Ok(());
        }
        // Looked at again under the lock: a run may have used it since the
        // list was read (lookups wait for this lock, so none is in between).
        let idle = registry::idle_for(conn, template).await?;
        let result = match idle {
            Some(seconds) if seconds < TEMPLATE_IDLE.as_secs_f64() => Ok(()),
            _ => drop_template_and_copies(conn, template).await,
        };
        Postgres::unlock(conn, use_key).await?;
        result
    }
    .await;
    Postgres::unlock(conn, create_key).await?;
    collected
}

/// Takes advisory lock `key`, waiting at most `patience`; `false` when
/// another session held it all that time.
async fn lock_within(
    conn: &mut PgConnection,
    key: i64,
    patience: Duration,
) -> Result<bool, sqlx::Error> {
    // One implicit transaction: the timeout is local to it, so it is gone
    // whether the lock was taken or not; the advisory lock is the session's.
    let taken = sqlx::raw_sql(AssertSqlSafe(format!(
        "SELECT set_config('lock_timeout', '{}ms', true);
         SELECT pg_advisory_lock({key}::bigint)",
        patience.as_millis()
    )))
    .execute(conn)
    .await;
    match taken {
        Ok(_) => Ok(true),
        Err(sqlx::Error::Database(e)) if e.code().as_deref() == Some("55P03") => Ok(false),
        Err(e) => Err(e),
    }
}

/// Under both of the template's locks: drops it and its shared copies when
/// they are all provably itest's and nobody is connected to any of them.
async fn drop_template_and_copies(
    conn: &mut PgConnection,
    template: &str,
) -> Result<(), sqlx::Error> {
    // Client sessions only: autovacuum visits every database now and then,
    // and DROP DATABASE ends it.
    let family: Vec<(String, Option<String>, i64)> = sqlx::query_as(
        "SELECT d.datname::text, shobj_description(d.oid, 'pg_database'),
                (SELECT count(*) FROM pg_stat_activity a
                 WHERE a.datname = d.datname AND a.backend_type = 'client backend')
         FROM pg_database d
         WHERE (d.datname = $1 OR starts_with(d.datname, $1 || '_'))
           AND d.datdba = (SELECT oid FROM pg_roles WHERE rolname = current_user)",
    )
    .bind(template)
    .fetch_all(&mut *conn)
    .await?;
    let Some((_, comment, _)) = family.iter().find(|(name, ..)| name == template) else {
        // Gone already (dropped by hand): forget it.
        return registry::forget_template(conn, template).await;
    };
    if !mark::is_mark(template, comment.as_deref(), mark::TEMPLATE_WHAT) {
        return Ok(());
    }
    if family.iter().any(|(.., sessions)| *sessions > 0) {
        return Ok(());
    }
    let mut shared = Vec::new();
    for (name, comment, _) in &family {
        if name == template {
            continue;
        }
        let suffix = &name[template.len() + 1..];
        let what = mark::shared_copy_what(suffix, template);
        let ours = match &what {
            Some(what) if mark::is_mark(name, comment.as_deref(), what) => true,
            Some(_) if comment.is_none() => registry::intended(conn, name).await?,
            // Fresh copies belong to their runs, which the sweep handles;
            // anything else is not provably itest's.
            _ => false,
        };
        if ours {
            shared.push(name.clone());
        } else if what.is_some() || !suffix.starts_with('f') {
            // A look-alike beside the template: leave the whole family.
            return Ok(());
        }
    }
    for name in shared.iter().chain(std::iter::once(&template.to_owned())) {
        Postgres::drop_database(conn, name).await?;
        registry::done(conn, name).await?;
        registry::forget_pristine(conn, name).await?;
    }
    registry::forget_template(conn, template).await
}
