//! Microsoft Graph, the small part the customer-admin path needs: who is signed in (`/me`), finding the partner's
//! user by email or sign-in name, and inviting the partner's user as a guest.
//!
//! Graph tokens have another audience than Resource Manager tokens, so they come from a [`GraphTokenSource`]
//! rather than the ARM-only [`crate::TokenSource`]. The sign-in module implements it for a signed-in account
//! (`AuthClient::graph_token_source`): it redeems the Resource Manager sign-in's refresh token for the admin
//! path's Graph permissions only when this path needs them (incremental consent).

use std::sync::Arc;
use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde::Serialize;
use serde_json::{json, Value};
use specta::Type;

use crate::{AccessToken, Endpoints, Error, ErrorCode};

/// Gives Microsoft Graph tokens for a directory, for one signed-in identity.
#[async_trait::async_trait]
pub trait GraphTokenSource: Send + Sync {
    /// A token whose audience is Microsoft Graph (scope [`graph_scope`]) for `tenant_id`.
    async fn graph_token(&self, tenant_id: &str) -> Result<AccessToken, Error>;

    /// Forgets a cached Graph token for `tenant_id` (Graph refused it although it looked fresh).
    async fn invalidate_graph(&self, tenant_id: &str);
}

/// The scope to ask Entra ID for a Graph token. The simulator accepts Microsoft's Graph audience, so practice mode
/// asks for the public cloud's, as for Resource Manager.
pub fn graph_scope(endpoints: &Endpoints) -> String {
    match endpoints.cloud {
        crate::Cloud::Practice | crate::Cloud::AzurePublic => {
            "https://graph.microsoft.com/.default".to_owned()
        }
        _ => format!("{}/.default", endpoints.graph),
    }
}

/// A user of the directory as Graph describes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct GraphUser {
    /// The object ID in this directory: what a role is granted to.
    pub id: String,
    pub display_name: String,
    pub user_principal_name: String,
    pub mail: Option<String>,
    /// `Member` or `Guest`.
    pub user_type: Option<String>,
}

impl GraphUser {
    pub fn is_guest(&self) -> bool {
        self.user_type
            .as_deref()
            .is_some_and(|t| t.eq_ignore_ascii_case("guest"))
    }

    fn from_json(v: &Value) -> Option<GraphUser> {
        let s = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_owned);
        Some(GraphUser {
            id: s("id")?,
            display_name: s("displayName").unwrap_or_default(),
            user_principal_name: s("userPrincipalName").unwrap_or_default(),
            mail: s("mail"),
            user_type: s("userType"),
        })
    }
}

/// A guest invitation that was made: the guest account exists in the directory at once, and the partner opens
/// `redeem_url` to accept.
/// An application's identity in a directory, as the admin's lookup returns it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct GraphServicePrincipal {
    pub id: String,
    pub app_id: String,
    pub display_name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct GuestInvitation {
    pub id: String,
    pub invited_user_email_address: String,
    /// The guest account's object ID in this directory: a role can be granted to it right away.
    pub invited_user_id: String,
    /// The link to send to the partner (also in Microsoft's invitation email when it was sent).
    pub redeem_url: String,
    /// `PendingAcceptance` until the partner accepts, `Completed` after.
    pub status: String,
    pub invitation_email_sent: bool,
}

/// Calls Microsoft Graph for one signed-in identity.
#[derive(Clone)]
pub struct GraphClient {
    http: reqwest::Client,
    base: String,
    tokens: Arc<dyn GraphTokenSource>,
}

/// What is asked of Graph, for the retry loop.
struct GraphRequest<'a> {
    method: Method,
    path: &'a str,
    query: &'a [(&'a str, &'a str)],
    body: Option<&'a Value>,
    /// What the call is for, in the error message.
    what: &'a str,
}

/// Why a Graph call failed.
#[derive(Debug)]
enum GraphFailure {
    /// The token source failed; its error already says what the person must do (sign in again, MFA…).
    Token(Error),
    /// Graph answered an error (HTTP status, Graph's `error.code` and `error.message`), or no answer came
    /// (status 0, the message says why).
    Answer {
        status: u16,
        code: String,
        message: String,
        request_id: Option<String>,
    },
}

