//! Signing in through the Azure CLI, with a stand-in `az` program: a script that answers `az account show` and
//! `az account get-access-token` as the CLI does, handing out a real token from the simulator so that the token
//! then works against the simulated Resource Manager. The app's own process-running, parsing and error mapping
//! are what is tested; the real CLI cannot be installed here.

#![cfg(unix)]

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use azure_sim::demo;
use partner_link_core::arm::ArmClient;
use partner_link_core::auth::{AccountKind, AuthClient, Persistence};
use partner_link_core::pal::PalService;
use partner_link_core::{ErrorCode, TokenSource};

/// Writes a stand-in `az` into `dir`. It logs its arguments, answers `account show` with `show`, and
/// `account get-access-token` with `token` (or fails as the CLI does, with `fail` on stderr).
fn fake_az(dir: &Path, show: &str, token: Option<&str>, fail: Option<&str>) -> PathBuf {
    std::fs::write(dir.join("show.json"), show).unwrap();
    if let Some(token) = token {
        std::fs::write(dir.join("token.json"), token).unwrap();
    }
    let failing = match fail {
        Some(message) => format!("echo '{message}' >&2; exit 1"),
        None => format!("cat '{}'", dir.join("token.json").display()),
    };
    let script = format!(
        "#!/bin/sh\necho \"$@\" >> '{log}'\ncase \"$1 $2\" in\n  'account show') cat '{show}' ;;\n  'account get-access-token') {failing} ;;\n  *) echo \"unknown command $*\" >&2; exit 2 ;;\nesac\n",
        log = dir.join("args.log").display(),
        show = dir.join("show.json").display(),
    );
    let path = dir.join("az");
    std::fs::write(&path, script).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

fn show_json() -> String {
    serde_json::json!({
        "environmentName": "AzureCloud",
        "homeTenantId": demo::HOME,
        "tenantId": demo::HOME,
        "user": { "name": demo::PARTNER_USER, "type": "user" },
    })
    .to_string()
}

#[tokio::test]
async fn the_azure_clis_sign_in_gives_tokens_per_directory_that_resource_manager_accepts() {
    let env = crate::common::start().await;
    // A real token for the partner user in Fabrikam, as `az account get-access-token --tenant` would return.
    let user = crate::common::UserTokens::new(&env, demo::PARTNER_USER);
    let real = user.access_token(demo::FABRIKAM_EA).await.unwrap();
    let expires_on = real
        .expires_at
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let token_json = serde_json::json!({
        "accessToken": real.secret.expose(),
        "expiresOn": "2026-12-01 10:00:00.000000",
        "expires_on": expires_on,
        "subscription": demo::subscription_of(demo::FABRIKAM_EA),
        "tenant": demo::FABRIKAM_EA,
        "tokenType": "Bearer",
    })
    .to_string();
    let az = fake_az(env.dir.path(), &show_json(), Some(&token_json), None);

    // No sign-in app is needed for this way in.
    let auth = AuthClient::without_sign_in_app(env.endpoints.clone(), Persistence::SessionOnly)
        .unwrap()
        .with_azure_cli(az);
    assert!(!auth.has_sign_in_app());
    let account = auth.sign_in_azure_cli().await.unwrap();
    assert_eq!(account.kind, AccountKind::AzureCli);
    assert_eq!(account.username, demo::PARTNER_USER);
    assert_eq!(account.home_tenant_id, demo::HOME);

    let tokens = auth.token_source(&account.id);
    let token = tokens.access_token(demo::FABRIKAM_EA).await.unwrap();
    assert_eq!(token.tenant_id, demo::FABRIKAM_EA);
    assert_eq!(
        token.object_id,
        demo::partner_user_oid_in(demo::FABRIKAM_EA)
    );
    // The token works: the link in that directory can be read with it.
    let arm = ArmClient::new(&env.endpoints, tokens.clone()).unwrap();
    let link = PalService::new(arm, None)
        .read_link(demo::FABRIKAM_EA)
        .await
        .unwrap();
    assert_eq!(link, None);

    // The CLI was asked for that directory and Resource Manager's scope, and once only: the token is kept.
    let args = std::fs::read_to_string(env.dir.path().join("args.log")).unwrap();
    let asks: Vec<&str> = args
        .lines()
        .filter(|l| l.starts_with("account get-access-token"))
        .collect();
    assert_eq!(asks.len(), 1, "{args}");
    assert!(
        asks[0].contains(&format!("--tenant {}", demo::FABRIKAM_EA)),
        "{args}"
    );
    assert!(
        asks[0].contains("--scope https://management.azure.com/.default"),
        "{args}"
    );
    assert!(asks[0].contains("--output json"), "{args}");

    // People cannot sign in through the missing app: that is said plainly.
    let e = match auth.start_device_code(None).await {
        Ok(_) => panic!("a device code was started without a sign-in app"),
        Err(e) => e,
    };
    assert_eq!(e.code, ErrorCode::SignInAppNotConfigured);
}

#[tokio::test]
async fn a_directory_that_wants_more_tells_which_az_login_to_run() {
    let env = crate::common::start().await;
    let az = fake_az(
        env.dir.path(),
        &show_json(),
        None,
        Some("ERROR: AADSTS50076: Due to a configuration change made by your administrator, you must use multi-factor authentication."),
    );
    let auth = AuthClient::without_sign_in_app(env.endpoints.clone(), Persistence::SessionOnly)
        .unwrap()
        .with_azure_cli(az);
    let account = auth.sign_in_azure_cli().await.unwrap();
    let e = auth
        .token_source(&account.id)
        .access_token(demo::ADATUM_MFA)
        .await
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::AzureCliSignInNeeded);
    assert!(
        e.message
            .contains(&format!("az login --tenant {}", demo::ADATUM_MFA)),
        "{}",
        e.message
    );
    // The app's own browser sign-in cannot stand in for the CLI's.
    let e = auth
        .sign_in_to_directory(
            &account.id,
            demo::ADATUM_MFA,
            |_| Ok(()),
            &partner_link_core::auth::Cancel::new(),
            std::time::Duration::from_secs(1),
        )
        .await
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::AzureCliSignInNeeded);
}

#[tokio::test]
async fn without_the_cli_or_its_sign_in_the_error_says_so() {
    let env = crate::common::start().await;
    let auth = AuthClient::without_sign_in_app(env.endpoints.clone(), Persistence::SessionOnly)
        .unwrap()
        .with_azure_cli(env.dir.path().join("no-such-az"));
    let e = auth.sign_in_azure_cli().await.unwrap_err();
    assert_eq!(e.code, ErrorCode::AzureCliUnavailable);

    // Installed, but `az login` was never run: the CLI says so on stderr and exits 1.
    let script = env.dir.path().join("az-logged-out");
    std::fs::write(
        &script,
        "#!/bin/sh\necho \"ERROR: Please run 'az login' to setup account.\" >&2\nexit 1\n",
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let auth = AuthClient::without_sign_in_app(env.endpoints.clone(), Persistence::SessionOnly)
        .unwrap()
        .with_azure_cli(script);
    let e = auth.sign_in_azure_cli().await.unwrap_err();
    assert_eq!(e.code, ErrorCode::AzureCliUnavailable);
    assert!(e.message.contains("az login"), "{}", e.message);
}
