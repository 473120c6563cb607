//! The SQL itest runs on MySQL/MariaDB: itest's registry of what it made (the
//! durable mark MySQL's missing database comments cannot be), locks that
//! die with their session, and how databases are copied, emptied and dropped.

use std::time::Duration;

use sqlx::{AssertSqlSafe, Executor, MySqlConnection, Row};

use crate::mark::{mark, verify, COORDINATION_DATABASE};
use crate::Error;

/// Quotes an identifier. itest's own names are plain; quoting keeps that an invariant.
pub(crate) fn quote(identifier: &str) -> String {
    format!("`{}`", identifier.replace('`', "``"))
}

/// The registry: one row per database itest made (made first, as an
/// intent), and one per live run.
pub(crate) async fn prepare_coordination(conn: &mut MySqlConnection) -> Result<(), sqlx::Error> {
    let db = quote(COORDINATION_DATABASE);
    conn.execute(AssertSqlSafe(format!(
        "CREATE DATABASE IF NOT EXISTS {db};
         CREATE TABLE IF NOT EXISTS {db}.owned (
             name VARCHAR(64) PRIMARY KEY,
             kind VARCHAR(32) NOT NULL,
             run VARCHAR(64) NOT NULL,
             mark VARCHAR(160) NOT NULL,
             state VARCHAR(16) NOT NULL,
             created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
         ) ENGINE = InnoDB;
         CREATE TABLE IF NOT EXISTS {db}.runs (
             id VARCHAR(64) PRIMARY KEY,
             host VARCHAR(160) NOT NULL,
             pid BIGINT NOT NULL,
             pid_start BIGINT NOT NULL,
             parent_pid BIGINT NOT NULL,
             parent_start BIGINT NOT NULL,
             started_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
         ) ENGINE = InnoDB"
    )))
    .await?;
    Ok(())
}

/// What the registry and the catalog say about a database name.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Ownership {
    /// itest made it (its mark checks): its kind, run and state.
    Ours {
        kind: String,
        run: String,
        state: String,
        exists: bool,
    },
    /// Neither in the registry nor on the server.
    Missing,
    /// On the server without a valid registry row: never touched.
    NotOurs,
}

pub(crate) async fn ownership(
    conn: &mut MySqlConnection,
    name: &str,
) -> Result<Ownership, sqlx::Error> {
    let row = sqlx::query(AssertSqlSafe(format!(
        "SELECT o.kind, o.run, o.mark, o.state,
                EXISTS(SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?) AS present
         FROM (SELECT 1) AS one
         LEFT JOIN {}.owned AS o ON o.name = ?",
        quote(COORDINATION_DATABASE)
    )))
    .bind(name)
    .bind(name)
    .fetch_one(&mut *conn)
    .await?;
    let exists: bool = row.try_get::<i64, _>("present")? != 0;
    let kind: Option<String> = row.try_get("kind")?;
    Ok(match kind {
        Some(kind) => {
            let written: String = row.try_get("mark")?;
            if verify(name, &written) != Some(kind.as_str()) {
                return Ok(if exists {
                    Ownership::NotOurs
                } else {
                    Ownership::Missing
                });
            }
            Ownership::Ours {
                kind,
                run: row.try_get("run")?,
                state: row.try_get("state")?,
                exists,
            }
        }
        None if exists => Ownership::NotOurs,
        None => Ownership::Missing,
    })
}

/// Records that this run is about to make `name`: a crash between this and
/// the CREATE leaves a row without a database, which is harmless.
pub(crate) async fn register(
    conn: &mut MySqlConnection,
    name: &str,
    kind: &str,
    run: &str,
    state: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(AssertSqlSafe(format!(
        "REPLACE INTO {}.owned (name, kind, run, mark, state) VALUES (?, ?, ?, ?, ?)",
        quote(COORDINATION_DATABASE)
    )))
    .bind(name)
    .bind(kind)
    .bind(run)
    .bind(mark(name, kind))
    .bind(state)
    .execute(conn)
    .await?;
    Ok(())
}

