//! The IPC commands the UI may call. Each one validates its input, delegates to the core and maps the result.
//! Their TypeScript bindings are generated from these signatures into `ui/src/lib/backend/bindings.ts`.
//!
//! Secrets go one way only: a service principal's secret arrives from the form that asked for it and is wrapped
//! at once; no command ever returns a token or a secret.

use partner_link_core::arm::ArmClient;
use partner_link_core::auth::service_principal::ClientCredential;
use partner_link_core::auth::{Account, AuthClient, BrowserSignIn, DeviceCodePrompt, Directory};
use partner_link_core::auth::{Persistence, DEFAULT_BROWSER_TIMEOUT};
use partner_link_core::directory::{self, DirectoryOpening};
use partner_link_core::endpoints::is_guid;
use partner_link_core::grant::{
    self, AdminPermissions, GrantOutcome, GrantPlan, GrantRequest, PartnerAssignment,
    PartnerPrincipal, PrincipalType, RemovalResult, RoleChoice,
};
use partner_link_core::graph::GraphClient;
use partner_link_core::ids::TenantId;
use partner_link_core::pal::{LinkOutcome, LinkPlan, PalService};
use partner_link_core::partner_id::PartnerId;
use partner_link_core::settings::Settings;
use partner_link_core::{AppInfo, Error, ErrorCode, Sensitive};
use serde::Serialize;
use specta::Type;
use tauri::{AppHandle, State};
use tauri_specta::{collect_commands, Builder};

use crate::backend::{Backend, PracticeProblem, Shell, SignInState, BROWSER_ENV};
use crate::everywhere;

/// Facts about the app for its header: name, version, cloud and whether practice mode is on.
#[tauri::command]
#[specta::specta]
fn app_info(shell: State<'_, Shell>) -> AppInfo {
    let backend = shell.backend();
    AppInfo::current(backend.endpoints.cloud, backend.is_practice())
}

/// Starts practice mode (the simulated Azure on the demo scenario, from the first step) or leaves it, and answers
/// the app's facts afterwards so the header can show, or stop showing, the practice label.
#[tauri::command]
#[specta::specta]
async fn set_practice_mode(shell: State<'_, Shell>, on: bool) -> Result<AppInfo, Error> {
    let backend = shell.set_practice(on).await?;
    Ok(AppInfo::current(
        backend.endpoints.cloud,
        backend.is_practice(),
    ))
}

/// In practice mode, makes the next requests to Azure fail as `problem` says, to rehearse it.
#[tauri::command]
#[specta::specta]
fn rehearse_problem(shell: State<'_, Shell>, problem: PracticeProblem) -> Result<(), Error> {
    shell.backend().rehearse_problem(problem)
}

/// The "PAL or DPOR?" helper's recommendation for a situation (rules from the core, shared with the access
/// review).
#[tauri::command]
#[specta::specta]
fn decide(situation: partner_link_core::decide::Situation) -> partner_link_core::decide::Decision {
    partner_link_core::decide::decide(situation)
}

/// Whether the app can sign people in, and who is signed in.
#[derive(Clone, Debug, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SignInStatus {
    pub readiness: Readiness,
    /// What stands in the way, for the explanation and its details (absent when ready).
    pub problem: Option<Error>,
    /// Whether sign-ins are kept in the keychain and outlive the app (false for a session-only sign-in).
    pub persistent: bool,
    pub accounts: Vec<Account>,
}

/// What the sign-in screen should offer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Readiness {
    /// Sign-in works.
    Ready,
    /// The organization's sign-in app is not set up: show the setup screen. Service principals and the Azure
    /// CLI can sign in meanwhile.
    NeedsSignInApp,
    /// No keychain answers: offer a session-only sign-in.
    KeychainUnavailable,
    /// The keychain is locked: ask to unlock it, or offer a session-only sign-in.
    KeychainLocked,
    /// The saved sign-ins were refused (changed or from another computer): offer to start over.
    SavedSignInsUnreadable,
    /// Something else went wrong opening sign-in; the problem says what.
    Problem,
}

