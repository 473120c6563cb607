//! The work every benchmark test does: insert rows and read them back.

use sqlx::PgConnection;

/// Inserts three rows into one of the twelve tables and reads them back.
pub async fn work(conn: &mut PgConnection, n: usize) {
    let table = format!("items_{:02}", n % 12 + 1);
    for i in 0..3 {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "INSERT INTO {table} (name, quantity) VALUES ($1, $2)"
        )))
        .bind(format!("item-{n}-{i}"))
        .bind(i)
        .execute(&mut *conn)
        .await
        .unwrap();
    }
    let count: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "SELECT count(*) FROM {table} WHERE name LIKE $1"
    )))
    .bind(format!("item-{n}-%"))
    .fetch_one(&mut *conn)
    .await
    .unwrap();
    assert_eq!(count, 3);
}
