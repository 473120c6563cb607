//! Who runs the server. PostgreSQL refuses to run as root, and CI runs as
//! root: then `initdb` and `postgres` run as the user `postgres` if the
//! system has one (a PostgreSQL package creates it), else as `nobody`, and
//! the data folder belongs to that user. MariaDB's and MySQL's programs,
//! which refuse root too unless told whom to run as, run the same way as
//! the user `mysql` (their packages create it), else as `nobody`.

use std::os::unix::fs::MetadataExt;
use std::path::Path;

use super::flavor::Flavor;
use super::sys;
use crate::Error;

/// The user the server runs as, when it is not the current one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Account {
    pub name: &'static str,
    pub uid: u32,
    pub gid: u32,
}

impl Account {
    /// `None` for a normal user, who runs the server as themselves.
    pub fn for_server(flavor: Flavor) -> Result<Option<Account>, Error> {
        if !sys::is_root() {
            return Ok(None);
        }
        let unprivileged = flavor.accounts();
        unprivileged
            .iter()
            .find_map(|&name| sys::user_ids(name).map(|(uid, gid)| Account { name, uid, gid }))
            .map(Some)
            .ok_or_else(|| {
                flavor.failed(
                    "choosing a user to run it as",
                    format!(
                        "itest runs as root, which {} refuses, and this system has neither \
                         a `{}` nor a `{}` user to run it as instead; create one \
                         (`useradd --system {}`)",
                        flavor.name(),
                        unprivileged[0],
                        unprivileged[1],
                        unprivileged[0]
                    ),
                )
            })
    }

    /// Whether this user may walk down to `path`: each existing folder above
    /// it must be searchable (`x`) for them. A project under `/root` is not.
    pub fn can_reach(&self, path: &Path) -> bool {
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
