//! Measures, on one MySQL/MariaDB server, the ways itest could copy, drop
//! and empty a migrated database, and the ways to see that a test's
//! transaction was ended by an implicit commit. Prints medians in ms as
//! Markdown tables. See README.md beside this file.
//!
//! Every database it makes is named `itestdev_bench_*` and dropped at the end.

use std::collections::HashMap;
use std::path::Path;
use std::str::FromStr;
use std::time::{Duration, Instant};

use sqlx::mysql::{MySqlConnectOptions, MySqlPoolOptions, MySqlRow};
use sqlx::{AssertSqlSafe, ConnectOptions, Connection, Executor, MySqlConnection, MySqlPool, Row};

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

const TEMPLATE: &str = "itestdev_bench_tpl";

fn q(name: &str) -> String {
    format!("`{}`", name.replace('`', "``"))
}

async fn exec(conn: &mut MySqlConnection, sql: impl Into<String>) -> Result<()> {
    let sql: String = sql.into();
    conn.execute(AssertSqlSafe(sql)).await?;
    Ok(())
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// What a copy needs to know of the template.
#[derive(Clone)]
struct Table {
    name: String,
    ddl: String,
    has_rows: bool,
    auto_increment: Option<u64>,
}

/// The template's tables, their DDL and which have rows: three round trips
/// (the list, then the DDL and the row check in one multi-statement batch).
async fn read_template(conn: &mut MySqlConnection, db: &str) -> Result<Vec<Table>> {
    let names: Vec<(String, Option<u64>)> = sqlx::query_as(
        "SELECT TABLE_NAME, AUTO_INCREMENT FROM information_schema.TABLES
         WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME",
    )
    .bind(db)
    .fetch_all(&mut *conn)
    .await?;
    let mut batch = String::new();
    batch.push_str(&exists_query(db, names.iter().map(|(n, _)| n.as_str())));
    batch.push(';');
    for (name, _) in &names {
        batch.push_str(&format!("SHOW CREATE TABLE {}.{};", q(db), q(name)));
    }
    let rows: Vec<MySqlRow> = sqlx::raw_sql(AssertSqlSafe(batch))
        .fetch_all(&mut *conn)
        .await?;
    let mut with_rows = Vec::new();
    let mut ddl = HashMap::new();
    for row in rows {
        if row.columns().len() == 1 {
            with_rows.push(row.try_get::<String, _>(0)?);
        } else {
            ddl.insert(row.try_get::<String, _>(0)?, row.try_get::<String, _>(1)?);
        }
    }
    Ok(names
        .into_iter()
        .map(|(name, auto_increment)| Table {
            ddl: ddl.remove(&name).expect("SHOW CREATE TABLE of every table"),
            has_rows: with_rows.contains(&name),
            name,
            auto_increment,
        })
        .collect())
}

/// One query naming the tables of `db` that have at least one row.
fn exists_query<'a>(db: &str, tables: impl Iterator<Item = &'a str>) -> String {
    tables
        .map(|t| {
            format!(
                "SELECT CAST('{t}' AS CHAR) AS t FROM DUAL WHERE EXISTS (SELECT 1 FROM {}.{})",
                q(db),
                q(t)
            )
        })
        .collect::<Vec<_>>()
        .join(" UNION ALL ")
}

