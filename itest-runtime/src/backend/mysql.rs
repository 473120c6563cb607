//! The SQL itest runs on MySQL/MariaDB: itest's registry of what it made (the
//! durable mark MySQL's missing database comments cannot be), locks that
//! die with their session, and how databases are copied, emptied and dropped.
//!
//! The choices here were measured on MariaDB 10.11 with `bench/mysql-copy/`
//! (its README has the numbers): a copy is the template's `SHOW CREATE
//! TABLE` replayed in one multi-statement batch with foreign key checks
//! off, and emptying is `DELETE` of only the tables that changed, because
//! every DDL statement (CREATE, TRUNCATE, ALTER, DROP TABLE) costs
//! milliseconds where a DELETE of a few rows costs a fraction of one.
//!
//! Never run DDL of tables that reference each other on several
//! connections at once: two `DROP TABLE`s of linked tables on two
//! connections livelocked a MariaDB 10.11.19 (both threads and a purge
//! worker spinning, `KILL` ignored; only a restart ended it). Everything
//! here is one connection, one batch.

use std::time::Duration;

use sqlx::mysql::{MySqlDatabaseError, MySqlRow};
use sqlx::{AssertSqlSafe, Column, Executor, MySqlConnection, Row};

use crate::mark::{mark, verify, COORDINATION_DATABASE};
use crate::Error;

/// Quotes an identifier. itest's own names are plain; quoting keeps that an invariant.
pub(crate) fn quote(identifier: &str) -> String {
    format!("`{}`", identifier.replace('`', "``"))
}

/// A string literal, for the few statements that take no parameters.
/// Backslashes are doubled too: MySQL treats them as escapes unless
/// `NO_BACKSLASH_ESCAPES` is set, and doubling is right in either mode
/// only when the mode is off, so literals here never hold a backslash
/// that matters (names and marks are ASCII words).
fn literal(text: &str) -> String {
    format!("'{}'", text.replace('\\', "\\\\").replace('\'', "''"))
}

