//! Throwaway desktop sessions for the tests: a virtual X display, and a private D-Bus session with an unlocked
//! gnome-keyring, so that keychain tests use a real Secret Service without touching the developer's own keyring.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::util::TempDir;

/// A virtual X server, stopped when dropped.
pub struct Xvfb {
    child: Child,
    display: String,
}

impl Xvfb {
    /// Starts Xvfb on the first free display number from :90, and returns once it accepts connections.
    pub fn start() -> Result<Xvfb, String> {
        let mut last_error =
            String::from("every display from :90 to :139 is held by a running X server");
        for n in 90..140 {
            if display_in_use(Path::new("/tmp"), n) {
                continue;
            }
            match Self::start_on(n) {
                Ok(xvfb) => return Ok(xvfb),
                Err(e) => last_error = e,
            }
        }
        Err(format!(
            "could not start Xvfb on any display from :90 to :139 ({last_error})"
        ))
    }

    /// Starts Xvfb on display `n`. A lock file or socket left behind by an X server that was killed is not a
    /// reason to give up on a display: the server takes a stale lock over and replaces the socket. So the server
    /// counts as ready only once its socket accepts a connection, because a stale socket file exists before the
    /// server does. (`-displayfd` would say when it is ready, but then Xvfb takes no lock at all.)
    fn start_on(n: u32) -> Result<Xvfb, String> {
        let display = format!(":{n}");
        let mut child = Command::new("Xvfb")
            .args([&display, "-screen", "0", "1280x860x24", "-nolisten", "tcp"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| format!("could not start Xvfb: {e}"))?;
        let stderr = child.stderr.take().expect("stderr is piped");
        // Xvfb's complaints are kept for the error message. The pipe is drained for as long as the server runs,
        // so that a chatty server never blocks on a full pipe.
        let complaints = Arc::new(Mutex::new(String::new()));
        let sink = Arc::clone(&complaints);
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let mut kept = sink.lock().unwrap_or_else(|e| e.into_inner());
                if kept.len() < 4096 {
                    kept.push_str(&line);
                    kept.push('\n');
                }
            }
        });
        let mut xvfb = Xvfb { child, display };
        let socket = std::path::PathBuf::from(format!("/tmp/.X11-unix/X{n}"));
        let mut exited = false;
        let ready = wait_until(Duration::from_secs(15), || {
            exited = matches!(xvfb.child.try_wait(), Ok(Some(_)));
            exited || accepts_connections(&socket)
        }) && !exited;
        if ready {
            return Ok(xvfb);
        }
        xvfb.stop();
        let _ = reader.join();
        let said = complaints.lock().unwrap_or_else(|e| e.into_inner()).clone();
        let why = if exited {
            "Xvfb exited"
        } else {
            "Xvfb was not ready within 15 s"
        };
        Err(format!(
            "display :{n}: {why}; it said: {}",
            said.trim().lines().last().unwrap_or("nothing")
        ))
    }

    pub fn display(&self) -> &str {
        &self.display
    }

    /// Stops the server politely first, so that it removes its lock file and socket; a server killed outright
    /// leaves both behind in /tmp.
    fn stop(&mut self) {
        if matches!(self.child.try_wait(), Ok(Some(_))) {
            return;
        }
        #[cfg(unix)]
        if let Ok(pid) = libc::pid_t::try_from(self.child.id()) {
            // SAFETY: kill(2) with a PID this process started and has not yet reaped.
            unsafe { libc::kill(pid, libc::SIGTERM) };
            if wait_until(Duration::from_secs(3), || {
                matches!(self.child.try_wait(), Ok(Some(_)))
            }) {
                return;
            }
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Whether display `n` belongs to a running X server: its lock file in `tmp` names a live process. A lock whose
/// process is gone was left by a server that was killed, and Xvfb takes such a display over itself.
fn display_in_use(tmp: &Path, n: u32) -> bool {
    let Ok(text) = std::fs::read_to_string(tmp.join(format!(".X{n}-lock"))) else {
        return false;
    };
    match text.trim().parse::<u32>() {
        Ok(pid) => process_alive(pid),
        // A lock being written this instant, or one this code cannot read: leave the display alone.
        Err(_) => true,
    }
}

#[cfg(unix)]
fn accepts_connections(socket: &Path) -> bool {
    std::os::unix::net::UnixStream::connect(socket).is_ok()
}

#[cfg(not(unix))]
fn accepts_connections(socket: &Path) -> bool {
    socket.exists()
}

#[cfg(unix)]
fn process_alive(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    // SAFETY: signal 0 sends nothing; kill(2) only reports whether the process exists.
    let sent = unsafe { libc::kill(pid, 0) };
    sent == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

#[cfg(not(unix))]
fn process_alive(_pid: u32) -> bool {
    true
}

/// A private D-Bus session bus with gnome-keyring's Secret Service on it, unlocked with a throwaway password,
/// in temporary XDG directories. Everything is stopped and removed when dropped.
pub struct KeyringSession {
    dbus: Child,
    keyring: Child,
    env: Vec<(String, String)>,
    _dirs: TempDir,
}

impl KeyringSession {
    pub fn start() -> Result<KeyringSession, String> {
        let dirs = TempDir::new("keyring")?;
        let runtime = dirs.path().join("runtime");
        let data = dirs.path().join("data");
        let config = dirs.path().join("config");
        for dir in [&runtime, &data, &config] {
            std::fs::create_dir_all(dir)
                .map_err(|e| format!("could not create {}: {e}", dir.display()))?;
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = std::fs::set_permissions(&runtime, std::fs::Permissions::from_mode(0o700));
        }
        let address = format!("unix:path={}", runtime.join("bus").display());
        let dbus = Command::new("dbus-daemon")
            .args([
                "--session",
                "--nofork",
                "--nopidfile",
                &format!("--address={address}"),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("could not start dbus-daemon: {e}"))?;
        let env = vec![
            ("DBUS_SESSION_BUS_ADDRESS".to_owned(), address),
            ("XDG_RUNTIME_DIR".to_owned(), runtime.display().to_string()),
            ("XDG_DATA_HOME".to_owned(), data.display().to_string()),
            ("XDG_CONFIG_HOME".to_owned(), config.display().to_string()),
        ];
        let bus = runtime.join("bus");
        if !wait_until(Duration::from_secs(10), || bus.exists()) {
            return Err("dbus-daemon did not create its socket within 10 s".to_owned());
        }
        let mut keyring = Command::new("gnome-keyring-daemon")
            .args(["--foreground", "--unlock", "--components=secrets"])
            .envs(env.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("could not start gnome-keyring-daemon: {e}"))?;
        // The password unlocks (and on first use creates) the login keyring; it protects nothing real.
        if let Some(mut stdin) = keyring.stdin.take() {
            let _ = stdin.write_all(b"throwaway-test-password");
        }
        let session = KeyringSession {
            dbus,
            keyring,
            env,
            _dirs: dirs,
        };
        if !wait_until(Duration::from_secs(15), || session.secret_service_ready()) {
            return Err("gnome-keyring did not offer the Secret Service on the test D-Bus session within 15 s".to_owned());
        }
        Ok(session)
    }

    /// The environment a child process needs to use this session.
    pub fn env(&self) -> &[(String, String)] {
        &self.env
    }

    fn secret_service_ready(&self) -> bool {
        Command::new("dbus-send")
            .args([
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner",
                "string:org.freedesktop.secrets",
            ])
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .output()
            .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("boolean true"))
    }
}

impl Drop for KeyringSession {
    fn drop(&mut self) {
        let _ = self.keyring.kill();
        let _ = self.keyring.wait();
        let _ = self.dbus.kill();
        let _ = self.dbus.wait();
    }
}

fn wait_until(limit: Duration, mut ready: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if ready() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    ready()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lock_left_by_a_killed_server_does_not_hold_its_display() {
        let dir = TempDir::new("x-locks").unwrap();
        // Lock files hold the PID right-aligned in 10 characters, as the X server writes them.
        std::fs::write(
            dir.path().join(".X91-lock"),
            format!("{:>10}\n", std::process::id()),
        )
        .unwrap();
        let mut finished = Command::new("true").spawn().unwrap();
        let gone = finished.id();
        finished.wait().unwrap();
        std::fs::write(dir.path().join(".X92-lock"), format!("{gone:>10}\n")).unwrap();
        std::fs::write(dir.path().join(".X93-lock"), "").unwrap();

        assert!(!display_in_use(dir.path(), 90), "no lock at all");
        assert!(
            display_in_use(dir.path(), 91),
            "a lock held by a live process"
        );
        assert!(
            !display_in_use(dir.path(), 92),
            "a lock whose process is gone"
        );
        assert!(display_in_use(dir.path(), 93), "a lock still being written");
    }
}
