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

mod app;
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
