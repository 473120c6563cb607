//! The migrated databases tests run in: one per migrations content, named
//! `itest_<hash>`, created beside the URL's database and reused across runs.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::backend::{Backend, DatabaseState, Postgres};
use crate::pool::LeaseSet;
use crate::server::Server;
use crate::Error;

/// Bumped when the way itest prepares databases changes, so old ones are not reused.
const LAYOUT_VERSION: &str = "itest-layout-1";
/// Every database itest creates starts with this, and itest touches no other.
pub(crate) const NAME_PREFIX: &str = "itest_";

/// A database with the migrations applied, and the connections tests lease in it.
pub(crate) struct TestDatabase {
    pub name: String,
    pub leases: LeaseSet,
}

/// The migrations a test asked for, resolved to a folder (or none).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Migrations {
    pub folder: Option<PathBuf>,
}

impl Migrations {
    /// `migrations = "path"` relative to the crate, else `migrations/` when it exists.
    pub(crate) fn resolve(manifest_dir: &str, path: Option<&str>) -> Migrations {
        let folder = match path {
            Some(path) => Some(Path::new(manifest_dir).join(path)),
            None => Some(Path::new(manifest_dir).join("migrations")).filter(|p| p.is_dir()),
        };
        Migrations { folder }
    }

    /// A digest of the file names and contents, so a changed migration gets a new database.
    fn digest(&self) -> Result<[u8; 32], Error> {
        let mut hasher = Sha256::new();
        hasher.update(LAYOUT_VERSION);
        if let Some(folder) = &self.folder {
            let unreadable = |e: std::io::Error| Error::MigrationsUnreadable {
                path: folder.display().to_string(),
                reason: e.to_string(),
            };
            let mut files = std::fs::read_dir(folder)
                .map_err(unreadable)?
                .map(|entry| entry.map(|e| e.path()))
                .collect::<Result<Vec<_>, _>>()
                .map_err(unreadable)?;
            files.retain(|p| p.is_file());
            files.sort();
            for file in files {
                hasher.update(b"\0");
                hasher.update(file.file_name().unwrap_or_default().as_encoded_bytes());
                hasher.update(b"\0");
                hasher.update(std::fs::read(&file).map_err(unreadable)?);
            }
        }
        Ok(hasher.finalize().into())
    }
}

impl TestDatabase {
    /// Finds or makes the migrated database for `migrations`. Processes that
    /// race here queue on a server-wide lock, so migrations run once.
    pub(crate) async fn prepare(
        server: &Server,
        migrations: &Migrations,
        max_connections: u32,
    ) -> Result<TestDatabase, Error> {
        let digest = migrations.digest()?;
        let name = format!("{NAME_PREFIX}{}", hex(&digest[..8]));
        let lock_key = i64::from_be_bytes(digest[8..16].try_into().expect("8 bytes"));

        // A dedicated session: if this process dies, the server drops the lock with it.
        let mut admin = server.dedicated_admin().await?;
        Postgres::lock(&mut admin, lock_key)
            .await
            .map_err(|e| server.error("waiting for the migrations lock", &e))?;
        let prepared = Self::create_and_migrate(server, &mut admin, &name, migrations).await;
        // Closing the session releases the lock, even when preparing failed.
        let _ = sqlx::Connection::close(admin).await;
        prepared?;

        Ok(TestDatabase {
            leases: LeaseSet::new(server.options_for(&name), max_connections),
            name,
        })
    }

    async fn create_and_migrate(
        server: &Server,
        admin: &mut sqlx::PgConnection,
        name: &str,
        migrations: &Migrations,
    ) -> Result<(), Error> {
        let state = Postgres::database_state(admin, name)
            .await
            .map_err(|e| server.error("looking up the test database", &e))?;
        match state {
            DatabaseState::Ready => return Ok(()),
            DatabaseState::Incomplete => Postgres::drop_database(admin, name)
                .await
                .map_err(|e| server.error("dropping a half-migrated test database", &e))?,
            DatabaseState::Missing => {}
        }
        Postgres::create_database(admin, name).await.map_err(|e| {
            if Postgres::is_permission_denied(&e) {
                Error::MissingCreateDb {
                    user: server.username().to_owned(),
                    server: server.description().to_owned(),
                    var: server.url_var(),
                    reason: e.to_string(),
                }
            } else {
                server.error("creating the test database", &e)
            }
        })?;

        if let Some(folder) = &migrations.folder {
            let migration_error = |reason: String| Error::Migration {
                path: folder.display().to_string(),
                server: server.description().to_owned(),
                reason,
            };
            let migrator = sqlx::migrate::Migrator::new(folder.as_path())
                .await
                .map_err(|e| migration_error(e.to_string()))?;
            let mut conn = sqlx::ConnectOptions::connect(&server.options_for(name))
                .await
                .map_err(|e| server.error("connecting to the new test database", &e))?;
            migrator
                .run(&mut conn)
                .await
                .map_err(|e| migration_error(e.to_string()))?;
            let _ = sqlx::Connection::close(conn).await;
        }
        Postgres::mark_ready(admin, name)
            .await
            .map_err(|e| server.error("marking the test database ready", &e))
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