pub(crate) async fn set_state(
    conn: &mut MySqlConnection,
    name: &str,
    state: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(AssertSqlSafe(format!(
        "UPDATE {}.owned SET state = ? WHERE name = ?",
        quote(COORDINATION_DATABASE)
    )))
    .bind(state)
    .bind(name)
    .execute(conn)
    .await?;
    Ok(())
}

/// Drops a database itest made, then forgets it. The caller has checked
/// [`ownership`]: this is never called for one that is not ours.
pub(crate) async fn drop_owned(conn: &mut MySqlConnection, name: &str) -> Result<(), sqlx::Error> {
    conn.execute(AssertSqlSafe(format!(
        "DROP DATABASE IF EXISTS {}",
        quote(name)
    )))
    .await?;
    sqlx::query(AssertSqlSafe(format!(
        "DELETE FROM {}.owned WHERE name = ?",
        quote(COORDINATION_DATABASE)
    )))
    .bind(name)
    .execute(conn)
    .await?;
    Ok(())
}

/// Takes a lock named `name` for this session, waiting up to `wait`. MySQL
/// locks are server-wide and end with their session, so a killed process
/// frees its locks.
pub(crate) async fn lock(
    conn: &mut MySqlConnection,
    name: &str,
    wait: Duration,
) -> Result<bool, sqlx::Error> {
    let got: Option<i64> = sqlx::query_scalar("SELECT GET_LOCK(?, ?)")
        .bind(lock_name(name))
        .bind(wait.as_secs_f64())
        .fetch_one(conn)
        .await?;
    Ok(got == Some(1))
}

pub(crate) async fn try_lock(conn: &mut MySqlConnection, name: &str) -> Result<bool, sqlx::Error> {
    lock(conn, name, Duration::ZERO).await
}

pub(crate) async fn unlock(conn: &mut MySqlConnection, name: &str) -> Result<(), sqlx::Error> {
    sqlx::query("SELECT RELEASE_LOCK(?)")
        .bind(lock_name(name))
        .execute(conn)
        .await?;
    Ok(())
}

pub(crate) async fn is_free(conn: &mut MySqlConnection, name: &str) -> Result<bool, sqlx::Error> {
    let free: Option<i64> = sqlx::query_scalar("SELECT IS_FREE_LOCK(?)")
        .bind(lock_name(name))
        .fetch_one(conn)
        .await?;
    Ok(free == Some(1))
}

/// Lock names are at most 64 characters.
fn lock_name(name: &str) -> String {
    match name.len() {
        0..=64 => name.to_owned(),
        _ => format!("itest_{:016x}", crate::mark::lock_key(name)),
    }
}