async fn status(backend: &Backend) -> SignInStatus {
    let opened = backend.auth().await;
    let readiness = match &opened {
        Ok(client) if client.has_sign_in_app() => Readiness::Ready,
        Ok(_) => Readiness::NeedsSignInApp,
        Err(e) => match e.code {
            ErrorCode::SignInAppNotConfigured => Readiness::NeedsSignInApp,
            ErrorCode::KeychainUnavailable => Readiness::KeychainUnavailable,
            ErrorCode::KeychainLocked => Readiness::KeychainLocked,
            ErrorCode::TokenCacheInvalid => Readiness::SavedSignInsUnreadable,
            _ => Readiness::Problem,
        },
    };
    match opened {
        Ok(client) => SignInStatus {
            readiness,
            problem: None,
            persistent: client.is_persistent(),
            accounts: client.accounts().await,
        },
        Err(e) => SignInStatus {
            readiness,
            problem: Some(e),
            persistent: false,
            accounts: Vec::new(),
        },
    }
}

/// Whether sign-in is ready, and the accounts signed in.
#[tauri::command]
#[specta::specta]
async fn sign_in_status(shell: State<'_, Shell>) -> Result<SignInStatus, Error> {
    let backend = shell.backend();
    Ok(status(&backend).await)
}

/// Saves the organization's sign-in app (its client ID, from the setup screen) and opens sign-in with it.
#[tauri::command]
#[specta::specta]
async fn set_sign_in_app(
    shell: State<'_, Shell>,
    client_id: String,
) -> Result<SignInStatus, Error> {
    let backend = shell.backend();
    let client_id = client_id.trim().to_owned();
    // Checked before saving, so a wrong ID (or a Microsoft first-party one) is refused with its reason.
    partner_link_core::auth::resolve_client_id(Some(&client_id), None)?;
    let path = backend.settings_path();
    let mut settings = Settings::load(&path).unwrap_or_default();
    settings.client_id = Some(client_id);
    settings.save(&path)?;
    backend.close_sign_in().await;
    Ok(status(&backend).await)
}

/// Signs in for this session only: nothing is saved, everything is forgotten when the app closes. Offered when
/// the keychain is missing or locked; never a plaintext fallback.
#[tauri::command]
#[specta::specta]
async fn use_session_only(shell: State<'_, Shell>) -> Result<SignInStatus, Error> {
    let backend = shell.backend();
    backend.open_sign_in(Some(Persistence::SessionOnly)).await?;
    Ok(status(&backend).await)
}

/// Tries the keychain again (after the person unlocked it, say).
#[tauri::command]
#[specta::specta]
async fn retry_keychain(shell: State<'_, Shell>) -> Result<SignInStatus, Error> {
    let backend = shell.backend();
    backend.close_sign_in().await;
    Ok(status(&backend).await)
}

/// Removes saved sign-ins that were refused (changed, damaged, or from another computer) and starts over.
#[tauri::command]
#[specta::specta]
async fn start_over(shell: State<'_, Shell>) -> Result<SignInStatus, Error> {
    let backend = shell.backend();
    let store = backend.keychain()?;
    AuthClient::forget_everything_at(store, backend.cache_path())?;
    backend.close_sign_in().await;
    Ok(status(&backend).await)
}

/// Opens a sign-in page in the person's browser: the one named by `PARTNER_LINK_BROWSER`, or the system's.
fn open_sign_in_page(app: &AppHandle, backend: &Backend, url: &str) -> Result<(), Error> {
    let url = backend.for_browser(url);
    if let Some(browser) = std::env::var_os(BROWSER_ENV).filter(|b| !b.is_empty()) {
        return std::process::Command::new(&browser)
            .arg(&url)
            .spawn()
            .map(drop)
            .map_err(|e| {
                Error::new(
                    ErrorCode::Internal,
                    format!("could not start the browser {browser:?} ({BROWSER_ENV}): {e}; open {url} by hand"),
                )
            });
    }
    use tauri_plugin_opener::OpenerExt;
    app.opener()
        .open_url(url.clone(), None::<&str>)
        .map_err(|e| {
            Error::new(
                ErrorCode::Internal,
                format!("could not open the browser: {e}; open {url} by hand"),
            )
        })
}

