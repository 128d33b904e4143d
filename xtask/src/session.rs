//! Throwaway desktop sessions for the tests: a virtual X display, and a private D-Bus session with an unlocked
//! gnome-keyring, so that keychain tests use a real Secret Service without touching the developer's own keyring.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::util::TempDir;

/// A virtual X server, stopped when dropped.
pub struct Xvfb {
    child: Child,
    display: String,
}

impl Xvfb {
    /// Starts Xvfb on the first free display number from :90, and waits until it accepts connections.
    pub fn start() -> Result<Xvfb, String> {
        for n in 90..140 {
            if Path::new(&format!("/tmp/.X{n}-lock")).exists()
                || Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
            {
                continue;
            }
            let display = format!(":{n}");
            let child = Command::new("Xvfb")
                .args([&display, "-screen", "0", "1280x860x24", "-nolisten", "tcp"])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .map_err(|e| format!("could not start Xvfb: {e}"))?;
            let mut xvfb = Xvfb { child, display };
            let socket = PathBuf::from(format!("/tmp/.X11-unix/X{n}"));
            if wait_until(Duration::from_secs(10), || socket.exists()) {
                return Ok(xvfb);
            }
            let _ = xvfb.child.kill();
        }
        Err("could not start Xvfb on any display from :90 to :139".to_owned())
    }

    pub fn display(&self) -> &str {
        &self.display
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
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