async fn run(conn: &mut MySqlConnection, sql: String) -> Result<(), sqlx::Error> {
    conn.execute(AssertSqlSafe(sql)).await?;
    Ok(())
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
            // It has ended already.
            Err(e) if is_unknown_thread(&e) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
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
    seeded: &[(String, String)],
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
    for (seeded, _) in seeded {
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
        // Through the column list: generated columns cannot be written.
        if let Some((_, columns)) = seeded.iter().find(|(table, _)| table == name) {
            sql.push_str(&format!(
                "INSERT INTO {qd}.{q} ({columns}) SELECT {columns} FROM {qt}.{q}; "
            ));
        }
        // InnoDB raises 1 to the lowest value the rows left allow: the template's.
        sql.push_str(&format!("ALTER TABLE {qd}.{q} AUTO_INCREMENT = 1; "));
    }
    sql.push_str("SET foreign_key_checks = @itest_fk");
    conn.execute(AssertSqlSafe(sql)).await?;
    Ok(written)
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

// ---------------------------------------------------------------------------
// Copying a database

/// What a copy of a database is made from, read once: the template does
/// not change while copies are made, so a caller making many copies reads
/// it once ([`CopyPlan::read`]) and applies it to each ([`CopyPlan::apply`]).
#[derive(Debug, Clone)]
pub(crate) struct CopyPlan {
    from: String,
    charset: String,
    collation: String,
    tables: Vec<PlannedTable>,
    /// `CREATE VIEW` statements for a database named by placeholder.
    views: Vec<(String, String)>,
}

#[derive(Debug, Clone)]
struct PlannedTable {
    name: String,
    /// SHOW CREATE TABLE: columns, indexes, foreign keys, AUTO_INCREMENT.
    ddl: String,
    /// The columns to copy rows through ([`copy_columns_query`]); `None`
    /// when the table has no rows.
    rows: Option<String>,
}

/// Stands for the target database's quoted name in a plan's view DDL.
const TARGET: &str = "\u{0}itest-target\u{0}";

impl CopyPlan {
    /// The template's tables, but sqlx's bookkeeping.
    pub(crate) fn tables(&self) -> Vec<String> {
        let user_tables = self.tables.iter().filter(|t| t.name != "_sqlx_migrations");
        user_tables.map(|t| t.name.clone()).collect()
    }

    /// Those with rows (seed data), with the columns rows are copied through.
    pub(crate) fn seeded(&self) -> Vec<(String, String)> {
        let user_tables = self.tables.iter().filter(|t| t.name != "_sqlx_migrations");
        user_tables
            .filter_map(|t| Some((t.name.clone(), t.rows.clone()?)))
            .collect()
    }

    /// Reads what copying `from` takes, in three round trips. Fails when
    /// `from` has triggers, stored routines or events, which a copy does
    /// not make: a copy missing them would pass for a faithful one.
    ///
    /// Each information_schema query filters on the column the server
    /// looks objects up by (for TRIGGERS that is EVENT_OBJECT_SCHEMA, not
    /// TRIGGER_SCHEMA): filtering on another makes the server open every
    /// table of every database, and wait on any metadata lock anywhere.
    pub(crate) async fn read(conn: &mut MySqlConnection, from: &str) -> Result<Self, sqlx::Error> {
        prepare_session(conn).await?;
        let db = quote(from);
        let objects: Vec<(String, String, Option<String>)> = sqlx::query_as(
            "SELECT 'database', DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME
             FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?
             UNION ALL
             SELECT TABLE_TYPE, TABLE_NAME, NULL FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?
             UNION ALL
             SELECT 'TRIGGER', TRIGGER_NAME, NULL FROM information_schema.TRIGGERS WHERE EVENT_OBJECT_SCHEMA = ?
             UNION ALL
             SELECT ROUTINE_TYPE, ROUTINE_NAME, NULL FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = ?
             UNION ALL
             SELECT 'EVENT', EVENT_NAME, NULL FROM information_schema.EVENTS WHERE EVENT_SCHEMA = ?",
        )
        .bind(from)
        .bind(from)
        .bind(from)
        .bind(from)
        .bind(from)
        .fetch_all(&mut *conn)
        .await?;
        let Some((_, charset, collation)) = objects.iter().find(|(kind, _, _)| kind == "database")
        else {
            return Err(sqlx::Error::InvalidArgument(format!(
                "cannot copy database {db}: it does not exist"
            )));
        };
        let (charset, collation) = (charset.clone(), collation.clone().unwrap_or_default());
        let uncopied: Vec<String> = objects
            .iter()
            .filter(|(kind, _, _)| {
                matches!(
                    kind.as_str(),
                    "TRIGGER" | "PROCEDURE" | "FUNCTION" | "EVENT"
                )
            })
            .map(|(kind, name, _)| format!("{} {name}", kind.to_lowercase()))
            .collect();
        if !uncopied.is_empty() {
            return Err(sqlx::Error::InvalidArgument(format!(
                "cannot copy database {db}: itest copies tables and views, not its {}",
                uncopied.join(", ")
            )));
        }
        let tables: Vec<&str> = objects
            .iter()
            .filter(|(kind, _, _)| kind == "BASE TABLE")
            .map(|(_, name, _)| name.as_str())
            .collect();
        let views: Vec<&str> = objects
            .iter()
            .filter(|(kind, _, _)| kind == "VIEW")
            .map(|(_, name, _)| name.as_str())
            .collect();

        // Columns and which tables have rows, then every CREATE statement:
        // one multi-statement batch, told apart by their column names.
        let mut batch = copy_columns_query(from);
        batch.push(';');
        if !tables.is_empty() {
            batch.push_str(&tables_with_rows_query(from, tables.iter().copied()));
            batch.push(';');
        }
        for name in tables.iter().chain(&views) {
            batch.push_str(&format!("SHOW CREATE TABLE {db}.{};", quote(name)));
        }
        let rows: Vec<MySqlRow> = sqlx::raw_sql(AssertSqlSafe(batch))
            .fetch_all(&mut *conn)
            .await?;
        let mut columns = Vec::new();
        let mut with_rows = Vec::new();
        let mut ddl = Vec::new();
        for row in rows {
            match row.columns()[0].name() {
                "copy_columns_of" => columns.push((row.try_get::<String, _>(0)?, row.try_get(1)?)),
                "with_rows" => with_rows.push(row.try_get::<String, _>(0)?),
                // SHOW CREATE TABLE: Table, Create Table; of a view: View, Create View, …
                _ => ddl.push((row.try_get::<String, _>(0)?, row.try_get::<String, _>(1)?)),
            }
        }
        let take_ddl = |ddl: &mut Vec<(String, String)>, name: &str| {
            ddl.iter()
                .position(|(n, _)| n == name)
                .map(|i| ddl.swap_remove(i).1)
                .ok_or_else(|| {
                    sqlx::Error::Protocol(format!("no SHOW CREATE output for {db}.{}", quote(name)))
                })
        };
        let mut planned = Vec::with_capacity(tables.len());
        for name in &tables {
            let rows = with_rows.iter().any(|t| t == name).then(|| {
                columns
                    .iter()
                    .find(|(t, _): &&(String, String)| t == name)
                    .map(|(_, c)| c.clone())
                    .unwrap_or_default()
            });
            planned.push(PlannedTable {
                name: (*name).to_owned(),
                ddl: take_ddl(&mut ddl, name)?,
                rows,
            });
        }
        let mut planned_views = Vec::with_capacity(views.len());
        for name in &views {
            let text = take_ddl(&mut ddl, name)?;
            planned_views.push(((*name).to_owned(), view_ddl(&text, from, name)));
        }
        Ok(CopyPlan {
            from: from.to_owned(),
            charset,
            collation,
            tables: planned,
            views: planned_views,
        })
    }

    /// Makes database `to` a copy of the plan's template: its default
    /// character set and collation; every table as SHOW CREATE TABLE gave
    /// it (columns, indexes, foreign keys, AUTO_INCREMENT counter); the rows
    /// of the tables that have any (`_sqlx_migrations` among them); views.
    ///
    /// One multi-statement batch on one connection, with foreign key checks
    /// off so that tables and rows may come in any order. Measured faster
    /// than one statement at a time and no slower than spreading the tables
    /// over connections, which is also what livelocked a MariaDB (module
    /// docs). `to` must not exist; [`register`] it first. On error the
    /// partial database is left for the caller to drop.
    pub(crate) async fn apply(
        &self,
        conn: &mut MySqlConnection,
        to: &str,
    ) -> Result<(), sqlx::Error> {
        let (src, dst) = (quote(&self.from), quote(to));
        let mut batch = format!(
            "CREATE DATABASE {dst} CHARACTER SET {} COLLATE {};
             SET @itest_fk_checks = @@foreign_key_checks, foreign_key_checks = 0;",
            literal(&self.charset),
            literal(&self.collation)
        );
        for table in &self.tables {
            batch.push_str(&in_database(&table.ddl, "CREATE TABLE ", &dst));
            batch.push(';');
        }
        // Rows after every table exists; INSERT … SELECT rather than CREATE
        // TABLE … SELECT, which GTID-consistent MySQL before 8.0.21 refuses.
        for table in &self.tables {
            if let Some(columns) = &table.rows {
                let name = quote(&table.name);
                batch.push_str(&format!(
                    "INSERT INTO {dst}.{name} ({columns}) SELECT {columns} FROM {src}.{name};"
                ));
            }
        }
        batch.push_str("SET foreign_key_checks = @itest_fk_checks;");
        let result = run(conn, batch).await;
        if result.is_err() {
            // A batch stops at its first error, with the checks still off.
            let _ = run(conn, "SET foreign_key_checks = 1".to_owned()).await;
        }
        result?;
        self.create_views(conn, &dst).await
    }

    /// Views may select from views, in an order the catalog does not give:
    /// each round creates what it can until all exist or a round makes none.
    async fn create_views(&self, conn: &mut MySqlConnection, dst: &str) -> Result<(), sqlx::Error> {
        let mut left: Vec<&(String, String)> = self.views.iter().collect();
        while !left.is_empty() {
            let mut failed = Vec::new();
            let mut last_error = None;
            for view in left.iter().copied() {
                if let Err(e) = run(conn, view.1.replace(TARGET, dst)).await {
                    failed.push(view);
                    last_error = Some(e);
                }
            }
            if failed.len() == left.len() {
                return Err(last_error.expect("a failed view has an error"));
            }
            left = failed;
        }
        Ok(())
    }
}

/// `ddl` (which starts with `keyword` and an unqualified name) made to
/// create its object in `database`. Unqualified REFERENCES in a CREATE
/// TABLE resolve to the new table's own database, so foreign keys between
/// the template's tables become foreign keys between the copy's.
fn in_database(ddl: &str, keyword: &str, database: &str) -> String {
    match ddl.find(keyword) {
        Some(at) => {
            let split = at + keyword.len();
            format!("{}{database}.{}", &ddl[..split], &ddl[split..])
        }
        None => ddl.to_owned(),
    }
}

/// SHOW CREATE VIEW of `from`.`name` as a statement for the target: no
/// DEFINER (setting another definer takes SUPER; the copier's own is
/// right), the target's name, and the template's name in the body (the
/// server writes every column fully qualified) replaced by the target's.
fn view_ddl(text: &str, from: &str, name: &str) -> String {
    let from = quote(from);
    let mut text = text.to_owned();
    if let Some(start) = text.find(" DEFINER=") {
        if let Some(len) = text[start + 1..].find(" SQL SECURITY") {
            text.replace_range(start..start + 1 + len, "");
        }
    }
    let view = format!("VIEW {} AS ", quote(name));
    let text = text.replacen(&view, &format!("VIEW {TARGET}.{} AS ", quote(name)), 1);
    text.replace(&format!("{from}."), &format!("{TARGET}."))
}

/// One query naming (as `with_rows`) the tables of `database` that have a row.
fn tables_with_rows_query<'a>(database: &str, tables: impl Iterator<Item = &'a str>) -> String {
    let db = quote(database);
    tables
        .map(|t| {
            format!(
                "SELECT CAST({} AS CHAR) AS with_rows FROM DUAL WHERE EXISTS (SELECT 1 FROM {db}.{})",
                literal(t),
                quote(t)
            )
        })
        .collect::<Vec<_>>()
        .join(" UNION ALL ")
}

