//! Signing in: a work account in the system browser (authorization code + PKCE on a loopback redirect), a device
//! code where no browser redirect can work, or a service principal (client ID + secret). After one sign-in the
//! account's refresh token is redeemed at each directory's authority for that directory's token (reference §4), so
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
mod browser;
pub mod consent;
pub mod service_principal;

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

/// The environment variable that names the sign-in app's client ID.
pub const CLIENT_ID_ENV: &str = "PARTNER_LINK_CLIENT_ID";

/// Microsoft's first-party client IDs (Azure CLI, Azure PowerShell). Microsoft states they are for those tools
/// only; reusing them raises security alerts in customer directories (reference §4), so the app refuses them.
pub const FIRST_PARTY_CLIENT_IDS: [&str; 2] = [
    "04b07795-8ddb-461a-bbee-02f9e1bf7b46",
    "1950a258-227b-4e31-a9cf-717495945fc2",
];

/// How long the browser sign-in waits for the person before giving up.
pub const DEFAULT_BROWSER_TIMEOUT: Duration = Duration::from_secs(300);

/// Tokens this close to expiry are renewed before use, so a call does not carry a token that expires on the way.
pub(crate) const FRESHNESS_MARGIN: Duration = Duration::from_secs(120);

/// The sign-in app's client ID: from the settings first, then `PARTNER_LINK_CLIENT_ID` (`from_env`, read by the
/// caller), then the file IT deploys (JSON with a `clientId` field). It must be a GUID and must not be one of
/// Microsoft's first-party apps. A deployed file that cannot be used is an error that names the file and what is
/// wrong with it, never a silent "no sign-in app".
pub fn resolve_client_id(
    settings: Option<&str>,
    from_env: Option<&str>,
    deployed_file: Option<&Path>,
) -> Result<String, Error> {
    let given = |v: Option<&str>| {
        v.map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    };
    if let Some(id) = given(settings).or_else(|| given(from_env)) {
        validate_client_id(&id)?;
        return Ok(id.to_ascii_lowercase());
    }
    if let Some(path) = deployed_file {
        if let Some(id) = client_id_from_file(path)? {
            return Ok(id);
        }
    }
    Err(Error::new(
        ErrorCode::SignInAppNotConfigured,
        format!("no sign-in app client ID in the settings, {CLIENT_ID_ENV} or the config file"),
    ))
}

/// The client ID in the sign-in app file IT deploys, when the file is there.
fn client_id_from_file(path: &Path) -> Result<Option<String>, Error> {
    let damaged = |why: String| {
        Error::new(
            ErrorCode::SettingsFileDamaged,
            format!("the sign-in app file {} {why}", path.display()),
        )
    };
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(damaged(format!("cannot be read: {e}"))),
    };
    let text = String::from_utf8(bytes).map_err(|e| {
        damaged(format!(
            "is not UTF-8 text (byte {} is not)",
            e.utf8_error().valid_up_to()
        ))
    })?;
    let value: Value = serde_json::from_str(&text).map_err(|e| {
        damaged(format!(
            "is not valid JSON (line {}, column {}): {e}",
            e.line(),
            e.column()
        ))
    })?;
    let id = match value.get("clientId") {
        Some(Value::String(id)) => id.trim().to_owned(),
        Some(other) => {
            return Err(damaged(format!(
                "has a \"clientId\" that is not text (it is {other}); write it in quotes"
            )))
        }
        None => return Err(damaged("has no \"clientId\" field".to_owned())),
    };
    validate_client_id(&id).map_err(|e| {
        damaged(format!(
            "names a client ID that cannot be used: {}",
            e.message
        ))
    })?;
    Ok(Some(id.to_ascii_lowercase()))
}

fn validate_client_id(id: &str) -> Result<(), Error> {
    if !crate::endpoints::is_guid(id) {
        return Err(Error::new(
            ErrorCode::InvalidInput,
            format!("the sign-in app client ID {id:?} is not a GUID"),
        ));
    }
    if FIRST_PARTY_CLIENT_IDS.contains(&id.to_ascii_lowercase().as_str()) {
        return Err(Error::new(
            ErrorCode::InvalidInput,
            format!("{id} is a Microsoft first-party app (Azure CLI or Azure PowerShell); register your organization's own sign-in app"),
        ));
    }
    Ok(())
}

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

/// Entra's fields beyond RFC 6749's in a token answer.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct EntraTokenFields {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_info: Option<String>,
}
impl oauth2::ExtraTokenFields for EntraTokenFields {}

/// Entra's fields beyond RFC 8628's in a device-code answer: the sentence to show.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct EntraDeviceFields {
    #[serde(default)]
    pub message: Option<String>,
}
impl oauth2::ExtraDeviceAuthorizationFields for EntraDeviceFields {}

type EntraTokenResponse = StandardTokenResponse<EntraTokenFields, BasicTokenType>;
type EntraClient = oauth2::Client<
    AadErrorResponse,
    EntraTokenResponse,
    BasicTokenIntrospectionResponse,
    StandardRevocableToken,
    BasicRevocationErrorResponse,
    EndpointSet,
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointSet,
>;

/// A transport failure, already described without URL query strings.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct HttpError(String);

type HttpFuture = Pin<Box<dyn Future<Output = Result<oauth2::HttpResponse, HttpError>> + Send>>;

