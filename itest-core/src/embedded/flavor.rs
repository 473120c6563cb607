//! Which server the embedded one is. PostgreSQL always; with the `mysql`
//! feature also MariaDB, or Oracle's MySQL found in its place (the same
//! family: the caller asks for [`Flavor::MariaDb`], and the programs found
//! say which of the two it is). Everything else (folders, locks, the
//! supervisor) is shared; the few things that differ are asked of this enum.

use std::path::Path;
#[cfg(feature = "mysql")]
use std::{fs, path::PathBuf};

use crate::Error;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavor {
    Postgres,
    #[cfg(feature = "mysql")]
    MariaDb,
    /// Oracle's MySQL (5.7 and later), where MariaDB was asked for.
    #[cfg(feature = "mysql")]
    MySql,
}

impl Flavor {
    /// For messages: `PostgreSQL 15.20`, `MariaDB 10.11.19`.
    pub fn name(self) -> &'static str {
        match self {
            Flavor::Postgres => "PostgreSQL",
            #[cfg(feature = "mysql")]
            Flavor::MariaDb => "MariaDB",
            #[cfg(feature = "mysql")]
            Flavor::MySql => "MySQL",
        }
    }

    /// The cache folder's prefix, `postgres-15`, and the supervisor's word for it.
    pub fn code(self) -> &'static str {
        match self {
            Flavor::Postgres => "postgres",
            #[cfg(feature = "mysql")]
            Flavor::MariaDb => "mariadb",
            #[cfg(feature = "mysql")]
            Flavor::MySql => "mysql",
        }
    }

    pub fn from_code(code: &str) -> Option<Flavor> {
        match code {
            "postgres" => Some(Flavor::Postgres),
            #[cfg(feature = "mysql")]
            "mariadb" => Some(Flavor::MariaDb),
            #[cfg(feature = "mysql")]
            "mysql" => Some(Flavor::MySql),
            _ => None,
        }
    }

    /// Users to run the server as when itest runs as root, in order of
    /// preference: the one its package creates, else `nobody`.
    pub fn accounts(self) -> [&'static str; 2] {
        match self {
            Flavor::Postgres => ["postgres", "nobody"],
            #[cfg(feature = "mysql")]
            Flavor::MariaDb | Flavor::MySql => ["mysql", "nobody"],
        }
    }

    /// Prefixes of the variables the server's programs read behind our back
    /// (PGDATA, MYSQL_HOME, MYSQL_UNIX_PORT, ...).
    fn variable_prefixes(self) -> &'static [&'static str] {
        match self {
            Flavor::Postgres => &["PG"],
            #[cfg(feature = "mysql")]
            Flavor::MariaDb | Flavor::MySql => &["MYSQL", "MARIADB"],
        }
    }

    /// Removes those variables from a command of the server's programs.
    pub fn clear_variables(self, command: &mut std::process::Command) {
        for (name, _) in std::env::vars_os() {
            let bytes = name.as_encoded_bytes();
            if self
                .variable_prefixes()
                .iter()
                .any(|prefix| bytes.starts_with(prefix.as_bytes()))
            {
                command.env_remove(name);
            }
        }
    }

    /// The file in the data folder holding the running server's pid (first line).
    pub fn pid_file(self) -> &'static str {
        match self {
            Flavor::Postgres => "postmaster.pid",
            // Named by the supervisor's `--pid-file`.
            #[cfg(feature = "mysql")]
            Flavor::MariaDb | Flavor::MySql => "server.pid",
        }
    }

    /// A file that only a finished initialisation leaves in the data folder.
    pub fn initialised_marker(self) -> &'static str {
        match self {
            Flavor::Postgres => "PG_VERSION",
            #[cfg(feature = "mysql")]
            Flavor::MariaDb | Flavor::MySql => "ibdata1",
        }
    }

    /// What the server prints once it accepts connections (its messages are
    /// in English: lc_messages is C, or en_US).
    pub fn ready_line(self) -> &'static str {
        match self {
            Flavor::Postgres => "database system is ready to accept connections",
            #[cfg(feature = "mysql")]
            Flavor::MariaDb | Flavor::MySql => "ready for connections",
        }
    }

    /// Whether a server that exited at start said its port was taken.
    pub fn port_taken(self, output: &str) -> bool {
        match self {
            Flavor::Postgres => {
                output.contains("could not bind")
                    || output.contains("could not create any TCP/IP sockets")
            }
            #[cfg(feature = "mysql")]
            Flavor::MariaDb | Flavor::MySql => {
                output.contains("Address already in use") || output.contains("Bind on TCP/IP port")
            }
        }
    }

    /// What the idle clock sends: a fast shutdown, which finishes the
    /// server's work but waits for no client (PostgreSQL: SIGINT; MariaDB
    /// and MySQL shut down on SIGTERM).
    pub fn stop_signal(self) -> libc::c_int {
        match self {
            Flavor::Postgres => libc::SIGINT,
            #[cfg(feature = "mysql")]
            Flavor::MariaDb | Flavor::MySql => libc::SIGTERM,
        }
    }

    /// What the server gets when its supervisor dies. PostgreSQL: SIGQUIT, an
    /// immediate shutdown. MariaDB and MySQL have no such signal; SIGTERM
    /// shuts them down cleanly, and the next supervisor waits for that.
    pub fn orphan_signal(self) -> libc::c_int {
        match self {
            Flavor::Postgres => libc::SIGQUIT,
            #[cfg(feature = "mysql")]
            Flavor::MariaDb | Flavor::MySql => libc::SIGTERM,
        }
    }

    /// What ends a server that did not start in time.
    pub fn kill_signal(self) -> libc::c_int {
        match self {
            Flavor::Postgres => libc::SIGQUIT,
            #[cfg(feature = "mysql")]
            Flavor::MariaDb | Flavor::MySql => libc::SIGKILL,
        }
    }

    /// The error for a step of setting up, starting or reaching the server.
    pub fn failed(self, action: &'static str, reason: String) -> Error {
        match self {
            Flavor::Postgres => Error::EmbeddedServer { action, reason },
            #[cfg(feature = "mysql")]
            Flavor::MariaDb | Flavor::MySql => Error::EmbeddedMySqlServer { action, reason },
        }
    }

    /// The error for a folder of the server's that cannot be made or written.
    pub fn unusable(self, path: &Path, error: std::io::Error) -> Error {
        let (path, reason) = (path.display().to_string(), error.to_string());
        match self {
            Flavor::Postgres => Error::ServerDirUnusable { path, reason },
            #[cfg(feature = "mysql")]
            Flavor::MariaDb | Flavor::MySql => Error::MySqlServerDirUnusable { path, reason },
        }
    }
}