/// Session settings the catalog queries here rely on.
///
/// MySQL 8 answers information_schema's AUTO_INCREMENT (and SHOW CREATE
/// TABLE's) from a cache up to a day old unless told not to; MariaDB reads
/// the live counter and has no such variable. And GROUP_CONCAT, which
/// lists a table's columns, stops at 1024 bytes by default on MySQL.
pub(crate) async fn prepare_session(conn: &mut MySqlConnection) -> Result<(), sqlx::Error> {
    run(
        conn,
        "SET SESSION group_concat_max_len = 1048576".to_owned(),
    )
    .await?;
    match run(
        conn,
        "SET SESSION information_schema_stats_expiry = 0".to_owned(),
    )
    .await
    {
        Err(e) if error_number(&e) == Some(ER_UNKNOWN_SYSTEM_VARIABLE) => Ok(()),
        other => other,
    }
}

/// A query listing, as (`copy_columns_of`, `copy_columns`), the columns of
/// each table of `database` that rows are copied through, by name:
/// generated columns are left out (they cannot be written), invisible ones
/// kept (`SELECT *` would skip them).
fn copy_columns_query(database: &str) -> String {
    format!(
        "SELECT TABLE_NAME AS copy_columns_of,
                GROUP_CONCAT(CONCAT('`', REPLACE(COLUMN_NAME, '`', '``'), '`')
                             ORDER BY ORDINAL_POSITION SEPARATOR ', ') AS copy_columns
         FROM information_schema.COLUMNS
         WHERE TABLE_SCHEMA = {} AND COALESCE(GENERATION_EXPRESSION, '') = ''
         GROUP BY TABLE_NAME",
        literal(database)
    )
}

