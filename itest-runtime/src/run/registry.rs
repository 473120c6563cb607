//! The registry in the coordination database: which runs exist, which
//! databases are being made, and when each template was last used. It is
//! what lets itest prove that it made an object before dropping it, and
//! tell a dead run from a live one whose session was lost.
//!
//! Everything sits in schema `itest` of `itest_coordination`, readable and
//! writable by every role, since runs of several roles share one server.

use sqlx::{AssertSqlSafe, Executor, PgConnection, Row};

use crate::backend::quote;
use crate::mark::{self, lock_key, COORDINATION_DATABASE};

const WHAT: &str = "coordination database";

/// What a look at the coordination database found.
#[derive(Debug)]
pub(crate) struct Found {
    comment: Option<String>,
    tables: bool,
    /// Tables, views and sequences outside itest's schema: a user's database.
    others: i64,
}

impl Found {
    pub(crate) fn is_ready(&self) -> bool {
        self.tables && mark::is_mark(COORDINATION_DATABASE, self.comment.as_deref(), WHAT)
    }
}

pub(crate) async fn inspect(conn: &mut PgConnection) -> Result<Found, sqlx::Error> {
    // The simple protocol: every process runs this once, in one round trip
    // where a prepared statement takes two.
    let row = sqlx::raw_sql(
        r#"SELECT shobj_description(d.oid, 'pg_database'),
                  to_regclass('itest.runs') IS NOT NULL AND to_regclass('itest.intents') IS NOT NULL
                      AND to_regclass('itest.templates') IS NOT NULL
                      AND to_regclass('itest.kept') IS NOT NULL
                      AND to_regclass('itest.pristine') IS NOT NULL,
                  (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'itest')
                     AND n.nspname NOT LIKE 'pg\_%' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f'))
           FROM pg_database d WHERE d.datname = current_database()"#,
    )
    .fetch_one(conn)
    .await?;
    let (comment, tables, others): (Option<String>, bool, i64) =
        (row.try_get(0)?, row.try_get(1)?, row.try_get(2)?);
    Ok(Found {
        comment,
        tables,
        others,
    })
}

