//! Where the embedded server lives on disk, and the data folder that
//! `initdb` (MariaDB: `mariadb-install-db`) makes once and every later run
//! reuses.
//!
//! The cache root is `ITEST_PG_DIR` (`ITEST_MYSQL_DIR`), else
//! `<target>/itest` (test binaries live in `<target>/<profile>/deps/`).
//! Under it, one folder per server and major version, `postgres-<major>/`
//! (`mariadb-<major.minor>/`, `mysql-<major.minor>/`), holds:
//!
//! - `data/`: the database cluster, made once, then reused;
//! - `start.lock`, `users.lock`, `supervisor.lock`, `state`: how processes
//!   share one running server (see `attach.rs`);
//! - `server.log`: the supervisor's and the server's messages,
//!   `initdb.log`: the output of the last initialisation.

use std::fs::{self, File};
use std::os::unix::fs::{chown, MetadataExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};

use super::account::Account;
use super::binaries::Binaries;
use super::flavor::Flavor;
use super::sys;
use crate::Error;

/// The superuser `initdb` creates, and the database itest connects to.
pub const SUPERUSER: &str = "postgres";
/// MariaDB's and MySQL's superuser, with no password on the loopback address.
#[cfg(feature = "mysql")]
pub const MYSQL_SUPERUSER: &str = "root";
/// The statements MySQL runs once it has made a data folder, beside it until then.
#[cfg(feature = "mysql")]
const MYSQL_INIT_FILE: &str = "init.sql";