/// `CREATE TABLE `t`` of SHOW CREATE TABLE, made to create it in `db`.
/// Unqualified REFERENCES resolve to the new table's own database.
fn ddl_in(ddl: &str, db: &str) -> String {
    ddl.replacen("CREATE TABLE ", &format!("CREATE TABLE {}.", q(db)), 1)
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum CopyHow {
    /// CREATE TABLE LIKE + INSERT SELECT for every table (loses foreign keys).
    LikeAll,
    /// The same, INSERT only where the template has rows (loses foreign keys).
    LikeRows,
    /// SHOW CREATE TABLE read each time, replayed one statement at a time.
    ShowCreate,
    /// SHOW CREATE TABLE read once per process (the template does not change).
    ShowCreateCached,
    /// Read each time, everything sent in one multi-statement batch.
    Batch,
    /// Read once, everything in one batch.
    BatchCached,
    /// Read once, `CREATE TABLE … SELECT` for tables with rows, one batch.
    BatchCreateSelect,
    /// Read once, tables spread over N connections.
    Parallel(usize),
}

async fn copy(
    conn: &mut MySqlConnection,
    pool: &MySqlPool,
    cached: &[Table],
    how: CopyHow,
    dst: &str,
) -> Result<()> {
    let src = TEMPLATE;
    match how {
        CopyHow::LikeAll | CopyHow::LikeRows => {
            let names: Vec<String> = sqlx::query_scalar(
                "SELECT TABLE_NAME FROM information_schema.TABLES
                 WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE'",
            )
            .bind(src)
            .fetch_all(&mut *conn)
            .await?;
            let with_rows: Vec<String> = if how == CopyHow::LikeRows {
                sqlx::query_scalar(AssertSqlSafe(exists_query(
                    src,
                    names.iter().map(String::as_str),
                )))
                .fetch_all(&mut *conn)
                .await?
            } else {
                names.clone()
            };
            exec(conn, format!("CREATE DATABASE {}", q(dst))).await?;
            for t in &names {
                exec(
                    conn,
                    format!("CREATE TABLE {}.{} LIKE {}.{}", q(dst), q(t), q(src), q(t)),
                )
                .await?;
            }
            for t in &with_rows {
                exec(
                    conn,
                    format!(
                        "INSERT INTO {}.{} SELECT * FROM {}.{}",
                        q(dst),
                        q(t),
                        q(src),
                        q(t)
                    ),
                )
                .await?;
            }
        }
        CopyHow::ShowCreate | CopyHow::ShowCreateCached => {
            let tables = if how == CopyHow::ShowCreate {
                read_template(conn, src).await?
            } else {
                cached.to_vec()
            };
            exec(conn, format!("CREATE DATABASE {}", q(dst))).await?;
            exec(conn, "SET FOREIGN_KEY_CHECKS = 0").await?;
            for t in &tables {
                exec(conn, ddl_in(&t.ddl, dst)).await?;
            }
            for t in tables.iter().filter(|t| t.has_rows) {
                exec(conn, insert_select(src, dst, &t.name)).await?;
            }
            exec(conn, "SET FOREIGN_KEY_CHECKS = 1").await?;
        }
        CopyHow::Batch | CopyHow::BatchCached | CopyHow::BatchCreateSelect => {
            let tables = if how == CopyHow::Batch {
                read_template(conn, src).await?
            } else {
                cached.to_vec()
            };
            let mut batch = format!("CREATE DATABASE {}; SET FOREIGN_KEY_CHECKS = 0;", q(dst));
            for t in &tables {
                batch.push_str(&ddl_in(&t.ddl, dst));
                if how == CopyHow::BatchCreateSelect && t.has_rows {
                    batch.push_str(&format!(" SELECT * FROM {}.{}", q(src), q(&t.name)));
                }
                batch.push(';');
            }
            if how != CopyHow::BatchCreateSelect {
                for t in tables.iter().filter(|t| t.has_rows) {
                    batch.push_str(&insert_select(src, dst, &t.name));
                    batch.push(';');
                }
            }
            batch.push_str("SET FOREIGN_KEY_CHECKS = 1");
            exec(conn, batch).await?;
        }
        CopyHow::Parallel(n) => {
            exec(conn, format!("CREATE DATABASE {}", q(dst))).await?;
            let mut parts: Vec<String> = vec!["SET FOREIGN_KEY_CHECKS = 0;".into(); n];
            for (i, t) in cached.iter().enumerate() {
                let part = &mut parts[i % n];
                part.push_str(&ddl_in(&t.ddl, dst));
                part.push(';');
                if t.has_rows {
                    part.push_str(&insert_select(src, dst, &t.name));
                    part.push(';');
                }
            }
            let tasks: Vec<_> = parts
                .into_iter()
                .map(|mut part| {
                    let pool = pool.clone();
                    part.push_str("SET FOREIGN_KEY_CHECKS = 1");
                    tokio::spawn(async move {
                        let mut c = pool.acquire().await?;
                        c.execute(AssertSqlSafe(part)).await.map(|_| ())
                    })
                })
                .collect();
            for t in tasks {
                t.await??;
            }
        }
    }
    Ok(())
}

fn insert_select(src: &str, dst: &str, t: &str) -> String {
    format!(
        "INSERT INTO {}.{} SELECT * FROM {}.{}",
        q(dst),
        q(t),
        q(src),
        q(t)
    )
}

/// What makes a copy equal to its template, as one comparable value:
/// tables, foreign keys, indexes, AUTO_INCREMENT counters and row counts.
async fn fingerprint(conn: &mut MySqlConnection, db: &str) -> Result<Vec<String>> {
    let mut out: Vec<String> = sqlx::query_scalar(
        "SELECT CONCAT('fk ', TABLE_NAME, ' ', CONSTRAINT_NAME, ' -> ', REFERENCED_TABLE_NAME,
                       ' in ', UNIQUE_CONSTRAINT_SCHEMA = CONSTRAINT_SCHEMA)
         FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?
         UNION ALL
         SELECT CONCAT('index ', TABLE_NAME, ' ', INDEX_NAME, ' ', SEQ_IN_INDEX, ' ', COLUMN_NAME)
         FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ?
         UNION ALL
         SELECT CONCAT('table ', TABLE_NAME, ' auto_increment ', COALESCE(AUTO_INCREMENT, '-'))
         FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?",
    )
    .bind(db)
    .bind(db)
    .bind(db)
    .fetch_all(&mut *conn)
    .await?;
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?",
    )
    .bind(db)
    .fetch_all(&mut *conn)
    .await?;
    for t in tables {
        let rows: Vec<String> = sqlx::query_scalar(AssertSqlSafe(format!(
            "SELECT CAST(CONCAT_WS(',', id, name, quantity, created_at) AS CHAR) FROM {}.{}",
            q(db),
            q(&t)
        )))
        .fetch_all(&mut *conn)
        .await
        .unwrap_or_else(|_| vec![format!("(not an items table: {t})")]);
        let count: i64 = sqlx::query_scalar(AssertSqlSafe(format!(
            "SELECT COUNT(*) FROM {}.{}",
            q(db),
            q(&t)
        )))
        .fetch_one(&mut *conn)
        .await?;
        out.push(format!("rows {t} {count} {rows:?}"));
    }
    out.sort();
    Ok(out)
}

