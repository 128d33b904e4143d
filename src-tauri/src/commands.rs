//! The IPC commands the UI may call, and the events it hears. Each command is one call on the core's
//! [`Assistant`](partner_link_core::assistant::Assistant) (which checks its input and decides); this module only
//! opens pages in the person's browser and carries values across. Their TypeScript bindings are generated from
//! these signatures into `ui/src/lib/backend/bindings.ts`.
//!
//! Secrets go one way only: a service principal's secret arrives from the form that asked for it and is wrapped
//! at once; no command ever returns a token or a secret.

use partner_link_core::assistant::{
    BulkProgress, OverviewProgress, ReportFormat, SavedProof, SignInStatus,
};
use partner_link_core::auth::{Account, DeviceCodePrompt, Directory};
use partner_link_core::directory::DirectoryOpening;
use partner_link_core::grant::{
    AdminPermissions, GrantOutcome, GrantPlan, GrantRequest, PartnerAssignment, PartnerPrincipal,
    RemovalResult, RoleChoice,
};
use partner_link_core::pal::{LinkOutcome, LinkPlan};
use partner_link_core::sources::{Language, Source};
use partner_link_core::{AppInfo, Error, Sensitive};
use serde::Serialize;
use specta::Type;
use tauri::State;
use tauri_specta::{collect_commands, collect_events, Builder};

use crate::backend::{PracticeProblem, Shell};

/// The overview of every directory changed (pushed while it fills in, and when it is complete).
#[derive(Clone, Debug, Serialize, Type, tauri_specta::Event)]
pub struct OverviewChanged(pub OverviewProgress);

/// The bulk run changed (pushed as directories finish, and when it stops).
#[derive(Clone, Debug, Serialize, Type, tauri_specta::Event)]
pub struct BulkChanged(pub BulkProgress);

/// Facts about the app for its header: name, version, cloud and whether practice mode is on.
#[tauri::command]
#[specta::specta]
fn app_info(shell: State<'_, Shell>) -> AppInfo {
    let b = shell.backend();
    AppInfo::current(b.assistant.endpoints.cloud, b.assistant.is_practice())
}

