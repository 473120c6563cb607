//! The PostgreSQL server itest works on: where it is, how to reach it, and
//! how to describe it in errors without ever showing a password. With no
//! URL set, it is itest's own server (`embedded/`).

#[cfg(unix)]
mod embedded;
#[cfg(feature = "mysql")]
pub(crate) mod mysql;
mod slots;

use std::str::FromStr;
use std::time::Duration;

use sqlx::pool::PoolConnection;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{Connection, PgConnection, PgPool};
use tokio::task::JoinHandle;

use crate::config::{Config, URL_VARS};
use crate::mark::COORDINATION_DATABASE;
use crate::unique::run_id;
use crate::Error;

/// How long to wait for a server before saying it cannot be reached.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Once the server was found down: how long one try to reach it may take.
const QUICK_CHECK: Duration = Duration::from_secs(1);
/// How long to wait for a slot on a server whose connections are all taken
/// (by other processes of the run, or by other clients). Longer than any
/// sensible test: the test's own time limit ends the wait first.
pub(crate) const BUSY_WAIT: Duration = Duration::from_secs(600);
/// Between tries to reach a server that is restarting.
const RETRY_CONNECT: Duration = Duration::from_millis(100);

pub(crate) struct Server {
    options: PgConnectOptions,
    /// The variable the URL came from, for error messages.
    var: &'static str,
    /// `host:port (database `x`, user `y`)`: safe to print.
    description: String,
    /// A few connections to the coordination database, used only for
    /// server-wide statements (CREATE DATABASE, cancelling sessions) and the
    /// registry of runs. Never the URL's database: that one is the user's.
    admin: PgPool,
    /// Connections for background work (drops, copies made ahead), so that
    /// it never holds the ones a test's set-up waits for.
    background: PgPool,
    admin_options: PgConnectOptions,
    /// Why the server was last found unreachable; cleared when it answers.
    down: std::sync::Mutex<Option<String>>,
    /// The admin connection the process's set-up queries share (the
    /// coordination database's check, the template's and shared copies'
    /// lookups), kept checked out between them: given back to the pool, sqlx
    /// pings it in a task of its own, and the next lookup, not waiting for
    /// it, would open a second session. Given back by [`Server::end_setup`].
    /// The probe's session may be it, before any from the pool.
    setup: std::sync::Mutex<Option<(SetupConn, std::time::Instant)>>,
    /// The run keeper's session, lent for admin work in a process per test
    /// (see [`Server::lend_keeper_session`]).
    keeper_session: std::sync::OnceLock<KeeperSession>,
    /// This process's share of the server's connection slots, held until it exits.
    _slots: slots::Slots,
    /// How many sessions that share is.
    sessions: u32,
    /// Keeps the embedded server up while this process lives.
    _attachment: Option<Attachment>,
}

#[cfg(unix)]
type Attachment = embedded::Attachment;
#[cfg(not(unix))]
type Attachment = std::convert::Infallible;

impl Server {
    /// Resolves the server from the configuration: the URL's, checked to
    /// answer, or with no URL itest's embedded server.
    pub(crate) async fn connect(config: &Config) -> Result<Server, Error> {
        Server::connect_alongside(config, |_| Alongside::Beside(async { ((), None) }))
            .await
            .map(|(server, _)| server)
    }

    /// [`Server::connect`], with a session of the caller's opened at the
    /// same time: `alongside` gets the options of a session in a database
    /// (see [`Server::options_for`]) and says how its session goes with the
    /// probe ([`Alongside`]). Opened beside it, it runs as a task of its own
    /// while the probe connects and the slots are taken, so that its
    /// connection costs the caller no time of its own; in its stead, it is
    /// the process's first and only session, and reads the server's limits
    /// itself. Like the probe's, it is kept only when this process's slots
    /// were free at once: else it is ended before waiting for them (no
    /// process waits while it holds a session). With the embedded server
    /// (whose limits are known) it starts once the slots are taken. Returns
    /// the caller's task as `alongside` chose.
    pub(crate) async fn connect_alongside<T, F>(
        config: &Config,
        alongside: impl FnOnce(SessionOptions) -> Alongside<F>,
    ) -> Result<(Server, Option<Alongside<JoinHandle<T>>>), Error>
    where
        F: std::future::Future<Output = (T, Option<slots::Limits>)> + Send + 'static,
        T: Closable,
    {
        let Some((var, url)) = config.database_url.clone() else {
            let server = Server::embedded(config).await?;
            let session = SessionOptions::new(server.options.clone(), false);
            let task = alongside(session).map(|first| tokio::spawn(async { first.await.0 }));
            return Ok((server, Some(task)));
        };
        if !(url.starts_with("postgres://") || url.starts_with("postgresql://")) {
            return Err(Error::InvalidUrl {
                var,
                reason: "it does not start with postgres:// or postgresql://".to_owned(),
            });
        }
        check_url_shape(&url).map_err(|reason| Error::InvalidUrl { var, reason })?;
        let mut options = PgConnectOptions::from_str(&url)
            .map_err(|e| Error::InvalidUrl {
                var,
                reason: redact(&e.to_string(), &url),
            })?
            .application_name("itest");
        // On loopback TLS protects nothing and costs a handshake per
        // connection; an explicit `sslmode` in the URL is still obeyed.
        let sslmode_given = url.contains("sslmode=") || std::env::var_os("PGSSLMODE").is_some();
        if is_loopback(options.get_host()) && !sslmode_given {
            options = options.ssl_mode(sqlx::postgres::PgSslMode::Disable);
        }
        let description = describe(&options);
        announce(&format!(
            "itest: tests run on PostgreSQL at {description}, from {var}"
        ));

        let task = match alongside(SessionOptions::new(options.clone(), true)) {
            Alongside::Instead(first) => {
                // The caller's session is the probe: connected, it read the
                // limits. Not connected, the probe below says why.
                let (value, limits) = first.await;
                if let Some(limits) = limits {
                    let (share, kept) = match slots_now(&options, limits) {
                        Some(share) => (share, Some(value)),
                        None => {
                            value.close().await; // ends its session before waiting
                            (
                                take_slots(&options, &description, limits, config).await?,
                                None,
                            )
                        }
                    };
                    let server = Server::new(options, var, description, share, None);
                    let task = kept.map(|value| Alongside::Instead(tokio::spawn(async { value })));
                    return Ok((server, task));
                }
                Alongside::Instead(tokio::spawn(async { value }))
            }
            Alongside::Beside(first) => Alongside::Beside(tokio::spawn(async { first.await.0 })),
        };
        // Connect once up front: a refused or silent server gets a clear
        // error now instead of a pool timeout in every test. To the
        // coordination database, when it exists: the probe's session then
        // serves the set-up queries too, instead of a second one.
        let coordination = admin_options_of(&options);
        let probed = probe(&coordination, &options).await;
        let (limits, probe_session) = match probed {
            Ok(probed) => probed,
            Err(reason) => {
                end(task.into_inner()).await;
                return Err(Error::Unreachable {
                    server: description.clone(),
                    var,
                    reason: redact(&reason, &url),
                });
            }
        };
        // The probe's session (and the caller's) is kept only if the slots
        // are free now: no process waits for slots while it holds a session.
        let (share, setup, task) = match slots_now(&options, limits) {
            Some(share) => (share, probe_session, Some(task)),
            None => {
                if let Some(conn) = probe_session {
                    let _ = conn.close().await;
                }
                close_when_done(task.into_inner()).await;
                (
                    take_slots(&options, &description, limits, config).await?,
                    None,
                    None,
                )
            }
        };
        let server = Server::new(options, var, description, share, None);
        if let Some(conn) = setup {
            *server.setup.lock().unwrap_or_else(|e| e.into_inner()) =
                Some((SetupConn::Own(conn), std::time::Instant::now()));
        }
        Ok((server, task))
    }

