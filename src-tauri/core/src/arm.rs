//! The Azure Resource Manager client: tokens, `api-version`, Azure's error JSON, retries and rate limiting.
//!
//! Every Resource Manager call of the core goes through [`ArmClient`], so that retries, throttling and error
//! mapping behave the same for a single link and for a bulk run over hundreds of directories.
//!
//! Retrying a read is always safe. Retrying a write is safe only when Azure said it did not apply it (429 and
//! 503 answers); after a dropped connection or another 5xx a write may or may not have happened, so the client
//! does not send it again and reports [`Failure::is_ambiguous`]; the caller reads the state again to find out
//! (see `pal.rs`).

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use base64::Engine as _;
use reqwest::{Method, StatusCode};
use serde_json::Value;

use crate::{AccessToken, Endpoints, Error, ErrorCode, TokenSource};

/// The reqwest client for Azure: the core's one builder (`http.rs`), with connections refused quickly so that a
/// retry can follow.
pub fn http_client(endpoints: &Endpoints) -> Result<reqwest::Client, Error> {
    crate::http::client_builder(endpoints.extra_ca_pem.as_deref())?
        .connect_timeout(Duration::from_secs(15))
        .build()
        .map_err(|e| {
            Error::new(
                ErrorCode::Internal,
                format!("HTTP client setup failed: {e}"),
            )
        })
}

/// How often and how long to retry. Delays grow exponentially with jitter; an integer `Retry-After` from Azure
/// replaces the computed delay (capped by `max_retry_after`, so a person is never left waiting for minutes).
#[derive(Clone, Debug)]
pub struct RetryPolicy {
    /// Attempts in total, the first included.
    pub max_attempts: u32,
    pub base_delay: Duration,
    pub max_delay: Duration,
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 4,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// The delay before retry number `retry` (1 for the first retry).
    pub fn delay(&self, retry: u32, retry_after: Option<Duration>) -> Duration {
        if let Some(ra) = retry_after {
            return ra.min(self.max_retry_after);
        }
        let exp = self
            .base_delay
            .saturating_mul(1u32 << retry.saturating_sub(1).min(16));
        let capped = exp.min(self.max_delay);
        // Full jitter over the upper half keeps parallel clients from retrying in lockstep without ever waiting
        // less than half the backoff. The clock's nanoseconds are random enough for that.
        let nanos = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let half = capped / 2;
        half + half.mul_f64(f64::from(nanos % 1000) / 1000.0)
    }
}

/// A limiter shared by every client of a bulk run, so that parallel directories together stay under
/// Azure's limits. `acquire` waits for a slot before each request; `throttled` tells it Azure asked to slow down.
#[async_trait::async_trait]
pub trait RateLimiter: Send + Sync {
    async fn acquire(&self, tenant_id: &str, write: bool);
    fn throttled(&self, _tenant_id: &str, _retry_after: Option<Duration>) {}
}

/// A successful answer.
#[derive(Clone, Debug)]
pub struct ArmResponse {
    pub status: u16,
    /// Microsoft's `x-ms-request-id`, for the activity log and for support.
    pub request_id: Option<String>,
    /// The JSON body (`Null` when empty).
    pub body: Value,
}

/// A failed call: the error for the person, with what Azure said for the code that decides what to do next.
#[derive(Clone, Debug)]
pub struct Failure {
    pub error: Error,
    /// HTTP status, absent when no answer arrived.
    pub status: Option<u16>,
    /// Azure's `error.code` (e.g. `Conflict`, `BadRequest`).
    pub azure_code: Option<String>,
    /// `x-ms-request-id` of the answer, or the client request ID this client sent (the simulator and Resource
    /// Manager echo it) when no answer arrived.
    pub request_id: Option<String>,
    /// A write may have been applied although no success was seen.
    pub ambiguous: bool,
}

impl Failure {
    /// A failure before anything was sent (no token, a refused URL, a list that never ended): nothing applied.
    pub fn unsent(error: Error) -> Failure {
        Failure {
            error,
            status: None,
            azure_code: None,
            request_id: None,
            ambiguous: false,
        }
    }

    pub fn is_ambiguous(&self) -> bool {
        self.ambiguous
    }

    /// The error, with the request ID in its message so that the person can quote it to support.
    pub fn into_error(self) -> Error {
        match &self.request_id {
            Some(id) if !self.error.message.contains(id.as_str()) => Error::new(
                self.error.code,
                format!("{} (request ID {id})", self.error.message),
            ),
            _ => self.error,
        }
    }
}