async fn drop_db(conn: &mut MySqlConnection, db: &str) -> Result<()> {
    exec(conn, format!("DROP DATABASE IF EXISTS {}", q(db))).await
}

#[derive(Clone, Copy, Debug)]
enum DropHow {
    Plain,
    /// FOREIGN_KEY_CHECKS=0 first.
    NoChecks,
    /// DROP TABLE of all tables in one statement, then DROP DATABASE.
    TablesFirst,
    /// Tables dropped on two connections at once, then DROP DATABASE.
    /// Not run by default: on MariaDB 10.11.19 two DROP TABLEs of tables
    /// linked by foreign keys, on two connections, livelocked the server
    /// (both threads and a purge worker spinning, KILL ignored, a restart
    /// the only way out). Run it with DROP_PARALLEL=1 on a server of your own.
    Parallel2,
}

async fn drop_how(
    conn: &mut MySqlConnection,
    pool: &MySqlPool,
    tables: &[Table],
    how: DropHow,
    db: &str,
) -> Result<()> {
    match how {
        DropHow::Plain => drop_db(conn, db).await,
        DropHow::NoChecks => {
            exec(
                conn,
                format!(
                    "SET FOREIGN_KEY_CHECKS = 0; DROP DATABASE {}; SET FOREIGN_KEY_CHECKS = 1",
                    q(db)
                ),
            )
            .await
        }
        DropHow::TablesFirst => {
            let list: Vec<String> = tables
                .iter()
                .map(|t| format!("{}.{}", q(db), q(&t.name)))
                .collect();
            exec(
                conn,
                format!(
                    "SET FOREIGN_KEY_CHECKS = 0; DROP TABLE {}; SET FOREIGN_KEY_CHECKS = 1; DROP DATABASE {}",
                    list.join(", "),
                    q(db)
                ),
            )
            .await
        }
        DropHow::Parallel2 => {
            let mut parts = vec![Vec::new(), Vec::new()];
            for (i, t) in tables.iter().enumerate() {
                parts[i % 2].push(format!("{}.{}", q(db), q(&t.name)));
            }
            let tasks: Vec<_> = parts
                .into_iter()
                .map(|list| {
                    let pool = pool.clone();
                    tokio::spawn(async move {
                        let mut c = pool.acquire().await?;
                        c.execute(AssertSqlSafe(format!(
                            "SET FOREIGN_KEY_CHECKS = 0; DROP TABLE {}; SET FOREIGN_KEY_CHECKS = 1",
                            list.join(", ")
                        )))
                        .await
                        .map(|_| ())
                    })
                })
                .collect();
            for t in tasks {
                t.await??;
            }
            drop_db(conn, db).await
        }
    }
}

