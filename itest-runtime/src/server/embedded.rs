//! itest's own PostgreSQL (and MariaDB), as the server module connects to
//! it. Finding, starting and supervising it is `itest_core::embedded`,
//! which has no database driver: its supervisor's constructor is in every
//! test binary, and must not bring the driver with it.

use sqlx::postgres::{PgConnectOptions, PgSslMode};

#[cfg(feature = "mysql")]
pub(crate) use itest_core::embedded::start_or_attach_mysql;
pub(crate) use itest_core::embedded::Attachment;

use crate::config::EmbeddedConfig;
use crate::Error;

/// The embedded server's connection limits: `max_connections` as the
/// supervisor starts it, and PostgreSQL's default superuser reserve.
pub(crate) const LIMITS: super::slots::Limits = super::slots::Limits {
    max_connections: 200,
    reserved: 3,
};

/// The embedded server, as one test process sees it.
#[derive(Debug)]
pub(crate) struct Embedded {
    /// The `postgres` database, as the `postgres` superuser, over its Unix
    /// socket (else loopback TCP).
    pub options: PgConnectOptions,
    /// What and where it is, for messages: version, port, data folder.
    pub description: String,
    /// Keeps the server up while this process lives.
    pub attachment: Attachment,
}

/// Attaches to the server of this run, starting it (and running `initdb`,
/// the first time) when none runs. Blocks: file locks and child processes.
pub(crate) fn start_or_attach(config: &EmbeddedConfig) -> Result<Embedded, Error> {
    let server = itest_core::embedded::start_or_attach(config)?;
    let mut options = PgConnectOptions::new_without_pgpass()
        .host(server.host)
        .port(server.port)
        .username(server.user)
        .database(server.user)
        .ssl_mode(PgSslMode::Disable)
        .application_name("itest");
    // The socket where there is one: sqlx prefers it to the host, which
    // stays for the URLs printed for people.
    if let Some(dir) = &server.socket_dir {
        options = options.socket(dir);
    }
    Ok(Embedded {
        options,
        description: server.description,
        attachment: server.attachment,
    })
}
