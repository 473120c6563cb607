//! The supervisor: a detached process that runs the server and stops it
//! once no test process has used it for the idle period.
//!
//! Something must outlive the test processes to stop the server after
//! them. The process that starts the server re-executes its own test binary
//! with [`FOLDER_VAR`] set; the constructor below sees the variable before
//! libtest's `main` runs and turns the process into the supervisor instead:
//! it forks away from its parent, leads a session of its own, and keeps
//! none of its starter's output pipes (a CI script that waits for them
//! does not hang). Its messages and the server's go to `server.log`.
//!
//! The supervisor starts `postgres` (or `mariadbd`, `mysqld`) as its child,
//! tells the starter on a pipe that the server is ready (or why it is not),
//! then waits for the server to exit. Meanwhile a thread watches
//! `users.lock`: when nobody has held it for the idle period, it takes the
//! start lock (no one can attach any more) and asks the server for a fast
//! shutdown (SIGINT; SIGTERM for MariaDB). A server that dies by itself
//! (SIGKILL) is noticed the same way, cleaned up after, and replaced by the
//! next process that needs one. The server gets SIGQUIT (MariaDB: SIGTERM)
//! if the supervisor dies, so it never outlives it.

use std::fs::{self, File, TryLockError};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::account::Account;
use super::binaries::Binaries;
use super::cache::{self, Folder};
use super::flavor::Flavor;
#[cfg(feature = "mysql")]
use super::flavor::{mysql_basedir, mysql_tmpdir, MYSQL_SETTINGS};
use super::state::{Running, START_LOCK, SUPERVISOR_LOCK, USERS_LOCK};
use super::sys;
use crate::Error;

/// Set on the re-executed test binary: the folder to supervise a server in.
const FOLDER_VAR: &str = "__ITEST_SUPERVISOR_FOLDER";
const DATA_VAR: &str = "__ITEST_SUPERVISOR_DATA";
/// Which server ([`Flavor::code`]), and its program.
const FLAVOR_VAR: &str = "__ITEST_SUPERVISOR_FLAVOR";
const SERVER_VAR: &str = "__ITEST_SUPERVISOR_SERVER";
const IDLE_VAR: &str = "__ITEST_SUPERVISOR_IDLE_MS";
/// `uid gid` of the user to run the server as, when itest runs as root.
const ACCOUNT_VAR: &str = "__ITEST_SUPERVISOR_ACCOUNT";
const VARS: [&str; 6] = [
    FOLDER_VAR,
    DATA_VAR,
    FLAVOR_VAR,
    SERVER_VAR,
    IDLE_VAR,
    ACCOUNT_VAR,
];

/// If the constructor is missing from the binary, libtest gets these
/// arguments and runs no test (instead of all of them, recursively).
const NO_TEST: [&str; 2] = ["--exact", "itest-embedded-supervisor"];

/// How long the server may take to accept connections.
const STARTUP_LIMIT: Duration = Duration::from_secs(30);
/// Ports are picked free, but another program may take one first.
const PORT_ATTEMPTS: usize = 3;

/// The server's settings for tests: nothing is worth an fsync, and it is
/// reachable only on the loopback address and its Unix socket in the data
/// folder (see `start_server`), where initdb's `--auth=trust` lets the
/// `postgres` superuser in.
const SETTINGS: [&str; 6] = [
    "listen_addresses=127.0.0.1",
    "fsync=off",
    "synchronous_commit=off",
    "full_page_writes=off",
    // As `LIMITS` says, which shares the slots out among processes.
    "max_connections=200",
    "lc_messages=C",
];

/// What the starter learns from the supervisor.
pub enum Launched {
    Ready(Running),
    /// Another supervisor holds the folder (its starter died before it was ready).
    AlreadyRunning,
}

/// What the supervisor needs, passed through its environment.
struct Launch {
    folder: Folder,
    server: PathBuf,
    idle: Duration,
    account: Option<(u32, u32)>,
}

