//! Signing in: a work account in the system browser (authorization code + PKCE on a loopback redirect), a device
//! code where no browser redirect can work, or a service principal (client ID + secret). After one sign-in the
//! account's refresh token is redeemed at each directory's authority for that directory's token
//! (learn.microsoft.com/en-us/entra/identity-platform/refresh-tokens), so
//! the person signs in once and reaches every directory; a directory that demands more (MFA, Conditional Access)
//! gets an interactive sign-in for that directory only.
//!
//! Access tokens stay in memory. Refresh tokens live in the sealed [`TokenCache`] file, whose key is in the OS
//! keychain; service principals' secrets are in the keychain itself. In session-only mode both are in memory.
//!
//! The OAuth 2.0 protocol work is the `oauth2` crate's; this module decides which grant to use where, keeps the
//! tokens, and turns Entra's answers into errors the UI can explain.

pub mod aad_error;
pub mod azure_cli;
pub(crate) mod browser;
pub mod consent;
mod entra;
mod flows;
mod persist;
pub mod service_principal;
mod sign_in_app;
mod tokens;

pub(crate) use entra::{access_token_from, oauth_http};
pub use entra::{arm_scope, graph_admin_scopes, EntraDeviceFields, EntraTokenFields, HttpError};
use entra::{device_error, EntraClient, EntraTokenResponse, HttpFuture, Resource};
use persist::lock_set;
use sign_in_app::validate_client_id;
pub use sign_in_app::{
    client_id_from_bytes, resolve_client_id, CLIENT_ID_ENV, FIRST_PARTY_CLIENT_IDS,
};
pub use tokens::AccountTokenSource;

use std::collections::{BTreeMap, HashMap};
use std::future::Future;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use base64::Engine as _;
use oauth2::basic::{
    BasicRevocationErrorResponse, BasicTokenIntrospectionResponse, BasicTokenType,
};
use oauth2::{
    AuthType, AuthUrl, AuthorizationCode, ClientId, CsrfToken, DeviceAuthorizationUrl,
    EndpointNotSet, EndpointSet, PkceCodeChallenge, RefreshToken, Scope, StandardRevocableToken,
    StandardTokenResponse, TokenResponse as _, TokenUrl,
};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use specta::Type;
use tokio::sync::Mutex;
use zeroize::Zeroize;

use crate::ids::{AccountId, TenantId};
use crate::keychain::{MemoryStore, SecretStore};
use crate::token_cache::TokenCache;
use crate::{AccessToken, Endpoints, Error, ErrorCode, Sensitive, TokenSource};
use aad_error::{request_error, AadErrorResponse};
use service_principal::{ClientCertificate, ClientCredential};

/// How long the browser sign-in waits for the person before giving up.
pub const DEFAULT_BROWSER_TIMEOUT: Duration = Duration::from_secs(300);

/// Tokens this close to expiry are renewed before use, so a call does not carry a token that expires on the way.
pub(crate) const FRESHNESS_MARGIN: Duration = Duration::from_secs(120);

/// Who is signed in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Account {
    /// Stable identifier: `{objectId}.{homeTenantId}` for people, `sp:{clientId}:{tenantId}` for service principals.
    pub id: String,
    pub kind: AccountKind,
    /// Display name ("Alex Wilber"), or the application ID for a service principal.
    pub name: String,
    /// User principal name, or the application (client) ID for a service principal.
    pub username: String,
    /// The directory the account belongs to.
    pub home_tenant_id: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum AccountKind {
    User,
    ServicePrincipal,
    /// A person signed in to the Azure CLI on this computer, whose tokens the app asks `az` for.
    AzureCli,
}

/// A directory an account reaches.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Directory {
    pub tenant_id: String,
    pub name: String,
    pub default_domain: Option<String>,
    /// The account's own directory (as opposed to one where it is a guest).
    pub is_home: bool,
    /// Whether a token for it is in memory now, so switching to it asks nothing.
    pub signed_in: bool,
}

/// What the person sees for a device-code sign-in: Entra's own message (it contains the code and the page).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct DeviceCodePrompt {
    pub user_code: String,
    pub verification_uri: String,
    pub message: String,
    pub expires_in_secs: u32,
}

/// A started device-code sign-in, to be completed with [`AuthClient::complete_device_code`].
pub struct PendingDeviceCode {
    prompt: DeviceCodePrompt,
    tenant: String,
    details: oauth2::DeviceAuthorizationResponse<EntraDeviceFields>,
}

impl PendingDeviceCode {
    pub fn prompt(&self) -> &DeviceCodePrompt {
        &self.prompt
    }
}

/// Options of a browser sign-in.
#[derive(Clone, Debug)]
pub struct BrowserSignIn {
    /// The authority's directory: `None` for `organizations` (any work account), or a tenant ID.
    pub tenant: Option<String>,
    pub login_hint: Option<String>,
    /// A claims challenge from Entra (MFA, Conditional Access, continuous access evaluation).
    pub claims: Option<String>,
    pub timeout: Duration,
}

