//! Fixtures shared by test files: `mod shared;`, then name them by path
//! (`fixtures = [shared::user]`) or import them (`use shared::user;`).
//!
//! Also the factory pattern: [`NewUser`] builds a user row with sensible
//! defaults, a test overrides only what it is about, and the [`users`]
//! fixture hands a test a factory bound to its org.
#![allow(dead_code)] // each test binary uses a part

use itest::prelude::*;

#[derive(Debug, Clone, PartialEq)]
pub struct Org {
    pub id: i64,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub org_id: Option<i64>,
}

/// An org with a name no other test, process or run uses.
#[fixture]
pub async fn org(db: &mut Db) -> Result<Org, sqlx::Error> {
    let name = itest::unique("org");
    let id = sqlx::query_scalar("INSERT INTO orgs (name) VALUES ($1) RETURNING id")
        .bind(&name)
        .fetch_one(db.conn())
        .await?;
    Ok(Org { id, name })
}

/// A user of [`org`], with the factory's defaults.
#[fixture]
pub async fn user(db: &mut Db, org: &Org) -> Result<User, sqlx::Error> {
    NewUser::in_org(org).insert(db).await
}

/// A user row to insert: every field has a sensible default, and each test
/// changes only the fields it is about.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub email: String,
    pub name: String,
    pub org_id: Option<i64>,
}

impl Default for NewUser {
    fn default() -> Self {
        NewUser {
            email: format!("{}@example.com", itest::unique("user")),
            name: "Sam Example".to_owned(),
            org_id: None,
        }
    }
}

impl NewUser {
    pub fn in_org(org: &Org) -> Self {
        NewUser {
            org_id: Some(org.id),
            ..NewUser::default()
        }
    }

    pub async fn insert(self, db: &mut Db) -> Result<User, sqlx::Error> {
        let id = sqlx::query_scalar(
            "INSERT INTO users (email, name, org_id) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(&self.email)
        .bind(&self.name)
        .bind(self.org_id)
        .fetch_one(db.conn())
        .await?;
        Ok(User {
            id,
            email: self.email,
            name: self.name,
            org_id: self.org_id,
        })
    }
}

/// The factory as a fixture: users of one org, each made in one line.
///
/// ```ignore
/// let ann = users.create(db, |u| u.name = "Ann".into()).await;
/// ```
#[fixture]
pub fn users(org: &Org) -> Users {
    Users { org: org.clone() }
}

pub struct Users {
    pub org: Org,
}

impl Users {
    /// Inserts a user of the org with the defaults, changed by `change`.
    pub async fn create(&self, db: &mut Db, change: impl FnOnce(&mut NewUser)) -> User {
        let mut new = NewUser::in_org(&self.org);
        change(&mut new);
        new.insert(db).await.expect("insert a user")
    }
}
