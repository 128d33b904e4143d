//! The command line: `partner-link status | link | change | unlink`, over the same core as the window;
//! `status --all` and `link --all-unlinked` work on every directory the identity reaches; `sign-in`, `accounts`
//! and `sign-out` manage the sign-ins it shares with the app.
//!
//! It signs in as the app does: with an account signed in in the app (or with `partner-link sign-in`, a device
//! code on the terminal), from the same sealed cache in the same keychain, or as a service principal with its
//! secret or certificate from the environment. It writes to the app's activity log and bulk journal.
//!
//! Exit codes: 0 done (or nothing to do), 1 Azure refused or failed, 2 usage or input error (including a change
//! that needs `--yes`), 3 sign-in needed. Human-readable output by default; `--json` prints one JSON document on
//! standard output, also for failures.

use std::collections::HashMap;
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;

use clap::{Args, Parser, Subcommand, ValueEnum};
use serde_json::{json, Value};

mod output;

use output::*;

use crate::access_review::{review, AccessReview, SessionKind};
use crate::activity_log::ActivityLog;
use crate::arm::ArmClient;
use crate::assistant::{Assistant, Folders, Options};
use crate::auth::service_principal::{ClientCertificate, ClientCredential, ServicePrincipalTokens};
use crate::auth::{Account, CLIENT_ID_ENV};
use crate::everywhere;
use crate::ids::TenantId;
use crate::pal::{LinkOutcome, LinkPlan, PalService, PartnerLink};
use crate::partner_id::PartnerId;
use crate::proof::{directory_name, Proof};
use crate::rules::Mark;
use crate::{Cloud, Endpoints, Error, ErrorCode, Sensitive};

pub const EXIT_OK: i32 = 0;
pub const EXIT_AZURE: i32 = 1;
pub const EXIT_USAGE: i32 = 2;
pub const EXIT_SIGN_IN: i32 = 3;

pub const ENV_CLIENT_SECRET: &str = "PARTNER_LINK_CLIENT_SECRET";
/// A PEM file with the service principal's certificate and its private key, instead of a secret.
pub const ENV_CLIENT_CERTIFICATE: &str = "PARTNER_LINK_CLIENT_CERTIFICATE";
/// With a secret or certificate: the service principal's application ID (`--client-id` wins). Without one it is
/// the sign-in app's ID, as for the app.
pub const ENV_CLIENT_ID: &str = CLIENT_ID_ENV;
pub use crate::endpoints::ENV_ARM_URL;
pub use crate::endpoints::ENV_CA_FILE;
pub use crate::endpoints::ENV_CLOUD;
pub use crate::endpoints::ENV_GRAPH_URL;
pub use crate::endpoints::ENV_LOGIN_URL;
pub const ENV_ACTIVITY_LOG: &str = "PARTNER_LINK_ACTIVITY_LOG";
/// Where `link --all-unlinked` records each directory's outcome, to resume an interrupted run.
pub const ENV_BULK_JOURNAL: &str = "PARTNER_LINK_BULK_JOURNAL";
/// The keychain's service name, as for the app (side-by-side installations and tests keep apart).
pub use crate::assistant::KEYCHAIN_SERVICE_ENV as ENV_KEYCHAIN_SERVICE;

#[derive(Parser, Debug)]
#[command(
    name = "partner-link",
    version,
    about = "Link your Microsoft partner ID (Partner Admin Link) in a customer directory.",
    after_help = "Exit codes: 0 done, 1 Azure refused or failed, 2 usage or input error, 3 sign-in needed.\n\
Sign-in: an account signed in in the app or with `partner-link sign-in` (choose one with --account), or a service\n\
principal: --client-id with its secret in PARTNER_LINK_CLIENT_SECRET or its certificate (a PEM file with the\n\
private key) named by PARTNER_LINK_CLIENT_CERTIFICATE.\n\
Endpoints: --cloud, or PARTNER_LINK_LOGIN_URL / PARTNER_LINK_ARM_URL / PARTNER_LINK_CA_FILE for a custom or simulated cloud."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Show the current link and what this identity's access earns in the directory.
    Status(Common),
    /// Link a partner ID (when none is linked yet).
    Link(WithPartner),
    /// Change the linked partner ID to another (asks for confirmation).
    Change(WithPartner),
    /// Remove the link (asks for confirmation).
    Unlink(Common),
    /// Sign in with a device code shown here, for the app and the command line alike.
    SignIn(SignInArgs),
    /// List the accounts signed in (in the app or here).
    Accounts(Plain),
    /// Sign an account out, in the app and here.
    SignOut(SignOutArgs),
}

