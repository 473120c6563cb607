//! The server's connection slots, shared by every itest process on this
//! machine that uses the server.
//!
//! A server takes `max_connections` sessions, minus the slots it reserves
//! for superusers. `cargo nextest run -j 16` starts sixteen processes, each
//! needing a few sessions; against a small server they would take every slot
//! between them and then wait for each other's last one. So each process
//! takes its share of slots *before* it opens any session it keeps: all of
//! them at once or none, so no process waits while it holds some. A slot is
//! a file lock under the temporary folder, which the operating system
//! releases when the process ends, however it ends.

use std::fs::File;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// What the server allows, as it says itself.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Limits {
    pub max_connections: u32,
    /// Superuser and `pg_use_reserved_connections` slots, which itest's
    /// sessions cannot count on.
    pub reserved: u32,
}

/// The statement that reads the server's limits: one row, two columns.
const LIMITS_SQL: &str = "SELECT current_setting('max_connections')::int,
        current_setting('superuser_reserved_connections')::int
        + coalesce(nullif(current_setting('reserved_connections', true), ''), '0')::int";

/// Reads the server's limits on an open session.
pub(crate) async fn read_limits(conn: &mut sqlx::PgConnection) -> Result<Limits, sqlx::Error> {
    // The simple protocol: one round trip, where a prepared statement takes two.
    let row = sqlx::raw_sql(LIMITS_SQL).fetch_one(conn).await?;
    limits_of(&row)
}

/// Reads the server's limits and runs `sql` (statements of the caller's,
/// with no parameters) in the same round trip; the rows of `sql`.
pub(crate) async fn read_limits_with(
    conn: &mut sqlx::PgConnection,
    sql: &str,
) -> Result<(Limits, Vec<sqlx::postgres::PgRow>), sqlx::Error> {
    let mut rows = sqlx::raw_sql(sqlx::AssertSqlSafe(format!("{LIMITS_SQL};\n{sql}")))
        .fetch_all(conn)
        .await?;
    if rows.is_empty() {
        return Err(sqlx::Error::RowNotFound);
    }
    let limits = limits_of(&rows.remove(0))?;
    Ok((limits, rows))
}

fn limits_of(row: &sqlx::postgres::PgRow) -> Result<Limits, sqlx::Error> {
    use sqlx::Row;
    let (max_connections, reserved): (i32, i32) = (row.try_get(0)?, row.try_get(1)?);
    Ok(Limits {
        max_connections: max_connections.max(0) as u32,
        reserved: reserved.max(0) as u32,
    })
}

impl Limits {
    /// The slots itest's processes share: what the server leaves to normal
    /// users, less some room for everyone else (psql, the app, monitoring).
    pub(crate) fn share(&self) -> u32 {
        let usable = self.max_connections.saturating_sub(self.reserved);
        let room_for_others = (usable / 10).max(2);
        usable.saturating_sub(room_for_others).max(1)
    }
}

/// Sessions one process typically keeps open besides its tests': the run's
/// keeper, one of the admin pool, one for background work. A second admin
/// or background session, opened under load, comes out of the room left
/// for others, or waits for a free slot on the server.
pub(crate) const PROCESS_SESSIONS: u32 = 3;
/// Sessions one running test typically has open: its own and one for the
/// code under test. More are opened when needed, and wait for a free slot
/// on the server if there is none.
const TEST_SESSIONS: u32 = 2;

/// How many slots this process asks for: its own sessions, plus those of
/// the tests it runs at once.
pub(crate) fn need(limits: &Limits) -> u32 {
    (PROCESS_SESSIONS + TEST_SESSIONS * test_threads()).min(limits.share())
}

/// Tests this process runs at once: one under nextest (a process per
/// test), else libtest's `--test-threads`, `RUST_TEST_THREADS` or the cores.
fn test_threads() -> u32 {
    if std::env::var_os("NEXTEST_RUN_ID").is_some() {
        return 1;
    }
    let args: Vec<String> = std::env::args().collect();
    let from_args =
        args.iter()
            .enumerate()
            .find_map(|(i, arg)| match arg.strip_prefix("--test-threads=") {
                Some(n) => Some(n.to_owned()),
                None if arg == "--test-threads" => args.get(i + 1).cloned(),
                None => None,
            });
    from_args
        .or_else(|| std::env::var("RUST_TEST_THREADS").ok())
        .and_then(|n| n.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get() as u32))
}

