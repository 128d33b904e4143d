//! A simulated Azure: Entra ID and Azure Resource Manager over HTTPS on loopback.
//!
//! Tests and the app's practice mode start it in-process; other tools start the `azure-sim` binary and read
//! the one JSON line it prints. It answers like Entra ID, Resource Manager and a slice of Microsoft Graph
//! closely enough for Microsoft's own clients (MSAL, azure-identity, the management SDKs) to work unmodified.
//!
//! ```no_run
//! # async fn demo() -> Result<(), azure_sim::SimError> {
//! let sim = azure_sim::Simulator::start(azure_sim::SimConfig::new(azure_sim::Scenario::demo())).await?;
//! println!("login at {}, ARM at {}, trust {}", sim.login_url(), sim.resource_manager_url(), sim.ca_cert_path().display());
//! sim.shutdown().await;
//! # Ok(()) }
//! ```
//!
//! Every service has its own port (login, Resource Manager, Graph, admin), all bound on 127.0.0.1 and
//! addressed as `https://localhost:PORT`; the certificate covers `localhost` and `127.0.0.1`.

// Handlers return `Result<_, Response>` so an early refusal is one `?` away; a response is built once per
// request, so boxing it to please `result_large_err` would buy nothing.
#![allow(clippy::result_large_err)]

mod aad;
mod admin;
mod arm;
pub mod demo;
mod graph;
mod http_util;
mod identity;
mod jwt;
pub mod scenario;
mod server;
mod state;
mod tls;
mod util;

pub use aad::AadError;
pub use jwt::decode_claims_unverified;

/// A new RSA 2048 key and a self-signed certificate for it (PEM), for tests of certificate credentials that need a
/// certificate the simulator does not know.
pub fn generate_certificate(common_name: &str) -> Result<demo::DemoCertificate, String> {
    jwt::self_signed_rsa_certificate(common_name)
}
pub use scenario::{FaultDef, FaultKind, Scenario, ScenarioError, Service};
pub use state::{Invitation, PartnerLink, RequestRecord, RoleAssignment, StateSnapshot};

use serde::Deserialize;
use state::{DeviceStatus, State};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// Why the simulator could not start.
#[derive(Debug, thiserror::Error)]
pub enum SimError {
    #[error(transparent)]
    Scenario(#[from] ScenarioError),
    #[error("cannot bind a loopback port: {0}")]
    Bind(std::io::Error),
    #[error("cannot write the CA certificate to {path}: {source}")]
    WriteCa {
        path: String,
        source: std::io::Error,
    },
    #[error("{0}")]
    Crypto(String),
}

/// How to start a simulator.
#[derive(Debug, Clone)]
pub struct SimConfig {
    pub scenario: Scenario,
    /// Where to write the CA certificate (PEM); a fresh temporary file, removed at shutdown, when absent.
    pub ca_out: Option<PathBuf>,
    /// Fixed ports (login, Resource Manager, Graph, admin); free ports when absent.
    pub ports: Option<[u16; 4]>,
    /// Whether the admin API (`/_sim/`) listens. It has no authentication of its own, so the app's practice mode,
    /// which drives its simulator through the Rust API, leaves it out: no other local program can then change
    /// practice state.
    pub admin_api: bool,
}

impl SimConfig {
    pub fn new(scenario: Scenario) -> SimConfig {
        SimConfig {
            scenario,
            ca_out: None,
            ports: None,
            admin_api: true,
        }
    }

    /// Starts without the admin API: nothing listens for it (the app's practice mode).
    pub fn without_admin_api(mut self) -> SimConfig {
        self.admin_api = false;
        self
    }

    pub fn with_ca_out(mut self, path: impl Into<PathBuf>) -> SimConfig {
        self.ca_out = Some(path.into());
        self
    }
}

/// Credentials and answers for a headless sign-in (the admin API and the Rust API).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct SignIn {
    /// UPN or mail of a scenario user.
    pub username: String,
    /// Checked when given; when absent the caller vouches for the user (the password step is skipped).
    #[serde(default)]
    pub password: Option<String>,
    /// Needed only where the directory demands MFA; the scenario's `settings.mfa_code` (default `123456`).
    #[serde(default)]
    pub mfa_code: Option<String>,
    /// The answer at the consent step, if one is shown (default: accept).
    #[serde(default = "default_true")]
    pub consent: bool,
}

