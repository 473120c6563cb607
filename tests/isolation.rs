//! db = "tx": every test runs in a transaction that is rolled back at its end,
//! whatever the outcome, and code that commits gets savepoints.

mod common;

use common::{block_on, committed_users, failure_of, Records};
use itest::prelude::*;
use sqlx::Connection;

const SAME_EMAIL: &str = "same-key@example.com";

async fn insert_user(conn: &mut sqlx::PgConnection, email: &str) {
    sqlx::query("INSERT INTO users (email) VALUES ($1)")
        .bind(email)
        .execute(conn)
        .await
        .expect("insert user");
}

async fn count_users<'c>(conn: impl sqlx::PgExecutor<'c>, email: &str) -> i64 {
    sqlx::query_scalar("SELECT count(*) FROM users WHERE email = $1")
        .bind(email)
        .fetch_one(conn)
        .await
        .expect("count users")
}

// Twenty tests insert the same unique key at once. Each sees only its own
// row; none sees another's, and none commits it.
macro_rules! same_key_tests {
    ($($name:ident)*) => {$(
        #[itest(db = "tx", migrations = "tests/migrations")]
        async fn $name(db: &mut Db) {
            insert_user(&mut db.conn(), SAME_EMAIL).await;
            assert_eq!(count_users(&mut db.conn(), SAME_EMAIL).await, 1);
            let total: i64 = sqlx::query_scalar("SELECT count(*) FROM users")
                .fetch_one(db.conn())
                .await
                .unwrap();
            assert_eq!(total, 1, "another test's rows are visible");
        }
    )*};
}

same_key_tests!(
    same_key_01 same_key_02 same_key_03 same_key_04 same_key_05
    same_key_06 same_key_07 same_key_08 same_key_09 same_key_10
    same_key_11 same_key_12 same_key_13 same_key_14 same_key_15
    same_key_16 same_key_17 same_key_18 same_key_19 same_key_20
);

#[itest(db = "tx", migrations = "tests/migrations")]
async fn nothing_is_ever_committed(db: &mut Db) {
    // Seen from outside, while the tests above run: their rows never show.
    assert_eq!(committed_users(&db.connect_options(), SAME_EMAIL).await, 0);
}

static RECORDS: Records = Records::new();

#[itest(db = "tx", migrations = "tests/migrations")]
async fn passing_test_inserts(db: &mut Db) {
    let email = itest::unique("passed") + "@example.com";
    insert_user(&mut db.conn(), &email).await;
    RECORDS.push("passing_test_inserts", &email, db.connect_options());
}

#[test]
fn rows_of_a_passed_test_are_rolled_back() {
    passing_test_inserts();
    let (email, options) = RECORDS.last("passing_test_inserts");
    assert_eq!(block_on(committed_users(&options, &email)), 0);
}

#[itest(db = "tx", migrations = "tests/migrations")]
#[should_panic(expected = "deliberate panic after insert")]
async fn panicking_test_inserts(db: &mut Db) {
    let email = itest::unique("panicked") + "@example.com";
    insert_user(&mut db.conn(), &email).await;
    RECORDS.push("panicking_test_inserts", &email, db.connect_options());
    panic!("deliberate panic after insert");
}

#[test]
fn rows_of_a_panicked_test_are_rolled_back() {
    let message = failure_of(panicking_test_inserts);
    assert!(
        message.contains("deliberate panic after insert"),
        "{message}"
    );
    let (email, options) = RECORDS.last("panicking_test_inserts");
    assert_eq!(block_on(committed_users(&options, &email)), 0);
}

#[itest(db = "tx", migrations = "tests/migrations")]
#[should_panic(expected = "returned Err")]
async fn failing_test_inserts(db: &mut Db) -> Result<(), String> {
    let email = itest::unique("failed") + "@example.com";
    insert_user(&mut db.conn(), &email).await;
    RECORDS.push("failing_test_inserts", &email, db.connect_options());
    Err("deliberate error".to_owned())
}

#[test]
fn rows_of_a_test_returning_err_are_rolled_back() {
    let message = failure_of(failing_test_inserts);
    assert!(
        message.contains("failing_test_inserts"),
        "names the test: {message}"
    );
    assert!(message.contains("deliberate error"), "says why: {message}");
    let (email, options) = RECORDS.last("failing_test_inserts");
    assert_eq!(block_on(committed_users(&options, &email)), 0);
}

