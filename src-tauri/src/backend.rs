//! The shell's state: which Azure the app talks to (the simulated one when practising), where its files are, and
//! the sign-in client. Everything here is plumbing; what to do with Azure is decided in `partner_link_core`.

use std::path::PathBuf;
use std::sync::Arc;

use partner_link_core::activity_log::ActivityLog;
use partner_link_core::auth::{self, AuthClient, Cancel, PendingDeviceCode, Persistence};
use partner_link_core::keychain::{KeyringStore, SecretStore};
use partner_link_core::settings::{self, Settings};
use partner_link_core::{Cloud, Endpoints, Error};
use tokio::sync::Mutex;

/// Set to `1` to start the app in practice mode, on the simulated Azure's demo scenario (`cargo xtask run --practice`).
pub const PRACTICE_ENV: &str = "PARTNER_LINK_PRACTICE";

/// A browser command to open sign-in pages with, instead of the system's default browser: partners often keep one
/// browser profile per customer. Run with the page's address as its only argument.
pub const BROWSER_ENV: &str = "PARTNER_LINK_BROWSER";

/// The keychain's service name, for side-by-side installations (and tests) that must not share entries.
pub const KEYCHAIN_SERVICE_ENV: &str = "PARTNER_LINK_KEYCHAIN_SERVICE";

/// The sealed sign-in cache's file name in the app's data folder.
const CACHE_FILE: &str = "sign-in-cache.bin";
/// The activity log's file name in the app's data folder.
const ACTIVITY_FILE: &str = "activity-log.jsonl";

/// A failure practice mode can stage, to rehearse what the app says and what to do next.
#[derive(Clone, Copy, Debug, serde::Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum PracticeProblem {
    /// Resource Manager answers the next link with 429 Too Many Requests, every time the app tries.
    AzureBusy,
    /// The connection closes after Azure made the next link, before its answer arrives.
    ConnectionLost,
}

/// Where the app keeps its files.
#[derive(Clone, Debug)]
pub struct Folders {
    pub config: PathBuf,
    pub data: PathBuf,
    /// Where proofs of linking are saved for the person to find: their documents folder when the platform names
    /// one, else a `proofs` folder beside the app's data.
    pub proofs: PathBuf,
}

/// Whether sign-in can be used, and if not, why not. The UI shows a screen for each problem.
pub enum SignInState {
    /// Not opened yet: opened on first use.
    Closed,
    Ready(AuthClient),
    /// The sign-in client could not be opened; the error says why (no sign-in app, keychain locked or missing,
    /// saved sign-ins unreadable).
    Problem(Error),
}

/// The backend the commands use, behind one switch: the person can start practice mode from the first screen,
/// and leave it, without restarting the app (a restart would also lose the window the person is looking at).
/// Managed by Tauri; commands receive it as `State<Shell>` and work on `shell.backend()`, so a command already
/// running finishes on the backend it started with.
pub struct Shell {
    current: std::sync::RwLock<Arc<Backend>>,
    /// The folders as the platform names them, before practice mode's own subfolders.
    folders: Folders,
}

impl Shell {
    pub fn new(folders: Folders, backend: Backend) -> Shell {
        Shell {
            current: std::sync::RwLock::new(Arc::new(backend)),
            folders,
        }
    }

    /// The backend now.
    pub fn backend(&self) -> Arc<Backend> {
        self.current
            .read()
            .expect("the backend switch is never poisoned")
            .clone()
    }

    /// Starts practice mode on a fresh demo scenario (each practice starts over), or leaves it for the Azure the
    /// environment names. A sign-in waiting in the browser is cancelled: it belongs to the other Azure.
    pub async fn set_practice(&self, on: bool) -> Result<Arc<Backend>, Error> {
        let next = if on {
            Backend::practice(self.folders.clone())
                .await
                .map_err(|e| Error::new(partner_link_core::ErrorCode::Internal, e))?
        } else {
            Backend::real(self.folders.clone())
        };
        let next = Arc::new(next);
        let previous = std::mem::replace(
            &mut *self
                .current
                .write()
                .expect("the backend switch is never poisoned"),
            next.clone(),
        );
        previous.cancel_sign_in();
        Ok(next)
    }
}

/// What every command needs: one Azure (real or practice), its folders and its sign-in client.
pub struct Backend {
    pub endpoints: Endpoints,
    /// The simulated Azure in practice mode. It serves on loopback for as long as it is held here, so it lives as
    /// long as the app.
    practice: Option<azure_sim::Simulator>,
    pub folders: Folders,
    keychain_service: String,
    pub sign_in: Mutex<SignInState>,
    /// The sign-in in progress, so that "Cancel" can end it.
    pub cancel: std::sync::Mutex<Option<Cancel>>,
    /// A device code shown to the person and not yet completed.
    pub device_code: Mutex<Option<PendingDeviceCode>>,
    /// The overview of every directory and the bulk run, worked on in the background.
    pub everywhere: Arc<crate::everywhere::Everywhere>,
}

