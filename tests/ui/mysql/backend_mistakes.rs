// Which server a test runs on is read from the `Db<..>` types: a fixture on
// another server than its test, or a strategy the server cannot run, fails
// to compile at the user's token.
use itest::prelude::*;
use sqlx::MySql;

#[fixture]
async fn pg_org(_db: &mut Db) -> i64 {
    1
}

#[fixture]
async fn my_org(_db: &mut Db<MySql>) -> i64 {
    1
}

// A MySQL fixture that needs a PostgreSQL one.
#[fixture]
async fn mixed(_db: &mut Db<MySql>, pg_org: &i64) -> i64 {
    *pg_org
}

#[itest(db = "tx", fixtures = [pg_org])]
async fn mysql_test_with_pg_fixture(_db: &mut Db<MySql>, pg_org: &i64) {
    let _ = pg_org;
}

#[itest(db = "tx", fixtures = [my_org])]
async fn pg_test_with_mysql_fixture(_db: &mut Db, my_org: &i64) {
    let _ = my_org;
}

#[itest(db = "schema")]
async fn schema_on_mysql(_db: &mut Db<MySql>) {}

// Read from the fixture: a test without a `Db` of its own runs on its fixtures' server.
#[itest(db = "schema", fixtures = [my_org])]
async fn schema_on_mysql_through_a_fixture(my_org: &i64) {
    let _ = my_org;
}

fn main() {}
