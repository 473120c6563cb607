//! Numbered worker databases beside a template: `<template>_w<n>`
//! (truncate) and `<template>_p<n>` (fresh), shared by every process on the
//! server and reused across runs. A process leases worker n by holding an
//! advisory lock on it through its run's session, so a dead process frees
//! its workers; whoever leases one next finds out what state it is in.

use std::collections::BTreeSet;
use std::future::Future;
use std::sync::Arc;

use crate::database::Template;
use crate::mark::lock_key;
use crate::run::{registry, Run};
use crate::Error;

/// A worker this process holds the lock of.
pub(crate) struct Leased {
    pub(crate) index: u32,
    pub(crate) key: i64,
    pub(crate) name: String,
}

pub(crate) struct Leases {
    template: Arc<Template>,
    run: Arc<Run>,
    /// `w` or `p`: the worker's suffix before its number.
    kind: &'static str,
    /// Worker indexes this process holds (leased, idle or being cleaned).
    held: Arc<tokio::sync::Mutex<BTreeSet<u32>>>,
}

impl Leases {
    pub(crate) fn new(template: Arc<Template>, run: Arc<Run>, kind: &'static str) -> Leases {
        Leases {
            template,
            run,
            kind,
            held: Arc::default(),
        }
    }

    pub(crate) fn held(&self) -> &Arc<tokio::sync::Mutex<BTreeSet<u32>>> {
        &self.held
    }

    /// The suffix of worker `index`: `w3`.
    pub(crate) fn suffix(&self, index: u32) -> String {
        format!("{}{index}", self.kind)
    }

    /// Leases the first worker no live process holds and readies it with
    /// `prepare`; when that fails, its lock is handed back.
    pub(crate) async fn lease<T, F: Future<Output = Result<T, Error>>>(
        &self,
        prepare: impl Fn(Leased) -> F,
    ) -> Result<T, Error> {
        // Advisory locks are re-entrant within a session: the server would
        // hand this process a worker it already holds. So the process keeps
        // its own list, and allocates one worker at a time.
        let mut held = self.held.lock().await;
        // Through the admin pool first: a server that went away for good
        // fails at once, saying so, not after the run's lock session has
        // waited to connect again. Not held while the run takes a lock: in
        // a process per test, the admin session is the run's lock session.
        let server = &self.template.server;
        drop(server.admin().await?);
        let mut index = 0;
        loop {
            if !held.contains(&index) {
                let name = self.template.copy_name(&self.suffix(index));
                let key = lock_key(&format!("itest worker {name}"));
                if self.run.try_lock(key).await? {
                    // A worker whose lock is free but that someone still
                    // uses (a live run whose lock session was lost, or a
                    // person looking at it) is not leased.
                    let mut sessions = 0;
                    // A process that just gave it back may still be on its
                    // way out: its sessions show for a moment after.
                    for pause in [None, Some(5), Some(20)] {
                        if let Some(ms) = pause {
                            tokio::time::sleep(std::time::Duration::from_millis(ms)).await;
                        }
                        let mut admin = server.admin().await?;
                        sessions = registry::sessions_in(&mut admin, &name)
                            .await
                            .map_err(|e| server.error("leasing a worker database", &e))?;
                        if sessions == 0 {
                            break;
                        }
                    }
                    if sessions > 0 {
                        self.run.unlock(key).await?;
                        index += 1;
                        continue;
                    }
                    return match prepare(Leased { index, key, name }).await {
                        Ok(worker) => {
                            held.insert(index);
                            Ok(worker)
                        }
                        Err(e) => {
                            self.run.unlock(key).await?;
                            Err(e)
                        }
                    };
                }
            }
            index += 1;
        }
    }

    /// Hands worker `index`'s lock back: another process may lease it now.
    pub(crate) async fn give_back(&self, index: u32, key: i64) -> Result<(), Error> {
        let mut held = self.held.lock().await;
        self.run.unlock(key).await?;
        held.remove(&index);
        Ok(())
    }
}
