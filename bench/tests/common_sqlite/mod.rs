//! The work every SQLite benchmark test does: the same as `common`'s
//! (three rows into one of the twelve tables, read back), in SQLite's SQL.

use sqlx::SqliteConnection;

/// Inserts three rows into one of the twelve tables and reads them back.
pub async fn work(conn: &mut SqliteConnection, n: usize) {
    let table = format!("items_{:02}", n % 12 + 1);
    for i in 0..3 {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "INSERT INTO {table} (name, quantity) VALUES (?, ?)"
        )))
        .bind(format!("item-{n}-{i}"))
        .bind(i)
        .execute(&mut *conn)
        .await
        .unwrap();
    }
    let count: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "SELECT count(*) FROM {table} WHERE name LIKE ?"
    )))
    .bind(format!("item-{n}-%"))
    .fetch_one(&mut *conn)
    .await
    .unwrap();
    assert_eq!(count, 3);
}
