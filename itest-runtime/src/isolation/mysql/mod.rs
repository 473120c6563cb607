//! The strategies on MySQL/MariaDB (feature `mysql`).
//!
//! - `workers.rs`: databases leased to one test at a time (tx, truncate);
//! - `tx.rs`, `truncate.rs`, `fresh.rs`: the strategies.
//!
//! `db = "schema"` is refused: a MySQL schema is a database, so a schema
//! per test would be "fresh" under another name (a compile error, see
//! `BackendKind::refuses`).

mod fresh;
mod truncate;
mod tx;
mod workers;

use std::sync::Arc;

use sqlx::mysql::MySqlConnectOptions;
use sqlx::MySql;

use super::{Isolation, Strategy};
use crate::backend::BackendKind;
use crate::database::mysql::MySqlTemplate;
use crate::run::mysql::MySqlRun;
use crate::Error;
use workers::Workers;

/// Connections of a truncate worker's pool: code under test may hold several.
const WORKER_POOL: u32 = 10;

/// The strategy `isolation` over `template`, shared by the binary's tests.
pub(crate) fn build(
    isolation: Isolation,
    template: Arc<MySqlTemplate>,
    run: Arc<MySqlRun>,
) -> Result<Arc<dyn Strategy<MySql>>, Error> {
    Ok(match isolation {
        Isolation::Tx => Arc::new(tx::MySqlTx {
            workers: Workers::new(template, 1),
        }),
        Isolation::Truncate => Arc::new(truncate::MySqlTruncate {
            workers: Workers::new(template, WORKER_POOL),
        }),
        Isolation::Fresh => Arc::new(fresh::MySqlFresh::new(template, run)),
        Isolation::Schema => {
            let why = BackendKind::MySql.refuses(Isolation::Schema);
            return Err(Error::Isolation(why.unwrap_or_default().to_owned()));
        }
    })
}

/// The `mariadb` command for a kept database, without the password.
fn mariadb_command(options: &MySqlConnectOptions, database: &str) -> String {
    format!(
        "mariadb -h {} -P {} -u {} {database}",
        options.get_host(),
        options.get_port(),
        options.get_username()
    )
}
