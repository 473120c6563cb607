//! Users: validation, persistence and the welcome email.

use serde::{Deserialize, Serialize};
use sqlx::PgPool;

use crate::mailer::{MailError, Mailer};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    pub id: i64,
    pub org_id: i64,
    pub email: String,
    pub name: String,
}

/// What `POST /users` accepts. Every field is optional here so that a
/// missing one gets our 422 message, not a generic deserialisation error.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct NewUser {
    pub org_id: Option<i64>,
    pub email: Option<String>,
    pub name: Option<String>,
}

#[derive(Debug)]
pub enum CreateUserError {
    Invalid(String),
    DuplicateEmail(String),
    UnknownOrg(i64),
    Email(MailError),
    Database(sqlx::Error),
}

/// The columns of a user, in `User`'s order.
type UserRow = (i64, i64, String, String);

impl From<UserRow> for User {
    fn from((id, org_id, email, name): UserRow) -> User {
        User {
            id,
            org_id,
            email,
            name,
        }
    }
}

impl From<sqlx::Error> for CreateUserError {
    fn from(e: sqlx::Error) -> Self {
        CreateUserError::Database(e)
    }
}

#[derive(Clone, Debug)]
pub struct UserService {
    pool: PgPool,
    mailer: Mailer,
}

impl UserService {
    pub fn new(pool: PgPool, mailer: Mailer) -> UserService {
        UserService { pool, mailer }
    }

    /// Creates the user and sends the welcome email. The user is committed
    /// only if the email service accepted the message; the audit entry is
    /// written in a second transaction after that.
    pub async fn create_user(&self, new: NewUser) -> Result<User, CreateUserError> {
        let (org_id, email, name) = validate(new)?;
        let mut tx = self.pool.begin().await?;
        let inserted = sqlx::query_as::<_, UserRow>(
            "INSERT INTO users (org_id, email, name) VALUES ($1, $2, $3)
             RETURNING id, org_id, email, name",
        )
        .bind(org_id)
        .bind(&email)
        .bind(&name)
        .fetch_one(&mut *tx)
        .await;
        let user = match inserted {
            Ok(row) => User::from(row),
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
                return Err(CreateUserError::DuplicateEmail(email))
            }
            Err(sqlx::Error::Database(e)) if e.is_foreign_key_violation() => {
                return Err(CreateUserError::UnknownOrg(org_id))
            }
            Err(e) => return Err(e.into()),
        };
        self.mailer
            .send_welcome(&user.email, &user.name)
            .await
            .map_err(CreateUserError::Email)?; // drops `tx`: rolled back
        tx.commit().await?;

        let mut audit = self.pool.begin().await?;
        sqlx::query("INSERT INTO audit_log (event, subject_id) VALUES ('user.created', $1)")
            .bind(user.id)
            .execute(&mut *audit)
            .await?;
        audit.commit().await?;
        Ok(user)
    }

    pub async fn get_user(&self, id: i64) -> Result<Option<User>, sqlx::Error> {
        let row: Option<UserRow> =
            sqlx::query_as("SELECT id, org_id, email, name FROM users WHERE id = $1")
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(User::from))
    }

    /// The org's users, or `None` when the org does not exist.
    pub async fn org_users(&self, org_id: i64) -> Result<Option<Vec<User>>, sqlx::Error> {
        let exists: bool = sqlx::query_scalar("SELECT EXISTS (SELECT FROM orgs WHERE id = $1)")
            .bind(org_id)
            .fetch_one(&self.pool)
            .await?;
        if !exists {
            return Ok(None);
        }
        let rows: Vec<UserRow> = sqlx::query_as(
            "SELECT id, org_id, email, name FROM users WHERE org_id = $1 ORDER BY id",
        )
        .bind(org_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(Some(rows.into_iter().map(User::from).collect()))
    }
}

fn validate(new: NewUser) -> Result<(i64, String, String), CreateUserError> {
    let invalid = |m: &str| CreateUserError::Invalid(m.to_owned());
    let org_id = new.org_id.ok_or_else(|| invalid("org_id is required"))?;
    let email = new.email.map(|e| e.trim().to_owned()).unwrap_or_default();
    if email.is_empty() {
        return Err(invalid("email is required"));
    }
    let well_formed = email.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty() && domain.contains('.') && !domain.starts_with('.')
    }) && !email.contains(char::is_whitespace);
    if !well_formed {
        return Err(invalid("email must look like name@example.com"));
    }
    let name = new
        .name
        .map(|n| n.trim().to_owned())
        .filter(|n| !n.is_empty());
    let name = name.unwrap_or_else(|| email.split('@').next().unwrap_or_default().to_owned());
    Ok((org_id, email, name))
}