/// Who a token speaks for, read from its payload without verifying it (Resource Manager verifies it).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Identity {
    pub tenant_id: String,
    pub object_id: String,
    /// The user's sign-in name, or the application (client) ID of a service principal.
    pub display_name: String,
    pub is_service_principal: bool,
    /// The directory that authenticated the user when it is not this one (a guest, or a CSP agent).
    pub home_tenant_id: Option<String>,
    /// `acct` claim: 0 member, 1 guest; absent in some tokens.
    pub account_type: Option<u8>,
}

/// Reads a JWT's payload without verifying it. Only claims are read; the token is not kept.
pub fn jwt_claims(token: &str) -> Option<Value> {
    let payload = token.split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .ok()?;
    serde_json::from_slice(&bytes).ok()
}

impl Identity {
    pub fn from_token(token: &AccessToken) -> Identity {
        let claims = jwt_claims(token.secret.expose()).unwrap_or(Value::Null);
        let s = |k: &str| claims.get(k).and_then(Value::as_str).map(str::to_owned);
        let is_app = s("idtyp").as_deref() == Some("app")
            || (s("upn").is_none()
                && s("preferred_username").is_none()
                && s("unique_name").is_none()
                && s("appid").is_some());
        let display_name = if is_app {
            s("appid").or_else(|| s("azp")).unwrap_or_default()
        } else {
            s("upn")
                .or_else(|| s("preferred_username"))
                .or_else(|| s("unique_name"))
                .unwrap_or_default()
        };
        // `idp` is `https://sts.windows.net/{home}/` for a guest or a CSP agent; the directory is its last
        // segment. Equal to the token's directory means a member.
        let home_tenant_id = s("idp")
            .and_then(|idp| {
                idp.trim_end_matches('/')
                    .rsplit('/')
                    .next()
                    .map(str::to_owned)
            })
            .filter(|h| !h.eq_ignore_ascii_case(&token.tenant_id) && !h.is_empty());
        Identity {
            tenant_id: token.tenant_id.clone(),
            object_id: token.object_id.clone(),
            display_name,
            is_service_principal: is_app,
            home_tenant_id,
            account_type: claims
                .get("acct")
                .and_then(Value::as_u64)
                .and_then(|v| u8::try_from(v).ok()),
        }
    }
}

/// Calls Azure Resource Manager for one signed-in identity, in any of its directories.
#[derive(Clone)]
pub struct ArmClient {
    http: reqwest::Client,
    base: String,
    tokens: Arc<dyn TokenSource>,
    retry: RetryPolicy,
    limiter: Option<Arc<dyn RateLimiter>>,
}

impl ArmClient {
    pub fn new(endpoints: &Endpoints, tokens: Arc<dyn TokenSource>) -> Result<ArmClient, Error> {
        Ok(ArmClient::with_http(
            http_client(endpoints)?,
            endpoints,
            tokens,
        ))
    }

    /// With an HTTP client built elsewhere (shared connection pool).
    pub fn with_http(
        http: reqwest::Client,
        endpoints: &Endpoints,
        tokens: Arc<dyn TokenSource>,
    ) -> ArmClient {
        ArmClient {
            http,
            base: endpoints.resource_manager.trim_end_matches('/').to_owned(),
            tokens,
            retry: RetryPolicy::default(),
            limiter: None,
        }
    }

    pub fn with_retry(mut self, retry: RetryPolicy) -> ArmClient {
        self.retry = retry;
        self
    }

    pub fn with_rate_limiter(mut self, limiter: Arc<dyn RateLimiter>) -> ArmClient {
        self.limiter = Some(limiter);
        self
    }

    pub fn base_url(&self) -> &str {
        &self.base
    }

    /// Who the identity is in `tenant` (from its token; no HTTP call when the token is cached).
    pub async fn identity(&self, tenant: &str) -> Result<Identity, Error> {
        let token = self.tokens.access_token(tenant).await?;
        Ok(Identity::from_token(&token))
    }