// ---------------------------------------------------------------------------
// The test transaction

/// What [`transaction_still_open`] compares with: taken right after the
/// test transaction began.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TransactionMark {
    ends: u64,
}

/// Begins the test transaction as sqlx tracks it (so code under test that
/// begins its own gets savepoints), with `WITH CONSISTENT SNAPSHOT` so
/// InnoDB registers it at once, and returns the mark that
/// [`transaction_still_open`] checks against.
pub(crate) async fn begin_test_transaction(
    conn: &mut MySqlConnection,
) -> Result<TransactionMark, sqlx::Error> {
    use sqlx_core::transaction::TransactionManager;
    type Manager = <sqlx::MySql as sqlx::Database>::TransactionManager;
    Manager::begin(
        conn,
        Some(sqlx_core::sql_str::SqlStr::from_static(
            "START TRANSACTION WITH CONSISTENT SNAPSHOT",
        )),
    )
    .await?;
    let (_, ends) = transaction_state(conn).await?;
    Ok(TransactionMark { ends })
}

/// Whether the transaction begun with `mark` is still the one open, after
/// the test body ran: `false` when something in it committed.
///
/// `@@in_transaction` (MariaDB) turns 0 at any implicit commit: DDL such as
/// CREATE TABLE, TRUNCATE, LOCK TABLES, a COMMIT sent as raw SQL. It cannot
/// tell a new transaction from ours, so the session's count of BEGIN,
/// COMMIT and ROLLBACK statements (each of which ends the open
/// transaction) must also be unchanged: `COMMIT; BEGIN` and `COMMIT AND
/// CHAIN` are caught by that. sqlx's nested transactions are savepoints,
/// which neither counts. Measured (bench/mysql-copy) correct for each of
/// those bodies and for read-only and writing ones, at about 0.15 ms.
///
/// `information_schema.INNODB_TRX` is NOT used: InnoDB refreshes it at most
/// every 100 ms, so right after an implicit commit it still lists the
/// transaction (measured), and a later BEGIN is not listed until it reads.
pub(crate) async fn transaction_still_open(
    conn: &mut MySqlConnection,
    mark: TransactionMark,
) -> Result<bool, sqlx::Error> {
    let (open, ends) = transaction_state(conn).await?;
    Ok(open && ends == mark.ends)
}