    /// itest's own server: started, or attached to when another process of
    /// the run started it. This process keeps it up until it exits.
    #[cfg(unix)]
    async fn embedded(config: &Config) -> Result<Server, Error> {
        let settings = config.embedded.clone();
        let embedded = tokio::task::spawn_blocking(move || embedded::start_or_attach(&settings))
            .await
            .map_err(|e| Error::EmbeddedServer {
                action: "starting or attaching",
                reason: e.to_string(),
            })??;
        // No probe: the supervisor saw the server accept connections, or
        // this process found it alive, and a connection costs milliseconds
        // per process. Should it fail later, the error names the server.
        announce(&format!(
            "itest: tests run on {}, since neither {} nor {} is set",
            embedded.description, URL_VARS[0], URL_VARS[1]
        ));
        // Free at once, as they mostly are, without a thread of the
        // blocking pool; else waited for there.
        let share = match slots_now(&embedded.options, embedded::LIMITS) {
            Some(share) => share,
            None => {
                take_slots(
                    &embedded.options,
                    &embedded.description,
                    embedded::LIMITS,
                    config,
                )
                .await?
            }
        };
        let server = Server::new(
            embedded.options,
            URL_VARS[0],
            embedded.description,
            share,
            Some(embedded.attachment),
        );
        Ok(server)
    }

    #[cfg(not(unix))]
    async fn embedded(_config: &Config) -> Result<Server, Error> {
        Err(Error::NoDatabaseUrl)
    }

    fn new(
        options: PgConnectOptions,
        var: &'static str,
        description: String,
        (slots, sessions): (slots::Slots, u32),
        attachment: Option<Attachment>,
    ) -> Server {
        let admin_options = admin_options_of(&options);
        // One test per process (nextest) needs one admin session. With two,
        // a connection asked for right after one was given back opens a
        // second session (sqlx gives it back in a task of its own), which
        // costs the server a process; with one, it waits that moment.
        let admin_sessions = if one_test_per_process() { 1 } else { 2 };
        let admin = PgPoolOptions::new()
            .max_connections(admin_sessions)
            .acquire_timeout(CONNECT_TIMEOUT)
            .connect_lazy_with(admin_options.clone());
        let background = PgPoolOptions::new()
            .max_connections(2)
            .acquire_timeout(CONNECT_TIMEOUT)
            .connect_lazy_with(
                admin_options
                    .clone()
                    .application_name(&format!("itest-{}-background", run_id())),
            );
        Server {
            options,
            var,
            description,
            admin,
            background,
            admin_options,
            down: std::sync::Mutex::new(None),
            setup: std::sync::Mutex::new(None),
            keeper_session: std::sync::OnceLock::new(),
            _slots: slots,
            sessions,
            _attachment: attachment,
        }
    }