pub(crate) async fn create_database(conn: &mut PgConnection) -> Result<(), sqlx::Error> {
    let created = conn
        .execute(AssertSqlSafe(format!(
            "CREATE DATABASE {}",
            quote(COORDINATION_DATABASE)
        )))
        .await;
    match created {
        Ok(_) => Ok(()),
        // 42P04 duplicate_database, 23505 unique_violation: made by another
        // process at the same moment.
        Err(sqlx::Error::Database(e)) if matches!(e.code().as_deref(), Some("42P04" | "23505")) => {
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// Creates the registry and marks the database, under a lock. `false` when
/// the database is somebody else's: it has a comment that is not itest's
/// mark, or objects of its own.
pub(crate) async fn prepare(conn: &mut PgConnection) -> Result<bool, sqlx::Error> {
    sqlx::query("SELECT pg_advisory_lock($1)")
        .bind(lock_key("itest coordination database"))
        .execute(&mut *conn)
        .await?;
    let found = inspect(conn).await?;
    if found.is_ready() {
        return Ok(true);
    }
    let marked = mark::is_mark(COORDINATION_DATABASE, found.comment.as_deref(), WHAT);
    // Unmarked but empty: itest made it and died before marking it, or
    // someone made an empty one; either way using it loses nothing.
    let empty = found.comment.as_deref().unwrap_or("").is_empty() && found.others == 0;
    if !marked && !empty {
        return Ok(false);
    }
    conn.execute(AssertSqlSafe(format!(
        r#"
        CREATE SCHEMA IF NOT EXISTS itest;
        CREATE TABLE IF NOT EXISTS itest.runs (
            run text PRIMARY KEY,
            role name NOT NULL DEFAULT current_user,
            -- Boot id and pid namespace: where `pid` names the run's process.
            host text NOT NULL,
            pid bigint NOT NULL,
            -- The process's start time, so a reused pid is not taken for it.
            pid_start bigint NOT NULL,
            started timestamptz NOT NULL DEFAULT now(),
            -- Set by a process that found the run's lock free; cleared by the
            -- run when it takes its lock again.
            suspect_since timestamptz,
            schema_databases text[] NOT NULL DEFAULT '{{}}'
        );
        CREATE TABLE IF NOT EXISTS itest.intents (
            database text PRIMARY KEY,
            run text NOT NULL,
            since timestamptz NOT NULL DEFAULT now()
        );
        CREATE TABLE IF NOT EXISTS itest.templates (
            name text PRIMARY KEY,
            role name NOT NULL DEFAULT current_user,
            last_used timestamptz NOT NULL DEFAULT now()
        );
        -- Runs that kept a failed test's objects (ITEST_KEEP=failed), and the
        -- process that started them (cargo test, nextest run): kept objects
        -- last until that invocation has ended.
        CREATE TABLE IF NOT EXISTS itest.kept (
            run text PRIMARY KEY,
            host text NOT NULL,
            pid bigint NOT NULL,
            pid_start bigint NOT NULL
        );
        -- Fresh workers handed back clean: the cutoff (a transaction id)
        -- from which nothing in them changed, and their seal if they were
        -- closed to connections before it; what their template holds
        -- (backend/postgres_pristine.rs). No row: in use, or left dirty.
        CREATE TABLE IF NOT EXISTS itest.pristine (
            database text PRIMARY KEY,
            since text NOT NULL,
            profile text NOT NULL
        );
        GRANT USAGE ON SCHEMA itest TO PUBLIC;
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA itest TO PUBLIC;
        COMMENT ON DATABASE {} IS {};
        "#,
        quote(COORDINATION_DATABASE),
        literal(&mark::mark(COORDINATION_DATABASE, WHAT)),
    )))
    .await?;
    Ok(true)
}

/// A run as the registry knows it.
#[derive(Debug, Clone)]
pub(crate) struct RunRow {
    pub run: String,
    pub host: String,
    pub pid: i64,
    pub pid_start: i64,
    /// Seconds since another process first found its lock free, if it did.
    pub suspect_for: Option<f64>,
    pub schema_databases: Vec<String>,
}

/// Takes the run's lock and registers it, in one round trip.
pub(crate) async fn register(
    conn: &mut PgConnection,
    key: i64,
    row: &RunRow,
) -> Result<(), sqlx::Error> {
    conn.execute(AssertSqlSafe(format!(
        "SELECT pg_advisory_lock({key});
         INSERT INTO itest.runs (run, host, pid, pid_start) VALUES ({}, {}, {}, {})
             ON CONFLICT (run) DO UPDATE SET suspect_since = NULL;",
        literal(&row.run),
        literal(&row.host),
        row.pid,
        row.pid_start,
    )))
    .await?;
    Ok(())
}

/// The runs of the current role other than `except`.
pub(crate) async fn other_runs(
    conn: &mut PgConnection,
    except: &str,
) -> Result<Vec<RunRow>, sqlx::Error> {
    type Row = (String, String, i64, i64, Option<f64>, Vec<String>);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT run, host, pid, pid_start,
                extract(epoch FROM now() - suspect_since)::float8, schema_databases
         FROM itest.runs WHERE role = current_user AND run <> $1",
    )
    .bind(except)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(run, host, pid, pid_start, suspect_for, schema_databases)| RunRow {
                run,
                host,
                pid,
                pid_start,
                suspect_for,
                schema_databases,
            },
        )
        .collect())
}

/// The invocation (host, pid, start time) `run` kept a failed test's objects for.
pub(crate) async fn kept_by(
    conn: &mut PgConnection,
    run: &str,
) -> Result<Option<(String, i64, i64)>, sqlx::Error> {
    sqlx::query_as("SELECT host, pid, pid_start FROM itest.kept WHERE run = $1")
        .bind(run)
        .fetch_optional(conn)
        .await
}

