//! The HTTP API.

use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::json;

use crate::users::{CreateUserError, NewUser, UserService};

#[derive(Clone)]
pub struct AppState {
    pub users: UserService,
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/users", post(create_user))
        .route("/users/{id}", get(get_user))
        .route("/orgs/{id}/users", get(org_users))
        .with_state(state)
}

fn error(status: StatusCode, message: impl Into<String>) -> Response {
    (status, Json(json!({ "error": message.into() }))).into_response()
}

async fn create_user(
    State(state): State<AppState>,
    body: Result<Json<NewUser>, axum::extract::rejection::JsonRejection>,
) -> Response {
    let Json(new) = match body {
        Ok(body) => body,
        Err(rejection) => return error(StatusCode::UNPROCESSABLE_ENTITY, rejection.body_text()),
    };
    match state.users.create_user(new).await {
        Ok(user) => (
            StatusCode::CREATED,
            [(header::LOCATION, format!("/users/{}", user.id))],
            Json(user),
        )
            .into_response(),
        Err(CreateUserError::Invalid(message)) => error(StatusCode::UNPROCESSABLE_ENTITY, message),
        Err(CreateUserError::UnknownOrg(id)) => error(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("org {id} does not exist"),
        ),
        Err(CreateUserError::DuplicateEmail(email)) => error(
            StatusCode::CONFLICT,
            format!("{email} is already registered"),
        ),
        Err(CreateUserError::Email(e)) => error(StatusCode::BAD_GATEWAY, e.to_string()),
        Err(CreateUserError::Database(e)) => {
            error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string())
        }
    }
}

async fn get_user(State(state): State<AppState>, Path(id): Path<i64>) -> Response {
    match state.users.get_user(id).await {
        Ok(Some(user)) => Json(user).into_response(),
        Ok(None) => error(StatusCode::NOT_FOUND, format!("user {id} not found")),
        Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}

async fn org_users(State(state): State<AppState>, Path(id): Path<i64>) -> Response {
    match state.users.org_users(id).await {
        Ok(Some(users)) => Json(users).into_response(),
        Ok(None) => error(StatusCode::NOT_FOUND, format!("org {id} not found")),
        Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}
