//! SQLite's templates: one migrated file per migrations content,
//! `<dir>/templates/itest_<hash>.db`, made once under a file lock by the
//! first process that needs it and reused by every process and run after.
//! Tests never open it: each gets a copy of the file.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use sha2::{Digest, Sha256};
use sqlx::migrate::Migrator;
use sqlx::{AssertSqlSafe, Connection, Executor, SqliteConnection};

use super::Migrations;
use crate::backend::sqlite::{self as sql, db_error, file_error};
use crate::mark::hex;
use crate::unique::run_id;
use crate::Error;

/// Bumped when the way itest makes SQLite templates changes.
const LAYOUT: &str = "itest-sqlite-layout-1";

/// A template no process has used for this long is removed when another
/// is made: edited migrations leave their old templates behind.
const UNUSED_FOR: Duration = Duration::from_secs(7 * 24 * 3600);

pub(crate) struct SqliteTemplate {
    /// `<dir>/templates/itest_<hash>.db`, the template file: complete (no WAL content), never written again.
    pub path: PathBuf,
}

impl SqliteTemplate {
    /// The template of `migrations` under `dir`, made if no process has yet.
    pub(crate) async fn prepare(
        dir: &Path,
        migrations: &Migrations,
    ) -> Result<SqliteTemplate, Error> {
        let layout = Sha256::new()
            .chain_update(LAYOUT)
            .chain_update(migrations.digest()?)
            .finalize();
        let name = format!("itest_{}", &hex(&layout)[..16]);
        let folder = dir.join("templates");
        let path = folder.join(format!("{name}.db"));
        if !path.is_file() {
            let io = |action: &'static str| {
                let folder = folder.clone();
                move |e: std::io::Error| file_error(&folder, action, &e)
            };
            std::fs::create_dir_all(&folder).map_err(io("creating the templates folder"))?;
            // Whoever holds the lock makes it; the others wait, then find it made.
            let lock_path = folder.join(format!("{name}.lock"));
            let lock = tokio::task::spawn_blocking(move || {
                let lock = File::create(&lock_path)?;
                lock.lock()?;
                Ok::<_, std::io::Error>(lock)
            })
            .await
            .map_err(|e| Error::Isolation(format!("waiting for a SQLite template: {e}")))?
            .map_err(io("locking the template"))?;
            if !path.is_file() {
                Self::make(&folder, &name, &path, migrations).await?;
            }
            drop(lock);
            // A new template: old migrations' ones nobody has used for long go.
            remove_unused(&folder, &path);
        }
        // Its last use, for that clean-up; a failure only delays it.
        if let Ok(file) = File::options().write(true).open(&path) {
            let _ = file.set_modified(SystemTime::now());
        }
        Ok(SqliteTemplate { path })
    }

    /// Migrates a staged file and renames it into place, so that a
    /// template, once there, is whole.
    async fn make(
        folder: &Path,
        name: &str,
        path: &Path,
        migrations: &Migrations,
    ) -> Result<(), Error> {
        // Files a killed maker staged: nobody else makes this template now.
        if let Ok(entries) = std::fs::read_dir(folder) {
            let staged = format!("{name}.db.");
            for entry in entries.flatten() {
                let file = entry.file_name();
                let file = file.to_string_lossy();
                if file.starts_with(&staged) && file.contains(".tmp") {
                    let _ = std::fs::remove_file(entry.path());
                }
            }
        }
        let staging = folder.join(format!("{name}.db.{}.tmp", run_id()));
        let made = Self::migrate(&staging, path, migrations).await;
        let placed = made.and_then(|()| {
            std::fs::rename(&staging, path)
                .map_err(|e| file_error(path, "placing the template", &e))
        });
        if placed.is_err() {
            let _ = sql::remove_database(&staging);
        }
        placed
    }

    /// Migrates `staging`, the file that becomes the template `path` (the
    /// one errors name: the staged file is removed on failure).
    async fn migrate(staging: &Path, path: &Path, migrations: &Migrations) -> Result<(), Error> {
        let described = path.display().to_string();
        let mut conn = SqliteConnection::connect_with(&sql::template_options(staging))
            .await
            .map_err(|e| db_error(staging, "creating the template", &e))?;
        let folder_error = |reason: String| Error::Migration {
            path: migrations
                .folder
                .as_ref()
                .map_or_else(|| "(none)".to_owned(), |f| f.display().to_string()),
            server: format!("SQLite ({described})"),
            reason,
        };
        let result = async {
            if let Some(folder) = &migrations.folder {
                let mut migrator = Migrator::new(folder.as_path())
                    .await
                    .map_err(|e| folder_error(e.to_string()))?;
                // Nobody else can reach the file while it is being made.
                migrator.set_locking(false);
                migrator
                    .run(&mut conn)
                    .await
                    .map_err(|e| folder_error(e.to_string()))?;
            }
            for (path, seed) in migrations.seed_sql()? {
                conn.execute(AssertSqlSafe(seed))
                    .await
                    .map_err(|e| Error::Seed {
                        path,
                        server: format!("SQLite ({described})"),
                        reason: e.to_string(),
                    })?;
            }
            // Everything into the main file, so that copying the file alone copies it all.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                .await
                .map_err(|e| db_error(staging, "checkpointing the template", &e))?;
            Ok(())
        }
        .await;
        let closed = conn
            .close()
            .await
            .map_err(|e| db_error(staging, "closing the template", &e));
        result.and(closed)?;
        // Closing the last connection removes the side files; be sure.
        for suffix in sql::SIDE_FILES {
            let mut side = staging.as_os_str().to_owned();
            side.push(suffix);
            let _ = std::fs::remove_file(Path::new(&side));
        }
        Ok(())
    }
}

/// Removes the templates in `folder` other than `current` that were last
/// used more than [`UNUSED_FOR`] ago, with their locks.
fn remove_unused(folder: &Path, current: &Path) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let ours = name.starts_with("itest_") && name.ends_with(".db");
        if !ours || path == current {
            continue;
        }
        let unused = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|at| at.elapsed().ok())
            .is_some_and(|age| age > UNUSED_FOR);
        if unused {
            let _ = sql::remove_database(&path);
            let _ = std::fs::remove_file(path.with_extension("lock"));
        }
    }
}
