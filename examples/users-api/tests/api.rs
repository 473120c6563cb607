//! The users API tested the way a team would: through the service, through
//! the router, over a real port, against the real PostgreSQL, with the third
//! party (the email service) stubbed over real HTTP.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use itest::prelude::*;
use serde_json::{json, Value};
use tower::ServiceExt;
use users_api::{router, AppState, Mailer, NewUser, User, UserService};
use wiremock::matchers::{body_json, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

// ---- Fixtures and factories ------------------------------------------------

#[derive(Debug)]
pub struct Org {
    pub id: i64,
    pub name: String,
}

/// An org with a name no other test uses.
#[fixture]
async fn org(db: &mut Db) -> Result<Org, sqlx::Error> {
    let name = itest::unique("org");
    let id = sqlx::query_scalar("INSERT INTO orgs (name) VALUES ($1) RETURNING id")
        .bind(&name)
        .fetch_one(db.conn())
        .await?;
    Ok(Org { id, name })
}

/// The external email service, stubbed: accepts every message. Its teardown
/// checks the expectations a test mounted on it (`.expect(n)`).
#[fixture(teardown = verify_email)]
async fn email() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/messages"))
        .respond_with(ResponseTemplate::new(202))
        .with_priority(u8::MAX)
        .mount(&server)
        .await;
    server
}

async fn verify_email(server: &MockServer) {
    server.verify().await;
}

/// The app wired to the test's database and the email stub.
fn app(db: &mut Db, email: &MockServer) -> Router {
    router(AppState {
        users: service(db, email),
    })
}

fn service(db: &mut Db, email: &MockServer) -> UserService {
    UserService::new(db.pool(), Mailer::new(email.uri()))
}

/// Factory: a valid new user in `org`, with a unique email. Override any
/// field with struct update syntax: `NewUser { name: Some("Ann".into()), ..new_user(org) }`.
fn new_user(org: &Org) -> NewUser {
    NewUser {
        org_id: Some(org.id),
        email: Some(format!("{}@example.com", itest::unique("user"))),
        name: Some("Sam".to_owned()),
    }
}

/// Factory that persists: inserts the user directly, no HTTP, no email.
async fn insert_user(db: &mut Db, new: NewUser) -> User {
    let (id, org_id, email, name): (i64, i64, String, String) = sqlx::query_as(
        "INSERT INTO users (org_id, email, name) VALUES ($1, $2, $3) RETURNING id, org_id, email, name",
    )
    .bind(new.org_id)
    .bind(new.email)
    .bind(new.name)
    .fetch_one(db.conn())
    .await
    .unwrap();
    User {
        id,
        org_id,
        email,
        name,
    }
}

async fn send(app: &Router, request: Request<Body>) -> (StatusCode, Option<String>, Value) {
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let content_type = response
        .headers()
        .get(header::CONTENT_TYPE)
        .map(|v| v.to_str().unwrap().to_owned());
    let location = response
        .headers()
        .get(header::LOCATION)
        .map(|v| v.to_str().unwrap().to_owned());
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    if !bytes.is_empty() {
        assert_eq!(
            content_type.as_deref(),
            Some("application/json"),
            "every answer is JSON"
        );
    }
    let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    (status, location, body)
}

fn post_json(uri: &str, body: Value) -> Request<Body> {
    Request::post(uri)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .unwrap()
}

fn get(uri: &str) -> Request<Body> {
    Request::get(uri).body(Body::empty()).unwrap()
}

async fn users_with_email(db: &mut Db, email: &str) -> i64 {
    sqlx::query_scalar("SELECT count(*) FROM users WHERE email = $1")
        .bind(email)
        .fetch_one(db.conn())
        .await
        .unwrap()
}

// ---- Service to database ---------------------------------------------------

#[itest(db = "tx", fixtures = [org, email])]
async fn create_user_persists(db: &mut Db, org: &Org, email: &MockServer) {
    let created = service(db, email)
        .create_user(new_user(org))
        .await
        .expect("created");

    // Verify by re-querying, not by trusting the return value.
    let stored: (i64, String, String) =
        sqlx::query_as("SELECT org_id, email, name FROM users WHERE id = $1")
            .bind(created.id)
            .fetch_one(db.conn())
            .await
            .unwrap();
    assert_eq!(stored, (org.id, created.email.clone(), "Sam".to_owned()));
    let audited: i64 = sqlx::query_scalar("SELECT count(*) FROM audit_log WHERE subject_id = $1")
        .bind(created.id)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(audited, 1);
}

