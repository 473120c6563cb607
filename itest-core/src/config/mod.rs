//! Configuration read from the environment, once per test binary.

use std::path::PathBuf;
use std::time::Duration;

use crate::Error;

/// Variables that name the server, in the order they are looked up.
pub const URL_VARS: [&str; 2] = ["ITEST_DATABASE_URL", "DATABASE_URL"];
/// Per-test time limit when the attribute gives none.
pub const TIMEOUT_VAR: &str = "ITEST_TIMEOUT";
/// `failed`: keep the database or schema of a failed test for inspection.
pub const KEEP_VAR: &str = "ITEST_KEEP";
/// A file to append per-phase timings of every test to (see `report`).
pub const PHASE_LOG_VAR: &str = "ITEST_PHASE_LOG";
/// Upper bound of server connections the test binary holds for tests.
pub const MAX_CONNECTIONS_VAR: &str = "ITEST_MAX_CONNECTIONS";

/// `N`: run each selected test N times, each in fresh isolation, to find flaky ones.
pub const REPEAT_VAR: &str = "ITEST_REPEAT";
/// `fail`: quarantined tests fail the run again (for the job that checks a fix).
pub const QUARANTINE_VAR: &str = "ITEST_QUARANTINE";
const MAX_REPEAT: u32 = 10_000;
/// Where the run report goes (default `<target>/itest/report/`), or `off`.
pub const REPORT_VAR: &str = "ITEST_REPORT";

const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
/// The time budget of a test, above which it is reported as slow.
pub const SLOW_VAR: &str = "ITEST_SLOW";
/// The seed's budget: an integration test takes 10 to 500 ms.
const DEFAULT_SLOW: Duration = Duration::from_millis(500);
const DEFAULT_MAX_CONNECTIONS: u32 = 32;
const MAX_MAX_CONNECTIONS: u64 = 10_000;

