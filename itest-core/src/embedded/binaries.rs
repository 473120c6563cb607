//! Finding the server's programs, and their version.
//!
//! PostgreSQL's, `initdb` and `postgres`, are looked up in order:
//! `ITEST_PG_BIN`, `pg_config --bindir`, each folder of `PATH`, then the
//! usual install folders. A folder counts only when both programs are in
//! it: on Debian `pg_config` may come with the client package and name a
//! folder without them.
//!
//! MariaDB's (feature `mysql`) are the server, `mariadbd` (or `mysqld`), and
//! `mariadb-install-db` (or `mysql_install_db`), which makes a data folder:
//! the server in `ITEST_MYSQL_BIN`, else in the first folder of `PATH` or of
//! the usual install folders that has one; the installer beside it, else
//! found the same way (Debian puts the server in /usr/sbin and the installer
//! in /usr/bin). A `mysqld` that is Oracle's MySQL (5.7 and later) needs no
//! installer: it makes its data folder itself (`--initialize-insecure`).

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};

use super::flavor::Flavor;
use crate::config::PG_BIN_VAR;
use crate::Error;

/// The file of [`remembered`], in the cache root, per family of servers.
fn remembered_file(flavor: Flavor) -> &'static str {
    match flavor {
        Flavor::Postgres => "programs",
        #[cfg(feature = "mysql")]
        Flavor::MariaDb | Flavor::MySql => "mysql-programs",
    }
}
/// What a folder must hold to run a server of its own.
const PROGRAMS: [&str; 2] = ["initdb", "postgres"];

/// Folders of the newest version under a parent: (parent, name prefix, then).
/// Debian and Ubuntu, the PostgreSQL project's RPMs, Homebrew on Apple and Intel Macs.
const VERSIONED_FOLDERS: [(&str, &str, &str); 4] = [
    ("/usr/lib/postgresql", "", "bin"),
    ("/usr", "pgsql-", "bin"),
    ("/opt/homebrew/opt", "postgresql@", "bin"),
    ("/usr/local/opt", "postgresql@", "bin"),
];
/// Source builds, and the `postgresql` formula of Homebrew.
const FIXED_FOLDERS: [&str; 3] = [
    "/usr/local/pgsql/bin",
    "/opt/homebrew/opt/postgresql/bin",
    "/usr/local/opt/postgresql/bin",
];

/// The programs of one server, and their version.
#[derive(Debug, Clone)]
pub struct Binaries {
    pub flavor: Flavor,
    /// `postgres`, `mariadbd` or `mysqld`.
    pub server: PathBuf,
    /// What makes a data folder: `initdb`, `mariadb-install-db`; for MySQL,
    /// the server itself.
    pub init: PathBuf,
    pub version: Version,
}

/// `15.20`, and `15`: data folders of one major version are compatible.
/// MariaDB's and MySQL's: `10.11.19`, and `10.11`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub full: String,
    pub major: String,
}

/// Finds the programs of `flavor`'s family and asks their version.
pub fn find(flavor: Flavor, configured: Option<&Path>) -> Result<Binaries, Error> {
    match flavor {
        Flavor::Postgres => find_postgres(configured),
        #[cfg(feature = "mysql")]
        Flavor::MariaDb | Flavor::MySql => mysql::find(configured),
    }
}

fn find_postgres(configured: Option<&Path>) -> Result<Binaries, Error> {
    let dir = match configured {
        Some(dir) if has_programs(dir) => dir.to_owned(),
        Some(dir) => {
            return Err(Error::InvalidEnv {
                var: PG_BIN_VAR,
                value: dir.display().to_string(),
                expected: "a folder holding PostgreSQL's initdb and postgres programs, \
                           like /usr/lib/postgresql/17/bin",
            })
        }
        None => search(candidates())?,
    };
    let version = version(&dir)?;
    Ok(Binaries {
        flavor: Flavor::Postgres,
        server: dir.join("postgres"),
        init: dir.join("initdb"),
        version,
    })
}

/// The first candidate that has both programs, or an error listing them all.
fn search(candidates: impl Iterator<Item = PathBuf>) -> Result<PathBuf, Error> {
    let mut searched = Vec::new();
    for dir in candidates {
        if has_programs(&dir) {
            return Ok(dir);
        }
        if !searched.contains(&dir) {
            searched.push(dir);
        }
    }
    let mut searched: Vec<String> = searched.iter().map(|d| d.display().to_string()).collect();
    searched.insert(0, "pg_config --bindir".to_owned());
    Err(Error::ServerProgramsNotFound {
        searched: searched.join(", "),
    })
}