    /// The set-up connection (see [`Server::setup`]), or a connection of the
    /// admin pool as the pool gives it: for a caller that handles a missing
    /// coordination database itself.
    pub(crate) async fn try_setup_admin(&self) -> Result<SetupAdmin<'_>, sqlx::Error> {
        let conn = match self.take_setup() {
            Some(conn) => conn,
            None => SetupConn::Pooled(self.admin.acquire().await?),
        };
        Ok(SetupAdmin {
            conn: Some(conn),
            server: self,
        })
    }

    /// [`Server::admin`] for a set-up query: the connection stays checked
    /// out for the next one, until [`Server::end_setup`].
    pub(crate) async fn setup_admin(&self) -> Result<SetupAdmin<'_>, Error> {
        let conn = match self.take_setup() {
            Some(conn) => conn,
            None => match self.admin().await? {
                AdminConn::Pooled(conn) => SetupConn::Pooled(conn),
                AdminConn::Keeper(lent) => SetupConn::Keeper(lent),
            },
        };
        Ok(SetupAdmin {
            conn: Some(conn),
            server: self,
        })
    }

    /// Gives the set-up connection back to the admin pool, or closes the
    /// probe's: set-up is over.
    pub(crate) fn end_setup(&self) {
        match self.take_setup() {
            Some(SetupConn::Own(conn)) => {
                tokio::spawn(async move {
                    let _ = conn.close().await;
                });
            }
            Some(conn) => conn.discard(),
            None => {}
        }
    }

    /// Before the process exits, after the run's keeper: the admin and
    /// background sessions end as a client ends them (the server counts a
    /// session dropped without a goodbye as abandoned).
    pub(crate) async fn shut_down(&self) {
        let setup = self.take_setup();
        if let Some(SetupConn::Own(conn)) = setup {
            let _ = conn.close().await;
        } else {
            drop(setup);
        }
        // A session still checked out (a background task that did not
        // finish) is not waited for long: the process exits all the same.
        let pools = async { tokio::join!(self.admin.close(), self.background.close()) };
        let _ = tokio::time::timeout(std::time::Duration::from_millis(500), pools).await;
    }

    /// The set-up connection, if set-up gave it back a moment ago: for the
    /// run's keeper, so that a process per test (nextest) opens one session
    /// fewer. The probe's session, or one of the admin pool's (the embedded
    /// server has no probe), taken out of the pool.
    pub(crate) fn take_setup_session(&self) -> Option<PgConnection> {
        let mut setup = self.setup.lock().unwrap_or_else(|e| e.into_inner());
        match setup.take() {
            Some((SetupConn::Own(conn), kept)) if idle_briefly(kept) => Some(conn),
            Some((SetupConn::Pooled(conn), kept)) if idle_briefly(kept) => Some(conn.detach()),
            other => {
                *setup = other;
                None
            }
        }
    }

    /// Lends the run keeper's session for the admin work of a process that
    /// runs one test (nextest): one session fewer, which costs the server a
    /// process. Whoever holds it as an [`AdminConn`] must not ask the run
    /// for a lock meanwhile: the keeper waits for its session.
    pub(crate) fn lend_keeper_session(&self, session: KeeperSession) {
        let _ = self.keeper_session.set(session);
    }

    /// The set-up connection if it is one of the admin pool's.
    fn take_pooled_setup(&self) -> Option<PoolConnection<sqlx::Postgres>> {
        let mut setup = self.setup.lock().unwrap_or_else(|e| e.into_inner());
        match setup.take() {
            Some((SetupConn::Pooled(conn), kept)) if idle_briefly(kept) => Some(conn),
            Some((conn @ SetupConn::Pooled(_), _)) => {
                conn.discard();
                None
            }
            other => {
                *setup = other;
                None
            }
        }
    }

    fn take_setup(&self) -> Option<SetupConn> {
        let taken = self.setup.lock().unwrap_or_else(|e| e.into_inner()).take();
        match taken {
            Some((conn, kept)) if idle_briefly(kept) => Some(conn),
            Some((conn, _)) => {
                conn.discard();
                None
            }
            None => None,
        }
    }

    /// How many tx leases this process may keep: its share of the server's
    /// slots less its own sessions, and never more than `configured`.
    pub(crate) fn lease_limit(&self, configured: u32) -> u32 {
        configured.min(self.sessions.saturating_sub(slots::PROCESS_SESSIONS).max(1))
    }

    pub(crate) fn description(&self) -> &str {
        &self.description
    }

    pub(crate) fn url_var(&self) -> &'static str {
        self.var
    }

    pub(crate) fn username(&self) -> &str {
        self.options.get_username()
    }

    /// Options for the URL's database, or the embedded server's `postgres` database.
    pub(crate) fn connect_options(&self) -> PgConnectOptions {
        self.options.clone()
    }

    /// Options for a connection to `database` on this server. Test data
    /// needs no durability: commits do not wait for the disk, which makes
    /// every commit (migrations, code under test, truncation) cheaper.
    pub(crate) fn options_for(&self, database: &str) -> PgConnectOptions {
        SessionOptions::new(self.options.clone(), false).options_for(database)
    }

    /// A dedicated session in the coordination database, for holding locks.
    /// It may sit idle while it holds one (a template is migrated on another
    /// session): the server must not end it for that.
    pub(crate) async fn dedicated_admin(&self) -> Result<PgConnection, Error> {
        let mut conn = self
            .connect_patiently(&self.admin_options)
            .await
            .map_err(|e| self.error("connecting for a lock", &e))?;
        if conn.server_version_num().unwrap_or(0) >= 140_000 {
            sqlx::raw_sql("SET idle_session_timeout = 0")
                .execute(&mut conn)
                .await
                .map_err(|e| self.error("connecting for a lock", &e))?;
        }
        Ok(conn)
    }

    /// A connection of `pool`, waiting out a restarting server the same way.
    pub(crate) async fn acquire_patiently(
        &self,
        pool: &PgPool,
    ) -> Result<PoolConnection<sqlx::Postgres>, sqlx::Error> {
        let was_down = self
            .down
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .is_some();
        if was_down {
            // One short try first: the pool's own checkout would wait its
            // full limit against a server that is gone.
            let options = pool.connect_options();
            match tokio::time::timeout(QUICK_CHECK, PgConnection::connect_with(&options)).await {
                Ok(Ok(conn)) => {
                    let _ = conn.close().await;
                }
                Ok(Err(e)) => return Err(e),
                Err(_) => return Err(sqlx::Error::PoolTimedOut),
            }
        }
        let mut deadline = std::time::Instant::now() + CONNECT_TIMEOUT;
        let busy_deadline = std::time::Instant::now() + BUSY_WAIT;
        loop {
            match pool.acquire().await {
                Ok(conn) => {
                    *self.down.lock().unwrap_or_else(|e| e.into_inner()) = None;
                    return Ok(conn);
                }
                Err(e) if is_unavailable(&e) && std::time::Instant::now() < deadline => {
                    tokio::time::sleep(RETRY_CONNECT).await;
                }
                // The pool's wait ended, but the server answers: it was full
                // (sqlx retries `too many clients` for as long) or slow to
                // take a connection. Not down: keep waiting.
                Err(sqlx::Error::PoolTimedOut)
                    if std::time::Instant::now() < busy_deadline
                        && answers(&pool.connect_options()).await =>
                {
                    deadline = std::time::Instant::now() + CONNECT_TIMEOUT;
                }
                Err(e) => {
                    if is_unavailable(&e) {
                        *self.down.lock().unwrap_or_else(|e| e.into_inner()) = Some(e.to_string());
                    }
                    return Err(e);
                }
            }
        }
    }

    /// Connects, waiting out a server that is restarting (refused
    /// connections, "the database system is starting up") for up to the
    /// connect limit. Once the server was found down for that long, one
    /// quick try only: the rest of the run fails fast.
    pub(crate) async fn connect_patiently(
        &self,
        options: &PgConnectOptions,
    ) -> Result<PgConnection, sqlx::Error> {
        let was_down = self
            .down
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .is_some();
        let limit = if was_down {
            QUICK_CHECK
        } else {
            CONNECT_TIMEOUT
        };
        let deadline = std::time::Instant::now() + limit;
        let busy_deadline = std::time::Instant::now() + BUSY_WAIT;
        loop {
            let error = match tokio::time::timeout(limit, PgConnection::connect_with(options)).await
            {
                Ok(Ok(conn)) => {
                    *self.down.lock().unwrap_or_else(|e| e.into_inner()) = None;
                    return Ok(conn);
                }
                // The server is up and full: wait for a slot, without
                // counting it as down.
                Ok(Err(e)) if is_busy(&e) && std::time::Instant::now() < busy_deadline => {
                    tokio::time::sleep(RETRY_CONNECT).await;
                    continue;
                }
                Ok(Err(e)) if !is_unavailable(&e) => return Err(e),
                Ok(Err(e)) => e,
                Err(_) => sqlx::Error::PoolTimedOut,
            };
            if std::time::Instant::now() >= deadline {
                *self.down.lock().unwrap_or_else(|e| e.into_inner()) = Some(error.to_string());
                return Err(error);
            }
            tokio::time::sleep(RETRY_CONNECT).await;
        }
    }

    /// Options for a session in the coordination database, tagged `tag`.
    pub(crate) fn admin_options(&self, tag: &str) -> PgConnectOptions {
        self.admin_options.clone().application_name(tag)
    }

    /// A connection for a test's set-up and teardown. A restarting server
    /// is waited for; once it was found down for the whole connect limit,
    /// each later call tries briefly, so the rest of the run fails fast.
    pub(crate) async fn admin(&self) -> Result<AdminConn, Error> {
        // The set-up connection, if set-up left one: it is idle, and
        // checked out of the same pool.
        if let Some(conn) = self.take_pooled_setup() {
            return Ok(AdminConn::Pooled(conn));
        }
        if let Some(session) = self.keeper_session.get() {
            let mut lent = std::sync::Arc::clone(session).lock_owned().await;
            if let Some(conn) = lent.as_mut() {
                // Checked as the pool checks its connections before use.
                if conn.ping().await.is_ok() {
                    return Ok(AdminConn::Keeper(lent));
                }
                // Lost: the keeper connects again (and takes its locks
                // again) at its next use or ping; meanwhile, the pool.
                *lent = None;
            }
        }
        self.acquire_patiently(&self.admin)
            .await
            .map(AdminConn::Pooled)
            .map_err(
                |e| match self.down.lock().unwrap_or_else(|e| e.into_inner()).clone() {
                    Some(reason) if is_unavailable(&e) => self.down_error(reason),
                    _ => self.error("connecting to the coordination database", &e),
                },
            )
    }

    /// A connection for background work, apart from the tests' own.
    pub(crate) async fn background(&self) -> Result<PoolConnection<sqlx::Postgres>, Error> {
        self.background
            .acquire()
            .await
            .map_err(|e| self.error("connecting for background work", &e))
    }

    fn down_error(&self, reason: String) -> Error {
        Error::Unreachable {
            server: self.description.clone(),
            var: self.var,
            reason: format!("it stopped answering during the run ({reason})"),
        }
    }

    /// Wraps a database error with the server it happened on.
    pub(crate) fn error(&self, action: &'static str, error: &sqlx::Error) -> Error {
        Error::Database {
            server: self.description.clone(),
            action,
            reason: error.to_string(),
        }
    }
}