fn tenant_arg(given: Option<String>) -> Result<Option<String>, Error> {
    match given.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty()) {
        None => Ok(None),
        Some(t) => tenant(&t).map(Some),
    }
}

fn tenant(t: &str) -> Result<String, Error> {
    Ok(TenantId::parse(t)?.to_string())
}

/// Signs a work account in with the system browser (authorization code with PKCE, loopback redirect). Returns
/// once the person has finished in the browser, cancelled in the app, or the wait timed out.
#[tauri::command]
#[specta::specta]
async fn sign_in_with_browser(
    app: AppHandle,
    shell: State<'_, Shell>,
    tenant: Option<String>,
) -> Result<Account, Error> {
    let backend = shell.backend();
    let auth = backend.auth().await?;
    let request = BrowserSignIn {
        tenant: tenant_arg(tenant)?,
        ..BrowserSignIn::default()
    };
    let cancel = backend.begin_sign_in();
    let result = auth
        .sign_in_browser(
            request,
            |url| open_sign_in_page(&app, &backend, url),
            &cancel,
        )
        .await;
    backend.cancel_sign_in();
    result
}

/// Ends the sign-in that is waiting for the browser or for a device code.
#[tauri::command]
#[specta::specta]
fn cancel_sign_in(shell: State<'_, Shell>) {
    let backend = shell.backend();
    backend.cancel_sign_in();
}

/// Starts a device-code sign-in and returns the code to show. Complete it with `finish_device_code`.
#[tauri::command]
#[specta::specta]
async fn start_device_code(
    shell: State<'_, Shell>,
    tenant: Option<String>,
) -> Result<DeviceCodePrompt, Error> {
    let backend = shell.backend();
    let auth = backend.auth().await?;
    let pending = auth
        .start_device_code(tenant_arg(tenant)?.as_deref())
        .await?;
    let mut prompt = pending.prompt().clone();
    // In practice mode the page to visit is the simulator's browser mirror, which a browser can open.
    let shown = backend.for_browser(&prompt.verification_uri);
    prompt.message = prompt.message.replace(&prompt.verification_uri, &shown);
    prompt.verification_uri = shown;
    *backend.device_code.lock().await = Some(pending);
    Ok(prompt)
}

/// Waits until the person has entered the device code and signed in (or declined, or it expired).
#[tauri::command]
#[specta::specta]
async fn finish_device_code(shell: State<'_, Shell>) -> Result<Account, Error> {
    let backend = shell.backend();
    let auth = backend.auth().await?;
    let pending = backend.device_code.lock().await.take().ok_or_else(|| {
        Error::new(
            ErrorCode::InvalidInput,
            "no device-code sign-in is waiting; start one first",
        )
    })?;
    let cancel = backend.begin_sign_in();
    let result = auth.complete_device_code(pending, &cancel).await;
    backend.cancel_sign_in();
    result
}

/// Opens the device-code page in the browser, on the person's request.
#[tauri::command]
#[specta::specta]
fn open_device_code_page(
    app: AppHandle,
    shell: State<'_, Shell>,
    url: String,
) -> Result<(), Error> {
    let backend = shell.backend();
    // Only the page this app showed may be opened this way.
    let allowed = url.starts_with(&backend.endpoints.login)
        || url.starts_with(&backend.for_browser(&backend.endpoints.login))
        || url.starts_with("https://microsoft.com/devicelogin")
        || url.starts_with("https://login.microsoft.com/device")
        || url.starts_with("https://login.microsoftonline.com/");
    if !allowed {
        return Err(Error::new(
            ErrorCode::InvalidInput,
            format!("{url} is not a sign-in page of this cloud"),
        ));
    }
    open_sign_in_page(&app, &backend, &url)
}