impl Default for BrowserSignIn {
    fn default() -> Self {
        BrowserSignIn {
            tenant: None,
            login_hint: None,
            claims: None,
            timeout: DEFAULT_BROWSER_TIMEOUT,
        }
    }
}

/// Cancels a sign-in in progress (the person pressed "Cancel"). Cloning shares the same signal.
#[derive(Clone, Default)]
pub struct Cancel {
    inner: Arc<(AtomicBool, tokio::sync::Notify)>,
}

impl Cancel {
    pub fn new() -> Cancel {
        Cancel::default()
    }

    pub fn cancel(&self) {
        self.inner.0.store(true, Ordering::SeqCst);
        self.inner.1.notify_waiters();
    }

    pub fn is_cancelled(&self) -> bool {
        self.inner.0.load(Ordering::SeqCst)
    }

    /// Completes once [`Cancel::cancel`] has been called.
    pub async fn cancelled(&self) {
        loop {
            let notified = self.inner.1.notified();
            tokio::pin!(notified);
            // Registering before checking the flag means a cancel between the two is not missed.
            notified.as_mut().enable();
            if self.is_cancelled() {
                return;
            }
            notified.await;
        }
    }
}

/// Where the app keeps what outlives an access token.
pub enum Persistence {
    /// The OS keychain (the cache key, service principals' secrets) and the sealed cache file.
    Keychain {
        store: Arc<dyn SecretStore>,
        cache_file: PathBuf,
    },
    /// Memory only: everything is gone when the app closes. Offered when the keychain is missing or locked.
    SessionOnly,
}

struct UserState {
    account: Account,
    /// The newest refresh token from the home sign-in; redeemable in every directory the account reaches.
    home_rt: Option<Sensitive<String>>,
    /// Refresh tokens from interactive sign-ins to one directory (which carry that directory's MFA).
    tenant_rts: HashMap<String, Sensitive<String>>,
    access: HashMap<String, AccessToken>,
    /// The last claims challenge a directory answered, for its interactive sign-in.
    claims: HashMap<String, String>,
    /// A service principal's credential, when it is held in memory (a certificate, or any credential in
    /// session-only mode).
    credential: Option<ClientCredential>,
}

impl UserState {
    /// An account with no tokens yet, or none of its own (the Azure CLI's are asked for when needed).
    fn new(account: Account) -> UserState {
        UserState {
            account,
            home_rt: None,
            tenant_rts: HashMap::new(),
            access: HashMap::new(),
            claims: HashMap::new(),
            credential: None,
        }
    }
}

struct Inner {
    endpoints: Endpoints,
    /// The organization's sign-in app; absent until IT has registered one, when only service principals and the
    /// Azure CLI can sign in.
    client_id: Option<String>,
    /// Where `az` is, for Azure CLI accounts.
    azure_cli: std::sync::RwLock<Option<PathBuf>>,
    http: reqwest::Client,
    store: Arc<dyn SecretStore>,
    cache: Option<TokenCache>,
    accounts: Mutex<BTreeMap<String, UserState>>,
    /// Accounts this process signed in, refreshed or changed since it opened the cache: its version of them
    /// wins when the cache is saved. Other accounts on disk (another process's) are kept as they are there.
    touched: std::sync::Mutex<std::collections::HashSet<String>>,
    /// Accounts this process signed out: they leave the file even if another process wrote them.
    removed: std::sync::Mutex<std::collections::HashSet<String>>,
}

/// Every signed-in account and its tokens. Cheap to clone (shared state).
#[derive(Clone)]
pub struct AuthClient {
    inner: Arc<Inner>,
}

impl AuthClient {
    /// Opens the sign-in state: reads the sealed cache (when persistent) so that accounts signed in before are
    /// signed in again without asking. A cache that was tampered with, or sealed on another computer, is refused
    /// with [`ErrorCode::TokenCacheInvalid`]; [`AuthClient::forget_everything_at`] clears it.
    pub fn new(
        endpoints: Endpoints,
        client_id: &str,
        persistence: Persistence,
    ) -> Result<AuthClient, Error> {
        validate_client_id(client_id)?;
        AuthClient::open(endpoints, Some(client_id.to_ascii_lowercase()), persistence)
    }

    /// Opens sign-in before the organization has a sign-in app: service principals and the Azure CLI's sign-in
    /// work, and every sign-in of a person through the app answers [`ErrorCode::SignInAppNotConfigured`].
    pub fn without_sign_in_app(
        endpoints: Endpoints,
        persistence: Persistence,
    ) -> Result<AuthClient, Error> {
        AuthClient::open(endpoints, None, persistence)
    }

    /// Uses this `az` program for Azure CLI sign-ins instead of the one found on `PATH`.
    pub fn with_azure_cli(self, program: PathBuf) -> AuthClient {
        *self
            .inner
            .azure_cli
            .write()
            .unwrap_or_else(|e| e.into_inner()) = Some(program);
        self
    }