/// How the caller's session of [`Server::connect_alongside`] goes with the
/// server's probe; its future gives what it made, and the server's limits
/// when it read them.
pub(crate) enum Alongside<F> {
    /// Opened while the probe connects. The probe's session serves the
    /// process's set-up queries.
    Beside(F),
    /// Opened instead of the probe: it connects, and reads the server's
    /// limits on its own session ([`read_limits_with`]), when
    /// [`SessionOptions::limits_wanted`]. Not connected, it gives no
    /// limits, and the probe runs after all.
    Instead(F),
}

impl<F> Alongside<F> {
    fn map<G>(self, f: impl FnOnce(F) -> G) -> Alongside<G> {
        match self {
            Alongside::Beside(first) => Alongside::Beside(f(first)),
            Alongside::Instead(first) => Alongside::Instead(f(first)),
        }
    }

    pub(crate) fn into_inner(self) -> F {
        match self {
            Alongside::Beside(first) | Alongside::Instead(first) => first,
        }
    }
}

pub(crate) use slots::{read_limits_with, Limits};

/// The server's connection options before there is a [`Server`]: for the
/// session [`Server::connect_alongside`] opens.
pub(crate) struct SessionOptions {
    options: PgConnectOptions,
    limits_wanted: bool,
}

impl SessionOptions {
    fn new(options: PgConnectOptions, limits_wanted: bool) -> SessionOptions {
        SessionOptions {
            options,
            limits_wanted,
        }
    }

