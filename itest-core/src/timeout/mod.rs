//! Per-test time limits that hold even when a test blocks its thread.
//!
//! The test runs on a thread of its own while the test harness's thread
//! waits with a deadline. A body that never yields (a blocking call, a
//! `std::thread::sleep`) cannot stop the harness from reporting it; what the
//! body holds is then discarded rather than reused.

use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use tokio::sync::Notify;

const RUNNING: u8 = 0;
const FINISHED: u8 = 1;
const TIMED_OUT: u8 = 2;

/// Shared by the waiting thread and the test's thread: whichever moves it
/// out of "running" first decides whether the test finished in time.
#[derive(Clone)]
pub struct Deadline {
    state: Arc<AtomicU8>,
    cancel: Arc<Notify>,
    /// Set by the test's thread once it has seen the cancellation: it is
    /// not blocked, so its teardown is worth waiting for.
    stopping: Arc<(Mutex<bool>, Condvar)>,
}

impl Deadline {
    fn new() -> Deadline {
        Deadline {
            state: Arc::new(AtomicU8::new(RUNNING)),
            cancel: Arc::new(Notify::new()),
            stopping: Arc::new((Mutex::new(false), Condvar::new())),
        }
    }

    /// Called by the test's thread before giving shared resources back.
    /// `false` means the time ran out first: resources must be discarded,
    /// because the waiting side may already be cancelling them.
    pub fn finish(&self) -> bool {
        self.state
            .compare_exchange(RUNNING, FINISHED, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
    }

    fn expire(&self) -> bool {
        self.state
            .compare_exchange(RUNNING, TIMED_OUT, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
    }

    /// Tells a test that still yields to stop.
    pub fn cancel(&self) {
        self.cancel.notify_one();
    }

    /// Completes once [`Deadline::cancel`] was called, even if it was called first.
    pub async fn cancelled(&self) {
        self.cancel.notified().await;
        let (stopping, changed) = &*self.stopping;
        *stopping.lock().unwrap_or_else(|e| e.into_inner()) = true;
        changed.notify_all();
    }

    /// Whether the test's thread saw the cancellation within `wait`; a
    /// thread blocked in the test body never does.
    pub fn wait_until_stopping(&self, wait: Duration) -> bool {
        let (stopping, changed) = &*self.stopping;
        let guard = stopping.lock().unwrap_or_else(|e| e.into_inner());
        let (guard, _) = changed
            .wait_timeout_while(guard, wait, |stopping| !*stopping)
            .unwrap_or_else(|e| e.into_inner());
        *guard
    }
}

pub enum Waited<T> {
    Finished(T),
    /// The deadline, and where the job's late result will arrive.
    TimedOut(Deadline, mpsc::Receiver<T>),
}

/// Runs `job` on a new thread named `thread_name` and waits at most `limit` for it.
pub fn run_with_deadline<T: Send + 'static>(
    thread_name: String,
    limit: Duration,
    job: impl FnOnce(Deadline) -> T + Send + 'static,
) -> Waited<T> {
    let deadline = Deadline::new();
    let (sender, receiver) = mpsc::channel();
    let for_job = deadline.clone();
    thread::Builder::new()
        .name(thread_name)
        .spawn(move || {
            let _ = sender.send(job(for_job));
        })
        .expect("itest: cannot start a thread for the test");
    match receiver.recv_timeout(limit) {
        Ok(value) => Waited::Finished(value),
        Err(RecvTimeoutError::Timeout) if deadline.expire() => Waited::TimedOut(deadline, receiver),
        // The job finished at the deadline: take its result after all.
        Err(RecvTimeoutError::Timeout) => Waited::Finished(
            receiver
                .recv()
                .expect("the test thread ended without a result"),
        ),
        Err(RecvTimeoutError::Disconnected) => {
            panic!("itest: the test thread ended without a result")
        }
    }
}

/// What the test is doing right now, for the timeout message: "fixture
/// `user`", "the test body", "teardown of fixture `mail`". It also times
/// each phase, for `ITEST_PHASE_LOG`.
#[derive(Clone)]
pub struct Phase(Arc<Mutex<PhaseClock>>);

struct PhaseClock {
    current: String,
    since: Instant,
    finished: Vec<(String, Duration)>,
}

impl Phase {
    pub(crate) fn new() -> Phase {
        Phase(Arc::new(Mutex::new(PhaseClock {
            current: "starting its thread".to_owned(),
            since: Instant::now(),
            finished: Vec::new(),
        })))
    }

    pub fn set(&self, phase: impl Into<String>) {
        let mut clock = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let now = Instant::now();
        let ended = std::mem::replace(&mut clock.current, phase.into());
        let took = now - clock.since;
        clock.finished.push((ended, took));
        clock.since = now;
    }

    pub fn get(&self) -> String {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .current
            .clone()
    }

    /// Every phase so far with its duration, the current one included.
    pub fn timings(&self) -> Vec<(String, Duration)> {
        let clock = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let mut timings = clock.finished.clone();
        timings.push((clock.current.clone(), clock.since.elapsed()));
        timings
    }
}
