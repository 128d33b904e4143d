//! Tokens after sign-in: silently per directory and per resource, forgetting refused ones, the directory list,
//! and the token sources the Resource Manager and Graph clients use.

use super::*;

impl AuthClient {
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

    pub(super) async fn token_for(
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