    /// See [`Server::options_for`].
    pub(crate) fn options_for(&self, database: &str) -> PgConnectOptions {
        self.options
            .clone()
            .database(database)
            .application_name(&format!("itest-{}-setup", run_id()))
            .options([("synchronous_commit", "off")])
    }

    pub(crate) fn username(&self) -> &str {
        self.options.get_username()
    }

    /// Whether a session opened [`Alongside::Instead`] of the probe must
    /// read the server's limits: `false` for the embedded server, whose
    /// limits itest set itself.
    pub(crate) fn limits_wanted(&self) -> bool {
        self.limits_wanted
    }

    /// Whether a process of this run looked up `template` on this server
    /// within the last [`TEMPLATE_USE_NOTED`] (see
    /// [`Server::note_template_used`]): it was there, marked, and its use
    /// recorded in the registry, so that no garbage collection takes it
    /// while the run goes on.
    pub(crate) fn template_used_lately(&self, template: &str) -> bool {
        #[cfg(unix)]
        return std::fs::metadata(run_marker(&server_marker(
            &format!("template-{template}"),
            &self.options,
        )))
        .and_then(|marker| marker.modified())
        .ok()
        .and_then(|noted| noted.elapsed().ok())
        .is_some_and(|age| age < TEMPLATE_USE_NOTED);
        #[cfg(not(unix))]
        return false;
    }
}

/// How long a note that a process of the run looked up a template (and
/// recorded its use) spares the run's later processes that lookup. The
/// registry records a use at most once a minute too, and collects a
/// template only after ten minutes without one (`run/sweep.rs`): a run that
/// keeps using a template keeps it.
const TEMPLATE_USE_NOTED: Duration = Duration::from_secs(60);

/// Ends a task of [`Server::connect_alongside`] and drops what it made (a
/// dropped connection ends its session), before the caller waits for slots.
async fn end<T>(task: JoinHandle<T>) {
    task.abort();
    let _ = task.await;
}

/// Waits for a task of [`Server::connect_alongside`] and ends what it
/// opened with a goodbye (an aborted connect would be dropped without one).
async fn close_when_done<T: Closable>(task: JoinHandle<T>) {
    if let Ok(Ok(opened)) = tokio::time::timeout(CONNECT_TIMEOUT, task).await {
        opened.close().await;
    }
}

/// What a session opened alongside the probe ([`Server::connect_alongside`])
/// made, ended as a client ends a session when it is not kept.
pub(crate) trait Closable: Send + 'static {
    fn close(self) -> crate::future::BoxFuture<'static, ()>;
}

impl Closable for () {
    fn close(self) -> crate::future::BoxFuture<'static, ()> {
        Box::pin(async {})
    }
}

/// Whether this process runs one test (nextest's default, a process per
/// test), as opposed to a binary's tests on threads (`cargo test`).
pub(crate) fn one_test_per_process() -> bool {
    std::env::var("NEXTEST_EXECUTION_MODE").is_ok_and(|mode| mode == "process-per-test")
}

/// How long the set-up connection may have been idle and still be used
/// without a check. Set-up queries follow each other within milliseconds;
/// a longer pause (a template being migrated on a dedicated session) may
/// have outlasted the server's `idle_session_timeout`.
const SETUP_IDLE_LIMIT: Duration = Duration::from_millis(100);

/// Whether the set-up connection, kept since `kept`, may be used as it is.
fn idle_briefly(kept: std::time::Instant) -> bool {
    kept.elapsed() <= SETUP_IDLE_LIMIT
}

impl SetupConn {
    /// Gives the connection back to the pool, which checks it before its
    /// next use, or closes the probe's.
    fn discard(self) {
        match self {
            SetupConn::Own(conn) => {
                tokio::spawn(async move {
                    let _ = conn.close().await;
                });
            }
            SetupConn::Pooled(conn) => drop(conn),
            SetupConn::Keeper(lent) => drop(lent),
        }
    }
}

/// A set-up query's admin connection, kept for the next set-up query by
/// [`SetupAdmin::keep_for_next`] (see [`Server::setup_admin`]).
pub(crate) struct SetupAdmin<'a> {
    conn: Option<SetupConn>,
    server: &'a Server,
}

/// The set-up connection: the probe's own session, or one of the admin
/// pool's, or the run keeper's lent session (never kept: the keeper needs it).
enum SetupConn {
    Own(PgConnection),
    Pooled(PoolConnection<sqlx::Postgres>),
    Keeper(tokio::sync::OwnedMutexGuard<Option<PgConnection>>),
}

