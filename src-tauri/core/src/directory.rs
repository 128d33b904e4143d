//! One directory as the signed-in identity sees it: its link, what its access earns, and what stands in the way.
//! The directory screen and the command line's `status` open a directory here.

use serde::Serialize;
use specta::Type;

use crate::access_review::{self, AccessReview};
use crate::arm::ArmClient;
use crate::blocker::Blocker;
use crate::ids::TenantId;
use crate::pal::{PalService, PartnerLink};
use crate::Error;

/// A directory that opened: its link as it is and the review of the access.
#[derive(Clone, Debug, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct DirectoryView {
    pub tenant_id: String,
    pub link: Option<PartnerLink>,
    pub review: AccessReview,
    /// What still stands in the way although the directory opened (no role, CSP admin-on-behalf-of).
    pub blocker: Option<Blocker>,
}

/// The answer to opening a directory: what it holds, or what stands in the way and what to do about it.
#[derive(Clone, Debug, Serialize, Type)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum DirectoryOpening {
    Ready {
        // Boxed: a review with many subscriptions is far larger than a blocker.
        view: Box<DirectoryView>,
    },
    #[serde(rename_all = "camelCase")]
    Blocked {
        blocker: Blocker,
        error: Error,
        /// Whether signing in to this directory (MFA, again, or past Conditional Access) is the way past it.
        sign_in_helps: bool,
        /// The page where the customer's administrator approves the sign-in app, when that is what blocks.
        consent_url: Option<String>,
    },
}

/// Opens `tenant` for the identity behind `arm`: its token (silently, or the reason it needs more), the review of
/// its access and its link. `consent_url` gives the administrator's approval page when approval is missing.
pub async fn open(
    arm: &ArmClient,
    tenant: &TenantId,
    consent_url: impl FnOnce() -> Option<String>,
) -> DirectoryOpening {
    match read(arm, tenant).await {
        Ok(view) => DirectoryOpening::Ready {
            view: Box::new(view),
        },
        Err(error) => {
            let blocker = Blocker::of_error(error.code);
            DirectoryOpening::Blocked {
                consent_url: (blocker == Blocker::AppNotConsented)
                    .then(consent_url)
                    .flatten(),
                sign_in_helps: blocker.needs_sign_in(),
                blocker,
                error,
            }
        }
    }
}

async fn read(arm: &ArmClient, tenant: &TenantId) -> Result<DirectoryView, Error> {
    let review = access_review::review(arm, tenant).await?;
    let link = PalService::new(arm.clone(), None).read_link(tenant).await?;
    Ok(DirectoryView {
        tenant_id: review.tenant_id.clone(),
        blocker: Blocker::of_review(&review),
        link,
        review,
    })
}