#[derive(Args, Debug)]
struct Common {
    /// The customer directory: its tenant ID (GUID) or a domain such as contoso.onmicrosoft.com. With --all, the
    /// directory to list from (an account's home directory when not given).
    #[arg(long)]
    tenant: Option<String>,
    /// Print one JSON document instead of text.
    #[arg(long)]
    json: bool,
    /// Do not ask before changing or removing an existing link.
    #[arg(long)]
    yes: bool,
    /// The application (client) ID of the service principal to sign in as.
    #[arg(long)]
    client_id: Option<String>,
    /// The signed-in account to use (its sign-in name or ID), when there are several.
    #[arg(long)]
    account: Option<String>,
    #[arg(long, value_enum)]
    cloud: Option<CloudArg>,
    /// Where the activity log is written (JSON lines); the app's own by default.
    #[arg(long)]
    activity_log: Option<PathBuf>,
    /// Skip the access review (status, link) to save round trips.
    #[arg(long)]
    no_review: bool,
    /// status: every directory the identity reaches, with its link, access and problems.
    #[arg(long)]
    all: bool,
}

#[derive(Args, Debug)]
struct WithPartner {
    #[command(flatten)]
    common: Common,
    /// The Associated Partner ID from Partner Center (what you paste is cleaned up).
    #[arg(long)]
    partner_id: String,
    /// Save the proof of linking (JSON and printable HTML) in this folder.
    #[arg(long)]
    proof_dir: Option<PathBuf>,
    /// link: every directory the identity reaches that has no link yet, in parallel. A run that was interrupted
    /// is resumed. Directories linked to another partner ID are left alone.
    #[arg(long)]
    all_unlinked: bool,
}

#[derive(Args, Debug)]
struct SignInArgs {
    /// The directory to sign in to (any work account's home when not given).
    #[arg(long)]
    tenant: Option<String>,
    #[arg(long)]
    json: bool,
    #[arg(long, value_enum)]
    cloud: Option<CloudArg>,
}

#[derive(Args, Debug)]
struct Plain {
    #[arg(long)]
    json: bool,
    #[arg(long, value_enum)]
    cloud: Option<CloudArg>,
}

#[derive(Args, Debug)]
struct SignOutArgs {
    /// The account to sign out (its sign-in name or ID).
    #[arg(long)]
    account: String,
    #[arg(long)]
    json: bool,
    #[arg(long, value_enum)]
    cloud: Option<CloudArg>,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum CloudArg {
    Public,
    Government,
    China,
    Practice,
}

/// What the command line reads from its surroundings, so tests can run it in-process and in parallel.
pub struct CliEnv {
    pub vars: HashMap<String, String>,
    /// Whether a person can answer a question on standard input.
    pub interactive: bool,
    /// Where answers come from when `interactive`.
    pub stdin: Box<dyn BufRead + Send>,
}

impl CliEnv {
    /// The real process environment and terminal.
    pub fn from_process() -> CliEnv {
        CliEnv {
            vars: std::env::vars().collect(),
            interactive: std::io::stdin().is_terminal(),
            stdin: Box::new(std::io::BufReader::new(std::io::stdin())),
        }
    }

    fn var(&self, k: &str) -> Option<String> {
        self.vars.get(k).filter(|v| !v.is_empty()).cloned()
    }
}

/// Runs the command line with `args` (the first being the program name) and returns the exit code.
/// Whether `args` (program name first) ask for the command line: a subcommand, or help or the version. The
/// desktop app uses this to point someone who typed a subcommand at `partner-link`.
pub fn is_command_line(args: &[String]) -> bool {
    use clap::CommandFactory;
    let Some(first) = args.get(1) else {
        return false;
    };
    matches!(
        first.as_str(),
        "help" | "--help" | "-h" | "--version" | "-V"
    ) || Cli::command()
        .get_subcommands()
        .any(|s| s.get_name() == first.as_str())
}

pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    run_with(args, CliEnv::from_process(), out, err)
}

