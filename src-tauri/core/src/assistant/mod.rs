//! What one running app (or one run of the command line) holds, and every action a person can take, as plain
//! async methods: which Azure it talks to, its folders and keychain entries, its one sign-in state, its activity
//! log and bulk journal. The desktop shell turns each IPC command into one call here, and the command line uses
//! the same methods, so both take the same path and give the same answers.
//!
//! Split by what the person is doing: signing in (`sign_in.rs`), one directory and its link (`link.rs`), the
//! customer admin's path (`customer.rs`), and every directory at once (`everywhere.rs`).

mod customer;
mod everywhere;
mod link;
mod sign_in;

use std::path::PathBuf;
use std::sync::Arc;

use crate::activity_log::ActivityLog;
use crate::arm::ArmClient;
use crate::auth::{self, AuthClient, Cancel, PendingDeviceCode, Persistence};
use crate::graph::GraphClient;
use crate::keychain::{KeyringStore, SecretStore};
use crate::settings::{self, Settings};
use crate::{Endpoints, Error, ErrorCode};

pub use customer::{invitation_landing_url, PartnerInvitation};
pub use everywhere::{
    BulkProgress, Everywhere, InterruptedRun, OverviewProgress, Progress, ProgressSink,
    ReportFormat,
};
pub use link::SavedProof;
pub use sign_in::{Readiness, SignInStatus};

/// The app's identifier: the name of its folders in the platform's per-user locations, as Tauri names them.
pub const APP_IDENTIFIER: &str = "app.partnerlink.assistant";
/// Where the data folder is instead of the person's own (tests, side-by-side installations).
pub const DATA_DIR_ENV: &str = "PARTNER_LINK_DATA_DIR";
/// Where the config folder is instead of the person's own; the data folder when only that is given.
pub const CONFIG_DIR_ENV: &str = "PARTNER_LINK_CONFIG_DIR";
/// The sealed sign-in cache's file name in the data folder.
pub const CACHE_FILE: &str = "sign-in-cache.bin";
/// The activity log's file name in the data folder: one log for the app and the command line.
pub const ACTIVITY_FILE: &str = "activity-log.jsonl";
/// The bulk runs' journal in the data folder.
pub const JOURNAL_FILE: &str = "bulk-journal.jsonl";
/// The last overview of every directory, in the data folder.
pub const OVERVIEW_FILE: &str = "overview.json";

/// Where the app keeps its files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Folders {
    /// Settings, and the sign-in app file IT deploys.
    pub config: PathBuf,
    /// The sealed sign-in cache, the activity log, the bulk journal and the saved overview.
    pub data: PathBuf,
    /// Where proofs and reports are saved for the person to find.
    pub proofs: PathBuf,
}

impl Folders {
    /// The person's folders as the platform names them, the same ones the desktop app uses (Tauri's
    /// `app_config_dir` and `app_data_dir`): XDG on Linux, Application Support on macOS, AppData on Windows.
    /// Proofs go to the documents folder when the platform names one.
    pub fn for_user() -> Result<Folders, Error> {
        let missing = |what: &str| {
            Error::new(
                ErrorCode::Internal,
                format!("this system names no {what} folder for the app's files"),
            )
        };
        let config = dirs::config_dir()
            .ok_or_else(|| missing("configuration"))?
            .join(APP_IDENTIFIER);
        let data = dirs::data_dir()
            .ok_or_else(|| missing("data"))?
            .join(APP_IDENTIFIER);
        let proofs = match dirs::document_dir() {
            Some(documents) => documents.join("Partner Link Assistant proofs"),
            None => data.join("proofs"),
        };
        Ok(Folders {
            config,
            data,
            proofs,
        })
    }

    /// The folders `var` names (`PARTNER_LINK_DATA_DIR`, and `PARTNER_LINK_CONFIG_DIR` beside it), for tests
    /// and for several installations side by side; the person's own folders otherwise.
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Result<Folders, Error> {
        let var = |k: &str| var(k).filter(|v| !v.trim().is_empty()).map(PathBuf::from);
        match var(DATA_DIR_ENV) {
            Some(data) => Ok(Folders {
                config: var(CONFIG_DIR_ENV).unwrap_or_else(|| data.clone()),
                proofs: data.join("proofs"),
                data,
            }),
            None => Folders::for_user(),
        }
    }

