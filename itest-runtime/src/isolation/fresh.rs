//! `db = "fresh"`: a database of the test's own, as its template made it.
//! The cleanest isolation: code under test may commit, hold many
//! connections, change the schema, test transactions themselves.
//!
//! Making a copy per test and dropping it after is most of what such a
//! test costs (a copy and a drop are tens of milliseconds, a checkpoint
//! each), so copies are reused when that is provably the same: copies are
//! workers, `<template>_p<n>` (`workers.rs`), shared by every process and
//! run. After a test its sessions are ended and the copy is checked
//! (`backend/postgres_pristine.rs`): when the test changed nothing but rows
//! and sequences, those are put back as the template has them and the copy
//! serves the next test; otherwise (DDL, grants, settings, a template row
//! changed) it is dropped and made again. A process hands its copies back
//! clean at exit, recorded in the registry, so the next process or run
//! checks one and uses it instead of copying. A copy whose last holder died
//! mid-test has no record, and is made again.
//!
//! A copy handed back is sealed (closed to connections) before its last
//! check, so whoever leases it next only proves that the seal is unbroken
//! and opens it, without a look of its own: under nextest, a process per
//! test, that look on a new session was the dearest part of a lease. With
//! one test per process, the copy is sealed before the check after that
//! test, which then is its last.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use sqlx::postgres::PgConnectOptions;
use sqlx::{Connection, PgConnection, PgPool};
use tokio::sync::{Notify, OwnedSemaphorePermit, Semaphore};
use tokio::task::JoinHandle;

use super::workers::{Leased, Leases};
use super::{
    psql_command, Background, BoxFuture, Isolation, PgSession as Session, SessionEnder, Strategy,
};
use crate::backend::{AtRest, Cutoff, Postgres, Profile, Seal, ServerSql, Verdict};
use crate::database::Template;
use crate::mark::fresh_copy_name;
use crate::pool::many;
use crate::run::{fresh_copy_mark, registry, Run};
use crate::unique::run_id;
use crate::Error;

/// How long the end of a test waits for code under test to give its
/// connections back before its sessions are ended from the server.
const POOL_CLOSE_WAIT: Duration = Duration::from_secs(2);
/// How long ended sessions may take to exit before the copy counts as in
/// use by someone else.
const SESSION_END_WAIT: Duration = Duration::from_secs(5);
/// How long the check after a test waits for one of the test's sessions
/// to be back in its pool, to take it as the cleaner.
const TEST_SESSION_RETURN_WAIT: Duration = Duration::from_millis(10);
/// How long a copy handed back may wait for its closed cleaner's server
/// process to exit: the next lease passes over a copy with a session in it.
const CLEANER_EXIT_WAIT: Duration = Duration::from_millis(200);

pub(crate) struct Fresh {
    shared: Arc<Shared>,
}

struct Shared {
    template: Arc<Template>,
    leases: Leases,
    /// What a copy of the template holds: from the first new copy this
    /// process made, or the registry's record of one handed back clean.
    profile: Mutex<Option<Arc<Profile>>>,
    copies: Mutex<Copies>,
    /// Signalled when a copy has been checked after its test.
    checked: Notify,
    in_use: Arc<Semaphore>,
    /// Checks after tests, drops of spoiled copies, kept copies' renames.
    background: Background,
    /// Kept copies so far, for their names.
    kept: AtomicU64,
    /// nextest's process per test: the check after a test is the copy's
    /// last in this process, so it is sealed first and not readied again.
    one_test_per_process: bool,
}

#[derive(Default)]
struct Copies {
    /// Checked and clean, ready for a test.
    ready: Vec<FreshCopy>,
    /// Being checked after their tests.
    checking: usize,
}

/// A copy this process holds.
struct FreshCopy {
    index: u32,
    key: i64,
    name: String,
    /// Nothing in it changed since this transaction id (but the test's work).
    since: Cutoff,
    /// itest's own session in it, opened on itest's runtime (the test's may
    /// be on a runtime that has stopped since): ends the test's sessions and
    /// puts the rows back.
    cleaner: Option<PgConnection>,
    /// The cleaner, opening while the test runs, for a copy leased
    /// without a look.
    cleaner_ahead: Option<JoinHandle<Option<PgConnection>>>,
    /// Closed to connections since this seal (only the cleaner is in it).
    seal: Option<Seal>,
    /// The next test's pool, its first connection opened ahead.
    pool: Option<PgPool>,
    _permit: Option<OwnedSemaphorePermit>,
}

