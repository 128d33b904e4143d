//! Entra ID's error answers, kept whole (`error_codes`, `suberror`, `claims`, trace and correlation IDs), and
//! their translation into the core's [`Error`].

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{Error, ErrorCode};

/// An error answer of the Microsoft identity platform (token, device-code or authorize endpoint). oauth2's standard
/// error type would drop everything but `error` and `error_description`; the extra fields decide what the person
/// is told (the AADSTS code) and what the app does next (the `claims` challenge for an interactive sign-in).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
pub struct AadErrorResponse {
    pub error: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_description: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub error_codes: Vec<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suberror: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claims: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trace_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_uri: Option<String>,
}

impl fmt::Display for AadErrorResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.technical_message())
    }
}

impl oauth2::ErrorResponse for AadErrorResponse {}

impl AadErrorResponse {
    /// An error answer as Entra sends it back to the redirect URI (`?error=…&error_description=…&error_codes=…`).
    pub fn from_query_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut e = AadErrorResponse::default();
        for (k, v) in pairs {
            match k {
                "error" => e.error = v.to_owned(),
                "error_description" => e.error_description = Some(v.to_owned()),
                "error_codes" => {
                    e.error_codes = v
                        .trim_matches(|c| c == '[' || c == ']')
                        .split(',')
                        .filter_map(|n| n.trim().parse().ok())
                        .collect()
                }
                "suberror" => e.suberror = Some(v.to_owned()),
                "claims" => e.claims = Some(v.to_owned()),
                "trace_id" => e.trace_id = Some(v.to_owned()),
                "correlation_id" => e.correlation_id = Some(v.to_owned()),
                "timestamp" => e.timestamp = Some(v.to_owned()),
                _ => {}
            }
        }
        e
    }

    /// The AADSTS number: the first of `error_codes`, else the one named in the description.
    pub fn aadsts(&self) -> Option<u64> {
        if let Some(code) = self.error_codes.first() {
            return Some(*code);
        }
        let description = self.error_description.as_deref()?;
        let start = description.find("AADSTS")? + "AADSTS".len();
        let digits: String = description[start..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        digits.parse().ok()
    }

    /// Which explanation the UI shows.
    pub fn code(&self) -> ErrorCode {
        error_code_for(self.aadsts(), &self.error)
    }

    /// The English technical detail for `message`: code, first line of Entra's description, and the IDs Microsoft
    /// support asks for. Never a token or secret: Entra's error answers carry none.
    pub fn technical_message(&self) -> String {
        // A proxy or a broken answer can leave `error` empty; the message still says what happened.
        let name = match self.error.trim() {
            "" => "an error Entra ID did not name",
            name => name,
        };
        let mut text = match self.aadsts() {
            Some(n) => format!("AADSTS{n} ({name})"),
            None => name.to_owned(),
        };
        if let Some(d) = &self.error_description {
            let first = d.lines().next().unwrap_or("").trim();
            // The description already begins with "AADSTSnnnnn:"; the number is not repeated.
            let first = first
                .strip_prefix(&format!("AADSTS{}:", self.aadsts().unwrap_or(0)))
                .unwrap_or(first)
                .trim();
            if !first.is_empty() {
                text.push_str(": ");
                text.push_str(first);
            }
        }
        if let Some(s) = &self.suberror {
            text.push_str(&format!(" [suberror {s}]"));
        }
        for (label, value) in [
            ("trace ID", &self.trace_id),
            ("correlation ID", &self.correlation_id),
            ("time", &self.timestamp),
        ] {
            if let Some(v) = value {
                text.push_str(&format!("; {label} {v}"));
            }
        }
        text
    }

    /// The core error, with the admin-consent URL added where an administrator's approval is the way forward.
    pub fn to_error(&self, admin_consent_url: Option<&str>) -> Error {
        let code = self.code();
        let mut message = self.technical_message();
        if matches!(
            code,
            ErrorCode::ConsentRequired | ErrorCode::AppNotInDirectory
        ) {
            if let Some(url) = admin_consent_url {
                message.push_str(&format!(". Admin consent: {url}"));
            }
        }
        Error::new(code, message)
    }

    /// Whether an interactive sign-in to that directory (with `login_hint` and the `claims` challenge) can satisfy
    /// what Entra asks for.
    pub fn needs_interactive_sign_in(&self) -> bool {
        matches!(
            self.code(),
            ErrorCode::MfaRequired | ErrorCode::MfaSetupRequired
        ) || self.suberror.as_deref() == Some("basic_action")
            || self.aadsts() == Some(50158)
    }
}

/// Maps an AADSTS number (or, without one, the OAuth `error`) to the explanation the UI shows. Reference §4 lists
/// the codes a partner meets; the rest fall back to [`ErrorCode::SignInFailed`].
pub fn error_code_for(aadsts: Option<u64>, error: &str) -> ErrorCode {
    match aadsts {
        Some(50020 | 90072 | 50177 | 90071) => ErrorCode::AccountNotInDirectory,
        Some(50076 | 50158 | 50074 | 50072) => ErrorCode::MfaRequired,
        Some(50079) => ErrorCode::MfaSetupRequired,
        Some(53003 | 53000 | 53001 | 530003 | 530032) => ErrorCode::BlockedByConditionalAccess,
        Some(65001 | 90094 | 90095) => ErrorCode::ConsentRequired,
        Some(700016 | 500011 | 65002 | 650057) => ErrorCode::AppNotInDirectory,
        Some(50126 | 50034) => ErrorCode::WrongPassword,
        Some(700082 | 50173 | 50133 | 70043 | 700084 | 50089) => ErrorCode::SignInExpired,
        Some(90002 | 900023) => ErrorCode::DirectoryNotFound,
        Some(7000215 | 7000218 | 7000222 | 700027) => ErrorCode::ClientCredentialsRejected,
        Some(65004) => ErrorCode::SignInCancelled,
        Some(70020 | 70008) => ErrorCode::SignInTimedOut,
        _ => match error {
            "authorization_declined" | "access_denied" => ErrorCode::SignInCancelled,
            "expired_token" => ErrorCode::SignInTimedOut,
            "temporarily_unavailable" => ErrorCode::AzureUnavailable,
            _ => ErrorCode::SignInFailed,
        },
    }
}