#[derive(Debug, Clone)]
pub struct Config {
    /// The variable the URL came from, and the URL.
    pub database_url: Option<(&'static str, String)>,
    pub default_timeout: Duration,
    /// ITEST_SLOW: `None` when `off`.
    pub slow: Option<Duration>,
    pub max_connections: u32,
    /// ITEST_KEEP=failed.
    pub keep_failed: bool,
    /// ITEST_REPEAT: runs per test, at least 1.
    pub repeat: u32,
    /// ITEST_QUARANTINE=fail.
    pub quarantine_fails: bool,
    /// Settings of the server itest starts when no URL is set.
    pub embedded: EmbeddedConfig,
    /// The same for its MySQL/MariaDB server, from the `ITEST_MYSQL_*` variables.
    #[cfg(feature = "mysql")]
    pub embedded_mysql: EmbeddedConfig,
    /// ITEST_SQLITE_DIR: where SQLite's templates and copies live;
    /// `<target>/itest/sqlite` when unset.
    #[cfg(feature = "sqlite")]
    pub sqlite_dir: PathBuf,
}

impl Config {
    pub fn from_env() -> Result<Self, Error> {
        let database_url = URL_VARS.iter().find_map(|&var| {
            std::env::var(var)
                .ok()
                .filter(|url| !url.trim().is_empty())
                .map(|url| (var, url))
        });
        let default_timeout = match std::env::var(TIMEOUT_VAR) {
            Ok(value) => duration_var(TIMEOUT_VAR, value)?,
            Err(_) => DEFAULT_TIMEOUT,
        };
        let slow = match std::env::var(SLOW_VAR) {
            Ok(value) if value.trim() == "off" => None,
            Ok(value) => match parse_duration(&value) {
                Some(budget) => Some(budget),
                None => {
                    return Err(Error::InvalidEnv {
                        var: SLOW_VAR,
                        value,
                        expected: "a duration above zero, like 500ms or 2s, or `off`",
                    })
                }
            },
            Err(_) => Some(DEFAULT_SLOW),
        };
        let max_connections = match std::env::var(MAX_CONNECTIONS_VAR) {
            Ok(value) => match value.trim().parse::<u64>() {
                Ok(n) if (1..=MAX_MAX_CONNECTIONS).contains(&n) => n as u32,
                Ok(0) => {
                    return Err(Error::InvalidEnv {
                        var: MAX_CONNECTIONS_VAR,
                        value,
                        expected: "at least 1: with no connection no test can run",
                    })
                }
                Ok(_) | Err(_) if value.trim().bytes().all(|b| b.is_ascii_digit()) => {
                    return Err(Error::InvalidEnv {
                        var: MAX_CONNECTIONS_VAR,
                        value,
                        expected: "at most 10000; a server allows a few hundred connections \
                                   (its max_connections), and itest waits for a free one beyond this",
                    })
                }
                _ => {
                    return Err(Error::InvalidEnv {
                        var: MAX_CONNECTIONS_VAR,
                        value,
                        expected: "a whole number from 1 to 10000, like 16",
                    })
                }
            },
            Err(_) => DEFAULT_MAX_CONNECTIONS,
        };
        let keep_failed = match std::env::var(KEEP_VAR) {
            Ok(value) if value.trim() == "failed" => true,
            Ok(value) if value.trim().is_empty() => false,
            Ok(value) => {
                return Err(Error::InvalidEnv {
                    var: KEEP_VAR,
                    value,
                    expected: "`failed` (keep the database or schema of failed tests), or unset",
                })
            }
            Err(_) => false,
        };
        let repeat = match std::env::var(REPEAT_VAR) {
            Ok(value) if value.trim().is_empty() => 1,
            Ok(value) => match value.trim().parse::<u32>() {
                Ok(n) if (1..=MAX_REPEAT).contains(&n) => n,
                _ => {
                    return Err(Error::InvalidEnv {
                        var: REPEAT_VAR,
                        value,
                        expected: "a whole number from 1 to 10000: how many times each test runs",
                    })
                }
            },
            Err(_) => 1,
        };
        let quarantine_fails = match std::env::var(QUARANTINE_VAR) {
            Ok(value) if value.trim() == "fail" => true,
            Ok(value) if value.trim().is_empty() || value.trim() == "report" => false,
            Ok(value) => {
                return Err(Error::InvalidEnv {
                    var: QUARANTINE_VAR,
                    value,
                    expected: "`fail` (quarantined tests fail the run again) or `report` (the \
                               default: their failures are printed only)",
                })
            }
            Err(_) => false,
        };
        // Read only when used: a bad embedded setting must not fail a run
        // that has a URL.
        let embedded = match &database_url {
            None => EmbeddedConfig::from_env()?,
            Some(_) => EmbeddedConfig::unused(),
        };
        // Read whatever the PostgreSQL URL says: a MySQL test runs on the
        // embedded MariaDB unless a MySQL URL is set (server/mysql.rs).
        #[cfg(feature = "mysql")]
        let embedded_mysql = EmbeddedConfig::mysql_from_env()?;
        #[cfg(feature = "sqlite")]
        let sqlite_dir = match std::env::var_os(SQLITE_DIR_VAR) {
            Some(dir) if !dir.is_empty() => PathBuf::from(dir),
            _ => itest_dir().join("sqlite"),
        };
        Ok(Config {
            database_url,
            default_timeout,
            slow,
            max_connections,
            keep_failed,
            repeat,
            quarantine_fails,
            embedded,
            #[cfg(feature = "mysql")]
            embedded_mysql,
            #[cfg(feature = "sqlite")]
            sqlite_dir,
        })
    }
}

/// Folder holding PostgreSQL's `initdb` and `postgres`, searched for when unset.
pub const PG_BIN_VAR: &str = "ITEST_PG_BIN";
/// Folder of the embedded server's cache, locks and log; `<target>/itest` when unset.
pub const PG_DIR_VAR: &str = "ITEST_PG_DIR";
/// How long the embedded server stays up with no test process using it.
pub const PG_IDLE_VAR: &str = "ITEST_PG_IDLE";

const DEFAULT_PG_IDLE: Duration = Duration::from_secs(60);

/// Folder holding MariaDB's `mariadbd` (or MySQL's `mysqld`), searched for when unset.
#[cfg(feature = "mysql")]
pub const MYSQL_BIN_VAR: &str = "ITEST_MYSQL_BIN";
/// Folder of the embedded MySQL/MariaDB server's cache, locks and log;
/// `<target>/itest` when unset, as for PostgreSQL.
#[cfg(feature = "mysql")]
pub const MYSQL_DIR_VAR: &str = "ITEST_MYSQL_DIR";
/// How long the embedded MySQL/MariaDB server stays up with no test process
/// using it; as long as PostgreSQL's by default.
#[cfg(feature = "mysql")]
pub const MYSQL_IDLE_VAR: &str = "ITEST_MYSQL_IDLE";

/// Folder of SQLite's template files and test copies; `<target>/itest/sqlite` when unset.
#[cfg(feature = "sqlite")]
pub const SQLITE_DIR_VAR: &str = "ITEST_SQLITE_DIR";

/// The embedded server's settings: used only when neither URL variable is set.
#[derive(Debug, Clone)]
pub struct EmbeddedConfig {
    pub bin: Option<PathBuf>,
    pub dir: Option<PathBuf>,
    pub idle: Duration,
}

impl EmbeddedConfig {
    fn from_env() -> Result<Self, Error> {
        Self::from_vars(PG_BIN_VAR, PG_DIR_VAR, PG_IDLE_VAR)
    }