    /// The URL for `path`. A path is appended to the Resource Manager root; an absolute URL (a `nextLink` from an
    /// answer) is used as it is. Either way the result must be on the root's scheme, host and port, because the
    /// bearer token goes with the request: an answer that names another host (a hostile or broken `nextLink`)
    /// is refused before anything is sent, and the error names that host.
    fn url_for(&self, path: &str) -> Result<String, Error> {
        let absolute = path.starts_with("https://") || path.starts_with("http://");
        let url = if absolute {
            path.to_owned()
        } else {
            format!("{}{}", self.base, path)
        };
        let base = reqwest::Url::parse(&self.base).map_err(|e| {
            Error::new(
                ErrorCode::Internal,
                format!(
                    "the Resource Manager address {:?} is not a URL: {e}",
                    self.base
                ),
            )
        })?;
        let untrusted = |shown: String| {
            Error::new(
                ErrorCode::UntrustedAnswer,
                format!(
                    "Azure's answer pointed to {shown}, which is not Resource Manager ({}); nothing was sent there",
                    base.origin().ascii_serialization()
                ),
            )
        };
        match reqwest::Url::parse(&url) {
            Ok(parsed) if parsed.origin() == base.origin() => Ok(url),
            Ok(parsed) => Err(untrusted(parsed.origin().ascii_serialization())),
            Err(_) => Err(untrusted(format!(
                "{:?}",
                redact_query(&url).chars().take(120).collect::<String>()
            ))),
        }
    }

    /// Every item of a paged list: GET `path`, then each absolute `nextLink` in turn (each checked by
    /// [`ArmClient::url_for`], so the token never follows a link off Resource Manager), collecting `value`.
    /// [`MAX_PAGES`] bounds the walk so that a server that keeps answering with a `nextLink` cannot hold the app.
    pub async fn get_all(
        &self,
        tenant: &str,
        path: &str,
        api_version: &str,
        query: &[(&str, &str)],
    ) -> Result<Vec<Value>, Failure> {
        let mut items = Vec::new();
        let mut next = path.to_owned();
        for page_number in 0..MAX_PAGES {
            // The first request carries the caller's query; a nextLink already carries everything it needs.
            let page_query = if page_number == 0 { query } else { &[] };
            let page = self.get(tenant, &next, api_version, page_query).await?;
            if let Some(values) = page.body.get("value").and_then(Value::as_array) {
                items.extend(values.iter().cloned());
            }
            match page.body.get("nextLink").and_then(Value::as_str) {
                Some(link) if !link.trim().is_empty() => next = link.trim().to_owned(),
                _ => return Ok(items),
            }
        }
        Err(Failure::unsent(Error::new(
            ErrorCode::AzureUnavailable,
            format!(
                "GET {path} kept answering with another page after {MAX_PAGES} pages; the list was not finished"
            ),
        )))
    }

    /// GET `path` (absolute from the Resource Manager root, or an absolute `nextLink` URL).
    pub async fn get(
        &self,
        tenant: &str,
        path: &str,
        api_version: &str,
        query: &[(&str, &str)],
    ) -> Result<ArmResponse, Failure> {
        self.call(tenant, Method::GET, path, api_version, query)
            .await
    }

    pub async fn call(
        &self,
        tenant: &str,
        method: Method,
        path: &str,
        api_version: &str,
        query: &[(&str, &str)],
    ) -> Result<ArmResponse, Failure> {
        self.call_with_body(tenant, method, path, api_version, query, None)
            .await
    }

