//! The ways a person or an app signs in: the system browser (PKCE), a device code, a directory's extra sign-in,
//! an administrator's approval, a service principal, and the Azure CLI's own sign-in.

use super::*;

impl AuthClient {
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

    pub(super) async fn client_credentials(
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
    pub(super) async fn accept_user_tokens(
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
}