/// The run keeper's session, behind the lock its own work takes too.
pub(crate) type KeeperSession = std::sync::Arc<tokio::sync::Mutex<Option<PgConnection>>>;

/// An admin connection: one of the admin pool's, or the run keeper's
/// session lent to a process per test ([`Server::lend_keeper_session`]).
pub(crate) enum AdminConn {
    Pooled(PoolConnection<sqlx::Postgres>),
    Keeper(tokio::sync::OwnedMutexGuard<Option<PgConnection>>),
}

impl std::ops::Deref for AdminConn {
    type Target = PgConnection;

    fn deref(&self) -> &PgConnection {
        match self {
            AdminConn::Pooled(conn) => conn,
            AdminConn::Keeper(lent) => lent.as_ref().expect("lent only while connected"),
        }
    }
}

impl std::ops::DerefMut for AdminConn {
    fn deref_mut(&mut self) -> &mut PgConnection {
        match self {
            AdminConn::Pooled(conn) => conn,
            AdminConn::Keeper(lent) => lent.as_mut().expect("lent only while connected"),
        }
    }
}

impl std::ops::Deref for SetupAdmin<'_> {
    type Target = PgConnection;

    fn deref(&self) -> &PgConnection {
        match self.conn.as_ref().expect("held until dropped") {
            SetupConn::Own(conn) => conn,
            SetupConn::Pooled(conn) => conn,
            SetupConn::Keeper(lent) => lent.as_ref().expect("lent only while connected"),
        }
    }
}

impl std::ops::DerefMut for SetupAdmin<'_> {
    fn deref_mut(&mut self) -> &mut PgConnection {
        match self.conn.as_mut().expect("held until dropped") {
            SetupConn::Own(conn) => conn,
            SetupConn::Pooled(conn) => conn,
            SetupConn::Keeper(lent) => lent.as_mut().expect("lent only while connected"),
        }
    }
}

impl SetupAdmin<'_> {
    /// Keeps the connection for the next set-up query: its last query
    /// succeeded. One dropped without this (a failed query: the session may
    /// be lost) goes back as sqlx gives connections back, pinged first.
    pub(crate) fn keep_for_next(mut self) {
        if matches!(self.conn, Some(SetupConn::Keeper(_))) {
            return; // the keeper's, given back at once
        }
        let mut kept = self.server.setup.lock().unwrap_or_else(|e| e.into_inner());
        if kept.is_none() {
            *kept = self
                .conn
                .take()
                .map(|conn| (conn, std::time::Instant::now()));
        }
    }
}

impl Drop for SetupAdmin<'_> {
    fn drop(&mut self) {
        if let Some(SetupConn::Own(conn)) = self.conn.take() {
            tokio::spawn(async move {
                let _ = conn.close().await;
            });
        }
    }
}

/// Whether connecting failed because the server is not there right now
/// (down, restarting, shutting down), rather than because of what was asked.
pub(crate) fn is_unavailable(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::Io(_) | sqlx::Error::PoolTimedOut => true,
        // 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now.
        sqlx::Error::Database(e) => {
            matches!(e.code().as_deref(), Some("57P01" | "57P02" | "57P03"))
        }
        _ => false,
    }
}

/// Whether an error means the connection was lost (a restart, a terminated
/// session) rather than that the SQL was wrong.
pub(crate) fn is_session_lost(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::Io(_) | sqlx::Error::Protocol(_) | sqlx::Error::Tls(_) => true,
        // Class 57: operator intervention; 08: connection exception.
        sqlx::Error::Database(e) => e
            .code()
            .is_some_and(|c| c.starts_with("57") || c.starts_with("08")),
        _ => false,
    }
}

/// `3D000 invalid_catalog_name`: the database does not exist.
pub(crate) fn is_missing_database(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(e) if e.code().as_deref() == Some("3D000"))
}

/// Options for a session in the coordination database. Every session itest
/// opens carries its run in its application name, so the sweep can see
/// whether a run still has a session anywhere.
fn admin_options_of(options: &PgConnectOptions) -> PgConnectOptions {
    options
        .clone()
        .database(COORDINATION_DATABASE)
        .application_name(&format!("itest-{}-admin", run_id()))
        .options([("synchronous_commit", "off")])
}

/// Connects once and reads the server's connection limits, or says why it
/// could not within the limit. A server whose slots are all taken right now
/// is waited for like one that is starting. Connects to the coordination
/// database (`coordination`), and returns that session for the set-up
/// queries; when that database does not exist yet, to the URL's
/// (`options`), closed after.
async fn probe(
    coordination: &PgConnectOptions,
    options: &PgConnectOptions,
) -> Result<(slots::Limits, Option<PgConnection>), String> {
    let deadline = std::time::Instant::now() + CONNECT_TIMEOUT;
    let mut target = coordination;
    let connected = loop {
        match tokio::time::timeout(CONNECT_TIMEOUT, PgConnection::connect_with(target)).await {
            Ok(Err(e)) if is_busy(&e) && std::time::Instant::now() < deadline => {
                tokio::time::sleep(RETRY_CONNECT).await;
            }
            Ok(Err(e)) if is_missing_database(&e) && std::ptr::eq(target, coordination) => {
                target = options;
            }
            Ok(connected) => break connected,
            Err(_) => return Err(format!("no answer within {} s", CONNECT_TIMEOUT.as_secs())),
        }
    };
    let mut conn = connected.map_err(|e| e.to_string())?;
    let limits = slots::read_limits(&mut conn).await;
    match limits {
        Ok(limits) if std::ptr::eq(target, coordination) => Ok((limits, Some(conn))),
        limits => {
            let _ = conn.close().await;
            limits
                .map(|limits| (limits, None))
                .map_err(|e| e.to_string())
        }
    }
}