fn default_true() -> bool {
    true
}

impl SignIn {
    pub fn new(username: &str, password: &str) -> SignIn {
        SignIn {
            username: username.to_string(),
            password: Some(password.to_string()),
            mfa_code: None,
            consent: true,
        }
    }

    pub fn with_mfa(mut self, code: &str) -> SignIn {
        self.mfa_code = Some(code.to_string());
        self
    }
}

pub(crate) struct Urls {
    pub login: String,
    pub arm: String,
    pub graph: String,
    pub admin: String,
    pub browser: String,
}

pub(crate) struct Shared {
    pub urls: Urls,
    pub signer: Arc<jwt::Signer>,
    state: Mutex<State>,
    /// The scenario the simulator started with, for `reset`.
    pub(crate) initial: Scenario,
}

impl Shared {
    /// The state lock; a panic while holding it cannot leave the state half-written in a way that matters
    /// to a simulator, so a poisoned lock is simply taken over.
    pub(crate) fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub(crate) fn snapshot(&self) -> StateSnapshot {
        self.lock().snapshot()
    }

    pub(crate) fn add_fault(&self, def: FaultDef) -> Result<u64, String> {
        state::validate_fault(&def)?;
        Ok(self.lock().add_fault(def))
    }

    pub(crate) fn demand_claims_challenge(&self, tenant: &str) {
        let mut st = self.lock();
        let tid = st
            .world
            .tenant(tenant)
            .map(|t| t.id.clone())
            .unwrap_or_else(|| tenant.to_ascii_lowercase());
        let seq = st.token_seq;
        st.claims_challenges.insert(tid, seq);
    }

    pub(crate) fn expire_access_tokens(&self) {
        self.lock().token_generation += 1;
    }

    pub(crate) fn revoke_refresh_tokens(&self, user: Option<&str>, expire: bool) -> usize {
        let mut st = self.lock();
        let uid = user.and_then(|u| st.world.user_by_name(u).map(|u| u.object_id.clone()));
        if user.is_some() && uid.is_none() {
            return 0;
        }
        let now = util::now_secs();
        let mut n = 0;
        for rt in st.refresh_tokens.values_mut() {
            if uid.as_deref().is_none_or(|u| u == rt.grant.user) {
                if expire {
                    rt.expires_at = now - 1;
                } else {
                    rt.revoked = true;
                }
                n += 1;
            }
        }
        n
    }

    fn input(s: &SignIn) -> identity::Input {
        identity::Input {
            username: Some(s.username.clone()),
            password: s.password.clone(),
            skip_password: s.password.is_none(),
            mfa_code: s.mfa_code.clone(),
            consent: Some(s.consent),
        }
    }

    pub(crate) fn approve_device_code(&self, user_code: &str, s: &SignIn) -> Result<(), AadError> {
        let mut st = self.lock();
        let Some(txn) = identity::start_device(&mut st, user_code) else {
            return Err(AadError::bad_grant(
                "no pending device code with that user code",
            ));
        };
        let step = identity::advance(&mut st, &txn, &Self::input(s));
        st.txns.remove(&txn);
        match step {
            identity::Step::Done(identity::Outcome::DeviceApproved) => Ok(()),
            other => Err(step_error(other)),
        }
    }

    pub(crate) fn deny_device_code(&self, user_code: &str) -> bool {
        let mut st = self.lock();
        let code = user_code.trim().to_ascii_uppercase();
        match st
            .device_codes
            .values_mut()
            .find(|d| d.user_code == code && matches!(d.status, DeviceStatus::Pending))
        {
            Some(d) => {
                d.status = DeviceStatus::Declined;
                true
            }
            None => false,
        }
    }

