// SQLite runs "fresh" and "tx"; the strategies it has no use for fail to
// compile at the `db = ".."`, saying what to use instead.
use itest::prelude::*;
use sqlx::Sqlite;

#[fixture]
async fn pg_org(_db: &mut Db) -> i64 {
    1
}

#[itest(db = "truncate")]
async fn truncate_on_sqlite(_db: &mut Db<Sqlite>) {}

#[itest(db = "schema")]
async fn schema_on_sqlite(_db: &mut Db<Sqlite>) {}

#[itest(db = "tx", fixtures = [pg_org])]
async fn sqlite_test_with_pg_fixture(_db: &mut Db<Sqlite>, pg_org: &i64) {
    let _ = pg_org;
}

fn main() {}