/// What a test does to its copy before the copy is emptied: rows in
/// empty tables (with children), a seed row deleted, one changed, and an
/// insert that was deleted again (its table is empty but its counter moved).
async fn scribble(conn: &mut MySqlConnection, db: &str) -> Result<()> {
    let d = q(db);
    exec(
        conn,
        format!(
            "INSERT INTO {d}.items_01 (name) VALUES ('x1'), ('x2');
             INSERT INTO {d}.items_03 (name) VALUES ('y1');
             INSERT INTO {d}.items_04 (name, parent_id) VALUES ('z1', LAST_INSERT_ID());
             DELETE FROM {d}.items_02 WHERE name = 'one';
             UPDATE {d}.items_05 SET quantity = 99;
             INSERT INTO {d}.items_09 (name) VALUES ('gone');
             DELETE FROM {d}.items_09;"
        ),
    )
    .await
}

#[derive(Clone, Copy, Debug)]
enum Empty {
    /// TRUNCATE all tables but _sqlx_migrations, then the seed rows again.
    TruncateAll,
    /// One query finds the tables that have rows or a moved counter;
    /// TRUNCATE those and the seed tables, seed rows again.
    TruncateWritten,
    /// The same finding; DELETE instead, seed rows again, ALTER the
    /// counters that differ from the template's.
    DeleteWritten,
    /// The same, and seed tables whose CHECKSUM TABLE equals the template's
    /// (and whose counter did not move) are left alone.
    DeleteWrittenChecksum,
}

/// Returns the time the finding query took, for the table.
async fn empty(
    conn: &mut MySqlConnection,
    tables: &[Table],
    how: Empty,
    db: &str,
) -> Result<Duration> {
    let user: Vec<&Table> = tables
        .iter()
        .filter(|t| t.name != "_sqlx_migrations")
        .collect();
    let d = q(db);
    let mut find_time = Duration::ZERO;
    // (table, reset counter to) for the tables to empty.
    let targets: Vec<(&Table, bool)> = match how {
        Empty::TruncateAll => user.iter().map(|t| (*t, false)).collect(),
        Empty::TruncateWritten | Empty::DeleteWritten | Empty::DeleteWrittenChecksum => {
            let started = Instant::now();
            // One round trip: counters from information_schema, rows from EXISTS.
            let sql = format!(
                "SELECT t.TABLE_NAME, t.AUTO_INCREMENT, w.t IS NOT NULL
                 FROM information_schema.TABLES t LEFT JOIN ({}) w ON w.t = t.TABLE_NAME
                 WHERE t.TABLE_SCHEMA = '{db}'",
                exists_query(db, user.iter().map(|t| t.name.as_str()))
            );
            let found: Vec<(String, Option<u64>, bool)> = sqlx::query_as(AssertSqlSafe(sql))
                .fetch_all(&mut *conn)
                .await?;
            let mut same = Vec::new();
            if matches!(how, Empty::DeleteWrittenChecksum) {
                let seeded: Vec<String> = user
                    .iter()
                    .filter(|t| t.has_rows)
                    .flat_map(|t| {
                        [
                            format!("{}.{}", q(db), q(&t.name)),
                            format!("{}.{}", q(TEMPLATE), q(&t.name)),
                        ]
                    })
                    .collect();
                let sums: Vec<(String, Option<i64>)> = sqlx::query_as(AssertSqlSafe(format!(
                    "CHECKSUM TABLE {}",
                    seeded.join(", ")
                )))
                .fetch_all(&mut *conn)
                .await?;
                for pair in sums.chunks(2) {
                    if pair[0].1 == pair[1].1 {
                        same.push(pair[0].0.rsplit('.').next().unwrap().to_owned());
                    }
                }
            }
            find_time = started.elapsed();
            user.iter()
                .filter_map(|t| {
                    let (_, counter, rows) = found.iter().find(|(n, _, _)| *n == t.name)?;
                    let moved = *counter != t.auto_increment;
                    let seed_changed = t.has_rows && !same.contains(&t.name);
                    (*rows && !t.has_rows || moved || seed_changed).then_some((*t, moved))
                })
                .collect()
        }
    };
    let mut batch = String::from("SET FOREIGN_KEY_CHECKS = 0;");
    for (t, moved) in &targets {
        let n = q(&t.name);
        match how {
            Empty::TruncateAll | Empty::TruncateWritten => {
                batch.push_str(&format!("TRUNCATE TABLE {d}.{n};"));
                if t.has_rows {
                    batch.push_str(&format!("{};", insert_select(TEMPLATE, db, &t.name)));
                }
                // TRUNCATE sets the counter to 1 and the seed rows move it to
                // max+1; a template whose counter is past that needs ALTER.
            }
            Empty::DeleteWritten | Empty::DeleteWrittenChecksum => {
                batch.push_str(&format!("DELETE FROM {d}.{n};"));
                if t.has_rows {
                    batch.push_str(&format!("{};", insert_select(TEMPLATE, db, &t.name)));
                }
                if *moved {
                    if let Some(counter) = t.auto_increment {
                        batch.push_str(&format!("ALTER TABLE {d}.{n} AUTO_INCREMENT = {counter};"));
                    }
                }
            }
        }
    }
    batch.push_str("SET FOREIGN_KEY_CHECKS = 1");
    exec(conn, batch).await?;
    Ok(find_time)
}

