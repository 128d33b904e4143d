//! The Azure CLI's own sign-in, for people who already use `az` on this computer: the app asks `az` for a
//! Resource Manager token per directory (`az account get-access-token --tenant …`) instead of signing in itself.
//! Nothing of the CLI's is stored by the app; signing out here forgets the account in the app and leaves `az` as
//! it was.
//!
//! This needs no sign-in app of the organization's, because the tokens are the Azure CLI's own: it is what a
//! partner can use while IT registers that app.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use serde_json::Value;

use crate::{AccessToken, Error, ErrorCode, Sensitive};

/// A path to the `az` program, when it is not the one on `PATH` (a portable install, say).
pub const AZ_ENV: &str = "PARTNER_LINK_AZ";

/// How long one `az` command may take. It can be slow (it is a Python program that may refresh its own
/// tokens), but one that waits for input it will never get must not hold the app.
const AZ_TIMEOUT: Duration = Duration::from_secs(60);

/// Finds the Azure CLI: `PARTNER_LINK_AZ`, then `az` on `PATH` (`az.cmd` on Windows).
pub fn find() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os(AZ_ENV).filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(path));
    }
    let names: &[&str] = if cfg!(windows) {
        &["az.cmd", "az.exe", "az"]
    } else {
        &["az"]
    };
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
        .find(|candidate| candidate.is_file())
}

fn unavailable(why: impl Into<String>) -> Error {
    Error::new(ErrorCode::AzureCliUnavailable, why)
}

/// Runs `az` with `args` and reads its JSON answer. A failure keeps the CLI's own words (they say what to do),
/// and an AADSTS code in them decides the error code, as for the app's own sign-in.
async fn run(program: &Path, args: &[&str], tenant: Option<&str>) -> Result<Value, Error> {
    let mut command = tokio::process::Command::new(program);
    command
        .args(args)
        .args(["--output", "json"])
        .stdin(std::process::Stdio::null())
        .kill_on_drop(true);
    let output = match tokio::time::timeout(AZ_TIMEOUT, command.output()).await {
        Ok(Ok(output)) => output,
        Ok(Err(e)) => {
            return Err(unavailable(format!(
                "the Azure CLI ({}) could not be started: {e}",
                program.display()
            )))
        }
        Err(_) => {
            return Err(unavailable(format!(
                "the Azure CLI did not answer within {} s",
                AZ_TIMEOUT.as_secs()
            )))
        }
    };
    let stderr = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() {
        return Err(failure(&stderr, tenant));
    }
    serde_json::from_slice(&output.stdout).map_err(|e| {
        Error::new(
            ErrorCode::Internal,
            format!("the Azure CLI's answer is not the JSON it documents: {e}"),
        )
    })
}

/// What a failed `az` command means for the person.
fn failure(stderr: &str, tenant: Option<&str>) -> Error {
    // The CLI's messages never contain tokens; they are kept (shortened) for the details disclosure.
    let said: String = stderr.trim().chars().take(600).collect();
    let aadsts = said.find("AADSTS").and_then(|i| {
        let digits: String = said[i + 6..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        digits.parse::<u64>().ok()
    });
    if said.contains("az login") && aadsts.is_none() {
        return unavailable(format!(
            "the Azure CLI is not signed in: run `az login`. The CLI said: {said}"
        ));
    }
    match super::aad_error::error_code_for(aadsts, "") {
        // The CLI must pass the directory's extra check itself, in its own sign-in.
        ErrorCode::MfaRequired | ErrorCode::SignInExpired | ErrorCode::MfaSetupRequired => {
            let login = match tenant {
                Some(t) => format!("az login --tenant {t}"),
                None => "az login".to_owned(),
            };
            Error::new(
                ErrorCode::AzureCliSignInNeeded,
                format!("run `{login}` in a terminal, then try again. The CLI said: {said}"),
            )
        }
        ErrorCode::SignInFailed if aadsts.is_none() => Error::new(
            ErrorCode::SignInFailed,
            format!("the Azure CLI failed: {said}"),
        ),
        code => Error::new(code, format!("the Azure CLI said: {said}")),
    }
}

/// Who the Azure CLI is signed in as: (sign-in name, home directory).
pub async fn signed_in_user(program: &Path) -> Result<(String, String), Error> {
    let show = run(program, &["account", "show"], None).await?;
    let name = show["user"]["name"]
        .as_str()
        .filter(|n| !n.is_empty())
        .ok_or_else(|| unavailable("the Azure CLI is signed in as nobody: run `az login`"))?
        .to_owned();
    let home = show["homeTenantId"]
        .as_str()
        .or_else(|| show["tenantId"].as_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    Ok((name, home))
}

/// A Resource Manager token for `tenant` from the Azure CLI, for `scope` (e.g. `https://management.azure.com/.default`).
pub async fn access_token(program: &Path, tenant: &str, scope: &str) -> Result<AccessToken, Error> {
    let answer = run(
        program,
        &[
            "account",
            "get-access-token",
            "--tenant",
            tenant,
            "--scope",
            scope,
        ],
        Some(tenant),
    )
    .await?;
    let token = answer["accessToken"]
        .as_str()
        .ok_or_else(|| Error::new(ErrorCode::Internal, "the Azure CLI gave no accessToken"))?
        .to_owned();
    // `expires_on` (seconds since 1970) is in the CLI's answer since 2.54; older ones only have a local time,
    // so a token without it is taken as good for five minutes, after which it is simply asked for again.
    let expires_on = answer["expires_on"]
        .as_u64()
        .or_else(|| answer["expires_on"].as_str().and_then(|s| s.parse().ok()));
    let expires_at = match expires_on {
        Some(secs) => SystemTime::UNIX_EPOCH + Duration::from_secs(secs),
        None => SystemTime::now() + Duration::from_secs(300),
    };
    let claims = crate::arm::jwt_claims(&token).unwrap_or(Value::Null);
    let token = AccessToken {
        secret: Sensitive::new(token),
        expires_at,
        tenant_id: claims["tid"]
            .as_str()
            .unwrap_or(tenant)
            .to_ascii_lowercase(),
        object_id: claims["oid"].as_str().unwrap_or_default().to_owned(),
    };
    Ok(token)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failure_says_what_to_run() {
        let e = failure(
            "ERROR: AADSTS50076: Due to a configuration change made by your administrator...",
            Some("aaaaaaaa-0000-4000-8000-000000000005"),
        );
        assert_eq!(e.code, ErrorCode::AzureCliSignInNeeded);
        assert!(e
            .message
            .contains("az login --tenant aaaaaaaa-0000-4000-8000-000000000005"));
        let e = failure("ERROR: Please run 'az login' to setup account.", None);
        assert_eq!(e.code, ErrorCode::AzureCliUnavailable);
        let e = failure(
            "ERROR: AADSTS50020: User account does not exist in tenant",
            None,
        );
        assert_eq!(e.code, ErrorCode::AccountNotInDirectory);
        let e = failure("Traceback (most recent call last): …", None);
        assert_eq!(e.code, ErrorCode::SignInFailed);
    }
}
