//! A harness that starts Partner Link Assistant in its real webview and drives it like a person would.
//!
//! Each test launches its own app through its own tauri-driver (which starts WebKitWebDriver, which starts the
//! app), with a fresh home directory so that no test sees another's saved settings, and with the locale it asks
//! for, because the app follows the operating system's language.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub use fantoccini::{Client, Locator};

/// How the app is launched.
#[derive(Clone, Debug)]
pub struct Launch {
    /// The POSIX locale the app starts in, e.g. `en_US.UTF-8` or `zh_TW.UTF-8`.
    pub locale: String,
    /// Extra environment for the app, e.g. `PARTNER_LINK_PRACTICE=1`.
    pub env: Vec<(String, String)>,
}

impl Default for Launch {
    fn default() -> Self {
        Launch {
            locale: "en_US.UTF-8".to_owned(),
            env: Vec::new(),
        }
    }
}

/// A running app and the WebDriver session that drives it. Call [`App::close`] at the end of a test; dropping
/// it without closing still stops tauri-driver and the app.
pub struct App {
    pub client: Client,
    driver: Child,
    home: PathBuf,
    stopped: bool,
}

impl App {
    pub async fn launch(launch: Launch) -> App {
        let app = std::env::var_os("PARTNER_LINK_APP").map(PathBuf::from).expect(
            "PARTNER_LINK_APP is not set: the end-to-end tests drive the built app, run them with `cargo xtask test`",
        );
        assert!(
            app.exists(),
            "the app binary {} does not exist: build it with `cargo xtask test`",
            app.display()
        );
        let home = std::env::temp_dir().join(format!(
            "partner-link-e2e-home-{}-{}",
            std::process::id(),
            free_port()
        ));
        for sub in ["data", "config", "cache"] {
            std::fs::create_dir_all(home.join(sub)).expect("creating the test's home directory");
        }
        let locales = compiled_locale(&launch.locale);
        let port = free_port();
        let native_port = free_port();
        let mut driver = Command::new("tauri-driver");
        // tauri-driver starts WebKitWebDriver, which starts the app: in a process group of their own, all three
        // can be stopped together, so no test leaves an app running behind it.
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut driver, 0);
        let driver = driver
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native_port.to_string(),
            ])
            .env("HOME", &home)
            .env("XDG_DATA_HOME", home.join("data"))
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_CACHE_HOME", home.join("cache"))
            .envs(launch.env.iter().map(|(k, v)| (k, v)))
            .env("LOCPATH", &locales)
            .env("LANG", &launch.locale)
            .env("LC_ALL", &launch.locale)
            .env(
                "LANGUAGE",
                launch.locale.split('.').next().unwrap_or("en_US"),
            )
            // WebKit's sandbox needs user namespaces, which containers often lack; the app does not rely on it.
            .env("WEBKIT_DISABLE_SANDBOX_THIS_IS_DANGEROUS", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("could not start tauri-driver: install it with `cargo xtask setup --tests`");
        wait_for_port(port, Duration::from_secs(20));
        let caps: serde_json::Map<String, serde_json::Value> =
            serde_json::from_value(serde_json::json!({
                "tauri:options": { "application": app.display().to_string() }
            }))
            .expect("capabilities are an object");
        // tauri-driver listens before WebKitWebDriver behind it is ready, so the first session request can be cut
        // off (an incomplete answer); that is the tools starting up, not the app, and is tried again.
        let mut attempt = 0;
        let client = loop {
            attempt += 1;
            let connected = fantoccini::ClientBuilder::rustls()
                .expect("rustls client")
                .capabilities(caps.clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await;
            match connected {
                Ok(client) => break client,
                Err(e) if attempt < 5 => {
                    eprintln!("WebDriver session not opened yet (attempt {attempt}): {e}");
                    tokio::time::sleep(Duration::from_millis(500)).await;
                }
                Err(e) => panic!("could not open a WebDriver session with the app: {e}"),
            }
        };
        App {
            client,
            driver,
            home,
            stopped: false,
        }
    }

    /// Waits for an element identified by its `data-testid` and returns it.
    pub async fn find(&self, test_id: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::Css(&format!("[data-testid=\"{test_id}\"]")))
            .await
            .unwrap_or_else(|e| panic!("no element with data-testid={test_id}: {e}"))
    }

    /// The visible text of the element with this `data-testid`, once it is there.
    pub async fn text(&self, test_id: &str) -> String {
        self.find(test_id)
            .await
            .text()
            .await
            .expect("reading an element's text")
    }

    /// Waits until the element with this `data-testid` shows exactly `expected`, and fails with what it showed.
    pub async fn wait_for_text(&self, test_id: &str, expected: &str) {
        let start = Instant::now();
        let mut last = String::new();
        while start.elapsed() < Duration::from_secs(15) {
            if let Ok(el) = self
                .client
                .find(Locator::Css(&format!("[data-testid=\"{test_id}\"]")))
                .await
            {
                last = el.text().await.unwrap_or_default();
                if last.trim() == expected {
                    return;
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("data-testid={test_id} showed {last:?}, expected {expected:?}");
    }

    /// The visible text of the first element matching a CSS selector, once it is there.
    pub async fn text_of(&self, css: &str) -> String {
        self.client
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("nothing matches {css}: {e}"))
            .text()
            .await
            .expect("reading an element's text")
    }

    pub async fn click(&self, test_id: &str) {
        self.find(test_id)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("clicking data-testid={test_id}: {e}"));
    }

    /// Saves a screenshot of the window as `<name>.png` in `PARTNER_LINK_SCREENSHOTS`, when that is set.
    pub async fn screenshot(&self, name: &str) {
        let Some(dir) = std::env::var_os("PARTNER_LINK_SCREENSHOTS") else {
            return;
        };
        // WebKit's WebDriver captures the last frame it composited, which can be older than the DOM the test has
        // just checked; waiting for two animation frames and a moment lets the current state reach the screen.
        let _ = self
            .client
            .execute_async(
                "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));",
                vec![],
            )
            .await;
        tokio::time::sleep(Duration::from_millis(400)).await;
        let png = self.client.screenshot().await.expect("taking a screenshot");
        let dir = PathBuf::from(dir);
        std::fs::create_dir_all(&dir).expect("creating the screenshot folder");
        std::fs::write(dir.join(format!("{name}.png")), png).expect("writing a screenshot");
    }

    pub async fn close(mut self) {
        let client = self.client.clone();
        let _ = client.close().await;
        self.stop();
    }

    fn stop(&mut self) {
        if self.stopped {
            return;
        }
        self.stopped = true;
        #[cfg(unix)]
        {
            // The driver leads its own process group (see `launch`), so this reaches WebKitWebDriver and the app
            // too. The guard keeps a bad id from ever signalling a group that is not ours.
            let group = self.driver.id() as libc::pid_t;
            if group > 1 {
                // SAFETY: killpg only sends a signal; `group` is the id of a child this struct spawned and has not
                // yet reaped, so it still names that child's process group.
                unsafe { libc::killpg(group, libc::SIGTERM) };
            }
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = std::fs::remove_dir_all(&self.home);
    }
}

impl Drop for App {
    fn drop(&mut self) {
        self.stop();
    }
}

/// WebKit takes its language from the C library's locale, which falls back to `C` (and so to English) when the
/// locale is not installed. Rather than change the machine's locales, the one a test asks for is compiled with
/// `localedef` into a folder of its own, which the app is pointed at with `LOCPATH`.
fn compiled_locale(locale: &str) -> PathBuf {
    let dir = std::env::temp_dir().join("partner-link-e2e-locales");
    if dir.join(locale).exists() {
        return dir;
    }
    std::fs::create_dir_all(&dir).expect("creating the locale folder");
    let (name, charmap) = locale.split_once('.').unwrap_or((locale, "UTF-8"));
    let status = Command::new("localedef")
        .args(["-i", name, "-f", charmap])
        .arg(dir.join(locale))
        .status()
        .expect("could not run localedef (Debian package `locales`)");
    // localedef exits 1 for warnings about the source definitions while still writing a usable locale.
    assert!(
        dir.join(locale).exists(),
        "localedef could not compile {locale} ({status})"
    );
    dir
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free loopback port")
}

fn wait_for_port(port: u16, limit: Duration) {
    let start = Instant::now();
    while start.elapsed() < limit {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("tauri-driver did not listen on port {port} within {limit:?}");
}