impl Backend {
    /// The Azure the environment names (the real public cloud unless told otherwise), or the simulated one in
    /// practice mode. Practice mode that cannot start (no free port, say) is reported on stderr and the app opens
    /// on the real cloud, with no practice badge, so the person is never misled into thinking a real action is a
    /// rehearsal or the other way round.
    pub async fn from_environment(folders: Folders) -> Backend {
        if std::env::var(PRACTICE_ENV).is_ok_and(|v| v == "1") {
            match Backend::practice(folders.clone()).await {
                Ok(backend) => return backend,
                Err(e) => eprintln!(
                    "partner-link: practice mode could not start the simulated Azure: {e}"
                ),
            }
        }
        Backend::real(folders)
    }

    /// The Azure the environment names, the real public cloud unless told otherwise.
    pub fn real(folders: Folders) -> Backend {
        let endpoints = match Endpoints::from_vars(None, |k| std::env::var(k).ok()) {
            Ok(endpoints) => endpoints,
            Err(e) => {
                eprintln!("partner-link: {e}; using Azure (global)");
                Endpoints::for_cloud(Cloud::AzurePublic)
            }
        };
        Backend::new(endpoints, None, folders)
    }

    /// Practice mode: the simulated Azure on the demo scenario, in this process, trusted through its own CA only.
    /// Practice sign-ins are forgotten first: they were made on an earlier simulator, whose keys and tokens
    /// died with it, so practice always starts from the first step.
    pub async fn practice(folders: Folders) -> Result<Backend, String> {
        let sim =
            azure_sim::Simulator::start(azure_sim::SimConfig::new(azure_sim::Scenario::demo()))
                .await
                .map_err(|e| e.to_string())?;
        let endpoints = Endpoints::custom(
            Cloud::Practice,
            sim.login_url(),
            sim.resource_manager_url(),
            sim.graph_url(),
            Some(sim.ca_cert_pem().to_owned()),
        );
        // Practice sign-ins are kept apart from real ones, in their own folders and keychain entries.
        let folders = Folders {
            config: folders.config.join("practice"),
            data: folders.data.join("practice"),
            proofs: folders.proofs.join("Practice"),
        };
        let _ = std::fs::remove_file(folders.data.join(CACHE_FILE));
        Ok(Backend::new(endpoints, Some(sim), folders))
    }

    fn new(
        endpoints: Endpoints,
        practice: Option<azure_sim::Simulator>,
        folders: Folders,
    ) -> Backend {
        let base = std::env::var(KEYCHAIN_SERVICE_ENV)
            .ok()
            .filter(|s| !s.trim().is_empty())
            .unwrap_or_else(|| partner_link_core::keychain::SERVICE.to_owned());
        let keychain_service = if practice.is_some() {
            format!("{base} (practice)")
        } else {
            base
        };
        Backend {
            endpoints,
            practice,
            folders,
            keychain_service,
            sign_in: Mutex::new(SignInState::Closed),
            cancel: std::sync::Mutex::new(None),
            device_code: Mutex::new(None),
            everywhere: Arc::default(),
        }
    }

    /// True when the app talks to a simulated Azure: the in-app one, or one the environment points at.
    pub fn is_practice(&self) -> bool {
        self.practice.is_some() || self.endpoints.cloud == Cloud::Practice
    }

    pub fn settings_path(&self) -> PathBuf {
        self.folders.config.join(settings::FILE_NAME)
    }

    pub fn activity_log(&self) -> ActivityLog {
        ActivityLog::new(self.folders.data.join(ACTIVITY_FILE))
    }

    pub fn cache_path(&self) -> PathBuf {
        self.folders.data.join(CACHE_FILE)
    }

    /// The sign-in app's client ID: in practice mode the simulator's practice app; otherwise the settings, then
    /// `PARTNER_LINK_CLIENT_ID`, then the file IT deployed. Never a Microsoft first-party app.
    pub fn client_id(&self) -> Result<String, Error> {
        if self.practice.is_some() {
            return Ok(azure_sim::demo::CLIENT_ID.to_owned());
        }
        let settings = Settings::load(&self.settings_path())?;
        auth::resolve_client_id(
            settings.client_id.as_deref(),
            Some(&self.folders.config.join(settings::DEPLOYED_FILE_NAME)),
        )
    }

