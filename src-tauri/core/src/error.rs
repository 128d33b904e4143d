//! The one error type that crosses from the core to the UI.
//!
//! The UI never shows `message`: it translates `code` into a plain-language explanation with a next step, and
//! keeps `message` (English, technical) for the "details" disclosure and the logs. The set of codes is closed, so
//! a test in the UI can prove that every code has a translation in every language.

use serde::{Deserialize, Serialize};
use specta::Type;

/// Every kind of failure the UI knows how to explain. Adding a variant means adding its explanation to both
/// message catalogues; the UI's tests fail until that is done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ErrorCode {
    /// Something the app did not expect; the details say what.
    Internal,
    /// The user's input could not be used (for example a partner ID that is not a number).
    InvalidInput,
    /// The network could not be reached or the connection dropped.
    Network,
    /// What was entered cannot be a partner ID; the Associated Partner ID is in Partner Center under account settings, identifiers.
    InvalidPartnerId,
    /// What was entered holds more than one number that could be the partner ID; the person says which.
    SeveralPartnerIds,
    /// Every directory is being worked on with the current sign-in; how the app signs in changes after that.
    RunInProgress,
    /// Another process (the command line, or another copy of the app) is working on every directory already.
    RunElsewhere,
    /// The app is writing to Azure; the update is installed once that is done.
    UpdateMustWait,
    /// The update's download is not signed by the app's publisher; it was not installed.
    UpdateNotTrusted,
    /// The place updates come from could not be reached (or did not answer in time); the app works as it is.
    UpdateUnreachable,
    /// Azure does not know what was asked for (a directory, a subscription).
    NotFound,
    /// This identity is already linked to a different partner ID in this directory; changing it needs confirmation.
    LinkConflict,
    /// Azure kept asking the app to slow down (HTTP 429) after several retries.
    Throttled,
    /// Azure kept answering with a server error (HTTP 5xx) after several retries.
    AzureUnavailable,
    /// The identity lacks the permission for this call in this directory (HTTP 403).
    Forbidden,
    /// Signed in to a customer directory through CSP admin-on-behalf-of: such sessions cannot link a partner ID.
    CspAdminOnBehalfOf,
    /// Partner Admin Link (Microsoft.ManagementPartner) is not available in this Azure cloud.
    PalUnavailableInCloud,
    /// Changing or removing an existing link needs the person's explicit confirmation first.
    ConfirmationRequired,
    /// Entra ID refused the service principal's client ID or secret.
    ClientCredentialsRejected,
    /// Azure refused the access token even after a fresh one was fetched: sign in again.
    AccessTokenRejected,
    /// The connection dropped during a change and reading the link again failed too, so whether it happened is unknown.
    OutcomeUnknown,
    /// The account has no user or guest account in that directory (AADSTS50020, 90072).
    AccountNotInDirectory,
    /// The directory demands multifactor authentication or another extra check the earlier sign-in did not do (AADSTS50076, 50158).
    MfaRequired,
    /// The directory demands multifactor authentication the account has not set up yet (AADSTS50079).
    MfaSetupRequired,
    /// A Conditional Access policy of the directory blocks this sign-in (AADSTS53003).
    BlockedByConditionalAccess,
    /// The directory has not approved the sign-in app and users may not approve it themselves (AADSTS65001); the message carries the admin-consent URL.
    ConsentRequired,
    /// The sign-in app (or the resource it asks for) is unknown in that directory or refused there (AADSTS700016, 500011, 65002); the message carries the admin-consent URL.
    AppNotInDirectory,
    /// The user name or password was wrong (AADSTS50126).
    WrongPassword,
    /// The saved sign-in expired or was revoked (AADSTS700082, 50173): sign in again.
    SignInExpired,
    /// Entra ID knows no directory with that ID or domain (AADSTS90002).
    DirectoryNotFound,
    /// No OS keychain (Secret Service, Keychain, Credential Manager) answers, so nothing can be saved: sign-in can go on for this session only.
    KeychainUnavailable,
    /// The OS keychain is locked and was not unlocked.
    KeychainLocked,
    /// The sign-in was cancelled, in the app or by declining in the browser (AADSTS65004, authorization_declined).
    SignInCancelled,
    /// The sign-in was not finished in time (browser sign-in timeout, expired device code).
    SignInTimedOut,
    /// The saved sign-in file was changed, damaged or made on another computer and was refused.
    TokenCacheInvalid,
    /// No client ID of the organization's sign-in app is set (settings, config file or PARTNER_LINK_CLIENT_ID).
    SignInAppNotConfigured,
    /// Entra ID refused the sign-in for a reason without a more specific code; the message has the AADSTS code.
    SignInFailed,
    /// The signed-in admin holds neither Owner nor User Access Administrator on the subscription, so cannot give anyone a role there; an Owner or User Access Administrator of that subscription can.
    NotAllowedToGrant,
    /// Giving the partner Owner needs the admin's explicit acknowledgement that Owner can also give access to others.
    OwnerNeedsAcknowledgement,
    /// No user with that email address or sign-in name exists in the directory.
    UserNotFound,
    /// The partner's app has no service principal in the directory: it was never approved there.
    ServicePrincipalNotFound,
    /// The directory does not let the signed-in account invite guests (Microsoft Graph refused the invitation).
    NotAllowedToInvite,
    /// Microsoft Graph refused the invitation for another reason (for example the address already belongs to a member).
    InvitationFailed,
    /// The Azure CLI is not installed here, or nobody is signed in to it (`az login`).
    AzureCliUnavailable,
    /// The Azure CLI must sign in again for this directory (MFA, an expired sign-in); the message has the command.
    AzureCliSignInNeeded,
    /// An answer from Azure pointed the app somewhere it does not send the sign-in (a `nextLink` to another host);
    /// nothing was sent there.
    UntrustedAnswer,
    /// A settings file of the app, or the sign-in app file IT deployed, cannot be read; the message names the file
    /// and what is wrong. Nothing was overwritten.
    SettingsFileDamaged,
}

