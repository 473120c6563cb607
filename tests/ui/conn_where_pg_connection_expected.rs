// `db.conn()` returns a guard; a function that takes `&mut PgConnection` is
// called with `&mut db.conn()`, and the compiler says so.
use itest::Db;

async fn insert_user(_conn: &mut sqlx::PgConnection) {}

pub async fn arrange(db: &mut Db) {
    insert_user(db.conn()).await;
}

fn main() {}