/// Every place to look, in order, computed only as far as it is needed.
fn candidates() -> impl Iterator<Item = PathBuf> {
    let from_pg_config = std::iter::once_with(pg_config_bindir).flatten();
    let from_path = std::iter::once_with(|| {
        std::env::var_os("PATH")
            .map(|path| std::env::split_paths(&path).collect::<Vec<_>>())
            .unwrap_or_default()
    })
    .flatten();
    let versioned = VERSIONED_FOLDERS
        .into_iter()
        .filter_map(|(parent, prefix, then)| {
            newest(Path::new(parent), prefix).map(|d| d.join(then))
        });
    let fixed = FIXED_FOLDERS.into_iter().map(PathBuf::from);
    from_pg_config
        .chain(from_path)
        .chain(versioned)
        .chain(fixed)
}

fn pg_config_bindir() -> Option<PathBuf> {
    let output = Command::new("pg_config").arg("--bindir").output().ok()?;
    let dir = String::from_utf8(output.stdout).ok()?;
    (output.status.success() && !dir.trim().is_empty()).then(|| PathBuf::from(dir.trim()))
}

/// The entry of `parent` named `<prefix><version>` with the highest version.
fn newest(parent: &Path, prefix: &str) -> Option<PathBuf> {
    fs::read_dir(parent)
        .ok()?
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            let key = version_key(name.strip_prefix(prefix)?)?;
            Some((key, parent.join(name)))
        })
        .max()
        .map(|(_, dir)| dir)
}

/// `9.6` → [9, 6], `17` → [17]; anything else is not a version.
fn version_key(text: &str) -> Option<Vec<u32>> {
    text.split('.').map(|part| part.parse().ok()).collect()
}

fn has_programs(dir: &Path) -> bool {
    PROGRAMS
        .iter()
        .all(|program| is_program(&dir.join(program)))
}

