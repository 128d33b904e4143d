//! What this identity's access earns in a directory, before it links: every subscription it can see, its offer
//! type, the identity's effective role there, and what that counts for under the rules in `rules.rs`.
//!
//! Everything is read with the identity's own token. What cannot be read (the billing agreement, eligible roles)
//! degrades to "cannot tell" with a note, never to an error: the review informs, it does not block the link.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::SystemTime;

use tokio::sync::{Mutex, Semaphore};
use tokio::task::JoinSet;

use serde::Serialize;
use serde_json::Value;
use specta::Type;

use crate::arm::{ArmClient, Identity};
use crate::role_assignments::{self, Holder, AUTHORIZATION_API};
use crate::rules::{self, Agreement, Mark, OfferType, Principle};
use crate::subscriptions::Subscription;
use crate::Error;

const BILLING_API: &str = "2024-04-01";
const PIM_API: &str = "2020-10-01";
const PARALLEL_SUBSCRIPTIONS: usize = 4;

type RoleNames = Arc<Mutex<HashMap<String, String>>>;

/// How the identity is present in the directory.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum SessionKind {
    Member,
    Guest,
    ServicePrincipal,
    /// A CSP partner's agent without an account in the directory: cannot link.
    CspAdminOnBehalfOf,
}

/// How a role reaches the identity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum RoleVia {
    Direct,
    /// Through membership of a group (the group's object ID).
    Group {
        principal_id: String,
    },
    /// Through the CSP relationship (admin on behalf of): not listed in the directory's role assignments.
    CspAdminOnBehalfOf,
    /// Eligible through Privileged Identity Management, not active: earns nothing until activated.
    PimEligible,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RoleHeld {
    pub role_name: String,
    pub role_definition_id: String,
    pub scope: String,
    pub via: RoleVia,
    /// Counts now (false for PIM-eligible roles).
    pub active: bool,
}

/// Something the person should know about a subscription or the directory.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ReviewNote {
    NoAccess,
    CspAdminOnBehalfOf,
    Lighthouse,
    PimEligibleDoesNotCount,
    AgreementUnreadable,
    AzurePlanLooksLikeEa,
    ReaderNoIncentives,
    RoleThroughGroup,
    RolesUnreadable,
    SubscriptionNotActive,
    DporRetired,
}

