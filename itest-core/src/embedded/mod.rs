//! itest's own PostgreSQL, used when no URL is set: found on the machine,
//! initialised once into a cache, started on demand, shared by every test
//! process of a run, and stopped after an idle period. With the `mysql`
//! feature, its own MariaDB (or MySQL) too, on the same terms.
//!
//! One concern per file:
//! - `flavor.rs`: what differs between PostgreSQL and MariaDB;
//! - `binaries.rs`: finding `initdb` and `postgres` (`mariadbd` and
//!   `mariadb-install-db`), and their version;
//! - `account.rs`: which user runs the server (not root);
//! - `cache.rs`: the folder on disk, and `initdb` once per major version;
//! - `state.rs`: the files through which processes share one server: locks and its port;
//! - `attach.rs`: how a process attaches to that server, or starts it;
//! - `supervisor.rs`: the detached process that runs the server and stops it when idle;
//! - `sys.rs`: the system calls std lacks.
//!
//! No driver here: the supervisor's constructor is in every test binary.
//! itest-runtime's `server/embedded.rs` turns the server's address into
//! connect options.

mod account;
mod attach;
mod binaries;
mod cache;
mod flavor;
mod state;
mod supervisor;
mod sys;

pub use attach::Attachment;

use std::path::Path;

use crate::config::EmbeddedConfig;
use crate::Error;
use account::Account;
use binaries::Binaries;
use cache::Folder;
use flavor::Flavor;
use state::Running;

/// The embedded server, as one test process sees it.
#[derive(Debug)]
pub struct Embedded {
    /// `127.0.0.1`: it listens on the loopback address only.
    pub host: &'static str,
    pub port: u16,
    /// The folder of its Unix socket (`.s.PGSQL.<port>`), which tests use
    /// instead of TCP; `None` when it has none (a path too long for a
    /// socket, or a server started by an itest before sockets).
    pub socket_dir: Option<std::path::PathBuf>,
    /// The `postgres` superuser, whose `postgres` database tests connect to.
    pub user: &'static str,
    /// What and where it is, for messages: version, port, data folder.
    pub description: String,
    /// Keeps the server up while this process lives.
    pub attachment: Attachment,
}

/// Attaches to the server of this run, starting it (and running `initdb`,
/// the first time) when none runs. Blocks: file locks and child processes.
pub fn start_or_attach(config: &EmbeddedConfig) -> Result<Embedded, Error> {
    let (binaries, folder, running, attachment) = start(Flavor::Postgres, config)?;
    Ok(Embedded::new(&binaries, &folder, running, attachment))
}

/// The server of `family` for this run: attached to, or started.
fn start(
    family: Flavor,
    config: &EmbeddedConfig,
) -> Result<(Binaries, Folder, Running, Attachment), Error> {
    let root = cache::root(family, config.dir.as_deref())?;
    let account = Account::for_server(family)?;
    let configured = config.bin.as_deref();

    // Most processes of a run find the server up: they attach to it with
    // the programs the process that started it found, and run none.
    if let Some(binaries) = binaries::remembered(family, configured, &root) {
        let folder = Folder::open(&root, &binaries, account.as_ref())?;
        if let Some((running, attachment)) = attach::attach(&folder)? {
            return Ok((binaries, folder, running, attachment));
        }
    }

    let binaries = binaries::find(family, configured)?;
    binaries::remember(configured, &root, &binaries);
    let folder = Folder::open(&root, &binaries, account.as_ref())?;
    let (running, attachment) =
        attach::start_or_attach(&folder, &binaries, account.as_ref(), config.idle)?;
    Ok((binaries, folder, running, attachment))
}

/// The embedded MariaDB (or MySQL) server, as one test process sees it.
#[cfg(feature = "mysql")]
#[derive(Debug)]
pub struct EmbeddedMySql {
    /// `127.0.0.1`: it listens on the loopback address only.
    pub host: String,
    pub port: u16,
    /// `root`, with no password, and every privilege.
    pub user: String,
    /// What and where it is, for messages: version, port, data folder.
    pub description: String,
    /// Keeps the server up while this process lives.
    pub attachment: Attachment,
}

/// Attaches to the MariaDB server of this run, starting it (and making its
/// data folder, the first time) when none runs. Blocks, as [`start_or_attach`].
#[cfg(feature = "mysql")]
pub fn start_or_attach_mysql(config: &EmbeddedConfig) -> Result<EmbeddedMySql, Error> {
    let (binaries, folder, running, attachment) = start(Flavor::MariaDb, config)?;
    let host = "127.0.0.1".to_owned();
    let user = cache::MYSQL_SUPERUSER.to_owned();
    let description = format!(
        "itest's embedded {} {} at {host}:{} (data {}, user `{user}`)",
        binaries.flavor.name(),
        binaries.version.full,
        running.port,
        folder.data.display(),
    );
    Ok(EmbeddedMySql {
        host,
        port: running.port,
        user,
        description,
        attachment,
    })
}

impl Embedded {
    fn new(binaries: &Binaries, folder: &Folder, running: Running, attachment: Attachment) -> Self {
        let description = format!(
            "itest's embedded PostgreSQL {} at 127.0.0.1:{} (data {}, database `{}`, user `{}`)",
            binaries.version.full,
            running.port,
            folder.data.display(),
            cache::SUPERUSER,
            cache::SUPERUSER,
        );
        let socket_dir = folder
            .socket_dir()
            .filter(|dir| dir.join(format!(".s.PGSQL.{}", running.port)).exists())
            .map(Path::to_path_buf);
        Embedded {
            host: "127.0.0.1",
            port: running.port,
            socket_dir,
            user: cache::SUPERUSER,
            description,
            attachment,
        }
    }
}