/// Signs a service principal in with its application ID and secret, in one directory. The secret goes to the
/// keychain and never comes back.
#[tauri::command]
#[specta::specta]
async fn sign_in_service_principal(
    shell: State<'_, Shell>,
    tenant: String,
    client_id: String,
    secret: String,
) -> Result<Account, Error> {
    let backend = shell.backend();
    let secret = Sensitive::new(secret);
    let tenant = TenantId::parse(&tenant)?;
    if secret.expose().trim().is_empty() {
        return Err(Error::new(
            ErrorCode::InvalidInput,
            "the client secret is empty",
        ));
    }
    let auth = backend.auth().await?;
    auth.sign_in_service_principal(&tenant, &client_id, ClientCredential::Secret(secret))
        .await
}

/// Signs in through the Azure CLI's own sign-in on this computer (`az login`). Works without the organization's
/// sign-in app.
#[tauri::command]
#[specta::specta]
async fn sign_in_azure_cli(shell: State<'_, Shell>) -> Result<Account, Error> {
    let backend = shell.backend();
    backend.auth().await?.sign_in_azure_cli().await
}

/// Every directory the account reaches: its home and those where it is a guest.
#[tauri::command]
#[specta::specta]
async fn list_directories(
    shell: State<'_, Shell>,
    account_id: String,
) -> Result<Vec<Directory>, Error> {
    let backend = shell.backend();
    backend.auth().await?.list_directories(&account_id).await
}

/// Signs in to one directory interactively, when it demands more than the first sign-in did (MFA, Conditional
/// Access). The account is passed as the login hint with the directory's claims challenge.
#[tauri::command]
#[specta::specta]
async fn sign_in_to_directory(
    app: AppHandle,
    shell: State<'_, Shell>,
    account_id: String,
    tenant_id: String,
) -> Result<Account, Error> {
    let backend = shell.backend();
    let tenant_id = tenant(&tenant_id)?;
    let auth = backend.auth().await?;
    let cancel = backend.begin_sign_in();
    let result = auth
        .sign_in_to_directory(
            &account_id,
            &tenant_id,
            |url| open_sign_in_page(&app, &backend, url),
            &cancel,
            DEFAULT_BROWSER_TIMEOUT,
        )
        .await;
    backend.cancel_sign_in();
    result
}

async fn arm_for(backend: &Backend, account_id: &str) -> Result<ArmClient, Error> {
    let auth = backend.auth().await?;
    ArmClient::new(&backend.endpoints, auth.token_source(account_id))
}

/// Opens a directory for the account: gets its token silently (or says what stands in the way, e.g. MFA or the
/// customer's approval), then reads the link and reviews the access.
#[tauri::command]
#[specta::specta]
async fn open_directory(
    shell: State<'_, Shell>,
    account_id: String,
    tenant_id: String,
) -> Result<DirectoryOpening, Error> {
    let backend = shell.backend();
    let tenant = TenantId::parse(&tenant_id)?;
    let auth = backend.auth().await?;
    let arm = ArmClient::new(&backend.endpoints, auth.token_source(&account_id))?;
    Ok(directory::open(&arm, &tenant, || auth.admin_consent_url(&tenant)).await)
}

/// The page where a directory's administrator approves the sign-in app, to send to the customer.
#[tauri::command]
#[specta::specta]
async fn admin_consent_url(shell: State<'_, Shell>, tenant_id: String) -> Result<String, Error> {
    let backend = shell.backend();
    let tenant_id = tenant(&tenant_id)?;
    backend
        .auth()
        .await?
        .admin_consent_url(&tenant_id)
        .ok_or_else(|| {
            Error::new(
                ErrorCode::SignInAppNotConfigured,
                "no sign-in app is set up, so there is nothing for an administrator to approve",
            )
        })
}

/// What linking `partner_id` (as typed or pasted) would do in the directory. Nothing is changed yet.
#[tauri::command]
#[specta::specta]
async fn plan_link(
    shell: State<'_, Shell>,
    account_id: String,
    tenant_id: String,
    partner_id: String,
) -> Result<LinkPlan, Error> {
    let backend = shell.backend();
    let tenant_id = tenant(&tenant_id)?;
    let partner_id = PartnerId::parse(&partner_id)?;
    let arm = arm_for(&backend, &account_id).await?;
    PalService::new(arm, None)
        .plan_link(&tenant_id, &partner_id)
        .await
}

