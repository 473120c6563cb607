//! The physical limit: the benchmark's test body between BEGIN and ROLLBACK
//! on one connection held for the whole run, with no framework at all.
//! Prints the median microseconds per test over `RUNS` rounds of 100.

use std::time::Instant;

use sqlx::{Connection, Executor, PgConnection};

#[path = "../tests/common/mod.rs"]
mod common;

const TESTS: usize = 100;
const RUNS: usize = 5;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let url = std::env::var("DATABASE_URL").expect("DATABASE_URL");
    let mut conn = PgConnection::connect(&url).await.expect("connect");
    // The same twelve tables, as temporary ones: nothing touches the server's databases.
    for sql in migrations() {
        conn.execute(sqlx::AssertSqlSafe(sql.replace("CREATE TABLE", "CREATE TEMPORARY TABLE")))
            .await
            .expect("create tables");
    }
    let mut per_test = Vec::new();
    for _ in 0..RUNS {
        let started = Instant::now();
        for n in 0..TESTS {
            conn.execute("BEGIN").await.unwrap();
            common::work(&mut conn, n).await;
            conn.execute("ROLLBACK").await.unwrap();
        }
        per_test.push(started.elapsed().as_micros() as f64 / TESTS as f64);
    }
    per_test.sort_by(f64::total_cmp);
    println!("{:.0}", per_test[RUNS / 2]);
}

fn migrations() -> Vec<String> {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/migrations");
    let mut files: Vec<_> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files.into_iter().map(|f| std::fs::read_to_string(f).unwrap()).collect()
}