impl Launch {
    fn from_env() -> Option<Launch> {
        let folder = std::env::var_os(FOLDER_VAR)?;
        let path = |var| std::env::var_os(var).map(PathBuf::from);
        let account = std::env::var(ACCOUNT_VAR).ok().and_then(|ids| {
            let (uid, gid) = ids.split_once(' ')?;
            Some((uid.parse().ok()?, gid.parse().ok()?))
        });
        Some(Launch {
            folder: Folder {
                flavor: Flavor::from_code(&std::env::var(FLAVOR_VAR).ok()?)?,
                path: PathBuf::from(folder),
                data: path(DATA_VAR)?,
            },
            server: path(SERVER_VAR)?,
            idle: Duration::from_millis(std::env::var(IDLE_VAR).ok()?.parse().ok()?),
            account,
        })
    }
}

/// Starts a supervisor (and so a server) in `folder` and waits until the
/// server accepts connections. The caller holds the start lock exclusively.
pub fn launch(
    folder: &Folder,
    binaries: &Binaries,
    account: Option<&Account>,
    idle: Duration,
) -> Result<Launched, Error> {
    let failed = |reason: String| {
        folder.flavor.failed(
            "starting the server",
            format!("{reason}; see its log, {}", folder.log().display()),
        )
    };
    let exe = std::env::current_exe().map_err(|e| failed(format!("no test binary to run: {e}")))?;
    let log = File::create(folder.log()).map_err(|e| folder.unusable(&folder.log(), e))?;
    let mut command = Command::new(&exe);
    command
        .args(NO_TEST)
        .env(FOLDER_VAR, &folder.path)
        .env(DATA_VAR, &folder.data)
        .env(FLAVOR_VAR, binaries.flavor.code())
        .env(SERVER_VAR, &binaries.server)
        .env(IDLE_VAR, idle.as_millis().to_string())
        .env_remove(ACCOUNT_VAR)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(log)
        .current_dir(&folder.path);
    if let Some(account) = account {
        command.env(ACCOUNT_VAR, format!("{} {}", account.uid, account.gid));
    }
    let mut child = command
        .spawn()
        .map_err(|e| failed(format!("cannot run {}: {e}", exe.display())))?;
    let mut report = String::new();
    if let Some(stdout) = child.stdout.take() {
        // One line, then the supervisor closes the pipe.
        let _ = BufReader::new(stdout).read_line(&mut report);
    }
    // The re-executed binary exits as soon as it has forked the supervisor.
    let status = child.wait().map_err(|e| failed(e.to_string()))?;

    let mut words = report.split_whitespace();
    match (words.next(), words.next(), words.next()) {
        (Some("ready"), Some(port), Some(pid)) => match (port.parse(), pid.parse()) {
            (Ok(port), Ok(pid)) => Ok(Launched::Ready(Running { port, pid })),
            _ => Err(failed(format!("it reported {report:?}"))),
        },
        (Some("running"), None, None) => Ok(Launched::AlreadyRunning),
        (Some("failed"), ..) => Err(failed(report.trim()["failed".len()..].trim().to_owned())),
        _ if report.is_empty() => Err(failed(format!(
            "its supervisor ({}) exited without a word ({status})",
            exe.display()
        ))),
        _ => Err(failed(format!(
            "{} did not become its supervisor (it printed {:?}): is itest-core's \
             constructor linked into the test binary?",
            exe.display(),
            report.trim()
        ))),
    }
}

/// Turns a test binary started by [`launch`] into the supervisor, before
/// libtest's `main` runs. Any other process returns at once.
#[ctor::ctor(unsafe)]
fn become_supervisor_if_asked() {
    let Some(launch) = Launch::from_env() else {
        return;
    };
    sys::ignore_sigpipe();
    // Forking is safe here: before main, the process has one thread.
    if let Err(e) = sys::detach() {
        tell_starter(&format!("failed cannot detach from the test process: {e}"));
        std::process::exit(1);
    }
    match supervise(&launch) {
        Ok(()) => std::process::exit(0),
        Err(message) => {
            log(&message);
            tell_starter(&format!("failed {message}"));
            std::process::exit(1);
        }
    }
}

