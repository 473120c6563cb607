//! Which server the embedded one is. PostgreSQL always; with the `mysql`
//! feature also MariaDB, or Oracle's MySQL found in its place (the same
//! family: the caller asks for [`Flavor::MariaDb`], and the programs found
//! say which of the two it is). Everything else (folders, locks, the
//! supervisor) is shared; the few things that differ are asked of this enum.

use std::path::Path;

use crate::Error;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Flavor {
    Postgres,
    #[cfg(feature = "mysql")]
    MariaDb,
    /// Oracle's MySQL (5.7 and later), where MariaDB was asked for.
    #[cfg(feature = "mysql")]
    MySql,
}

impl Flavor {
    /// For messages: `PostgreSQL 15.20`, `MariaDB 10.11.19`.
    pub(super) fn name(self) -> &'static str {
        match self {
            Flavor::Postgres => "PostgreSQL",
            #[cfg(feature = "mysql")]
            Flavor::MariaDb => "MariaDB",
            #[cfg(feature = "mysql")]
            Flavor::MySql => "MySQL",
        }
    }

    /// The cache folder's prefix, `postgres-15`, and the supervisor's word for it.
    pub(super) fn code(self) -> &'static str {
        match self {
            Flavor::Postgres => "postgres",
            #[cfg(feature = "mysql")]
            Flavor::MariaDb => "mariadb",
            #[cfg(feature = "mysql")]
            Flavor::MySql => "mysql",
        }
    }

    pub(super) fn from_code(code: &str) -> Option<Flavor> {
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
    pub(super) fn accounts(self) -> [&'static str; 2] {
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
    pub(super) fn clear_variables(self, command: &mut std::process::Command) {
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
    pub(super) fn pid_file(self) -> &'static str {
        match self {
            Flavor::Postgres => "postmaster.pid",
            // Named by the supervisor's `--pid-file`.
            #[cfg(feature = "mysql")]
            Flavor::MariaDb | Flavor::MySql => "server.pid",
        }
    }

    /// A file that only a finished initialisation leaves in the data folder.
    pub(super) fn initialised_marker(self) -> &'static str {
        match self {
            Flavor::Postgres => "PG_VERSION",
            #[cfg(feature = "mysql")]
            Flavor::MariaDb | Flavor::MySql => "ibdata1",
        }
    }

    /// What the server prints once it accepts connections (its messages are
    /// in English: lc_messages is C, or en_US).
    pub(super) fn ready_line(self) -> &'static str {
        match self {
            Flavor::Postgres => "database system is ready to accept connections",
            #[cfg(feature = "mysql")]
            Flavor::MariaDb | Flavor::MySql => "ready for connections",
        }
    }

    /// Whether a server that exited at start said its port was taken.
    pub(super) fn port_taken(self, output: &str) -> bool {
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
    pub(super) fn stop_signal(self) -> libc::c_int {
        match self {
            Flavor::Postgres => libc::SIGINT,
            #[cfg(feature = "mysql")]
            Flavor::MariaDb | Flavor::MySql => libc::SIGTERM,
        }
    }

    /// What the server gets when its supervisor dies. PostgreSQL: SIGQUIT, an
    /// immediate shutdown. MariaDB and MySQL have no such signal; SIGTERM
    /// shuts them down cleanly, and the next supervisor waits for that.
    pub(super) fn orphan_signal(self) -> libc::c_int {
        match self {
            Flavor::Postgres => libc::SIGQUIT,
            #[cfg(feature = "mysql")]
            Flavor::MariaDb | Flavor::MySql => libc::SIGTERM,
        }
    }

    /// What ends a server that did not start in time.
    pub(super) fn kill_signal(self) -> libc::c_int {
        match self {
            Flavor::Postgres => libc::SIGQUIT,
            #[cfg(feature = "mysql")]
            Flavor::MariaDb | Flavor::MySql => libc::SIGKILL,
        }
    }

    /// The error for a step of setting up, starting or reaching the server.
    pub(super) fn failed(self, action: &'static str, reason: String) -> Error {
        match self {
            Flavor::Postgres => Error::EmbeddedServer { action, reason },
            #[cfg(feature = "mysql")]
            Flavor::MariaDb | Flavor::MySql => Error::EmbeddedMySqlServer { action, reason },
        }
    }

    /// The error for a folder of the server's that cannot be made or written.
    pub(super) fn unusable(self, path: &Path, error: std::io::Error) -> Error {
        let (path, reason) = (path.display().to_string(), error.to_string());
        match self {
            Flavor::Postgres => Error::ServerDirUnusable { path, reason },
            #[cfg(feature = "mysql")]
            Flavor::MariaDb | Flavor::MySql => Error::MySqlServerDirUnusable { path, reason },
        }
    }
}