    /// Practice mode's folders, kept apart from the real ones.
    pub fn practice(&self) -> Folders {
        Folders {
            config: self.config.join("practice"),
            data: self.data.join("practice"),
            proofs: self.proofs.join("Practice"),
        }
    }

    /// Practice mode's folders with earlier practice sign-ins forgotten: they were made on an earlier simulator,
    /// whose keys and tokens died with it, so practice always starts from the first step.
    pub fn fresh_practice(&self) -> Folders {
        let folders = self.practice();
        let _ = std::fs::remove_file(folders.data.join(CACHE_FILE));
        folders
    }
}

/// Whether sign-in can be used, and if not, why not.
enum SignInState {
    /// Not opened yet: opened on first use.
    Closed,
    Ready(AuthClient),
    /// The sign-in client could not be opened; the error says why (no sign-in app, keychain locked or missing,
    /// saved sign-ins unreadable).
    Problem(Error),
}

/// How the assistant is set up, besides its endpoints and folders.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The keychain's service name (side-by-side installations and tests keep apart).
    pub keychain_service: Option<String>,
    /// The sign-in app when it is fixed (practice mode's simulated one), instead of settings, environment or
    /// the file IT deploys.
    pub fixed_client_id: Option<String>,
    /// Pages on the login host opened in a person's browser are opened here instead (practice mode's plain-HTTP
    /// mirror of the simulator, whose CA no browser trusts): (login base URL, browser base URL).
    pub browser_mirror: Option<(String, String)>,
    /// True when the Azure behind the endpoints is simulated.
    pub practice: bool,
    /// `PARTNER_LINK_CLIENT_ID` as the caller's environment gives it (the sign-in app's ID).
    pub client_id_from_env: Option<String>,
}

/// The keychain's service name, for side-by-side installations (and tests) that must not share entries; the app
/// and the command line read the same variable, so they share their entries.
pub const KEYCHAIN_SERVICE_ENV: &str = "PARTNER_LINK_KEYCHAIN_SERVICE";

impl Options {
    /// The options the environment sets, the same for the app and the command line.
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Options {
        Options {
            keychain_service: var(KEYCHAIN_SERVICE_ENV),
            client_id_from_env: var(crate::auth::CLIENT_ID_ENV),
            ..Options::default()
        }
    }
}

/// One running app's (or command line's) state and actions.
pub struct Assistant {
    pub endpoints: Endpoints,
    pub folders: Folders,
    options: Options,
    sign_in: tokio::sync::Mutex<SignInState>,
    /// The sign-in in progress, so that "Cancel" can end it.
    cancel: std::sync::Mutex<Option<Cancel>>,
    /// A device code shown to the person and not yet completed.
    device_code: tokio::sync::Mutex<Option<PendingDeviceCode>>,
    /// The overview of every directory and the bulk run, worked on in the background.
    everywhere: Arc<Everywhere>,
    /// Writes to Azure under way (a link, a change, a removal, a grant): an update is not installed meanwhile.
    writes: Arc<std::sync::atomic::AtomicUsize>,
}

/// Counts one write to Azure for as long as it is held.
pub(crate) struct Writing(Arc<std::sync::atomic::AtomicUsize>);

impl Drop for Writing {
    fn drop(&mut self) {
        self.0.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
    }
}

impl Assistant {
    pub fn new(endpoints: Endpoints, folders: Folders, options: Options) -> Assistant {
        Assistant {
            endpoints,
            folders,
            options,
            sign_in: tokio::sync::Mutex::new(SignInState::Closed),
            cancel: std::sync::Mutex::new(None),
            device_code: tokio::sync::Mutex::new(None),
            everywhere: Arc::default(),
            writes: Arc::default(),
        }
    }

    /// Marks a write to Azure as under way until the returned guard is dropped.
    pub(crate) fn writing(&self) -> Writing {
        self.writes
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        Writing(self.writes.clone())
    }

    /// Whether an update may be installed now: not while a link, a grant or a run over every directory is being
    /// written (installing restarts the app, which would cut it off).
    pub fn may_install_update(&self) -> Result<(), Error> {
        let writes = self.writes.load(std::sync::atomic::Ordering::SeqCst);
        if writes > 0 || self.everywhere.busy() {
            return Err(Error::new(
                ErrorCode::UpdateMustWait,
                "the app is writing to Azure; the update is installed once that is done",
            ));
        }
        Ok(())
    }