/// Sends oauth2's requests with the core's reqwest client (its TLS trust, proxy and timeouts), rather than the
/// reqwest 0.12 client oauth2 would bring along.
async fn send(
    client: reqwest::Client,
    request: oauth2::HttpRequest,
) -> Result<oauth2::HttpResponse, HttpError> {
    let (parts, body) = request.into_parts();
    let response = client
        .request(parts.method, parts.uri.to_string())
        .headers(parts.headers)
        .body(body)
        .send()
        .await
        .map_err(|e| HttpError(crate::http::network_error("sign-in request", &e).message))?;
    let status = response.status();
    let headers = response.headers().clone();
    let body = response
        .bytes()
        .await
        .map_err(|e| HttpError(crate::http::network_error("sign-in answer", &e).message))?;
    let mut out = oauth2::http::Response::new(body.to_vec());
    *out.status_mut() = status;
    *out.headers_mut() = headers;
    Ok(out)
}

/// oauth2's HTTP function over the core's client.
pub(crate) fn oauth_http(client: reqwest::Client) -> impl Fn(oauth2::HttpRequest) -> HttpFuture {
    move |request| Box::pin(send(client.clone(), request))
}

/// The Resource Manager scope to ask for. The simulator, like Azure, accepts only Microsoft's audiences, never
/// its own URL, so practice mode asks for the public cloud's.
pub fn arm_scope(endpoints: &Endpoints) -> String {
    match endpoints.cloud {
        crate::Cloud::Practice | crate::Cloud::AzurePublic => {
            "https://management.azure.com/.default".to_owned()
        }
        _ => format!("{}/.default", endpoints.resource_manager),
    }
}

/// Which API a token is for. Resource Manager is the app's own; Graph only serves the customer admin's path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Resource {
    ResourceManager,
    Graph,
}

impl Resource {
    /// Both kinds of token share one in-memory map; a Graph token's key cannot be a directory ID.
    fn cache_key(self, tenant: &str) -> String {
        match self {
            Resource::ResourceManager => tenant.to_owned(),
            Resource::Graph => format!("graph:{tenant}"),
        }
    }
}

