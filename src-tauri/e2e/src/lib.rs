//! A harness that starts Partner Link Assistant in its real webview and drives it like a person would.
//!
//! Each test launches its own app through its own tauri-driver (which starts WebKitWebDriver, which starts the
//! app), with a fresh home directory so that no test sees another's saved settings, and with the locale it asks
//! for, because the app follows the operating system's language.
//!
//! A test can also own the Azure the app talks to: it starts a simulator in its own process
//! ([`demo_simulator`]), launches the app on it ([`Launch::with_sim`]), plays the person in the browser
//! ([`App::complete_browser_sign_in`], [`App::approve_device_code`]) and then checks the simulator's state, the
//! keychain ([`App::keychain_entries`]) and that no secret leaked into a file, a log or an IPC answer
//! ([`App::assert_no_secret_leaked`]).
//!
//! The simulator serves on the test's tokio runtime, so every wait in a test must be an `.await` (never a
//! blocking sleep), or the app's requests to the simulator go unanswered while the test waits.

mod display;
pub mod flows;
mod http;
mod keychain;
mod secrets;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStderr, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

pub use azure_sim::{self, demo, SignIn, Simulator};
pub use display::ScaledDisplay;
pub use fantoccini::{Client, Locator};
pub use http::{http_get, http_post_form};
pub use keychain::{delete_keychain_entries, keychain_entries, keychain_secrets};
pub use secrets::{find_jwts, find_secrets};

// The environment the app reads, as its shell (src-tauri/src/backend.rs) and core (src-tauri/core/src/endpoints.rs,
// auth/mod.rs) name it. Spelled out here because this crate tests the built app and so depends on neither.
const LOGIN_URL_ENV: &str = "PARTNER_LINK_LOGIN_URL";
const ARM_URL_ENV: &str = "PARTNER_LINK_ARM_URL";
const GRAPH_URL_ENV: &str = "PARTNER_LINK_GRAPH_URL";
const CA_FILE_ENV: &str = "PARTNER_LINK_CA_FILE";
const CLIENT_ID_ENV: &str = "PARTNER_LINK_CLIENT_ID";
#[cfg_attr(not(unix), allow(dead_code))]
const BROWSER_ENV: &str = "PARTNER_LINK_BROWSER";
const KEYCHAIN_SERVICE_ENV: &str = "PARTNER_LINK_KEYCHAIN_SERVICE";

/// The folder inside a test's home that belongs to the harness, not the app: the stand-in browser, the pages it
/// was asked to open, the captured stderr and the simulator's CA.
const HARNESS_DIR: &str = "e2e-harness";
#[cfg_attr(not(unix), allow(dead_code))]
const BROWSER_SCRIPT: &str = "browser";
const BROWSER_LOG: &str = "browser-urls.txt";
const STDERR_LOG: &str = "app-stderr.log";
const CA_FILE: &str = "azure-sim-ca.pem";

/// WebDriver's codes for the keys the tests press.
pub mod keys {
    /// Releases every modifier key held down so far in the same key sequence.
    pub const RELEASE_ALL: &str = "\u{E000}";
    pub const BACKSPACE: &str = "\u{E003}";
    pub const TAB: &str = "\u{E004}";
    /// Held down until [`RELEASE_ALL`] or the end of the sequence.
    pub const CONTROL: &str = "\u{E009}";
    pub const ENTER: &str = "\u{E007}";
    pub const SPACE: &str = "\u{E00D}";
}

/// How long [`App::complete_browser_sign_in`] waits for the app to open the sign-in page.
const BROWSER_WAIT: Duration = Duration::from_secs(30);

/// Runs axe over the page and answers its violations as JSON text (WebDriver turns DOM nodes into element
/// references, so only plain data is sent back), or an object naming the error.
const AXE_RUN: &str = r#"
const done = arguments[arguments.length - 1];
window.axe.run(document).then(
  (r) => done(JSON.stringify(r.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary })),
  })))),
  (e) => done({ error: String(e) }),
);
"#;

/// Answers null when the page fits the window's width, or what sticks out: the page's and the window's widths and
/// the elements whose right edge passes the window's (their tag, test ID or class, and right edge).
const REFLOW_CHECK: &str = r#"
const root = document.documentElement;
if (root.scrollWidth <= root.clientWidth) return null;
const out = [];
for (const el of document.querySelectorAll("body *")) {
  const r = el.getBoundingClientRect();
  if (r.width > 0 && r.right > root.clientWidth + 1) {
    out.push(`${el.tagName.toLowerCase()}${el.dataset.testid ? "[" + el.dataset.testid + "]" : el.className ? "." + String(el.className).split(" ")[0] : ""} to ${Math.round(r.right)}px`);
  }
}
return { pageWidth: root.scrollWidth, windowWidth: root.clientWidth, sticksOut: out.slice(0, 8) };
"#;

/// axe-core's browser build, from the UI's npm packages, which `cargo xtask test` installs before this stage.
fn axe_source() -> &'static str {
    static AXE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    AXE.get_or_init(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../ui/node_modules/axe-core/axe.min.js");
        std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "axe-core is not installed at {} ({e}); run `npm ci` in ui/ (cargo xtask test does)",
                path.display()
            )
        })
    })
}

