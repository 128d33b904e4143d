//! Starting, restarting, crashing and stopping the app under test, through tauri-driver.

use super::*;

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
    pub(crate) async fn start_again(mut self) -> App {
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

    pub(crate) async fn start(
        launch: Launch,
        home: PathBuf,
        keychain_service: String,
        cursor: usize,
    ) -> App {
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

    pub async fn close(mut self) {
        let client = self.client.clone();
        let _ = client.close().await;
        self.stop();
    }

    pub(crate) fn stop(&mut self) {
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
    pub(crate) fn kill_processes(&mut self) {
        #[cfg(unix)]
        self.signal_processes(libc::SIGKILL);
        #[cfg(not(unix))]
        self.signal_processes();
    }

    pub(crate) fn stop_processes(&mut self) {
        #[cfg(unix)]
        self.signal_processes(libc::SIGTERM);
        #[cfg(not(unix))]
        self.signal_processes();
    }

    pub(crate) fn signal_processes(&mut self, #[cfg(unix)] signal: libc::c_int) {
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