/// What removing the link would do in the directory. Nothing is changed yet.
#[tauri::command]
#[specta::specta]
async fn plan_unlink(
    shell: State<'_, Shell>,
    account_id: String,
    tenant_id: String,
) -> Result<LinkPlan, Error> {
    let backend = shell.backend();
    let tenant_id = tenant(&tenant_id)?;
    let arm = arm_for(&backend, &account_id).await?;
    PalService::new(arm, None).plan_unlink(&tenant_id).await
}

/// Carries out a plan the person saw (and confirmed, for a change or a removal). Recorded in the activity log
/// before this returns; a lost answer is settled by reading the link again, never by writing twice.
#[tauri::command]
#[specta::specta]
async fn apply_link(
    shell: State<'_, Shell>,
    account_id: String,
    plan: LinkPlan,
    confirmed: bool,
) -> Result<LinkOutcome, Error> {
    let backend = shell.backend();
    tenant(plan.tenant_id())?;
    let arm = arm_for(&backend, &account_id).await?;
    PalService::new(arm, Some(backend.activity_log()))
        .apply(&plan, confirmed)
        .await
}

// ---------------------------------------------------------------------------------------------------------
// The customer admin's path: approve the partner's app, find or invite the partner, give and take back roles.

/// The sign-in app this copy of the app uses: the partner's app registration the admin approves, unless the
/// partner names another.
#[tauri::command]
#[specta::specta]
fn partner_app_id(shell: State<'_, Shell>) -> Option<String> {
    let backend = shell.backend();
    backend.client_id().ok()
}

/// Opens Entra's admin-consent page for `client_id` (the configured sign-in app when absent) in `tenant` and
/// waits for the browser to come back with the outcome. Returns the ID of the directory that approved the app.
#[tauri::command]
#[specta::specta]
async fn approve_sign_in_app(
    app: AppHandle,
    shell: State<'_, Shell>,
    tenant: String,
    client_id: Option<String>,
) -> Result<String, Error> {
    let backend = shell.backend();
    let tenant = tenant_arg(Some(tenant))?
        .ok_or_else(|| Error::new(ErrorCode::InvalidInput, "give the directory's ID or domain"))?;
    let client_id = match client_id.map(|c| c.trim().to_ascii_lowercase()) {
        Some(c) if !c.is_empty() => c,
        _ => backend.client_id()?,
    };
    if !is_guid(&client_id) {
        return Err(Error::new(
            ErrorCode::InvalidInput,
            format!("{client_id:?} is not an application (client) ID"),
        ));
    }
    let auth = backend.auth().await?;
    let cancel = backend.begin_sign_in();
    let result = auth
        .approve_app_for_directory(
            &tenant,
            &client_id,
            |url| open_sign_in_page(&app, &backend, url),
            DEFAULT_BROWSER_TIMEOUT,
            &cancel,
        )
        .await;
    backend.cancel_sign_in();
    result
}

async fn graph_for(backend: &Backend, account_id: &str) -> Result<GraphClient, Error> {
    let auth = backend.auth().await?;
    GraphClient::new(&backend.endpoints, auth.graph_token_source(account_id))
}

/// The roles the admin can give, with what each means for PAL (the UI words them in the person's language).
#[tauri::command]
#[specta::specta]
fn role_choices() -> Vec<RoleChoice> {
    grant::role_choices()
}

/// What the signed-in admin may do in the directory: give roles on which subscriptions, and invite guests.
/// Graph is asked for here, for the first time (incremental consent).
#[tauri::command]
#[specta::specta]
async fn check_admin_permissions(
    shell: State<'_, Shell>,
    account_id: String,
    tenant_id: String,
) -> Result<AdminPermissions, Error> {
    let backend = shell.backend();
    let tenant_id = tenant(&tenant_id)?;
    let arm = arm_for(&backend, &account_id).await?;
    let graph = graph_for(&backend, &account_id).await?;
    grant::check_permissions(&arm, Some(&graph), &tenant_id).await
}