impl GraphClient {
    pub fn new(
        endpoints: &Endpoints,
        tokens: Arc<dyn GraphTokenSource>,
    ) -> Result<GraphClient, Error> {
        Ok(GraphClient {
            http: crate::arm::http_client(endpoints)?,
            base: format!("{}/v1.0", endpoints.graph.trim_end_matches('/')),
            tokens,
        })
    }

    /// The signed-in account in `tenant`.
    pub async fn me(&self, tenant: &str) -> Result<GraphUser, Error> {
        let body = self
            .send(
                tenant,
                GraphRequest {
                    method: Method::GET,
                    path: "/me",
                    query: &[],
                    body: None,
                    what: "reading the signed-in account",
                },
            )
            .await
            .map_err(|f| f.into_error("reading the signed-in account", ErrorCode::Forbidden))?;
        GraphUser::from_json(&body)
            .ok_or_else(|| Error::new(ErrorCode::Internal, "Graph's /me answer has no id"))
    }

    /// The user of `tenant` whose sign-in name (UPN) or email address is `email_or_upn`. A guest's UPN there is
    /// `name_domain#EXT#@…`, so the partner's own address finds the guest through `mail`.
    pub async fn find_user(&self, tenant: &str, email_or_upn: &str) -> Result<GraphUser, Error> {
        let wanted = email_or_upn.trim();
        if !looks_like_email(wanted) {
            return Err(Error::new(
                ErrorCode::InvalidInput,
                format!("{wanted:?} is not an email address or sign-in name"),
            ));
        }
        // OData string literals double their single quotes.
        let literal = wanted.replace('\'', "''");
        let filter = format!("mail eq '{literal}' or userPrincipalName eq '{literal}'");
        let body = self
            .send(
                tenant,
                GraphRequest {
                    method: Method::GET,
                    path: "/users",
                    query: &[("$filter", filter.as_str())],
                    body: None,
                    what: "looking up the user",
                },
            )
            .await
            .map_err(|f| f.into_error("looking up the user", ErrorCode::Forbidden))?;
        body.get("value")
            .and_then(Value::as_array)
            .and_then(|users| users.iter().find_map(GraphUser::from_json))
            .ok_or_else(|| {
                Error::new(
                    ErrorCode::UserNotFound,
                    format!("no user with the email address or sign-in name {wanted} in directory {tenant}"),
                )
            })
    }

    /// The service principal of application `app_id` in `tenant`: how a partner that works through an app
    /// registration (automation) is found. It exists in the customer's directory once the app was approved there.
    pub async fn find_service_principal(
        &self,
        tenant: &str,
        app_id: &str,
    ) -> Result<GraphServicePrincipal, Error> {
        let wanted = app_id.trim().to_ascii_lowercase();
        if !crate::endpoints::is_guid(&wanted) {
            return Err(Error::new(
                ErrorCode::InvalidInput,
                format!("{wanted:?} is not an application (client) ID"),
            ));
        }
        let filter = format!("appId eq '{wanted}'");
        let body = self
            .send(
                tenant,
                GraphRequest {
                    method: Method::GET,
                    path: "/servicePrincipals",
                    query: &[("$filter", filter.as_str())],
                    body: None,
                    what: "looking up the app",
                },
            )
            .await
            .map_err(|f| f.into_error("looking up the app", ErrorCode::Forbidden))?;
        let found = body
            .get("value")
            .and_then(Value::as_array)
            .and_then(|sps| sps.first())
            .and_then(|sp| {
                Some(GraphServicePrincipal {
                    id: sp.get("id")?.as_str()?.to_owned(),
                    app_id: sp
                        .get("appId")
                        .and_then(Value::as_str)
                        .unwrap_or(&wanted)
                        .to_owned(),
                    display_name: sp
                        .get("displayName")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_owned(),
                })
            });
        found.ok_or_else(|| {
            Error::new(
                ErrorCode::ServicePrincipalNotFound,
                format!("no service principal of application {wanted} in directory {tenant}; the app must be approved there first"),
            )
        })
    }