/// Starts a simulated Azure on the demo scenario (`azure_sim::demo` names its accounts and directories) in the
/// test's process, on free loopback ports. Keep it for the whole test: it stops serving when dropped.
pub async fn demo_simulator() -> Simulator {
    Simulator::start(azure_sim::SimConfig::new(azure_sim::Scenario::demo()))
        .await
        .expect("starting the simulated Azure")
}

/// Where the app finds a simulated Azure that the test started: its addresses and the CA its certificates are
/// signed with. Taken from a [`Simulator`] by [`Launch::with_sim`].
#[derive(Clone, Debug)]
pub struct SimTarget {
    pub login: String,
    pub resource_manager: String,
    pub graph: String,
    pub ca_pem: String,
}

/// How the app is launched.
#[derive(Clone, Debug)]
pub struct Launch {
    /// The POSIX locale the app starts in, e.g. `en_US.UTF-8` or `zh_TW.UTF-8`.
    pub locale: String,
    /// Extra environment for the app, e.g. `PARTNER_LINK_PRACTICE=1`. Applied last, so it can override what the
    /// harness sets.
    pub env: Vec<(String, String)>,
    /// The simulated Azure the app talks to instead of Microsoft's, when the test owns one.
    pub sim: Option<SimTarget>,
    /// Whether [`App::click`] and [`App::click_css`] press controls from the keyboard (the control focused, then
    /// Space on a checkbox or radio button and Enter on anything else) instead of with the pointer. For a page the
    /// OS's text size has zoomed: WebKitWebDriver then refuses pointer clicks below the first screenful
    /// ("element not interactable", "move target out of bounds") although the control is on screen and on top.
    pub press_with_keys: bool,
}

impl Default for Launch {
    fn default() -> Self {
        Launch {
            locale: "en_US.UTF-8".to_owned(),
            env: Vec::new(),
            sim: None,
            press_with_keys: false,
        }
    }
}

impl Launch {
    /// Points the app at `sim`: its sign-in, Resource Manager and Graph addresses, its CA (written into the test's
    /// home at launch) and the demo's sign-in app. The app then says its cloud is "Practice", as it does for any
    /// simulated Azure, but does not start one of its own; the sign-in page is opened as the simulator serves it.
    pub fn with_sim(mut self, sim: &Simulator) -> Launch {
        self.sim = Some(SimTarget {
            login: sim.login_url().to_owned(),
            resource_manager: sim.resource_manager_url().to_owned(),
            graph: sim.graph_url().to_owned(),
            ca_pem: sim.ca_cert_pem().to_owned(),
        });
        self
    }
}

/// A running app and the WebDriver session that drives it. Call [`App::close`] at the end of a test; dropping
/// it without closing still stops tauri-driver and the app, removes its home and its keychain entries.
pub struct App {
    pub client: Client,
    driver: Child,
    launch: Launch,
    home: PathBuf,
    keychain_service: String,
    /// How many of the pages the app opened in the browser [`App::next_browser_url`] has handed out.
    browser_cursor: AtomicUsize,
    /// Whether [`App::capture_ipc`] ran in this webview.
    ipc_captured: AtomicBool,
    stopped: bool,
}

impl App {
    pub async fn launch(launch: Launch) -> App {
        let unique = format!("{}-{}", std::process::id(), free_port());
        let home = std::env::temp_dir().join(format!("partner-link-e2e-home-{unique}"));
        for sub in ["data", "config", "cache", HARNESS_DIR] {
            std::fs::create_dir_all(home.join(sub)).expect("creating the test's home directory");
        }
        write_browser_script(&home.join(HARNESS_DIR));
        // A keychain service of its own, so that no test sees another's entries (nor the developer's own).
        let keychain_service = format!("Partner Link Assistant e2e {unique}");
        App::start(launch, home, keychain_service, 0).await
    }

    /// Stops the app and starts it again with the same home, keychain entries and environment, as a person
    /// closing and reopening it would. The browser pages opened so far stay counted.
    pub async fn restart(mut self) -> App {
        let _ = self.client.clone().close().await;
        self.stop_processes();
        self.start_again().await
    }

    /// Kills the app as a crash or a power cut would (SIGKILL to it and its driver, no window closed, nothing
    /// flushed), then starts it again with the same home, keychain entries and environment.
    pub async fn crash_and_restart(mut self) -> App {
        self.kill_processes();
        self.start_again().await
    }

    /// Starts the stopped app again on the same home.
    async fn start_again(mut self) -> App {
        // Marked stopped so that dropping `self` leaves the home and the keychain to the next run.
        self.stopped = true;
        let cursor = self.browser_cursor.load(Ordering::SeqCst);
        App::start(
            self.launch.clone(),
            self.home.clone(),
            self.keychain_service.clone(),
            cursor,
        )
        .await
    }

