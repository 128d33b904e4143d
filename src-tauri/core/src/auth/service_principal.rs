//! A service principal's sign-in: the OAuth 2.0 client-credentials grant with a client secret or a certificate
//! (a signed client assertion), one directory at a time. The app's service-principal accounts and the command
//! line's automation sign-in both get their tokens here, so the same failure gives the same error everywhere.
//!
//! `azure_identity` was weighed for this and not used; ARCHITECTURE.md says why.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use base64::Engine as _;
use oauth2::basic::{
    BasicRevocationErrorResponse, BasicTokenIntrospectionResponse, BasicTokenType,
};
use oauth2::{
    AuthType, ClientId, ClientSecret, Scope, StandardRevocableToken, StandardTokenResponse,
    TokenUrl,
};
use ring::signature::RsaKeyPair;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use serde_json::json;

use super::aad_error::{request_error, AadErrorResponse};
use super::EntraTokenFields;
use crate::{AccessToken, Endpoints, Error, ErrorCode, Sensitive};

/// What a service principal proves itself with.
#[derive(Clone)]
pub enum ClientCredential {
    Secret(Sensitive<String>),
    Certificate(Arc<ClientCertificate>),
}

impl std::fmt::Debug for ClientCredential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ClientCredential::Secret(_) => f.write_str("Secret(<redacted>)"),
            ClientCredential::Certificate(c) => write!(f, "Certificate({})", c.thumbprint_hex()),
        }
    }
}

/// A certificate credential: the certificate Entra knows the app by, and its private key (RSA).
pub struct ClientCertificate {
    key: RsaKeyPair,
    /// The certificate's DER, for its thumbprints.
    certificate: Vec<u8>,
    /// The PEM it was read from, kept (sealed) so the sign-in outlives the app.
    pem: Sensitive<String>,
}

impl ClientCertificate {
    /// Reads a PEM file's text holding the certificate and its unencrypted private key (PKCS#8 `PRIVATE KEY` or
    /// PKCS#1 `RSA PRIVATE KEY`), in either order, as `openssl` and Azure's tools write them.
    pub fn from_pem(pem: &str) -> Result<ClientCertificate, Error> {
        let bad = |why: &str| {
            Error::new(
                ErrorCode::InvalidInput,
                format!("the certificate file {why}"),
            )
        };
        if pem.contains("ENCRYPTED PRIVATE KEY") {
            return Err(bad(
                "holds an encrypted private key; export it without a password (openssl pkcs12 -nodes, or openssl pkey)",
            ));
        }
        let certificate = CertificateDer::pem_slice_iter(pem.as_bytes())
            .next()
            .ok_or_else(|| bad("holds no certificate (-----BEGIN CERTIFICATE-----)"))?
            .map_err(|_| bad("holds a certificate that is not valid PEM"))?;
        let key = PrivateKeyDer::from_pem_slice(pem.as_bytes())
            .map_err(|_| bad("holds no private key (-----BEGIN PRIVATE KEY-----)"))?;
        let key = match &key {
            PrivateKeyDer::Pkcs8(k) => RsaKeyPair::from_pkcs8(k.secret_pkcs8_der()),
            PrivateKeyDer::Pkcs1(k) => RsaKeyPair::from_der(k.secret_pkcs1_der()),
            _ => {
                return Err(bad(
                    "holds a key that is not RSA; Entra's certificate credentials use RSA",
                ))
            }
        }
        .map_err(|e| bad(&format!("holds an RSA key that cannot be used: {e}")))?;
        Ok(ClientCertificate {
            key,
            certificate: certificate.as_ref().to_vec(),
            pem: Sensitive::new(pem.to_owned()),
        })
    }

    /// The PEM text, to keep it sealed.
    pub fn pem(&self) -> &Sensitive<String> {
        &self.pem
    }

    /// The SHA-1 thumbprint in hex, as the Azure portal shows it beside the app's certificates.
    pub fn thumbprint_hex(&self) -> String {
        ring::digest::digest(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY, &self.certificate)
            .as_ref()
            .iter()
            .map(|b| format!("{b:02X}"))
            .collect()
    }

    /// The client assertion for `token_url`: a JWT signed with the key, as Microsoft's certificate credentials
    /// page describes it (PS256, `x5t#S256`; `aud` the token endpoint; `iss` and `sub` the app; a `jti` of its
    /// own; valid ten minutes).
    pub fn assertion(&self, client_id: &str, token_url: &str) -> Result<String, Error> {
        let b64 = |b: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b);
        let now = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        let header = json!({
            "alg": "PS256",
            "typ": "JWT",
            "x5t#S256": b64(ring::digest::digest(&ring::digest::SHA256, &self.certificate).as_ref()),
        });
        let claims = json!({
            "aud": token_url,
            "iss": client_id,
            "sub": client_id,
            "jti": uuid::Uuid::new_v4().to_string(),
            "nbf": now,
            "iat": now,
            "exp": now + 600,
        });
        let input = format!(
            "{}.{}",
            b64(header.to_string().as_bytes()),
            b64(claims.to_string().as_bytes())
        );
        let mut signature = vec![0u8; self.key.public().modulus_len()];
        self.key
            .sign(
                &ring::signature::RSA_PSS_SHA256,
                &ring::rand::SystemRandom::new(),
                input.as_bytes(),
                &mut signature,
            )
            .map_err(|_| Error::new(ErrorCode::Internal, "the certificate's key could not sign"))?;
        Ok(format!("{input}.{}", b64(&signature)))
    }
}

