//! What the app leaves outside the page: its files, keychain entries, the pages it opened, what crossed IPC,
//! and whether any secret leaked into them.

use super::*;

impl App {
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
            .execute(include_str!("../capture_ipc.js"), vec![])
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

    pub(crate) fn practice_keychain_service(&self) -> String {
        format!("{} (practice)", self.keychain_service)
    }

    pub(crate) fn keychain_services(&self) -> [String; 2] {
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
}