// ---- API through the real router -------------------------------------------

#[itest(db = "tx", fixtures = [org, email])]
async fn post_then_get_returns_the_user(db: &mut Db, org: &Org, email: &MockServer) {
    let app = app(db, email);
    let address = format!("{}@example.com", itest::unique("ann"));
    let (status, location, created) = send(
        &app,
        post_json(
            "/users",
            json!({ "org_id": org.id, "email": address, "name": "Ann" }),
        ),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    let id = created["id"].as_i64().expect("an id");
    assert_eq!(location.as_deref(), Some(format!("/users/{id}").as_str()));

    // The side effect, checked with a second request.
    let (status, _, fetched) = send(&app, get(&format!("/users/{id}"))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        fetched,
        json!({ "id": id, "org_id": org.id, "email": address, "name": "Ann" })
    );
}

/// One case per mistake: each is its own test (`invalid_input_is_422..::
/// case_1_no_email`), with its own transaction, fixtures and time limit.
/// `fields` are laid over `{"org_id": <the org>}`; `null` leaves a field out.
#[itest(db = "tx", fixtures = [org, email])]
#[case::no_email(json!({}), "email is required")]
#[case::not_an_email(json!({ "email": "not-an-email" }), "email must look like name@example.com")]
#[case::no_dot_in_domain(json!({ "email": "a@b" }), "email must look like name@example.com")]
#[case::no_org(json!({ "org_id": null, "email": "x@example.com" }), "org_id is required")]
#[case::unknown_org(json!({ "org_id": -1, "email": "x@example.com" }), "org -1 does not exist")]
#[case::org_not_a_number(json!({ "org_id": "seven" }), "org_id")]
async fn invalid_input_is_422_with_a_clear_error(
    db: &mut Db,
    org: &Org,
    email: &MockServer,
    #[case] fields: Value,
    #[case] message: &str,
) {
    let mut body = json!({ "org_id": org.id });
    for (field, value) in fields.as_object().unwrap() {
        match value {
            Value::Null => body.as_object_mut().unwrap().remove(field),
            value => body
                .as_object_mut()
                .unwrap()
                .insert(field.clone(), value.clone()),
        };
    }
    let app = app(db, email);
    let (status, _, answer) = send(&app, post_json("/users", body.clone())).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "for {body}");
    let error = answer["error"].as_str().unwrap_or_default();
    assert!(error.contains(message), "for {body}: {error}");
    let stored: i64 = sqlx::query_scalar("SELECT count(*) FROM users WHERE org_id = $1")
        .bind(org.id)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(stored, 0, "nothing was stored");
}

