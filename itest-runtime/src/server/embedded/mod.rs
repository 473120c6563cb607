//! itest's own PostgreSQL, used when no URL is set: found on the machine,
//! initialised once into a cache, started on demand, shared by every test
//! process of a run, and stopped after an idle period.
//!
//! One concern per file:
//! - `binaries.rs`: finding `initdb` and `postgres`, and their version;
//! - `account.rs`: which user runs the server (not root);
//! - `cache.rs`: the folder on disk, and `initdb` once per major version;
//! - `state.rs`: the files through which processes share one server: locks and its port;
//! - `attach.rs`: how a process attaches to that server, or starts it;
//! - `supervisor.rs`: the detached process that runs the server and stops it when idle;
//! - `sys.rs`: the system calls std lacks.

mod account;
mod attach;
mod binaries;
mod cache;
mod state;
mod supervisor;
mod sys;

use sqlx::postgres::{PgConnectOptions, PgSslMode};

pub(crate) use attach::Attachment;

use crate::config::EmbeddedConfig;
use crate::Error;
use account::Account;
use binaries::Binaries;
use cache::Folder;
use state::Running;

/// The embedded server's connection limits: `max_connections` as the
/// supervisor starts it, and PostgreSQL's default superuser reserve.
pub(crate) const LIMITS: super::slots::Limits = super::slots::Limits {
    max_connections: 200,
    reserved: 3,
};

/// The embedded server, as one test process sees it.
#[derive(Debug)]
pub(crate) struct Embedded {
    /// The `postgres` database, as the `postgres` superuser, over loopback TCP.
    pub options: PgConnectOptions,
    /// What and where it is, for messages: version, port, data folder.
    pub description: String,
    /// Keeps the server up while this process lives.
    pub attachment: Attachment,
}

/// Attaches to the server of this run, starting it (and running `initdb`,
/// the first time) when none runs. Blocks: file locks and child processes.
pub(crate) fn start_or_attach(config: &EmbeddedConfig) -> Result<Embedded, Error> {
    let root = cache::root(config.dir.as_deref())?;
    let account = Account::for_server()?;
    let configured = config.bin.as_deref();

    // Most processes of a run find the server up: they attach to it with
    // the programs the process that started it found, and run none.
    if let Some(binaries) = binaries::remembered(configured, &root) {
        let folder = Folder::open(&root, &binaries.version, account.as_ref())?;
        if let Some((running, attachment)) = attach::attach(&folder)? {
            return Ok(Embedded::new(&binaries, &folder, running, attachment));
        }
    }

    let binaries = binaries::find(configured)?;
    binaries::remember(configured, &root, &binaries);
    let folder = Folder::open(&root, &binaries.version, account.as_ref())?;
    let (running, attachment) =
        attach::start_or_attach(&folder, &binaries, account.as_ref(), config.idle)?;
    Ok(Embedded::new(&binaries, &folder, running, attachment))
}

impl Embedded {
    fn new(binaries: &Binaries, folder: &Folder, running: Running, attachment: Attachment) -> Self {
        let options = PgConnectOptions::new_without_pgpass()
            .host("127.0.0.1")
            .port(running.port)
            .username(cache::SUPERUSER)
            .database(cache::SUPERUSER)
            .ssl_mode(PgSslMode::Disable)
            .application_name("itest");
        let description = format!(
            "itest's embedded PostgreSQL {} at 127.0.0.1:{} (data {}, database `{}`, user `{}`)",
            binaries.version.full,
            running.port,
            folder.data.display(),
            cache::SUPERUSER,
            cache::SUPERUSER,
        );
        Embedded {
            options,
            description,
            attachment,
        }
    }
}
