//! The coordination database and its registry, made ready once per server
//! before a process uses it.

use sqlx::{Connection, PgConnection};

use super::registry;
use crate::backend::{Postgres, ServerSql};
use crate::mark::COORDINATION_DATABASE;
use crate::server::{is_missing_database, Server};
use crate::Error;

/// Makes sure the coordination database exists and holds the registry.
/// Costs one query when it does, none when an earlier process of the run
/// found it so; made once per server otherwise.
pub(crate) async fn prepare(server: &Server) -> Result<(), Error> {
    if server.coordination_known_ready() {
        return Ok(());
    }
    let inspect = async |mut admin: crate::server::SetupAdmin<'_>| {
        let found = registry::inspect(&mut admin).await;
        if found.is_ok() {
            admin.keep_for_next();
        }
        found
    };
    let found = match server.try_setup_admin().await {
        Ok(admin) => inspect(admin).await,
        Err(e) if is_missing_database(&e) => {
            create_database(server).await?;
            inspect(server.setup_admin().await?).await
        }
        Err(e) => return Err(server.error("connecting to the coordination database", &e)),
    }
    .map_err(|e| server.error("looking at the coordination database", &e))?;
    if found.is_ready() {
        server.note_coordination_ready();
        return Ok(());
    }
    let mut admin = server.dedicated_admin().await?;
    let prepared = registry::prepare(&mut admin).await;
    let _ = admin.close().await;
    match prepared {
        Ok(true) => {
            server.note_coordination_ready();
            Ok(())
        }
        Ok(false) => Err(Error::Foreign {
            name: COORDINATION_DATABASE.to_owned(),
            server: server.description().to_owned(),
        }),
        Err(e) => Err(server.error("preparing the coordination database", &e)),
    }
}

/// `CREATE DATABASE itest_coordination`, from the URL's database (the only
/// one known to exist). Another process making it at the same moment is not
/// an error.
async fn create_database(server: &Server) -> Result<(), Error> {
    let mut conn = PgConnection::connect_with(&server.connect_options())
        .await
        .map_err(|e| server.error("connecting to create the coordination database", &e))?;
    let created = registry::create_database(&mut conn).await;
    let _ = conn.close().await;
    match created {
        Ok(()) => Ok(()),
        Err(e) if Postgres::is_permission_denied(&e) => Err(Error::MissingCreateDb {
            user: server.username().to_owned(),
            server: server.description().to_owned(),
            var: server.url_var(),
            reason: e.to_string(),
        }),
        Err(e) => Err(server.error("creating the coordination database", &e)),
    }
}