#[itest(db = "tx", fixtures = [org, email])]
async fn duplicate_email_is_409(db: &mut Db, org: &Org, email: &MockServer) {
    let existing = insert_user(db, new_user(org)).await;
    let app = app(db, email);
    let (status, _, answer) = send(
        &app,
        post_json(
            "/users",
            json!({ "org_id": org.id, "email": existing.email }),
        ),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(
        answer["error"],
        format!("{} is already registered", existing.email)
    );
    assert_eq!(users_with_email(db, &existing.email).await, 1);
}

#[itest(db = "tx", fixtures = [email])]
async fn unknown_user_is_404(db: &mut Db, email: &MockServer) {
    let (status, _, answer) = send(&app(db, email), get("/users/999999999")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(answer["error"], "user 999999999 not found");
}

// ---- The email service: contract and failure -------------------------------

#[itest(db = "tx", fixtures = [org, email])]
async fn welcome_email_follows_the_contract(db: &mut Db, org: &Org, email: &MockServer) {
    let address = format!("{}@example.com", itest::unique("bo"));
    Mock::given(method("POST"))
        .and(path("/v1/messages"))
        .and(body_json(
            json!({ "to": address, "template": "welcome", "name": "Bo" }),
        ))
        .respond_with(ResponseTemplate::new(202))
        .expect(1) // checked by the fixture's teardown
        .mount(email)
        .await;
    let (status, _, _) = send(
        &app(db, email),
        post_json(
            "/users",
            json!({ "org_id": org.id, "email": address, "name": "Bo" }),
        ),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);

    let requests = email.received_requests().await.unwrap();
    assert_eq!(requests.len(), 1);
    assert_eq!(
        requests[0]
            .headers
            .get("content-type")
            .map(|v| v.to_str().unwrap()),
        Some("application/json")
    );
}

#[itest(db = "tx", fixtures = [org, email])]
async fn email_outage_is_502_and_stores_nothing(db: &mut Db, org: &Org, email: &MockServer) {
    Mock::given(method("POST"))
        .and(path("/v1/messages"))
        .respond_with(ResponseTemplate::new(500))
        .mount(email)
        .await;
    let user = new_user(org);
    let address = user.email.clone().unwrap();
    let (status, _, answer) = send(&app(db, email), post_json("/users", json!(user))).await;
    assert_eq!(status, StatusCode::BAD_GATEWAY);
    assert!(
        answer["error"].as_str().unwrap().contains("500"),
        "{answer}"
    );
    assert_eq!(
        users_with_email(db, &address).await,
        0,
        "the user was rolled back"
    );
}

// ---- Factories, and the other strategies where they fit ---------------------

#[itest(db = "truncate", fixtures = [org, email])]
async fn org_lists_its_users_in_order(db: &mut Db, org: &Org, email: &MockServer) {
    // Three users differing only in their name: one line each.
    let ann = insert_user(
        db,
        NewUser {
            name: Some("Ann".into()),
            ..new_user(org)
        },
    )
    .await;
    let bo = insert_user(
        db,
        NewUser {
            name: Some("Bo".into()),
            ..new_user(org)
        },
    )
    .await;
    let cy = insert_user(
        db,
        NewUser {
            name: Some("Cy".into()),
            ..new_user(org)
        },
    )
    .await;

    let (status, _, listed) = send(&app(db, email), get(&format!("/orgs/{}/users", org.id))).await;
    assert_eq!(status, StatusCode::OK);
    let names: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Ann", "Bo", "Cy"]);
    let ids: Vec<i64> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, [ann.id, bo.id, cy.id]);
}

/// The app served on a real loopback port; stopped by its teardown.
pub struct Served {
    pub url: String,
    task: tokio::task::JoinHandle<()>,
}

#[fixture(teardown = stop)]
async fn served(db: &mut Db, email: &MockServer) -> Served {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let app = app(db, email);
    let task = tokio::spawn(async move {
        axum::serve(listener, app).await.unwrap();
    });
    Served { url, task }
}

async fn stop(served: &Served) {
    served.task.abort();
}

#[itest(db = "schema", fixtures = [org, served])]
async fn real_http_round_trip(db: &mut Db, org: &Org, served: &Served) {
    let client = reqwest::Client::new();
    let address = format!("{}@example.com", itest::unique("http"));
    let created = client
        .post(format!("{}/users", served.url))
        .json(&json!({ "org_id": org.id, "email": address }))
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), reqwest::StatusCode::CREATED);
    let location = created.headers()[reqwest::header::LOCATION]
        .to_str()
        .unwrap()
        .to_owned();

    let fetched = client
        .get(format!("{}{location}", served.url))
        .send()
        .await
        .unwrap();
    assert_eq!(fetched.status(), reqwest::StatusCode::OK);
    let user: Value = fetched.json().await.unwrap();
    assert_eq!(user["email"], address);
    assert_eq!(
        user["name"],
        address.split('@').next().unwrap(),
        "the name defaults to the local part"
    );
    assert_eq!(users_with_email(db, &address).await, 1);
}

#[itest(db = "fresh", fixtures = [org, email])]
async fn user_and_audit_are_committed_in_two_transactions(
    db: &mut Db,
    org: &Org,
    email: &MockServer,
) {
    let created = service(db, email).create_user(new_user(org)).await.unwrap();

    // Seen from a separate session: both transactions really committed.
    let mut outside = <sqlx::PgConnection as sqlx::Connection>::connect_with(&db.connect_options())
        .await
        .unwrap();
    let (users, audits): (i64, i64) = sqlx::query_as(
        "SELECT (SELECT count(*) FROM users WHERE id = $1), (SELECT count(*) FROM audit_log WHERE subject_id = $1)",
    )
    .bind(created.id)
    .fetch_one(&mut outside)
    .await
    .unwrap();
    assert_eq!((users, audits), (1, 1));
}