impl Fresh {
    pub(crate) async fn new(
        template: Arc<Template>,
        run: Arc<Run>,
        max_copies: u32,
    ) -> Result<Self, Error> {
        run.use_template(&template.name).await?;
        Ok(Fresh {
            shared: Arc::new(Shared {
                leases: Leases::new(Arc::clone(&template), run, "p"),
                template,
                profile: Mutex::new(None),
                copies: Mutex::default(),
                checked: Notify::new(),
                in_use: Arc::new(Semaphore::new(max_copies as usize)),
                background: Background::default(),
                kept: AtomicU64::new(0),
                one_test_per_process: crate::server::one_test_per_process(),
            }),
        })
    }
}

impl Shared {
    fn options(&self, name: &str) -> PgConnectOptions {
        self.template.server.options_for(name)
    }

    fn profile(&self) -> Option<Arc<Profile>> {
        self.profile
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    fn set_profile(&self, profile: Profile) -> Arc<Profile> {
        let mut known = self.profile.lock().unwrap_or_else(|e| e.into_inner());
        Arc::clone(known.get_or_insert_with(|| Arc::new(profile)))
    }

    /// A checked copy, waiting for one being checked rather than leasing
    /// another while this process has some coming back.
    async fn next_ready(&self) -> Option<FreshCopy> {
        loop {
            let checked = self.checked.notified();
            tokio::pin!(checked);
            checked.as_mut().enable();
            {
                let mut copies = self.copies.lock().unwrap_or_else(|e| e.into_inner());
                if let Some(copy) = copies.ready.pop() {
                    return Some(copy);
                }
                if copies.checking == 0 {
                    return None;
                }
            }
            checked.await;
        }
    }

    /// Leases a copy no live process holds, and makes sure it is as its
    /// template made it: new, or handed back clean and still so, or else
    /// made again.
    async fn lease(&self) -> Result<FreshCopy, Error> {
        self.leases
            .lease(|leased| async move { self.prepare(&leased).await })
            .await
    }

    async fn prepare(&self, leased: &Leased) -> Result<FreshCopy, Error> {
        let server = &self.template.server;
        let suffix = self.leases.suffix(leased.index);
        let made = self
            .template
            .ensure_shared_copy(&leased.name, &suffix, "fresh worker", false)
            .await?;
        let record = {
            let mut admin = server.admin().await?;
            registry::take_pristine(&mut admin, &leased.name)
                .await
                .map_err(|e| server.error("leasing a fresh copy", &e))?
        };
        let setup_error = |e: sqlx::Error| Error::Setup {
            database: leased.name.clone(),
            reason: e.to_string(),
        };
        let recorded = record.as_ref().and_then(|(at_rest, profile)| {
            Some((AtRest::from_text(at_rest)?, Profile::from_text(profile)?))
        });
        let sealed = recorded
            .as_ref()
            .and_then(|(at_rest, profile)| Some((at_rest.seal?, profile)));
        if let (false, Some((seal, profile))) = (made, sealed) {
            return self.reopen(leased, &suffix, seal, profile).await;
        }
        let connected = server.connect_patiently(&self.options(&leased.name)).await;
        let mut cleaner = match connected {
            Ok(conn) => conn,
            // One left invalid by a drop that was cut short (its process was
            // killed): PostgreSQL refuses connections to it; made again below.
            Err(_) if !made => {
                return self.remake(leased, &suffix).await;
            }
            Err(e) => return Err(setup_error(e)),
        };
        if !made {
            // Handed back clean (by a version that did not seal): checked.
            if let Some((AtRest { since, seal: None }, profile)) = recorded {
                let profile = match self.profile() {
                    Some(known) => known,
                    None => self.set_profile(profile),
                };
                let verdict = Postgres::restore(&mut cleaner, &profile, since, None)
                    .await
                    .map_err(setup_error)?;
                if let Verdict::Pristine(since) = verdict {
                    return Ok(self.copy(leased, since, Some(cleaner)));
                }
            }
            // In use by a process that died, or changed since: made again.
            let _ = cleaner.close().await;
            return self.remake(leased, &suffix).await;
        }
        self.profiled(leased, cleaner).await
    }

    /// A copy handed back sealed: sealed before its last check, so clean
    /// as long as the seal is unbroken, and then used without a look.
    async fn reopen(
        &self,
        leased: &Leased,
        suffix: &str,
        seal: Seal,
        profile: &Profile,
    ) -> Result<FreshCopy, Error> {
        let mut admin = self.template.server.admin().await?;
        let reopened = Postgres::unseal(&mut admin, &leased.name, seal).await;
        drop(admin);
        let since = match reopened {
            Ok((true, since)) => since,
            // Changed since, or left invalid by a drop cut short (which
            // cannot be altered): made again.
            Ok((false, _)) | Err(_) => return self.remake(leased, suffix).await,
        };
        if self.profile().is_none() {
            self.set_profile(profile.clone());
        }
        let mut copy = self.copy(leased, since, None);
        // A process per test takes the test's own session as the cleaner
        // (`check_after_test`): one session fewer, which costs the server a
        // process, and this is the process's one test.
        if !self.one_test_per_process {
            copy.cleaner_ahead = Some(self.open_cleaner(&leased.name));
        }
        Ok(copy)
    }

    /// Drops a copy that cannot be used as it is and makes it again.
    async fn remake(&self, leased: &Leased, suffix: &str) -> Result<FreshCopy, Error> {
        let server = &self.template.server;
        let mut admin = server.admin().await?;
        Postgres::drop_database(&mut admin, &leased.name)
            .await
            .map_err(|e| server.error("dropping a used fresh copy", &e))?;
        drop(admin);
        self.template
            .ensure_shared_copy(&leased.name, suffix, "fresh worker", false)
            .await?;
        let cleaner = server
            .connect_patiently(&self.options(&leased.name))
            .await
            .map_err(|e| Error::Setup {
                database: leased.name.clone(),
                reason: e.to_string(),
            })?;
        self.profiled(leased, cleaner).await
    }

    /// A new copy, whose profile this process takes if it has none yet.
    async fn profiled(
        &self,
        leased: &Leased,
        mut cleaner: PgConnection,
    ) -> Result<FreshCopy, Error> {
        let (profile, since) = Postgres::profile(&mut cleaner)
            .await
            .map_err(|e| Error::Setup {
                database: leased.name.clone(),
                reason: e.to_string(),
            })?;
        self.set_profile(profile);
        Ok(self.copy(leased, since, Some(cleaner)))
    }

    fn copy(&self, leased: &Leased, since: Cutoff, cleaner: Option<PgConnection>) -> FreshCopy {
        FreshCopy {
            index: leased.index,
            key: leased.key,
            name: leased.name.clone(),
            since,
            cleaner,
            cleaner_ahead: None,
            seal: None,
            pool: None,
            _permit: None,
        }
    }

    /// Opens a copy's cleaner in the background, so that the check after
    /// the test finds it there. (Its first look costs more than later ones,
    /// its caches being cold; taking one meanwhile, to warm them, made a
    /// process per test slower on two cores, not faster.)
    fn open_cleaner(&self, name: &str) -> JoinHandle<Option<PgConnection>> {
        let (template, options) = (Arc::clone(&self.template), self.options(name));
        tokio::spawn(async move { template.server.connect_patiently(&options).await.ok() })
    }

    /// One of the test's sessions, idle now, made the copy's cleaner, put
    /// back as a new session would be. `None`: none is idle, or it cannot
    /// be reset (opened on a runtime that has stopped, say); the cleaner is
    /// then opened anew.
    async fn adopt_test_session(&self, pool: &PgPool, name: &str) -> Option<PgConnection> {
        // sqlx gives a connection back to its pool in a task of its own: one
        // the test has just let go may be a moment away from idle.
        let start = std::time::Instant::now();
        let idle = loop {
            if let Some(conn) = pool.try_acquire() {
                break conn;
            }
            if pool.size() == 0 || start.elapsed() > TEST_SESSION_RETURN_WAIT {
                return None;
            }
            tokio::time::sleep(Duration::from_millis(1)).await;
        };
        let mut conn = idle.detach();
        let options = self.options(name);
        let tag = options.get_application_name().unwrap_or("itest");
        match Postgres::reset_session(&mut conn, tag).await {
            Ok(()) => Some(conn),
            Err(_) => {
                let _ = tokio::time::timeout(POOL_CLOSE_WAIT, conn.close()).await;
                None
            }
        }
    }

    /// The copy's cleaner: the one it has, the one opening, or a new one.
    async fn cleaner<'c>(
        &self,
        copy: &'c mut FreshCopy,
    ) -> Result<&'c mut PgConnection, sqlx::Error> {
        if copy.cleaner.is_none() {
            if let Some(ahead) = copy.cleaner_ahead.take() {
                copy.cleaner = ahead.await.ok().flatten();
            }
        }
        match copy.cleaner {
            Some(ref mut conn) => Ok(conn),
            None => Ok(copy
                .cleaner
                .insert(PgConnection::connect_with(&self.options(&copy.name)).await?)),
        }
    }

    /// Closes a copy to new connections; its cleaner must be in it first.
    async fn seal(&self, copy: &mut FreshCopy) -> Result<(), Error> {
        let server = &self.template.server;
        let mut admin = server.admin().await?;
        let seal = Postgres::seal(&mut admin, &copy.name)
            .await
            .map_err(|e| server.error("sealing a fresh copy", &e))?;
        copy.seal = Some(seal);
        Ok(())
    }

    /// Opens a copy this process sealed for its next test here.
    async fn unseal(&self, copy: &mut FreshCopy) -> Result<bool, Error> {
        let Some(seal) = copy.seal else {
            return Ok(true);
        };
        let server = &self.template.server;
        let mut admin = server.admin().await?;
        let (untouched, since) = Postgres::unseal(&mut admin, &copy.name, seal)
            .await
            .map_err(|e| server.error("opening a fresh copy", &e))?;
        copy.seal = None;
        copy.since = since;
        Ok(untouched)
    }

    /// After a test: ends its sessions, checks the copy and puts its rows
    /// back, then readies it for the next test; or drops it.
    async fn check_after_test(
        self: Arc<Self>,
        pool: PgPool,
        mut copy: FreshCopy,
        _ended: CheckEnded,
    ) {
        if self.one_test_per_process && copy.cleaner.is_none() && copy.cleaner_ahead.is_none() {
            copy.cleaner = self.adopt_test_session(&pool, &copy.name).await;
        }
        let _ = tokio::time::timeout(POOL_CLOSE_WAIT, pool.close()).await;
        if self.one_test_per_process {
            // This check is the copy's last here: sealed first, it is the
            // one the next process relies on. The cleaner goes in before.
            let sealed = match self.cleaner(&mut copy).await {
                Ok(_) => self.seal(&mut copy).await.is_ok(),
                Err(_) => false,
            };
            if !sealed {
                return self.retire(copy, true).await;
            }
        }
        let verdict = self.restore(&mut copy).await;
        match verdict {
            Ok(Verdict::Pristine(since)) if copy.seal.is_some() => {
                copy.since = since;
                let mut copies = self.copies.lock().unwrap_or_else(|e| e.into_inner());
                copies.ready.push(copy);
            }
            Ok(Verdict::Pristine(since)) => {
                copy.since = since;
                // The next test's first connection, opened meanwhile.
                let next = many(self.options(&copy.name));
                if let Ok(conn) = next.acquire().await {
                    drop(conn);
                }
                copy.pool = Some(next);
                let mut copies = self.copies.lock().unwrap_or_else(|e| e.into_inner());
                copies.ready.push(copy);
            }
            Ok(Verdict::Spoiled) | Err(_) => self.retire(copy, true).await,
        }
    }

    /// Ends the test's sessions and checks the copy, on its cleaner
    /// session (opened again if it was lost).
    async fn restore(&self, copy: &mut FreshCopy) -> Result<Verdict, sqlx::Error> {
        let Some(profile) = self.profile() else {
            return Ok(Verdict::Spoiled);
        };
        let cleaner = self.cleaner(copy).await?;
        let ended = match Postgres::end_other_sessions(cleaner, SESSION_END_WAIT).await {
            Ok(ended) => ended,
            // Lost (a restart, a terminated session): once more, anew.
            Err(_) => {
                let conn = PgConnection::connect_with(&self.options(&copy.name)).await?;
                Postgres::end_other_sessions(copy.cleaner.insert(conn), SESSION_END_WAIT).await?
            }
        };
        let cleaner = copy.cleaner.as_mut().expect("opened above");
        match ended {
            0 => Postgres::restore(cleaner, &profile, copy.since, copy.seal).await,
            // Someone else is in it (not the test: its sessions were ended).
            _ => Ok(Verdict::Spoiled),
        }
    }

    /// Gives a copy's lock back, dropping the copy first when `drop` (it
    /// is not as its template made it). Without a record that it is clean,
    /// whoever leases it next makes it again.
    async fn retire(&self, mut copy: FreshCopy, drop: bool) {
        if let Some(ahead) = copy.cleaner_ahead.take() {
            copy.cleaner = ahead.await.ok().flatten().or(copy.cleaner);
        }
        if let Some(conn) = copy.cleaner.take() {
            let _ = conn.close().await;
        }
        if let Some(pool) = copy.pool.take() {
            pool.close().await;
        }
        if drop {
            if let Ok(mut admin) = self.template.server.background().await {
                let _ = Postgres::drop_database(&mut admin, &copy.name).await;
            }
        }
        let _ = self.leases.give_back(copy.index, copy.key).await;
    }

    /// At exit: seals the ready copies, records them as clean and hands
    /// them back, so that the next process or run uses them without a look.
    async fn hand_back(&self) {
        let ready = {
            let mut copies = self.copies.lock().unwrap_or_else(|e| e.into_inner());
            std::mem::take(&mut copies.ready)
        };
        let profile = self.profile().map(|p| p.to_text());
        for mut copy in ready {
            let at_rest = match &profile {
                Some(_) => self.put_to_rest(&mut copy).await,
                None => None,
            };
            // Closed, and gone, before the record is there: whoever leases
            // the copy next finds it sealed and nobody in it.
            if let Some(conn) = copy.cleaner.take() {
                let _ = conn.close().await;
            }
            let recorded = match (&profile, at_rest, self.template.server.admin().await) {
                (Some(profile), Some(at_rest), Ok(mut admin)) => {
                    let _ =
                        Postgres::wait_until_empty(&mut admin, &copy.name, CLEANER_EXIT_WAIT).await;
                    registry::put_pristine(&mut admin, &copy.name, &at_rest.to_text(), profile)
                        .await
                        .is_ok()
                }
                _ => false,
            };
            self.retire(copy, !recorded).await;
        }
    }

    /// Seals a ready copy and checks it once more, so that nothing can have
    /// changed it between that check and its next lease. `None`: it is not
    /// fit to be handed back. A server that refuses the seal gets the copy
    /// unsealed, and whoever leases it checks it first.
    async fn put_to_rest(&self, copy: &mut FreshCopy) -> Option<AtRest> {
        if let Some(seal) = copy.seal {
            // Sealed before its last check, after this process's last test.
            return Some(AtRest {
                since: copy.since,
                seal: Some(seal),
            });
        }
        // The next test's pool, opened ahead: its session must go first.
        if let Some(pool) = copy.pool.take() {
            pool.close().await;
        }
        if self.cleaner(copy).await.is_err() {
            return None;
        }
        if self.seal(copy).await.is_err() {
            return Some(AtRest {
                since: copy.since,
                seal: None,
            });
        }
        match self.restore(copy).await {
            Ok(Verdict::Pristine(since)) => Some(AtRest {
                since,
                seal: copy.seal,
            }),
            Ok(Verdict::Spoiled) | Err(_) => None,
        }
    }

    /// Keeps a failed test's copy as it is: renamed to a kept copy of this
    /// run (the sweep leaves it while the invocation lives, then drops it),
    /// so no test reuses it. If it cannot be renamed (someone is connected),
    /// it stays leased, unrecorded, until this process exits.
    async fn keep(self: Arc<Self>, pool: PgPool, mut copy: FreshCopy, kept: String) {
        let _ = tokio::time::timeout(POOL_CLOSE_WAIT, pool.close()).await;
        if let Ok(conn) = self.cleaner(&mut copy).await {
            let _ = Postgres::end_other_sessions(conn, SESSION_END_WAIT).await;
        }
        if let Some(conn) = copy.cleaner.take() {
            let _ = conn.close().await;
        }
        let Ok(mut admin) = self.template.server.background().await else {
            return;
        };
        let renamed = sqlx::Executor::execute(
            &mut *admin,
            sqlx::AssertSqlSafe(format!(
                "ALTER DATABASE {} RENAME TO {}",
                crate::backend::quote(&copy.name),
                crate::backend::quote(&kept)
            )),
        )
        .await;
        if renamed.is_ok() {
            let mark = fresh_copy_mark(&kept, &self.template.name, run_id());
            let _ = Postgres::comment_database(&mut admin, &kept, &mark).await;
            drop(admin);
            let _ = self.leases.give_back(copy.index, copy.key).await;
        }
    }
}

