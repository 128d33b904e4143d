//! Talking to Entra ID: the token answer's extra fields, oauth2 over the core's HTTP client, the scopes asked
//! for per resource, and reading a token answer or a device-code failure.

use super::*;

/// Entra's fields beyond RFC 6749's in a token answer.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct EntraTokenFields {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_info: Option<String>,
}

impl oauth2::ExtraTokenFields for EntraTokenFields {}

/// Entra's fields beyond RFC 8628's in a device-code answer: the sentence to show.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct EntraDeviceFields {
    #[serde(default)]
    pub message: Option<String>,
}

impl oauth2::ExtraDeviceAuthorizationFields for EntraDeviceFields {}

pub(super) type EntraTokenResponse = StandardTokenResponse<EntraTokenFields, BasicTokenType>;

pub(super) type EntraClient = oauth2::Client<
    AadErrorResponse,
    EntraTokenResponse,
    BasicTokenIntrospectionResponse,
    StandardRevocableToken,
    BasicRevocationErrorResponse,
    EndpointSet,
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointSet,
>;

/// A transport failure, already described without URL query strings.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct HttpError(String);

pub(super) type HttpFuture =
    Pin<Box<dyn Future<Output = Result<oauth2::HttpResponse, HttpError>> + Send>>;

/// Sends oauth2's requests with the core's reqwest client (its TLS trust, proxy and timeouts), rather than the
/// reqwest 0.12 client oauth2 would bring along.
pub(super) async fn send(
    client: reqwest::Client,
    request: oauth2::HttpRequest,
) -> Result<oauth2::HttpResponse, HttpError> {
    let (parts, body) = request.into_parts();
    let response = client
        .request(parts.method, parts.uri.to_string())
        .headers(parts.headers)
        .body(body)
        .send()
        .await
        .map_err(|e| HttpError(crate::http::network_error("sign-in request", &e).message))?;
    let status = response.status();
    let headers = response.headers().clone();
    let body = response
        .bytes()
        .await
        .map_err(|e| HttpError(crate::http::network_error("sign-in answer", &e).message))?;
    let mut out = oauth2::http::Response::new(body.to_vec());
    *out.status_mut() = status;
    *out.headers_mut() = headers;
    Ok(out)
}

/// oauth2's HTTP function over the core's client.
pub(crate) fn oauth_http(client: reqwest::Client) -> impl Fn(oauth2::HttpRequest) -> HttpFuture {
    move |request| Box::pin(send(client.clone(), request))
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

/// Which API a token is for. Resource Manager is the app's own; Graph only serves the customer admin's path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Resource {
    ResourceManager,
    Graph,
}

impl Resource {
    /// Both kinds of token share one in-memory map; a Graph token's key cannot be a directory ID.
    pub(super) fn cache_key(self, tenant: &str) -> String {
        match self {
            Resource::ResourceManager => tenant.to_owned(),
            Resource::Graph => format!("graph:{tenant}"),
        }
    }
}

/// The Microsoft Graph permissions of the customer admin's path, asked for only there: reading users (to find
/// the partner's user by email or sign-in name, and the admin's own account) and inviting guests.
pub fn graph_admin_scopes(endpoints: &Endpoints) -> Vec<String> {
    let base = crate::graph::graph_scope(endpoints);
    let base = base.trim_end_matches(".default");
    ["User.Read.All", "User.Invite.All"]
        .iter()
        .map(|p| format!("{base}{p}"))
        .collect()
}

pub(crate) fn access_token_from(
    response: &EntraTokenResponse,
    tenant_hint: &str,
) -> Result<AccessToken, Error> {
    let secret = response.access_token().secret().clone();
    let claims = crate::arm::jwt_claims(&secret).unwrap_or(Value::Null);
    let expires_in = response.expires_in().unwrap_or(Duration::from_secs(300));
    Ok(AccessToken {
        tenant_id: claims["tid"]
            .as_str()
            .unwrap_or(tenant_hint)
            .to_ascii_lowercase(),
        object_id: claims["oid"].as_str().unwrap_or_default().to_owned(),
        secret: Sensitive::new(secret),
        expires_at: SystemTime::now() + expires_in,
    })
}

pub(super) fn device_error<RE: std::error::Error + 'static>(
    err: oauth2::RequestTokenError<RE, oauth2::DeviceCodeErrorResponse>,
    admin_consent_url: Option<&str>,
) -> Error {
    match err {
        oauth2::RequestTokenError::ServerResponse(e) => {
            // oauth2's device-code error type keeps `error` and `error_description`; the AADSTS code and the
            // trace and correlation IDs are read back from the description, where Entra also writes them.
            let aad = AadErrorResponse {
                error: e.error().as_ref().to_owned(),
                error_description: e.error_description().cloned(),
                ..Default::default()
            };
            let mut error = aad.to_error(admin_consent_url);
            if let Some(d) = e.error_description() {
                for line in d.lines().skip(1) {
                    let line = line.trim();
                    if line.starts_with("Trace ID")
                        || line.starts_with("Correlation ID")
                        || line.starts_with("Timestamp")
                    {
                        error.message.push_str(&format!("; {line}"));
                    }
                }
            }
            error
        }
        oauth2::RequestTokenError::Other(text) => Error::new(
            ErrorCode::SignInTimedOut,
            format!("the device code expired before it was used ({text})"),
        ),
        oauth2::RequestTokenError::Request(e) => Error::new(
            ErrorCode::Network,
            format!("could not reach the sign-in service: {e}"),
        ),
        oauth2::RequestTokenError::Parse(e, _) => Error::new(
            ErrorCode::Internal,
            format!(
                "the sign-in service's answer could not be read at {}",
                e.path()
            ),
        ),
    }
}
