//! Which process a run is, precisely enough for another process on the same
//! machine to tell whether it is still alive without asking the server.
//!
//! `host` is the boot id and the pid namespace: two processes with the same
//! `host` see the same pids. A pid is the run's only while its start time
//! (clock ticks after boot, from `/proc/<pid>/stat`) is the one registered.

use std::sync::OnceLock;

/// This process as the registry records it.
pub struct Owner {
    pub host: String,
    pub pid: i64,
    pub pid_start: i64,
}

pub fn this_process() -> &'static Owner {
    static OWNER: OnceLock<Owner> = OnceLock::new();
    OWNER.get_or_init(|| {
        let pid = std::process::id();
        Owner {
            host: host_key().unwrap_or_else(|| "unknown".to_owned()),
            pid: i64::from(pid),
            pid_start: start_time(pid).unwrap_or(-1),
        }
    })
}

/// The process that started this one: `cargo test` or `cargo nextest run`
/// for a test binary.
pub fn parent() -> Owner {
    let pid = parent_pid();
    Owner {
        host: this_process().host.clone(),
        pid: i64::from(pid),
        pid_start: start_time(pid).unwrap_or(-1),
    }
}

#[cfg(unix)]
fn parent_pid() -> u32 {
    std::os::unix::process::parent_id()
}

#[cfg(not(unix))]
fn parent_pid() -> u32 {
    0
}

/// Whether the process registered as (`host`, `pid`, `pid_start`) is alive:
/// `None` when this machine cannot tell (another host, or no `/proc`).
pub fn is_alive(host: &str, pid: i64, pid_start: i64) -> Option<bool> {
    let me = this_process();
    if me.host == "unknown" || host != me.host || pid_start < 0 {
        return None;
    }
    let pid = u32::try_from(pid).ok()?;
    Some(start_time(pid) == Some(pid_start))
}

fn host_key() -> Option<String> {
    let boot = std::fs::read_to_string("/proc/sys/kernel/random/boot_id").ok()?;
    let namespace = std::fs::read_link("/proc/self/ns/pid").ok()?;
    let namespace = namespace.to_string_lossy();
    let digits: String = namespace.chars().filter(char::is_ascii_digit).collect();
    Some(format!("{}.{digits}", boot.trim()))
}

/// Field 22 of `/proc/<pid>/stat`, after the command name (which may hold
/// spaces and parentheses, so the fields are counted from its closing one).
pub fn start_time(pid: u32) -> Option<i64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let after_name = &stat[stat.rfind(')')? + 1..];
    after_name.split_whitespace().nth(19)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn this_process_is_alive_and_a_changed_start_time_is_not() {
        let me = this_process();
        if me.host == "unknown" {
            return; // no /proc here: the registry falls back to the server's view
        }
        assert_eq!(is_alive(&me.host, me.pid, me.pid_start), Some(true));
        assert_eq!(
            is_alive(&me.host, me.pid, me.pid_start + 1),
            Some(false),
            "a reused pid"
        );
        assert_eq!(is_alive("elsewhere", me.pid, me.pid_start), None);
    }
}