    async fn start(launch: Launch, home: PathBuf, keychain_service: String, cursor: usize) -> App {
        let app = std::env::var_os("PARTNER_LINK_APP").map(PathBuf::from).expect(
            "PARTNER_LINK_APP is not set: the end-to-end tests drive the built app, run them with `cargo xtask test`",
        );
        assert!(
            app.exists(),
            "the app binary {} does not exist: build it with `cargo xtask test`",
            app.display()
        );
        let harness = home.join(HARNESS_DIR);
        // What the harness tells the app; `launch.env` comes after it and so can override it.
        let mut harness_env: Vec<(&str, String)> = Vec::new();
        if let Some(sim) = &launch.sim {
            let ca = harness.join(CA_FILE);
            std::fs::write(&ca, &sim.ca_pem)
                .expect("writing the simulator's CA into the test's home");
            harness_env.extend([
                (LOGIN_URL_ENV, sim.login.clone()),
                (ARM_URL_ENV, sim.resource_manager.clone()),
                (GRAPH_URL_ENV, sim.graph.clone()),
                (CA_FILE_ENV, ca.display().to_string()),
                (CLIENT_ID_ENV, azure_sim::demo::CLIENT_ID.to_owned()),
            ]);
        }
        // The stand-in browser records the pages the app opens; a test never opens a real browser.
        #[cfg(unix)]
        harness_env.push((
            BROWSER_ENV,
            harness.join(BROWSER_SCRIPT).display().to_string(),
        ));
        harness_env.push((KEYCHAIN_SERVICE_ENV, keychain_service.clone()));
        let locales = compiled_locale(&launch.locale);
        let port = free_port();
        let native_port = free_port();
        let mut driver = Command::new("tauri-driver");
        // tauri-driver starts WebKitWebDriver, which starts the app: in a process group of their own, all three
        // can be stopped together, so no test leaves an app running behind it.
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut driver, 0);
        let mut driver = driver
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
            .envs(harness_env.iter().map(|(k, v)| (k, v)))
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
            .stderr(Stdio::piped())
            .spawn()
            .expect("could not start tauri-driver: install it with `cargo xtask setup --tests`");
        // What tauri-driver, WebKitWebDriver and the app print still reaches the test's stderr, and is also kept in
        // a file for the secret scan.
        let stderr = driver
            .stderr
            .take()
            .expect("tauri-driver's stderr is piped");
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(harness.join(STDERR_LOG))
            .expect("creating the stderr log in the test's home");
        std::thread::spawn(move || tee(stderr, log));
        wait_for_port(port, Duration::from_secs(20)).await;
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
            // WebKitWebDriver waits for the app's window without a limit of its own: an app that exits at start
            // would hold the test forever, so the session gets a minute and then the app's own complaint.
            let connected = tokio::time::timeout(
                Duration::from_secs(60),
                fantoccini::ClientBuilder::new(
                    hyper_util::client::legacy::connect::HttpConnector::new(),
                )
                .capabilities(caps.clone())
                .connect(&format!("http://127.0.0.1:{port}")),
            )
            .await
            .unwrap_or_else(|_| {
                let log = std::fs::read_to_string(harness.join(STDERR_LOG)).unwrap_or_default();
                let tail: Vec<&str> = log.lines().rev().take(15).collect();
                panic!(
                    "the app did not open a window within 60 s; the last lines it printed:\n{}",
                    tail.into_iter().rev().collect::<Vec<_>>().join("\n")
                )
            });
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
            launch,
            home,
            keychain_service,
            browser_cursor: AtomicUsize::new(cursor),
            ipc_captured: AtomicBool::new(false),
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

    /// How wide the page is in CSS pixels: the window's width divided by the zoom (the OS's text size, or Ctrl
    /// and +).
    pub async fn page_width(&self) -> f64 {
        self.client
            .execute("return window.innerWidth;", vec![])
            .await
            .expect("asking the page for its width")
            .as_f64()
            .expect("a width")
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

    /// Puts `text` into a field as a paste would: the whole value at once, then the `input` event the page
    /// listens to. For text the WebDriver cannot type under every keyboard map (it types "@" as "2" under
    /// zh_TW's); typing stays the default.
    pub async fn paste_into(&self, test_id: &str, text: &str) {
        let el = self.find(test_id).await;
        self.client
            .execute(
                "const [el, text] = arguments; el.focus(); el.value = text; \
                 el.dispatchEvent(new Event('input', { bubbles: true }));",
                vec![
                    serde_json::to_value(&el).expect("an element reference"),
                    serde_json::Value::String(text.to_owned()),
                ],
            )
            .await
            .unwrap_or_else(|e| panic!("pasting into data-testid={test_id}: {e}"));
    }

    /// An attribute of the first element matching a CSS selector, once it is there.
    pub async fn attribute_css(&self, css: &str, name: &str) -> Option<String> {
        self.find_css(css)
            .await
            .attr(name)
            .await
            .expect("reading an attribute")
    }

    /// Presses Back until the wizard shows `route`, at most `max` times: [`App::back_to`] for any language.
    pub async fn back_to_route(&self, route: &str, max: usize) {
        for _ in 0..max {
            let here = self.attribute_css("main", "data-route").await;
            if here.as_deref() == Some(route) {
                return;
            }
            self.click("back-button").await;
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
        self.wait_for_route(route).await;
    }

    /// Waits until the wizard shows the screen `route` (the name the UI's navigation gives it), whatever the
    /// language: tests that walk the app in every language wait on this rather than on a title.
    pub async fn wait_for_route(&self, route: &str) {
        self.client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css(&format!("main[data-route=\"{route}\"]")))
            .await
            .unwrap_or_else(|e| panic!("the app did not reach the {route} screen: {e}"));
    }

    /// The first element matching a CSS selector, once it is there (within 15 seconds).
    pub async fn find_css(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("nothing matches {css}: {e}"))
    }

