//! Signing in: whether sign-in can be used, the ways in (browser, device code, service principal, the Azure CLI),
//! a directory's extra sign-in, the directory list, and signing out.

use serde::Serialize;
use specta::Type;

use super::{Assistant, SignInState};
use crate::auth::service_principal::ClientCredential;
use crate::auth::{
    Account, AuthClient, BrowserSignIn, DeviceCodePrompt, Directory, Persistence,
    DEFAULT_BROWSER_TIMEOUT,
};
use crate::ids::TenantId;
use crate::settings::Settings;
use crate::{Error, ErrorCode, Sensitive};

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

/// The tenant a person typed, or none (any work account).
fn optional_tenant(given: Option<&str>) -> Result<Option<TenantId>, Error> {
    match given.map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok(None),
        Some(t) => TenantId::parse(t).map(Some),
    }
}

impl Assistant {
    /// Whether sign-in is ready, and the accounts signed in.
    pub async fn sign_in_status(&self) -> SignInStatus {
        let opened = self.auth().await;
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

    /// Saves the organization's sign-in app (its client ID, from the setup screen) and opens sign-in with it.
    /// A wrong ID (or a Microsoft first-party one) is refused with its reason before anything is saved.
    pub async fn set_sign_in_app(&self, client_id: &str) -> Result<SignInStatus, Error> {
        let client_id = crate::auth::resolve_client_id(Some(client_id.trim()), None, None)?;
        self.refuse_while_busy()?;
        let path = self.settings_path();
        // A settings file that cannot be read is reported, never replaced by defaults.
        let mut settings = Settings::load(&path)?;
        settings.client_id = Some(client_id);
        settings.save(&path)?;
        self.close_sign_in().await;
        Ok(self.sign_in_status().await)
    }

    /// Signs in for this session only: nothing is saved, everything is forgotten when the app closes. Offered
    /// when the keychain is missing or locked; never a plaintext fallback.
    pub async fn use_session_only(&self) -> Result<SignInStatus, Error> {
        self.refuse_while_busy()?;
        self.open_sign_in(Some(Persistence::SessionOnly)).await?;
        Ok(self.sign_in_status().await)
    }

    /// Tries the keychain again (after the person unlocked it, say).
    pub async fn retry_keychain(&self) -> Result<SignInStatus, Error> {
        self.refuse_while_busy()?;
        self.close_sign_in().await;
        Ok(self.sign_in_status().await)
    }

    /// Removes saved sign-ins that were refused (changed, damaged, or from another computer) and starts over.
    pub async fn start_over(&self) -> Result<SignInStatus, Error> {
        self.refuse_while_busy()?;
        AuthClient::forget_everything_at(self.keychain()?, self.cache_path())?;
        self.close_sign_in().await;
        Ok(self.sign_in_status().await)
    }

    /// Signs a work account in with the system browser (authorization code with PKCE, loopback redirect).
    /// `open` opens the page in the person's browser. Returns once the person has finished, cancelled in the
    /// app, or the wait timed out.
    pub async fn sign_in_with_browser(
        &self,
        tenant: Option<&str>,
        open: impl FnOnce(&str) -> Result<(), Error>,
    ) -> Result<Account, Error> {
        let auth = self.auth().await?;
        let request = BrowserSignIn {
            tenant: optional_tenant(tenant)?.map(String::from),
            ..BrowserSignIn::default()
        };
        let cancel = self.begin_sign_in();
        let result = auth
            .sign_in_browser(request, |url| open(&self.for_browser(url)), &cancel)
            .await;
        self.cancel_sign_in();
        result
    }

    /// Starts a device-code sign-in and returns the code to show. Complete it with
    /// [`Assistant::finish_device_code`].
    pub async fn start_device_code(&self, tenant: Option<&str>) -> Result<DeviceCodePrompt, Error> {
        let auth = self.auth().await?;
        let tenant = optional_tenant(tenant)?;
        let pending = auth.start_device_code(tenant.as_deref()).await?;
        let mut prompt = pending.prompt().clone();
        // In practice mode the page to visit is the simulator's browser mirror, which a browser can open.
        let shown = self.for_browser(&prompt.verification_uri);
        prompt.message = prompt.message.replace(&prompt.verification_uri, &shown);
        prompt.verification_uri = shown;
        *self.device_code.lock().await = Some(pending);
        Ok(prompt)
    }

    /// Waits until the person has entered the device code and signed in (or declined, or it expired).
    pub async fn finish_device_code(&self) -> Result<Account, Error> {
        let auth = self.auth().await?;
        let pending = self.device_code.lock().await.take().ok_or_else(|| {
            Error::new(
                ErrorCode::InvalidInput,
                "no device-code sign-in is waiting; start one first",
            )
        })?;
        let cancel = self.begin_sign_in();
        let result = auth.complete_device_code(pending, &cancel).await;
        self.cancel_sign_in();
        result
    }

    /// Whether `url` is a device-code page this app shows: on the cloud's sign-in host (or practice mode's
    /// browser mirror), or Microsoft's own device-login pages. Origins are compared whole, so a look-alike host
    /// (`login.microsoftonline.com.example`) is refused.
    pub fn is_device_code_page(&self, url: &str) -> bool {
        let Ok(url) = reqwest::Url::parse(url) else {
            return false;
        };
        let mut allowed = vec![
            self.endpoints.login.clone(),
            "https://microsoft.com".to_owned(),
            "https://www.microsoft.com".to_owned(),
            "https://login.microsoft.com".to_owned(),
            "https://login.microsoftonline.com".to_owned(),
        ];
        if let Some((_, mirror)) = &self.options.browser_mirror {
            allowed.push(mirror.clone());
        }
        allowed
            .iter()
            .filter_map(|a| reqwest::Url::parse(a).ok())
            .any(|a| a.origin() == url.origin())
    }

    /// Opens the device-code page in the browser, on the person's request; only a page this app showed.
    pub fn open_device_code_page(
        &self,
        url: &str,
        open: impl FnOnce(&str) -> Result<(), Error>,
    ) -> Result<(), Error> {
        if !self.is_device_code_page(url) {
            let shown: String = url.chars().take(200).collect();
            return Err(Error::new(
                ErrorCode::InvalidInput,
                format!("{shown} is not a sign-in page of this cloud"),
            ));
        }
        open(&self.for_browser(url))
    }

    /// Signs a service principal in with its application ID and a secret or certificate, in one directory.
    pub async fn sign_in_service_principal(
        &self,
        tenant: &str,
        client_id: &str,
        credential: ClientCredential,
    ) -> Result<Account, Error> {
        let tenant = TenantId::parse(tenant)?;
        if let ClientCredential::Secret(secret) = &credential {
            if secret.expose().trim().is_empty() {
                return Err(Error::new(
                    ErrorCode::InvalidInput,
                    "the client secret is empty",
                ));
            }
        }
        self.auth()
            .await?
            .sign_in_service_principal(&tenant, client_id, credential)
            .await
    }

    /// [`Assistant::sign_in_service_principal`] with a secret typed into the form.
    pub async fn sign_in_service_principal_with_secret(
        &self,
        tenant: &str,
        client_id: &str,
        secret: Sensitive<String>,
    ) -> Result<Account, Error> {
        self.sign_in_service_principal(tenant, client_id, ClientCredential::Secret(secret))
            .await
    }

    /// Signs in through the Azure CLI's own sign-in on this computer (`az login`). Works without the
    /// organization's sign-in app.
    pub async fn sign_in_azure_cli(&self) -> Result<Account, Error> {
        self.auth().await?.sign_in_azure_cli().await
    }

    /// Every directory the account reaches: its home and those where it is a guest.
    pub async fn list_directories(&self, account_id: &str) -> Result<Vec<Directory>, Error> {
        self.auth().await?.list_directories(account_id).await
    }

    /// Signs in to one directory interactively, when it demands more than the first sign-in did (MFA).
    pub async fn sign_in_to_directory(
        &self,
        account_id: &str,
        tenant: &str,
        open: impl FnOnce(&str) -> Result<(), Error>,
    ) -> Result<Account, Error> {
        let tenant = TenantId::parse(tenant)?;
        let auth = self.auth().await?;
        let cancel = self.begin_sign_in();
        let result = auth
            .sign_in_to_directory(
                account_id,
                &tenant,
                |url| open(&self.for_browser(url)),
                &cancel,
                DEFAULT_BROWSER_TIMEOUT,
            )
            .await;
        self.cancel_sign_in();
        result
    }

    /// The page where a directory's administrator approves the sign-in app, to send to the customer.
    pub async fn admin_consent_url(&self, tenant: &str) -> Result<String, Error> {
        let tenant = TenantId::parse(tenant)?;
        self.auth()
            .await?
            .admin_consent_url(&tenant)
            .ok_or_else(|| {
                Error::new(
                    ErrorCode::SignInAppNotConfigured,
                    "no sign-in app is set up, so there is nothing for an administrator to approve",
                )
            })
    }

    /// Signs one account out: its tokens leave memory, the cache and the keychain.
    pub async fn sign_out(&self, account_id: &str) -> Result<SignInStatus, Error> {
        self.auth().await?.sign_out(account_id).await?;
        Ok(self.sign_in_status().await)
    }

    /// Removes every account, every keychain entry the app wrote and the cache file.
    pub async fn forget_everything(&self) -> Result<SignInStatus, Error> {
        self.refuse_while_busy()?;
        let state = std::mem::replace(&mut *self.sign_in.lock().await, SignInState::Closed);
        match state {
            SignInState::Ready(client) => client.forget_everything().await?,
            // Not opened, or refused: clear what is on disk without opening it.
            _ => AuthClient::forget_everything_at(self.keychain()?, self.cache_path())?,
        }
        self.close_sign_in().await;
        Ok(self.sign_in_status().await)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Folders, Options};
    use super::*;

    fn assistant(mirror: Option<(&str, &str)>) -> Assistant {
        let folders = Folders {
            config: "/nonexistent/c".into(),
            data: "/nonexistent/d".into(),
            proofs: "/nonexistent/p".into(),
        };
        Assistant::new(
            crate::Endpoints::for_cloud(crate::Cloud::AzurePublic),
            folders,
            Options {
                browser_mirror: mirror.map(|(a, b)| (a.to_owned(), b.to_owned())),
                ..Options::default()
            },
        )
    }

    #[test]
    fn only_the_clouds_own_device_pages_open() {
        let a = assistant(None);
        for ok in [
            "https://microsoft.com/devicelogin",
            "https://login.microsoftonline.com/common/oauth2/deviceauth",
            "https://login.microsoft.com/device",
        ] {
            assert!(a.is_device_code_page(ok), "{ok}");
        }
        for bad in [
            "https://login.microsoftonline.com.evil.example/device",
            "https://login.microsoftonline.com@evil.example/",
            "http://login.microsoftonline.com/device",
            "https://microsoft.com:8443/devicelogin",
            "https://evil.example/?https://microsoft.com/devicelogin",
            "javascript:alert(1)",
            "not a url",
        ] {
            assert!(!a.is_device_code_page(bad), "{bad}");
        }
        let practice = assistant(Some(("https://localhost:1", "http://localhost:2")));
        assert!(practice.is_device_code_page("http://localhost:2/devicelogin"));
        assert!(!practice.is_device_code_page("http://localhost:3/devicelogin"));
    }
}