/// Whether a transaction is open, and how many transaction-ending
/// statements this session has run: one round trip.
async fn transaction_state(conn: &mut MySqlConnection) -> Result<(bool, u64), sqlx::Error> {
    let rows: Vec<MySqlRow> = match sqlx::raw_sql(
        "SELECT @@in_transaction AS open;
         SHOW SESSION STATUS WHERE Variable_name IN ('Com_begin', 'Com_commit', 'Com_rollback')",
    )
    .fetch_all(&mut *conn)
    .await
    {
        Err(e) if error_number(&e) == Some(ER_UNKNOWN_SYSTEM_VARIABLE) => {
            // MySQL has no @@in_transaction. Not verified here (no MySQL 8
            // on the machine this was written on).
            sqlx::raw_sql(
                "SELECT COUNT(*) AS open FROM performance_schema.events_transactions_current
                 WHERE THREAD_ID = PS_CURRENT_THREAD_ID() AND STATE = 'ACTIVE';
                 SHOW SESSION STATUS WHERE Variable_name IN ('Com_begin', 'Com_commit', 'Com_rollback')",
            )
            .fetch_all(&mut *conn)
            .await?
        }
        other => other?,
    };
    let mut open = false;
    let mut ends = 0;
    for row in rows {
        if row.columns().len() == 1 {
            // BIGINT UNSIGNED on MariaDB, BIGINT on MySQL.
            open = row
                .try_get::<u64, _>(0)
                .or_else(|_| row.try_get::<i64, _>(0).map(|n| n as u64))?
                > 0;
        } else {
            let value: String = row.try_get(1)?;
            ends += value
                .parse::<u64>()
                .map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
        }
    }
    Ok((open, ends))
}

// ---------------------------------------------------------------------------
// Errors

const ER_DBACCESS_DENIED: u16 = 1044;
const ER_ACCESS_DENIED: u16 = 1045;
const ER_NO_SUCH_THREAD: u16 = 1094;
const ER_KILL_DENIED: u16 = 1095;
const ER_TABLEACCESS_DENIED: u16 = 1142;
const ER_COLUMNACCESS_DENIED: u16 = 1143;
const ER_UNKNOWN_SYSTEM_VARIABLE: u16 = 1193;
const ER_SPECIFIC_ACCESS_DENIED: u16 = 1227;
const ER_PROCACCESS_DENIED: u16 = 1370;

/// The server's error number, when `error` is one the server sent.
pub(crate) fn error_number(error: &sqlx::Error) -> Option<u16> {
    error
        .as_database_error()?
        .try_downcast_ref::<MySqlDatabaseError>()
        .map(MySqlDatabaseError::number)
}

/// Whether the user lacks a privilege the statement needs: to create or
/// drop a database, read a table, KILL another user's session, or log in.
pub(crate) fn is_permission_denied(error: &sqlx::Error) -> bool {
    matches!(
        error_number(error),
        Some(
            ER_DBACCESS_DENIED
                | ER_ACCESS_DENIED
                | ER_KILL_DENIED
                | ER_TABLEACCESS_DENIED
                | ER_COLUMNACCESS_DENIED
                | ER_SPECIFIC_ACCESS_DENIED
                | ER_PROCACCESS_DENIED
        )
    )
}

/// Whether KILL named a session that is gone.
pub(crate) fn is_unknown_thread(error: &sqlx::Error) -> bool {
    error_number(error) == Some(ER_NO_SUCH_THREAD)
}
