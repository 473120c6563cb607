//! Finding PostgreSQL's server programs, `initdb` and `postgres`, and their
//! version.
//!
//! Looked up in order: `ITEST_PG_BIN`, `pg_config --bindir`, each folder of
//! `PATH`, then the usual install folders. A folder counts only when both
//! programs are in it: on Debian `pg_config` may come with the client
//! package and name a folder without them.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};

use crate::config::PG_BIN_VAR;
use crate::Error;

/// The file of [`remembered`], in the cache root.
const REMEMBERED: &str = "programs";
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

/// A folder holding `initdb` and `postgres`, and their version.
#[derive(Debug, Clone)]
pub(super) struct Binaries {
    pub dir: PathBuf,
    pub version: Version,
}

/// `15.20`, and `15`: data folders of one major version are compatible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Version {
    pub full: String,
    pub major: String,
}

impl Binaries {
    pub(super) fn program(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }
}

/// Finds the programs and asks their version.
pub(super) fn find(configured: Option<&Path>) -> Result<Binaries, Error> {
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
    Ok(Binaries { dir, version })
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
    PROGRAMS.iter().all(|program| {
        fs::metadata(dir.join(program))
            .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    })
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
/// each, per process).
pub(super) fn remembered(configured: Option<&Path>, cache: &Path) -> Option<Binaries> {
    let text = fs::read_to_string(cache.join(REMEMBERED)).ok()?;
    let mut fields = text.trim_end_matches('\n').splitn(3, '\t');
    let (inputs, version, dir) = (fields.next()?, fields.next()?, fields.next()?);
    (inputs == lookup_inputs(configured)).then_some(())?;
    Some(Binaries {
        dir: PathBuf::from(dir),
        version: parse_version(version)?,
    })
}

/// Remembers a lookup's result; written beside, then renamed.
pub(super) fn remember(configured: Option<&Path>, cache: &Path, binaries: &Binaries) {
    let text = format!(
        "{}\t{}\t{}\n",
        lookup_inputs(configured),
        binaries.version.full,
        binaries.dir.display()
    );
    let temporary = cache.join(format!("{REMEMBERED}.{}", std::process::id()));
    if fs::write(&temporary, text).is_ok() {
        let _ = fs::rename(&temporary, cache.join(REMEMBERED));
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
