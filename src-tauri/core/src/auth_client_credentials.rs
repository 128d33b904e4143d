//! A [`TokenSource`] for a service principal with a client secret (OAuth 2.0 client credentials).
//!
//! Used by the command line's automation mode and by the tests. Signing people in (browser, device code, refresh
//! tokens, keychain) is the sign-in module's job; this one only trades a client ID and secret for Resource
//! Manager tokens, one per directory, kept in memory until shortly before they expire.

use std::collections::HashMap;
use std::time::{Duration, SystemTime};

use serde_json::Value;
use tokio::sync::Mutex;

use crate::arm::{http_client, jwt_claims};
use crate::{AccessToken, Endpoints, Error, ErrorCode, Sensitive, TokenSource};

/// Client-credentials tokens for one application, in any directory where it has a service principal.
pub struct ClientSecretTokenSource {
    http: reqwest::Client,
    login: String,
    scope: String,
    client_id: String,
    secret: Sensitive<String>,
    cache: Mutex<HashMap<String, AccessToken>>,
}

impl ClientSecretTokenSource {
    pub fn new(
        endpoints: &Endpoints,
        client_id: &str,
        secret: Sensitive<String>,
    ) -> Result<Self, Error> {
        Ok(ClientSecretTokenSource {
            http: http_client(endpoints)?,
            login: endpoints.login.clone(),
            scope: arm_scope(endpoints),
            client_id: client_id.to_owned(),
            secret,
            cache: Mutex::new(HashMap::new()),
        })
    }

    async fn fetch(&self, tenant: &str) -> Result<AccessToken, Error> {
        let url = format!("{}/{}/oauth2/v2.0/token", self.login, tenant);
        let form = [
            ("grant_type", "client_credentials"),
            ("client_id", self.client_id.as_str()),
            ("client_secret", self.secret.expose().as_str()),
            ("scope", self.scope.as_str()),
        ];
        let mut attempt = 0;
        let resp = loop {
            attempt += 1;
            match self.http.post(&url).form(&form).send().await {
                Ok(r)
                    if (r.status().as_u16() == 429 || r.status().is_server_error())
                        && attempt < 3 =>
                {
                    tokio::time::sleep(Duration::from_millis(300 * attempt)).await;
                }
                Ok(r) => break r,
                // A token request changes nothing, so it can always be sent again.
                Err(_) if attempt < 3 => {
                    tokio::time::sleep(Duration::from_millis(300 * attempt)).await
                }
                Err(e) => {
                    return Err(Error::new(
                        ErrorCode::Network,
                        format!(
                            "the sign-in service at {} could not be reached: {e}",
                            self.login
                        ),
                    ))
                }
            }
        };
        let status = resp.status();
        let body: Value = resp.json().await.unwrap_or(Value::Null);
        if !status.is_success() {
            // Entra's error_description names the AADSTS code and never echoes the secret.
            let description = body["error_description"]
                .as_str()
                .unwrap_or("")
                .lines()
                .next()
                .unwrap_or("");
            let error = body["error"].as_str().unwrap_or("unknown");
            let code = if description.contains("AADSTS90002") {
                ErrorCode::NotFound
            } else {
                ErrorCode::ClientCredentialsRejected
            };
            return Err(Error::new(
                code,
                format!("Entra ID refused the service principal's sign-in to {tenant}: {error}: {description}"),
            ));
        }
        let Some(secret) = body["access_token"].as_str() else {
            return Err(Error::new(
                ErrorCode::Internal,
                "the token answer has no access_token",
            ));
        };
        let claims = jwt_claims(secret).unwrap_or(Value::Null);
        let tenant_id = claims["tid"].as_str().unwrap_or(tenant).to_owned();
        let object_id = claims["oid"].as_str().unwrap_or_default().to_owned();
        let expires_in = body["expires_in"].as_u64().unwrap_or(300);
        Ok(AccessToken {
            secret: Sensitive::new(secret.to_owned()),
            expires_at: SystemTime::now() + Duration::from_secs(expires_in),
            tenant_id,
            object_id,
        })
    }
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

#[async_trait::async_trait]
impl TokenSource for ClientSecretTokenSource {
    async fn access_token(&self, tenant_id: &str) -> Result<AccessToken, Error> {
        let key = tenant_id.to_ascii_lowercase();
        let mut cache = self.cache.lock().await;
        if let Some(t) = cache.get(&key) {
            if t.is_fresh(Duration::from_secs(120)) {
                return Ok(t.clone());
            }
        }
        let token = self.fetch(tenant_id).await?;
        // Cached under the directory's GUID as well, so a directory named by its domain costs one sign-in only.
        cache.insert(token.tenant_id.to_ascii_lowercase(), token.clone());
        cache.insert(key, token.clone());
        Ok(token)
    }

    async fn invalidate(&self, tenant_id: &str) {
        let key = tenant_id.to_ascii_lowercase();
        let mut cache = self.cache.lock().await;
        // Forget every alias (domain and GUID) of that directory's token.
        let guid = cache.get(&key).map(|t| t.tenant_id.to_ascii_lowercase());
        cache.retain(|k, t| *k != key && Some(t.tenant_id.to_ascii_lowercase()) != guid);
    }
}
