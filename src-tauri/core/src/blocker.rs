//! What stands in the way in a directory, decided once for the directory screen, the overview, the bulk run and
//! the command line, so that they never give two answers for the same situation.

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::access_review::{AccessReview, SessionKind};
use crate::rules::Mark;
use crate::ErrorCode;

/// What stands in the way of a link (or of it earning anything) in one directory.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Blocker {
    /// The directory asks for MFA: one interactive sign-in there.
    NeedsMfa,
    /// The saved sign-in expired or was revoked, or Azure refused its token: sign in again.
    SignInAgain,
    /// The customer has not approved the sign-in app: their administrator approves it once.
    AppNotConsented,
    /// Reached only through CSP admin-on-behalf-of: Microsoft refuses to link from such a session.
    CspAdminOnBehalfOf,
    /// A Conditional Access policy of the customer's blocks the sign-in (AADSTS53003): signing in again does
    /// not get past a block; the customer's policy must allow it.
    BlockedByConditionalAccess,
    /// No Azure role: a link can be made, but it earns nothing here yet.
    NoAccess,
    /// Something else; the error says what.
    Failed,
}

impl Blocker {
    /// What an error met while opening a directory means for the person.
    pub fn of_error(code: ErrorCode) -> Blocker {
        match code {
            ErrorCode::MfaRequired | ErrorCode::MfaSetupRequired => Blocker::NeedsMfa,
            ErrorCode::SignInExpired | ErrorCode::AccessTokenRejected => Blocker::SignInAgain,
            ErrorCode::ConsentRequired | ErrorCode::AppNotInDirectory => Blocker::AppNotConsented,
            ErrorCode::BlockedByConditionalAccess => Blocker::BlockedByConditionalAccess,
            ErrorCode::CspAdminOnBehalfOf => Blocker::CspAdminOnBehalfOf,
            _ => Blocker::Failed,
        }
    }

    /// What the access review says stands in the way, when the directory could be opened.
    pub fn of_review(review: &AccessReview) -> Option<Blocker> {
        if review.session == SessionKind::CspAdminOnBehalfOf {
            return Some(Blocker::CspAdminOnBehalfOf);
        }
        if review.subscriptions.is_empty()
            || review
                .subscriptions
                .iter()
                .all(|s| s.recognition == Mark::No)
        {
            return Some(Blocker::NoAccess);
        }
        None
    }

    /// Whether an interactive sign-in (in the app, or queued by a bulk run) is the way past it.
    pub fn needs_sign_in(self) -> bool {
        matches!(self, Blocker::NeedsMfa | Blocker::SignInAgain)
    }

    /// Whether a link cannot be made here however the person signs in: the customer must act first, or the
    /// error must be understood.
    pub fn stops_linking(self) -> bool {
        matches!(
            self,
            Blocker::AppNotConsented
                | Blocker::CspAdminOnBehalfOf
                | Blocker::BlockedByConditionalAccess
                | Blocker::Failed
        )
    }

    /// The blocker's name in reports and on the command line (stable English, like the CSV's other columns).
    pub fn name(self) -> &'static str {
        match self {
            Blocker::NeedsMfa => "needs MFA sign-in",
            Blocker::SignInAgain => "sign in again",
            Blocker::AppNotConsented => "app not approved",
            Blocker::CspAdminOnBehalfOf => "CSP admin-on-behalf-of only",
            Blocker::BlockedByConditionalAccess => "blocked by Conditional Access",
            Blocker::NoAccess => "no Azure role",
            Blocker::Failed => "could not be checked",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_map_to_what_the_person_does_next() {
        assert_eq!(Blocker::of_error(ErrorCode::MfaRequired), Blocker::NeedsMfa);
        assert_eq!(
            Blocker::of_error(ErrorCode::SignInExpired),
            Blocker::SignInAgain
        );
        assert_eq!(
            Blocker::of_error(ErrorCode::AccessTokenRejected),
            Blocker::SignInAgain
        );
        assert_eq!(
            Blocker::of_error(ErrorCode::ConsentRequired),
            Blocker::AppNotConsented
        );
        assert_eq!(
            Blocker::of_error(ErrorCode::AppNotInDirectory),
            Blocker::AppNotConsented
        );
        assert_eq!(
            Blocker::of_error(ErrorCode::CspAdminOnBehalfOf),
            Blocker::CspAdminOnBehalfOf
        );
        assert_eq!(Blocker::of_error(ErrorCode::Throttled), Blocker::Failed);
        assert!(Blocker::SignInAgain.needs_sign_in() && !Blocker::SignInAgain.stops_linking());
        assert!(Blocker::AppNotConsented.stops_linking());
        // A Conditional Access block is the customer's policy: another sign-in does not get past it.
        let ca = Blocker::of_error(ErrorCode::BlockedByConditionalAccess);
        assert!(ca.stops_linking() && !ca.needs_sign_in());
        assert!(!Blocker::NoAccess.stops_linking() && !Blocker::NoAccess.needs_sign_in());
    }
}