/// Writes the one line the starter waits for, then lets go of its pipe.
fn tell_starter(line: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "{line}");
    let _ = stdout.flush();
    let _ = sys::stdout_to_null();
}

fn log(message: &str) {
    eprintln!("itest supervisor {}: {message}", std::process::id());
}

/// The supervisor's life. An error is what the starter hears, if it has not
/// heard that the server is ready yet.
fn supervise(launch: &Launch) -> Result<(), String> {
    let folder = &launch.folder;
    let open = |name: &str| {
        File::options()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(folder.file(name))
            .map_err(|e| format!("cannot open {}: {e}", folder.file(name).display()))
    };
    let supervisor = open(SUPERVISOR_LOCK)?;
    match supervisor.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => {
            tell_starter("running");
            return Ok(());
        }
        Err(TryLockError::Error(e)) => return Err(format!("cannot lock {SUPERVISOR_LOCK}: {e}")),
    }
    Running::withdraw(folder);
    sys::become_subreaper();
    clear_stale_pid_file(folder)?;

    let (mut server, port) = start_server(launch)?;
    let running = Running {
        port,
        pid: server.id(),
    };
    running
        .publish(folder)
        .map_err(|e| format!("cannot write {}: {e}", folder.file("state").display()))?;
    tell_starter(&format!("ready {} {}", running.port, running.pid));
    log(&format!(
        "{} (pid {}) accepts connections on 127.0.0.1:{}, data {}; it stops after {:?} unused",
        folder.flavor.name(),
        running.pid,
        running.port,
        folder.data.display(),
        launch.idle
    ));

    let server_state = Arc::new(ServerProcess {
        pid: running.pid,
        stop_signal: folder.flavor.stop_signal(),
        exited: Mutex::new(false),
    });
    let watched = Arc::clone(&server_state);
    let users = open(USERS_LOCK)?;
    let start = open(START_LOCK)?;
    let idle = launch.idle;
    std::thread::spawn(move || stop_when_idle(&users, &start, idle, &watched));

    // Until the server exits, for whatever reason. The state goes first:
    // until the server is reaped, its pid cannot be another process's, which
    // attachers would take for it. Then reap it and any backend it left
    // behind, so that the next server finds none.
    let _ = sys::wait_for_exit(running.pid);
    Running::withdraw(folder);
    server_state.exited();
    let status = server.wait().map_err(|e| e.to_string())?;
    sys::reap_all();
    log(&format!(
        "the server exited ({status}); nothing is left running"
    ));
    Ok(())
}

/// The server process, which may be signalled only until it has exited
/// (then its pid may belong to someone else).
struct ServerProcess {
    pid: u32,
    /// The signal for a fast shutdown.
    stop_signal: libc::c_int,
    exited: Mutex<bool>,
}

impl ServerProcess {
    /// Called once the server has exited, before it is reaped.
    fn exited(&self) {
        *self.exited.lock().unwrap_or_else(|e| e.into_inner()) = true;
    }

    fn stop(&self) {
        let exited = self.exited.lock().unwrap_or_else(|e| e.into_inner());
        if !*exited {
            let _ = sys::signal(self.pid, self.stop_signal);
        }
    }
}

/// Stops the server once `users.lock` has been free for `idle`. Checking is
/// this thread's clock only: who may attach is decided by the locks.
fn stop_when_idle(users: &File, start: &File, idle: Duration, server: &ServerProcess) {
    let tick = (idle / 10).clamp(Duration::from_millis(10), Duration::from_secs(1));
    let in_use = || match users.try_lock() {
        Ok(()) => {
            let _ = users.unlock();
            false
        }
        Err(_) => true,
    };
    let mut last_used = Instant::now();
    loop {
        std::thread::sleep(tick);
        if in_use() {
            last_used = Instant::now();
            continue;
        }
        if last_used.elapsed() < idle {
            continue;
        }
        // Nobody may attach while we decide; if nobody did, the locks stay
        // taken until this process exits, after the server.
        if start.lock().is_err() {
            continue;
        }
        if users.try_lock().is_ok() {
            log(&format!("unused for {idle:?}: stopping the server"));
            server.stop();
            return;
        }
        let _ = start.unlock();
        last_used = Instant::now();
    }
}