impl ReviewNote {
    /// English, for the command line and the proof file; the UI translates by code.
    pub fn text(self) -> &'static str {
        match self {
            ReviewNote::NoAccess => "This identity has no Azure role in this directory, so a partner link earns nothing here until the customer grants a role (Reader for recognition, Contributor or Owner for incentives). The link can still be made now and will count from the moment a role is granted.",
            ReviewNote::CspAdminOnBehalfOf => "Signed in through CSP admin on behalf of: there is no account of yours in this directory and Microsoft refuses to link from such a session. Ask the customer to invite a guest account and give it a role, then link with that account.",
            ReviewNote::Lighthouse => "Reached through Azure Lighthouse: link in your own (managing) directory, on the identity that holds the delegated roles; that link counts for these subscriptions.",
            ReviewNote::PimEligibleDoesNotCount => "A role is only eligible through Privileged Identity Management: it counts only while activated.",
            ReviewNote::AgreementUnreadable => "The billing agreement could not be read with this identity, so an Enterprise Agreement cannot be told apart from an Azure plan.",
            ReviewNote::AzurePlanLooksLikeEa => "This is an Azure plan (Microsoft Customer Agreement) even though Azure reports it with an Enterprise Agreement quota ID. DPOR never applied to it.",
            ReviewNote::ReaderNoIncentives => "Reader counts for recognition but not for incentives such as partner earned credit, which need Contributor or Owner.",
            ReviewNote::RoleThroughGroup => "The role comes through a group membership; it counts like a direct assignment.",
            ReviewNote::RolesUnreadable => "The role assignments could not be read; what the access earns cannot be told.",
            ReviewNote::SubscriptionNotActive => "The subscription is not active (disabled, past due or deleted); it produces little or no usage to recognize.",
            ReviewNote::DporRetired => rules::principle_text(Principle::DporRetired),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SubscriptionAccess {
    pub subscription_id: String,
    pub display_name: String,
    pub state: String,
    pub quota_id: String,
    pub agreement: Option<Agreement>,
    pub offer: OfferType,
    /// English, for the command line and the proof; the UI words the offer itself.
    #[serde(skip)]
    pub offer_label: String,
    pub roles: Vec<RoleHeld>,
    /// The strongest active role, by the rules' rank.
    pub effective_role: Option<String>,
    pub recognition: Mark,
    pub incentives: Mark,
    /// Whether DPOR would have applied to this offer (it is retired; see the note).
    pub dpor: Mark,
    pub via_lighthouse: bool,
    pub notes: Vec<ReviewNote>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AccessReview {
    pub tenant_id: String,
    pub identity: Identity,
    pub session: SessionKind,
    pub subscriptions: Vec<SubscriptionAccess>,
    /// The strongest role that counts now on any subscription, by the rules' rank (what the overview shows).
    pub best_role: Option<String>,
    /// At least one subscription counts for recognition.
    pub earns_recognition: bool,
    /// At least one subscription counts for incentives.
    pub earns_incentives: bool,
    pub notes: Vec<ReviewNote>,
    /// RFC 3339 UTC.
    pub reviewed_at: String,
}

/// Reviews what the identity's access earns in `tenant`.
pub async fn review(arm: &ArmClient, tenant: &str) -> Result<AccessReview, Error> {
    let identity = arm.identity(tenant).await?;
    let tenant_id = identity.tenant_id.clone();
    let subs = crate::subscriptions::list(arm, tenant).await?;
    // Subscriptions are reviewed a few at a time: a directory with dozens of them answers in seconds, and the
    // rate limiter (when set) still paces the calls. Role names are shared, so each is read once per review.
    let role_names: RoleNames = Arc::new(Mutex::new(HashMap::new()));
    let limit = Arc::new(Semaphore::new(PARALLEL_SUBSCRIPTIONS));
    let mut tasks = JoinSet::new();
    for (i, sub) in subs.into_iter().enumerate() {
        let (arm, tenant, identity, names, limit) = (
            arm.clone(),
            tenant.to_owned(),
            identity.clone(),
            role_names.clone(),
            limit.clone(),
        );
        tasks.spawn(async move {
            let _permit = limit.acquire_owned().await;
            (
                i,
                review_subscription(&arm, &tenant, &identity, &sub, &names).await,
            )
        });
    }
    let mut indexed = Vec::new();
    while let Some(done) = tasks.join_next().await {
        indexed.push(done.map_err(|e| {
            Error::new(
                crate::ErrorCode::Internal,
                format!("reviewing a subscription failed: {e}"),
            )
        })?);
    }
    indexed.sort_by_key(|(i, _)| *i);
    let mut out: Vec<SubscriptionAccess> = indexed.into_iter().map(|(_, s)| s).collect();

    // CSP admin on behalf of: a user from another directory who is no guest here, who sees subscriptions but holds
    // no role listed for its object ID (the CSP's foreign principal is not listed from the customer's side).
    let no_listed_roles = out
        .iter()
        .all(|s| s.roles.iter().all(|r| r.via == RoleVia::PimEligible));
    let aobo = !identity.is_service_principal
        && identity.home_tenant_id.is_some()
        && identity.account_type != Some(1)
        && !out.is_empty()
        && no_listed_roles;
    let session = if identity.is_service_principal {
        SessionKind::ServicePrincipal
    } else if aobo {
        SessionKind::CspAdminOnBehalfOf
    } else if identity.home_tenant_id.is_some() {
        SessionKind::Guest
    } else {
        SessionKind::Member
    };
    if aobo {
        for s in &mut out {
            s.roles.push(RoleHeld {
                role_name: "Owner".to_owned(),
                role_definition_id: rules::OWNER.to_owned(),
                scope: format!("/subscriptions/{}", s.subscription_id),
                via: RoleVia::CspAdminOnBehalfOf,
                active: true,
            });
            s.effective_role = Some("Owner (CSP admin on behalf of)".to_owned());
            // The access is real, but PAL cannot be linked from this session, so it earns nothing through PAL.
            s.recognition = Mark::No;
            s.incentives = Mark::No;
            s.notes.retain(|n| *n != ReviewNote::NoAccess);
            s.notes.push(ReviewNote::CspAdminOnBehalfOf);
        }
    }

    let best_role = out
        .iter()
        .filter_map(|s| {
            let name = s.effective_role.clone()?;
            let rank = s
                .roles
                .iter()
                .filter(|r| r.active)
                .map(|r| rules::role_rule(&r.role_definition_id, Some(&r.role_name)).rank)
                .max()
                .unwrap_or(0);
            Some((rank, name))
        })
        .max_by_key(|(rank, _)| *rank)
        .map(|(_, name)| name);
    let earns_recognition = out.iter().any(|s| s.recognition == Mark::Yes);
    let earns_incentives = out.iter().any(|s| s.incentives == Mark::Yes);
    let mut notes = Vec::new();
    if aobo {
        notes.push(ReviewNote::CspAdminOnBehalfOf);
    } else if !earns_recognition && out.iter().all(|s| s.recognition != Mark::Unknown) {
        notes.push(ReviewNote::NoAccess);
    }
    if out.iter().any(|s| s.via_lighthouse) {
        notes.push(ReviewNote::Lighthouse);
    }
    if out.iter().any(|s| s.dpor != Mark::No) {
        notes.push(ReviewNote::DporRetired);
    }
    Ok(AccessReview {
        tenant_id,
        identity,
        session,
        subscriptions: out,
        best_role,
        earns_recognition,
        earns_incentives,
        notes,
        reviewed_at: crate::activity_log::now_rfc3339(SystemTime::now()),
    })
}

async fn review_subscription(
    arm: &ArmClient,
    tenant: &str,
    identity: &Identity,
    sub: &Subscription,
    role_names: &RoleNames,
) -> SubscriptionAccess {
    let id = sub.id.clone();
    let quota_id = sub.quota_id.clone();
    let state = sub.state.clone();
    let via_lighthouse = sub
        .tenant_id
        .as_deref()
        .is_some_and(|t| !t.eq_ignore_ascii_case(&identity.tenant_id));
    let mut notes = Vec::new();
    let scope = sub.scope();

    let agreement = match arm
        .get(
            tenant,
            &format!("{scope}/providers/Microsoft.Billing/billingProperty/default"),
            BILLING_API,
            &[],
        )
        .await
    {
        Ok(r) => r
            .body
            .pointer("/properties/billingAccountAgreementType")
            .and_then(Value::as_str)
            .map(Agreement::parse),
        Err(_) => None,
    };
    let base_offer = rules::offer_from_quota_id(&quota_id);
    let offer = rules::refine_offer(base_offer, agreement);
    if agreement.is_none() {
        notes.push(ReviewNote::AgreementUnreadable);
    }
    if base_offer == OfferType::EnterpriseAgreementOrAzurePlan && offer == OfferType::AzurePlan {
        notes.push(ReviewNote::AzurePlanLooksLikeEa);
    }

    let mut roles = Vec::new();
    let mut roles_readable = true;
    match role_assignments::list(arm, tenant, &scope, Holder::AppliesTo(&identity.object_id)).await
    {
        Ok(held) => {
            for a in held {
                let name = role_name(arm, tenant, &scope, &a.role_guid, role_names).await;
                roles.push(RoleHeld {
                    role_name: name,
                    via: if a.principal_id.eq_ignore_ascii_case(&identity.object_id) {
                        RoleVia::Direct
                    } else {
                        RoleVia::Group {
                            principal_id: a.principal_id,
                        }
                    },
                    role_definition_id: a.role_guid,
                    scope: a.scope,
                    active: true,
                });
            }
        }
        Err(_) => roles_readable = false,
    }
    // Eligible (PIM) roles, where the identity may read them; absence or refusal is not an error.
    // The list is paged like every other Resource Manager list: the one paging helper reads all of it.
    if let Ok(eligible) = arm
        .get_all(
            tenant,
            &format!("{scope}/providers/Microsoft.Authorization/roleEligibilityScheduleInstances"),
            PIM_API,
            &[("$filter", "asTarget()")],
        )
        .await
    {
        for e in &eligible {
            let def = e
                .pointer("/properties/roleDefinitionId")
                .and_then(Value::as_str)
                .unwrap_or("");
            let guid = def.rsplit('/').next().unwrap_or("").to_ascii_lowercase();
            let name = role_name(arm, tenant, &scope, &guid, role_names).await;
            roles.push(RoleHeld {
                role_name: name,
                role_definition_id: guid,
                scope: e
                    .pointer("/properties/scope")
                    .and_then(Value::as_str)
                    .unwrap_or(&scope)
                    .to_owned(),
                via: RoleVia::PimEligible,
                active: false,
            });
        }
    }

    let a = assess(&roles, roles_readable);
    notes.extend(a.notes);
    let (recognition, incentives, effective_role) = (a.recognition, a.incentives, a.effective_role);
    if !sub.is_active() {
        notes.push(ReviewNote::SubscriptionNotActive);
    }
    if via_lighthouse {
        notes.push(ReviewNote::Lighthouse);
    }
    SubscriptionAccess {
        subscription_id: id,
        display_name: sub.display_name.clone(),
        state,
        quota_id,
        agreement,
        offer,
        offer_label: rules::offer_label(offer).to_owned(),
        effective_role,
        roles,
        recognition,
        incentives,
        dpor: rules::dpor_for(offer),
        via_lighthouse,
        notes,
    }
}

/// What the roles held on one subscription earn under the rules.
struct Assessment {
    effective_role: Option<String>,
    recognition: Mark,
    incentives: Mark,
    notes: Vec<ReviewNote>,
}

fn assess(roles: &[RoleHeld], roles_readable: bool) -> Assessment {
    let mut notes = Vec::new();
    // Only active roles earn anything; an eligible PIM role is shown but does not count until activated.
    let active: Vec<_> = roles
        .iter()
        .filter(|r| r.active)
        .map(|r| {
            (
                r,
                rules::role_rule(&r.role_definition_id, Some(&r.role_name)),
            )
        })
        .collect();
    let best = active.iter().max_by_key(|(_, rule)| rule.rank);
    let (recognition, incentives) = if !roles_readable {
        notes.push(ReviewNote::RolesUnreadable);
        (Mark::Unknown, Mark::Unknown)
    } else if active.is_empty() {
        (Mark::No, Mark::No)
    } else {
        let inc = if active.iter().any(|(_, r)| r.incentives == Mark::Yes) {
            Mark::Yes
        } else if active.iter().any(|(_, r)| r.incentives == Mark::Unknown) {
            Mark::Unknown
        } else {
            Mark::No
        };
        (Mark::Yes, inc)
    };
    if roles.iter().any(|r| r.via == RoleVia::PimEligible) {
        notes.push(ReviewNote::PimEligibleDoesNotCount);
    }
    if roles.iter().any(|r| matches!(r.via, RoleVia::Group { .. })) {
        notes.push(ReviewNote::RoleThroughGroup);
    }
    if recognition == Mark::Yes && incentives == Mark::No {
        notes.push(ReviewNote::ReaderNoIncentives);
    }
    if roles_readable && active.is_empty() {
        notes.push(ReviewNote::NoAccess);
    }
    Assessment {
        effective_role: best.map(|(r, _)| r.role_name.clone()),
        recognition,
        incentives,
        notes,
    }
}

/// A role's name from its definition, read once per review; the built-in table answers when the read fails.
async fn role_name(
    arm: &ArmClient,
    tenant: &str,
    scope: &str,
    guid: &str,
    cache: &RoleNames,
) -> String {
    // Held across the read so that parallel subscriptions wait for one read of the same role.
    let mut cache = cache.lock().await;
    if let Some(n) = cache.get(guid) {
        return n.clone();
    }
    let name = match arm
        .get(
            tenant,
            &format!("{scope}/providers/Microsoft.Authorization/roleDefinitions/{guid}"),
            AUTHORIZATION_API,
            &[],
        )
        .await
    {
        Ok(r) => r
            .body
            .pointer("/properties/roleName")
            .and_then(Value::as_str)
            .map(str::to_owned),
        Err(_) => None,
    }
    .unwrap_or_else(|| rules::role_rule(guid, None).name);
    cache.insert(guid.to_owned(), name.clone());
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    fn held(guid: &str, name: &str, via: RoleVia) -> RoleHeld {
        RoleHeld {
            role_name: name.into(),
            role_definition_id: guid.into(),
            scope: "/subscriptions/s".into(),
            active: via != RoleVia::PimEligible,
            via,
        }
    }

    #[test]
    fn an_eligible_owner_counts_for_nothing_until_activated() {
        let a = assess(&[held(rules::OWNER, "Owner", RoleVia::PimEligible)], true);
        assert_eq!((a.recognition, a.incentives), (Mark::No, Mark::No));
        assert_eq!(a.effective_role, None);
        assert!(a.notes.contains(&ReviewNote::PimEligibleDoesNotCount));
        assert!(a.notes.contains(&ReviewNote::NoAccess));
    }

    #[test]
    fn an_active_reader_beside_an_eligible_owner_earns_recognition_only() {
        let a = assess(
            &[
                held(rules::OWNER, "Owner", RoleVia::PimEligible),
                held(rules::READER, "Reader", RoleVia::Direct),
            ],
            true,
        );
        assert_eq!(a.effective_role.as_deref(), Some("Reader"));
        assert_eq!((a.recognition, a.incentives), (Mark::Yes, Mark::No));
        assert!(a.notes.contains(&ReviewNote::ReaderNoIncentives));
    }

    #[test]
    fn the_strongest_role_is_the_effective_one() {
        let group = RoleVia::Group {
            principal_id: "g".into(),
        };
        let a = assess(
            &[
                held(rules::READER, "Reader", RoleVia::Direct),
                held(rules::CONTRIBUTOR, "Contributor", group),
            ],
            true,
        );
        assert_eq!(a.effective_role.as_deref(), Some("Contributor"));
        assert_eq!(a.incentives, Mark::Yes);
        assert!(a.notes.contains(&ReviewNote::RoleThroughGroup));
    }

    #[test]
    fn a_custom_role_cannot_tell_about_incentives() {
        let a = assess(
            &[held(
                "0000aaaa-0000-4000-8000-000000000000",
                "Deployer",
                RoleVia::Direct,
            )],
            true,
        );
        assert_eq!((a.recognition, a.incentives), (Mark::Yes, Mark::Unknown));
    }

    #[test]
    fn unreadable_roles_are_unknown_not_no() {
        let a = assess(&[], false);
        assert_eq!(
            (a.recognition, a.incentives),
            (Mark::Unknown, Mark::Unknown)
        );
        assert_eq!(a.notes, [ReviewNote::RolesUnreadable]);
    }
}
