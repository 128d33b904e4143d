//! Entra ID error answers: `error`, `error_description` starting with `AADSTSnnnnn`, `error_codes`,
//! `suberror`, `claims`, `trace_id`, `correlation_id`, `timestamp`, as MSAL and the Azure SDKs parse them.

use axum::body::Body;
use http::Response;
use serde::Serialize;
use serde_json::json;

/// One Entra ID error, before it becomes a token-endpoint answer, an error redirect or a page.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct AadError {
    /// HTTP status of a token-endpoint answer (400, or 401 for a bad client secret).
    pub status: u16,
    /// The OAuth `error` value (`invalid_grant`, `interaction_required`, …).
    pub error: String,
    /// The AADSTS number.
    pub code: u32,
    /// The description without the `AADSTSnnnnn: ` prefix.
    pub message: String,
    pub suberror: Option<String>,
    pub claims: Option<String>,
}

/// The claims challenge Entra returns with 50076 and 53003: a Conditional Access policy asking for more.
const CAPOLIDS_CLAIMS: &str = r#"{"access_token":{"capolids":{"essential":true,"values":["5a4c6e8e-0000-4000-8000-00000000ca01"]}}}"#;

impl AadError {
    fn new(status: u16, error: &str, code: u32, message: impl Into<String>) -> AadError {
        AadError {
            status,
            error: error.to_string(),
            code,
            message: message.into(),
            suberror: None,
            claims: None,
        }
    }

    fn sub(mut self, s: &str) -> Self {
        self.suberror = Some(s.to_string());
        self
    }

    fn claims(mut self) -> Self {
        self.claims = Some(CAPOLIDS_CLAIMS.to_string());
        self
    }

    pub(crate) fn tenant_not_found(t: &str) -> Self {
        Self::new(400, "invalid_request", 90002, format!(
            "Tenant '{t}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant."
        ))
    }

    pub(crate) fn app_not_found(client: &str, tenant_name: &str) -> Self {
        Self::new(400, "unauthorized_client", 700016, format!(
            "Application with identifier '{client}' was not found in the directory '{tenant_name}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant."
        ))
    }

    pub(crate) fn user_not_in_tenant(
        upn: &str,
        home: &str,
        tenant_name: &str,
        client: &str,
        app: &str,
    ) -> Self {
        Self::new(400, "invalid_grant", 50020, format!(
            "User account '{upn}' from identity provider 'https://sts.windows.net/{home}/' does not exist in tenant '{tenant_name}' and cannot access the application '{client}'({app}) in that tenant. The account needs to be added as an external user in the tenant first. Sign out and sign in again with a different Azure Active Directory user account."
        ))
    }

    pub(crate) fn user_not_found(upn: &str, tenant_name: &str) -> Self {
        Self::new(400, "invalid_grant", 50034, format!(
            "The user account {upn} does not exist in the {tenant_name} directory. To sign into this application, the account must be added to the directory."
        ))
    }

    pub(crate) fn mfa_required(resource: &str) -> Self {
        Self::new(400, "invalid_grant", 50076, format!(
            "Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '{resource}'."
        ))
        .sub("basic_action")
        .claims()
    }

    pub(crate) fn ca_blocked() -> Self {
        Self::new(
            400,
            "invalid_grant",
            53003,
            "Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.",
        )
        .sub("message_only")
        .claims()
    }

    pub(crate) fn consent_required(client: &str, app: &str) -> Self {
        Self::new(400, "invalid_grant", 65001, format!(
            "The user or administrator has not consented to use the application with ID '{client}' named '{app}'. Send an interactive authorization request for this user and resource."
        ))
        .sub("consent_required")
    }

    pub(crate) fn consent_declined() -> Self {
        Self::new(
            400,
            "access_denied",
            65004,
            "User declined to consent to access the app.",
        )
    }

    pub(crate) fn admin_required() -> Self {
        Self::new(
            400,
            "access_denied",
            90094,
            "The grant requires admin permission.",
        )
    }

    pub(crate) fn bad_password() -> Self {
        Self::new(
            400,
            "invalid_grant",
            50126,
            "Error validating credentials due to invalid username or password.",
        )
    }

    pub(crate) fn refresh_expired(issued: &str) -> Self {
        Self::new(400, "invalid_grant", 700082, format!(
            "The refresh token has expired due to inactivity. The token was issued on {issued} and was inactive for 90.00:00:00."
        ))
        .sub("bad_token")
    }

    pub(crate) fn refresh_revoked() -> Self {
        Self::new(400, "invalid_grant", 50173, "The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password. The grant was issued on a date before the last password change or revocation.")
            .sub("bad_token")
    }

    pub(crate) fn bad_grant(what: &str) -> Self {
        Self::new(
            400,
            "invalid_grant",
            9002313,
            format!("Invalid request. Request is malformed or invalid: {what}"),
        )
    }

    pub(crate) fn code_redeemed() -> Self {
        Self::new(400, "invalid_grant", 54005, "OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.")
    }

    pub(crate) fn code_expired() -> Self {
        Self::new(400, "invalid_grant", 70008, "The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.")
    }