/// Records that `run` kept a failed test's objects, and which invocation
/// (the process that started this one) they are kept for.
pub(crate) async fn keep(
    conn: &mut PgConnection,
    run: &str,
    invocation: (&str, i64, i64),
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO itest.kept (run, host, pid, pid_start) VALUES ($1, $2, $3, $4)
         ON CONFLICT (run) DO NOTHING",
    )
    .bind(run)
    .bind(invocation.0)
    .bind(invocation.1)
    .bind(invocation.2)
    .execute(conn)
    .await?;
    Ok(())
}

pub(crate) async fn suspect(conn: &mut PgConnection, run: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE itest.runs SET suspect_since = now() WHERE run = $1 AND suspect_since IS NULL",
    )
    .bind(run)
    .execute(conn)
    .await?;
    Ok(())
}

pub(crate) async fn forget(conn: &mut PgConnection, run: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM itest.runs WHERE run = $1")
        .bind(run)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM itest.kept WHERE run = $1")
        .bind(run)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "DELETE FROM itest.intents i WHERE run = $1
         AND NOT EXISTS (SELECT FROM pg_database d WHERE d.datname = i.database)",
    )
    .bind(run)
    .execute(conn)
    .await?;
    Ok(())
}

/// Whether a session of `run` (its application names start `itest-<run>-`) is connected.
pub(crate) async fn has_sessions(conn: &mut PgConnection, run: &str) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT EXISTS (SELECT FROM pg_stat_activity
                        WHERE starts_with(application_name, 'itest-' || $1 || '-'))",
    )
    .bind(run)
    .fetch_one(conn)
    .await
}

/// Ends the sessions of `run`, a run whose process is gone: a statement it
/// sent before it died (a `CREATE DATABASE`) may still be running, and
/// would otherwise finish after the sweep looked.
pub(crate) async fn end_sessions_of(conn: &mut PgConnection, run: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity
         WHERE starts_with(application_name, 'itest-' || $1 || '-')",
    )
    .bind(run)
    .execute(conn)
    .await?;
    Ok(())
}

/// Client sessions connected to `database`, other than the caller's: not
/// autovacuum, which visits every database now and then, sealed or not.
pub(crate) async fn sessions_in(
    conn: &mut PgConnection,
    database: &str,
) -> Result<i64, sqlx::Error> {
    // The simple protocol: a process per test (nextest) runs this once per
    // lease, in one round trip where a prepared statement takes two.
    sqlx::raw_sql(AssertSqlSafe(format!(
        "SELECT count(*) FROM pg_stat_activity
         WHERE datname = {} AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
        literal(database)
    )))
    .fetch_one(conn)
    .await?
    .try_get(0)
}

pub(crate) async fn add_schema_database(
    conn: &mut PgConnection,
    run: &str,
    database: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE itest.runs SET schema_databases = array_append(schema_databases, $2)
         WHERE run = $1 AND NOT $2 = ANY (schema_databases)",
    )
    .bind(run)
    .bind(database)
    .execute(conn)
    .await?;
    Ok(())
}

/// Takes the record that `database` was handed back clean, if there is one:
/// from now on it is in use, and a process that dies with it leaves it dirty.
pub(crate) async fn take_pristine(
    conn: &mut PgConnection,
    database: &str,
) -> Result<Option<(String, String)>, sqlx::Error> {
    // The simple protocol: a process per test (nextest) runs this once, in
    // one round trip where a prepared statement takes two.
    let row = sqlx::raw_sql(AssertSqlSafe(format!(
        "DELETE FROM itest.pristine WHERE database = {} RETURNING since, profile",
        literal(database)
    )))
    .fetch_optional(conn)
    .await?;
    row.map(|row| Ok((row.try_get(0)?, row.try_get(1)?)))
        .transpose()
}