    /// True when the app talks to a simulated Azure.
    pub fn is_practice(&self) -> bool {
        self.options.practice || self.endpoints.cloud == crate::Cloud::Practice
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

    /// The sign-in app's client ID: the fixed one (practice), else the settings, then `PARTNER_LINK_CLIENT_ID`,
    /// then the file IT deployed. Never a Microsoft first-party app.
    pub fn client_id(&self) -> Result<String, Error> {
        if let Some(id) = &self.options.fixed_client_id {
            return Ok(id.clone());
        }
        let settings = Settings::load(&self.settings_path())?;
        auth::resolve_client_id(
            settings.client_id.as_deref(),
            self.options.client_id_from_env.as_deref(),
            Some(&self.folders.config.join(settings::DEPLOYED_FILE_NAME)),
        )
    }

    /// The OS keychain under the app's service name (practice mode's entries apart).
    pub fn keychain(&self) -> Result<Arc<dyn SecretStore>, Error> {
        let base = self
            .options
            .keychain_service
            .clone()
            .filter(|s| !s.trim().is_empty())
            .unwrap_or_else(|| crate::keychain::SERVICE.to_owned());
        let service = if self.options.practice {
            format!("{base} (practice)")
        } else {
            base
        };
        Ok(Arc::new(KeyringStore::open_with_service(&service)?))
    }

    /// Opens the sign-in client with the keychain and the sealed cache (or `persistence`). A problem is kept and
    /// returned, so the UI can explain it and offer what to do (set up the app, session only, start over).
    async fn open_sign_in(&self, persistence: Option<Persistence>) -> Result<AuthClient, Error> {
        let mut state = self.sign_in.lock().await;
        let client_id = match self.client_id() {
            Ok(id) => Ok(Some(id)),
            // Without the organization's sign-in app, service principals and the Azure CLI can still sign in.
            Err(e) if e.code == ErrorCode::SignInAppNotConfigured => Ok(None),
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

    /// The sign-in client, opening it on first use. There is one per assistant: every action of the app and the
    /// command line goes through it, so saves of the sign-in cache never race one another in one process.
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

    /// Forgets the sign-in client (after the settings changed, or the keychain was unlocked), so the next use
    /// opens it afresh.
    async fn close_sign_in(&self) {
        *self.sign_in.lock().await = SignInState::Closed;
    }

    /// Refuses to change how the app signs in while the overview or a bulk run works in the background: they
    /// hold the sign-in client they started with, and a second client beside it would save the same sign-in
    /// cache from two states. One sign-in state per process.
    fn refuse_while_busy(&self) -> Result<(), Error> {
        if self.everywhere.busy() {
            return Err(Error::new(
                ErrorCode::RunInProgress,
                "every directory is being worked on with the current sign-in; wait for it to finish or stop it first",
            ));
        }
        Ok(())
    }

    /// The Resource Manager client for one signed-in account.
    pub async fn arm(&self, account_id: &str) -> Result<ArmClient, Error> {
        let auth = self.auth().await?;
        ArmClient::new(&self.endpoints, auth.token_source(account_id))
    }

    /// The Microsoft Graph client for one signed-in account (the customer admin's path only).
    async fn graph(&self, account_id: &str) -> Result<GraphClient, Error> {
        let auth = self.auth().await?;
        GraphClient::new(&self.endpoints, auth.graph_token_source(account_id))
    }

    /// A page for the person's browser: in practice mode the simulator's HTTPS sign-in pages are opened on its
    /// plain-HTTP mirror, which a browser can open without trusting the simulator's CA.
    pub fn for_browser(&self, url: &str) -> String {
        match &self.options.browser_mirror {
            Some((login, mirror)) => match url.strip_prefix(login.as_str()) {
                Some(rest) => format!("{mirror}{rest}"),
                None => url.to_owned(),
            },
            None => url.to_owned(),
        }
    }

    /// Starts a new cancellable sign-in, replacing (and cancelling) one still waiting.
    fn begin_sign_in(&self) -> Cancel {
        let cancel = Cancel::new();
        if let Some(old) = self
            .cancel
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .replace(cancel.clone())
        {
            old.cancel();
        }
        cancel
    }

    /// Ends the sign-in that is waiting for the browser or for a device code.
    pub fn cancel_sign_in(&self) {
        if let Some(c) = self.cancel.lock().unwrap_or_else(|p| p.into_inner()).take() {
            c.cancel();
        }
    }
}
