//! A small service to show itest on: orgs and users over axum and sqlx,
//! with a welcome email sent through an external HTTP email service.

pub mod api;
pub mod mailer;
pub mod users;

pub use api::{router, AppState};
pub use mailer::Mailer;
pub use users::{CreateUserError, NewUser, User, UserService};