/// Turns an oauth2 request failure into the core error. The token endpoint's raw body is never copied into the
/// message when it cannot be parsed, because a malformed success answer could hold a token.
pub fn request_error<RE: std::error::Error + 'static>(
    err: oauth2::RequestTokenError<RE, AadErrorResponse>,
    admin_consent_url: Option<&str>,
) -> Error {
    match err {
        oauth2::RequestTokenError::ServerResponse(e) => e.to_error(admin_consent_url),
        oauth2::RequestTokenError::Request(e) => {
            let mut text = format!("could not reach the sign-in service: {e}");
            let mut source = e.source();
            while let Some(s) = source {
                text.push_str(&format!(": {s}"));
                source = s.source();
            }
            Error::new(ErrorCode::Network, text)
        }
        oauth2::RequestTokenError::Parse(e, _body) => Error::new(
            ErrorCode::Internal,
            format!(
                "the sign-in service's answer could not be read at {}",
                e.path()
            ),
        ),
        oauth2::RequestTokenError::Other(e) => Error::new(ErrorCode::SignInFailed, e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found by `cargo xtask fuzz`: an answer with an empty `error` made an error with an empty message.
    #[test]
    fn an_answer_that_names_no_error_still_says_what_happened() {
        for body in [r#"{"error":""}"#, r#"{"error":" ","error_codes":[50076]}"#] {
            let e: AadErrorResponse = serde_json::from_str(body).unwrap();
            let message = e.to_error(None).message;
            assert!(message.contains("did not name"), "{body}: {message:?}");
        }
    }

    #[test]
    fn every_reference_code_has_its_explanation() {
        let cases = [
            (50020, ErrorCode::AccountNotInDirectory),
            (90072, ErrorCode::AccountNotInDirectory),
            (50076, ErrorCode::MfaRequired),
            (50158, ErrorCode::MfaRequired),
            (50079, ErrorCode::MfaSetupRequired),
            (53003, ErrorCode::BlockedByConditionalAccess),
            (65001, ErrorCode::ConsentRequired),
            (65002, ErrorCode::AppNotInDirectory),
            (700016, ErrorCode::AppNotInDirectory),
            (500011, ErrorCode::AppNotInDirectory),
            (50126, ErrorCode::WrongPassword),
            (700082, ErrorCode::SignInExpired),
            (50173, ErrorCode::SignInExpired),
            (90002, ErrorCode::DirectoryNotFound),
            (7000215, ErrorCode::ClientCredentialsRejected),
            (65004, ErrorCode::SignInCancelled),
            (12345, ErrorCode::SignInFailed),
        ];
        for (n, code) in cases {
            let body = serde_json::json!({
                "error": "invalid_grant",
                "error_description": format!("AADSTS{n}: something.\r\nTrace ID: t\r\nCorrelation ID: c"),
                "error_codes": [n],
                "trace_id": "t-1", "correlation_id": "c-1", "timestamp": "2026-01-01 00:00:00Z"
            });
            let e: AadErrorResponse = serde_json::from_value(body).unwrap();
            let err = e.to_error(Some("https://login/adminconsent"));
            assert_eq!(err.code, code, "AADSTS{n}");
            assert!(err
                .message
                .starts_with(&format!("AADSTS{n} (invalid_grant): something.")));
            assert!(err.message.contains("trace ID t-1"), "{}", err.message);
            assert!(err.message.contains("correlation ID c-1"));
            assert!(err.message.contains("time 2026-01-01"));
        }
    }

    #[test]
    fn the_code_is_read_from_the_description_when_error_codes_is_absent() {
        let e = AadErrorResponse {
            error: "invalid_grant".into(),
            error_description: Some("AADSTS50076: Due to a configuration change".into()),
            ..Default::default()
        };
        assert_eq!(e.code(), ErrorCode::MfaRequired);
        assert!(e.needs_interactive_sign_in());
    }

    #[test]
    fn device_code_errors_without_aadsts() {
        assert_eq!(
            error_code_for(None, "authorization_declined"),
            ErrorCode::SignInCancelled
        );
        assert_eq!(
            error_code_for(None, "expired_token"),
            ErrorCode::SignInTimedOut
        );
    }

    #[test]
    fn consent_errors_carry_the_admin_consent_url() {
        let e = AadErrorResponse::from_query_pairs([
            ("error", "invalid_client"),
            ("error_codes", "[65001]"),
            ("error_description", "AADSTS65001: not consented"),
        ]);
        let err = e.to_error(Some("https://login.example/t/adminconsent?client_id=x"));
        assert_eq!(err.code, ErrorCode::ConsentRequired);
        assert!(err
            .message
            .ends_with("Admin consent: https://login.example/t/adminconsent?client_id=x"));
    }
}