    /// The embedded MySQL/MariaDB server's settings.
    #[cfg(feature = "mysql")]
    fn mysql_from_env() -> Result<Self, Error> {
        Self::from_vars(MYSQL_BIN_VAR, MYSQL_DIR_VAR, MYSQL_IDLE_VAR)
    }

    fn from_vars(
        bin_var: &'static str,
        dir_var: &'static str,
        idle_var: &'static str,
    ) -> Result<Self, Error> {
        let path = |var| {
            std::env::var_os(var)
                .filter(|value| !value.is_empty())
                .map(PathBuf::from)
        };
        let idle = match std::env::var(idle_var) {
            Ok(value) => duration_var(idle_var, value)?,
            Err(_) => DEFAULT_PG_IDLE,
        };
        Ok(EmbeddedConfig {
            bin: path(bin_var),
            dir: path(dir_var),
            idle,
        })
    }
}

impl EmbeddedConfig {
    fn unused() -> Self {
        EmbeddedConfig {
            bin: None,
            dir: None,
            idle: DEFAULT_PG_IDLE,
        }
    }
}

/// A duration variable's value, or an error that says what is wrong with it.
fn duration_var(var: &'static str, value: String) -> Result<Duration, Error> {
    if let Some(duration) = parse_duration(&value) {
        return Ok(duration);
    }
    let zero = value
        .trim()
        .trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let expected = if !zero.is_empty() && zero.bytes().all(|b| b == b'0') {
        "a duration above zero, like 500ms, 5s or 2m"
    } else {
        "a whole number followed by ms, s, m or h, like 500ms, 5s or 2m"
    };
    Err(Error::InvalidEnv {
        var,
        value,
        expected,
    })
}

/// Parses `500ms`, `5s`, `2m`, `1h`: a positive whole number and a unit.
/// The macro accepts the same forms at compile time.
pub fn parse_duration(text: &str) -> Option<Duration> {
    let text = text.trim();
    let split = text.find(|c: char| !c.is_ascii_digit())?;
    let (number, unit) = text.split_at(split);
    let number: u64 = number.parse().ok().filter(|&n| n > 0)?;
    let millis_per_unit = match unit {
        "ms" => 1,
        "s" => 1_000,
        "m" => 60_000,
        "h" => 3_600_000,
        _ => return None,
    };
    number
        .checked_mul(millis_per_unit)
        .map(Duration::from_millis)
}

/// `<target>/itest` when the test binary runs from `<target>/<profile>/deps/`
/// (cargo and nextest alike), else `None`.
pub fn target_itest_dir() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let deps = exe
        .parent()
        .filter(|d| d.file_name() == Some("deps".as_ref()))?;
    Some(deps.parent()?.parent()?.join("itest"))
}

/// Where itest keeps files of its own: [`target_itest_dir`], else a folder
/// under the system's temporary folder.
pub fn itest_dir() -> PathBuf {
    target_itest_dir().unwrap_or_else(|| std::env::temp_dir().join("itest"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_unit() {
        assert_eq!(parse_duration("500ms"), Some(Duration::from_millis(500)));
        assert_eq!(parse_duration("5s"), Some(Duration::from_secs(5)));
        assert_eq!(parse_duration(" 2m "), Some(Duration::from_secs(120)));
        assert_eq!(parse_duration("1h"), Some(Duration::from_secs(3600)));
    }

    #[test]
    fn rejects_what_it_cannot_read() {
        for bad in [
            "",
            "5",
            "s",
            "0s",
            "5 s",
            "5sec",
            "-1s",
            "1.5s",
            "99999999999999999999h",
        ] {
            assert_eq!(parse_duration(bad), None, "{bad:?} should be rejected");
        }
    }
}
