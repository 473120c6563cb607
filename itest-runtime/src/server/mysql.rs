//! The MySQL/MariaDB server itest works on: `ITEST_MYSQL_URL`, else
//! `ITEST_DATABASE_URL` or `DATABASE_URL` when it is a `mysql://` or
//! `mariadb://` URL, else itest's embedded MariaDB/MySQL.
//!
//! The URL's own database is never written: itest works in databases it
//! makes and in `itest_coordination`.

use std::str::FromStr;
use std::time::Duration;

use sqlx::mysql::{MySqlConnectOptions, MySqlPoolOptions, MySqlSslMode};
use sqlx::pool::PoolConnection;
use sqlx::{Connection, MySql, MySqlConnection, MySqlPool};

use super::{announce_once, redact};
use crate::Error;

/// How long to wait for a server before saying it cannot be reached.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// The variables that may name a MySQL server, in the order they are read.
pub(crate) const MYSQL_URL_VARS: [&str; 3] =
    ["ITEST_MYSQL_URL", "ITEST_DATABASE_URL", "DATABASE_URL"];

pub(crate) struct MySqlServer {
    /// The server, as the URL's user, without a database.
    options: MySqlConnectOptions,
    pub description: String,
    admin: MySqlPool,
    #[cfg(unix)]
    _embedded: Option<super::embedded::Attachment>,
}

/// The URL to use, and the variable it came from: `ITEST_MYSQL_URL`
/// always, the generic ones only when they name a MySQL server (a suite may
/// test on PostgreSQL and MySQL at once).
fn url_from_env() -> Option<(&'static str, String)> {
    MYSQL_URL_VARS.iter().find_map(|&var| {
        let url = std::env::var(var)
            .ok()
            .filter(|url| !url.trim().is_empty())?;
        let is_mysql = url.starts_with("mysql://") || url.starts_with("mariadb://");
        (var == MYSQL_URL_VARS[0] || is_mysql).then_some((var, url))
    })
}

impl MySqlServer {
    /// At exit, after the run: the admin sessions end with a goodbye. The
    /// server logs a session closed without one as "Aborted connection ..
    /// (Got an error reading communication packets)".
    pub(crate) async fn shut_down(&self) {
        let closed = self.admin.close();
        let _ = tokio::time::timeout(std::time::Duration::from_millis(500), closed).await;
    }

    pub(crate) async fn connect(config: &crate::config::Config) -> Result<MySqlServer, Error> {
        let Some((var, url)) = url_from_env() else {
            return Self::embedded(config).await;
        };
        let invalid = |reason: String| Error::InvalidMySqlUrl { var, reason };
        let normalized = match url.strip_prefix("mariadb://") {
            Some(rest) => format!("mysql://{rest}"),
            None if url.starts_with("mysql://") => url.clone(),
            None => {
                return Err(invalid(
                    "it does not start with mysql:// or mariadb://".into(),
                ))
            }
        };
        let mut options = MySqlConnectOptions::from_str(&normalized)
            .map_err(|e| invalid(redact(&e.to_string(), &url)))?;
        // On loopback TLS protects nothing and costs a handshake per connection.
        if super::is_loopback(options.get_host()) && !url.contains("ssl-mode=") {
            options = options.ssl_mode(MySqlSslMode::Disabled);
        }
        let description = format!(
            "{}:{} (user `{}`)",
            options.get_host(),
            options.get_port(),
            options.get_username()
        );
        // Connect once up front: a refused or silent server gets a clear
        // error now instead of a pool timeout in every test.
        probe(&options)
            .await
            .map_err(|reason| Error::ServerUnreachable {
                kind: "MySQL/MariaDB",
                server: description.clone(),
                var,
                reason: redact(&reason, &url),
            })?;
        announce_once(
            "-mysql",
            &format!("itest: MySQL tests run on {description}, from {var}"),
        );
        Ok(Self::new(options, description, None))
    }

    #[cfg(unix)]
    async fn embedded(config: &crate::config::Config) -> Result<MySqlServer, Error> {
        let settings = config.embedded_mysql.clone();
        let embedded =
            tokio::task::spawn_blocking(move || super::embedded::start_or_attach_mysql(&settings))
                .await
                .map_err(|e| Error::EmbeddedServer {
                    action: "starting or attaching",
                    reason: e.to_string(),
                })??;
        let options = MySqlConnectOptions::new()
            .host(&embedded.host)
            .port(embedded.port)
            .username(&embedded.user)
            .ssl_mode(MySqlSslMode::Disabled);
        announce_once(
            "-mysql",
            &format!(
                "itest: MySQL tests run on {}, since none of {} is a MySQL URL",
                embedded.description,
                MYSQL_URL_VARS.join(", ")
            ),
        );
        Ok(Self::new(
            options,
            embedded.description,
            Some(embedded.attachment),
        ))
    }

    #[cfg(not(unix))]
    async fn embedded(_config: &crate::config::Config) -> Result<MySqlServer, Error> {
        Err(Error::NoDatabaseUrl)
    }

    fn new(
        options: MySqlConnectOptions,
        description: String,
        #[cfg(unix)] embedded: Option<super::embedded::Attachment>,
        #[cfg(not(unix))] _embedded: Option<std::convert::Infallible>,
    ) -> MySqlServer {
        let admin = MySqlPoolOptions::new()
            .max_connections(4)
            .acquire_timeout(CONNECT_TIMEOUT)
            .connect_lazy_with(options.clone());
        MySqlServer {
            options,
            description,
            admin,
            #[cfg(unix)]
            _embedded: embedded,
        }
    }

    /// Options for a connection to the server, as the URL's user.
    pub(crate) fn admin_options(&self) -> MySqlConnectOptions {
        self.options.clone()
    }

    /// Options for a connection to `database`.
    pub(crate) fn options_for(&self, database: &str) -> MySqlConnectOptions {
        self.options.clone().database(database)
    }

    /// A connection for itest's own bookkeeping, on no database.
    pub(crate) async fn admin(&self) -> Result<PoolConnection<MySql>, Error> {
        self.admin
            .acquire()
            .await
            .map_err(|e| self.error("connecting for itest's bookkeeping", &e))
    }

    /// A connection of its own, outside every pool: for a session whose
    /// locks must live exactly as long as it does.
    pub(crate) async fn dedicated(&self) -> Result<MySqlConnection, Error> {
        match tokio::time::timeout(
            CONNECT_TIMEOUT,
            MySqlConnection::connect_with(&self.options),
        )
        .await
        {
            Ok(Ok(conn)) => Ok(conn),
            Ok(Err(e)) => Err(self.error("connecting", &e)),
            Err(_) => Err(Error::ServerUnreachable {
                kind: "MySQL/MariaDB",
                server: self.description.clone(),
                var: MYSQL_URL_VARS[0],
                reason: format!("no answer within {} s", CONNECT_TIMEOUT.as_secs()),
            }),
        }
    }

    pub(crate) fn error(&self, action: &'static str, error: &sqlx::Error) -> Error {
        Error::Database {
            server: self.description.clone(),
            action,
            reason: error.to_string(),
        }
    }
}

/// Connects once, within the limit: `Err` says why not.
async fn probe(options: &MySqlConnectOptions) -> Result<(), String> {
    match tokio::time::timeout(CONNECT_TIMEOUT, MySqlConnection::connect_with(options)).await {
        Ok(Ok(conn)) => {
            let _ = conn.close().await;
            Ok(())
        }
        Ok(Err(e)) => Err(e.to_string()),
        Err(_) => Err(format!("no answer within {} s", CONNECT_TIMEOUT.as_secs())),
    }
}
