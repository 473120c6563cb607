//! The databases tests run in. Per migrations content and role there is one
//! template, `itest_<hash>`, migrated once and reused across runs; every
//! database a strategy uses is a copy of it (or, for schemas, a neighbour of
//! it). Keyed by role too: a role can copy only templates it owns, and use
//! only tables its migrations made.

#[cfg(feature = "mysql")]
pub(crate) mod mysql;
#[cfg(feature = "sqlite")]
pub(crate) mod sqlite;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use sha2::{Digest, Sha256};
use sqlx::migrate::{MigrateError, Migrator};
use sqlx::PgConnection;
use tokio::sync::OnceCell;

use crate::backend::{Postgres, ServerSql};
use crate::mark::{self, hex, NAME_PREFIX};
use crate::mark::{shared_copy_what, TEMPLATE_WHAT};
use crate::run::registry;
use crate::server::is_session_lost;
use crate::server::Server;
use crate::unique::run_id;
use crate::Error;

/// Bumped when the way itest prepares databases changes, so old ones are not reused.
const LAYOUT_VERSION: &str = "itest-layout-3";

/// The migrations a test asked for, resolved to a folder (or none).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Migrations {
    pub folder: Option<PathBuf>,
    /// `seed = [..]`: SQL files applied after the migrations, in order.
    pub seeds: Vec<PathBuf>,
}

impl Migrations {
    /// `migrations = "path"` relative to the crate, else `migrations/` when it exists.
    ///
    /// The crate's folder is the one `CARGO_MANIFEST_DIR` names when the
    /// test runs (cargo and nextest set it, and `nextest run --archive-file
    /// .. --workspace-remap` sets it to where the sources are now), else the
    /// one the test was compiled in.
    pub(crate) fn resolve(compiled_in: &str, path: Option<&str>, seeds: &[&str]) -> Migrations {
        let runtime = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from);
        let crate_dir = runtime
            .filter(|dir| dir.is_dir())
            .unwrap_or_else(|| PathBuf::from(compiled_in));
        let folder = match path {
            Some(path) => Some(crate_dir.join(path)),
            None => Some(crate_dir.join("migrations")).filter(|p| p.is_dir()),
        };
        let seeds = seeds.iter().map(|seed| crate_dir.join(seed)).collect();
        Migrations { folder, seeds }
    }

    /// The seed files' SQL, in order, with their paths.
    pub(crate) fn seed_sql(&self) -> Result<Vec<(String, String)>, Error> {
        self.seeds
            .iter()
            .map(|path| {
                let sql =
                    std::fs::read_to_string(path).map_err(|e| Error::MigrationsUnreadable {
                        path: path.display().to_string(),
                        reason: e.to_string(),
                    })?;
                Ok((path.display().to_string(), sql))
            })
            .collect()
    }

    /// A digest of the file names and contents, so a changed migration gets a new template.
    pub(crate) fn digest(&self) -> Result<[u8; 32], Error> {
        let mut hasher = Sha256::new();
        hasher.update(LAYOUT_VERSION);
        self.hash_files(&mut hasher)?;
        // A changed seed file gives a new template; no seeds, the same as before.
        for (path, sql) in self.seed_sql()? {
            hasher.update(b"\0seed\0");
            hasher.update(
                Path::new(&path)
                    .file_name()
                    .unwrap_or_default()
                    .as_encoded_bytes(),
            );
            hasher.update(b"\0");
            hasher.update(sql);
        }
        Ok(hasher.finalize().into())
    }

    fn hash_files(&self, hasher: &mut Sha256) -> Result<(), Error> {
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
        Ok(())
    }
}

/// A migrated database nobody connects to, copied by the strategies.
pub(crate) struct Template {
    pub name: String,
    pub server: Arc<Server>,
    migrations: Migrations,
    migrator: OnceCell<Result<Arc<Migrator>, Error>>,
    script: OnceCell<Option<Arc<str>>>,
}