/// A check after a test, counted from its start; it counts as ended however
/// it ends (a panic, or a runtime that drops it unstarted), so that no test
/// waits for it forever.
struct CheckEnded(Arc<Shared>);

impl CheckEnded {
    fn start(shared: &Arc<Shared>) -> CheckEnded {
        shared
            .copies
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .checking += 1;
        CheckEnded(Arc::clone(shared))
    }
}

impl Drop for CheckEnded {
    fn drop(&mut self) {
        let shared = &self.0;
        shared
            .copies
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .checking -= 1;
        shared.checked.notify_waiters();
    }
}

impl Strategy<sqlx::Postgres> for Fresh {
    fn open(&self) -> BoxFuture<'_, Result<Session, Error>> {
        Box::pin(async move {
            let shared = &self.shared;
            let permit = Arc::clone(&shared.in_use)
                .acquire_owned()
                .await
                .expect("the copies' semaphore is never closed");
            let mut copy = loop {
                let Some(mut copy) = shared.next_ready().await else {
                    break shared.lease().await?;
                };
                // Sealed after an earlier test here (nextest, ITEST_REPEAT):
                // opened again, unless someone changed it meanwhile.
                match shared.unseal(&mut copy).await {
                    Ok(true) => break copy,
                    Ok(false) | Err(_) => shared.retire(copy, true).await,
                }
            };
            copy._permit = Some(permit);
            let pool = copy
                .pool
                .take()
                .unwrap_or_else(|| many(shared.options(&copy.name)));
            let (name, ender) = (copy.name.clone(), SessionEnder::of_pg(&pool));
            Ok(Session::new(pool, name, Isolation::Fresh, copy, ender))
        })
    }

    fn teardown<'a>(&'a self, _db: &'a mut Session) -> BoxFuture<'a, Result<(), sqlx::Error>> {
        // Nothing before reporting: the copy is checked afterwards.
        Box::pin(async { Ok(()) })
    }

    fn release(&self, db: Session) {
        let (pool, Some(mut copy)) = db.into_parts::<FreshCopy>() else {
            return;
        };
        copy._permit = None;
        let ended = CheckEnded::start(&self.shared);
        let shared = Arc::clone(&self.shared);
        self.shared
            .background
            .spawn(shared.check_after_test(pool, copy, ended));
    }

    fn discard(&self, db: Session) {
        // Whatever state the test left: the check finds out.
        self.release(db);
    }

    fn shut_down(&self) -> BoxFuture<'_, ()> {
        Box::pin(async move {
            self.shared.background.finish().await;
            self.shared.hand_back().await;
        })
    }

    fn keep(&self, db: Session) -> Result<String, Box<Session>> {
        let options = db.connect_options();
        let (pool, Some(mut copy)) = db.into_parts::<FreshCopy>() else {
            return Ok(String::from("kept nothing: the test had no copy"));
        };
        copy._permit = None;
        let kept = fresh_copy_name(
            &self.shared.template.name,
            run_id(),
            self.shared.kept.fetch_add(1, Ordering::Relaxed),
        );
        let note = format!(
            "kept database `{kept}` (the test's `{}`) until the next run (`cargo test`, `cargo nextest run`) starts: {}",
            copy.name,
            psql_command(&options, &kept, None)
        );
        let shared = Arc::clone(&self.shared);
        self.shared.background.spawn(shared.keep(pool, copy, kept));
        Ok(note)
    }
}