/// Slots this process holds until it exits.
pub(crate) struct Slots {
    _locks: Vec<File>,
}

/// No slots within the wait: how long it lasted.
pub(crate) struct NoSlots {
    pub waited: Duration,
}

/// Takes `need` of the `share` slots of `server` (`host:port`) if they are
/// free now, without waiting (a few file locks: cheap enough for a runtime
/// thread).
pub(crate) fn take_now(server: &str, share: u32, need: u32) -> Option<Slots> {
    try_take(&folder_of(server), share, need)
}

/// Takes `need` of the `share` slots of `server` (`host:port`), waiting up
/// to `limit` for other processes to free them.
pub(crate) fn take(server: &str, share: u32, need: u32, limit: Duration) -> Result<Slots, NoSlots> {
    let folder = folder_of(server);
    let started = Instant::now();
    let mut round = 0u32;
    loop {
        if let Some(slots) = try_take(&folder, share, need) {
            return Ok(slots);
        }
        let waited = started.elapsed();
        if waited >= limit {
            return Err(NoSlots { waited });
        }
        // Jittered, so that waiting processes do not retry in lockstep.
        round = round.wrapping_add(1);
        let jitter = (std::process::id().wrapping_mul(31).wrapping_add(round * 17)) % 20;
        std::thread::sleep(Duration::from_millis(10 + jitter as u64));
    }
}

/// All `need` slots, or none (what was taken is let go at once).
fn try_take(folder: &std::path::Path, share: u32, need: u32) -> Option<Slots> {
    if std::fs::create_dir_all(folder).is_err() {
        // No place to coordinate (say, the folder belongs to another user):
        // take nothing; the server's own limit and the patient connects
        // still hold.
        return Some(Slots { _locks: Vec::new() });
    }
    // Start at a place of this process's own, so processes do not all
    // contend for slot 0 first.
    let start = std::process::id() % share;
    let mut locks = Vec::with_capacity(need as usize);
    for i in 0..share {
        let slot = (start + i) % share;
        let Ok(file) = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(folder.join(format!("slot-{slot}")))
        else {
            return Some(Slots { _locks: Vec::new() });
        };
        if lock_now(&file) {
            locks.push(file);
            if locks.len() == need as usize {
                return Some(Slots { _locks: locks });
            }
        }
    }
    None
}

fn folder_of(server: &str) -> PathBuf {
    let name: String = server
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    std::env::temp_dir().join("itest-slots").join(name)
}

/// An exclusive lock on `file`, if no one else holds one (flock on Unix,
/// LockFileEx on Windows): per open file, so it works between threads too.
fn lock_now(file: &File) -> bool {
    file.try_lock().is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_leaves_room_for_others() {
        let small = Limits {
            max_connections: 20,
            reserved: 3,
        };
        assert_eq!(small.share(), 15);
        let default = Limits {
            max_connections: 100,
            reserved: 3,
        };
        assert_eq!(default.share(), 88);
        let tiny = Limits {
            max_connections: 3,
            reserved: 3,
        };
        assert_eq!(tiny.share(), 1);
    }

    #[test]
    fn slots_are_shared_out_and_given_back() {
        let server = format!(
            "test-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        );
        let first = take(&server, 5, 3, Duration::ZERO)
            .ok()
            .expect("3 of 5 are free");
        // flock is per open file: a second take in this process contends like another process.
        assert!(
            take(&server, 5, 3, Duration::ZERO).is_err(),
            "only 2 are left"
        );
        let second = take(&server, 5, 2, Duration::ZERO)
            .ok()
            .expect("2 are left");
        drop(first);
        let third = take(&server, 5, 3, Duration::ZERO)
            .ok()
            .expect("3 came back");
        drop((second, third));
        let _ = std::fs::remove_dir_all(folder_of(&server));
    }
}