/// What the test body does before the check, in measurement 4.
#[derive(Clone, Copy, Debug)]
enum Body {
    ReadOnly,
    Write,
    CreateTable,
    CreateTemporaryTable,
    Truncate,
    Commit,
    CommitThenBegin,
    CommitAndChain,
    RollbackThenBegin,
    LockTables,
}

fn body_sql(body: Body) -> &'static str {
    match body {
        Body::ReadOnly => "SELECT COUNT(*) FROM items_01",
        Body::Write => "INSERT INTO items_01 (name) VALUES ('tx')",
        Body::CreateTable => "CREATE TABLE scratch (a INT)",
        Body::CreateTemporaryTable => "CREATE TEMPORARY TABLE scratch_tmp (a INT)",
        Body::Truncate => "TRUNCATE TABLE items_12",
        Body::Commit => "COMMIT",
        Body::CommitThenBegin => "COMMIT; BEGIN",
        Body::CommitAndChain => "COMMIT AND CHAIN",
        Body::RollbackThenBegin => "ROLLBACK; START TRANSACTION",
        Body::LockTables => "LOCK TABLES items_01 WRITE",
    }
}

async fn in_transaction(conn: &mut MySqlConnection) -> Result<bool> {
    Ok(sqlx::query_scalar::<_, u64>("SELECT @@in_transaction")
        .fetch_one(&mut *conn)
        .await?
        == 1)
}

async fn innodb_trx(conn: &mut MySqlConnection) -> Result<bool> {
    Ok(sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_mysql_thread_id = CONNECTION_ID()",
    )
    .fetch_one(&mut *conn)
    .await?
        > 0)
}

/// How many statements that end a transaction (BEGIN, COMMIT, ROLLBACK,
/// each of which ends the one open) this session has run; with
/// @@in_transaction, in one SELECT.
async fn open_and_ends(conn: &mut MySqlConnection) -> Result<(bool, u64)> {
    let (open, ends): (u64, String) = sqlx::query_as(
        "SELECT @@in_transaction, CAST(SUM(VARIABLE_VALUE) AS CHAR)
         FROM information_schema.SESSION_STATUS
         WHERE VARIABLE_NAME IN ('COM_BEGIN', 'COM_COMMIT', 'COM_ROLLBACK')",
    )
    .fetch_one(&mut *conn)
    .await?;
    Ok((open == 1, ends.parse()?))
}

async fn handler_commit(conn: &mut MySqlConnection) -> Result<u64> {
    let row: (String, String) = sqlx::query_as("SHOW SESSION STATUS LIKE 'Handler_commit'")
        .fetch_one(&mut *conn)
        .await?;
    Ok(row.1.parse()?)
}