    /// Like [`ArmClient::call`], with a JSON body for writes that need one (role assignments); `None` sends the
    /// explicit empty body ManagementPartner wants. The retry rules are the same: a write is sent again only
    /// after an answer that says it was not applied.
    pub async fn call_with_body(
        &self,
        tenant: &str,
        method: Method,
        path: &str,
        api_version: &str,
        query: &[(&str, &str)],
        body: Option<&Value>,
    ) -> Result<ArmResponse, Failure> {
        let is_write = method != Method::GET && method != Method::HEAD;
        let url = self.url_for(path).map_err(Failure::unsent)?;
        // A nextLink already carries its api-version; adding another would be refused by some services.
        let needs_version = !url.contains("api-version=");
        let mut refreshed_token = false;
        let mut attempt: u32 = 0;
        loop {
            attempt += 1;
            if let Some(l) = &self.limiter {
                l.acquire(tenant, is_write).await;
            }
            let token = self
                .tokens
                .access_token(tenant)
                .await
                .map_err(Failure::unsent)?;
            let client_request_id = uuid::Uuid::new_v4().to_string();
            let mut req = self
                .http
                .request(method.clone(), &url)
                .bearer_auth(token.secret.expose())
                .header("x-ms-client-request-id", &client_request_id)
                .header("accept", "application/json");
            if needs_version {
                req = req.query(&[("api-version", api_version)]);
            }
            if !query.is_empty() {
                req = req.query(query);
            }
            if let Some(body) = body {
                req = req.json(body);
            } else if is_write {
                // ManagementPartner writes have no body; Azure wants an explicit empty one.
                req = req.header("content-length", "0");
            }
            drop(token);
            let resp = match req.send().await {
                Ok(r) => r,
                Err(e) => {
                    // A connection refused or not established never reached Azure: safe to retry any call.
                    let never_sent = e.is_connect();
                    if (never_sent || !is_write) && attempt < self.retry.max_attempts {
                        tokio::time::sleep(self.retry.delay(attempt, None)).await;
                        continue;
                    }
                    return Err(Failure {
                        error: Error::new(
                            ErrorCode::Network,
                            format!(
                                "{method} {} failed: {}",
                                redact_query(&url),
                                describe_reqwest(&e)
                            ),
                        ),
                        status: None,
                        azure_code: None,
                        request_id: Some(client_request_id),
                        ambiguous: is_write && !never_sent,
                    });
                }
            };
            let status = resp.status();
            let request_id = resp
                .headers()
                .get("x-ms-request-id")
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
                .or(Some(client_request_id));
            let retry_after = resp
                .headers()
                .get("retry-after")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| parse_retry_after(v, SystemTime::now()));
            let text = match resp.text().await {
                Ok(t) => t,
                Err(e) => {
                    if !is_write && attempt < self.retry.max_attempts {
                        tokio::time::sleep(self.retry.delay(attempt, None)).await;
                        continue;
                    }
                    return Err(Failure {
                        error: Error::new(
                            ErrorCode::Network,
                            format!(
                                "{method} {}: the answer was cut off: {}",
                                redact_query(&url),
                                describe_reqwest(&e)
                            ),
                        ),
                        status: Some(status.as_u16()),
                        azure_code: None,
                        request_id,
                        ambiguous: is_write && status.is_success(),
                    });
                }
            };
            let body: Value = if text.trim().is_empty() {
                Value::Null
            } else {
                serde_json::from_str(&text).unwrap_or(Value::String(text.clone()))
            };
            if status.is_success() {
                return Ok(ArmResponse {
                    status: status.as_u16(),
                    request_id,
                    body,
                });
            }
            if status == StatusCode::UNAUTHORIZED && !refreshed_token {
                // A token that looked fresh was refused (revoked, expired early, claims challenge): one new one.
                refreshed_token = true;
                self.tokens.invalidate(tenant).await;
                attempt -= 1;
                continue;
            }
            let throttled = status == StatusCode::TOO_MANY_REQUESTS;
            if throttled {
                if let Some(l) = &self.limiter {
                    l.throttled(tenant, retry_after);
                }
            }
            // 429 and 503 mean "not processed": a write may be sent again. Other 5xx may have applied a write.
            let not_applied = throttled || status == StatusCode::SERVICE_UNAVAILABLE;
            let retryable = not_applied || (status.is_server_error() && !is_write);
            if retryable && attempt < self.retry.max_attempts {
                tokio::time::sleep(self.retry.delay(attempt, retry_after)).await;
                continue;
            }
            let (azure_code, azure_message) = azure_error(&body);
            let code = classify(status, azure_code.as_deref(), &azure_message, &url);
            return Err(Failure {
                error: Error::new(
                    code,
                    format!(
                        "{method} {} answered {}{}: {}",
                        redact_query(&url),
                        status.as_u16(),
                        azure_code
                            .as_deref()
                            .map(|c| format!(" {c}"))
                            .unwrap_or_default(),
                        azure_message
                    ),
                ),
                status: Some(status.as_u16()),
                azure_code,
                request_id,
                ambiguous: is_write && status.is_server_error() && !not_applied,
            });
        }
    }
}

/// How many pages [`ArmClient::get_all`] follows at most. Resource Manager pages hold 100 to 1,000 items, so this
/// is more directories or subscriptions than any one identity reaches.
pub const MAX_PAGES: usize = 1000;

/// `Retry-After` as Azure and RFC 9110 give it: a number of seconds, or an HTTP date (a date in the past means
/// "now"). Anything else is ignored and the client's own backoff applies.
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(when.duration_since(now).unwrap_or(Duration::ZERO))
}

