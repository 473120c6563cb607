//! Code under test on runtimes of its own: an actix-web server with one
//! worker, started in a fixture and stopped in its teardown, the way
//! zero-to-production's API suite runs its app. actix runs every worker on
//! a runtime of its own, so the app opens, uses and hands back the test's
//! connections on a runtime that stops when the server does.
//!
//! Each strategy runs the same API test many times in a row: a connection
//! that outlives the worker's runtime, or a rollback that depends on it,
//! shows up as a failure or a hang in one of them.

use std::time::Duration;

use actix_web::{web, App, HttpResponse, HttpServer};
use itest::prelude::*;
use sqlx::PgPool;

/// The app: one route that inserts a user and one that counts them.
async fn create_user(pool: web::Data<PgPool>, email: String) -> HttpResponse {
    let inserted = sqlx::query("INSERT INTO users (email) VALUES ($1)")
        .bind(&email)
        .execute(pool.get_ref())
        .await;
    match inserted {
        Ok(_) => HttpResponse::Created().finish(),
        Err(e) => HttpResponse::InternalServerError().body(e.to_string()),
    }
}

async fn count_users(pool: web::Data<PgPool>, email: web::Path<String>) -> HttpResponse {
    let counted: Result<i64, _> = sqlx::query_scalar("SELECT count(*) FROM users WHERE email = $1")
        .bind(email.as_str())
        .fetch_one(pool.get_ref())
        .await;
    match counted {
        Ok(n) => HttpResponse::Ok().body(n.to_string()),
        Err(e) => HttpResponse::InternalServerError().body(e.to_string()),
    }
}

/// A running server: its address, and what stops it.
pub struct Server {
    address: String,
    handle: actix_web::dev::ServerHandle,
    thread: std::thread::JoinHandle<std::io::Result<()>>,
}

#[fixture(teardown = stop)]
fn server(db: &mut Db) -> Server {
    let pool = web::Data::new(db.pool());
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    let address = format!("http://{}", listener.local_addr().unwrap());
    let server = HttpServer::new(move || {
        App::new()
            .app_data(pool.clone())
            .route("/users", web::post().to(create_user))
            .route("/users/{email}", web::get().to(count_users))
    })
    .workers(1)
    .disable_signals()
    .shutdown_timeout(1)
    .listen(listener)
    .expect("listen")
    .run();
    let handle = server.handle();
    let thread = std::thread::spawn(move || actix_web::rt::System::new().block_on(server));
    Server {
        address,
        handle,
        thread,
    }
}

/// Stops the server right after the test's last request, as suites do.
async fn stop(server: Server) -> Result<(), String> {
    server.handle.stop(true).await;
    server
        .thread
        .join()
        .map_err(|_| "the server's thread panicked".to_owned())?
        .map_err(|e| e.to_string())
}

/// The API test: arrange with the test's own connection, act over HTTP,
/// verify by re-querying, as the seed's example does.
async fn api_round_trip(db: &mut Db, server: &Server) {
    let email = format!("{}@example.com", itest::unique("actix"));
    let client = reqwest::Client::new();
    let before: i64 = sqlx::query_scalar("SELECT count(*) FROM users")
        .fetch_one(db.conn())
        .await
        .unwrap();
    // In db = "tx" the app's pool and `db.conn()` are one connection: the
    // guard `db.conn()` returned has handed it back by now.
    let created = client
        .post(format!("{}/users", server.address))
        .body(email.clone())
        .timeout(Duration::from_secs(5))
        .send()
        .await
        .expect("the app answers");
    let status = created.status();
    assert_eq!(status, 201, "{}", created.text().await.unwrap_or_default());
    let counted = client
        .get(format!("{}/users/{email}", server.address))
        .send()
        .await
        .expect("the app answers")
        .text()
        .await
        .unwrap();
    assert_eq!(counted, "1", "the app sees its own row");
    let after: i64 = sqlx::query_scalar("SELECT count(*) FROM users")
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(after, before + 1, "the test sees the app's row");
}

macro_rules! api_tests {
    ($strategy:literal: $($name:ident),*) => {$(
        #[itest(db = $strategy, fixtures = [server], migrations = "tests/migrations", timeout = "20s")]
        async fn $name(db: &mut Db, server: &Server) {
            api_round_trip(db, server).await;
        }
    )*};
}

api_tests!("tx": tx_1, tx_2, tx_3, tx_4, tx_5, tx_6, tx_7, tx_8, tx_9, tx_10);
api_tests!("truncate": truncate_1, truncate_2, truncate_3, truncate_4, truncate_5,
    truncate_6, truncate_7, truncate_8, truncate_9, truncate_10);
api_tests!("schema": schema_1, schema_2, schema_3, schema_4, schema_5);
api_tests!("fresh": fresh_1, fresh_2, fresh_3, fresh_4, fresh_5);

/// The test's last act is a request, and the server stops right after it:
/// the app hands the test's connection back from a task on the worker's
/// runtime, which may stop before that task runs. The rollback must happen
/// all the same.
async fn last_act_is_a_request(db: &mut Db, server: &Server) {
    let email = format!("{}@example.com", itest::unique("last"));
    let created = reqwest::Client::new()
        .post(format!("{}/users", server.address))
        .body(email)
        .send()
        .await
        .expect("the app answers");
    assert_eq!(created.status(), 201);
    db.pool();
}

macro_rules! last_request_tests {
    ($strategy:literal: $($name:ident),*) => {$(
        #[itest(db = $strategy, fixtures = [server], migrations = "tests/migrations", timeout = "20s")]
        async fn $name(db: &mut Db, server: &Server) {
            last_act_is_a_request(db, server).await;
        }
    )*};
}

last_request_tests!("tx": tx_last_1, tx_last_2, tx_last_3, tx_last_4, tx_last_5,
    tx_last_6, tx_last_7, tx_last_8, tx_last_9, tx_last_10);
last_request_tests!("truncate": truncate_last_1, truncate_last_2, truncate_last_3,
    truncate_last_4, truncate_last_5);
