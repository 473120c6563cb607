//! The README's example suite: what a test file using itest looks like.

use itest::prelude::*;

/// Code under test: a tiny repository over a pool, as an app would hold it.
struct Users {
    pool: sqlx::PgPool,
}

impl Users {
    async fn create(&self, email: &str) -> Result<i64, sqlx::Error> {
        let mut tx = self.pool.begin().await?; // a savepoint under db = "tx"
        let id = sqlx::query_scalar("INSERT INTO users (email) VALUES ($1) RETURNING id")
            .bind(email)
            .fetch_one(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(id)
    }
}

#[itest(db = "tx", migrations = "tests/migrations")]
async fn creates_user(db: &mut Db) {
    sqlx::query("INSERT INTO users (email) VALUES ($1)")
        .bind("sam@example.com")
        .execute(db.conn())
        .await
        .unwrap();
    let n: i64 = sqlx::query_scalar("SELECT count(*) FROM users")
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 1); // every other test's rows are invisible, and so is this one to them
}

#[itest(db = "tx", timeout = "5s", migrations = "tests/migrations")]
async fn service_persists_user(db: &mut Db) -> Result<(), sqlx::Error> {
    let users = Users { pool: db.pool() };
    let email = format!("{}@example.com", itest::unique("sam"));
    let id = users.create(&email).await?;

    // Verify by re-querying, not by trusting the return value.
    let stored: String = sqlx::query_scalar("SELECT email FROM users WHERE id = $1")
        .bind(id)
        .fetch_one(db.conn())
        .await?;
    assert_eq!(stored, email);
    Ok(())
}

#[itest(db = "tx", migrations = "tests/migrations")]
#[should_panic(expected = "duplicate key")]
async fn duplicate_email_is_rejected(db: &mut Db) {
    let users = Users { pool: db.pool() };
    let email = format!("{}@example.com", itest::unique("dup"));
    users.create(&email).await.unwrap();
    users.create(&email).await.unwrap();
}