    /// The visible text of the first element matching a CSS selector, once it is there.
    pub async fn text_of(&self, css: &str) -> String {
        self.find_css(css)
            .await
            .text()
            .await
            .expect("reading an element's text")
    }

    /// Clicks the element with this `data-testid` once it is there and enabled: a person cannot press a button
    /// the app has disabled while it works either, and a click on one would silently do nothing.
    pub async fn click(&self, test_id: &str) {
        let el = self.wait_until_enabled(test_id).await;
        self.press(el, &format!("data-testid={test_id}")).await;
    }

    /// Scrolls an element to the middle of the window, as a person scrolling to it would. WebKitWebDriver scrolls
    /// an element into view itself before a click or a clear, but not correctly on a page with scroll padding
    /// (the app keeps what it scrolls to clear of its header that way): it then calls an element below the fold
    /// "not interactable". A control still covered in the middle of the window fails the click, as it should.
    async fn scroll_to(&self, el: &fantoccini::elements::Element, what: &str) {
        let arg = serde_json::to_value(el).expect("an element reference is JSON");
        self.client
            .execute(
                "arguments[0].scrollIntoView({ block: 'center', inline: 'nearest' });",
                vec![arg],
            )
            .await
            .unwrap_or_else(|e| panic!("scrolling to {what}: {e}"));
    }

    /// Presses an element with the pointer, or from the keyboard when the launch asks for that
    /// ([`Launch::press_with_keys`]). `what` names it in a failure.
    async fn press(&self, el: fantoccini::elements::Element, what: &str) {
        if !self.launch.press_with_keys {
            self.scroll_to(&el, what).await;
            return el
                .click()
                .await
                .unwrap_or_else(|e| panic!("clicking {what}: {e}"));
        }
        let kind = el.attr("type").await.ok().flatten().unwrap_or_default();
        let key = if kind == "checkbox" || kind == "radio" {
            keys::SPACE
        } else {
            keys::ENTER
        };
        el.send_keys(key)
            .await
            .unwrap_or_else(|e| panic!("pressing {what} from the keyboard: {e}"));
    }