/// Finds the partner's identity in the directory: a user by email or sign-in name, or an app (service
/// principal) by its application ID.
#[tauri::command]
#[specta::specta]
async fn find_partner(
    shell: State<'_, Shell>,
    account_id: String,
    tenant_id: String,
    query: String,
) -> Result<PartnerPrincipal, Error> {
    let backend = shell.backend();
    let tenant_id = tenant(&tenant_id)?;
    let graph = graph_for(&backend, &account_id).await?;
    let query = query.trim();
    if is_guid(query) {
        let sp = graph.find_service_principal(&tenant_id, query).await?;
        return Ok(PartnerPrincipal {
            object_id: sp.id,
            principal_type: PrincipalType::ServicePrincipal,
            display_name: sp.display_name,
        });
    }
    let user = graph.find_user(&tenant_id, query).await?;
    Ok(PartnerPrincipal::from(&user))
}

/// A guest invitation as the admin sees it: the guest's identity (roles can be given at once) and the link to
/// send when Microsoft did not email it.
#[derive(Clone, Debug, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PartnerInvitation {
    pub principal: PartnerPrincipal,
    pub redeem_url: String,
    pub email_sent: bool,
}

/// Invites the partner's user as a guest of the directory.
#[tauri::command]
#[specta::specta]
async fn invite_partner(
    shell: State<'_, Shell>,
    account_id: String,
    tenant_id: String,
    email: String,
    send_email: bool,
) -> Result<PartnerInvitation, Error> {
    let backend = shell.backend();
    let tenant_id = tenant(&tenant_id)?;
    let graph = graph_for(&backend, &account_id).await?;
    // Where the partner lands after accepting: their apps page in this directory.
    let landing = format!("https://myapplications.microsoft.com/?tenantid={tenant_id}");
    let invitation = graph
        .invite_guest(&tenant_id, &email, &landing, send_email)
        .await?;
    Ok(PartnerInvitation {
        principal: PartnerPrincipal {
            object_id: invitation.invited_user_id,
            principal_type: PrincipalType::User,
            display_name: invitation.invited_user_email_address,
        },
        redeem_url: invitation.redeem_url,
        email_sent: invitation.invitation_email_sent,
    })
}

/// What giving the role would do (which assignments are new, which exist), for the admin to confirm.
#[tauri::command]
#[specta::specta]
async fn plan_grant(
    shell: State<'_, Shell>,
    account_id: String,
    tenant_id: String,
    request: GrantRequest,
) -> Result<GrantPlan, Error> {
    let backend = shell.backend();
    let tenant_id = tenant(&tenant_id)?;
    let arm = arm_for(&backend, &account_id).await?;
    grant::plan_grant(&arm, &tenant_id, &request).await
}

/// Gives the role: plans again from fresh facts, then creates what is missing, scope by scope.
#[tauri::command]
#[specta::specta]
async fn apply_grant(
    shell: State<'_, Shell>,
    account_id: String,
    tenant_id: String,
    request: GrantRequest,
) -> Result<GrantOutcome, Error> {
    let backend = shell.backend();
    let tenant_id = tenant(&tenant_id)?;
    let arm = arm_for(&backend, &account_id).await?;
    grant::apply_grant(&arm, &tenant_id, &request).await
}

/// Every role the partner's identity holds in the directory's subscriptions.
#[tauri::command]
#[specta::specta]
async fn list_partner_assignments(
    shell: State<'_, Shell>,
    account_id: String,
    tenant_id: String,
    principal_object_id: String,
) -> Result<Vec<PartnerAssignment>, Error> {
    let backend = shell.backend();
    let tenant_id = tenant(&tenant_id)?;
    let arm = arm_for(&backend, &account_id).await?;
    grant::list_partner_assignments(&arm, &tenant_id, &principal_object_id, None).await
}