/// This process's share of the slots, if they are free now.
fn slots_now(options: &PgConnectOptions, limits: slots::Limits) -> Option<(slots::Slots, u32)> {
    let need = slots::need(&limits);
    slots::take_now(&slot_place(options), limits.share(), need).map(|slots| (slots, need))
}

fn slot_place(options: &PgConnectOptions) -> String {
    // A local socket and a loopback address with one port are one server
    // (itest's embedded server is reached by both): they share one budget.
    // Two local servers that only seem to share a port share theirs, which
    // is safe, if slower.
    let local = options.get_socket().is_some() || is_loopback(options.get_host());
    match local {
        true => format!("local:{}", options.get_port()),
        false => format!("{}:{}", options.get_host(), options.get_port()),
    }
}

/// Takes this process's share of the server's connection slots before it
/// opens a session it keeps, waiting as long as a test may take.
async fn take_slots(
    options: &PgConnectOptions,
    description: &str,
    limits: slots::Limits,
    config: &Config,
) -> Result<(slots::Slots, u32), Error> {
    let place = slot_place(options);
    let (share, need) = (limits.share(), slots::need(&limits));
    let wait = config.default_timeout;
    let taken = tokio::task::spawn_blocking(move || slots::take(&place, share, need, wait))
        .await
        .expect("taking slots does not panic");
    match taken {
        Ok(slots) => Ok((slots, need)),
        Err(none) => Err(Error::NoConnectionSlots {
            server: description.to_owned(),
            need,
            share,
            max_connections: limits.max_connections,
            reserved: limits.reserved,
            waited_secs: none.waited.as_secs(),
            threads_var: "RUST_TEST_THREADS",
        }),
    }
}

/// Whether the server takes a connection, or answers that it is full.
pub(crate) async fn answers(options: &PgConnectOptions) -> bool {
    match tokio::time::timeout(QUICK_CHECK, PgConnection::connect_with(options)).await {
        Ok(Ok(conn)) => {
            let _ = conn.close().await;
            true
        }
        Ok(Err(e)) => is_busy(&e),
        Err(_) => false,
    }
}

/// `53300 too_many_connections`: every slot the server has is taken, for now.
pub(crate) fn is_busy(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(e) if e.code().as_deref() == Some("53300"))
}

/// `host:port (database `db`, user `user`)`, or the socket folder for unix sockets.
fn describe(options: &PgConnectOptions) -> String {
    let place = match options.get_socket() {
        Some(socket) => format!("{} port {}", socket.display(), options.get_port()),
        None => format!("{}:{}", options.get_host(), options.get_port()),
    };
    let database = options.get_database().unwrap_or(options.get_username());
    format!(
        "{place} (database `{database}`, user `{}`)",
        options.get_username()
    )
}

/// Catches the URL mistakes sqlx reports confusingly or not at all: a raw
/// `@` in the password, and a URL without a host (which sqlx takes as a
/// Unix socket). Says what to write; never repeats the password.
fn check_url_shape(url: &str) -> Result<(), String> {
    let rest = url.split_once("://").map_or("", |(_, rest)| rest);
    let authority = rest.split(['/', '?']).next().unwrap_or("");
    if authority.matches('@').count() > 1 {
        return Err(
            "its user or password holds a raw `@`: write it percent-encoded, as %40".to_owned(),
        );
    }
    let host = authority
        .rsplit_once('@')
        .map_or(authority, |(_, host)| host);
    if host.split(':').next().unwrap_or("").is_empty() && !url.contains("host=") {
        return Err(
            "it names no host; write one, as in postgres://postgres@127.0.0.1:5432/postgres \
             (for a Unix socket, add ?host=/path/to/socket/folder)"
                .to_owned(),
        );
    }
    Ok(())
}

pub(crate) fn is_loopback(host: &str) -> bool {
    host == "localhost"
        || host
            .trim_matches(['[', ']'])
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// Prints `line` once per run: once for all the test binaries one `cargo
/// test` or `cargo nextest run` starts (they share a parent process, named
/// by its pid and start time), to the real stderr, past libtest's capture.
#[cfg(not(unix))]
fn announce(line: &str) {
    eprintln!("{line}");
}

#[cfg(not(unix))]
pub(crate) fn announce_once(_suffix: &str, line: &str) {
    eprintln!("{line}");
}

#[cfg(unix)]
fn announce(line: &str) {
    announce_once("", line)
}

/// [`announce`] for one kind of server (`suffix`): a run on two servers
/// names both.
#[cfg(unix)]
pub(crate) fn announce_once(suffix: &str, line: &str) {
    use std::io::Write;
    let marker = run_marker(suffix);
    let first = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&marker)
        .is_ok();
    if first {
        let _ = writeln!(std::io::stderr().lock(), "{line}");
        remove_markers_of_ended_runs();
    }
}

/// A file that stands for something this run (the invocation that started
/// this process: its parent, by pid and start time) did once, `suffix`
/// saying what; removed once that invocation has ended.
#[cfg(unix)]
fn run_marker(suffix: &str) -> std::path::PathBuf {
    let parent = std::os::unix::process::parent_id();
    let started = crate::owner::start_time(parent).unwrap_or(0);
    std::env::temp_dir().join(format!("itest-announced-{parent}-{started}{suffix}"))
}

/// The suffix of a run marker (see [`run_marker`]) about the server of `options`.
#[cfg(unix)]
fn server_marker(what: &str, options: &PgConnectOptions) -> String {
    let place: String = slot_place(options)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    format!("-{what}-{place}")
}