impl ErrorCode {
    /// All codes, for tests that check each one is explained.
    pub const ALL: &'static [ErrorCode] = &[
        ErrorCode::Internal,
        ErrorCode::InvalidInput,
        ErrorCode::Network,
        ErrorCode::InvalidPartnerId,
        ErrorCode::SeveralPartnerIds,
        ErrorCode::RunInProgress,
        ErrorCode::RunElsewhere,
        ErrorCode::UpdateMustWait,
        ErrorCode::UpdateNotTrusted,
        ErrorCode::UpdateUnreachable,
        ErrorCode::NotFound,
        ErrorCode::LinkConflict,
        ErrorCode::Throttled,
        ErrorCode::AzureUnavailable,
        ErrorCode::Forbidden,
        ErrorCode::CspAdminOnBehalfOf,
        ErrorCode::PalUnavailableInCloud,
        ErrorCode::ConfirmationRequired,
        ErrorCode::ClientCredentialsRejected,
        ErrorCode::AccessTokenRejected,
        ErrorCode::OutcomeUnknown,
        ErrorCode::AccountNotInDirectory,
        ErrorCode::MfaRequired,
        ErrorCode::MfaSetupRequired,
        ErrorCode::BlockedByConditionalAccess,
        ErrorCode::ConsentRequired,
        ErrorCode::AppNotInDirectory,
        ErrorCode::WrongPassword,
        ErrorCode::SignInExpired,
        ErrorCode::DirectoryNotFound,
        ErrorCode::KeychainUnavailable,
        ErrorCode::KeychainLocked,
        ErrorCode::SignInCancelled,
        ErrorCode::SignInTimedOut,
        ErrorCode::TokenCacheInvalid,
        ErrorCode::SignInAppNotConfigured,
        ErrorCode::SignInFailed,
        ErrorCode::NotAllowedToGrant,
        ErrorCode::OwnerNeedsAcknowledgement,
        ErrorCode::UserNotFound,
        ErrorCode::ServicePrincipalNotFound,
        ErrorCode::NotAllowedToInvite,
        ErrorCode::InvitationFailed,
        ErrorCode::AzureCliUnavailable,
        ErrorCode::AzureCliSignInNeeded,
        ErrorCode::UntrustedAnswer,
        ErrorCode::SettingsFileDamaged,
    ];
}

/// An error as the UI receives it: `{code, message}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type, thiserror::Error)]
#[error("{message}")]
pub struct Error {
    pub code: ErrorCode,
    pub message: String,
}

impl Error {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        // Messages often quote what Azure or the Azure CLI said; whatever token-shaped text that held goes no
        // further than here (IPC, logs, the journal and `--json` all take the message from this one place).
        let message: String = message.into();
        let message = match crate::secret::scrub(&message) {
            std::borrow::Cow::Borrowed(_) => message,
            std::borrow::Cow::Owned(scrubbed) => scrubbed,
        };
        Error { code, message }
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
                ErrorCode::Internal
                | ErrorCode::InvalidInput
                | ErrorCode::Network
                | ErrorCode::InvalidPartnerId
                | ErrorCode::SeveralPartnerIds
                | ErrorCode::RunInProgress
                | ErrorCode::RunElsewhere
                | ErrorCode::UpdateMustWait
                | ErrorCode::UpdateNotTrusted
                | ErrorCode::UpdateUnreachable
                | ErrorCode::NotFound
                | ErrorCode::LinkConflict
                | ErrorCode::Throttled
                | ErrorCode::AzureUnavailable
                | ErrorCode::Forbidden
                | ErrorCode::CspAdminOnBehalfOf
                | ErrorCode::PalUnavailableInCloud
                | ErrorCode::ConfirmationRequired
                | ErrorCode::ClientCredentialsRejected
                | ErrorCode::AccessTokenRejected
                | ErrorCode::OutcomeUnknown
                | ErrorCode::AccountNotInDirectory
                | ErrorCode::MfaRequired
                | ErrorCode::MfaSetupRequired
                | ErrorCode::BlockedByConditionalAccess
                | ErrorCode::ConsentRequired
                | ErrorCode::AppNotInDirectory
                | ErrorCode::WrongPassword
                | ErrorCode::SignInExpired
                | ErrorCode::DirectoryNotFound
                | ErrorCode::KeychainUnavailable
                | ErrorCode::KeychainLocked
                | ErrorCode::SignInCancelled
                | ErrorCode::SignInTimedOut
                | ErrorCode::TokenCacheInvalid
                | ErrorCode::SignInAppNotConfigured
                | ErrorCode::SignInFailed
                | ErrorCode::NotAllowedToGrant
                | ErrorCode::OwnerNeedsAcknowledgement
                | ErrorCode::UserNotFound
                | ErrorCode::ServicePrincipalNotFound
                | ErrorCode::NotAllowedToInvite
                | ErrorCode::InvitationFailed
                | ErrorCode::AzureCliUnavailable
                | ErrorCode::AzureCliSignInNeeded
                | ErrorCode::UntrustedAnswer
                | ErrorCode::SettingsFileDamaged => {}
            }
        }
        assert_eq!(seen.len(), 47);
    }
}