    /// The element with this `data-testid`, once it is there and enabled (within a minute: the overview's
    /// buttons wait for a refresh of every directory).
    pub async fn wait_until_enabled(&self, test_id: &str) -> fantoccini::elements::Element {
        let el = self.find(test_id).await;
        let start = Instant::now();
        while !el.is_enabled().await.unwrap_or(true) {
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "data-testid={test_id} stayed disabled"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        el
    }

    /// Waits until one of the elements matching a CSS selector shows `text` among its words, and fails with what
    /// they showed.
    pub async fn wait_for_text_in(&self, css: &str, text: &str) {
        let start = Instant::now();
        let mut seen = Vec::new();
        while start.elapsed() < Duration::from_secs(20) {
            seen.clear();
            for el in self
                .client
                .find_all(Locator::Css(css))
                .await
                .unwrap_or_default()
            {
                let t = el.text().await.unwrap_or_default();
                if t.contains(text) {
                    return;
                }
                seen.push(t);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("no {css} showed {text:?}; they showed {seen:?}");
    }

    /// Clicks the first element matching a CSS selector, once it is there.
    pub async fn click_css(&self, css: &str) {
        let el = self.find_css(css).await;
        self.press(el, css).await;
    }

    /// Replaces the text of the input with this `data-testid` by `text`, typed as a person would.
    pub async fn type_into(&self, test_id: &str, text: &str) {
        let input = self.find(test_id).await;
        if self.launch.press_with_keys {
            // Element Clear is refused where pointer clicks are (see `Launch::press_with_keys`), so the field is
            // emptied as a person would from the keyboard: select all, then delete.
            input
                .send_keys(&format!(
                    "{}a{}{}",
                    keys::CONTROL,
                    keys::RELEASE_ALL,
                    keys::BACKSPACE
                ))
                .await
                .unwrap_or_else(|e| {
                    panic!("emptying data-testid={test_id} from the keyboard: {e}")
                });
        } else {
            self.scroll_to(&input, &format!("data-testid={test_id}"))
                .await;
            input
                .clear()
                .await
                .unwrap_or_else(|e| panic!("clearing data-testid={test_id}: {e}"));
        }
        input
            .send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("typing into data-testid={test_id}: {e}"));
    }

    /// An attribute of the element with this `data-testid`, once it is there.
    pub async fn attribute(&self, test_id: &str, name: &str) -> Option<String> {
        self.find(test_id)
            .await
            .attr(name)
            .await
            .unwrap_or_else(|e| panic!("reading {name} of data-testid={test_id}: {e}"))
    }

    /// Waits until the screen's heading reads `title`, then presses Back until it does, at most `max` times.
    pub async fn back_to(&self, title: &str, max: usize) {
        for _ in 0..max {
            let now = self.text("screen-title").await;
            if now.trim() == title {
                return;
            }
            self.click("back-button").await;
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
        self.wait_for_text("screen-title", title).await;
    }

    /// Checks the screen with axe-core and fails the test on any violation, then saves a screenshot of the window
    /// as `<name>.png` in `PARTNER_LINK_SCREENSHOTS`, when that is set. Every screen the suite photographs is
    /// therefore also checked for accessibility, in the real webview with its real styles (contrast included).
    pub async fn screenshot(&self, name: &str) {
        self.assert_accessible(name).await;
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

    /// Runs axe-core over the whole page as it is now, with axe's default rules (WCAG 2 A and AA and its best
    /// practices), and fails the test with each violation's rule, help and elements. It also fails when the page
    /// is wider than the window (WCAG's reflow: nobody should scroll sideways to read a line, at any text size).
    /// `screen` names the screen in the failure message.
    pub async fn assert_accessible(&self, screen: &str) {
        let overflow = self
            .client
            .execute(REFLOW_CHECK, vec![])
            .await
            .expect("measuring the page's width");
        assert!(
            overflow.is_null(),
            "screen {screen} is wider than the window, so it must be scrolled sideways: {overflow}"
        );
        let loaded = self
            .client
            .execute("return typeof window.axe === 'object';", vec![])
            .await
            .expect("asking the page whether axe is loaded");
        if loaded != serde_json::Value::Bool(true) {
            // The page is one document for the app's whole life, so axe is injected once per launch.
            self.client
                .execute(&format!("{};\nreturn true;", axe_source()), vec![])
                .await
                .expect("loading axe-core into the page");
        }
        let report = self
            .client
            .execute_async(AXE_RUN, vec![])
            .await
            .expect("running axe-core");
        let violations: Vec<serde_json::Value> = match report {
            serde_json::Value::String(json) => {
                serde_json::from_str(&json).expect("axe's report is JSON")
            }
            other => panic!("axe-core did not run on screen {screen}: {other}"),
        };
        if !violations.is_empty() {
            let listed: Vec<String> = violations
                .iter()
                .map(|v| {
                    format!(
                        "- {} ({}): {}\n    {}",
                        v["id"].as_str().unwrap_or("?"),
                        v["impact"].as_str().unwrap_or("?"),
                        v["help"].as_str().unwrap_or("?"),
                        v["nodes"]
                            .as_array()
                            .map(|nodes| nodes
                                .iter()
                                .map(|n| format!(
                                    "{} — {}",
                                    n["target"],
                                    n["summary"].as_str().unwrap_or("")
                                ))
                                .collect::<Vec<_>>()
                                .join("\n    "))
                            .unwrap_or_default()
                    )
                })
                .collect();
            panic!(
                "axe-core found {} accessibility violation(s) on screen {screen}:\n{}",
                violations.len(),
                listed.join("\n")
            );
        }
    }

    /// Starts the app binary a second time, as a person double-clicking it again would: same home, same
    /// environment, no WebDriver. Waits up to 30 seconds for that second copy to end and returns how it ended
    /// (`None` when it was still running, and has then been killed).
    pub async fn start_second_copy(&self) -> Option<std::process::ExitStatus> {
        let binary = std::env::var_os("PARTNER_LINK_APP").expect("PARTNER_LINK_APP is set");
        let mut second = Command::new(binary)
            .env("HOME", &self.home)
            .env("XDG_DATA_HOME", self.home.join("data"))
            .env("XDG_CONFIG_HOME", self.home.join("config"))
            .env("XDG_CACHE_HOME", self.home.join("cache"))
            .env(KEYCHAIN_SERVICE_ENV, &self.keychain_service)
            .envs(self.launch.env.iter().map(|(k, v)| (k, v)))
            .env("WEBKIT_DISABLE_SANDBOX_THIS_IS_DANGEROUS", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("starting a second copy of the app");
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(30) {
            if let Some(status) = second.try_wait().expect("waiting for the second copy") {
                return Some(status);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let _ = second.kill();
        let _ = second.wait();
        None
    }

    /// What tauri-driver, WebKitWebDriver and the app have printed on stderr so far.
    pub fn stderr_log(&self) -> String {
        std::fs::read_to_string(self.home.join(HARNESS_DIR).join(STDERR_LOG)).unwrap_or_default()
    }

    /// The test's home directory (`HOME`; `XDG_DATA_HOME`, `XDG_CONFIG_HOME` and `XDG_CACHE_HOME` are its `data`,
    /// `config` and `cache`).
    pub fn home(&self) -> &Path {
        &self.home
    }

    /// The app's data folder: the sealed sign-in cache and the activity log. In the app's own practice mode
    /// (`PARTNER_LINK_PRACTICE=1`) they are in its `practice` subfolder instead.
    pub fn data_dir(&self) -> PathBuf {
        self.home.join("data").join(bundle_identifier())
    }

    /// The app's configuration folder: its settings.
    pub fn config_dir(&self) -> PathBuf {
        self.home.join("config").join(bundle_identifier())
    }

    pub fn sign_in_cache_file(&self) -> PathBuf {
        self.data_dir().join("sign-in-cache.bin")
    }

    pub fn activity_log_file(&self) -> PathBuf {
        self.data_dir().join("activity-log.jsonl")
    }

    pub fn settings_file(&self) -> PathBuf {
        self.config_dir().join("settings.json")
    }

    /// Every page the app has asked the browser to open so far, in order.
    pub fn browser_urls(&self) -> Vec<String> {
        let text = std::fs::read_to_string(self.home.join(HARNESS_DIR).join(BROWSER_LOG))
            .unwrap_or_default();
        // Only whole lines: the stand-in browser may be writing the last one right now.
        let whole = match text.rfind('\n') {
            Some(end) => &text[..=end],
            None => "",
        };
        whole.lines().map(str::to_owned).collect()
    }

    /// How many pages the app has asked the browser to open so far.
    pub fn browser_urls_opened(&self) -> usize {
        self.browser_urls().len()
    }

    /// Waits for the app to open a page in the browser that no earlier call returned, and returns its address.
    pub async fn next_browser_url(&self, timeout: Duration) -> String {
        let start = Instant::now();
        loop {
            let cursor = self.browser_cursor.load(Ordering::SeqCst);
            if let Some(url) = self.browser_urls().into_iter().nth(cursor) {
                self.browser_cursor.store(cursor + 1, Ordering::SeqCst);
                return url;
            }
            if start.elapsed() > timeout {
                panic!(
                    "the app opened no new page in the browser within {timeout:?} ({cursor} opened before)"
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Plays the person at the browser sign-in: takes the next page the app opened, signs in there on `sim` as
    /// `sign_in` says, and lets the browser follow Entra's redirect to the app's loopback listener, which must
    /// answer 200. Returns the redirect address (`http://localhost:PORT/?code=…&state=…`, or `?error=…` when
    /// the directory refuses the sign-in and Entra redirects the error), so a test can tell the two apart.
    ///
    /// Panics when the sign-in page itself refuses (a wrong password, say): then there is no redirect, as in a
    /// real browser, and a test that expects that should call `sim.complete_sign_in` itself.
    pub async fn complete_browser_sign_in(&self, sim: &Simulator, sign_in: SignIn) -> String {
        let page = self.next_browser_url(BROWSER_WAIT).await;
        let redirect = sim.complete_sign_in(&page, &sign_in).unwrap_or_else(|e| {
            panic!(
                "the simulated sign-in page refused {} (AADSTS{}: {}); the app opened {page}",
                sign_in.username, e.code, e.message
            )
        });
        let (status, body) = http_get(&redirect).await.unwrap_or_else(|e| {
            panic!("the browser could not reach the app's sign-in listener: {e}")
        });
        assert_eq!(
            status, 200,
            "the app's sign-in listener answered the redirect with {status}: {body}"
        );
        redirect
    }

    /// Plays the person at the device-code page: enters `user_code` (as the app showed it) on `sim` and signs
    /// in as `sign_in` says. The app then finds the sign-in done at its next poll.
    pub fn approve_device_code(&self, sim: &Simulator, user_code: &str, sign_in: SignIn) {
        sim.approve_device_code(user_code, &sign_in)
            .unwrap_or_else(|e| {
                panic!(
                    "the simulated device-code page refused {} for code {user_code} (AADSTS{}: {})",
                    sign_in.username, e.code, e.message
                )
            });
    }

    /// Starts recording every answer from the app's Rust side to this webview (command answers, events): see
    /// `capture_ipc.js` for how and why. Answers before this call are not recorded, nor are any after the page
    /// reloads; call it once the first screen is up and again after [`App::restart`].
    pub async fn capture_ipc(&self) {
        let report = self
            .client
            .execute(include_str!("capture_ipc.js"), vec![])
            .await
            .expect("installing the IPC capture in the webview");
        let hooked = |what: &str| report.get(what).and_then(|v| v.as_bool()) == Some(true);
        assert!(
            hooked("fetch") && hooked("callbacks"),
            "the IPC capture could not hook into the webview: {report}"
        );
        self.ipc_captured.store(true, Ordering::SeqCst);
    }

    /// What [`App::capture_ipc`] recorded so far, one JSON object each: `{"cmd", "ok", "value"}` for a command's
    /// answer, `{"callback", "value"}` for anything else Rust delivered.
    pub async fn captured_ipc(&self) -> Vec<String> {
        let recorded = self
            .client
            .execute("return (window.__e2eIpc || []).slice();", vec![])
            .await
            .expect("reading the captured IPC from the webview");
        serde_json::from_value(recorded).expect("the captured IPC is a list of strings")
    }

    /// The keychain service name this app writes under (`PARTNER_LINK_KEYCHAIN_SERVICE`), unique to the test.
    pub fn keychain_service(&self) -> &str {
        &self.keychain_service
    }

    /// The names of the keychain entries the app has under its service, e.g. `token-cache-key`.
    pub fn keychain_entries(&self) -> Vec<String> {
        keychain_entries(&self.keychain_service)
    }

    /// The same for the app's own practice mode, which keeps its entries under a service of their own.
    pub fn practice_keychain_entries(&self) -> Vec<String> {
        keychain_entries(&self.practice_keychain_service())
    }

    fn practice_keychain_service(&self) -> String {
        format!("{} (practice)", self.keychain_service)
    }

    fn keychain_services(&self) -> [String; 2] {
        [
            self.keychain_service.clone(),
            self.practice_keychain_service(),
        ]
    }

    /// Everything a secret could leak into, by name: every file under the test's home (the sealed cache, the
    /// activity log, the settings, WebKit's storage, the pages opened in the browser), what tauri-driver,
    /// WebKitWebDriver and the app printed on stderr, and the IPC answers [`App::capture_ipc`] recorded.
    ///
    /// Panics when IPC capture was not installed: a scan without it would pass without having looked.
    pub async fn secret_haystacks(&self) -> Vec<(String, String)> {
        assert!(
            self.ipc_captured.load(Ordering::SeqCst),
            "call App::capture_ipc before the actions whose answers are to be scanned"
        );
        let stderr_log = self.home.join(HARNESS_DIR).join(STDERR_LOG);
        let mut haystacks = Vec::new();
        gather_files(&self.home, &self.home, &stderr_log, &mut haystacks);
        let stderr = std::fs::read(&stderr_log).unwrap_or_default();
        haystacks.push((
            "stderr of tauri-driver, WebKitWebDriver and the app".to_owned(),
            String::from_utf8_lossy(&stderr).into_owned(),
        ));
        haystacks.push((
            "IPC answers".to_owned(),
            self.captured_ipc().await.join("\n"),
        ));
        haystacks
    }

    /// Where a secret leaked, or nothing. Looked for everywhere [`App::secret_haystacks`] names: any JWT, the
    /// demo's password and client secret, every secret the app keeps in the keychain (the sealed cache's key may
    /// not sit beside it; a service principal's secret may be nowhere else), and `extra`.
    ///
    /// The simulator's refresh tokens are not looked for by value: they are random base64url strings without a
    /// prefix, and the simulator does not list the ones it issued. The access and ID tokens issued with them are
    /// JWTs and are found wherever they leak; a refresh token leaked on its own would go unnoticed here.
    pub async fn leaked_secrets(&self, extra: &[String]) -> Vec<String> {
        let mut secrets = vec![
            azure_sim::demo::PASSWORD.to_owned(),
            azure_sim::demo::AUTOMATION_SECRET.to_owned(),
        ];
        if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some() {
            for service in self.keychain_services() {
                secrets.extend(keychain_secrets(&service).into_iter().map(|(_, s)| s));
            }
        }
        secrets.extend(extra.iter().cloned());
        let haystacks = self.secret_haystacks().await;
        let named: Vec<(&str, String)> = haystacks
            .iter()
            .map(|(name, text)| (name.as_str(), text.clone()))
            .collect();
        find_secrets(&named, &secrets)
    }

    /// Fails the test, naming each place, when [`App::leaked_secrets`] finds anything.
    pub async fn assert_no_secret_leaked(&self, extra: &[String]) {
        let leaks = self.leaked_secrets(extra).await;
        assert!(
            leaks.is_empty(),
            "secrets leaked:\n  {}",
            leaks.join("\n  ")
        );
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
        self.stop_processes();
        // Without a session bus there is no keychain the app could have written to (and asking could start one).
        if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some() {
            for service in self.keychain_services() {
                delete_keychain_entries(&service);
            }
        }
        let _ = std::fs::remove_dir_all(&self.home);
    }

    /// As a crash would: SIGKILL, no chance to save anything.
    fn kill_processes(&mut self) {
        #[cfg(unix)]
        self.signal_processes(libc::SIGKILL);
        #[cfg(not(unix))]
        self.signal_processes();
    }

    fn stop_processes(&mut self) {
        #[cfg(unix)]
        self.signal_processes(libc::SIGTERM);
        #[cfg(not(unix))]
        self.signal_processes();
    }

    fn signal_processes(&mut self, #[cfg(unix)] signal: libc::c_int) {
        #[cfg(unix)]
        {
            // The driver leads its own process group (see `launch`), so this reaches WebKitWebDriver and the app
            // too. The guard keeps a bad id from ever signalling a group that is not ours.
            let group = self.driver.id() as libc::pid_t;
            if group > 1 {
                // SAFETY: killpg only sends a signal; `group` is the id of a child this struct spawned and has not
                // yet reaped, so it still names that child's process group.
                unsafe { libc::killpg(group, signal) };
            }
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Drop for App {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The app's bundle identifier, which names its data and configuration folders; read from `tauri.conf.json` so that
/// the harness follows a rename.
fn bundle_identifier() -> String {
    let conf: serde_json::Value = serde_json::from_str(include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tauri.conf.json"
    )))
    .expect("tauri.conf.json is JSON");
    conf["identifier"]
        .as_str()
        .expect("tauri.conf.json has an identifier")
        .to_owned()
}

/// The stand-in browser: a script that appends the one address it is given to a file, one line each, instead of
/// opening it.
fn write_browser_script(harness: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let log = harness.join(BROWSER_LOG).display().to_string();
        // The log's path is quoted for the shell; a quote in it would end the quoting early.
        assert!(
            !log.contains('\''),
            "the temporary folder's path {log} contains a quote"
        );
        let script = harness.join(BROWSER_SCRIPT);
        std::fs::write(
            &script,
            format!(
                "#!/bin/sh\n# Written by the end-to-end harness: records the page instead of opening it.\n\
                 printf '%s\\n' \"$1\" >> '{log}'\n"
            ),
        )
        .expect("writing the stand-in browser");
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755))
            .expect("making the stand-in browser executable");
    }
    #[cfg(not(unix))]
    let _ = harness;
}

/// Copies what tauri-driver (and the programs it starts) print on stderr to the test's stderr and to `log`, until
/// they all exit.
fn tee(mut from: ChildStderr, mut log: std::fs::File) {
    let mut buf = [0u8; 8192];
    loop {
        match from.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                let _ = std::io::stderr().write_all(&buf[..n]);
                let _ = log.write_all(&buf[..n]);
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => break,
        }
    }
}

/// Every regular file under `dir` except `skip`, as (`file <path relative to root>`, its bytes decoded lossily).
/// Symbolic links are not followed, and files that vanish while being read (WebKit's temporary files) are left out.
fn gather_files(root: &Path, dir: &Path, skip: &Path, out: &mut Vec<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
            gather_files(root, &path, skip, out);
        } else if meta.is_file() && path != skip {
            if let Ok(bytes) = std::fs::read(&path) {
                let name = path.strip_prefix(root).unwrap_or(&path).display();
                out.push((
                    format!("file {name}"),
                    String::from_utf8_lossy(&bytes).into_owned(),
                ));
            }
        }
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

/// Waits without blocking the thread: a test's simulator serves on the same runtime.
async fn wait_for_port(port: u16, limit: Duration) {
    let start = Instant::now();
    while start.elapsed() < limit {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("tauri-driver did not listen on port {port} within {limit:?}");
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    /// The stand-in browser is run by the app exactly as a browser would be, with the page as its one argument;
    /// addresses full of shell metacharacters must arrive as they were sent, one line each.
    #[test]
    fn the_stand_in_browser_records_each_address_it_is_given_verbatim() {
        let harness = std::env::temp_dir().join(format!(
            "partner-link-e2e-browser-test-{}",
            std::process::id()
        ));
        std::fs::create_dir_all(&harness).unwrap();
        write_browser_script(&harness);
        let pages = [
            "https://localhost:1/organizations/oauth2/v2.0/authorize?client_id=a&state=b c&x=$HOME`id`;'\"",
            "http://localhost:2/devicelogin",
        ];
        for page in pages {
            let status = Command::new(harness.join(BROWSER_SCRIPT))
                .arg(page)
                .status()
                .unwrap();
            assert!(status.success());
        }
        let recorded = std::fs::read_to_string(harness.join(BROWSER_LOG)).unwrap();
        let _ = std::fs::remove_dir_all(&harness);
        assert_eq!(recorded.lines().collect::<Vec<_>>(), pages);
    }

    /// What [`App::complete_browser_sign_in`] does after taking the page, against a listener standing in for
    /// the app's: an authorize address shaped like the app's (on the login URL, as the app opens it when the
    /// test owns the simulator, and on the browser mirror, as the app's own practice mode opens it) is signed in
    /// on the simulator, and the redirect reaches the listener with the code and the state.
    #[tokio::test]
    async fn a_sign_in_played_on_the_simulator_is_redirected_to_the_loopback_listener() {
        let sim = demo_simulator().await;
        for base in [sim.login_url(), sim.browser_url()] {
            let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0))
                .await
                .unwrap();
            let port = listener.local_addr().unwrap().port();
            let page = format!(
                "{base}/organizations/oauth2/v2.0/authorize?response_type=code&client_id={}\
                 &state=st4te&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM\
                 &code_challenge_method=S256&redirect_uri=http%3A%2F%2Flocalhost%3A{port}\
                 &scope=https%3A%2F%2Fmanagement.azure.com%2F.default+offline_access+openid+profile\
                 &prompt=select_account",
                demo::CLIENT_ID
            );
            let redirect = sim
                .complete_sign_in(&page, &SignIn::new(demo::PARTNER_USER, demo::PASSWORD))
                .unwrap_or_else(|e| panic!("{base}: AADSTS{}: {}", e.code, e.message));
            let served = tokio::spawn(async move {
                use tokio::io::{AsyncReadExt, AsyncWriteExt};
                let (mut stream, _) = listener.accept().await.unwrap();
                let mut buf = vec![0u8; 4096];
                let n = stream.read(&mut buf).await.unwrap();
                stream
                    .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                    .await
                    .unwrap();
                String::from_utf8_lossy(&buf[..n]).into_owned()
            });
            let (status, _) = http_get(&redirect).await.unwrap();
            assert_eq!(status, 200);
            let request = served.await.unwrap();
            let line = request.lines().next().unwrap();
            assert!(
                line.starts_with("GET /?code=") && line.contains("state=st4te"),
                "{base}: {line}"
            );
        }
    }
}
