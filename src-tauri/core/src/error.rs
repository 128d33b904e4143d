//! The one error type that crosses from the core to the UI.
//!
//! The UI never shows `message`: it translates `code` into a plain-language explanation with a next step, and
//! keeps `message` (English, technical) for the "details" disclosure and the logs. The set of codes is closed, so
//! a test in the UI can prove that every code has a translation in every language.

use serde::Serialize;
use specta::Type;

/// Every kind of failure the UI knows how to explain. Adding a variant means adding its explanation to both
/// message catalogues; the UI's tests fail until that is done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ErrorCode {
    /// Something the app did not expect; the details say what.
    Internal,
    /// The user's input could not be used (for example a partner ID that is not a number).
    InvalidInput,
    /// The network could not be reached or the connection dropped.
    Network,
}

impl ErrorCode {
    /// All codes, for tests that check each one is explained.
    pub const ALL: &'static [ErrorCode] = &[
        ErrorCode::Internal,
        ErrorCode::InvalidInput,
        ErrorCode::Network,
    ];
}

/// An error as the UI receives it: `{code, message}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type, thiserror::Error)]
#[error("{message}")]
pub struct Error {
    pub code: ErrorCode,
    pub message: String,
}

impl Error {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Error {
            code,
            message: message.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crosses_ipc_as_code_and_message() {
        let err = Error::new(ErrorCode::InvalidInput, "partner ID must be digits");
        assert_eq!(
            serde_json::to_value(&err).unwrap(),
            serde_json::json!({"code": "invalidInput", "message": "partner ID must be digits"})
        );
    }

    #[test]
    fn all_lists_every_code_once() {
        let mut seen = std::collections::HashSet::new();
        for code in ErrorCode::ALL {
            assert!(seen.insert(code), "{code:?} listed twice");
        }
        // The match is exhaustive on purpose: a new variant breaks the build here until ALL lists it.
        for code in [ErrorCode::Internal] {
            match code {
                ErrorCode::Internal | ErrorCode::InvalidInput | ErrorCode::Network => {}
            }
        }
        assert_eq!(seen.len(), 3);
    }
}