impl Server {
    /// Whether a process of this run already found the coordination database
    /// ready on this server (see [`Server::note_coordination_ready`]), and
    /// this process reached it: its probe's session is in it. Under nextest,
    /// a process per test, the first one checks and the rest need not.
    pub(crate) fn coordination_known_ready(&self) -> bool {
        let in_it = matches!(
            *self.setup.lock().unwrap_or_else(|e| e.into_inner()),
            Some((SetupConn::Own(_), _))
        );
        #[cfg(unix)]
        let noted = run_marker(&server_marker("coordination", &self.options)).exists();
        #[cfg(not(unix))]
        let noted = false;
        in_it && noted
    }

    /// Whether this process is the first of its nextest run (the processes
    /// of one `cargo nextest run` share `NEXTEST_RUN_ID` and their parent) to
    /// claim `what` on this server; always `true` outside nextest, where a
    /// run is one process.
    pub(crate) fn first_in_nextest_run(&self, what: &str) -> bool {
        if std::env::var_os("NEXTEST_RUN_ID").is_none() {
            return true;
        }
        #[cfg(unix)]
        return std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(run_marker(&server_marker(what, &self.options)))
            .is_ok();
        #[cfg(not(unix))]
        return true;
    }

    /// Records for the run's later processes that the coordination database
    /// is ready on this server.
    pub(crate) fn note_coordination_ready(&self) {
        #[cfg(unix)]
        let _ = std::fs::File::create(run_marker(&server_marker("coordination", &self.options)));
    }

    /// Records for the run's processes of the next minute that `template`
    /// was looked up, marked, and its use recorded (see
    /// [`SessionOptions::template_used_lately`]). Written anew each time, so
    /// its time is the last lookup's.
    pub(crate) fn note_template_used(&self, template: &str) {
        #[cfg(unix)]
        let _ = std::fs::File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(run_marker(&server_marker(
                &format!("template-{template}"),
                &self.options,
            )))
            .and_then(|marker| marker.set_modified(std::time::SystemTime::now()));
        #[cfg(not(unix))]
        let _ = template;
    }
}

/// Markers whose invocation (pid and start time in the name) is gone.
#[cfg(unix)]
fn remove_markers_of_ended_runs() {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(rest) = name
            .to_str()
            .and_then(|n| n.strip_prefix("itest-announced-"))
        else {
            continue;
        };
        let parsed = rest.split_once('-').and_then(|(pid, start)| {
            let start = start.split('-').next()?; // without the kind
            Some((pid.parse::<u32>().ok()?, start.parse::<i64>().ok()?))
        });
        let ended = match parsed {
            Some((pid, start)) => crate::owner::start_time(pid) != Some(start),
            None => true, // an older layout of the name
        };
        if ended {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Removes the URL's password from a message, in case a driver echoed it.
/// Only a password of some length: replacing every `p` of a message because
/// the password is `p` hides the message, not the password.
pub(crate) fn redact(message: &str, url: &str) -> String {
    match password_of(url) {
        Some(password) if password.len() >= 3 => message.replace(password, "********"),
        _ => message.to_owned(),
    }
}

fn password_of(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let authority = rest.split('/').next()?;
    let (userinfo, _) = authority.rsplit_once('@')?;
    userinfo.split_once(':').map(|(_, password)| password)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn description_never_shows_the_password() {
        let options =
            PgConnectOptions::from_str("postgres://sam:s3cret@db.example:6543/shop").unwrap();
        let text = describe(&options);
        assert_eq!(text, "db.example:6543 (database `shop`, user `sam`)");
        assert!(!text.contains("s3cret"));
    }

    #[test]
    fn redact_removes_the_password_from_messages() {
        let url = "postgres://sam:s3cret@db.example/shop";
        assert_eq!(redact("bad s3cret here", url), "bad ******** here");
        assert_eq!(redact("nothing", "postgres://sam@db/shop"), "nothing");
    }

    #[test]
    fn a_local_server_has_one_slot_place_whatever_the_way_in() {
        let tcp = PgConnectOptions::new().host("127.0.0.1").port(5433);
        let named = PgConnectOptions::new().host("localhost").port(5433);
        let socket = PgConnectOptions::new()
            .socket("/var/run/postgresql")
            .port(5433);
        assert_eq!(slot_place(&tcp), "local:5433");
        assert_eq!(slot_place(&named), "local:5433");
        assert_eq!(slot_place(&socket), "local:5433");
        let remote = PgConnectOptions::new().host("db.internal").port(5433);
        assert_eq!(slot_place(&remote), "db.internal:5433");
    }

    #[test]
    fn url_mistakes_are_named() {
        let raw_at = check_url_shape("postgres://sam:p@ss@db.example/shop").unwrap_err();
        assert!(raw_at.contains("%40"), "{raw_at}");
        assert!(!raw_at.contains("p@ss"), "{raw_at}");
        let no_host = check_url_shape("postgres://").unwrap_err();
        assert!(no_host.contains("names no host"), "{no_host}");
        assert!(check_url_shape("postgres:///shop").is_err());
        assert!(check_url_shape("postgres://sam:p%40ss@db.example/shop").is_ok());
        assert!(check_url_shape("postgres://db.example").is_ok());
        assert!(check_url_shape("postgres:///shop?host=/run/postgresql").is_ok());
    }

    #[test]
    fn loopback_hosts() {
        for host in ["localhost", "127.0.0.1", "127.1.2.3", "::1", "[::1]"] {
            assert!(is_loopback(host), "{host}");
        }
        assert!(!is_loopback("db.example"));
        assert!(!is_loopback("10.0.0.1"));
    }
}
