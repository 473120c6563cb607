//! The physical limit on SQLite: the benchmark's test body between BEGIN and
//! ROLLBACK on one connection held for the whole run, with no framework at
//! all. Prints the median microseconds per test over `RUNS` rounds of 100.
//!
//! The twelve tables are migrated into a template file in WAL mode, closed,
//! and copied once; the connection is to the copy, opened as itest opens a
//! test's (itest-runtime/src/backend/sqlite.rs: foreign keys, a busy
//! timeout, `synchronous = OFF`, WAL from the file's header). Both files
//! live under `target/` and are removed at the end.
//!
//! sqlx runs each SQLite connection on a thread of its own, so every
//! statement is two hand-overs between threads: on an otherwise idle
//! 2-core VM this prints ~530 µs, with one core kept busy ~115 µs (the
//! wake-up of an idle vCPU, not SQLite's work).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous};
use sqlx::{Connection, Executor, SqliteConnection};

#[path = "../tests/common_sqlite/mod.rs"]
mod common_sqlite;

const TESTS: usize = 100;
const RUNS: usize = 5;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../target"));
    let template = dir.join(format!("itest-bench-raw-{}.db", std::process::id()));
    let copy = dir.join(format!("itest-bench-raw-{}-copy.db", std::process::id()));
    remove(&template);
    remove(&copy);

    let mut conn = SqliteConnection::connect_with(
        &options(&template)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal),
    )
    .await
        .expect("create template");
    for sql in migrations() {
        conn.execute(sqlx::AssertSqlSafe(sql)).await.expect("create tables");
    }
    conn.close().await.unwrap();
    std::fs::copy(&template, &copy).expect("copy template");

    let mut conn = SqliteConnection::connect_with(&options(&copy)).await.expect("connect");
    let mut per_test = Vec::new();
    for _ in 0..RUNS {
        let started = Instant::now();
        for n in 0..TESTS {
            conn.execute("BEGIN").await.unwrap();
            common_sqlite::work(&mut conn, n).await;
            conn.execute("ROLLBACK").await.unwrap();
        }
        per_test.push(started.elapsed().as_micros() as f64 / TESTS as f64);
    }
    conn.close().await.unwrap();
    remove(&template);
    remove(&copy);
    per_test.sort_by(f64::total_cmp);
    println!("{:.0}", per_test[RUNS / 2]);
}

/// What itest opens a test's connection with.
fn options(path: &Path) -> SqliteConnectOptions {
    SqliteConnectOptions::new()
        .filename(path)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(5))
        .synchronous(SqliteSynchronous::Off)
}

/// The database file and whatever SQLite left beside it.
fn remove(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
}

fn migrations() -> Vec<String> {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/migrations-sqlite");
    let mut files: Vec<_> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files.into_iter().map(|f| std::fs::read_to_string(f).unwrap()).collect()
}
