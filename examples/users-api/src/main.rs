//! Runs the service: DATABASE_URL, EMAIL_API_URL, and PORT (default 3000).

use sqlx::postgres::PgPoolOptions;
use users_api::{router, AppState, Mailer, UserService};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let database_url = std::env::var("DATABASE_URL").map_err(|_| "set DATABASE_URL")?;
    let email_api = std::env::var("EMAIL_API_URL").map_err(|_| "set EMAIL_API_URL")?;
    let port = std::env::var("PORT").unwrap_or_else(|_| "3000".to_owned());
    let pool = PgPoolOptions::new().connect(&database_url).await?;
    let migrations = concat!(env!("CARGO_MANIFEST_DIR"), "/migrations");
    sqlx::migrate::Migrator::new(std::path::Path::new(migrations))
        .await?
        .run(&pool)
        .await?;
    let state = AppState {
        users: UserService::new(pool, Mailer::new(email_api)),
    };
    let listener = tokio::net::TcpListener::bind(format!("127.0.0.1:{port}")).await?;
    axum::serve(listener, router(state)).await?;
    Ok(())
}