/// Starts practice mode (the simulated Azure on the demo scenario, from the first step) or leaves it, and answers
/// the app's facts afterwards so the header can show, or stop showing, the practice label.
#[tauri::command]
#[specta::specta]
async fn set_practice_mode(shell: State<'_, Shell>, on: bool) -> Result<AppInfo, Error> {
    let b = shell.set_practice(on).await?;
    Ok(AppInfo::current(
        b.assistant.endpoints.cloud,
        b.assistant.is_practice(),
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

/// What a pasted partner ID holds: the ID, or the numbers to choose between (rules from the core).
#[tauri::command]
#[specta::specta]
fn read_partner_id(text: String) -> Result<partner_link_core::partner_id::PartnerIdReading, Error> {
    partner_link_core::partner_id::PartnerId::read(&text)
}

/// Whether sign-in is ready, and the accounts signed in.
#[tauri::command]
#[specta::specta]
async fn sign_in_status(shell: State<'_, Shell>) -> Result<SignInStatus, Error> {
    Ok(shell.backend().assistant.sign_in_status().await)
}

/// Saves the organization's sign-in app (its client ID, from the setup screen) and opens sign-in with it.
#[tauri::command]
#[specta::specta]
async fn set_sign_in_app(
    shell: State<'_, Shell>,
    client_id: String,
) -> Result<SignInStatus, Error> {
    shell.backend().assistant.set_sign_in_app(&client_id).await
}

/// Signs in for this session only: nothing is saved, everything is forgotten when the app closes.
#[tauri::command]
#[specta::specta]
async fn use_session_only(shell: State<'_, Shell>) -> Result<SignInStatus, Error> {
    shell.backend().assistant.use_session_only().await
}

/// Tries the keychain again (after the person unlocked it, say).
#[tauri::command]
#[specta::specta]
async fn retry_keychain(shell: State<'_, Shell>) -> Result<SignInStatus, Error> {
    shell.backend().assistant.retry_keychain().await
}

/// Removes saved sign-ins that were refused (changed, damaged, or from another computer) and starts over.
#[tauri::command]
#[specta::specta]
async fn start_over(shell: State<'_, Shell>) -> Result<SignInStatus, Error> {
    shell.backend().assistant.start_over().await
}

/// Signs a work account in with the system browser (authorization code with PKCE, loopback redirect).
#[tauri::command]
#[specta::specta]
async fn sign_in_with_browser(
    shell: State<'_, Shell>,
    tenant: Option<String>,
) -> Result<Account, Error> {
    shell
        .backend()
        .assistant
        .sign_in_with_browser(tenant.as_deref(), |url| shell.open_url(url))
        .await
}

/// Ends the sign-in that is waiting for the browser or for a device code.
#[tauri::command]
#[specta::specta]
fn cancel_sign_in(shell: State<'_, Shell>) {
    shell.backend().assistant.cancel_sign_in();
}

/// Starts a device-code sign-in and returns the code to show. Complete it with `finish_device_code`.
#[tauri::command]
#[specta::specta]
async fn start_device_code(
    shell: State<'_, Shell>,
    tenant: Option<String>,
) -> Result<DeviceCodePrompt, Error> {
    shell
        .backend()
        .assistant
        .start_device_code(tenant.as_deref())
        .await
}

/// Waits until the person has entered the device code and signed in (or declined, or it expired).
#[tauri::command]
#[specta::specta]
async fn finish_device_code(shell: State<'_, Shell>) -> Result<Account, Error> {
    shell.backend().assistant.finish_device_code().await
}

/// Opens the device-code page in the browser, on the person's request.
#[tauri::command]
#[specta::specta]
fn open_device_code_page(shell: State<'_, Shell>, url: String) -> Result<(), Error> {
    shell
        .backend()
        .assistant
        .open_device_code_page(&url, |u| shell.open_url(u))
}

/// Opens a Microsoft page the app cites, in the person's language, in their browser. The page names a source,
/// never an address: the addresses live in the core, so a compromised page can open nothing else.
#[tauri::command]
#[specta::specta]
fn open_source(shell: State<'_, Shell>, source: Source, language: Language) -> Result<(), Error> {
    shell.open_url(&source.url_in(language))
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
    let secret = Sensitive::new(secret);
    shell
        .backend()
        .assistant
        .sign_in_service_principal_with_secret(&tenant, &client_id, secret)
        .await
}

/// Signs in through the Azure CLI's own sign-in on this computer (`az login`).
#[tauri::command]
#[specta::specta]
async fn sign_in_azure_cli(shell: State<'_, Shell>) -> Result<Account, Error> {
    shell.backend().assistant.sign_in_azure_cli().await
}

/// Every directory the account reaches: its home and those where it is a guest.
#[tauri::command]
#[specta::specta]
async fn list_directories(
    shell: State<'_, Shell>,
    account_id: String,
) -> Result<Vec<Directory>, Error> {
    shell
        .backend()
        .assistant
        .list_directories(&account_id)
        .await
}

/// Signs in to one directory interactively, when it demands more than the first sign-in did (MFA).
#[tauri::command]
#[specta::specta]
async fn sign_in_to_directory(
    shell: State<'_, Shell>,
    account_id: String,
    tenant_id: String,
) -> Result<Account, Error> {
    shell
        .backend()
        .assistant
        .sign_in_to_directory(&account_id, &tenant_id, |url| shell.open_url(url))
        .await
}

/// Opens a directory for the account: what it holds, or what stands in the way and what to do.
#[tauri::command]
#[specta::specta]
async fn open_directory(
    shell: State<'_, Shell>,
    account_id: String,
    tenant_id: String,
) -> Result<DirectoryOpening, Error> {
    shell
        .backend()
        .assistant
        .open_directory(&account_id, &tenant_id)
        .await
}

/// The page where a directory's administrator approves the sign-in app, to send to the customer.
#[tauri::command]
#[specta::specta]
async fn admin_consent_url(shell: State<'_, Shell>, tenant_id: String) -> Result<String, Error> {
    shell
        .backend()
        .assistant
        .admin_consent_url(&tenant_id)
        .await
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
    shell
        .backend()
        .assistant
        .plan_link(&account_id, &tenant_id, &partner_id)
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
    shell
        .backend()
        .assistant
        .plan_unlink(&account_id, &tenant_id)
        .await
}

/// Carries out a plan the person saw (and confirmed, for a change or a removal).
#[tauri::command]
#[specta::specta]
async fn apply_link(
    shell: State<'_, Shell>,
    account_id: String,
    plan: LinkPlan,
    confirmed: bool,
) -> Result<LinkOutcome, Error> {
    shell
        .backend()
        .assistant
        .apply_link(&account_id, &plan, confirmed)
        .await
}

/// The sign-in app this copy of the app uses: the partner's app registration the admin approves.
#[tauri::command]
#[specta::specta]
async fn partner_app_id(shell: State<'_, Shell>) -> Result<Option<String>, Error> {
    Ok(shell.backend().assistant.partner_app_id())
}

/// Opens Entra's admin-consent page for `client_id` (the configured sign-in app when absent) in `tenant` and
/// waits for the browser to come back with the outcome. Returns the ID of the directory that approved the app.
#[tauri::command]
#[specta::specta]
async fn approve_sign_in_app(
    shell: State<'_, Shell>,
    tenant: String,
    client_id: Option<String>,
) -> Result<String, Error> {
    shell
        .backend()
        .assistant
        .approve_app(&tenant, client_id.as_deref(), |url| shell.open_url(url))
        .await
}

/// The roles the admin can give, with what each means for PAL (the UI words them in the person's language).
#[tauri::command]
#[specta::specta]
fn role_choices() -> Vec<RoleChoice> {
    partner_link_core::grant::role_choices()
}

/// What the signed-in admin may do in the directory: give roles on which subscriptions, and invite guests.
#[tauri::command]
#[specta::specta]
async fn check_admin_permissions(
    shell: State<'_, Shell>,
    account_id: String,
    tenant_id: String,
) -> Result<AdminPermissions, Error> {
    shell
        .backend()
        .assistant
        .check_admin_permissions(&account_id, &tenant_id)
        .await
}

/// Finds the partner's identity in the directory: a user by email or sign-in name, or an app by its ID.
#[tauri::command]
#[specta::specta]
async fn find_partner(
    shell: State<'_, Shell>,
    account_id: String,
    tenant_id: String,
    query: String,
) -> Result<PartnerPrincipal, Error> {
    shell
        .backend()
        .assistant
        .find_partner(&account_id, &tenant_id, &query)
        .await
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
) -> Result<partner_link_core::assistant::PartnerInvitation, Error> {
    shell
        .backend()
        .assistant
        .invite_partner(&account_id, &tenant_id, &email, send_email)
        .await
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
    shell
        .backend()
        .assistant
        .plan_grant(&account_id, &tenant_id, &request)
        .await
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
    shell
        .backend()
        .assistant
        .apply_grant(&account_id, &tenant_id, &request)
        .await
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
    shell
        .backend()
        .assistant
        .list_partner_assignments(&account_id, &tenant_id, &principal_object_id)
        .await
}

/// Takes the partner's listed roles back, each on its own; only roles of that partner's identity.
#[tauri::command]
#[specta::specta]
async fn remove_partner_assignments(
    shell: State<'_, Shell>,
    account_id: String,
    tenant_id: String,
    principal_object_id: String,
    assignment_ids: Vec<String>,
) -> Result<Vec<RemovalResult>, Error> {
    shell
        .backend()
        .assistant
        .remove_partner_assignments(
            &account_id,
            &tenant_id,
            &principal_object_id,
            &assignment_ids,
        )
        .await
}

/// The overview now: the saved one until a refresh, then the refresh as it fills in. Later changes arrive as
/// `OverviewChanged` events.
#[tauri::command]
#[specta::specta]
async fn overview_status(shell: State<'_, Shell>) -> Result<OverviewProgress, Error> {
    Ok(shell.backend().assistant.overview_status())
}

/// Looks at every directory of every signed-in account again, in the background.
#[tauri::command]
#[specta::specta]
async fn refresh_overview(shell: State<'_, Shell>) -> Result<(), Error> {
    shell.backend().assistant.refresh_overview().await
}

/// Saves the overview as a report in the proofs folder and returns the file's path.
#[tauri::command]
#[specta::specta]
async fn export_overview(shell: State<'_, Shell>, format: ReportFormat) -> Result<String, Error> {
    shell.backend().assistant.export_overview(format)
}

/// The bulk run now, and an interrupted one to offer. Later changes arrive as `BulkChanged` events.
#[tauri::command]
#[specta::specta]
async fn bulk_status(shell: State<'_, Shell>) -> Result<BulkProgress, Error> {
    Ok(shell.backend().assistant.bulk_status())
}

/// Links `partner_id` in the chosen directories of the overview, in the background.
#[tauri::command]
#[specta::specta]
async fn start_bulk_link(
    shell: State<'_, Shell>,
    partner_id: String,
    tenant_ids: Vec<String>,
) -> Result<(), Error> {
    shell
        .backend()
        .assistant
        .start_bulk_link(&partner_id, &tenant_ids)
        .await
}

/// Continues the run that did not end, with the directories it had not finished.
#[tauri::command]
#[specta::specta]
async fn resume_interrupted_bulk(shell: State<'_, Shell>) -> Result<(), Error> {
    shell.backend().assistant.resume_interrupted_bulk().await
}

/// Closes the run that did not end, without doing the rest.
#[tauri::command]
#[specta::specta]
async fn forget_interrupted_bulk(shell: State<'_, Shell>) -> Result<(), Error> {
    shell.backend().assistant.forget_interrupted_bulk()
}

/// Holds new directories until `continue_bulk`; those in flight finish.
#[tauri::command]
#[specta::specta]
fn pause_bulk(shell: State<'_, Shell>) {
    shell.backend().assistant.pause_bulk();
}

#[tauri::command]
#[specta::specta]
fn continue_bulk(shell: State<'_, Shell>) {
    shell.backend().assistant.continue_bulk();
}

/// Starts no new directory; those in flight finish. The run can be resumed later.
#[tauri::command]
#[specta::specta]
fn cancel_bulk(shell: State<'_, Shell>) {
    shell.backend().assistant.cancel_bulk();
}

/// Saves a proof of what is linked in the directory now, read from Azure again.
#[tauri::command]
#[specta::specta]
async fn save_proof(
    shell: State<'_, Shell>,
    account_id: String,
    tenant_id: String,
    directory_name: Option<String>,
    request_id: Option<String>,
) -> Result<SavedProof, Error> {
    shell
        .backend()
        .assistant
        .save_proof(&account_id, &tenant_id, directory_name, request_id)
        .await
}

/// Opens a saved proof's printable page in the system's browser. Only pages in the proofs folder.
#[tauri::command]
#[specta::specta]
async fn open_proof(shell: State<'_, Shell>, path: String) -> Result<(), Error> {
    let page = shell.backend().assistant.saved_page(&path)?;
    shell.open_file(&page)
}

/// Signs one account out: its tokens leave memory, the cache and the keychain.
#[tauri::command]
#[specta::specta]
async fn sign_out(shell: State<'_, Shell>, account_id: String) -> Result<SignInStatus, Error> {
    shell.backend().assistant.sign_out(&account_id).await
}

/// Removes every account, every keychain entry the app wrote and the cache file.
#[tauri::command]
#[specta::specta]
async fn forget_everything(shell: State<'_, Shell>) -> Result<SignInStatus, Error> {
    shell.backend().assistant.forget_everything().await
}

/// Every command, once: `$then` is `collect_commands` (the bindings and the app) or `generate_handler` (the
/// shell's tests on Tauri's mock runtime).
macro_rules! each_command {
    ($then:ident) => {
        $then![
            app_info,
            set_practice_mode,
            rehearse_problem,
            read_partner_id,
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
            open_source,
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
            overview_status,
            refresh_overview,
            export_overview,
            bulk_status,
            start_bulk_link,
            resume_interrupted_bulk,
            forget_interrupted_bulk,
            pause_bulk,
            continue_bulk,
            cancel_bulk,
            plan_link,
            plan_unlink,
            apply_link,
            save_proof,
            open_proof,
            sign_out,
            forget_everything,
        ]
    };
}

/// The commands and events, shared by the app (to serve them) and by the bindings generator (to describe them).
pub fn bindings_builder() -> Builder<tauri::Wry> {
    Builder::<tauri::Wry>::new()
        .commands(each_command!(collect_commands))
        .events(collect_events![OverviewChanged, BulkChanged])
        .disable_serde_phases()
        // The error type is exported even before a command returns it, so the UI can translate every code.
        .typ::<partner_link_core::Error>()
}

#[cfg(test)]
#[path = "commands_tests.rs"]
mod tests;