/// How much of Azure's own words an error keeps: enough for support, never a page of HTML.
const AZURE_TEXT_CHARS: usize = 300;

/// `{"error":{"code","message"}}` → (code, message); anything else → the body as text. Both are cut to a length a
/// person can read, whatever Azure (or a proxy in front of it) sent.
fn azure_error(body: &Value) -> (Option<String>, String) {
    let err = body.get("error").unwrap_or(body);
    let code = err
        .get("code")
        .and_then(Value::as_str)
        .map(|c| c.chars().take(100).collect());
    let message = err
        .get("message")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .unwrap_or_else(|| match body {
            Value::Null => String::new(),
            Value::String(s) => s.clone(),
            other => other.to_string(),
        })
        .chars()
        .take(AZURE_TEXT_CHARS)
        .collect();
    (code, message)
}

/// An error answer's body as the client reads it: what the person is told (the code), Azure's code and its
/// message. Used by the client and by the fuzz targets.
pub fn read_error_answer(
    status: u16,
    body: &[u8],
    url: &str,
) -> (ErrorCode, Option<String>, String) {
    let text = String::from_utf8_lossy(body);
    let body: Value = if text.trim().is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&text).unwrap_or_else(|_| Value::String(text.clone().into_owned()))
    };
    let (azure_code, message) = azure_error(&body);
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let code = classify(status, azure_code.as_deref(), &message, url);
    (code, azure_code, message)
}

/// Which explanation the person gets for an Azure error.
fn classify(status: StatusCode, azure_code: Option<&str>, message: &str, url: &str) -> ErrorCode {
    let lower = message.to_ascii_lowercase();
    let partner_call = url
        .to_ascii_lowercase()
        .contains("microsoft.managementpartner");
    match status.as_u16() {
        400 if lower.contains("csp partner")
            || lower.contains("does not have an account in this tenant") =>
        {
            ErrorCode::CspAdminOnBehalfOf
        }
        400 if partner_call && lower.contains("partner") => ErrorCode::InvalidPartnerId,
        400 if matches!(
            azure_code,
            Some("NoRegisteredProviderFound" | "InvalidResourceNamespace")
        ) =>
        {
            ErrorCode::PalUnavailableInCloud
        }
        400 => ErrorCode::InvalidInput,
        401 => ErrorCode::AccessTokenRejected,
        403 => ErrorCode::Forbidden,
        404 if partner_call
            && matches!(
                azure_code,
                Some(
                    "NoRegisteredProviderFound"
                        | "InvalidResourceNamespace"
                        | "InvalidResourceType"
                )
            ) =>
        {
            ErrorCode::PalUnavailableInCloud
        }
        404 => ErrorCode::NotFound,
        409 if partner_call => ErrorCode::LinkConflict,
        429 => ErrorCode::Throttled,
        500..=599 => ErrorCode::AzureUnavailable,
        _ => ErrorCode::Internal,
    }
}

fn redact_query(url: &str) -> &str {
    // Query strings carry nothing secret here, but they are noise in an error message a person reads.
    url.split('?').next().unwrap_or(url)
}

