//! The operating-system calls the embedded server needs and std does not
//! offer. Every `unsafe` block of the embedded server is here, one call each.

use std::ffi::CString;
use std::io;
use std::os::fd::AsRawFd;

/// The user id this process runs as.
pub fn euid() -> u32 {
    // SAFETY: no arguments, cannot fail.
    unsafe { libc::geteuid() }
}

/// Whether this process runs as root, which PostgreSQL refuses.
pub fn is_root() -> bool {
    euid() == 0
}

/// The uid and gid of a user of this system, if there is one by that name.
pub fn user_ids(name: &str) -> Option<(u32, u32)> {
    let name = CString::new(name).ok()?;
    let mut buffer = vec![0 as libc::c_char; 16 * 1024];
    // SAFETY: `passwd` is plain data; all-zero is a valid value to be overwritten.
    let mut entry: libc::passwd = unsafe { std::mem::zeroed() };
    let mut found = std::ptr::null_mut();
    // SAFETY: every pointer is valid for the call, the buffer's length is its own.
    let code = unsafe {
        libc::getpwnam_r(
            name.as_ptr(),
            &mut entry,
            buffer.as_mut_ptr(),
            buffer.len(),
            &mut found,
        )
    };
    (code == 0 && !found.is_null()).then_some((entry.pw_uid, entry.pw_gid))
}

/// Sends `signal` to process `pid` (never to a group: 0 is refused).
pub fn signal(pid: u32, signal: libc::c_int) -> io::Result<()> {
    let pid = libc::pid_t::try_from(pid)
        .ok()
        .filter(|&pid| pid > 0)
        .ok_or(io::ErrorKind::InvalidInput)?;
    // SAFETY: kill has no memory effects.
    match unsafe { libc::kill(pid, signal) } {
        0 => Ok(()),
        _ => Err(io::Error::last_os_error()),
    }
}

/// Whether `pid` is a live process, and not about to die.
pub fn is_alive(pid: u32) -> bool {
    let exists = match signal(pid, 0) {
        Ok(()) => true,
        Err(e) => e.raw_os_error() == Some(libc::EPERM),
    };
    exists && !is_dying(pid)
}

/// A process sent SIGKILL looks alive for a few milliseconds, and even
/// takes connections on its port, until the kernel has finished it off.
/// Linux shows it: SIGKILL pending, then exiting, then a zombie.
#[cfg(target_os = "linux")]
fn is_dying(pid: u32) -> bool {
    const PF_EXITING: u64 = 0x4;
    const SIGKILL_PENDING: u64 = 1 << (libc::SIGKILL - 1);
    let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
        return false;
    };
    // `pid (name) state ...`: after the name, field 3 of proc(5) comes first.
    let Some((_, rest)) = stat.rsplit_once(')') else {
        return false;
    };
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let number = |field: usize| fields.get(field - 3).and_then(|f| f.parse::<u64>().ok());
    let state = fields.first().copied().unwrap_or_default();
    matches!(state, "Z" | "X" | "x")
        || number(9).is_some_and(|flags| flags & PF_EXITING != 0)
        || number(31).is_some_and(|pending| pending & SIGKILL_PENDING != 0)
}

#[cfg(not(target_os = "linux"))]
fn is_dying(_pid: u32) -> bool {
    false
}

/// Forks; the parent exits at once, the child leads a new session of its
/// own, with no controlling terminal, and is nobody's child but init's.
/// Only safe while the process has a single thread.
pub fn detach() -> io::Result<()> {
    // SAFETY: called before main, when the process has one thread.
    match unsafe { libc::fork() } {
        -1 => Err(io::Error::last_os_error()),
        0 => {
            // SAFETY: no memory effects; fails only for a group leader, which a fork child is not.
            unsafe { libc::setsid() };
            Ok(())
        }
        // SAFETY: ends this process without running anything of it.
        _ => unsafe { libc::_exit(0) },
    }
}

/// Points standard output at /dev/null, closing whatever pipe it was.
pub fn stdout_to_null() -> io::Result<()> {
    let null = std::fs::OpenOptions::new().write(true).open("/dev/null")?;
    // SAFETY: both descriptors are open; dup2 replaces fd 1 atomically.
    match unsafe { libc::dup2(null.as_raw_fd(), libc::STDOUT_FILENO) } {
        -1 => Err(io::Error::last_os_error()),
        _ => Ok(()),
    }
}

/// A write to a closed pipe returns an error instead of killing the process
/// (the Rust runtime sets this up in main, which the supervisor never reaches).
pub fn ignore_sigpipe() {
    // SAFETY: installs the default "ignore" disposition, no handler code.
    unsafe { libc::signal(libc::SIGPIPE, libc::SIG_IGN) };
}

/// Orphaned descendants (the server's backends, if the server itself dies)
/// become this process's children, so that it can wait until they are gone.
pub fn become_subreaper() {
    #[cfg(target_os = "linux")]
    // SAFETY: sets a flag of this process.
    unsafe {
        libc::prctl(libc::PR_SET_CHILD_SUBREAPER, 1);
    }
}

/// For `pre_exec`: the child gets `signal` when the thread that spawned it
/// dies, so that the server never outlives its supervisor. Async-signal-safe.
pub fn die_with_parent(signal: libc::c_int) -> io::Result<()> {
    #[cfg(target_os = "linux")]
    // SAFETY: sets a flag of this process.
    if unsafe { libc::prctl(libc::PR_SET_PDEATHSIG, signal) } == -1 {
        return Err(io::Error::last_os_error());
    }
    #[cfg(not(target_os = "linux"))]
    let _ = signal;
    Ok(())
}

/// Waits until child `pid` has exited but leaves it unreaped: its pid cannot
/// be reused (and signalled by mistake) until it is reaped.
pub fn wait_for_exit(pid: u32) -> io::Result<()> {
    let id = libc::id_t::from(pid);
    loop {
        // SAFETY: `siginfo_t` is plain data; all-zero is valid.
        let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
        // SAFETY: `info` is valid for the call.
        let code =
            unsafe { libc::waitid(libc::P_PID, id, &mut info, libc::WEXITED | libc::WNOWAIT) };
        if code == 0 {
            return Ok(());
        }
        let error = io::Error::last_os_error();
        if error.kind() != io::ErrorKind::Interrupted {
            return Err(error);
        }
    }
}

/// Reaps children until there are none left.
pub fn reap_all() {
    loop {
        // SAFETY: a null status pointer is allowed.
        if unsafe { libc::waitpid(-1, std::ptr::null_mut(), 0) } == -1
            && io::Error::last_os_error().kind() != io::ErrorKind::Interrupted
        {
            return;
        }
    }
}
