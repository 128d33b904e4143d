//! A display of a test's own, with the operating system's text size set on it.
//!
//! On an X11 desktop the person's text size ("Large text" in GNOME's accessibility settings, the font scaling of
//! other desktops) reaches applications as the XSETTINGS value `Xft/DPI`, which GTK hands to WebKitGTK. A test that
//! sets it must not share a display with other tests, because an XSETTINGS manager serves every window on its
//! display: so this starts an Xvfb of its own and xsettingsd on it, and the app is launched with its `DISPLAY`.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// A private X display and its XSETTINGS manager, both stopped when dropped.
pub struct ScaledDisplay {
    xvfb: Child,
    xsettingsd: Child,
    display: String,
    config: PathBuf,
}

impl ScaledDisplay {
    /// Starts a display on which text is `scale` times its usual size (1.0 is 96 DPI, GNOME's "Large text" is
    /// 1.25), as the desktop's settings daemon would publish it.
    pub fn start(scale: f64) -> ScaledDisplay {
        // `-displayfd` lets Xvfb pick a display nobody listens on and say which once it accepts connections.
        let mut xvfb = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1280x860x24",
                "-nolisten",
                "tcp",
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("could not start Xvfb: install it with `cargo xtask setup --tests`");
        let stdout = xvfb.stdout.take().expect("Xvfb's stdout is piped");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let number = rx
            .recv_timeout(Duration::from_secs(15))
            .ok()
            .map(|line| line.trim().to_owned())
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| {
                let _ = xvfb.kill();
                panic!("a private Xvfb did not start within 15 s")
            });
        let display = format!(":{number}");
        let config = std::env::temp_dir().join(format!(
            "partner-link-e2e-xsettings-{}-{number}",
            std::process::id()
        ));
        // XSETTINGS carries the DPI in 1/1024ths of a dot per inch.
        let dpi = (96.0 * scale * 1024.0).round() as i64;
        std::fs::write(&config, format!("Xft/DPI {dpi}\n")).expect("writing xsettingsd's settings");
        let mut xsettingsd = Command::new("xsettingsd")
            .arg("--config")
            .arg(&config)
            .env("DISPLAY", &display)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("could not start xsettingsd: install it with `cargo xtask setup --tests`");
        // The app must read the text size from its first frame rather than race the daemon, so this waits until
        // the daemon says it owns the display's settings. Its stderr is drained for as long as it runs.
        let stderr = xsettingsd
            .stderr
            .take()
            .expect("xsettingsd's stderr is piped");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if line.contains("Took ownership of selection") {
                    let _ = tx.send(());
                }
            }
        });
        let scaled = ScaledDisplay {
            xvfb,
            xsettingsd,
            display,
            config,
        };
        assert!(
            rx.recv_timeout(Duration::from_secs(10)).is_ok(),
            "xsettingsd did not take the settings of {} within 10 s",
            scaled.display
        );
        scaled
    }

    /// The `DISPLAY` to launch the app on.
    pub fn display(&self) -> &str {
        &self.display
    }
}

impl Drop for ScaledDisplay {
    fn drop(&mut self) {
        for child in [&mut self.xsettingsd, &mut self.xvfb] {
            #[cfg(unix)]
            if let Ok(pid) = libc::pid_t::try_from(child.id()) {
                // SAFETY: kill(2) with a PID this process started and has not yet reaped. SIGTERM lets Xvfb remove
                // its socket.
                unsafe { libc::kill(pid, libc::SIGTERM) };
            }
            let _ = child.wait();
        }
        let _ = std::fs::remove_file(&self.config);
    }
}