    fn azure_cli_program(&self) -> Result<PathBuf, Error> {
        self.inner
            .azure_cli
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
            .ok_or_else(|| {
                Error::new(
                    ErrorCode::AzureCliUnavailable,
                    format!(
                        "the Azure CLI (az) is not installed here, or not on PATH ({})",
                        azure_cli::AZ_ENV
                    ),
                )
            })
    }

    /// Whether the organization's sign-in app is set up, so that people can sign in through it.
    pub fn has_sign_in_app(&self) -> bool {
        self.inner.client_id.is_some()
    }

    /// Whether sign-ins outlive the app (false in session-only mode).
    pub fn is_persistent(&self) -> bool {
        self.inner.cache.is_some()
    }

    /// The page where a directory's administrator approves the sign-in app for everyone in that directory; none
    /// before the organization has a sign-in app.
    pub fn admin_consent_url(&self, tenant: &str) -> Option<String> {
        let client_id = self.inner.client_id.as_deref()?;
        consent::admin_consent_url(&self.inner.endpoints, tenant, client_id, None, None).ok()
    }

    /// Every signed-in account, people and service principals.
    pub async fn accounts(&self) -> Vec<Account> {
        self.inner
            .accounts
            .lock()
            .await
            .values()
            .map(|s| s.account.clone())
            .collect()
    }

    fn oauth_client(&self, tenant: &str) -> Result<EntraClient, Error> {
        let base = format!("{}/{}", self.inner.endpoints.login, tenant);
        let bad = |e: oauth2::url::ParseError| {
            Error::new(
                ErrorCode::InvalidInput,
                format!("sign-in URL for {tenant:?}: {e}"),
            )
        };
        Ok(
            oauth2::Client::new(ClientId::new(self.inner.client_id.clone().ok_or_else(|| {
                Error::new(
                    ErrorCode::SignInAppNotConfigured,
                    "no sign-in app is set up, so people can sign in only through the Azure CLI; a service principal needs none",
                )
            })?))
                .set_auth_type(AuthType::RequestBody)
                .set_auth_uri(AuthUrl::new(format!("{base}/oauth2/v2.0/authorize")).map_err(bad)?)
                .set_token_uri(TokenUrl::new(format!("{base}/oauth2/v2.0/token")).map_err(bad)?)
                .set_device_authorization_url(
                    DeviceAuthorizationUrl::new(format!("{base}/oauth2/v2.0/devicecode"))
                        .map_err(bad)?,
                ),
        )
    }

    fn oauth_http(&self) -> impl Fn(oauth2::HttpRequest) -> HttpFuture {
        oauth_http(self.inner.http.clone())
    }

    fn arm_scope(&self) -> String {
        arm_scope(&self.inner.endpoints)
    }

    fn scope_string(&self) -> String {
        format!("{} offline_access openid profile", self.arm_scope())
    }

    fn user_scopes(&self) -> Vec<Scope> {
        [
            self.arm_scope().as_str(),
            "offline_access",
            "openid",
            "profile",
        ]
        .into_iter()
        .map(|s| Scope::new(s.to_owned()))
        .collect()
    }

    /// The one scope a service principal or the Azure CLI asks for, per resource (`.default`).
    fn resource_scope(&self, resource: Resource) -> String {
        match resource {
            Resource::ResourceManager => self.arm_scope(),
            Resource::Graph => crate::graph::graph_scope(&self.inner.endpoints),
        }
    }

    /// What a person's refresh token is redeemed for, per resource.
    fn resource_user_scopes(&self, resource: Resource) -> Vec<Scope> {
        match resource {
            Resource::ResourceManager => self.user_scopes(),
            Resource::Graph => graph_admin_scopes(&self.inner.endpoints)
                .into_iter()
                .chain(["offline_access".to_owned()])
                .map(Scope::new)
                .collect(),
        }
    }

    /// Signs one account out: its tokens leave memory, the cache and (for a service principal) the keychain. When
    /// it was the last account, the cache file and its key go too.
    pub async fn sign_out(&self, account_id: &str) -> Result<(), Error> {
        let mut accounts = self.inner.accounts.lock().await;
        let removed = accounts.remove(account_id);
        if removed
            .as_ref()
            .is_some_and(|s| s.account.kind == AccountKind::ServicePrincipal)
        {
            self.inner.store.delete(&sp_secret_entry(account_id))?;
        }
        lock_set(&self.inner.removed).insert(account_id.to_owned());
        lock_set(&self.inner.touched).remove(account_id);
        self.persist(&accounts, None)
    }
}

fn sp_secret_entry(account_id: &str) -> String {
    format!("sp-secret:{account_id}")
}

fn unknown_account(account_id: &str) -> Error {
    Error::new(
        ErrorCode::SignInExpired,
        format!("{account_id} is not signed in"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn cancel_wakes_a_waiter() {
        let cancel = Cancel::new();
        let c2 = cancel.clone();
        let waiter = tokio::spawn(async move { c2.cancelled().await });
        tokio::task::yield_now().await;
        cancel.cancel();
        waiter.await.unwrap();
        cancel.cancelled().await;
    }
}
