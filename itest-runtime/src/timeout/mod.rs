//! Per-test time limits that hold even when a test blocks its thread.
//!
//! The test runs on a thread of its own while the test harness's thread
//! waits with a deadline. A body that never yields (a blocking call, a
//! `std::thread::sleep`) cannot stop the harness from reporting it; what the
//! body holds is then discarded rather than reused.

use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::Arc;
use std::thread;
use std::time::Duration;

use tokio::sync::Notify;

const RUNNING: u8 = 0;
const FINISHED: u8 = 1;
const TIMED_OUT: u8 = 2;

/// Shared by the waiting thread and the test's thread: whichever moves it
/// out of "running" first decides whether the test finished in time.
#[derive(Clone)]
pub(crate) struct Deadline {
    state: Arc<AtomicU8>,
    cancel: Arc<Notify>,
}

impl Deadline {
    fn new() -> Deadline {
        Deadline {
            state: Arc::new(AtomicU8::new(RUNNING)),
            cancel: Arc::new(Notify::new()),
        }
    }

    /// Called by the test's thread before giving shared resources back.
    /// `false` means the time ran out first: resources must be discarded,
    /// because the waiting side may already be cancelling them.
    pub(crate) fn finish(&self) -> bool {
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
    pub(crate) fn cancel(&self) {
        self.cancel.notify_one();
    }

    /// Completes once [`Deadline::cancel`] was called, even if it was called first.
    pub(crate) async fn cancelled(&self) {
        self.cancel.notified().await
    }
}

pub(crate) enum Waited<T> {
    Finished(T),
    TimedOut(Deadline),
}

/// Runs `job` on a new thread named `thread_name` and waits at most `limit` for it.
pub(crate) fn run_with_deadline<T: Send + 'static>(
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
        Err(RecvTimeoutError::Timeout) if deadline.expire() => Waited::TimedOut(deadline),
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
