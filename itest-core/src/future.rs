//! The boxed futures the runtime passes around, under names that say whether
//! they may move between threads.

use std::future::Future;
use std::pin::Pin;

/// A future that may run on any worker of the shared runtime.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// A future that stays on one thread: a test body and its fixtures, which
/// need not be `Send` because each test runs on a thread of its own.
pub type LocalBoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + 'a>>;