/// The Microsoft Graph permissions of the customer admin's path, asked for only there: reading users (to find
/// the partner's user by email or sign-in name, and the admin's own account) and inviting guests.
pub fn graph_admin_scopes(endpoints: &Endpoints) -> Vec<String> {
    let base = crate::graph::graph_scope(endpoints);
    let base = base.trim_end_matches(".default");
    ["User.Read.All", "User.Invite.All"]
        .iter()
        .map(|p| format!("{base}{p}"))
        .collect()
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

#[derive(Serialize, Deserialize, Default)]
struct CacheFile {
    version: u32,
    accounts: Vec<CachedAccount>,
}

#[derive(Serialize, Deserialize)]
struct CachedAccount {
    account: Account,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    home_refresh_token: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    tenant_refresh_tokens: BTreeMap<String, String>,
    /// A service principal's certificate credential (PEM, with its key), sealed like the refresh tokens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    certificate_pem: Option<String>,
}

impl Drop for CachedAccount {
    fn drop(&mut self) {
        self.home_refresh_token.zeroize();
        self.certificate_pem.zeroize();
        for v in self.tenant_refresh_tokens.values_mut() {
            v.zeroize();
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

    /// Signs in through the Azure CLI's own sign-in on this computer (`az login`): the account `az` is signed in
    /// as, whose tokens the app then asks `az` for, directory by directory. Nothing of the CLI's is stored.
    pub async fn sign_in_azure_cli(&self) -> Result<Account, Error> {
        let program = self.azure_cli_program()?;
        let (username, home) = azure_cli::signed_in_user(&program).await?;
        let account = Account {
            id: AccountId::azure_cli(&username).to_string(),
            kind: AccountKind::AzureCli,
            name: username.clone(),
            username,
            home_tenant_id: home,
        };
        let mut accounts = self.inner.accounts.lock().await;
        accounts.insert(account.id.clone(), UserState::new(account.clone()));
        self.persist(&accounts, Some(&account.id))?;
        Ok(account)
    }

    /// Whether the organization's sign-in app is set up, so that people can sign in through it.
    pub fn has_sign_in_app(&self) -> bool {
        self.inner.client_id.is_some()
    }

    fn open(
        endpoints: Endpoints,
        client_id: Option<String>,
        persistence: Persistence,
    ) -> Result<AuthClient, Error> {
        let http = crate::http::client(&endpoints)?;
        let (store, cache): (Arc<dyn SecretStore>, Option<TokenCache>) = match persistence {
            Persistence::Keychain { store, cache_file } => {
                let cache = TokenCache::new(store.clone(), cache_file);
                (store, Some(cache))
            }
            Persistence::SessionOnly => (Arc::new(MemoryStore::new()), None),
        };
        let mut accounts = BTreeMap::new();
        if let Some(cache) = &cache {
            if let Some(text) = cache.load()? {
                let file: CacheFile = serde_json::from_str(text.expose()).map_err(|e| {
                    Error::new(
                        ErrorCode::TokenCacheInvalid,
                        format!(
                            "the sign-in cache opened but its content is not understood (line {}, column {})",
                            e.line(),
                            e.column()
                        ),
                    )
                })?;
                for cached in &file.accounts {
                    accounts.insert(
                        cached.account.id.clone(),
                        UserState {
                            account: cached.account.clone(),
                            home_rt: cached.home_refresh_token.clone().map(Sensitive::new),
                            tenant_rts: cached
                                .tenant_refresh_tokens
                                .iter()
                                .map(|(k, v)| (k.clone(), Sensitive::new(v.clone())))
                                .collect(),
                            access: HashMap::new(),
                            claims: HashMap::new(),
                            credential: cached
                                .certificate_pem
                                .as_deref()
                                .map(ClientCertificate::from_pem)
                                .transpose()?
                                .map(|c| ClientCredential::Certificate(Arc::new(c))),
                        },
                    );
                }
            }
        }
        Ok(AuthClient {
            inner: Arc::new(Inner {
                endpoints,
                client_id,
                azure_cli: std::sync::RwLock::new(azure_cli::find()),
                http,
                store,
                cache,
                accounts: Mutex::new(accounts),
                touched: Default::default(),
                removed: Default::default(),
            }),
        })
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

    /// The customer admin approves `client_id` (the partner's sign-in app) for the whole directory `tenant`:
    /// `open_url` opens Entra's admin-consent page, which signs the admin in, asks, and sends the browser back to
    /// a one-shot listener on 127.0.0.1 with the outcome. Returns the ID of the directory the app was approved
    /// for. Entra's refusal (not an administrator, declined) comes back as the explained error.
    pub async fn approve_app_for_directory<F>(
        &self,
        tenant: &str,
        client_id: &str,
        open_url: F,
        timeout: Duration,
        cancel: &Cancel,
    ) -> Result<String, Error>
    where
        F: FnOnce(&str) -> Result<(), Error>,
    {
        let loopback = browser::Loopback::bind().await?;
        let state = CsrfToken::new_random();
        let url = consent::admin_consent_url(
            &self.inner.endpoints,
            tenant,
            client_id,
            Some(&loopback.redirect_uri()),
            Some(state.secret()),
        )?;
        open_url(&url)?;
        match loopback.wait(state.secret(), timeout, cancel).await? {
            browser::Redirect::AdminConsented { tenant } => Ok(tenant.to_ascii_lowercase()),
            browser::Redirect::Error(e) => Err(e.to_error(None)),
            browser::Redirect::Code(_) => Err(Error::new(
                ErrorCode::ConsentRequired,
                "the approval page answered without saying the app was approved",
            )),
        }
    }

    /// Signs a person in with the system browser. `open_url` opens the sign-in page (the desktop shell passes the
    /// opener plugin; tests complete the sign-in on the simulator). The redirect comes back to a one-shot
    /// listener on 127.0.0.1; `cancel` or `request.timeout` end the wait.
    pub async fn sign_in_browser<F>(
        &self,
        request: BrowserSignIn,
        open_url: F,
        cancel: &Cancel,
    ) -> Result<Account, Error>
    where
        F: FnOnce(&str) -> Result<(), Error>,
    {
        let tenant = request
            .tenant
            .clone()
            .unwrap_or_else(|| "organizations".to_owned());
        let loopback = browser::Loopback::bind().await?;
        let redirect_uri = loopback.redirect_uri();
        let client = self.oauth_client(&tenant)?.set_redirect_uri(
            oauth2::RedirectUrl::new(redirect_uri)
                .map_err(|e| Error::new(ErrorCode::Internal, format!("redirect URI: {e}")))?,
        );
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let mut auth = client
            .authorize_url(CsrfToken::new_random)
            .add_scopes(self.user_scopes())
            .set_pkce_challenge(challenge);
        match &request.login_hint {
            Some(hint) => auth = auth.add_extra_param("login_hint", hint.clone()),
            // Several accounts side by side: without a hint, let the person pick which one.
            None => auth = auth.add_extra_param("prompt", "select_account"),
        }
        if let Some(claims) = &request.claims {
            auth = auth.add_extra_param("claims", claims.clone());
        }
        let (url, state) = auth.url();
        open_url(url.as_str())?;
        let outcome = loopback
            .wait(state.secret(), request.timeout, cancel)
            .await?;
        let code = match outcome {
            browser::Redirect::Code(code) => code,
            browser::Redirect::Error(e) => {
                return Err(e.to_error(self.admin_consent_url(&tenant).as_deref()))
            }
            browser::Redirect::AdminConsented { .. } => {
                return Err(Error::new(
                    ErrorCode::SignInFailed,
                    "the browser came back from an approval page, not from the sign-in",
                ))
            }
        };
        let http = self.oauth_http();
        let exchange = client
            .exchange_code(AuthorizationCode::new(code))
            .set_pkce_verifier(verifier)
            .add_extra_param("scope", self.scope_string())
            .add_extra_param("client_info", "1")
            .request_async(&http);
        let response = tokio::select! {
            r = exchange => r.map_err(|e| request_error(e, self.admin_consent_url(&tenant).as_deref()))?,
            _ = cancel.cancelled() => return Err(Error::new(ErrorCode::SignInCancelled, "the sign-in was cancelled in the app")),
        };
        let interactive_tenant = request.tenant.clone();
        self.accept_user_tokens(response, interactive_tenant.as_deref())
            .await
    }

    /// Signs in to one directory interactively, for an account already signed in: used when that directory
    /// demands MFA or Conditional Access the home sign-in did not satisfy. Passes the account as `login_hint` and
    /// the directory's last claims challenge.
    pub async fn sign_in_to_directory<F>(
        &self,
        account_id: &str,
        tenant_id: &str,
        open_url: F,
        cancel: &Cancel,
        timeout: Duration,
    ) -> Result<Account, Error>
    where
        F: FnOnce(&str) -> Result<(), Error>,
    {
        let (hint, claims) = {
            let accounts = self.inner.accounts.lock().await;
            let state = accounts
                .get(account_id)
                .ok_or_else(|| unknown_account(account_id))?;
            // The Azure CLI's extra sign-in for a directory is its own, made in a terminal.
            if state.account.kind == AccountKind::AzureCli {
                return Err(Error::new(
                    ErrorCode::AzureCliSignInNeeded,
                    format!("run `az login --tenant {tenant_id}` in a terminal, then open this directory again"),
                ));
            }
            (
                state.account.username.clone(),
                state.claims.get(tenant_id).cloned(),
            )
        };
        let request = BrowserSignIn {
            tenant: Some(tenant_id.to_owned()),
            login_hint: Some(hint),
            claims,
            timeout,
        };
        self.sign_in_browser(request, open_url, cancel).await
    }

    /// Starts a device-code sign-in: show [`PendingDeviceCode::prompt`], then call
    /// [`AuthClient::complete_device_code`].
    pub async fn start_device_code(
        &self,
        tenant: Option<&str>,
    ) -> Result<PendingDeviceCode, Error> {
        let tenant = tenant.unwrap_or("organizations").to_owned();
        let client = self.oauth_client(&tenant)?;
        let http = self.oauth_http();
        let details: oauth2::DeviceAuthorizationResponse<EntraDeviceFields> = client
            .exchange_device_code()
            .add_scopes(self.user_scopes())
            .request_async(&http)
            .await
            .map_err(|e| request_error(e, self.admin_consent_url(&tenant).as_deref()))?;
        let prompt = DeviceCodePrompt {
            user_code: details.user_code().secret().clone(),
            verification_uri: details.verification_uri().to_string(),
            message: details.extra_fields().message.clone().unwrap_or_else(|| {
                format!(
                    "To sign in, open {} and enter the code {}.",
                    details.verification_uri().as_str(),
                    details.user_code().secret()
                )
            }),
            expires_in_secs: u32::try_from(details.expires_in().as_secs()).unwrap_or(u32::MAX),
        };
        Ok(PendingDeviceCode {
            prompt,
            tenant,
            details,
        })
    }

    /// Polls until the person has approved (or declined) the device code, as Entra asks: every `interval`
    /// seconds, five more after `slow_down`, until the code expires.
    pub async fn complete_device_code(
        &self,
        pending: PendingDeviceCode,
        cancel: &Cancel,
    ) -> Result<Account, Error> {
        let client = self.oauth_client(&pending.tenant)?;
        let http = self.oauth_http();
        let poll = client
            .exchange_device_access_token(&pending.details)
            .add_extra_param("client_info", "1")
            .request_async(&http, tokio::time::sleep, None);
        let result = tokio::select! {
            r = poll => r,
            _ = cancel.cancelled() => return Err(Error::new(ErrorCode::SignInCancelled, "the sign-in was cancelled in the app")),
        };
        let response = result
            .map_err(|e| device_error(e, self.admin_consent_url(&pending.tenant).as_deref()))?;
        let tenant = (pending.tenant != "organizations" && pending.tenant != "common")
            .then_some(pending.tenant.clone());
        self.accept_user_tokens(response, tenant.as_deref()).await
    }

    /// Signs a service principal in with its client secret or certificate (client-credentials grant), in one
    /// directory. A secret is kept in the keychain; a certificate, too large for some keychains (Windows keeps at
    /// most 2,560 bytes per secret), in the sealed cache whose key is in the keychain; in session-only mode both
    /// stay in memory.
    pub async fn sign_in_service_principal(
        &self,
        tenant: &TenantId,
        client_id: &str,
        credential: ClientCredential,
    ) -> Result<Account, Error> {
        let client_id = crate::ids::application_id(client_id)?;
        let token = self
            .client_credentials(tenant, &client_id, &credential, &self.arm_scope())
            .await?;
        let id = AccountId::service_principal(&client_id, tenant);
        let account = Account {
            id: id.to_string(),
            kind: AccountKind::ServicePrincipal,
            name: client_id.clone(),
            username: client_id.clone(),
            home_tenant_id: token.tenant_id.clone(),
        };
        if let ClientCredential::Secret(secret) = &credential {
            self.inner
                .store
                .set(&sp_secret_entry(&account.id), secret)?;
        }
        let mut accounts = self.inner.accounts.lock().await;
        let mut state = UserState::new(account.clone());
        state.access.insert(tenant.to_string(), token);
        state.credential = Some(credential);
        accounts.insert(account.id.clone(), state);
        self.persist(&accounts, Some(&account.id))?;
        Ok(account)
    }

    async fn client_credentials(
        &self,
        tenant_id: &str,
        client_id: &str,
        credential: &ClientCredential,
        scope: &str,
    ) -> Result<AccessToken, Error> {
        service_principal::request_token(
            &self.inner.http,
            &self.inner.endpoints,
            tenant_id,
            client_id,
            credential,
            scope,
            consent::admin_consent_url(&self.inner.endpoints, tenant_id, client_id, None, None)
                .ok()
                .as_deref(),
        )
        .await
    }

    /// Records a person's token answer: the account it speaks for (from `client_info`, else the ID token), its
    /// refresh token (for the directory signed in to interactively, or as the home token) and the access token.
    async fn accept_user_tokens(
        &self,
        response: EntraTokenResponse,
        interactive_tenant: Option<&str>,
    ) -> Result<Account, Error> {
        let access = access_token_from(&response, interactive_tenant.unwrap_or(""))?;
        let id_claims = response
            .extra_fields()
            .id_token
            .as_deref()
            .and_then(crate::arm::jwt_claims)
            .unwrap_or(Value::Null);
        let access_claims = crate::arm::jwt_claims(access.secret.expose()).unwrap_or(Value::Null);
        let client_info = response
            .extra_fields()
            .client_info
            .as_deref()
            .and_then(|ci| {
                base64::engine::general_purpose::URL_SAFE_NO_PAD
                    .decode(ci.trim_end_matches('='))
                    .ok()
            })
            .and_then(|bytes| serde_json::from_slice::<Value>(&bytes).ok())
            .unwrap_or(Value::Null);
        let (uid, utid) = match (client_info["uid"].as_str(), client_info["utid"].as_str()) {
            (Some(uid), Some(utid)) => (uid.to_owned(), utid.to_owned()),
            _ => (access.object_id.clone(), access.tenant_id.clone()),
        };
        let username = [
            &id_claims["preferred_username"],
            &access_claims["upn"],
            &access_claims["unique_name"],
        ]
        .into_iter()
        .find_map(|v| v.as_str())
        .unwrap_or("")
        .to_owned();
        let name = [&id_claims["name"], &access_claims["name"]]
            .into_iter()
            .find_map(|v| v.as_str())
            .unwrap_or(&username)
            .to_owned();
        let id = AccountId::user(&uid, &utid).to_string();
        let refresh = response
            .refresh_token()
            .map(|rt| Sensitive::new(rt.secret().clone()));

        let mut accounts = self.inner.accounts.lock().await;
        let state = accounts.entry(id.clone()).or_insert_with(|| UserState {
            account: Account {
                id: id.clone(),
                kind: AccountKind::User,
                name: name.clone(),
                username: username.clone(),
                home_tenant_id: utid.clone(),
            },
            home_rt: None,
            tenant_rts: HashMap::new(),
            access: HashMap::new(),
            claims: HashMap::new(),
            credential: None,
        });
        if !name.is_empty() {
            state.account.name = name;
        }
        if !username.is_empty() {
            state.account.username = username;
        }
        match (interactive_tenant, refresh) {
            (Some(t), Some(rt)) if !t.eq_ignore_ascii_case(&utid) => {
                state.tenant_rts.insert(t.to_ascii_lowercase(), rt);
            }
            (_, Some(rt)) => state.home_rt = Some(rt),
            (_, None) => {}
        }
        state.claims.remove(&access.tenant_id);
        state
            .access
            .insert(access.tenant_id.to_ascii_lowercase(), access);
        let account = state.account.clone();
        self.persist(&accounts, Some(&account.id))?;
        tracing::info!(account = %account.username, "signed in");
        Ok(account)
    }

    /// An access token for `tenant_id`, from memory when fresh, else silently with a refresh token (the
    /// directory's own when it has one, else the home one). Entra's refusals become errors the UI explains; an
    /// MFA or Conditional Access challenge is kept for [`AuthClient::sign_in_to_directory`].
    pub async fn access_token(
        &self,
        account_id: &str,
        tenant_id: &str,
    ) -> Result<AccessToken, Error> {
        self.token_for(account_id, tenant_id, Resource::ResourceManager)
            .await
    }

    /// A Microsoft Graph token for `tenant_id`, for the customer admin's path only (finding and inviting the
    /// partner's user). This is incremental consent: the Graph permissions ([`graph_admin_scopes`]) are asked
    /// for here, with the refresh token of the Resource Manager sign-in, and never at a partner's sign-in.
    pub async fn graph_token(
        &self,
        account_id: &str,
        tenant_id: &str,
    ) -> Result<AccessToken, Error> {
        self.token_for(account_id, tenant_id, Resource::Graph).await
    }

    /// Forgets the in-memory Graph token for `tenant_id` (Graph refused it).
    pub async fn invalidate_graph(&self, account_id: &str, tenant_id: &str) {
        let mut accounts = self.inner.accounts.lock().await;
        if let Some(state) = accounts.get_mut(account_id) {
            state
                .access
                .remove(&Resource::Graph.cache_key(&tenant_id.to_ascii_lowercase()));
        }
    }

    async fn token_for(
        &self,
        account_id: &str,
        tenant_id: &str,
        resource: Resource,
    ) -> Result<AccessToken, Error> {
        let tenant = tenant_id.to_ascii_lowercase();
        let key = resource.cache_key(&tenant);
        let (kind, rt, used_tenant_rt, credential) = {
            let accounts = self.inner.accounts.lock().await;
            let state = accounts
                .get(account_id)
                .ok_or_else(|| unknown_account(account_id))?;
            if let Some(token) = state.access.get(&key) {
                if token.is_fresh(FRESHNESS_MARGIN) {
                    return Ok(token.clone());
                }
            }
            // A certificate is held here; a secret is read from the keychain when it is needed.
            let credential = state
                .credential
                .clone()
                .filter(|c| matches!(c, ClientCredential::Certificate(_)));
            match state.tenant_rts.get(&tenant) {
                Some(rt) => (state.account.kind, Some(rt.clone()), true, credential),
                None => (state.account.kind, state.home_rt.clone(), false, credential),
            }
        };
        if kind == AccountKind::AzureCli {
            let program = self.azure_cli_program()?;
            let token =
                azure_cli::access_token(&program, &tenant, &self.resource_scope(resource)).await?;
            let mut accounts = self.inner.accounts.lock().await;
            if let Some(state) = accounts.get_mut(account_id) {
                state.access.insert(key, token.clone());
            }
            return Ok(token);
        }
        if kind == AccountKind::ServicePrincipal {
            let id = AccountId::parse(account_id)?;
            let client_id = id.client_id().unwrap_or_default().to_owned();
            let credential = match credential {
                Some(c) => c,
                None => ClientCredential::Secret(
                    self.inner
                        .store
                        .get(&sp_secret_entry(account_id))?
                        .ok_or_else(|| {
                            Error::new(
                                ErrorCode::SignInExpired,
                                format!("the secret of {account_id} is no longer in the keychain"),
                            )
                        })?,
                ),
            };
            let token = self
                .client_credentials(
                    &tenant,
                    &client_id,
                    &credential,
                    &self.resource_scope(resource),
                )
                .await?;
            let mut accounts = self.inner.accounts.lock().await;
            if let Some(state) = accounts.get_mut(account_id) {
                state.access.insert(key, token.clone());
            }
            return Ok(token);
        }
        let rt = rt.ok_or_else(|| {
            Error::new(
                ErrorCode::SignInExpired,
                format!("no saved sign-in for {account_id}; sign in again"),
            )
        })?;
        let client = self.oauth_client(&tenant)?;
        let http = self.oauth_http();
        let result = client
            .exchange_refresh_token(&RefreshToken::new(rt.expose().clone()))
            .add_scopes(self.resource_user_scopes(resource))
            .add_extra_param("client_info", "1")
            .request_async(&http)
            .await;
        let mut accounts = self.inner.accounts.lock().await;
        let state = accounts
            .get_mut(account_id)
            .ok_or_else(|| unknown_account(account_id))?;
        match result {
            Ok(response) => {
                let token = access_token_from(&response, &tenant)?;
                if let Some(new_rt) = response.refresh_token() {
                    // Refresh tokens rotate: keep the newest, in the slot the old one came from.
                    let new_rt = Sensitive::new(new_rt.secret().clone());
                    if used_tenant_rt {
                        state.tenant_rts.insert(tenant.clone(), new_rt);
                    } else {
                        state.home_rt = Some(new_rt);
                    }
                }
                state.claims.remove(&tenant);
                state.access.insert(key, token.clone());
                self.persist(&accounts, Some(account_id))?;
                Ok(token)
            }
            Err(oauth2::RequestTokenError::ServerResponse(e)) => {
                if e.needs_interactive_sign_in()
                    || e.code() == ErrorCode::BlockedByConditionalAccess
                {
                    // An empty challenge still means "sign in interactively there"; the flag is the entry.
                    state
                        .claims
                        .insert(tenant.clone(), e.claims.clone().unwrap_or_default());
                }
                if e.code() == ErrorCode::SignInExpired && used_tenant_rt {
                    state.tenant_rts.remove(&tenant);
                }
                Err(e.to_error(self.admin_consent_url(&tenant).as_deref()))
            }
            Err(other) => Err(request_error(other, None)),
        }
    }

    /// Whether `tenant_id` answered a challenge that only an interactive sign-in there can meet.
    pub async fn needs_directory_sign_in(&self, account_id: &str, tenant_id: &str) -> bool {
        let accounts = self.inner.accounts.lock().await;
        accounts
            .get(account_id)
            .is_some_and(|s| s.claims.contains_key(&tenant_id.to_ascii_lowercase()))
    }

    /// Forgets the in-memory access token for `tenant_id` (Azure refused it: revoked, or a claims challenge).
    pub async fn invalidate(&self, account_id: &str, tenant_id: &str) {
        let mut accounts = self.inner.accounts.lock().await;
        if let Some(state) = accounts.get_mut(account_id) {
            state.access.remove(&tenant_id.to_ascii_lowercase());
        }
    }

    /// Every directory the account reaches (Resource Manager `GET /tenants`), home first. A service principal
    /// reaches the one directory it signed in to.
    pub async fn list_directories(&self, account_id: &str) -> Result<Vec<Directory>, Error> {
        let home = {
            let accounts = self.inner.accounts.lock().await;
            let state = accounts
                .get(account_id)
                .ok_or_else(|| unknown_account(account_id))?;
            state.account.home_tenant_id.clone()
        };
        let arm = crate::arm::ArmClient::with_http(
            self.inner.http.clone(),
            &self.inner.endpoints,
            self.token_source(account_id),
        );
        let found = crate::tenants::reachable(&arm, &home).await?;
        let accounts = self.inner.accounts.lock().await;
        let state = accounts.get(account_id);
        let mut dirs: Vec<Directory> = found
            .into_iter()
            .map(|d| Directory {
                is_home: d.tenant_id.eq_ignore_ascii_case(&home),
                signed_in: state
                    .and_then(|s| s.access.get(&d.tenant_id))
                    .is_some_and(|t| t.is_fresh(FRESHNESS_MARGIN)),
                tenant_id: d.tenant_id,
                name: d.name,
                default_domain: d.default_domain,
            })
            .collect();
        dirs.sort_by(|a, b| b.is_home.cmp(&a.is_home).then(a.name.cmp(&b.name)));
        Ok(dirs)
    }

    /// The token source the Resource Manager client uses for this account.
    pub fn token_source(&self, account_id: &str) -> Arc<dyn TokenSource> {
        Arc::new(AccountTokenSource {
            auth: self.clone(),
            account_id: account_id.to_owned(),
        })
    }

    /// Gives Microsoft Graph tokens for one signed-in account: the customer admin's path only.
    pub fn graph_token_source(&self, account_id: &str) -> Arc<dyn crate::graph::GraphTokenSource> {
        Arc::new(AccountTokenSource {
            auth: self.clone(),
            account_id: account_id.to_owned(),
        })
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

    /// Removes every account, every keychain entry the app wrote and the cache file.
    pub async fn forget_everything(&self) -> Result<(), Error> {
        let mut accounts = self.inner.accounts.lock().await;
        for id in accounts.keys() {
            if AccountId::parse(id).is_ok_and(|a| a.is_service_principal()) {
                self.inner.store.delete(&sp_secret_entry(id))?;
            }
        }
        accounts.clear();
        if let Some(cache) = &self.inner.cache {
            cache.remove()?;
        }
        Ok(())
    }

    /// Clears a cache that [`AuthClient::new`] refused (tampered with, or from another computer), without opening it.
    pub fn forget_everything_at(
        store: Arc<dyn SecretStore>,
        cache_file: PathBuf,
    ) -> Result<(), Error> {
        TokenCache::new(store, cache_file).remove()
    }

    /// Saves the sign-ins, merged with what another process (the command line beside the app) saved since:
    /// under the cache's lock the file is read again, the accounts this process touched replace theirs, the ones
    /// it signed out leave, and everyone else's stay. When nothing is left, the file and its key go.
    fn persist(
        &self,
        accounts: &BTreeMap<String, UserState>,
        touched: Option<&str>,
    ) -> Result<(), Error> {
        let Some(cache) = &self.inner.cache else {
            return Ok(());
        };
        if let Some(id) = touched {
            lock_set(&self.inner.touched).insert(id.to_owned());
        }
        let _lock = cache.lock()?;
        let on_disk: Vec<CachedAccount> = match cache.load() {
            Ok(Some(text)) => serde_json::from_str::<CacheFile>(text.expose())
                .map(|f| f.accounts)
                .unwrap_or_default(),
            Ok(None) => Vec::new(),
            // A file this process cannot open (another computer's) is replaced, as it always was.
            Err(e) if e.code == ErrorCode::TokenCacheInvalid => Vec::new(),
            Err(e) => return Err(e),
        };
        let touched = lock_set(&self.inner.touched).clone();
        let removed = lock_set(&self.inner.removed).clone();
        let mut merged: BTreeMap<String, CachedAccount> = on_disk
            .into_iter()
            .filter(|c| !removed.contains(&c.account.id))
            .map(|c| (c.account.id.clone(), c))
            .collect();
        // An account this process did not touch came from the file when it opened: if it is gone from the file
        // now, another process signed it out, and it stays out.
        for (id, s) in accounts {
            if touched.contains(id) {
                merged.insert(id.clone(), cached(s));
            }
        }
        if merged.is_empty() {
            return cache.remove();
        }
        let file = CacheFile {
            version: 1,
            accounts: merged.into_values().collect(),
        };
        let text = serde_json::to_string(&file)
            .map_err(|e| Error::new(ErrorCode::Internal, format!("sign-in cache: {e}")))?;
        cache.save(&Sensitive::new(text))
    }
}

fn lock_set(
    m: &std::sync::Mutex<std::collections::HashSet<String>>,
) -> std::sync::MutexGuard<'_, std::collections::HashSet<String>> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// An account as the sealed cache keeps it.
fn cached(s: &UserState) -> CachedAccount {
    CachedAccount {
        account: s.account.clone(),
        home_refresh_token: s.home_rt.as_ref().map(|t| t.expose().clone()),
        tenant_refresh_tokens: s
            .tenant_rts
            .iter()
            .map(|(k, v)| (k.clone(), v.expose().clone()))
            .collect(),
        certificate_pem: match &s.credential {
            Some(ClientCredential::Certificate(c)) => Some(c.pem().expose().clone()),
            _ => None,
        },
    }
}

/// Gives Resource Manager tokens for one signed-in account, in any directory it reaches.
pub struct AccountTokenSource {
    auth: AuthClient,
    account_id: String,
}

#[async_trait::async_trait]
impl TokenSource for AccountTokenSource {
    async fn access_token(&self, tenant_id: &str) -> Result<AccessToken, Error> {
        self.auth.access_token(&self.account_id, tenant_id).await
    }

    async fn invalidate(&self, tenant_id: &str) {
        self.auth.invalidate(&self.account_id, tenant_id).await
    }
}

#[async_trait::async_trait]
impl crate::graph::GraphTokenSource for AccountTokenSource {
    async fn graph_token(&self, tenant_id: &str) -> Result<AccessToken, Error> {
        self.auth.graph_token(&self.account_id, tenant_id).await
    }

    async fn invalidate_graph(&self, tenant_id: &str) {
        self.auth
            .invalidate_graph(&self.account_id, tenant_id)
            .await
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

pub(crate) fn access_token_from(
    response: &EntraTokenResponse,
    tenant_hint: &str,
) -> Result<AccessToken, Error> {
    let secret = response.access_token().secret().clone();
    let claims = crate::arm::jwt_claims(&secret).unwrap_or(Value::Null);
    let expires_in = response.expires_in().unwrap_or(Duration::from_secs(300));
    Ok(AccessToken {
        tenant_id: claims["tid"]
            .as_str()
            .unwrap_or(tenant_hint)
            .to_ascii_lowercase(),
        object_id: claims["oid"].as_str().unwrap_or_default().to_owned(),
        secret: Sensitive::new(secret),
        expires_at: SystemTime::now() + expires_in,
    })
}

fn device_error<RE: std::error::Error + 'static>(
    err: oauth2::RequestTokenError<RE, oauth2::DeviceCodeErrorResponse>,
    admin_consent_url: Option<&str>,
) -> Error {
    match err {
        oauth2::RequestTokenError::ServerResponse(e) => {
            // oauth2's device-code error type keeps `error` and `error_description`; the AADSTS code and the
            // trace and correlation IDs are read back from the description, where Entra also writes them.
            let aad = AadErrorResponse {
                error: e.error().as_ref().to_owned(),
                error_description: e.error_description().cloned(),
                ..Default::default()
            };
            let mut error = aad.to_error(admin_consent_url);
            if let Some(d) = e.error_description() {
                for line in d.lines().skip(1) {
                    let line = line.trim();
                    if line.starts_with("Trace ID")
                        || line.starts_with("Correlation ID")
                        || line.starts_with("Timestamp")
                    {
                        error.message.push_str(&format!("; {line}"));
                    }
                }
            }
            error
        }
        oauth2::RequestTokenError::Other(text) => Error::new(
            ErrorCode::SignInTimedOut,
            format!("the device code expired before it was used ({text})"),
        ),
        oauth2::RequestTokenError::Request(e) => Error::new(
            ErrorCode::Network,
            format!("could not reach the sign-in service: {e}"),
        ),
        oauth2::RequestTokenError::Parse(e, _) => Error::new(
            ErrorCode::Internal,
            format!(
                "the sign-in service's answer could not be read at {}",
                e.path()
            ),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_party_client_ids_are_refused() {
        for id in FIRST_PARTY_CLIENT_IDS {
            assert_eq!(
                resolve_client_id(Some(id), None, None).unwrap_err().code,
                ErrorCode::InvalidInput
            );
        }
        assert_eq!(
            resolve_client_id(Some("not-a-guid"), None, None)
                .unwrap_err()
                .code,
            ErrorCode::InvalidInput
        );
        assert_eq!(
            resolve_client_id(Some("EEEEEEEE-0000-4000-8000-000000000001"), None, None).unwrap(),
            "eeeeeeee-0000-4000-8000-000000000001"
        );
        assert_eq!(
            resolve_client_id(None, None, None).unwrap_err().code,
            ErrorCode::SignInAppNotConfigured
        );
    }

    /// Issue 18, item 4: a damaged file IT deployed names the file and what is wrong, and is never taken for "no
    /// sign-in app".
    #[test]
    fn a_deployed_sign_in_app_file_is_read_or_its_damage_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sign-in-app.json");
        assert_eq!(
            resolve_client_id(None, None, Some(&path)).unwrap_err().code,
            ErrorCode::SignInAppNotConfigured,
            "no file"
        );
        std::fs::write(
            &path,
            r#"{"clientId":"EEEEEEEE-0000-4000-8000-000000000001"}"#,
        )
        .unwrap();
        assert_eq!(
            resolve_client_id(None, None, Some(&path)).unwrap(),
            "eeeeeeee-0000-4000-8000-000000000001"
        );
        // The environment wins over the file, and the settings over both.
        assert_eq!(
            resolve_client_id(
                None,
                Some("eeeeeeee-0000-4000-8000-00000000000a"),
                Some(&path)
            )
            .unwrap(),
            "eeeeeeee-0000-4000-8000-00000000000a"
        );
        for (content, says) in [
            (
                &b"{\"clientId\":\"eeeeeeee-0000-4000-8000-000000000001\",}"[..],
                "line 1",
            ),
            (&b"{\"clientId\": 12}"[..], "not text"),
            (&b"{\"client_id\": \"x\"}"[..], "no \"clientId\""),
            (&b"\xff\xfe{}"[..], "UTF-8"),
            (
                &b"{\"clientId\":\"04b07795-8ddb-461a-bbee-02f9e1bf7b46\"}"[..],
                "first-party",
            ),
        ] {
            std::fs::write(&path, content).unwrap();
            let e = resolve_client_id(None, None, Some(&path)).unwrap_err();
            assert_eq!(e.code, ErrorCode::SettingsFileDamaged, "{}", e.message);
            assert!(
                e.message.contains(&path.display().to_string()),
                "{}",
                e.message
            );
            assert!(e.message.contains(says), "{}: {}", says, e.message);
        }
    }

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