type TokenAnswer = StandardTokenResponse<EntraTokenFields, BasicTokenType>;

/// Tokens of one service principal, in any directory where it has been approved, kept in memory until shortly
/// before they expire. The command line's automation sign-in and the tests use it as a [`crate::TokenSource`].
pub struct ServicePrincipalTokens {
    http: reqwest::Client,
    endpoints: Endpoints,
    client_id: String,
    credential: ClientCredential,
    cache: tokio::sync::Mutex<std::collections::HashMap<String, AccessToken>>,
}

impl ServicePrincipalTokens {
    pub fn new(
        endpoints: &Endpoints,
        client_id: &str,
        credential: ClientCredential,
    ) -> Result<ServicePrincipalTokens, Error> {
        Ok(ServicePrincipalTokens {
            http: crate::http::client(endpoints)?,
            endpoints: endpoints.clone(),
            client_id: crate::ids::application_id(client_id)?,
            credential,
            cache: tokio::sync::Mutex::new(std::collections::HashMap::new()),
        })
    }
}

#[async_trait::async_trait]
impl crate::TokenSource for ServicePrincipalTokens {
    async fn access_token(&self, tenant_id: &str) -> Result<AccessToken, Error> {
        let key = tenant_id.to_ascii_lowercase();
        let mut cache = self.cache.lock().await;
        if let Some(t) = cache.get(&key) {
            if t.is_fresh(super::FRESHNESS_MARGIN) {
                return Ok(t.clone());
            }
        }
        let consent = super::consent::admin_consent_url(
            &self.endpoints,
            tenant_id,
            &self.client_id,
            None,
            None,
        )
        .ok();
        let token = request_token(
            &self.http,
            &self.endpoints,
            tenant_id,
            &self.client_id,
            &self.credential,
            &super::arm_scope(&self.endpoints),
            consent.as_deref(),
        )
        .await?;
        // Kept under the directory's GUID as well, so a directory named by its domain costs one sign-in only.
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

/// How many times a token request is tried when Entra is busy or the network drops: it changes nothing, so it
/// can always be sent again.
const ATTEMPTS: u32 = 3;

/// A token for `scope` in `tenant` for the application `client_id`, proving itself with `credential`.
pub async fn request_token(
    http: &reqwest::Client,
    endpoints: &Endpoints,
    tenant: &str,
    client_id: &str,
    credential: &ClientCredential,
    scope: &str,
    admin_consent_url: Option<&str>,
) -> Result<AccessToken, Error> {
    let token_url = format!("{}/{}/oauth2/v2.0/token", endpoints.login, tenant);
    let client: oauth2::Client<
        AadErrorResponse,
        TokenAnswer,
        BasicTokenIntrospectionResponse,
        StandardRevocableToken,
        BasicRevocationErrorResponse,
    > = oauth2::Client::new(ClientId::new(client_id.to_owned()));
    let mut client = client.set_auth_type(AuthType::RequestBody).set_token_uri(
        TokenUrl::new(token_url.clone())
            .map_err(|e| Error::new(ErrorCode::InvalidInput, format!("token URL: {e}")))?,
    );
    if let ClientCredential::Secret(secret) = credential {
        client = client.set_client_secret(ClientSecret::new(secret.expose().clone()));
    }
    let send = super::oauth_http(http.clone());
    let mut attempt = 0;
    loop {
        attempt += 1;
        let mut request = client
            .exchange_client_credentials()
            .add_scope(Scope::new(scope.to_owned()));
        if let ClientCredential::Certificate(cert) = credential {
            request = request
                .add_extra_param(
                    "client_assertion_type",
                    "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                )
                .add_extra_param("client_assertion", cert.assertion(client_id, &token_url)?);
        }
        match request.request_async(&send).await {
            Ok(answer) => return super::access_token_from(&answer, tenant),
            Err(e) => {
                let busy = match &e {
                    oauth2::RequestTokenError::Request(_) => true,
                    oauth2::RequestTokenError::ServerResponse(r) => {
                        r.code() == ErrorCode::AzureUnavailable
                    }
                    _ => false,
                };
                if busy && attempt < ATTEMPTS {
                    tokio::time::sleep(Duration::from_millis(300 * u64::from(attempt))).await;
                    continue;
                }
                return Err(request_error(e, admin_consent_url));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_certificate_file_without_a_key_or_with_an_encrypted_one_is_explained() {
        let e = ClientCertificate::from_pem("").err().unwrap();
        assert!(e.message.contains("no certificate"), "{}", e.message);
        let e = ClientCertificate::from_pem(
            "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n",
        )
        .err()
        .unwrap();
        assert!(e.message.contains("without a password"), "{}", e.message);
    }
}
