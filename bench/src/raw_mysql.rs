//! The physical limit on MySQL/MariaDB: the benchmark's test body between
//! BEGIN and ROLLBACK on one connection held for the whole run, with no
//! framework at all. Prints the median microseconds per test over `RUNS`
//! rounds of 100.
//!
//! The twelve tables go in a database of its own, created here and dropped
//! at the end (MySQL's temporary tables take no foreign keys).

use std::time::Instant;

use sqlx::{Connection, Executor, MySqlConnection};

#[path = "../tests/common_mysql/mod.rs"]
mod common_mysql;

const TESTS: usize = 100;
const RUNS: usize = 5;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let url = std::env::var("DATABASE_URL").expect("DATABASE_URL");
    let mut conn = MySqlConnection::connect(&url).await.expect("connect");
    let database = format!("itest_bench_raw_{}", std::process::id());
    conn.execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {database}")))
        .await
        .expect("create database");
    conn.execute(sqlx::AssertSqlSafe(format!("USE {database}")))
        .await
        .unwrap();
    for sql in migrations() {
        conn.execute(sqlx::AssertSqlSafe(sql)).await.expect("create tables");
    }
    let mut per_test = Vec::new();
    for _ in 0..RUNS {
        let started = Instant::now();
        for n in 0..TESTS {
            conn.execute("BEGIN").await.unwrap();
            common_mysql::work(&mut conn, n).await;
            conn.execute("ROLLBACK").await.unwrap();
        }
        per_test.push(started.elapsed().as_micros() as f64 / TESTS as f64);
    }
    conn.execute(sqlx::AssertSqlSafe(format!("DROP DATABASE {database}")))
        .await
        .expect("drop database");
    per_test.sort_by(f64::total_cmp);
    println!("{:.0}", per_test[RUNS / 2]);
}

fn migrations() -> Vec<String> {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/migrations-mysql");
    let mut files: Vec<_> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files.into_iter().map(|f| std::fs::read_to_string(f).unwrap()).collect()
}