/// An executable file (or a link to one).
fn is_program(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// The server's version, as `postgres --version` prints it.
fn version(dir: &Path) -> Result<Version, Error> {
    let program = dir.join("postgres");
    let failed = |reason: String| Error::EmbeddedServer {
        action: "asking `postgres --version` for its version",
        reason: format!("{}: {reason}", program.display()),
    };
    let output = Command::new(&program)
        .arg("--version")
        .output()
        .map_err(|e| failed(e.to_string()))?;
    let text = String::from_utf8_lossy(&output.stdout);
    text.split_once("(PostgreSQL)")
        .and_then(|(_, rest)| rest.split_whitespace().next())
        .and_then(parse_version)
        .ok_or_else(|| failed(format!("it printed {:?}", text.trim())))
}

/// What the last lookup found, kept in `<cache>/programs` for the same
/// `ITEST_PG_BIN` and `PATH`: while its server runs, a process attaches
/// without running `pg_config` or `postgres --version` (a few milliseconds
/// each, per process). MariaDB's in `<cache>/mysql-programs`, the same way.
pub fn remembered(family: Flavor, configured: Option<&Path>, cache: &Path) -> Option<Binaries> {
    let text = fs::read_to_string(cache.join(remembered_file(family))).ok()?;
    let mut fields = text.trim_end_matches('\n').splitn(5, '\t');
    let (inputs, flavor, version) = (fields.next()?, fields.next()?, fields.next()?);
    let (server, init) = (fields.next()?, fields.next()?);
    (inputs == lookup_inputs(configured)).then_some(())?;
    let flavor = Flavor::from_code(flavor)?;
    let version = match flavor {
        Flavor::Postgres => parse_version(version)?,
        #[cfg(feature = "mysql")]
        Flavor::MariaDb | Flavor::MySql => mysql::parse_version(version)?,
    };
    Some(Binaries {
        flavor,
        server: PathBuf::from(server),
        init: PathBuf::from(init),
        version,
    })
}

/// Remembers a lookup's result; written beside, then renamed.
pub fn remember(configured: Option<&Path>, cache: &Path, binaries: &Binaries) {
    let text = format!(
        "{}\t{}\t{}\t{}\t{}\n",
        lookup_inputs(configured),
        binaries.flavor.code(),
        binaries.version.full,
        binaries.server.display(),
        binaries.init.display()
    );
    let file = remembered_file(binaries.flavor);
    let temporary = cache.join(format!("{file}.{}", std::process::id()));
    if fs::write(&temporary, text).is_ok() {
        let _ = fs::rename(&temporary, cache.join(file));
    }
}

/// A digest of what the lookup depends on besides the file system.
fn lookup_inputs(configured: Option<&Path>) -> String {
    let mut hasher = Sha256::new();
    hasher.update(
        configured
            .map(Path::as_os_str)
            .unwrap_or_default()
            .as_encoded_bytes(),
    );
    hasher.update(b"\0");
    hasher.update(
        std::env::var_os("PATH")
            .unwrap_or_default()
            .as_encoded_bytes(),
    );
    hasher.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `15.20`, `17beta1`, `9.6.24` into full and major version.
fn parse_version(text: &str) -> Option<Version> {
    let digits = |s: &str| {
        s.chars()
            .take_while(char::is_ascii_digit)
            .collect::<String>()
    };
    let first = digits(text);
    let major = match first.parse::<u32>().ok()? {
        n if n >= 10 => first,
        _ => format!("{first}.{}", digits(text.split('.').nth(1)?)),
    };
    Some(Version {
        full: text.to_owned(),
        major,
    })
}

/// MariaDB's programs, or MySQL's.
#[cfg(feature = "mysql")]
pub mod mysql {
    use std::path::{Path, PathBuf};
    use std::process::Command;

    use super::{is_program, newest, Binaries, Version};
    use crate::config::MYSQL_BIN_VAR;
    use crate::embedded::flavor::Flavor;
    use crate::Error;

    /// The server, by the name MariaDB gives it, then by its older name
    /// (which MySQL's has too).
    const SERVERS: [&str; 2] = ["mariadbd", "mysqld"];
    /// What makes MariaDB's data folder, by its new name and its older one.
    const INSTALLERS: [&str; 2] = ["mariadb-install-db", "mysql_install_db"];

    /// Debian and Ubuntu (server in /usr/sbin, installer in /usr/bin), Red
    /// Hat (/usr/libexec), the tarballs of MySQL and MariaDB, Homebrew's
    /// formulas on Apple and Intel Macs, and its links.
    const FIXED_FOLDERS: [&str; 13] = [
        "/usr/sbin",
        "/usr/bin",
        "/usr/libexec",
        "/usr/local/mysql/bin",
        "/usr/local/mariadb/bin",
        "/opt/homebrew/opt/mariadb/bin",
        "/usr/local/opt/mariadb/bin",
        "/opt/homebrew/opt/mysql/bin",
        "/usr/local/opt/mysql/bin",
        "/opt/homebrew/bin",
        "/usr/local/sbin",
        "/usr/local/bin",
        "/usr/local/mysql/scripts",
    ];
    /// Homebrew's versioned formulas: (parent, name prefix, then).
    const VERSIONED_FOLDERS: [(&str, &str, &str); 4] = [
        ("/opt/homebrew/opt", "mariadb@", "bin"),
        ("/usr/local/opt", "mariadb@", "bin"),
        ("/opt/homebrew/opt", "mysql@", "bin"),
        ("/usr/local/opt", "mysql@", "bin"),
    ];

    pub fn find(configured: Option<&Path>) -> Result<Binaries, Error> {
        let server = match configured {
            Some(dir) => {
                first_in([dir.to_owned()], &SERVERS).map_err(|_| Error::MySqlProgramsNotFound {
                    searched: format!(
                        "{MYSQL_BIN_VAR}={} only, which holds neither {}",
                        dir.display(),
                        SERVERS.join(" nor ")
                    ),
                })?
            }
            None => first_in(candidates(), &SERVERS).map_err(|searched| {
                Error::MySqlProgramsNotFound {
                    searched: format!("PATH and the usual folders: {}", searched.join(", ")),
                }
            })?,
        };
        let (flavor, version) = version(&server)?;
        let init = match flavor {
            Flavor::MySql => server.clone(),
            _ => installer(&server, configured.is_some())?,
        };
        Ok(Binaries {
            flavor,
            server,
            init,
            version,
        })
    }

    /// MariaDB's installer: beside the server, in the `bin` or `scripts`
    /// folder beside its folder (tarballs), else (unless the folder was
    /// configured) wherever the server could have been.
    fn installer(server: &Path, configured: bool) -> Result<PathBuf, Error> {
        let dir = server.parent().unwrap_or(Path::new("/"));
        let base = dir.parent().unwrap_or(Path::new("/"));
        let near = [dir.to_owned(), base.join("bin"), base.join("scripts")];
        let found = if configured {
            first_in(near, &INSTALLERS)
        } else {
            first_in(near.into_iter().chain(candidates()), &INSTALLERS)
        };
        found.map_err(|searched| Error::MySqlProgramsNotFound {
            searched: format!(
                "{} (it found {}, but no {} beside it)",
                searched.join(", "),
                server.display(),
                INSTALLERS.join(" or ")
            ),
        })
    }

    /// Every place to look for a server, in order.
    fn candidates() -> impl Iterator<Item = PathBuf> {
        let from_path = std::env::var_os("PATH")
            .map(|path| std::env::split_paths(&path).collect::<Vec<_>>())
            .unwrap_or_default();
        let fixed = FIXED_FOLDERS.into_iter().map(PathBuf::from);
        let versioned = VERSIONED_FOLDERS
            .into_iter()
            .filter_map(|(parent, prefix, then)| {
                newest(Path::new(parent), prefix).map(|d| d.join(then))
            });
        from_path.into_iter().chain(fixed).chain(versioned)
    }

    /// The first of `names` in the first folder that has one, or the
    /// folders searched.
    fn first_in(
        folders: impl IntoIterator<Item = PathBuf>,
        names: &[&str],
    ) -> Result<PathBuf, Vec<String>> {
        let mut searched: Vec<String> = Vec::new();
        for dir in folders {
            if let Some(found) = names.iter().map(|n| dir.join(n)).find(|p| is_program(p)) {
                return Ok(found);
            }
            let shown = dir.display().to_string();
            if !searched.contains(&shown) {
                searched.push(shown);
            }
        }
        Err(searched)
    }

    /// Which server it is, and its version, from `--version`:
    /// `mariadbd  Ver 10.11.19-MariaDB-0+deb12u1 for debian-linux-gnu ...`,
    /// `mysqld  Ver 8.0.36 for Linux on x86_64 (MySQL Community Server - GPL)`.
    fn version(server: &Path) -> Result<(Flavor, Version), Error> {
        let failed = |reason: String| Error::EmbeddedMySqlServer {
            action: "asking the server for its version",
            reason: format!("{}: {reason}", server.display()),
        };
        let output = Command::new(server)
            .args(["--no-defaults", "--version"])
            .output()
            .map_err(|e| failed(e.to_string()))?;
        let text = String::from_utf8_lossy(&output.stdout);
        let version = text
            .split_once(" Ver ")
            .and_then(|(_, rest)| rest.split_whitespace().next())
            .and_then(parse_version)
            .ok_or_else(|| failed(format!("it printed {:?}", text.trim())))?;
        if text.contains("MariaDB") {
            return Ok((Flavor::MariaDb, version));
        }
        match super::version_key(&version.major).as_deref() {
            Some([major, minor]) if (*major, *minor) >= (5, 7) => Ok((Flavor::MySql, version)),
            _ => Err(failed(format!(
                "MySQL {} is too old: itest needs MySQL 5.7 or later, or MariaDB",
                version.full
            ))),
        }
    }

    /// `10.11.19-MariaDB-0+deb12u1` into `10.11.19` and `10.11`.
    pub fn parse_version(text: &str) -> Option<Version> {
        let full = text.split(['-', '+', '~']).next()?;
        let parts: Vec<&str> = full.split('.').collect();
        let numbers = super::version_key(full)?;
        (numbers.len() >= 2).then_some(())?;
        Some(Version {
            full: full.to_owned(),
            major: format!("{}.{}", parts[0], parts[1]),
        })
    }

    /// Whether MariaDB `version` is at least `major.minor`.
    pub fn at_least(version: &Version, major: u32, minor: u32) -> bool {
        match super::version_key(&version.major).as_deref() {
            Some([a, b]) => (*a, *b) >= (major, minor),
            _ => false,
        }
    }

    #[cfg(test)]
    mod tests {
        use std::fs;
        use std::os::unix::fs::PermissionsExt;

        use super::*;

        #[test]
        fn versions_of_mariadb_and_mysql() {
            let version = parse_version("10.11.19-MariaDB-0+deb12u1").unwrap();
            assert_eq!(
                (version.full.as_str(), version.major.as_str()),
                ("10.11.19", "10.11")
            );
            assert_eq!(parse_version("8.0.36").unwrap().major, "8.0");
            assert_eq!(parse_version("11.4.2-MariaDB").unwrap().major, "11.4");
            assert_eq!(parse_version("devel"), None);
            assert!(at_least(&parse_version("10.4.1").unwrap(), 10, 4));
            assert!(!at_least(&parse_version("10.3.39").unwrap(), 10, 4));
        }

        #[test]
        fn the_installer_may_live_beside_the_servers_folder() {
            let base =
                std::env::temp_dir().join(format!("itest-mysql-bins-{}", std::process::id()));
            for dir in ["sbin", "bin"] {
                fs::create_dir_all(base.join(dir)).unwrap();
            }
            let make = |path: PathBuf| {
                fs::write(&path, "").unwrap();
                fs::set_permissions(&path, fs::Permissions::from_mode(0o755)).unwrap();
                path
            };
            let server = make(base.join("sbin/mariadbd"));
            assert!(installer(&server, true).is_err());
            let installer_path = make(base.join("bin/mysql_install_db"));
            assert_eq!(installer(&server, true).unwrap(), installer_path);
            assert_eq!(
                first_in([base.join("bin"), base.join("sbin")], &SERVERS).unwrap(),
                server
            );
            fs::remove_dir_all(&base).unwrap();
        }

        #[test]
        fn nothing_found_says_where_it_looked_and_what_to_install() {
            let empty =
                std::env::temp_dir().join(format!("itest-mysql-none-{}", std::process::id()));
            fs::create_dir_all(&empty).unwrap();
            let text = find(Some(&empty)).unwrap_err().to_string();
            fs::remove_dir_all(&empty).unwrap();
            assert!(
                text.contains(&format!("ITEST_MYSQL_BIN={}", empty.display())),
                "{text}"
            );
            assert!(text.contains("apt-get install mariadb-server"), "{text}");
            assert!(text.contains("brew install mariadb"), "{text}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_of_each_era() {
        let version = parse_version("15.20").unwrap();
        assert_eq!(
            (version.full.as_str(), version.major.as_str()),
            ("15.20", "15")
        );
        assert_eq!(parse_version("17beta1").unwrap().major, "17");
        assert_eq!(parse_version("9.6.24").unwrap().major, "9.6");
        assert_eq!(parse_version("devel"), None);
    }

    #[test]
    fn the_newest_version_folder_wins() {
        let parent = std::env::temp_dir().join(format!("itest-newest-{}", std::process::id()));
        for name in ["9.6", "13", "17", "100-bogus", "common"] {
            fs::create_dir_all(parent.join(name)).unwrap();
        }
        assert_eq!(newest(&parent, ""), Some(parent.join("17")));
        assert_eq!(newest(&parent, "postgresql@"), None);
        fs::remove_dir_all(&parent).unwrap();
    }

    #[test]
    fn a_folder_counts_only_with_both_programs() {
        let dir = std::env::temp_dir().join(format!("itest-programs-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let client_only = dir.join("pg_config");
        fs::write(&client_only, "").unwrap();
        assert!(search([dir.clone()].into_iter()).is_err());
        for program in PROGRAMS {
            fs::write(dir.join(program), "").unwrap();
            fs::set_permissions(dir.join(program), fs::Permissions::from_mode(0o755)).unwrap();
        }
        assert_eq!(search([dir.clone()].into_iter()).unwrap(), dir);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn nothing_found_says_what_to_install_and_what_to_set() {
        let error = search([PathBuf::from("/nowhere/bin")].into_iter()).unwrap_err();
        let text = error.to_string();
        assert!(text.contains("pg_config --bindir, /nowhere/bin"), "{text}");
        assert!(text.contains("apt-get install postgresql"), "{text}");
        assert!(text.contains("brew install postgresql@17"), "{text}");
        assert!(text.contains("set ITEST_PG_BIN"), "{text}");
        assert!(text.contains("ITEST_DATABASE_URL"), "{text}");
    }
}