    /// Invites `email` as a guest of `tenant` (`POST /invitations`). `redirect_url` is where the partner lands
    /// after accepting; with `send_email` false Microsoft sends nothing and the admin passes the redeem URL on.
    ///
    /// Not retried after an ambiguous failure: inviting the same address again is harmless (Entra reuses the
    /// guest account), so the admin may simply try again.
    pub async fn invite_guest(
        &self,
        tenant: &str,
        email: &str,
        redirect_url: &str,
        send_email: bool,
    ) -> Result<GuestInvitation, Error> {
        let email = email.trim();
        if !looks_like_email(email) {
            return Err(Error::new(
                ErrorCode::InvalidInput,
                format!("{email:?} is not an email address"),
            ));
        }
        if !redirect_url.starts_with("https://") {
            return Err(Error::new(
                ErrorCode::InvalidInput,
                "the invitation's redirect URL must be an https address",
            ));
        }
        let request = json!({
            "invitedUserEmailAddress": email,
            "inviteRedirectUrl": redirect_url,
            "sendInvitationMessage": send_email,
        });
        let body = self
            .send(
                tenant,
                GraphRequest {
                    method: Method::POST,
                    path: "/invitations",
                    query: &[],
                    body: Some(&request),
                    what: "inviting the guest",
                },
            )
            .await
            .map_err(|f| f.into_error("inviting the guest", ErrorCode::NotAllowedToInvite))?;
        let s = |p: &str| body.pointer(p).and_then(Value::as_str).map(str::to_owned);
        match (s("/id"), s("/invitedUser/id"), s("/inviteRedeemUrl")) {
            (Some(id), Some(invited_user_id), Some(redeem_url)) => Ok(GuestInvitation {
                id,
                invited_user_email_address: s("/invitedUserEmailAddress")
                    .unwrap_or_else(|| email.to_owned()),
                invited_user_id,
                redeem_url,
                status: s("/status").unwrap_or_else(|| "PendingAcceptance".to_owned()),
                invitation_email_sent: body
                    .get("sendInvitationMessage")
                    .and_then(Value::as_bool)
                    .unwrap_or(send_email),
            }),
            _ => Err(Error::new(
                ErrorCode::InvitationFailed,
                "Graph answered the invitation without its id, guest account or redeem URL",
            )),
        }
    }

    async fn send(&self, tenant: &str, r: GraphRequest<'_>) -> Result<Value, GraphFailure> {
        let url = format!("{}{}", self.base, r.path);
        let mut refreshed = false;
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            let token = self
                .tokens
                .graph_token(tenant)
                .await
                .map_err(GraphFailure::Token)?;
            let mut req = self
                .http
                .request(r.method.clone(), &url)
                .bearer_auth(token.secret.expose())
                .header("accept", "application/json");
            if !r.query.is_empty() {
                req = req.query(r.query);
            }
            if let Some(b) = r.body {
                req = req.json(b);
            }
            drop(token);
            let resp = match req.send().await {
                Ok(resp) => resp,
                Err(e) => {
                    // A read, or a request that never connected, is safe to send again.
                    if (r.method == Method::GET || e.is_connect()) && attempt < 3 {
                        tokio::time::sleep(Duration::from_millis(300 * u64::from(attempt))).await;
                        continue;
                    }
                    let err = crate::http::network_error(r.what, &e);
                    return Err(GraphFailure::Answer {
                        status: 0,
                        code: String::new(),
                        message: err.message,
                        request_id: None,
                    });
                }
            };
            let status = resp.status();
            let request_id = resp
                .headers()
                .get("request-id")
                .or_else(|| resp.headers().get("x-ms-request-id"))
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned);
            let retry_after = resp
                .headers()
                .get("retry-after")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.trim().parse::<u64>().ok());
            let body: Value = resp.json().await.unwrap_or(Value::Null);
            if status.is_success() {
                return Ok(body);
            }
            if status == StatusCode::UNAUTHORIZED && !refreshed {
                refreshed = true;
                self.tokens.invalidate_graph(tenant).await;
                attempt -= 1;
                continue;
            }
            // 429 and 503 mean the request was not processed, so even an invitation may be sent again.
            let not_applied = status == StatusCode::TOO_MANY_REQUESTS
                || status == StatusCode::SERVICE_UNAVAILABLE;
            if (not_applied || (status.is_server_error() && r.method == Method::GET)) && attempt < 3
            {
                let wait = retry_after.unwrap_or(u64::from(attempt)).min(30);
                tokio::time::sleep(Duration::from_secs(wait)).await;
                continue;
            }
            let err = body.get("error").unwrap_or(&Value::Null);
            return Err(GraphFailure::Answer {
                status: status.as_u16(),
                code: err["code"].as_str().unwrap_or_default().to_owned(),
                message: err["message"].as_str().unwrap_or_default().to_owned(),
                request_id,
            });
        }
    }
}