/// A server of this data folder whose supervisor was killed gets SIGQUIT
/// (MariaDB: SIGTERM) and exits; wait for it. A `postmaster.pid` naming a
/// process that is not such a server (its pid reused after a reboot) is
/// removed: postgres itself would refuse to start.
fn clear_stale_pid_file(folder: &Folder) -> Result<(), String> {
    let data = &folder.data;
    let pid_file = data.join(folder.flavor.pid_file());
    let Ok(text) = fs::read_to_string(&pid_file) else {
        return Ok(());
    };
    let pid = text
        .lines()
        .next()
        .and_then(|line| line.trim().parse::<u32>().ok());
    let old = match pid {
        Some(pid) if sys::is_alive(pid) && serves(pid, data) => pid,
        _ => {
            log(&format!("removing a stale {}", pid_file.display()));
            return fs::remove_file(&pid_file)
                .map_err(|e| format!("cannot remove {}: {e}", pid_file.display()));
        }
    };
    let deadline = Instant::now() + STARTUP_LIMIT;
    while sys::is_alive(old) {
        if Instant::now() > deadline {
            return Err(format!(
                "an earlier server of {} (pid {old}) is still running and does not stop",
                data.display()
            ));
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    Ok(())
}

/// Whether process `pid` is a server working in `data` (its working folder).
fn serves(pid: u32, data: &Path) -> bool {
    if cfg!(target_os = "linux") {
        let cwd = fs::read_link(format!("/proc/{pid}/cwd"));
        cwd.is_ok_and(|cwd| fs::canonicalize(data).is_ok_and(|data| cwd == data))
    } else {
        true
    }
}

/// Starts the server on a free loopback port and waits until it accepts
/// connections. Returns it and its port.
fn start_server(launch: &Launch) -> Result<(Child, u16), String> {
    let flavor = launch.folder.flavor;
    let mut last_error = String::new();
    for _ in 0..PORT_ATTEMPTS {
        let port = free_port()?;
        let mut command = Command::new(&launch.server);
        match flavor {
            Flavor::Postgres => {
                command
                    .arg("-D")
                    .arg(&launch.folder.data)
                    .arg("-p")
                    .arg(port.to_string())
                    .args(SETTINGS.iter().flat_map(|setting| ["-c", setting]));
                // Tests connect through the socket: a round trip costs a
                // fifth less than over loopback TCP, and so does a new
                // session. TCP stays for people (the URLs itest prints).
                let mut sockets = std::ffi::OsString::from("unix_socket_directories=");
                if let Some(dir) = launch.folder.socket_dir() {
                    sockets.push(dir);
                }
                command.arg("-c").arg(sockets);
            }
            #[cfg(feature = "mysql")]
            Flavor::MariaDb | Flavor::MySql => mysql_arguments(&mut command, launch, port)?,
        }
        command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .current_dir(&launch.folder.data);
        flavor.clear_variables(&mut command);
        for var in VARS {
            command.env_remove(var);
        }
        if let Some((uid, gid)) = launch.account {
            command.uid(uid).gid(gid);
        }
        let orphan_signal = flavor.orphan_signal();
        // SAFETY: the closure makes one async-signal-safe system call.
        unsafe { command.pre_exec(move || sys::die_with_parent(orphan_signal)) };
        let mut server = command
            .spawn()
            .map_err(|e| format!("cannot run {}: {e}", launch.server.display()))?;
        let lines = server.stderr.take().map(forward_log);

        match wait_until_ready(lines, flavor.ready_line()) {
            Ok(()) => return Ok((server, port)),
            Err(Startup::TimedOut) => {
                let _ = sys::signal(server.id(), flavor.kill_signal());
                let _ = server.wait();
                return Err(format!(
                    "the server did not accept connections within {} s",
                    STARTUP_LIMIT.as_secs()
                ));
            }
            Err(Startup::Exited(output)) => {
                let status = server.wait().map_err(|e| e.to_string())?;
                last_error = format!(
                    "the server exited ({status}): {}",
                    cache::last_lines(&output, 5)
                );
                if !flavor.port_taken(&output) {
                    break;
                }
            }
        }
    }
    Err(last_error)
}

/// `mariadbd`'s (or `mysqld`'s) command line: the data folder and the
/// machine's configuration files ignored (`--no-defaults` must come first),
/// its port, and its socket and pid files in the data folder.
#[cfg(feature = "mysql")]
fn mysql_arguments(command: &mut Command, launch: &Launch, port: u16) -> Result<(), String> {
    let data = &launch.folder.data;
    let tmpdir = mysql_tmpdir(data, launch.account).map_err(|e| {
        format!(
            "cannot make its temporary folder beside {}: {e}",
            data.display()
        )
    })?;
    command
        .arg("--no-defaults")
        .arg(format!("--datadir={}", data.display()))
        .arg(format!(
            "--basedir={}",
            mysql_basedir(&launch.server).display()
        ))
        .arg(format!("--tmpdir={}", tmpdir.display()))
        .arg(format!("--port={port}"))
        .arg(format!("--socket={}", mysql_socket(data).display()))
        .arg(format!(
            "--pid-file={}",
            data.join(launch.folder.flavor.pid_file()).display()
        ))
        .args(MYSQL_SETTINGS);
    if launch.folder.flavor == Flavor::MySql {
        // Its X protocol would listen on every address, on port 33060.
        command.arg("--loose-mysqlx=OFF");
    }
    Ok(())
}

/// The server's unix socket, in its data folder; nobody uses it, but the
/// server always makes one. A path too long for a socket's address (about
/// 100 bytes) goes to the temporary folder instead, under a name of its own.
#[cfg(feature = "mysql")]
fn mysql_socket(data: &Path) -> PathBuf {
    const SOCKET_PATH_LIMIT: usize = 100;
    let socket = data.join("server.sock");
    if socket.as_os_str().len() < SOCKET_PATH_LIMIT {
        return socket;
    }
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(data.as_os_str().as_encoded_bytes());
    let hash: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
    std::env::temp_dir().join(format!("itest-{hash}-mysql.sock"))
}

enum Startup {
    TimedOut,
    /// What it printed before exiting.
    Exited(String),
}

fn wait_until_ready(lines: Option<mpsc::Receiver<String>>, ready: &str) -> Result<(), Startup> {
    let Some(lines) = lines else {
        return Err(Startup::Exited(String::new()));
    };
    let deadline = Instant::now() + STARTUP_LIMIT;
    let mut output = String::new();
    loop {
        match lines.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            Ok(line) if line.contains(ready) => return Ok(()),
            Ok(line) => {
                output.push_str(&line);
                output.push('\n');
            }
            Err(RecvTimeoutError::Timeout) => return Err(Startup::TimedOut),
            Err(RecvTimeoutError::Disconnected) => return Err(Startup::Exited(output)),
        }
    }
}

/// Copies the server's messages to the supervisor's log, one line at a
/// time, and hands each to the receiver while it listens.
fn forward_log(stderr: impl Read + Send + 'static) -> mpsc::Receiver<String> {
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines() {
            let Ok(line) = line else { break };
            eprintln!("{line}");
            let _ = sender.send(line);
        }
    });
    receiver
}

/// A loopback port nobody listens on right now.
fn free_port() -> Result<u16, String> {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .map_err(|e| format!("cannot find a free port on 127.0.0.1: {e}"))
}