/// The cache root, created if needed.
pub fn root(flavor: Flavor, configured: Option<&Path>) -> Result<PathBuf, Error> {
    let unusable = |path: &Path, e| flavor.unusable(path, e);
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

/// The folder of one server's major version.
#[derive(Debug, Clone)]
pub struct Folder {
    pub flavor: Flavor,
    pub path: PathBuf,
    /// `path/data`, unless the server's user cannot reach it (see `open`).
    pub data: PathBuf,
}

impl Folder {
    /// Creates the folder of the programs' server and version under `root`.
    /// When itest runs as root and the server's user may not walk down to
    /// it (a project under `/root`), the data folder goes to the system's
    /// temporary folder instead.
    pub fn open(
        root: &Path,
        binaries: &Binaries,
        account: Option<&Account>,
    ) -> Result<Folder, Error> {
        let flavor = binaries.flavor;
        let name = format!("{}-{}", flavor.code(), binaries.version.major);
        let path = root.join(&name);
        fs::create_dir_all(&path).map_err(|e| flavor.unusable(&path, e))?;
        let data = match account {
            Some(account) if !account.can_reach(&path) => {
                let digest = Sha256::digest(path.as_os_str().as_encoded_bytes());
                let hash: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
                std::env::temp_dir()
                    .join(format!("itest-{hash}-{name}"))
                    .join("data")
            }
            _ => path.join("data"),
        };
        Ok(Folder { flavor, path, data })
    }

    /// Where PostgreSQL puts its Unix socket: the data folder, which only the
    /// server's user (and root) may enter. `None` when the socket's path would
    /// be longer than the system allows (107 bytes), or is not absolute: then
    /// the server listens on loopback TCP only.
    pub fn socket_dir(&self) -> Option<&Path> {
        // `<data>/.s.PGSQL.<port>`: a slash, 9 bytes of name and 5 of port.
        const LONGEST_SOCKET_PATH: usize = 107;
        let fits = self.data.as_os_str().len() + 1 + 9 + 5 <= LONGEST_SOCKET_PATH;
        (self.flavor == Flavor::Postgres && fits && self.data.is_absolute())
            .then_some(self.data.as_path())
    }

    pub fn unusable(&self, path: &Path, error: std::io::Error) -> Error {
        self.flavor.unusable(path, error)
    }

    pub fn file(&self, name: &str) -> PathBuf {
        self.path.join(name)
    }

    pub fn log(&self) -> PathBuf {
        self.file("server.log")
    }

    /// Opens (creating it if needed) one of the lock files.
    pub fn lock_file(&self, name: &str) -> Result<File, Error> {
        let path = self.file(name);
        File::options()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|e| self.unusable(&path, e))
    }

    /// Makes the data folder (`initdb`, `mariadb-install-db`), unless an
    /// earlier run did. Only the holder of the exclusive start lock calls
    /// this, with no server running.
    pub fn ensure_cluster(
        &self,
        binaries: &Binaries,
        account: Option<&Account>,
    ) -> Result<(), Error> {
        let unusable = |path: &Path, e| self.unusable(path, e);
        let owner = account.map_or_else(sys::euid, |a| a.uid);
        let marker = self.data.join(self.flavor.initialised_marker());
        match fs::metadata(&self.data) {
            Ok(m) if m.uid() == owner && marker.is_file() => return Ok(()),
            // Half made, or made for another user: start over.
            Ok(_) => fs::remove_dir_all(&self.data).map_err(|e| unusable(&self.data, e))?,
            Err(_) => {}
        }

        // The program works in a folder beside, renamed when it succeeded: a
        // killed initdb leaves no data folder that looks finished.
        let staging = self.data.with_file_name("data.initdb");
        if staging.exists() {
            fs::remove_dir_all(&staging).map_err(|e| unusable(&staging, e))?;
        }
        let parent = staging.parent().unwrap_or(Path::new("/"));
        fs::create_dir_all(parent).map_err(|e| unusable(parent, e))?;
        fs::create_dir(&staging).map_err(|e| unusable(&staging, e))?;
        fs::set_permissions(&staging, fs::Permissions::from_mode(0o700))
            .map_err(|e| unusable(&staging, e))?;

        let mut init = match binaries.flavor {
            Flavor::Postgres => initdb(binaries, &staging),
            #[cfg(feature = "mysql")]
            Flavor::MariaDb | Flavor::MySql => self.mysql_init(binaries, &staging, account)?,
        };
        init.current_dir(parent);
        binaries.flavor.clear_variables(&mut init);
        if let Some(account) = account {
            chown(&staging, Some(account.uid), Some(account.gid))
                .map_err(|e| unusable(&staging, e))?;
            init.uid(account.uid).gid(account.gid);
        }
        let log = self.file("initdb.log");
        let action = match self.flavor {
            Flavor::Postgres => "running initdb",
            #[cfg(feature = "mysql")]
            Flavor::MariaDb | Flavor::MySql => "initialising its data folder",
        };
        let failed = |reason| self.flavor.failed(action, reason);
        let output = init.output();
        #[cfg(feature = "mysql")]
        let _ = fs::remove_file(parent.join(MYSQL_INIT_FILE));
        let output = output.map_err(|e| failed(format!("{}: {e}", binaries.init.display())))?;
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        let _ = fs::write(&log, &text);
        if !output.status.success() {
            return Err(failed(format!(
                "{} ({}); its output is in {}",
                last_lines(&text, 5),
                output.status,
                log.display()
            )));
        }
        fs::rename(&staging, &self.data).map_err(|e| unusable(&self.data, e))
    }

    /// `mariadb-install-db`, or MySQL's `mysqld --initialize-insecure`, into
    /// `staging`: a `root` that logs in from 127.0.0.1 with no password.
    #[cfg(feature = "mysql")]
    fn mysql_init(
        &self,
        binaries: &Binaries,
        staging: &Path,
        account: Option<&Account>,
    ) -> Result<Command, Error> {
        use super::binaries::mysql;
        use super::flavor::{mysql_basedir, mysql_tmpdir, MYSQL_SETTINGS};

        let owner = account.map(|a| (a.uid, a.gid));
        let tmpdir = mysql_tmpdir(&self.data, owner).map_err(|e| self.unusable(&self.data, e))?;
        let mut init = Command::new(&binaries.init);
        // `--no-defaults` first, or it is not obeyed: no my.cnf of the machine's.
        init.arg("--no-defaults")
            .arg(format!("--datadir={}", staging.display()))
            .arg(format!("--tmpdir={}", tmpdir.display()))
            .arg(format!(
                "--basedir={}",
                mysql_basedir(&binaries.server).display()
            ));
        if binaries.flavor == Flavor::MySql {
            // Its root is root@localhost, which a TCP login from 127.0.0.1
            // does not match when names are not resolved.
            let file = staging.with_file_name(MYSQL_INIT_FILE);
            let sql = "CREATE USER 'root'@'127.0.0.1';\n\
                       GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;\n";
            fs::write(&file, sql).map_err(|e| self.unusable(&file, e))?;
            init.arg("--initialize-insecure")
                .arg(format!("--init-file={}", file.display()));
        } else {
            // root@localhost, root@127.0.0.1 and root@::1, with no password
            // (since 10.4 the default is a root for the system's root only).
            init.arg("--skip-test-db");
            if mysql::at_least(&binaries.version, 10, 4) {
                init.arg("--auth-root-authentication-method=normal");
            }
        }
        // Passed on to the server it bootstraps: the log's size is set here.
        init.args(MYSQL_SETTINGS);
        Ok(init)
    }
}

/// `initdb` into `staging`, with a `postgres` superuser that needs no password.
fn initdb(binaries: &Binaries, staging: &Path) -> Command {
    let mut initdb = Command::new(&binaries.init);
    initdb.arg("--pgdata").arg(staging).args([
        "--username",
        SUPERUSER,
        "--auth=trust",
        "--encoding=UTF8",
        "--locale=C",
        "--no-sync",
    ]);
    initdb
}

/// The last `n` non-empty lines of a program's output, on one line.
pub fn last_lines(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    lines[lines.len().saturating_sub(n)..].join(" / ")
}