    pub(crate) fn pkce_mismatch() -> Self {
        Self::new(400, "invalid_grant", 50148, "The code_verifier does not match the code_challenge supplied in the authorization request for PKCE.")
    }

    pub(crate) fn pkce_required() -> Self {
        Self::new(400, "invalid_request", 9002325, "Proof Key for Code Exchange is required for cross-origin authorization code redemption; send code_challenge with code_challenge_method S256.")
    }

    pub(crate) fn redirect_mismatch(uri: &str, client: &str) -> Self {
        Self::new(400, "invalid_request", 50011, format!(
            "The redirect URI '{uri}' specified in the request does not match the redirect URIs configured for the application '{client}'."
        ))
    }

    pub(crate) fn bad_secret(client: &str) -> Self {
        Self::new(401, "invalid_client", 7000215, format!(
            "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '{client}'."
        ))
    }

    pub(crate) fn bad_assertion(client: &str, why: crate::jwt::AssertionError) -> Self {
        use crate::jwt::AssertionError;
        match why {
            AssertionError::Expired => Self::new(
                401,
                "invalid_client",
                700024,
                format!("Client assertion is not within its valid time range for app '{client}'."),
            ),
            AssertionError::BadSignature(why) | AssertionError::WrongClaims(why) => Self::new(
                401,
                "invalid_client",
                700027,
                format!("Client assertion failed signature validation for app '{client}': {why}."),
            ),
        }
    }

    pub(crate) fn missing_secret() -> Self {
        Self::new(401, "invalid_client", 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.")
    }

    pub(crate) fn missing(param: &str) -> Self {
        Self::new(
            400,
            "invalid_request",
            900144,
            format!("The request body must contain the following parameter: '{param}'."),
        )
    }

    pub(crate) fn invalid_scope(scope: &str) -> Self {
        Self::new(400, "invalid_scope", 70011, format!("The provided value for the input parameter 'scope' is not valid. The scope {scope} is not valid."))
    }

    pub(crate) fn resource_not_found(resource: &str, tenant: &str) -> Self {
        Self::new(400, "invalid_resource", 500011, format!(
            "The resource principal named {resource} was not found in the tenant named {tenant}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant."
        ))
    }

    pub(crate) fn unsupported_grant(g: &str) -> Self {
        Self::new(
            400,
            "unsupported_grant_type",
            70003,
            format!("The app requested an unsupported grant type '{g}'."),
        )
    }

    pub(crate) fn no_tenant() -> Self {
        Self::new(400, "invalid_request", 50059, "No tenant-identifying information found in either the request or implied by any provided credentials.")
    }

    pub(crate) fn pending() -> Self {
        Self::new(
            400,
            "authorization_pending",
            70016,
            "OAuth 2.0 device flow error. Authorization is pending. Continue polling.",
        )
    }

    pub(crate) fn declined() -> Self {
        Self::new(
            400,
            "authorization_declined",
            70000,
            "The user declined the authorization request.",
        )
    }

    pub(crate) fn device_expired() -> Self {
        Self::new(400, "expired_token", 70020, "The provided value for the input parameter 'device_code' is not valid. This device code has expired.")
    }

    pub(crate) fn wrong_mfa_code() -> Self {
        Self::new(
            400,
            "invalid_grant",
            50074,
            "Strong Authentication is required: the verification code is not correct.",
        )
    }

    pub(crate) fn login_required() -> Self {
        Self::new(
            400,
            "login_required",
            50058,
            "A silent sign-in request was sent but no user is signed in.",
        )
    }

    pub(crate) fn session_expired() -> Self {
        Self::new(
            400,
            "invalid_request",
            50058,
            "The sign-in session was not found or has expired. Start again from the application.",
        )
    }

    /// `error_description` as Entra writes it.
    pub(crate) fn description(&self, request_id: &str, timestamp: &str) -> String {
        format!(
            "AADSTS{}: {} Trace ID: {request_id} Correlation ID: {request_id} Timestamp: {timestamp}",
            self.code, self.message
        )
    }

    pub(crate) fn to_json(&self, login: &str, request_id: &str) -> serde_json::Value {
        let ts = crate::util::rfc3339_now().replace('T', " ");
        let mut v = json!({
            "error": self.error,
            "error_description": self.description(request_id, &ts),
            "error_codes": [self.code],
            "timestamp": ts,
            "trace_id": request_id,
            "correlation_id": request_id,
            "error_uri": format!("{login}/error?code={}", self.code),
        });
        if let Some(s) = &self.suberror {
            v["suberror"] = json!(s);
        }
        if let Some(c) = &self.claims {
            v["claims"] = json!(c);
        }
        v
    }

    pub(crate) fn response(&self, login: &str, request_id: &str) -> Response<Body> {
        crate::http_util::json_response(self.status, &self.to_json(login, request_id))
    }

    /// The `error` value used when the error travels back on a redirect URI.
    pub(crate) fn redirect_error(&self) -> &str {
        match self.code {
            65001 => "consent_required",
            50058 if self.error == "login_required" => "login_required",
            50076 => "interaction_required",
            _ if self.error == "invalid_grant" => "access_denied",
            _ => &self.error,
        }
    }
}