/// Takes the listed roles back, each on its own.
#[tauri::command]
#[specta::specta]
async fn remove_partner_assignments(
    shell: State<'_, Shell>,
    account_id: String,
    tenant_id: String,
    assignment_ids: Vec<String>,
) -> Result<Vec<RemovalResult>, Error> {
    let backend = shell.backend();
    let tenant_id = tenant(&tenant_id)?;
    let arm = arm_for(&backend, &account_id).await?;
    grant::remove_assignments(&arm, &tenant_id, &assignment_ids).await
}

/// Where a proof of linking was saved.
#[derive(Clone, Debug, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SavedProof {
    /// The printable page (open it, print it or save it as PDF from the browser).
    pub html_path: String,
    /// The same facts as JSON, for records and audits.
    pub json_path: String,
}

/// Saves a proof of what is linked in the directory now: the directory, the identity, the partner ID and name,
/// the time and the access table. The facts are read from Azure again here, so the proof never rests on what
/// the page holds; `request_id` is the last write's, shown for support.
#[tauri::command]
#[specta::specta]
async fn save_proof(
    shell: State<'_, Shell>,
    account_id: String,
    tenant_id: String,
    directory_name: Option<String>,
    request_id: Option<String>,
) -> Result<SavedProof, Error> {
    let backend = shell.backend();
    let tenant = TenantId::parse(&tenant_id)?;
    let arm = arm_for(&backend, &account_id).await?;
    let (json, html) = partner_link_core::proof::save_current(
        &arm,
        &tenant,
        &backend.folders.proofs,
        directory_name,
        request_id,
    )
    .await?;
    Ok(SavedProof {
        html_path: html.display().to_string(),
        json_path: json.display().to_string(),
    })
}

/// Opens a saved proof's printable page in the system's browser. Only files in the proofs folder can be opened.
#[tauri::command]
#[specta::specta]
fn open_proof(app: AppHandle, shell: State<'_, Shell>, path: String) -> Result<(), Error> {
    let backend = shell.backend();
    let path = std::path::PathBuf::from(path);
    let inside = path
        .canonicalize()
        .ok()
        .zip(backend.folders.proofs.canonicalize().ok())
        .is_some_and(|(file, dir)| file.starts_with(dir));
    if !inside || path.extension().is_none_or(|e| e != "html") {
        return Err(Error::new(
            ErrorCode::InvalidInput,
            format!("{} is not a saved proof", path.display()),
        ));
    }
    use tauri_plugin_opener::OpenerExt;
    app.opener()
        .open_path(path.display().to_string(), None::<&str>)
        .map_err(|e| {
            Error::new(
                ErrorCode::Internal,
                format!("could not open {}: {e}", path.display()),
            )
        })
}

/// Signs one account out: its tokens leave memory, the cache and the keychain.
#[tauri::command]
#[specta::specta]
async fn sign_out(shell: State<'_, Shell>, account_id: String) -> Result<SignInStatus, Error> {
    let backend = shell.backend();
    backend.auth().await?.sign_out(&account_id).await?;
    Ok(status(&backend).await)
}

/// Removes every account, every keychain entry the app wrote and the cache file.
#[tauri::command]
#[specta::specta]
async fn forget_everything(shell: State<'_, Shell>) -> Result<SignInStatus, Error> {
    let backend = shell.backend();
    let state = std::mem::replace(&mut *backend.sign_in.lock().await, SignInState::Closed);
    match state {
        SignInState::Ready(client) => client.forget_everything().await?,
        // Not opened, or refused: clear what is on disk without opening it.
        _ => AuthClient::forget_everything_at(backend.keychain()?, backend.cache_path())?,
    }
    backend.close_sign_in().await;
    Ok(status(&backend).await)
}