    /// The OS keychain under the app's service name.
    pub fn keychain(&self) -> Result<Arc<dyn SecretStore>, Error> {
        Ok(Arc::new(KeyringStore::open_with_service(
            &self.keychain_service,
        )?))
    }

    /// Opens the sign-in client with the keychain and the sealed cache. A problem is kept in the state and
    /// returned, so the UI can explain it and offer what to do (set up the app, session only, start over).
    pub async fn open_sign_in(
        &self,
        persistence: Option<Persistence>,
    ) -> Result<AuthClient, Error> {
        let mut state = self.sign_in.lock().await;
        let client_id = match self.client_id() {
            Ok(id) => Ok(Some(id)),
            // Without the organization's sign-in app, service principals and the Azure CLI can still sign in.
            Err(e) if e.code == partner_link_core::ErrorCode::SignInAppNotConfigured => Ok(None),
            Err(e) => Err(e),
        };
        let opened = client_id.and_then(|client_id| {
            let persistence = match persistence {
                Some(p) => p,
                None => Persistence::Keychain {
                    store: self.keychain()?,
                    cache_file: self.cache_path(),
                },
            };
            match client_id {
                Some(id) => AuthClient::new(self.endpoints.clone(), &id, persistence),
                None => AuthClient::without_sign_in_app(self.endpoints.clone(), persistence),
            }
        });
        match opened {
            Ok(client) => {
                *state = SignInState::Ready(client.clone());
                Ok(client)
            }
            Err(e) => {
                *state = SignInState::Problem(e.clone());
                Err(e)
            }
        }
    }

    /// The sign-in client, opening it on first use.
    pub async fn auth(&self) -> Result<AuthClient, Error> {
        {
            let state = self.sign_in.lock().await;
            match &*state {
                SignInState::Ready(client) => return Ok(client.clone()),
                SignInState::Problem(e) => return Err(e.clone()),
                SignInState::Closed => {}
            }
        }
        self.open_sign_in(None).await
    }

    /// Forgets the sign-in client's state (after settings change), so the next use opens it afresh.
    pub async fn close_sign_in(&self) {
        *self.sign_in.lock().await = SignInState::Closed;
    }

    /// Makes the in-app simulator meet the next link (the PUT of a partner ID) with `problem`, so a person can
    /// rehearse what the app does when Azure is busy or the connection drops. Only in practice mode: there is no
    /// simulator to tell otherwise, and a real session must never pretend to fail.
    pub fn rehearse_problem(&self, problem: PracticeProblem) -> Result<(), Error> {
        let Some(sim) = &self.practice else {
            return Err(Error::new(
                partner_link_core::ErrorCode::InvalidInput,
                "problems can be rehearsed in practice mode only",
            ));
        };
        let (kind, status, retry_after, times) = match problem {
            // Every attempt of the next link (the client tries a throttled write four times), so the person sees
            // "Azure is busy"; linking again then works.
            PracticeProblem::AzureBusy => (azure_sim::FaultKind::Status, Some(429), Some(1), 4),
            // Azure applies the link and the answer is lost: the app reads the link back and says so.
            PracticeProblem::ConnectionLost => (azure_sim::FaultKind::DropAfter, None, None, 1),
        };
        sim.add_fault(
            azure_sim::FaultDef::new(kind)
                .service(azure_sim::Service::Arm)
                .method("PUT")
                .path_contains("managementpartner/partners")
                .status(status)
                .retry_after(retry_after)
                .times(times),
        )
        .map(|_| ())
        .map_err(|e| Error::new(partner_link_core::ErrorCode::Internal, e))
    }

    /// Sign-in pages for a person's browser. In practice mode the simulator's HTTPS pages are signed by a CA the
    /// browser does not trust, so the same page is opened on the simulator's plain-HTTP browser mirror.
    pub fn for_browser(&self, url: &str) -> String {
        match &self.practice {
            Some(sim) => match url.strip_prefix(sim.login_url()) {
                Some(rest) => format!("{}{rest}", sim.browser_url()),
                None => url.to_owned(),
            },
            None => url.to_owned(),
        }
    }

    /// Starts a new cancellable sign-in, replacing (and cancelling) one still waiting.
    pub fn begin_sign_in(&self) -> Cancel {
        let cancel = Cancel::new();
        if let Some(old) = self
            .cancel
            .lock()
            .expect("the cancel slot is never poisoned")
            .replace(cancel.clone())
        {
            old.cancel();
        }
        cancel
    }

    pub fn cancel_sign_in(&self) {
        if let Some(c) = self
            .cancel
            .lock()
            .expect("the cancel slot is never poisoned")
            .take()
        {
            c.cancel();
        }
    }
}