#[itest(db = "tx", migrations = "tests/migrations")]
async fn commit_on_the_connection_is_a_savepoint(db: &mut Db) {
    let email = itest::unique("conn-commit") + "@example.com";
    let mut tx = db.conn().begin().await.unwrap();
    insert_user(&mut tx, &email).await;
    tx.commit().await.unwrap();

    assert_eq!(
        count_users(&mut db.conn(), &email).await,
        1,
        "the test sees its commit"
    );
    assert_eq!(
        committed_users(&db.connect_options(), &email).await,
        0,
        "nobody else does"
    );
}

#[itest(db = "tx", migrations = "tests/migrations")]
async fn commit_on_the_pool_is_a_savepoint(db: &mut Db) {
    let email = itest::unique("pool-commit") + "@example.com";
    let pool = db.pool();
    let mut tx = pool.begin().await.unwrap();
    insert_user(&mut tx, &email).await;
    tx.commit().await.unwrap();

    assert_eq!(
        count_users(&mut db.conn(), &email).await,
        1,
        "the test sees its commit"
    );
    assert_eq!(
        committed_users(&db.connect_options(), &email).await,
        0,
        "nobody else does"
    );
}

#[itest(db = "tx", migrations = "tests/migrations")]
async fn rollback_in_code_under_test_undoes_only_its_savepoint(db: &mut Db) {
    let kept = itest::unique("kept") + "@example.com";
    let undone = itest::unique("undone") + "@example.com";
    insert_user(&mut db.conn(), &kept).await;

    let mut tx = db.conn().begin().await.unwrap();
    insert_user(&mut tx, &undone).await;
    tx.rollback().await.unwrap();

    // A transaction dropped without commit rolls back too.
    {
        let pool = db.pool();
        let mut tx = pool.begin().await.unwrap();
        insert_user(&mut tx, &undone).await;
    }

    assert_eq!(count_users(&mut db.conn(), &kept).await, 1);
    assert_eq!(count_users(&mut db.conn(), &undone).await, 0);
}

#[itest(db = "tx", migrations = "tests/migrations")]
async fn conn_and_pool_see_the_same_data_in_any_order(db: &mut Db) {
    let first = itest::unique("first") + "@example.com";
    let second = itest::unique("second") + "@example.com";

    insert_user(&mut db.conn(), &first).await;
    let pool = db.pool();
    assert_eq!(
        count_users(&pool, &first).await,
        1,
        "the pool sees what conn wrote"
    );

    let mut checkout = pool.acquire().await.unwrap();
    insert_user(&mut checkout, &second).await;
    drop(checkout);
    assert_eq!(
        count_users(&mut db.conn(), &second).await,
        1,
        "conn sees what the pool wrote"
    );

    let pool = db.pool();
    let both: i64 = sqlx::query_scalar("SELECT count(*) FROM users WHERE email IN ($1, $2)")
        .bind(&first)
        .bind(&second)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(both, 2);
    assert_eq!(committed_users(&db.connect_options(), &first).await, 0);
}

#[itest(db = "tx", migrations = "tests/migrations")]
async fn ddl_inside_the_test_is_rolled_back_too(db: &mut Db) {
    sqlx::query("CREATE TABLE scratch (id INT)")
        .execute(db.conn())
        .await
        .unwrap();
    sqlx::query("INSERT INTO scratch VALUES (1)")
        .execute(db.conn())
        .await
        .unwrap();
    let mut outside = common::outside(&db.connect_options()).await;
    let exists: Option<String> = sqlx::query_scalar("SELECT to_regclass('scratch')::text")
        .fetch_one(&mut outside)
        .await
        .unwrap();
    assert_eq!(exists, None, "the new table is invisible outside the test");
}

#[itest(db = "tx", migrations = "tests/migrations")]
#[should_panic(expected = "exactly one connection")]
async fn two_pool_checkouts_at_once_fail_and_say_why(db: &mut Db) -> Result<(), sqlx::Error> {
    let pool = db.pool();
    let _first = pool.acquire().await?;
    let _second = pool.acquire().await?;
    Ok(())
}