impl Template {
    /// Finds or makes the template for `migrations`. Processes that race
    /// here queue on a server-wide lock, so migrations run once.
    pub(crate) async fn prepare(
        server: Arc<Server>,
        migrations: &Migrations,
    ) -> Result<Template, Error> {
        let template = Template {
            name: Template::name_for(migrations, server.username())?,
            server,
            migrations: migrations.clone(),
            migrator: OnceCell::new(),
            script: OnceCell::new(),
        };
        let made = template
            .ensure(&template.name, None, TEMPLATE_WHAT, true)
            .await?;
        // Found or made, marked, its use recorded: the run's processes of
        // the next minute need not look again (see `isolation/tx.rs`).
        template.server.note_template_used(&template.name);
        if made {
            // A new template: older ones may now be unused (edited migrations).
            let server = Arc::clone(&template.server);
            tokio::spawn(async move {
                if let Ok(mut admin) = server.dedicated_admin().await {
                    let _ = crate::run::collect_templates(&server, &mut admin).await;
                    let _ = sqlx::Connection::close(admin).await;
                }
            });
        }
        Ok(template)
    }

    /// The template's name for `migrations` and the role `username`: known
    /// before the server is reached, so a session to a copy can open early.
    /// Worked out once per process: the first lease and the lookup both need it.
    pub(crate) fn name_for(migrations: &Migrations, username: &str) -> Result<String, Error> {
        type Names = std::sync::Mutex<std::collections::HashMap<(Migrations, String), String>>;
        static NAMES: std::sync::OnceLock<Names> = std::sync::OnceLock::new();
        let names = NAMES.get_or_init(Default::default);
        let key = (migrations.clone(), username.to_owned());
        if let Some(name) = names.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
            return Ok(name.clone());
        }
        let digest = Sha256::new()
            .chain_update(migrations.digest()?)
            .chain_update(b"\0role\0")
            .chain_update(username.as_bytes())
            .finalize();
        let name = format!("{NAME_PREFIX}{}", hex(&digest[..8]));
        names
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(key, name.clone());
        Ok(name)
    }

    /// The name of a database derived from this template.
    pub(crate) fn copy_name(&self, suffix: &str) -> String {
        copy_name(&self.name, suffix)
    }

    /// Makes (once, under the template's lock) a database shared by every
    /// process: `<template>_<suffix>`, a copy of the template, or an empty
    /// database when `empty`. Returns its name.
    pub(crate) async fn shared_copy(
        &self,
        suffix: &str,
        kind: &str,
        empty: bool,
    ) -> Result<String, Error> {
        let name = self.copy_name(suffix);
        self.ensure_shared_copy(&name, suffix, kind, empty).await?;
        Ok(name)
    }

    /// [`Template::shared_copy`] by name; `true` when this call made it.
    pub(crate) async fn ensure_shared_copy(
        &self,
        name: &str,
        suffix: &str,
        kind: &str,
        empty: bool,
    ) -> Result<bool, Error> {
        debug_assert_eq!(
            shared_copy_what(suffix, &self.name),
            Some(format!("{kind} of {}", self.name))
        );
        let what = format!("{kind} of {}", self.name);
        let source = (!empty).then_some(self.name.as_str());
        self.ensure(name, source, &what, false).await
    }

    pub(crate) fn has_seeds(&self) -> bool {
        !self.migrations.seeds.is_empty()
    }

    /// Applies the seed files, in order, each in one transaction. A failure
    /// names the file and the line in it.
    pub(crate) async fn apply_seeds(&self, conn: &mut sqlx::PgConnection) -> Result<(), Error> {
        for (path, sql) in self.migrations.seed_sql()? {
            let script = format!("BEGIN;\n{sql}\n;\nCOMMIT;");
            if let Err(e) = sqlx::raw_sql(sqlx::AssertSqlSafe(script.clone()))
                .execute(&mut *conn)
                .await
            {
                let reason = match Postgres::error_position(&e) {
                    // Positions count from the script; the seed starts after `BEGIN;\n`.
                    Some(at) if at > "BEGIN;\n".len() => {
                        Postgres::explain_at(&e, &sql, at - "BEGIN;\n".len())
                    }
                    _ => Postgres::explain(&e, None),
                };
                return Err(Error::Seed {
                    path,
                    server: self.server.description().to_owned(),
                    reason,
                });
            }
        }
        Ok(())
    }

    /// The migrations as a sqlx migrator, read once per process.
    pub(crate) async fn migrator(&self) -> Result<Option<Arc<Migrator>>, Error> {
        let Some(folder) = &self.migrations.folder else {
            return Ok(None);
        };
        self.migrator
            .get_or_init(|| async {
                if let Some(reason) = duplicate_versions(folder) {
                    return Err(self.migration_error(reason));
                }
                let mut migrator = Migrator::new(folder.as_path())
                    .await
                    .map_err(|e| self.migration_error(e.to_string()))?;
                // Callers run migrations where no one else can interfere.
                migrator.set_locking(false);
                Ok(Arc::new(migrator))
            })
            .await
            .clone()
            .map(Some)
    }

    /// The whole migration history as one script that applies it in one
    /// transaction, with sqlx's bookkeeping, for a fresh schema: one round
    /// trip instead of several per migration. `None` when a migration must
    /// run outside a transaction; the caller then runs the migrator.
    pub(crate) async fn migrations_in_one_script(&self) -> Result<Option<Arc<str>>, Error> {
        let Some(migrator) = self.migrator().await? else {
            return Ok(Some(Arc::from("")));
        };
        let script = self
            .script
            .get_or_init(|| async {
                let ups: Vec<_> = migrator.iter().filter(|m| m.migration_type.is_up_migration()).collect();
                if ups.iter().any(|m| m.no_tx) {
                    return None;
                }
                let mut script = String::from("BEGIN;\n");
                for migration in &ups {
                    script.push_str(migration.sql.as_str());
                    script.push_str("\n;\n");
                }
                // The table and rows sqlx's migrator writes, so that code
                // under test that migrates finds everything applied.
                script.push_str(
                    "CREATE TABLE _sqlx_migrations (version BIGINT PRIMARY KEY, description TEXT NOT NULL, \
                     installed_on TIMESTAMPTZ NOT NULL DEFAULT now(), success BOOLEAN NOT NULL, \
                     checksum BYTEA NOT NULL, execution_time BIGINT NOT NULL);\n",
                );
                for migration in &ups {
                    script.push_str(&format!(
                        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
                         VALUES ({}, '{}', TRUE, '\\x{}'::bytea, -1);\n",
                        migration.version,
                        migration.description.replace('\'', "''"),
                        hex(&migration.checksum)
                    ));
                }
                script.push_str("COMMIT;");
                Some(Arc::from(script))
            })
            .await;
        Ok(script.clone())
    }

    /// A failed `Migrator::run`, naming the migration and the line in it.
    pub(crate) fn migrate_error(&self, migrator: &Migrator, error: MigrateError) -> Error {
        match error {
            MigrateError::ExecuteMigration(e, version) => {
                let migration = migrator.iter().find(|m| m.version == version);
                if is_session_lost(&e) {
                    return self.server.error("applying migrations", &e);
                }
                let file = migration
                    .map(|m| format!("{version}_{}.sql", m.description.replace(' ', "_")))
                    .unwrap_or_else(|| version.to_string());
                let sql = migration.map(|m| m.sql.as_str());
                self.migration_error(format!("{file}: {}", Postgres::explain(&e, sql)))
            }
            MigrateError::Execute(e) if is_session_lost(&e) => {
                self.server.error("applying migrations", &e)
            }
            other => self.migration_error(other.to_string()),
        }
    }

    /// A failed one-script migration (`migrations_in_one_script`), naming
    /// the migration the error's position falls in.
    pub(crate) async fn script_error(&self, e: sqlx::Error) -> Error {
        if is_session_lost(&e) {
            return self
                .server
                .error("applying migrations to a test's schema", &e);
        }
        let Ok(Some(migrator)) = self.migrator().await else {
            return self.migration_error(Postgres::explain(&e, None));
        };
        // The script is BEGIN, then each migration followed by a line with `;`.
        let mut offset = "BEGIN;\n".chars().count();
        for migration in migrator
            .iter()
            .filter(|m| m.migration_type.is_up_migration())
        {
            let length = migration.sql.as_str().chars().count();
            if let Some(position) = Postgres::error_position(&e) {
                if position > offset && position <= offset + length {
                    let file = format!(
                        "{}_{}.sql",
                        migration.version,
                        migration.description.replace(' ', "_")
                    );
                    let shifted =
                        Postgres::explain_at(&e, migration.sql.as_str(), position - offset);
                    return self.migration_error(format!("{file}: {shifted}"));
                }
            }
            offset += length + "\n;\n".chars().count();
        }
        self.migration_error(Postgres::explain(&e, None))
    }

    pub(crate) fn migration_error(&self, reason: String) -> Error {
        Error::Migration {
            path: self
                .migrations
                .folder
                .as_ref()
                .map(|f| f.display().to_string())
                .unwrap_or_default(),
            server: self.server.description().to_owned(),
            reason,
        }
    }

    /// Makes `name` unless it exists with the mark for `what`. Every run
    /// after the first finds it made, through the shared admin pool: no
    /// session of its own, no lock. Only making it takes the lock (and
    /// checks again under it). `true` when this call made it.
    async fn ensure(
        &self,
        name: &str,
        source: Option<&str>,
        what: &str,
        run_migrations: bool,
    ) -> Result<bool, Error> {
        let found = {
            let mut admin = self.server.setup_admin().await?;
            let looked_up = if name == self.name {
                registry::look_up_template(&mut admin, name).await
            } else {
                Postgres::database_comment(&mut admin, name).await
            };
            let found =
                looked_up.map_err(|e| self.server.error("looking up a test database", &e))?;
            admin.keep_for_next();
            found
        };
        if mark::is_mark(name, found.flatten().as_deref(), what) {
            return Ok(false);
        }
        self.locked(async |admin| {
            self.create_once(admin, name, source, what, run_migrations)
                .await
        })
        .await
    }

    /// Runs `work` holding the template's lock on a dedicated session: if
    /// this process dies, the server drops the lock with the session.
    async fn locked<T>(
        &self,
        work: impl AsyncFnOnce(&mut PgConnection) -> Result<T, Error>,
    ) -> Result<T, Error> {
        let mut admin = self.server.dedicated_admin().await?;
        Postgres::lock(&mut admin, crate::mark::template_lock_key(&self.name))
            .await
            .map_err(|e| self.server.error("waiting for the template lock", &e))?;
        let result = work(&mut admin).await;
        // Closing the session releases the lock, also when `work` failed.
        let _ = sqlx::Connection::close(admin).await;
        result
    }

    /// Creates `name` unless it exists with its mark. Under the template's
    /// lock, so no live process is making it: an unmarked one that an
    /// intent names was left half-made by a process that died, and is made
    /// again. Any other unmarked or wrongly marked one is refused.
    async fn create_once(
        &self,
        admin: &mut PgConnection,
        name: &str,
        source: Option<&str>,
        what: &str,
        run_migrations: bool,
    ) -> Result<bool, Error> {
        let server = &self.server;
        let error = |action| move |e: sqlx::Error| server.error(action, &e);
        let comment = Postgres::database_comment(admin, name)
            .await
            .map_err(error("looking up a test database"))?;
        if let Some(comment) = comment {
            if mark::is_mark(name, comment.as_deref(), what) {
                return Ok(false);
            }
            let half_made = registry::intended(admin, name)
                .await
                .map_err(error("looking up a test database"))?;
            if !half_made {
                return Err(Error::Foreign {
                    name: name.to_owned(),
                    server: server.description().to_owned(),
                });
            }
            Postgres::drop_database(admin, name)
                .await
                .map_err(error("dropping a half-made test database"))?;
        }
        // The intent comes first: whatever the moment this process dies,
        // what it leaves is provably itest's.
        registry::intend(admin, name, run_id())
            .await
            .map_err(error("registering a new test database"))?;
        let created = match source {
            Some(source) => {
                let file_copy = Postgres::copies_files_faster(admin)
                    .await
                    .map_err(error("reading the server's settings"))?;
                Postgres::copy_database(admin, name, source, file_copy).await
            }
            None => Postgres::create_database(admin, name, None).await,
        };
        created.map_err(|e| self.create_error(e))?;
        let made = async {
            if run_migrations {
                if let Some(migrator) = self.migrator().await? {
                    // A pool, not a connection: `Migrator::run` on `&mut
                    // PgConnection` is not `Send` in every caller's future.
                    let pool = sqlx::postgres::PgPoolOptions::new()
                        .max_connections(1)
                        .connect_with(server.options_for(name))
                        .await
                        .map_err(error("connecting to a new test database"))?;
                    let migrated = migrator.run(&pool).await;
                    pool.close().await;
                    migrated.map_err(|e| self.migrate_error(&migrator, e))?;
                }
                if self.has_seeds() {
                    let mut conn = server
                        .connect_patiently(&server.options_for(name))
                        .await
                        .map_err(error("connecting to a new test database"))?;
                    let seeded = self.apply_seeds(&mut conn).await;
                    let _ = sqlx::Connection::close(conn).await;
                    seeded?;
                }
            }
            Postgres::comment_database(admin, name, &mark::mark(name, what))
                .await
                .map_err(error("marking a test database ready"))
        }
        .await;
        if let Err(e) = made {
            // Failed migrations leave nothing behind: the next try starts clean.
            let _ = Postgres::drop_database(admin, name).await;
            let _ = registry::done(admin, name).await;
            return Err(e);
        }
        registry::done(admin, name)
            .await
            .map_err(error("registering a new test database"))?;
        Ok(true)
    }

    fn create_error(&self, e: sqlx::Error) -> Error {
        let server = &self.server;
        if Postgres::is_permission_denied(&e) {
            Error::MissingCreateDb {
                user: server.username().to_owned(),
                server: server.description().to_owned(),
                var: server.url_var(),
                reason: e.to_string(),
            }
        } else {
            server.error("creating a test database", &e)
        }
    }
}