impl GraphFailure {
    /// The error for the person. `forbidden` is the code a 403 gets, since what a refusal means depends on
    /// the call (inviting guests is a directory setting; reading users is a permission).
    fn into_error(self, what: &str, forbidden: ErrorCode) -> Error {
        let (status, code, message, request_id) = match self {
            GraphFailure::Token(e) => return e,
            GraphFailure::Answer {
                status,
                code,
                message,
                request_id,
            } => (status, code, message, request_id),
        };
        let error_code = match status {
            0 => ErrorCode::Network,
            401 => ErrorCode::AccessTokenRejected,
            403 => forbidden,
            404 => ErrorCode::NotFound,
            429 => ErrorCode::Throttled,
            400 if forbidden == ErrorCode::NotAllowedToInvite => ErrorCode::InvitationFailed,
            400 => ErrorCode::InvalidInput,
            s if s >= 500 => ErrorCode::AzureUnavailable,
            _ => ErrorCode::Internal,
        };
        let mut text = if status == 0 {
            message
        } else {
            format!("Microsoft Graph answered {status} {code} while {what}: {message}")
        };
        if let Some(id) = request_id {
            text.push_str(&format!(" (request ID {id})"));
        }
        Error::new(error_code, text)
    }
}

/// One `@`, something on each side, no spaces or quotes that would break out of an OData literal or a path.
fn looks_like_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.contains('@')
        && s.len() <= 320
        && !s
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "\"<>()[],;:\\/".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_email_addresses_and_sign_in_names() {
        assert!(looks_like_email("sam@contosopartner.onmicrosoft.com"));
        assert!(looks_like_email("o'brien@contoso.com"));
        assert!(!looks_like_email("sam"));
        assert!(!looks_like_email("sam@local"));
        assert!(!looks_like_email("a b@contoso.com"));
        assert!(!looks_like_email("a@b.com/../x"));
    }

    #[test]
    fn practice_asks_for_microsofts_graph_audience() {
        let e = Endpoints::custom(
            crate::Cloud::Practice,
            "https://l",
            "https://a",
            "https://g/",
            None,
        );
        assert_eq!(graph_scope(&e), "https://graph.microsoft.com/.default");
        let gov = Endpoints::for_cloud(crate::Cloud::AzureGovernment);
        assert_eq!(graph_scope(&gov), "https://graph.microsoft.us/.default");
    }

    #[test]
    fn graph_errors_become_explained_codes() {
        let f = |status: u16| GraphFailure::Answer {
            status,
            code: "Authorization_RequestDenied".into(),
            message: "Insufficient privileges".into(),
            request_id: Some("r1".into()),
        };
        let e = f(403).into_error("inviting the guest", ErrorCode::NotAllowedToInvite);
        assert_eq!(e.code, ErrorCode::NotAllowedToInvite);
        assert!(e.message.contains("r1"));
        assert_eq!(
            f(400)
                .into_error("inviting the guest", ErrorCode::NotAllowedToInvite)
                .code,
            ErrorCode::InvitationFailed
        );
        let passed = GraphFailure::Token(Error::new(ErrorCode::MfaRequired, "mfa"));
        assert_eq!(
            passed.into_error("x", ErrorCode::Forbidden).code,
            ErrorCode::MfaRequired
        );
    }
}