#[itest(db = "tx", migrations = "tests/migrations")]
#[should_panic(expected = "use db = \"fresh\"")]
async fn conn_while_a_pool_checkout_is_alive_fails_and_says_why(db: &mut Db) {
    let pool = db.pool();
    let _held = pool.acquire().await.unwrap();
    db.conn();
}

// Leases are reused: a test must never inherit a setting, a savepoint or a
// temporary table of an earlier test on the same connection.
macro_rules! clean_start_tests {
    ($($name:ident)*) => {$(
        #[itest(db = "tx", migrations = "tests/migrations")]
        async fn $name(db: &mut Db) {
            let marker: Option<String> =
                sqlx::query_scalar("SELECT current_setting('itest.marker', true)")
                    .fetch_one(db.conn())
                    .await
                    .unwrap();
            assert_eq!(marker.unwrap_or_default(), "", "a session setting leaked");
            let temp: Option<String> = sqlx::query_scalar("SELECT to_regclass('pg_temp.leftover')::text")
                .fetch_one(db.conn())
                .await
                .unwrap();
            assert_eq!(temp, None, "a temporary table leaked");

            sqlx::query("SELECT set_config('itest.marker', 'leaked', false)")
                .execute(db.conn())
                .await
                .unwrap();
            sqlx::query("CREATE TEMPORARY TABLE leftover (id INT)")
                .execute(db.conn())
                .await
                .unwrap();
            // A savepoint left open by code under test, on the session itself.
            std::mem::forget(Connection::begin(&mut *db.conn()).await.unwrap());
        }
    )*};
}

clean_start_tests!(clean_start_1 clean_start_2 clean_start_3 clean_start_4);

// The guard `db.conn()` returns works wherever `&mut PgConnection` did.
#[itest(db = "tx", migrations = "tests/migrations")]
async fn every_form_of_conn_reaches_the_one_session(db: &mut Db) {
    let email = itest::unique("forms") + "@example.com";
    // By value, a stream: `fetch_all` runs on `fetch_many`.
    sqlx::query("INSERT INTO users (email) VALUES ($1)")
        .bind(&email)
        .execute(db.conn())
        .await
        .unwrap();
    let rows: Vec<String> = sqlx::query_scalar("SELECT email FROM users WHERE email = $1")
        .bind(&email)
        .fetch_all(db.conn())
        .await
        .unwrap();
    assert_eq!(rows.as_slice(), std::slice::from_ref(&email));
    // Kept in a variable, by reference.
    {
        let mut conn = db.conn();
        assert_eq!(count_users(&mut conn, &email).await, 1);
        insert_user(&mut conn, &(email.clone() + ".second")).await;
    }
    // As `impl Acquire`, the way repositories often take it.
    async fn insert_in_transaction(
        conn: impl sqlx::Acquire<'_, Database = sqlx::Postgres>,
        email: &str,
    ) {
        let mut tx = conn.begin().await.unwrap();
        insert_user(&mut tx, email).await;
        tx.commit().await.unwrap();
    }
    insert_in_transaction(db.conn(), &(email.clone() + ".third")).await;

    let pool = db.pool();
    let all: i64 = sqlx::query_scalar("SELECT count(*) FROM users WHERE email LIKE $1 || '%'")
        .bind(&email)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(all, 3, "the pool sees every form's rows");
    assert_eq!(
        committed_users(&db.connect_options(), &email).await,
        0,
        "and nothing was committed"
    );
}

// Arrange, let code that holds the pool run, verify: the guard hands the
// session back after each statement, so the code never waits for it.
#[itest(db = "tx", migrations = "tests/migrations", timeout = "5s")]
async fn code_holding_the_pool_runs_between_two_uses_of_conn(db: &mut Db) {
    let email = itest::unique("between") + "@example.com";
    let pool = db.pool();
    insert_user(&mut db.conn(), &email).await;
    let mut tx = db.conn().begin().await.unwrap();
    insert_user(&mut tx, &(email.clone() + ".committed")).await;
    tx.commit().await.unwrap();

    // The code under test, on a task of its own, as a server's handler runs.
    let app = tokio::spawn({
        let email = email.clone();
        async move {
            count_users(&pool, &email).await + count_users(&pool, &(email + ".committed")).await
        }
    });
    assert_eq!(app.await.unwrap(), 2, "the app sees what the test arranged");
    assert_eq!(count_users(db.conn(), &email).await, 1);
}