/// Records that `database` was handed back clean, as `at_rest` says
/// (`backend::AtRest`).
pub(crate) async fn put_pristine(
    conn: &mut PgConnection,
    database: &str,
    at_rest: &str,
    profile: &str,
) -> Result<(), sqlx::Error> {
    sqlx::raw_sql(AssertSqlSafe(format!(
        "INSERT INTO itest.pristine (database, since, profile) VALUES ({database}, {at_rest}, {profile})
         ON CONFLICT (database) DO UPDATE SET since = excluded.since, profile = excluded.profile",
        database = literal(database),
        at_rest = literal(at_rest),
        profile = literal(profile),
    )))
    .execute(conn)
    .await?;
    Ok(())
}

/// Forgets `database` as handed back clean (it was dropped).
pub(crate) async fn forget_pristine(
    conn: &mut PgConnection,
    database: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM itest.pristine WHERE database = $1")
        .bind(database)
        .execute(conn)
        .await?;
    Ok(())
}

/// Records that `run` is about to create `database`: a database found
/// without its mark is itest's only if an intent names it.
pub(crate) async fn intend(
    conn: &mut PgConnection,
    database: &str,
    run: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO itest.intents (database, run) VALUES ($1, $2)
         ON CONFLICT (database) DO UPDATE SET run = $2, since = now()",
    )
    .bind(database)
    .bind(run)
    .execute(conn)
    .await?;
    Ok(())
}

pub(crate) async fn intended(conn: &mut PgConnection, database: &str) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar("SELECT EXISTS (SELECT FROM itest.intents WHERE database = $1)")
        .bind(database)
        .fetch_one(conn)
        .await
}

pub(crate) async fn done(conn: &mut PgConnection, database: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM itest.intents WHERE database = $1")
        .bind(database)
        .execute(conn)
        .await?;
    Ok(())
}

/// The comment of database `name` (`None` when it does not exist), and
/// records that its template is in use, in one round trip.
pub(crate) async fn look_up_template(
    conn: &mut PgConnection,
    name: &str,
) -> Result<Option<Option<String>>, sqlx::Error> {
    // Written at most once a minute per template, so a suite of many
    // processes (nextest) does not write once per process.
    // The shared transaction lock waits for a garbage collection that is
    // dropping this template (it holds the lock exclusively), so a lookup
    // never finds a template that is about to go.
    // The simple protocol, with the name as a literal: every process runs
    // this once, in one round trip where a prepared statement takes two.
    let key = crate::mark::template_use_key(name);
    let name = format!("'{}'", name.replace('\'', "''"));
    let row = sqlx::raw_sql(AssertSqlSafe(format!(
        "WITH using_it AS (SELECT pg_advisory_xact_lock_shared({key}::bigint)),
         used AS (
             INSERT INTO itest.templates (name) SELECT {name} FROM using_it
             ON CONFLICT (name) DO UPDATE SET last_used = now()
                 WHERE itest.templates.last_used < now() - interval '1 minute'
         )
         SELECT shobj_description(oid, 'pg_database') FROM pg_database, using_it
         WHERE datname = {name}"
    )))
    .fetch_optional(conn)
    .await?;
    row.map(|row| row.try_get(0)).transpose()
}

/// Templates of the current role, least recently used first, with the
/// seconds since their last use.
pub(crate) async fn templates(conn: &mut PgConnection) -> Result<Vec<(String, f64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT name, extract(epoch FROM now() - last_used)::float8 FROM itest.templates
         WHERE role = current_user ORDER BY last_used",
    )
    .fetch_all(conn)
    .await
}

/// Seconds since `template` was last used, if the registry knows it.
pub(crate) async fn idle_for(
    conn: &mut PgConnection,
    template: &str,
) -> Result<Option<f64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT extract(epoch FROM now() - last_used)::float8 FROM itest.templates WHERE name = $1",
    )
    .bind(template)
    .fetch_optional(conn)
    .await
}

pub(crate) async fn forget_template(
    conn: &mut PgConnection,
    name: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM itest.templates WHERE name = $1")
        .bind(name)
        .execute(conn)
        .await?;
    Ok(())
}

/// A string literal for statements sent without parameters.
pub(crate) fn literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}