/// The name of template `template`'s copy `suffix`.
pub(crate) fn copy_name(template: &str, suffix: &str) -> String {
    format!("{template}_{suffix}")
}

/// Two migration files with one version: sqlx would fail later with a bare
/// primary-key violation on `_sqlx_migrations`. Names both files.
fn duplicate_versions(folder: &Path) -> Option<String> {
    let mut seen: std::collections::BTreeMap<u64, String> = std::collections::BTreeMap::new();
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .ok()?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".sql") && !name.ends_with(".down.sql"))
        .collect();
    names.sort();
    for name in names {
        let Some(version) = name
            .split_once('_')
            .and_then(|(version, _)| version.parse::<u64>().ok())
        else {
            continue;
        };
        if let Some(first) = seen.insert(version, name.clone()) {
            return Some(format!(
                "`{first}` and `{name}` have the same version {version}; give one of them a \
                 new version (the number before the first `_`)"
            ));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_and_their_content_key_the_template() {
        let dir = std::env::temp_dir().join(format!("itest-seed-digest-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("plans.sql"), "INSERT INTO plans VALUES (1);").unwrap();
        let plain = Migrations {
            folder: None,
            seeds: Vec::new(),
        };
        let seeded = Migrations {
            folder: None,
            seeds: vec![dir.join("plans.sql")],
        };
        let before = seeded.digest().unwrap();
        assert_ne!(
            plain.digest().unwrap(),
            before,
            "a seed gives its own template"
        );
        std::fs::write(dir.join("plans.sql"), "INSERT INTO plans VALUES (2);").unwrap();
        assert_ne!(
            seeded.digest().unwrap(),
            before,
            "a changed seed gives a new one"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    fn folder_with(files: &[(&str, &str)]) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("itest-digest-{}", crate::unique::unique("m")));
        std::fs::create_dir_all(&dir).unwrap();
        for (name, sql) in files {
            std::fs::write(dir.join(name), sql).unwrap();
        }
        dir
    }

    fn digest_of(folder: &Path) -> [u8; 32] {
        Migrations {
            folder: Some(folder.to_owned()),
            seeds: Vec::new(),
        }
        .digest()
        .unwrap()
    }

    #[test]
    fn a_changed_migration_gets_a_new_template() {
        let one = folder_with(&[("1_users.sql", "CREATE TABLE users (id INT);")]);
        let same = folder_with(&[("1_users.sql", "CREATE TABLE users (id INT);")]);
        let edited = folder_with(&[("1_users.sql", "CREATE TABLE users (id BIGINT);")]);
        let renamed = folder_with(&[("2_users.sql", "CREATE TABLE users (id INT);")]);
        let added = folder_with(&[
            ("1_users.sql", "CREATE TABLE users (id INT);"),
            ("2_orgs.sql", "CREATE TABLE orgs (id INT);"),
        ]);
        assert_eq!(
            digest_of(&one),
            digest_of(&same),
            "same content, same template"
        );
        for changed in [&edited, &renamed, &added] {
            assert_ne!(digest_of(&one), digest_of(changed));
        }
        for dir in [one, same, edited, renamed, added] {
            std::fs::remove_dir_all(dir).unwrap();
        }
    }
}