    pub(crate) fn complete_sign_in(
        &self,
        authorize_url: &str,
        s: &SignIn,
    ) -> Result<String, AadError> {
        let (path, query) = match authorize_url.split_once('?') {
            Some((p, q)) => (p, q),
            None => (authorize_url, ""),
        };
        let path = path.split_once("://").map(|(_, rest)| rest).unwrap_or(path);
        let mut segs = path.split('/').filter(|s| !s.is_empty());
        if authorize_url.contains("://") {
            segs.next(); // the host
        }
        let tenant = segs.next().unwrap_or("common").to_string();
        let admin_consent = segs.any(|s| s == "adminconsent");
        let pairs = util::parse_pairs(query);
        let mut st = self.lock();
        let txn = if admin_consent {
            identity::start_admin_consent(&mut st, &tenant, &pairs)?
        } else {
            match identity::start_authorize(&mut st, &tenant, &pairs)? {
                Ok(txn) => txn,
                Err(redirect) => return Ok(redirect),
            }
        };
        let step = identity::advance(&mut st, &txn, &Self::input(s));
        st.txns.remove(&txn);
        match step {
            identity::Step::Done(identity::Outcome::Redirect(url)) => Ok(url),
            other => Err(step_error(other)),
        }
    }

    pub(crate) fn load_scenario(&self, scenario: &Scenario) -> Result<(), ScenarioError> {
        let fresh = State::new(scenario)?;
        let mut st = self.lock();
        let requests = std::mem::take(&mut st.requests);
        *st = fresh;
        st.requests = requests;
        Ok(())
    }
}

fn step_error(step: identity::Step) -> AadError {
    match step {
        identity::Step::Credentials { error: Some(e) } | identity::Step::Mfa { error: Some(e) } => {
            e
        }
        identity::Step::Credentials { error: None } => AadError::missing("username"),
        identity::Step::Mfa { error: None } => {
            AadError::mfa_required("the sign-in (give mfa_code)")
        }
        identity::Step::Consent { .. } => AadError::consent_declined(),
        identity::Step::Done(identity::Outcome::Failed(e)) => e,
        identity::Step::Done(_) => AadError::session_expired(),
    }
}

/// A running simulator. Dropping it stops the servers; `shutdown().await` also waits for them.
pub struct Simulator {
    shared: Arc<Shared>,
    shutdown: watch::Sender<bool>,
    tasks: Vec<JoinHandle<()>>,
    ca_pem: String,
    ca_path: PathBuf,
    temp_dir: Option<PathBuf>,
}

