//! Where the embedded server lives on disk, and the data folder that
//! `initdb` makes once and every later run reuses.
//!
//! The cache root is `ITEST_PG_DIR`, else `<target>/itest` (test binaries
//! live in `<target>/<profile>/deps/`). Under it, one folder per major
//! version, `postgres-<major>/`, holds:
//!
//! - `data/`: the database cluster, made by `initdb` once, then reused;
//! - `start.lock`, `users.lock`, `supervisor.lock`, `state`: how processes
//!   share one running server (see `attach.rs`);
//! - `server.log`: the supervisor's and the server's messages,
//!   `initdb.log`: the output of the last `initdb`.

use std::fs::{self, File};
use std::os::unix::fs::{chown, MetadataExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};

use super::account::Account;
use super::binaries::{Binaries, Version};
use super::sys;
use crate::Error;

/// The superuser `initdb` creates, and the database itest connects to.
pub(super) const SUPERUSER: &str = "postgres";

/// The cache root, created if needed.
pub(super) fn root(configured: Option<&Path>) -> Result<PathBuf, Error> {
    let root = match configured {
        Some(dir) => std::path::absolute(dir).map_err(|e| unusable(dir, e))?,
        None => default_root(),
    };
    fs::create_dir_all(&root).map_err(|e| unusable(&root, e))?;
    Ok(root)
}

/// `<target>/itest` when running from `<target>/<profile>/deps/`, else a
/// folder of the user's under the system's temporary folder.
fn default_root() -> PathBuf {
    crate::config::target_itest_dir()
        .unwrap_or_else(|| std::env::temp_dir().join(format!("itest-{}", sys::euid())))
}

pub(super) fn unusable(path: &Path, error: std::io::Error) -> Error {
    Error::ServerDirUnusable {
        path: path.display().to_string(),
        reason: error.to_string(),
    }
}

/// The folder of one major version.
#[derive(Debug, Clone)]
pub(super) struct Folder {
    pub path: PathBuf,
    /// `path/data`, unless the server's user cannot reach it (see `open`).
    pub data: PathBuf,
}

impl Folder {
    /// Creates the folder of `version` under `root`. When itest runs as root
    /// and the server's user may not walk down to it (a project under
    /// `/root`), the data folder goes to the system's temporary folder instead.
    pub(super) fn open(
        root: &Path,
        version: &Version,
        account: Option<&Account>,
    ) -> Result<Folder, Error> {
        let path = root.join(format!("postgres-{}", version.major));
        fs::create_dir_all(&path).map_err(|e| unusable(&path, e))?;
        let data = match account {
            Some(account) if !account.can_reach(&path) => {
                let digest = Sha256::digest(path.as_os_str().as_encoded_bytes());
                let name: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
                std::env::temp_dir()
                    .join(format!("itest-{name}-postgres-{}", version.major))
                    .join("data")
            }
            _ => path.join("data"),
        };
        Ok(Folder { path, data })
    }

    pub(super) fn file(&self, name: &str) -> PathBuf {
        self.path.join(name)
    }

    pub(super) fn log(&self) -> PathBuf {
        self.file("server.log")
    }

    /// Opens (creating it if needed) one of the lock files.
    pub(super) fn lock_file(&self, name: &str) -> Result<File, Error> {
        let path = self.file(name);
        File::options()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|e| unusable(&path, e))
    }

    /// Makes the data folder with `initdb`, unless an earlier run did.
    /// Only the holder of the exclusive start lock calls this, with no server running.
    pub(super) fn ensure_cluster(
        &self,
        binaries: &Binaries,
        account: Option<&Account>,
    ) -> Result<(), Error> {
        let owner = account.map_or_else(sys::euid, |a| a.uid);
        match fs::metadata(&self.data) {
            Ok(m) if m.uid() == owner && self.data.join("PG_VERSION").is_file() => return Ok(()),
            // Half made, or made for another user: start over.
            Ok(_) => fs::remove_dir_all(&self.data).map_err(|e| unusable(&self.data, e))?,
            Err(_) => {}
        }

        // initdb works in a folder beside, renamed when it succeeded: a killed
        // initdb leaves no data folder that looks finished.
        let staging = self.data.with_file_name("data.initdb");
        if staging.exists() {
            fs::remove_dir_all(&staging).map_err(|e| unusable(&staging, e))?;
        }
        let parent = staging.parent().unwrap_or(Path::new("/"));
        fs::create_dir_all(parent).map_err(|e| unusable(parent, e))?;
        fs::create_dir(&staging).map_err(|e| unusable(&staging, e))?;
        fs::set_permissions(&staging, fs::Permissions::from_mode(0o700))
            .map_err(|e| unusable(&staging, e))?;

        let mut initdb = Command::new(binaries.program("initdb"));
        initdb
            .arg("--pgdata")
            .arg(&staging)
            .args([
                "--username",
                SUPERUSER,
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C",
                "--no-sync",
            ])
            .current_dir(parent);
        without_pg_variables(&mut initdb);
        if let Some(account) = account {
            chown(&staging, Some(account.uid), Some(account.gid))
                .map_err(|e| unusable(&staging, e))?;
            initdb.uid(account.uid).gid(account.gid);
        }
        let log = self.file("initdb.log");
        let output = initdb.output().map_err(|e| Error::EmbeddedServer {
            action: "running initdb",
            reason: format!("{}: {e}", binaries.program("initdb").display()),
        })?;
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        let _ = fs::write(&log, &text);
        if !output.status.success() {
            return Err(Error::EmbeddedServer {
                action: "running initdb",
                reason: format!(
                    "{} ({}); its output is in {}",
                    last_lines(&text, 5),
                    output.status,
                    log.display()
                ),
            });
        }
        fs::rename(&staging, &self.data).map_err(|e| unusable(&self.data, e))
    }
}

/// Removes `PG*` variables (PGDATA, PGPORT, ...) that would change what the
/// server programs do behind our back.
pub(super) fn without_pg_variables(command: &mut Command) {
    for (name, _) in std::env::vars_os() {
        if name.as_encoded_bytes().starts_with(b"PG") {
            command.env_remove(name);
        }
    }
}

/// The last `n` non-empty lines of a program's output, on one line.
pub(super) fn last_lines(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    lines[lines.len().saturating_sub(n)..].join(" / ")
}