/// [`run`] with an explicit environment.
pub fn run_with(args: &[String], mut env: CliEnv, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let cli = match Cli::try_parse_from(args) {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_USAGE } else { EXIT_OK };
            let text = e.render().to_string();
            if code == EXIT_OK {
                let _ = write!(out, "{text}");
            } else {
                let _ = write!(err, "{text}");
            }
            return code;
        }
    };
    let json_mode = match &cli.command {
        Command::Status(c) | Command::Unlink(c) => c.json,
        Command::Link(w) | Command::Change(w) => w.common.json,
        Command::SignIn(a) => a.json,
        Command::Accounts(a) => a.json,
        Command::SignOut(a) => a.json,
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            let _ = writeln!(err, "partner-link: cannot start: {e}");
            return EXIT_AZURE;
        }
    };
    match runtime.block_on(execute(cli, &mut env, out, err)) {
        Ok(()) => EXIT_OK,
        Err(e) => {
            let code = exit_code(e.code);
            if json_mode {
                let _ = writeln!(
                    out,
                    "{}",
                    serde_json::to_string_pretty(
                        &json!({"ok": false, "exitCode": code, "error": e})
                    )
                    .unwrap_or_default()
                );
            }
            let _ = writeln!(err, "partner-link: {}", e.message);
            code
        }
    }
}

/// The exit code for an error: what the person (or the script) does next.
pub fn exit_code(code: ErrorCode) -> i32 {
    match code {
        ErrorCode::InvalidInput
        | ErrorCode::InvalidPartnerId
        | ErrorCode::SeveralPartnerIds
        | ErrorCode::ConfirmationRequired
        | ErrorCode::DirectoryNotFound
        | ErrorCode::SettingsFileDamaged => EXIT_USAGE,
        ErrorCode::ClientCredentialsRejected
        | ErrorCode::AccessTokenRejected
        | ErrorCode::SignInExpired
        | ErrorCode::MfaRequired
        | ErrorCode::MfaSetupRequired
        | ErrorCode::SignInAppNotConfigured
        | ErrorCode::AzureCliSignInNeeded => EXIT_SIGN_IN,
        _ => EXIT_AZURE,
    }
}

fn sign_in_needed(message: impl Into<String>) -> Error {
    Error::new(ErrorCode::SignInExpired, message)
}

/// The Assistant over the cloud the options and the environment name, in the app's folders (or those
/// `PARTNER_LINK_DATA_DIR` names), with the app's keychain entries.
fn assistant(cloud: Option<CloudArg>, env: &CliEnv) -> Result<Assistant, Error> {
    let cloud = cloud.map(|c| match c {
        CloudArg::Public => Cloud::AzurePublic,
        CloudArg::Government => Cloud::AzureGovernment,
        CloudArg::China => Cloud::AzureChina,
        CloudArg::Practice => Cloud::Practice,
    });
    let endpoints = Endpoints::from_vars(cloud, |k| env.var(k))?;
    let folders = Folders::from_vars(|k| env.var(k))?;
    Ok(Assistant::new(
        endpoints,
        folders,
        Options::from_vars(|k| env.var(k)),
    ))
}

/// Who the command acts as, and how it is named in reports.
struct Identity {
    arm: ArmClient,
    /// The account's ID (the app's, or the service principal's application ID).
    account_id: String,
    /// Its sign-in name, for reports.
    label: String,
    /// Its home directory, when known: where `--all` lists directories from.
    home: Option<String>,
}