impl Simulator {
    /// Binds four loopback ports, generates the CA and server certificate, and starts serving on the
    /// caller's tokio runtime. Returns once every port accepts connections.
    pub async fn start(config: SimConfig) -> Result<Simulator, SimError> {
        let state = State::new(&config.scenario)?;
        let signer = tokio::task::spawn_blocking(jwt::Signer::shared)
            .await
            .map_err(|e| SimError::Crypto(e.to_string()))?
            .map_err(SimError::Crypto)?;
        let pki = tls::generate().map_err(SimError::Crypto)?;
        let (ca_path, temp_dir) = match &config.ca_out {
            Some(p) => (p.clone(), None),
            None => {
                let dir = std::env::temp_dir().join(format!(
                    "azure-sim-{}-{}",
                    std::process::id(),
                    util::random_token(6)
                ));
                (dir.join("ca.pem"), Some(dir))
            }
        };
        if let Some(parent) = ca_path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| SimError::WriteCa {
                path: ca_path.display().to_string(),
                source: e,
            })?;
        }
        std::fs::write(&ca_path, &pki.ca_pem).map_err(|e| SimError::WriteCa {
            path: ca_path.display().to_string(),
            source: e,
        })?;
        let ca_path = std::fs::canonicalize(&ca_path).unwrap_or(ca_path);

        let ports = config.ports.unwrap_or([0; 4]);
        let wanted = if config.admin_api { 4 } else { 3 };
        let mut listeners = Vec::new();
        for p in ports.into_iter().take(wanted) {
            listeners.push(
                TcpListener::bind(("127.0.0.1", p))
                    .await
                    .map_err(SimError::Bind)?,
            );
        }
        let url = |l: &TcpListener| -> Result<String, SimError> {
            Ok(format!(
                "https://localhost:{}",
                l.local_addr().map_err(SimError::Bind)?.port()
            ))
        };
        let browser_listener = TcpListener::bind(("127.0.0.1", 0))
            .await
            .map_err(SimError::Bind)?;
        let urls = Urls {
            login: url(&listeners[0])?,
            arm: url(&listeners[1])?,
            graph: url(&listeners[2])?,
            admin: match listeners.get(3) {
                Some(l) => url(l)?,
                None => String::new(),
            },
            browser: url(&browser_listener)?.replacen("https://", "http://", 1),
        };
        let shared = Arc::new(Shared {
            urls,
            signer,
            state: Mutex::new(state),
            initial: config.scenario.clone(),
        });
        let (tx, rx) = watch::channel(false);
        let acceptor = tokio_rustls::TlsAcceptor::from(pki.server_config.clone());
        let routers = [
            (identity::router(shared.clone()), Service::Login),
            (arm::router(shared.clone()), Service::Arm),
            (graph::router(shared.clone()), Service::Graph),
            (admin::router(shared.clone()), Service::Admin),
        ];
        let mut tasks = Vec::new();
        for (listener, (router, service)) in listeners.into_iter().zip(routers) {
            tasks.push(tokio::spawn(server::serve(
                listener,
                Some(acceptor.clone()),
                router,
                service,
                shared.clone(),
                rx.clone(),
            )));
        }
        tasks.push(tokio::spawn(server::serve(
            browser_listener,
            None,
            identity::pages_router(shared.clone()),
            Service::Login,
            shared.clone(),
            rx.clone(),
        )));
        Ok(Simulator {
            shared,
            shutdown: tx,
            tasks,
            ca_pem: pki.ca_pem,
            ca_path,
            temp_dir,
        })
    }

    /// Base URL of Entra ID (authorities are `{login_url}/{tenant}`).
    pub fn login_url(&self) -> &str {
        &self.shared.urls.login
    }

    pub fn resource_manager_url(&self) -> &str {
        &self.shared.urls.arm
    }

    pub fn graph_url(&self) -> &str {
        &self.shared.urls.graph
    }

    /// Base URL of the admin API. Panics when the simulator was started without it
    /// ([`SimConfig::without_admin_api`]): a test that needs it must start one with it.
    pub fn admin_url(&self) -> &str {
        assert!(
            self.has_admin_api(),
            "this simulator was started without its admin API"
        );
        &self.shared.urls.admin
    }

    pub fn has_admin_api(&self) -> bool {
        !self.shared.urls.admin.is_empty()
    }

    /// Every loopback port the simulator listens on (its services and the plain-HTTP sign-in pages).
    pub fn listening_ports(&self) -> Vec<u16> {
        let urls = &self.shared.urls;
        [
            &urls.login,
            &urls.arm,
            &urls.graph,
            &urls.admin,
            &urls.browser,
        ]
        .into_iter()
        .filter(|u| !u.is_empty())
        .filter_map(|u| u.rsplit(':').next()?.parse().ok())
        .collect()
    }

    /// `http://localhost:P5`: the sign-in pages (authorize, device code, admin consent) over plain loopback
    /// HTTP, for a person's browser in practice mode, which does not trust the simulator's CA. Open
    /// `{browser_url}{path and query of the authorize URL}` instead of the HTTPS one; tokens still come from
    /// the HTTPS token endpoint.
    pub fn browser_url(&self) -> &str {
        &self.shared.urls.browser
    }

    pub fn ca_cert_pem(&self) -> &str {
        &self.ca_pem
    }

    pub fn ca_cert_path(&self) -> &Path {
        &self.ca_path
    }

    /// The JSON line the binary prints: base URLs and the CA certificate's path, keys in the documented order
    /// (`login`, `resourceManager`, `graph`, `admin`, `caCert`, then `browser`).
    pub fn endpoints_json(&self) -> String {
        let q = |s: &str| serde_json::Value::from(s).to_string();
        format!(
            "{{\"login\":{},\"resourceManager\":{},\"graph\":{},\"admin\":{},\"caCert\":{},\"browser\":{}}}",
            q(self.login_url()),
            q(self.resource_manager_url()),
            q(self.graph_url()),
            q(&self.shared.urls.admin),
            q(&self.ca_path.display().to_string()),
            q(self.browser_url())
        )
    }

    /// Links, role assignments and invitations as they are now.
    pub fn state(&self) -> StateSnapshot {
        self.shared.snapshot()
    }

    pub fn links(&self) -> Vec<PartnerLink> {
        self.state().links
    }

    /// The link of one identity (tenant + object ID), active or deleted.
    pub fn link_of(&self, tenant_id: &str, object_id: &str) -> Option<PartnerLink> {
        self.links().into_iter().find(|l| {
            l.tenant_id.eq_ignore_ascii_case(tenant_id)
                && l.object_id.eq_ignore_ascii_case(object_id)
        })
    }

    pub fn role_assignments(&self) -> Vec<RoleAssignment> {
        self.state().role_assignments
    }

    pub fn invitations(&self) -> Vec<Invitation> {
        self.state().invitations
    }

    /// Every request served so far (method, path, status, latency, request ID, fault), oldest first.
    pub fn requests(&self) -> Vec<RequestRecord> {
        self.shared.lock().requests.iter().cloned().collect()
    }

    /// Injects a fault; returns its ID.
    pub fn add_fault(&self, fault: FaultDef) -> Result<u64, String> {
        self.shared.add_fault(fault)
    }

    /// How many injected faults are still waiting to act.
    pub fn pending_faults(&self) -> usize {
        self.shared.lock().faults.len()
    }

    pub fn clear_faults(&self) {
        self.shared.lock().faults.clear();
    }

    /// Every access token issued so far is refused from now on as expired ("tokens expiring early").
    pub fn expire_access_tokens(&self) {
        self.shared.expire_access_tokens();
    }

    /// Continuous access evaluation: every access token issued so far for `tenant` is answered with a 401
    /// `insufficient_claims` challenge by Resource Manager; new tokens (requested with the claims) work.
    pub fn demand_claims_challenge(&self, tenant: &str) {
        self.shared.demand_claims_challenge(tenant);
    }

    /// Lifetime of access tokens issued from now on.
    pub fn set_access_token_lifetime(&self, seconds: u64) {
        self.shared.lock().access_token_lifetime = seconds.max(1);
    }

    /// Revokes refresh tokens (of one user by UPN, or all): redeeming one answers AADSTS50173.
    pub fn revoke_refresh_tokens(&self, user: Option<&str>) -> usize {
        self.shared.revoke_refresh_tokens(user, false)
    }

    /// Every refresh token issued so far, rotated ones included, so that a test can prove none of them leaked
    /// into a file, a log or a page.
    pub fn issued_refresh_tokens(&self) -> Vec<String> {
        self.shared.lock().refresh_tokens.keys().cloned().collect()
    }

    /// Expires refresh tokens (of one user by UPN, or all): redeeming one answers AADSTS700082.
    pub fn expire_refresh_tokens(&self, user: Option<&str>) -> usize {
        self.shared.revoke_refresh_tokens(user, true)
    }

    /// Signs in on the device-code verification page for `user_code`, as the user would.
    pub fn approve_device_code(&self, user_code: &str, sign_in: &SignIn) -> Result<(), AadError> {
        self.shared.approve_device_code(user_code, sign_in)
    }

    pub fn deny_device_code(&self, user_code: &str) -> bool {
        self.shared.deny_device_code(user_code)
    }

    /// Completes the browser sign-in for an `/authorize` URL (or the approval on an `/adminconsent` URL) and
    /// returns where the browser would be sent: the app's redirect URI with `code` (or `admin_consent` and
    /// `tenant`) and `state`, or with `error` when Entra would redirect an error.
    pub fn complete_sign_in(
        &self,
        authorize_url: &str,
        sign_in: &SignIn,
    ) -> Result<String, AadError> {
        self.shared.complete_sign_in(authorize_url, sign_in)
    }

    /// Returns to the scenario the simulator started with (links, roles, tokens and faults as at start).
    pub fn reset(&self) {
        let _ = self.shared.load_scenario(&self.shared.initial);
    }

    /// Replaces the whole state with a new scenario (tokens, codes and faults are forgotten).
    pub fn load_scenario(&self, scenario: &Scenario) -> Result<(), ScenarioError> {
        self.shared.load_scenario(scenario)
    }

    /// Stops accepting, ends open connections and waits for the servers to finish.
    pub async fn shutdown(mut self) {
        let _ = self.shutdown.send(true);
        for t in self.tasks.drain(..) {
            let _ = t.await;
        }
    }
}

impl Drop for Simulator {
    fn drop(&mut self) {
        let _ = self.shutdown.send(true);
        if let Some(dir) = &self.temp_dir {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}