fn time_it<'a>(
    label: &'a str,
    runs: &'a mut Vec<(String, f64, String)>,
) -> impl FnMut(Vec<f64>, String) + 'a {
    move |v, note| {
        let lo = v.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = v.iter().copied().fold(0.0, f64::max);
        runs.push((
            label.to_owned(),
            median(v),
            format!("{lo:.1}–{hi:.1} {note}"),
        ))
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<()> {
    let url = std::env::var("MYSQL_URL").unwrap_or_else(|_| "mysql://root@127.0.0.1:3306".into());
    let runs: usize = std::env::var("RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(11);
    let options = MySqlConnectOptions::from_str(&url)?.disable_statement_logging();
    let mut conn = options.connect().await?;
    let version: String = sqlx::query_scalar("SELECT VERSION()")
        .fetch_one(&mut conn)
        .await?;
    let pool = MySqlPoolOptions::new()
        .max_connections(4)
        .min_connections(4)
        .connect_with(options.clone())
        .await?;

    let leftovers: Vec<String> = sqlx::query_scalar(
        "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'itestdev\\_bench\\_%'",
    )
    .fetch_all(&mut conn)
    .await?;
    // A leftover may be held by a session that never ends (see
    // DropHow::Parallel2): do not wait on it.
    exec(&mut conn, "SET SESSION lock_wait_timeout = 5").await?;
    for db in leftovers {
        if let Err(e) = drop_db(&mut conn, &db).await {
            eprintln!("leaving {db}: {e}");
        }
    }
    exec(&mut conn, "SET SESSION lock_wait_timeout = DEFAULT").await?;

    exec(&mut conn, format!("CREATE DATABASE {}", q(TEMPLATE))).await?;
    let mut tpl_conn = options.clone().database(TEMPLATE).connect().await?;
    let migrator =
        sqlx::migrate::Migrator::new(Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations"))
            .await?;
    migrator.run(&mut tpl_conn).await?;
    tpl_conn.close().await?;

    let cached = read_template(&mut conn, TEMPLATE).await?;
    let expected = fingerprint(&mut conn, TEMPLATE).await?;
    println!(
        "# {version}, {} tables ({} with rows), {runs} runs each, one connection unless said\n",
        cached.len(),
        cached.iter().filter(|t| t.has_rows).count()
    );

    let mut results: Vec<(String, f64, String)> = Vec::new();

    // 0. Pieces.
    {
        let mut read = Vec::new();
        let mut create = Vec::new();
        let mut drop_empty = Vec::new();
        for i in 0..runs {
            let t = Instant::now();
            read_template(&mut conn, TEMPLATE).await?;
            read.push(ms(t.elapsed()));
            let db = format!("itestdev_bench_e{i}");
            let t = Instant::now();
            exec(&mut conn, format!("CREATE DATABASE {}", q(&db))).await?;
            create.push(ms(t.elapsed()));
            let t = Instant::now();
            drop_db(&mut conn, &db).await?;
            drop_empty.push(ms(t.elapsed()));
        }
        time_it(
            "read template (list; EXISTS + 12×SHOW CREATE in one batch)",
            &mut results,
        )(read, String::new());
        time_it("CREATE DATABASE (empty)", &mut results)(create, String::new());
        time_it("DROP DATABASE (empty)", &mut results)(drop_empty, String::new());
    }

    // 1. Copies (and 2. drops of them).
    let mut methods = vec![
        CopyHow::LikeAll,
        CopyHow::LikeRows,
        CopyHow::ShowCreate,
        CopyHow::ShowCreateCached,
        CopyHow::Batch,
        CopyHow::BatchCached,
        CopyHow::BatchCreateSelect,
        CopyHow::Parallel(2),
        CopyHow::Parallel(3),
        CopyHow::Parallel(4),
    ];
    // DDL of tables linked by foreign keys on several connections at once is
    // what livelocked a MariaDB 10.11 (see DropHow::Parallel2): keep it off
    // servers that others use.
    if std::env::var_os("SKIP_PARALLEL").is_some() {
        methods.retain(|m| !matches!(m, CopyHow::Parallel(_)));
    }
    let mut drops = vec![DropHow::Plain, DropHow::NoChecks, DropHow::TablesFirst];
    if std::env::var_os("DROP_PARALLEL").is_some() {
        drops.push(DropHow::Parallel2);
    }
    let mut drop_times: HashMap<String, Vec<f64>> = HashMap::new();
    let mut dropped = 0;
    // Interleaved, run by run, so that whatever else the machine does
    // falls on every method alike.
    let mut times: Vec<Vec<f64>> = vec![Vec::new(); methods.len()];
    let mut notes: Vec<String> = vec!["correct".into(); methods.len()];
    for i in 0..runs {
        for (m, how) in methods.iter().enumerate() {
            let db = format!("itestdev_bench_copy{m}_{i}");
            let t = Instant::now();
            copy(&mut conn, &pool, &cached, *how, &db).await?;
            times[m].push(ms(t.elapsed()));
            if i == 0 {
                let got = fingerprint(&mut conn, &db).await?;
                let missing: Vec<&String> = expected.iter().filter(|e| !got.contains(e)).collect();
                if !missing.is_empty() {
                    notes[m] = format!(
                        "WRONG: {} of {} facts missing, e.g. {}",
                        missing.len(),
                        expected.len(),
                        missing[0]
                    );
                }
            }
            let drop = drops[dropped % drops.len()];
            dropped += 1;
            let t = Instant::now();
            drop_how(&mut conn, &pool, &cached, drop, &db).await?;
            drop_times
                .entry(format!("{drop:?}"))
                .or_default()
                .push(ms(t.elapsed()));
        }
    }
    for (m, how) in methods.iter().enumerate() {
        time_it(&format!("copy {how:?}"), &mut results)(times[m].clone(), notes[m].clone());
    }
    for drop in drops {
        let v = drop_times.remove(&format!("{drop:?}")).unwrap();
        let n = v.len();
        time_it(&format!("drop {drop:?}"), &mut results)(v, format!("{n} drops"));
    }

    // 1d. A pool of copies made ahead, handed out by moving its tables.
    {
        let mut times = Vec::new();
        let mut note = String::from("correct");
        for i in 0..runs {
            let ahead = format!("itestdev_bench_ahead{i}");
            let db = format!("itestdev_bench_moved{i}");
            copy(&mut conn, &pool, &cached, CopyHow::BatchCached, &ahead).await?;
            let t = Instant::now();
            let moves: Vec<String> = cached
                .iter()
                .map(|t| format!("{}.{} TO {}.{}", q(&ahead), q(&t.name), q(&db), q(&t.name)))
                .collect();
            exec(
                &mut conn,
                format!(
                    "CREATE DATABASE {}; RENAME TABLE {}",
                    q(&db),
                    moves.join(", ")
                ),
            )
            .await?;
            times.push(ms(t.elapsed()));
            if i == 0 {
                let got = fingerprint(&mut conn, &db).await?;
                if got != expected {
                    note = format!("WRONG: {:?}", expected.iter().find(|e| !got.contains(e)));
                }
            }
            drop_db(&mut conn, &ahead).await?;
            drop_db(&mut conn, &db).await?;
        }
        time_it(
            "hand out a copy made ahead: CREATE DATABASE + one RENAME TABLE of 12",
            &mut results,
        )(times, note);
    }

    // 3. Emptying a used copy.
    let empties = [
        Empty::TruncateAll,
        Empty::TruncateWritten,
        Empty::DeleteWritten,
        Empty::DeleteWrittenChecksum,
    ];
    for how in empties {
        let db = format!("itestdev_bench_empty_{how:?}");
        copy(&mut conn, &pool, &cached, CopyHow::BatchCached, &db).await?;
        let mut times = Vec::new();
        let mut finds = Vec::new();
        let mut note = String::from("correct");
        for i in 0..runs {
            scribble(&mut conn, &db).await?;
            let t = Instant::now();
            let find = empty(&mut conn, &cached, how, &db).await?;
            times.push(ms(t.elapsed()));
            finds.push(ms(find));
            if i == 0 || i == runs - 1 {
                let got = fingerprint(&mut conn, &db).await?;
                let wrong: Vec<&String> = expected.iter().filter(|e| !got.contains(e)).collect();
                if !wrong.is_empty() {
                    note = format!(
                        "WRONG after run {i}: {} facts differ, e.g. {}",
                        wrong.len(),
                        wrong[0]
                    );
                }
            }
        }
        time_it(&format!("empty {how:?}"), &mut results)(times, note);
        if !matches!(how, Empty::TruncateAll) {
            time_it(
                &format!("  of which finding what was written ({how:?})"),
                &mut results,
            )(finds, String::new());
        }
        drop_db(&mut conn, &db).await?;
    }
    // Single statements, for scale.
    {
        let db = "itestdev_bench_single";
        copy(&mut conn, &pool, &cached, CopyHow::BatchCached, db).await?;
        let d = q(db);
        let mut trunc = Vec::new();
        let mut delete = Vec::new();
        let mut alter = Vec::new();
        for _ in 0..runs {
            exec(
                &mut conn,
                format!("INSERT INTO {d}.items_12 (name) VALUES ('a')"),
            )
            .await?;
            let t = Instant::now();
            exec(&mut conn, format!("TRUNCATE TABLE {d}.items_12")).await?;
            trunc.push(ms(t.elapsed()));
            exec(
                &mut conn,
                format!("INSERT INTO {d}.items_12 (name) VALUES ('a')"),
            )
            .await?;
            let t = Instant::now();
            exec(&mut conn, format!("DELETE FROM {d}.items_12")).await?;
            delete.push(ms(t.elapsed()));
            let t = Instant::now();
            exec(
                &mut conn,
                format!("ALTER TABLE {d}.items_12 AUTO_INCREMENT = 1"),
            )
            .await?;
            alter.push(ms(t.elapsed()));
        }
        time_it("TRUNCATE TABLE (one table, one row)", &mut results)(trunc, String::new());
        time_it("DELETE FROM (one table, one row)", &mut results)(delete, String::new());
        time_it("ALTER TABLE … AUTO_INCREMENT = 1 (one table)", &mut results)(
            alter,
            String::new(),
        );
        drop_db(&mut conn, db).await?;
    }

    println!("| what | ms (median) | min–max, note |\n| --- | ---: | --- |");
    for (what, median, note) in &results {
        println!("| {what} | {median:.1} | {note} |");
    }

    // 4. Implicit commits.
    let db = "itestdev_bench_tx";
    copy(&mut conn, &pool, &cached, CopyHow::BatchCached, db).await?;
    let mut test = options.clone().database(db).connect().await?;
    println!(
        "\n| test body | @@in_transaction | INNODB_TRX at once | INNODB_TRX after 150 ms | Handler_commit moved | @@in_transaction and no BEGIN/COMMIT/ROLLBACK since |\n| --- | --- | --- | --- | --- | --- |"
    );
    for body in [
        Body::ReadOnly,
        Body::Write,
        Body::CreateTemporaryTable,
        Body::CreateTable,
        Body::Truncate,
        Body::Commit,
        Body::CommitThenBegin,
        Body::CommitAndChain,
        Body::RollbackThenBegin,
        Body::LockTables,
    ] {
        // Let INNODB_TRX's cache (refreshed at most every 100 ms) go stale first.
        tokio::time::sleep(Duration::from_millis(150)).await;
        exec(&mut test, "START TRANSACTION WITH CONSISTENT SNAPSHOT").await?;
        let before = handler_commit(&mut test).await?;
        let (_, ends_before) = open_and_ends(&mut test).await?;
        let _ = innodb_trx(&mut test).await?;
        exec(&mut test, body_sql(body)).await?;
        let flag = in_transaction(&mut test).await?;
        let trx_now = innodb_trx(&mut test).await?;
        tokio::time::sleep(Duration::from_millis(150)).await;
        let trx_later = innodb_trx(&mut test).await?;
        let moved = handler_commit(&mut test).await? != before;
        let (open, ends) = open_and_ends(&mut test).await?;
        let same = open && ends == ends_before;
        println!("| {body:?} | {flag} | {trx_now} | {trx_later} | {moved} | {same} |");
        exec(
            &mut test,
            "ROLLBACK; UNLOCK TABLES; DROP TABLE IF EXISTS scratch; DROP TEMPORARY TABLE IF EXISTS scratch_tmp",
        )
        .await?;
    }
    exec(&mut test, "START TRANSACTION WITH CONSISTENT SNAPSHOT").await?;
    let mut flag = Vec::new();
    let mut trx = Vec::new();
    let mut status = Vec::new();
    let mut both = Vec::new();
    let mut ends = Vec::new();
    for _ in 0..runs * 5 {
        let t = Instant::now();
        in_transaction(&mut test).await?;
        flag.push(ms(t.elapsed()));
        let t = Instant::now();
        innodb_trx(&mut test).await?;
        trx.push(ms(t.elapsed()));
        let t = Instant::now();
        handler_commit(&mut test).await?;
        status.push(ms(t.elapsed()));
        let t = Instant::now();
        sqlx::query_as::<_, (u64, String)>(
            "SELECT @@in_transaction, VARIABLE_VALUE FROM information_schema.SESSION_STATUS
             WHERE VARIABLE_NAME = 'HANDLER_COMMIT'",
        )
        .fetch_one(&mut test)
        .await?;
        both.push(ms(t.elapsed()));
        let t = Instant::now();
        open_and_ends(&mut test).await?;
        ends.push(ms(t.elapsed()));
    }
    exec(&mut test, "ROLLBACK").await?;
    test.close().await?;
    println!("\n| check | ms (median) |\n| --- | ---: |");
    println!("| SELECT @@in_transaction | {:.2} |", median(flag));
    println!(
        "| SELECT COUNT(*) FROM INNODB_TRX WHERE trx_mysql_thread_id = CONNECTION_ID() | {:.2} |",
        median(trx)
    );
    println!(
        "| SHOW SESSION STATUS LIKE 'Handler_commit' | {:.2} |",
        median(status)
    );
    println!(
        "| @@in_transaction and Handler_commit in one SELECT | {:.2} |",
        median(both)
    );
    println!(
        "| @@in_transaction and Com_begin+Com_commit+Com_rollback in one SELECT | {:.2} |",
        median(ends)
    );

    drop_db(&mut conn, db).await?;
    drop_db(&mut conn, TEMPLATE).await?;
    pool.close().await;
    Ok(())
}