/// A service principal when a secret or certificate is in the environment; else the signed-in account that
/// `--account` names, or the only one.
async fn identity(c: &Common, env: &CliEnv, assistant: &Assistant) -> Result<Identity, Error> {
    let certificate = env.var(ENV_CLIENT_CERTIFICATE);
    let secret = env.var(ENV_CLIENT_SECRET);
    if certificate.is_some() || secret.is_some() || c.client_id.is_some() {
        let client_id = c.client_id.clone().or_else(|| env.var(ENV_CLIENT_ID)).ok_or_else(|| {
            sign_in_needed(format!(
                "sign-in needed: a service principal needs --client-id (or {ENV_CLIENT_ID}) with {ENV_CLIENT_SECRET} or {ENV_CLIENT_CERTIFICATE}"
            ))
        })?;
        let credential = match (certificate, secret) {
            (Some(path), _) => {
                let pem = std::fs::read_to_string(&path).map_err(|e| {
                    sign_in_needed(format!("{ENV_CLIENT_CERTIFICATE}: cannot read {path}: {e}"))
                })?;
                let cert = ClientCertificate::from_pem(&pem).map_err(|e| {
                    sign_in_needed(format!("{ENV_CLIENT_CERTIFICATE} ({path}): {}", e.message))
                })?;
                ClientCredential::Certificate(Arc::new(cert))
            }
            (None, Some(secret)) => ClientCredential::Secret(Sensitive::new(secret)),
            (None, None) => {
                return Err(sign_in_needed(format!(
                    "sign-in needed: set {ENV_CLIENT_SECRET} to the service principal's client secret, or {ENV_CLIENT_CERTIFICATE} to its certificate file (PEM with the private key)"
                )))
            }
        };
        let tokens = ServicePrincipalTokens::new(&assistant.endpoints, &client_id, credential)
            .map_err(|e| {
                Error::new(
                    ErrorCode::InvalidInput,
                    format!("--client-id: {}", e.message),
                )
            })?;
        return Ok(Identity {
            arm: ArmClient::new(&assistant.endpoints, Arc::new(tokens))?,
            label: client_id.clone(),
            account_id: client_id,
            home: None,
        });
    }
    let account = chosen_account(c.account.as_deref(), assistant).await?;
    Ok(Identity {
        arm: assistant.arm(&account.id).await?,
        account_id: account.id,
        label: account.username,
        home: Some(account.home_tenant_id),
    })
}