fn describe_reqwest(e: &reqwest::Error) -> String {
    use std::error::Error as _;
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_wins_and_is_capped() {
        let p = RetryPolicy::default();
        assert_eq!(
            p.delay(1, Some(Duration::from_secs(2))),
            Duration::from_secs(2)
        );
        assert_eq!(
            p.delay(1, Some(Duration::from_secs(3600))),
            p.max_retry_after
        );
    }

    #[test]
    fn backoff_grows_with_jitter_within_bounds() {
        let p = RetryPolicy::default();
        for retry in 1..=6 {
            let full = p
                .base_delay
                .saturating_mul(1 << (retry - 1))
                .min(p.max_delay);
            let d = p.delay(retry, None);
            assert!(
                d >= full / 2 && d <= full,
                "retry {retry}: {d:?} vs {full:?}"
            );
        }
    }

    #[test]
    fn classifies_azure_errors() {
        let pal = "https://x/providers/Microsoft.ManagementPartner/partners/1";
        assert_eq!(
            classify(
                StatusCode::BAD_REQUEST,
                Some("BadRequest"),
                "The user does not have an account in this tenant. If you are a CSP partner",
                pal
            ),
            ErrorCode::CspAdminOnBehalfOf
        );
        assert_eq!(
            classify(
                StatusCode::BAD_REQUEST,
                Some("BadRequest"),
                "Invalid partner ID '1'",
                pal
            ),
            ErrorCode::InvalidPartnerId
        );
        assert_eq!(
            classify(StatusCode::CONFLICT, Some("Conflict"), "", pal),
            ErrorCode::LinkConflict
        );
        assert_eq!(
            classify(
                StatusCode::NOT_FOUND,
                Some("NoRegisteredProviderFound"),
                "",
                pal
            ),
            ErrorCode::PalUnavailableInCloud
        );
        assert_eq!(
            classify(StatusCode::TOO_MANY_REQUESTS, None, "", pal),
            ErrorCode::Throttled
        );
        assert_eq!(
            classify(StatusCode::BAD_GATEWAY, None, "", pal),
            ErrorCode::AzureUnavailable
        );
        assert_eq!(
            classify(StatusCode::FORBIDDEN, None, "", "https://x/subscriptions"),
            ErrorCode::Forbidden
        );
    }

    #[test]
    fn retry_after_is_seconds_or_an_http_date() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_445_412_480);
        assert_eq!(parse_retry_after(" 7 ", now), Some(Duration::from_secs(7)));
        // 2015-10-21 07:28:00 GMT is `now`; two minutes later is a wait of 120 s.
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:30:00 GMT", now),
            Some(Duration::from_secs(120))
        );
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:00:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("-3", now), None);
    }

    fn client_on(base: &str) -> ArmClient {
        struct NoTokens;
        #[async_trait::async_trait]
        impl TokenSource for NoTokens {
            async fn access_token(&self, _: &str) -> Result<AccessToken, Error> {
                Err(Error::new(ErrorCode::Internal, "not in this test"))
            }
            async fn invalidate(&self, _: &str) {}
        }
        let endpoints = Endpoints::custom(crate::Cloud::Practice, base, base, base, None);
        ArmClient::new(&endpoints, Arc::new(NoTokens)).expect("client")
    }

    #[test]
    fn only_resource_managers_own_origin_is_followed() {
        let arm = client_on("https://management.azure.com");
        assert_eq!(
            arm.url_for("/tenants").unwrap(),
            "https://management.azure.com/tenants"
        );
        assert!(arm
            .url_for("https://management.azure.com:443/tenants?$skiptoken=2")
            .is_ok());
        for hostile in [
            "http://management.azure.com/tenants",
            "https://management.azure.com.evil.example/tenants",
            "https://management.azure.com:8443/tenants",
            "https://evil.example/collect",
            "https://user@evil.example/",
            "not a url",
        ] {
            let e = arm.url_for(hostile).unwrap_err();
            assert_eq!(e.code, ErrorCode::UntrustedAnswer, "{hostile}");
        }
        // A path glued to the root must not be able to move the host either.
        assert_eq!(
            arm.url_for("@evil.example/x").unwrap_err().code,
            ErrorCode::UntrustedAnswer
        );
        let e = arm.url_for("https://evil.example:9/collect").unwrap_err();
        assert!(
            e.message.contains("https://evil.example:9"),
            "{}",
            e.message
        );
    }

    #[test]
    fn reads_azure_error_json() {
        let (c, m) =
            azure_error(&serde_json::json!({"error":{"code":"Conflict","message":"already"}}));
        assert_eq!((c.as_deref(), m.as_str()), (Some("Conflict"), "already"));
        let (c, m) = azure_error(&Value::String("<html>gateway</html>".into()));
        assert_eq!((c, m.as_str()), (None, "<html>gateway</html>"));
    }

    #[test]
    fn identity_from_claims() {
        let payload = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(
            br#"{"tid":"t1","oid":"o1","upn":"a@b","idp":"https://sts.windows.net/home/","acct":1}"#,
        );
        let token = AccessToken {
            secret: crate::Sensitive::new(format!("h.{payload}.s")),
            expires_at: SystemTime::now(),
            tenant_id: "t1".into(),
            object_id: "o1".into(),
        };
        let id = Identity::from_token(&token);
        assert_eq!(id.display_name, "a@b");
        assert_eq!(id.home_tenant_id.as_deref(), Some("home"));
        assert_eq!(id.account_type, Some(1));
        assert!(!id.is_service_principal);
    }
}