/// MariaDB's and MySQL's settings for tests, given to the server and to
/// what makes its data folder. Nothing is worth a disk flush: no binary
/// log, no flush at commit, no doublewrite buffer, and no sync call at all
/// (MariaDB's `debug-no-sync`: its DDL log syncs at each statement, which
/// made DDL 2 to 3 times slower, and making the data folder 1.5 times). A
/// crash of the machine may then damage the cache, as with PostgreSQL's
/// `fsync=off`; a crash of the server loses nothing. A small buffer pool
/// and redo log (the log's size is set when the data folder is made: 16 MB
/// instead of 96), and no buffer pool dump and load, which each start and
/// stop would pay. Reachable only on the loopback address, by IP (no name
/// lookups per connection), in UTF-8 and with English messages (the ready
/// line is matched).
#[cfg(feature = "mysql")]
pub const MYSQL_SETTINGS: [&str; 16] = [
    "--bind-address=127.0.0.1",
    "--skip-name-resolve",
    "--skip-log-bin",
    "--sync-binlog=0",
    "--innodb-flush-log-at-trx-commit=0",
    "--innodb-doublewrite=0",
    // `loose-`: a version without the setting (MySQL) warns instead of refusing to start.
    "--loose-debug-no-sync",
    "--loose-innodb-flush-method=nosync",
    "--innodb-buffer-pool-size=64M",
    "--innodb-log-file-size=16M",
    "--loose-innodb-buffer-pool-dump-at-shutdown=0",
    "--loose-innodb-buffer-pool-load-at-startup=0",
    "--performance-schema=OFF",
    // As `LIMITS` says for PostgreSQL.
    "--max-connections=200",
    "--character-set-server=utf8mb4",
    "--lc-messages=en_US",
];

/// The installation folder of a MariaDB or MySQL server program: above its
/// `sbin`, `bin` or `libexec` folder.
#[cfg(feature = "mysql")]
pub fn mysql_basedir(server: &Path) -> PathBuf {
    server
        .parent()
        .and_then(Path::parent)
        .unwrap_or(Path::new("/"))
        .to_owned()
}

/// The server's own temporary folder, beside its data folder (`tmp/`),
/// owned by its user. Not the system's: at start, MariaDB deletes every
/// `#sql*` file in its temporary folder, the temporary tables of any other
/// server that shares it, which fails a `mariadb-install-db` running then.
#[cfg(feature = "mysql")]
pub fn mysql_tmpdir(data: &Path, owner: Option<(u32, u32)>) -> std::io::Result<PathBuf> {
    use std::os::unix::fs::{chown, PermissionsExt};

    let tmpdir = data.with_file_name("tmp");
    match fs::create_dir(&tmpdir) {
        Err(e) if e.kind() != std::io::ErrorKind::AlreadyExists => return Err(e),
        _ => {}
    }
    fs::set_permissions(&tmpdir, fs::Permissions::from_mode(0o700))?;
    if let Some((uid, gid)) = owner {
        chown(&tmpdir, Some(uid), Some(gid))?;
    }
    Ok(tmpdir)
}
