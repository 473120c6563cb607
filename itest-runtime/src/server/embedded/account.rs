//! Who runs the server. PostgreSQL refuses to run as root, and CI runs as
//! root: then `initdb` and `postgres` run as the user `postgres` if the
//! system has one (a PostgreSQL package creates it), else as `nobody`, and
//! the data folder belongs to that user.

use std::os::unix::fs::MetadataExt;
use std::path::Path;

use super::sys;
use crate::Error;

/// Users to run the server as when itest runs as root, in order of preference.
const UNPRIVILEGED: [&str; 2] = ["postgres", "nobody"];

/// The user the server runs as, when it is not the current one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Account {
    pub name: &'static str,
    pub uid: u32,
    pub gid: u32,
}

impl Account {
    /// `None` for a normal user, who runs the server as themselves.
    pub(super) fn for_server() -> Result<Option<Account>, Error> {
        if !sys::is_root() {
            return Ok(None);
        }
        UNPRIVILEGED
            .iter()
            .find_map(|&name| sys::user_ids(name).map(|(uid, gid)| Account { name, uid, gid }))
            .map(Some)
            .ok_or(Error::EmbeddedServer {
                action: "choosing a user to run it as",
                reason:
                    "itest runs as root, which PostgreSQL refuses, and this system has neither \
                         a `postgres` nor a `nobody` user to run it as instead; create one \
                         (`useradd --system postgres`)"
                        .to_owned(),
            })
    }

    /// Whether this user may walk down to `path`: each existing folder above
    /// it must be searchable (`x`) for them. A project under `/root` is not.
    pub(super) fn can_reach(&self, path: &Path) -> bool {
        path.ancestors()
            .skip(1)
            .all(|folder| match folder.metadata() {
                Ok(m) => {
                    let mode = m.mode();
                    (m.uid() == self.uid && mode & 0o100 != 0)
                        || (m.gid() == self.gid && mode & 0o010 != 0)
                        || mode & 0o001 != 0
                }
                Err(_) => true,
            })
    }
}

/// Describes who the server runs as, for the log and the README.
impl std::fmt::Display for Account {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} (uid {})", self.name, self.uid)
    }
}

#[cfg(test)]
mod tests {
    use std::fs;
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    #[test]
    fn a_private_folder_above_is_out_of_reach() {
        let dir = std::env::temp_dir().join(format!("itest-reach-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let owner = dir.metadata().unwrap();
        let stranger = Account {
            name: "stranger",
            uid: owner.uid() + 1,
            gid: owner.gid() + 1,
        };
        fs::set_permissions(&dir, fs::Permissions::from_mode(0o700)).unwrap();
        assert!(!stranger.can_reach(&dir.join("itest")));
        fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
        assert!(stranger.can_reach(&dir.join("itest")));
        fs::remove_dir_all(&dir).unwrap();
    }
}