/// The signed-in account `wanted` names (its ID, sign-in name or display name), or the only one.
async fn chosen_account(wanted: Option<&str>, assistant: &Assistant) -> Result<Account, Error> {
    let accounts = assistant.auth().await?.accounts().await;
    let names = || {
        accounts
            .iter()
            .map(|a| a.username.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    match wanted.map(str::trim) {
        Some(w) => accounts
            .iter()
            .find(|a| {
                a.id.eq_ignore_ascii_case(w)
                    || a.username.eq_ignore_ascii_case(w)
                    || a.name.eq_ignore_ascii_case(w)
            })
            .cloned()
            .ok_or_else(|| {
                sign_in_needed(format!(
                    "no account {w:?} is signed in (signed in: {}); run `partner-link sign-in` or sign in in the app",
                    if accounts.is_empty() { "none".to_owned() } else { names() }
                ))
            }),
        None => match accounts.as_slice() {
            [one] => Ok(one.clone()),
            [] => Err(sign_in_needed(
                "sign-in needed: nobody is signed in; run `partner-link sign-in` (a device code), sign in in the app, or give a service principal (--client-id with PARTNER_LINK_CLIENT_SECRET or PARTNER_LINK_CLIENT_CERTIFICATE)",
            )),
            _ => Err(Error::new(
                ErrorCode::InvalidInput,
                format!("several accounts are signed in ({}); choose one with --account", names()),
            )),
        },
    }
}

/// The directory `--tenant` names.
fn tenant(c: &Common) -> Result<TenantId, Error> {
    let t = c.tenant.as_deref().ok_or_else(|| {
        Error::new(
            ErrorCode::InvalidInput,
            "--tenant is needed: the customer directory's ID or a domain such as contoso.onmicrosoft.com",
        )
    })?;
    TenantId::parse(t).map_err(|e| Error::new(e.code, format!("--tenant: {}", e.message)))
}

async fn execute(
    cli: Cli,
    env: &mut CliEnv,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), Error> {
    match cli.command {
        Command::SignIn(a) => return sign_in(&a, env, out, err).await,
        Command::Accounts(a) => return accounts(&a, env, out).await,
        Command::SignOut(a) => return sign_out(&a, env, out).await,
        _ => {}
    }
    match cli.command {
        Command::Status(c) if c.all => status_all(&c, env, out).await,
        Command::Link(w) if w.all_unlinked => link_all(&w, env, out, err).await,
        Command::Change(w) if w.all_unlinked => Err(Error::new(
            ErrorCode::InvalidInput,
            "--all-unlinked is for `link`; a change needs confirmation directory by directory",
        )),
        Command::Unlink(c) if c.all => Err(Error::new(
            ErrorCode::InvalidInput,
            "--all is for `status`; links are removed one directory at a time",
        )),
        Command::Status(c) => {
            let tenant = tenant(&c)?;
            let assistant = assistant(c.cloud, env)?;
            let who = identity(&c, env, &assistant).await?;
            let pal = PalService::new(who.arm, None);
            let identity = pal.arm.identity(&tenant).await?;
            // With its review, the directory is opened as the directory screen opens it (the one decision of what
            // stands in the way, `directory::open`); without, only the link is read, as fast as it can be.
            let (link, access, blocker) = if c.no_review {
                (pal.read_link(&tenant).await?, None, None)
            } else {
                let consent_url = match who.home {
                    Some(_) => assistant.auth().await.ok(),
                    None => None,
                };
                let opening = crate::directory::open(&pal.arm, &tenant, || {
                    consent_url.and_then(|auth| auth.admin_consent_url(tenant.as_str()))
                })
                .await;
                match opening {
                    crate::directory::DirectoryOpening::Ready { view } => {
                        (view.link, Some(view.review), view.blocker)
                    }
                    crate::directory::DirectoryOpening::Blocked {
                        error, consent_url, ..
                    } => {
                        return Err(match consent_url {
                            Some(url) if !error.message.contains(&url) => Error::new(
                                error.code,
                                format!("{}. Admin consent: {url}", error.message),
                            ),
                            _ => error,
                        })
                    }
                }
            };
            let name = directory_name(&pal.arm, &tenant).await;
            if c.json {
                print_json(
                    out,
                    &json!({"ok": true, "tenantId": identity.tenant_id, "directoryName": name,
                    "identity": identity, "link": link, "access": access, "blocker": blocker}),
                );
            } else {
                let _ = writeln!(
                    out,
                    "Directory:  {}",
                    dir_label(name.as_deref(), &identity.tenant_id)
                );
                let _ = writeln!(
                    out,
                    "Identity:   {} (object ID {})",
                    identity.display_name, identity.object_id
                );
                let _ = writeln!(out, "Partner ID: {}", link_label(link.as_ref()));
                if let Some(a) = &access {
                    print_access(out, a);
                }
                if let Some(b) = blocker {
                    let _ = writeln!(out, "In the way: {}", b.name());
                }
            }
            Ok(())
        }
        Command::Link(w) => link_or_change(w, false, env, out, err).await,
        Command::Change(w) => link_or_change(w, true, env, out, err).await,
        Command::Unlink(c) => {
            let tenant = tenant(&c)?;
            let assistant = assistant(c.cloud, env)?;
            let who = identity(&c, env, &assistant).await?;
            let pal = PalService::new(who.arm, Some(activity_log(&c, env, &assistant)));
            let plan = pal.plan_unlink(&tenant).await?;
            let confirmed = confirm(&plan, c.yes, c.json, env, out, err)?;
            let outcome = pal.apply(&plan, confirmed).await?;
            report(out, c.json, &outcome, None, None);
            Ok(())
        }
        Command::SignIn(_) | Command::Accounts(_) | Command::SignOut(_) => Ok(()),
    }
}

/// `partner-link sign-in`: a device code on the terminal, kept in the app's sealed cache.
async fn sign_in(
    a: &SignInArgs,
    env: &CliEnv,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), Error> {
    let assistant = assistant(a.cloud, env)?;
    let prompt = assistant.start_device_code(a.tenant.as_deref()).await?;
    // Entra's own sentence names the page and the code; it goes to standard error so `--json` stays one document.
    let _ = writeln!(err, "{}", prompt.message);
    let _ = err.flush();
    let account = assistant.finish_device_code().await?;
    if a.json {
        print_json(out, &json!({"ok": true, "account": account}));
    } else {
        let _ = writeln!(out, "Signed in: {} ({})", account.username, account.id);
    }
    Ok(())
}

/// `partner-link accounts`: who is signed in, in the app or here.
async fn accounts(a: &Plain, env: &CliEnv, out: &mut dyn Write) -> Result<(), Error> {
    let assistant = assistant(a.cloud, env)?;
    let accounts = assistant.auth().await?.accounts().await;
    if a.json {
        print_json(out, &json!({"ok": true, "accounts": accounts}));
    } else if accounts.is_empty() {
        let _ = writeln!(out, "Nobody is signed in.");
    } else {
        for acc in &accounts {
            let _ = writeln!(
                out,
                "{}  {}  (home directory {})",
                acc.username, acc.id, acc.home_tenant_id
            );
        }
    }
    Ok(())
}

/// `partner-link sign-out --account`: out of the app and the command line alike.
async fn sign_out(a: &SignOutArgs, env: &CliEnv, out: &mut dyn Write) -> Result<(), Error> {
    let assistant = assistant(a.cloud, env)?;
    let account = chosen_account(Some(&a.account), &assistant).await?;
    assistant.sign_out(&account.id).await?;
    if a.json {
        print_json(out, &json!({"ok": true, "signedOut": account}));
    } else {
        let _ = writeln!(out, "Signed out: {}", account.username);
    }
    Ok(())
}

async fn link_or_change(
    w: WithPartner,
    change: bool,
    env: &mut CliEnv,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), Error> {
    // The ID and the directory are checked before anything is sent, so a typo costs no sign-in.
    let partner_id = PartnerId::parse(&w.partner_id)?;
    let c = &w.common;
    let tenant = tenant(c)?;
    let assistant = assistant(c.cloud, env)?;
    let who = identity(c, env, &assistant).await?;
    let pal = PalService::new(who.arm, Some(activity_log(c, env, &assistant)));
    let plan = pal.plan_link(&tenant, &partner_id).await?;
    if let (false, LinkPlan::Change { from, .. }) = (change, &plan) {
        return Err(Error::new(
            ErrorCode::LinkConflict,
            format!(
                "this identity is already linked to partner ID {}{} in this directory; to replace it, run `partner-link change` (it asks for confirmation)",
                from.partner_id,
                from.partner_name.as_deref().map(|n| format!(" ({n})")).unwrap_or_default()
            ),
        ));
    }
    let access = if c.no_review || matches!(plan, LinkPlan::AlreadyLinked { .. }) {
        None
    } else {
        let a = review(&pal.arm, &tenant).await?;
        if !c.json {
            print_access(out, &a);
        }
        if a.session == SessionKind::CspAdminOnBehalfOf {
            return Err(Error::new(
                ErrorCode::CspAdminOnBehalfOf,
                crate::access_review::ReviewNote::CspAdminOnBehalfOf.text(),
            ));
        }
        Some(a)
    };
    let confirmed = confirm(&plan, c.yes, c.json, env, out, err)?;
    let outcome = pal.apply(&plan, confirmed).await?;
    let proof_files = match &w.proof_dir {
        Some(dir) if outcome.link.is_some() => {
            let name = directory_name(&pal.arm, &tenant).await;
            let proof = Proof::from_outcome(&outcome, name, access.clone());
            Some(proof.save(dir, &proof.file_stem())?)
        }
        _ => None,
    };
    report(out, c.json, &outcome, access.as_ref(), proof_files);
    Ok(())
}

/// The directory `--all` lists from: `--tenant`, else the account's home.
fn listing_home(c: &Common, who: &Identity) -> Result<String, Error> {
    match (&c.tenant, &who.home) {
        (Some(_), _) => Ok(tenant(c)?.to_string()),
        (None, Some(home)) => Ok(home.clone()),
        (None, None) => Err(Error::new(
            ErrorCode::InvalidInput,
            "--tenant is needed: the directory to list from (the service principal's home directory)",
        )),
    }
}

async fn status_all(c: &Common, env: &CliEnv, out: &mut dyn Write) -> Result<(), Error> {
    let assistant = assistant(c.cloud, env)?;
    let who = identity(c, env, &assistant).await?;
    let home = listing_home(c, &who)?;
    let targets =
        everywhere::reachable_directories(&who.arm, &home, &who.account_id, &who.label).await?;
    let arm = who.arm.clone();
    let overview = everywhere::overview(
        targets,
        everywhere::DEFAULT_CONCURRENCY,
        &move |_: &str| Ok(arm.clone()),
        Arc::new(|_: &everywhere::DirectoryStatus| {}),
    )
    .await;
    if c.json {
        print_json(out, &json!({"ok": true, "overview": overview}));
        return Ok(());
    }
    let linked = overview
        .directories
        .iter()
        .filter(|d| d.link.is_some())
        .count();
    let _ = writeln!(
        out,
        "Linked in {linked} of {} directories (as of {}):",
        overview.directories.len(),
        overview.generated_at
    );
    for d in &overview.directories {
        let problem = d
            .problem
            .map(|p| format!("  [{}]", p.name()))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "  {}  {}  role: {}{problem}",
            dir_label(Some(&d.target.name), &d.target.tenant_id),
            link_label(d.link.as_ref()),
            d.best_role.as_deref().unwrap_or("none"),
        );
    }
    Ok(())
}

async fn link_all(
    w: &WithPartner,
    env: &CliEnv,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), Error> {
    let partner_id = PartnerId::parse(&w.partner_id)?;
    let c = &w.common;
    let assistant = assistant(c.cloud, env)?;
    let who = identity(c, env, &assistant).await?;
    let home = listing_home(c, &who)?;
    let journal = match env.var(ENV_BULK_JOURNAL) {
        Some(path) => Arc::new(everywhere::BulkJournal::new(PathBuf::from(path))),
        None => assistant.journal(),
    };
    let run = everywhere::BulkRun {
        partner_id: partner_id.clone(),
        concurrency: everywhere::DEFAULT_CONCURRENCY,
        journal: journal.clone(),
        activity_log: Some(activity_log(c, env, &assistant)),
        control: everywhere::BulkControl::new(),
        throttle: everywhere::SharedThrottle::new(),
    };
    let arm = who.arm.clone();
    let arm_for = move |_: &str| Ok(arm.clone());
    let on_result = Arc::new(|_: &everywhere::BulkItemResult| {});
    let summary = match journal.pending() {
        Some(p) if p.partner_id == partner_id.as_str() => {
            let _ = writeln!(
                err,
                "partner-link: resuming the interrupted run of {} (started {}): {} directories left",
                p.run_id,
                p.started_at,
                p.remaining().len()
            );
            run.resume(&p, &arm_for, on_result).await?
        }
        other => {
            if let Some(p) = other {
                // An interrupted run for another partner ID is not continued under this one.
                journal.abandon(&p.run_id)?;
            }
            let targets =
                everywhere::reachable_directories(&who.arm, &home, &who.account_id, &who.label)
                    .await?;
            run.start(targets, &arm_for, on_result).await?
        }
    };
    let count = |f: fn(&everywhere::BulkOutcome) -> bool| {
        summary.results.iter().filter(|r| f(&r.outcome)).count()
    };
    let linked = count(|o| matches!(o, everywhere::BulkOutcome::Linked { .. }));
    let already = count(|o| matches!(o, everywhere::BulkOutcome::AlreadyLinked));
    let other = count(|o| matches!(o, everywhere::BulkOutcome::LinkedToAnother { .. }));
    let unfinished = summary.results.len() - linked - already - other;
    if c.json {
        print_json(out, &json!({"ok": unfinished == 0, "summary": summary}));
    } else {
        let _ = writeln!(
            out,
            "Linked {linked}, already linked {already}, linked to another partner ID {other} (left alone), not done {unfinished}."
        );
        for r in &summary.results {
            match &r.outcome {
                everywhere::BulkOutcome::Failed { error }
                | everywhere::BulkOutcome::NeedsSignIn { error } => {
                    let _ = writeln!(out, "  {}: {}", r.tenant_id, error.message);
                }
                _ => {}
            }
        }
    }
    if unfinished > 0 {
        return Err(Error::new(
            ErrorCode::Internal,
            format!("{unfinished} directories were not linked; run the same command again to retry them"),
        ));
    }
    Ok(())
}

/// The activity log: `--activity-log`, `PARTNER_LINK_ACTIVITY_LOG`, or the app's own (one audit trail).
fn activity_log(c: &Common, env: &CliEnv, assistant: &Assistant) -> ActivityLog {
    match c
        .activity_log
        .clone()
        .or_else(|| env.var(ENV_ACTIVITY_LOG).map(PathBuf::from))
    {
        Some(path) => ActivityLog::new(path),
        None => assistant.activity_log(),
    }
}