/// The command list, shared by the app (to serve the commands) and by the bindings generator (to describe them).
pub fn bindings_builder() -> Builder<tauri::Wry> {
    Builder::<tauri::Wry>::new()
        .commands(collect_commands![
            app_info,
            set_practice_mode,
            rehearse_problem,
            sign_in_status,
            set_sign_in_app,
            use_session_only,
            retry_keychain,
            start_over,
            sign_in_with_browser,
            cancel_sign_in,
            start_device_code,
            finish_device_code,
            open_device_code_page,
            sign_in_service_principal,
            sign_in_azure_cli,
            list_directories,
            sign_in_to_directory,
            open_directory,
            admin_consent_url,
            decide,
            partner_app_id,
            approve_sign_in_app,
            role_choices,
            check_admin_permissions,
            find_partner,
            invite_partner,
            plan_grant,
            apply_grant,
            list_partner_assignments,
            remove_partner_assignments,
            everywhere::overview_status,
            everywhere::refresh_overview,
            everywhere::export_overview,
            everywhere::bulk_status,
            everywhere::start_bulk_link,
            everywhere::resume_interrupted_bulk,
            everywhere::forget_interrupted_bulk,
            everywhere::pause_bulk,
            everywhere::continue_bulk,
            everywhere::cancel_bulk,
            plan_link,
            plan_unlink,
            apply_link,
            save_proof,
            open_proof,
            sign_out,
            forget_everything,
        ])
        // The error type is exported even before a command returns it, so the UI can translate every code.
        .typ::<partner_link_core::Error>()
}
#[cfg(test)]
mod tests {
    use super::*;
    use specta_typescript::Typescript;

    /// Where the generated bindings live, relative to the repository root.
    const BINDINGS_PATH: &str = "ui/src/lib/backend/bindings.ts";

    /// Renders the TypeScript bindings as they should be on disk.
    fn render_bindings() -> String {
        let dir = tempdir_path();
        let path = dir.join("bindings.ts");
        bindings_builder()
            .export(
                Typescript::default().header(
                    "// Regenerate with `cargo xtask codegen` (from src-tauri/src/commands.rs).",
                ),
                &path,
            )
            .expect("exporting the TypeScript bindings failed");
        let text = std::fs::read_to_string(&path).expect("reading the exported bindings failed");
        let _ = std::fs::remove_dir_all(&dir);
        text
    }

    /// A directory of its own for each export: the tests run in parallel and would otherwise remove each other's.
    fn tempdir_path() -> std::path::PathBuf {
        static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("partner-link-bindings-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("creating a temporary directory failed");
        dir
    }

    /// The committed bindings must match the commands' signatures. `cargo xtask codegen` sets
    /// `PARTNER_LINK_UPDATE_GENERATED` so that this test rewrites the file instead of failing.
    #[test]
    fn generated_bindings_are_fresh() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(BINDINGS_PATH);
        let wanted = render_bindings();
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed == wanted {
            return;
        }
        if std::env::var_os("PARTNER_LINK_UPDATE_GENERATED").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, wanted).unwrap();
            return;
        }
        panic!(
            "{} is stale: run `cargo xtask codegen` and commit the result",
            BINDINGS_PATH
        );
    }

    /// The command list in build.rs decides which `allow-*` permissions exist; it must name exactly the commands
    /// the bindings describe, or a command would be unreachable (or a permission would grant nothing).
    #[test]
    fn build_script_lists_every_command() {
        let build_rs = include_str!("../build.rs");
        let text = render_bindings();
        // Each command is called as `__TAURI_INVOKE<Type>("name", ...)`.
        let mut invoked: Vec<&str> = text
            .split("__TAURI_INVOKE")
            .skip(2)
            .filter_map(|call| {
                call.split_once("(\"")
                    .and_then(|(_, rest)| rest.split('"').next())
            })
            .collect();
        invoked.sort();
        // The list may span several lines once rustfmt has wrapped it: read from its start to its `];`.
        let start = build_rs
            .find("const COMMANDS")
            .expect("build.rs lists COMMANDS");
        let list = &build_rs[start..];
        let list = &list[..list.find("];").expect("the COMMANDS list ends")];
        let mut listed: Vec<&str> = list.split('"').skip(1).step_by(2).collect();
        listed.sort();
        assert_eq!(listed, invoked);
    }
}
