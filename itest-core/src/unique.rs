//! Values no other test, process or run gets.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;
use std::time::{SystemTime, UNIX_EPOCH};

/// Returns `prefix-<run>-<n>`: unique across the tests, processes and runs
/// sharing a server, and safe in emails, names, keys and identifiers.
///
/// ```
/// let email = format!("{}@example.com", itest_core::unique::unique("sam"));
/// assert!(email.starts_with("sam-"));
/// assert_ne!(itest_core::unique::unique("sam"), itest_core::unique::unique("sam"));
/// ```
pub fn unique(prefix: &str) -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!("{prefix}-{}-{n}", run_id())
}

/// This process's id and start time: two processes alive at once never share
/// a pid, and one pid reused later has a later start time.
pub fn run_id() -> &'static str {
    static RUN_ID: OnceLock<String> = OnceLock::new();
    RUN_ID.get_or_init(|| {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        // Fixed width for the pid keeps the two parts from running together.
        format!(
            "{:0>6}{}",
            base36(u128::from(std::process::id())),
            base36(nanos)
        )
    })
}

fn base36(mut n: u128) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).expect("ascii digits")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_differ_and_keep_the_prefix() {
        let a = unique("user");
        let b = unique("user");
        assert_ne!(a, b);
        assert!(a.starts_with("user-"));
        assert!(a.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    }

    #[test]
    fn base36_digits() {
        assert_eq!(base36(0), "0");
        assert_eq!(base36(35), "z");
        assert_eq!(base36(36), "10");
    }
}