/// Ends sessions: those with these ids, and every session on `database`
/// (but the caller's). Their transactions roll back, their locks go.
pub(crate) async fn kill(
    conn: &mut MySqlConnection,
    ids: &[u64],
    database: Option<&str>,
) -> Result<(), sqlx::Error> {
    let mut targets = ids.to_vec();
    if let Some(database) = database {
        // Signed or not depends on the server: one type for both.
        let on_it: Vec<i64> = sqlx::query_scalar(
            "SELECT CAST(ID AS SIGNED) FROM information_schema.PROCESSLIST
             WHERE DB = ? AND ID <> CONNECTION_ID()",
        )
        .bind(database)
        .fetch_all(&mut *conn)
        .await?;
        targets.extend(on_it.into_iter().filter_map(|id| u64::try_from(id).ok()));
    }
    for id in targets {
        match conn.execute(AssertSqlSafe(format!("KILL {id}"))).await {
            Ok(_) => {}
            // 1094: unknown thread id: it has ended already.
            Err(sqlx::Error::Database(e)) if e.code().as_deref() == Some("HY000") => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Base tables of `database`, parents before children (by foreign keys),
/// without sqlx's bookkeeping.
pub(crate) async fn tables(
    conn: &mut MySqlConnection,
    database: &str,
) -> Result<Vec<String>, sqlx::Error> {
    let names: Vec<String> = sqlx::query_scalar(
        "SELECT TABLE_NAME FROM information_schema.TABLES
         WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME",
    )
    .bind(database)
    .fetch_all(&mut *conn)
    .await?;
    Ok(names)
}

/// Copies `from` into a new database `to`: each table as `SHOW CREATE
/// TABLE` gives it (foreign keys, indexes, AUTO_INCREMENT counter), its rows,
/// then views. One round trip for all the DDL, one for all the rows.
pub(crate) async fn copy_database(
    conn: &mut MySqlConnection,
    from: &str,
    to: &str,
) -> Result<(), sqlx::Error> {
    let names = tables(conn, from).await?;
    let (qf, qt) = (quote(from), quote(to));
    let mut ddl = format!(
        "CREATE DATABASE {qt}; SET @itest_fk = @@foreign_key_checks; SET foreign_key_checks = 0; "
    );
    let mut rows = String::new();
    for name in &names {
        let row = sqlx::query(AssertSqlSafe(format!(
            "SHOW CREATE TABLE {qf}.{}",
            quote(name)
        )))
        .fetch_one(&mut *conn)
        .await?;
        let create: String = row.try_get(1)?;
        // `CREATE TABLE `t` (..`: qualify the name with the new database.
        let body = create.strip_prefix("CREATE TABLE ").ok_or_else(|| {
            sqlx::Error::Protocol(format!("unexpected SHOW CREATE TABLE: {create}"))
        })?;
        ddl.push_str(&format!("CREATE TABLE {qt}.{body}; "));
        rows.push_str(&format!(
            "INSERT INTO {qt}.{q} SELECT * FROM {qf}.{q}; ",
            q = quote(name)
        ));
    }
    let views: Vec<(String, String)> = sqlx::query_as(
        "SELECT TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS WHERE TABLE_SCHEMA = ?",
    )
    .bind(from)
    .fetch_all(&mut *conn)
    .await?;
    conn.execute(AssertSqlSafe(ddl)).await?;
    let copy = async {
        if !rows.is_empty() {
            conn.execute(AssertSqlSafe(rows)).await?;
        }
        for (view, definition) in &views {
            // Definitions name the source database: point them at the copy.
            let definition = definition.replace(&qf, &qt);
            conn.execute(AssertSqlSafe(format!(
                "CREATE VIEW {qt}.{} AS {definition}",
                quote(view)
            )))
            .await?;
        }
        Ok::<_, sqlx::Error>(())
    };
    let copied = copy.await;
    conn.execute("SET foreign_key_checks = @itest_fk").await?;
    copied
}

/// Empties what a test wrote in `database`, so that it equals `template`
/// again. `tables` are the template's (without sqlx's bookkeeping), and
/// `seeded` those of them with rows. One query finds the tables that have
/// rows now or whose AUTO_INCREMENT counter moved past the template's;
/// one batch empties them with DELETE (much cheaper than TRUNCATE on
/// InnoDB), puts the template's rows back, and resets the counters.
/// Returns the tables it touched.
pub(crate) async fn empty_tables(
    conn: &mut MySqlConnection,
    database: &str,
    template: &str,
    tables: &[String],
    seeded: &[String],
) -> Result<Vec<String>, sqlx::Error> {
    if tables.is_empty() {
        return Ok(Vec::new());
    }
    // TABLE_ROWS is an estimate on InnoDB: ask each table for one row.
    let mut probe = tables
        .iter()
        .map(|name| {
            format!(
                "SELECT ? AS t FROM DUAL WHERE EXISTS (SELECT 1 FROM {}.{})",
                quote(database),
                quote(name)
            )
        })
        .collect::<Vec<_>>()
        .join(" UNION ");
    // A rolled-back or deleted insert leaves no row but a counter moved on.
    probe.push_str(
        " UNION SELECT w.TABLE_NAME FROM information_schema.TABLES AS w
           JOIN information_schema.TABLES AS s
             ON s.TABLE_SCHEMA = ? AND s.TABLE_NAME = w.TABLE_NAME
          WHERE w.TABLE_SCHEMA = ? AND w.AUTO_INCREMENT > s.AUTO_INCREMENT
            AND w.TABLE_NAME <> '_sqlx_migrations'",
    );
    let mut query = sqlx::query_scalar::<_, String>(AssertSqlSafe(probe));
    for name in tables {
        query = query.bind(name.as_str());
    }
    let mut written: Vec<String> = query
        .bind(template)
        .bind(database)
        .fetch_all(&mut *conn)
        .await?;
    for seeded in seeded {
        if !written.contains(seeded) {
            written.push(seeded.clone());
        }
    }
    if written.is_empty() {
        return Ok(written);
    }
    let (qd, qt) = (quote(database), quote(template));
    let mut sql = "SET @itest_fk = @@foreign_key_checks; SET foreign_key_checks = 0; ".to_owned();
    for name in &written {
        let q = quote(name);
        sql.push_str(&format!("DELETE FROM {qd}.{q}; "));
        if seeded.contains(name) {
            sql.push_str(&format!("INSERT INTO {qd}.{q} SELECT * FROM {qt}.{q}; "));
        }
        // InnoDB raises 1 to the lowest value the rows left allow: the template's.
        sql.push_str(&format!("ALTER TABLE {qd}.{q} AUTO_INCREMENT = 1; "));
    }
    sql.push_str("SET foreign_key_checks = @itest_fk");
    conn.execute(AssertSqlSafe(sql)).await?;
    Ok(written)
}

/// Tables of `database` that have rows (the template's seeded tables),
/// asked in one query.
pub(crate) async fn tables_with_rows(
    conn: &mut MySqlConnection,
    database: &str,
    tables: &[String],
) -> Result<Vec<String>, sqlx::Error> {
    if tables.is_empty() {
        return Ok(Vec::new());
    }
    let probe = tables
        .iter()
        .map(|name| {
            format!(
                "SELECT ? AS t FROM DUAL WHERE EXISTS (SELECT 1 FROM {}.{})",
                quote(database),
                quote(name)
            )
        })
        .collect::<Vec<_>>()
        .join(" UNION ALL ");
    let mut query = sqlx::query_scalar::<_, String>(AssertSqlSafe(probe));
    for name in tables {
        query = query.bind(name.as_str());
    }
    query.fetch_all(conn).await
}

/// Whether the transaction the test began is still open: DDL, TRUNCATE and
/// a few other statements commit it silently in MySQL.
pub(crate) async fn transaction_still_open(
    conn: &mut MySqlConnection,
) -> Result<bool, sqlx::Error> {
    // MariaDB has @@in_transaction; MySQL lists the transaction (begun WITH
    // CONSISTENT SNAPSHOT, so InnoDB knows it from the start).
    match sqlx::query_scalar::<_, u64>("SELECT @@in_transaction")
        .fetch_one(&mut *conn)
        .await
    {
        Ok(open) => Ok(open != 0),
        Err(sqlx::Error::Database(_)) => {
            let open: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM information_schema.INNODB_TRX
                 WHERE trx_mysql_thread_id = CONNECTION_ID()",
            )
            .fetch_one(conn)
            .await?;
            Ok(open > 0)
        }
        Err(e) => Err(e),
    }
}

/// Whether `error` says the user may not create databases.
pub(crate) fn is_permission_denied(error: &sqlx::Error) -> bool {
    // 1044: access denied for user to database; 1227: lacks a privilege.
    matches!(error, sqlx::Error::Database(e)
        if e.try_downcast_ref::<sqlx::mysql::MySqlDatabaseError>()
            .is_some_and(|e| matches!(e.number(), 1044 | 1227)))
}

/// A database with an itest name that itest cannot prove it made.
pub(crate) fn foreign(name: &str, server: &str) -> Error {
    Error::Isolation(format!(
        "refusing to use `{name}` on {server}: it has an itest name but no valid entry in \
         {COORDINATION_DATABASE}.owned, so itest did not create it and will not write to, empty \
         or drop it. If its data matters, copy it elsewhere (MySQL cannot rename a database); \
         if not, drop it yourself (DROP DATABASE `{name}`)"
    ))
}
