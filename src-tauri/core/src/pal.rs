//! Partner Admin Link: read the link, plan a change the person confirms, apply it exactly once.
//!
//! The link belongs to the token's identity in the token's directory
//! (learn.microsoft.com/en-us/azure/cost-management-billing/manage/link-partner-id). Every change is planned
//! against the link as it is now: [`LinkPlan`] says what will happen (create, change from one ID to another,
//! remove, or nothing because it is already so), the UI shows it, and [`PalService::apply`] refuses a change or a
//! removal that was not confirmed. Applying is idempotent: a plan whose result is already in place does nothing,
//! and a write whose answer was lost is resolved by reading the link again instead of sending it twice.

use std::time::SystemTime;

use reqwest::Method;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use specta::Type;

use crate::activity_log::{ActivityAction, ActivityEntry, ActivityLog, ActivityOutcome};
use crate::arm::{ArmClient, Failure, Identity};
use crate::partner_id::PartnerId;
use crate::{Error, ErrorCode};

pub const API_VERSION: &str = "2018-02-01";
const PARTNERS: &str = "/providers/Microsoft.ManagementPartner/partners";

/// The link as Microsoft returns it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PartnerLink {
    pub partner_id: String,
    /// The partner organization's name as Microsoft knows it: shown so that a person catches a wrong ID.
    pub partner_name: Option<String>,
    pub tenant_id: String,
    pub object_id: String,
    /// Grows with each write. Exported to TypeScript as a number: it counts writes, far below 2^53.
    #[specta(type = Option<u32>)]
    pub version: Option<u64>,
    pub created_time: Option<String>,
    pub updated_time: Option<String>,
    pub state: Option<String>,
}

impl PartnerLink {
    fn from_json(v: &Value) -> Option<PartnerLink> {
        let p = v.get("properties")?;
        let s = |k: &str| p.get(k).and_then(Value::as_str).map(str::to_owned);
        Some(PartnerLink {
            partner_id: s("partnerId").or_else(|| v.get("name")?.as_str().map(str::to_owned))?,
            partner_name: s("partnerName"),
            tenant_id: s("tenantId").unwrap_or_default(),
            object_id: s("objectId").unwrap_or_default(),
            version: p.get("version").and_then(Value::as_u64),
            created_time: s("createdTime"),
            updated_time: s("updatedTime"),
            state: s("state"),
        })
    }
}

/// What applying will do. `Change` and `Remove` alter an existing link and need the person's confirmation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum LinkPlan {
    /// No link yet: link `to`.
    Create { tenant_id: String, to: PartnerId },
    /// Linked to another ID: change it to `to`.
    Change {
        tenant_id: String,
        from: PartnerLink,
        to: PartnerId,
    },
    /// Remove the current link.
    Remove {
        tenant_id: String,
        current: PartnerLink,
    },
    /// Already linked to the asked ID: nothing to do.
    AlreadyLinked {
        tenant_id: String,
        current: PartnerLink,
    },
    /// Removal asked but nothing is linked: nothing to do.
    NothingLinked { tenant_id: String },
}

impl LinkPlan {
    pub fn needs_confirmation(&self) -> bool {
        matches!(self, LinkPlan::Change { .. } | LinkPlan::Remove { .. })
    }

    pub fn tenant_id(&self) -> &str {
        match self {
            LinkPlan::Create { tenant_id, .. }
            | LinkPlan::Change { tenant_id, .. }
            | LinkPlan::Remove { tenant_id, .. }
            | LinkPlan::AlreadyLinked { tenant_id, .. }
            | LinkPlan::NothingLinked { tenant_id } => tenant_id,
        }
    }

    /// One English sentence saying what will change, for the command line and the logs; the UI words its own.
    pub fn describe(&self) -> String {
        let name = |l: &PartnerLink| match &l.partner_name {
            Some(n) => format!("{} ({n})", l.partner_id),
            None => l.partner_id.clone(),
        };
        match self {
            LinkPlan::Create { to, .. } => format!("Link partner ID {to} to this identity."),
            LinkPlan::Change { from, to, .. } => format!(
                "Change the linked partner ID from {} to {to}. Recognition for this identity's access goes to {to} from now on.",
                name(from)
            ),
            LinkPlan::Remove { current, .. } => format!(
                "Remove the link to partner ID {}. Microsoft stops attributing this identity's access to any partner.",
                name(current)
            ),
            LinkPlan::AlreadyLinked { current, .. } => {
                format!("Already linked to partner ID {}: nothing to do.", name(current))
            }
            LinkPlan::NothingLinked { .. } => "No partner ID is linked: nothing to remove.".to_owned(),
        }
    }
}

/// The result of applying a plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct LinkOutcome {
    pub plan: LinkPlan,
    /// The link now (absent after a removal).
    pub link: Option<PartnerLink>,
    /// Whether Azure was asked to change anything (false for `AlreadyLinked` / `NothingLinked`).
    pub changed: bool,
    /// Microsoft's `x-ms-request-id` of the write.
    pub request_id: Option<String>,
    /// The write's answer was lost and the link was read again to learn that it had happened.
    pub confirmed_by_reread: bool,
    pub identity: Identity,
}

/// Reading, planning and applying links for one identity, recording every change in the activity log.
pub struct PalService {
    pub arm: ArmClient,
    pub activity_log: Option<ActivityLog>,
}

impl PalService {
    pub fn new(arm: ArmClient, activity_log: Option<ActivityLog>) -> Self {
        PalService { arm, activity_log }
    }

    /// The identity's current link in `tenant`, or `None`.
    pub async fn read_link(&self, tenant: &str) -> Result<Option<PartnerLink>, Error> {
        self.read_link_raw(tenant)
            .await
            .map_err(Failure::into_error)
    }

    async fn read_link_raw(&self, tenant: &str) -> Result<Option<PartnerLink>, Failure> {
        match self.arm.get(tenant, PARTNERS, API_VERSION, &[]).await {
            Ok(r) => {
                Ok(PartnerLink::from_json(&r.body)
                    .filter(|l| l.state.as_deref() != Some("Deleted")))
            }
            Err(f) if f.status == Some(404) && f.error.code == ErrorCode::NotFound => Ok(None),
            Err(f) => Err(f),
        }
    }

    /// What linking `partner_id` would do now.
    pub async fn plan_link(&self, tenant: &str, partner_id: &PartnerId) -> Result<LinkPlan, Error> {
        let tenant_id = self.arm.identity(tenant).await?.tenant_id;
        let current = self.read_link(tenant).await?;
        Ok(match current {
            None => LinkPlan::Create {
                tenant_id,
                to: partner_id.clone(),
            },
            Some(c) if c.partner_id == partner_id.as_str() => LinkPlan::AlreadyLinked {
                tenant_id,
                current: c,
            },
            Some(c) => LinkPlan::Change {
                tenant_id,
                from: c,
                to: partner_id.clone(),
            },
        })
    }

    /// What removing the link would do now.
    pub async fn plan_unlink(&self, tenant: &str) -> Result<LinkPlan, Error> {
        let tenant_id = self.arm.identity(tenant).await?.tenant_id;
        Ok(match self.read_link(tenant).await? {
            None => LinkPlan::NothingLinked { tenant_id },
            Some(current) => LinkPlan::Remove { tenant_id, current },
        })
    }

    /// Carries out `plan`. `confirmed` must be true for a change or a removal (the person saw
    /// [`LinkPlan::describe`] or the UI's equivalent and agreed). Every attempted write is recorded in the activity
    /// log, which is flushed to disk before this returns.
    pub async fn apply(&self, plan: &LinkPlan, confirmed: bool) -> Result<LinkOutcome, Error> {
        if plan.needs_confirmation() && !confirmed {
            return Err(Error::new(
                ErrorCode::ConfirmationRequired,
                format!("Not done without confirmation: {}", plan.describe()),
            ));
        }
        let tenant = plan.tenant_id().to_owned();
        let identity = self.arm.identity(&tenant).await?;
        let (method, target, action) = match plan {
            LinkPlan::AlreadyLinked { current, .. } => {
                return Ok(LinkOutcome {
                    plan: plan.clone(),
                    link: Some(current.clone()),
                    changed: false,
                    request_id: None,
                    confirmed_by_reread: false,
                    identity,
                })
            }
            LinkPlan::NothingLinked { .. } => {
                return Ok(LinkOutcome {
                    plan: plan.clone(),
                    link: None,
                    changed: false,
                    request_id: None,
                    confirmed_by_reread: false,
                    identity,
                })
            }
            LinkPlan::Create { to, .. } => (Method::PUT, to.to_string(), ActivityAction::Link),
            LinkPlan::Change { to, .. } => (Method::PATCH, to.to_string(), ActivityAction::Change),
            LinkPlan::Remove { current, .. } => (
                Method::DELETE,
                current.partner_id.clone(),
                ActivityAction::Unlink,
            ),
        };
        // The plan may have come back from the UI: only digits may reach the URL.
        if target.is_empty() || !target.chars().all(|c| c.is_ascii_digit()) {
            return Err(Error::new(
                ErrorCode::InvalidPartnerId,
                format!(
                    "'{target}' is not a partner ID. {}",
                    crate::partner_id::WHERE_TO_FIND
                ),
            ));
        }
        let result = self.write_once(&tenant, &method, &target, plan).await;
        let (previous, requested) = match plan {
            LinkPlan::Change { from, to, .. } => {
                (Some(from.partner_id.clone()), Some(to.to_string()))
            }
            LinkPlan::Remove { current, .. } => (Some(current.partner_id.clone()), None),
            LinkPlan::Create { to, .. } => (None, Some(to.to_string())),
            _ => (None, None),
        };
        let entry = |outcome: ActivityOutcome,
                     request_id: Option<String>,
                     name: Option<String>,
                     error: Option<&Error>| ActivityEntry {
            time: crate::activity_log::now_rfc3339(SystemTime::now()),
            action,
            tenant_id: identity.tenant_id.clone(),
            object_id: identity.object_id.clone(),
            identity: identity.display_name.clone(),
            previous_partner_id: previous.clone(),
            partner_id: requested.clone(),
            partner_name: name,
            outcome,
            request_id,
            error_code: error.map(|e| e.code),
            error_message: error.map(|e| e.message.clone()),
        };
        match result {
            Ok(w) => {
                let name = w.link.as_ref().and_then(|l| l.partner_name.clone());
                let outcome = if w.confirmed_by_reread {
                    ActivityOutcome::ConfirmedAfterLostAnswer
                } else {
                    ActivityOutcome::Succeeded
                };
                self.record(entry(outcome, w.request_id.clone(), name, None))?;
                Ok(LinkOutcome {
                    plan: plan.clone(),
                    link: w.link,
                    changed: true,
                    request_id: w.request_id,
                    confirmed_by_reread: w.confirmed_by_reread,
                    identity,
                })
            }
            Err(f) => {
                let request_id = f.request_id.clone();
                let error = f.into_error();
                let outcome = if error.code == ErrorCode::OutcomeUnknown {
                    ActivityOutcome::Unknown
                } else {
                    ActivityOutcome::Failed
                };
                // A failure to record a failure must not hide the failure itself.
                let _ = self.record(entry(outcome, request_id, None, Some(&error)));
                Err(error)
            }
        }
    }

    fn record(&self, entry: ActivityEntry) -> Result<(), Error> {
        match &self.activity_log {
            Some(log) => log.append(&entry),
            None => Ok(()),
        }
    }

    /// Sends the write; when its answer is lost, reads the link to learn whether it happened, and sends it again
    /// only when the link shows it did not (at most once more).
    async fn write_once(
        &self,
        tenant: &str,
        method: &Method,
        target: &str,
        plan: &LinkPlan,
    ) -> Result<Written, Failure> {
        let path = format!("{PARTNERS}/{target}");
        let mut last_failure: Option<Failure> = None;
        for _ in 0..2 {
            match self
                .arm
                .call(tenant, method.clone(), &path, API_VERSION, &[])
                .await
            {
                Ok(r) => {
                    let link = if *method == Method::DELETE {
                        None
                    } else {
                        PartnerLink::from_json(&r.body)
                    };
                    return Ok(Written {
                        link,
                        request_id: r.request_id,
                        confirmed_by_reread: false,
                    });
                }
                Err(f) if f.is_ambiguous() => {
                    let sent_id = f.request_id.clone();
                    match self.read_link_raw(tenant).await {
                        Ok(now) if plan_is_satisfied(plan, now.as_ref()) => {
                            return Ok(Written {
                                link: now,
                                request_id: sent_id,
                                confirmed_by_reread: true,
                            })
                        }
                        Ok(_) => {
                            // The write did not happen: sending it again cannot duplicate it.
                            last_failure = Some(f);
                            continue;
                        }
                        Err(reread) => {
                            return Err(Failure {
                                error: Error::new(
                                    ErrorCode::OutcomeUnknown,
                                    format!(
                                        "{} The answer was lost ({}) and reading the link again failed ({}); check the link before trying again.",
                                        plan.describe(),
                                        f.error.message,
                                        reread.error.message
                                    ),
                                ),
                                ambiguous: true,
                                ..f
                            })
                        }
                    }
                }
                Err(f)
                    if f.error.code == ErrorCode::LinkConflict
                        || (f.status == Some(404) && *method == Method::DELETE) =>
                {
                    // The link changed since the plan was made (another window, another tool). Read it: a removal
                    // of a link that is gone, or a create that someone already made, is done; anything else is a
                    // conflict the person must see.
                    let now = self.read_link_raw(tenant).await.ok().flatten();
                    if plan_is_satisfied(plan, now.as_ref()) {
                        return Ok(Written {
                            link: now,
                            request_id: f.request_id,
                            confirmed_by_reread: true,
                        });
                    }
                    let msg = match &now {
                        Some(l) => format!(
                            "This identity is linked to partner ID {}{} in this directory, not to what the plan expected. Review the change and confirm it again.",
                            l.partner_id,
                            l.partner_name.as_deref().map(|n| format!(" ({n})")).unwrap_or_default()
                        ),
                        None => "The link changed since the plan was made. Review it again.".to_owned(),
                    };
                    return Err(Failure {
                        error: Error::new(ErrorCode::LinkConflict, msg),
                        ..f
                    });
                }
                Err(f) => return Err(f),
            }
        }
        Err(last_failure.unwrap_or_else(|| Failure {
            error: Error::new(ErrorCode::Internal, "the write was not attempted"),
            status: None,
            azure_code: None,
            request_id: None,
            ambiguous: false,
        }))
    }
}

struct Written {
    link: Option<PartnerLink>,
    request_id: Option<String>,
    confirmed_by_reread: bool,
}

/// Whether the link as read now is what the plan wanted.
fn plan_is_satisfied(plan: &LinkPlan, now: Option<&PartnerLink>) -> bool {
    match plan {
        LinkPlan::Create { to, .. } | LinkPlan::Change { to, .. } => {
            now.is_some_and(|l| l.partner_id == to.as_str())
        }
        LinkPlan::Remove { current, .. } => now.is_none_or(|l| l.partner_id != current.partner_id),
        LinkPlan::AlreadyLinked { .. } | LinkPlan::NothingLinked { .. } => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(id: &str) -> PartnerLink {
        PartnerLink {
            partner_id: id.into(),
            partner_name: Some("X".into()),
            tenant_id: "t".into(),
            object_id: "o".into(),
            version: Some(1),
            created_time: None,
            updated_time: None,
            state: Some("Active".into()),
        }
    }

    #[test]
    fn changes_and_removals_need_confirmation() {
        let to = PartnerId::parse("1234567").unwrap();
        let t = "t".to_string();
        assert!(!LinkPlan::Create {
            tenant_id: t.clone(),
            to: to.clone()
        }
        .needs_confirmation());
        assert!(LinkPlan::Change {
            tenant_id: t.clone(),
            from: link("7654321"),
            to: to.clone()
        }
        .needs_confirmation());
        assert!(LinkPlan::Remove {
            tenant_id: t.clone(),
            current: link("7654321")
        }
        .needs_confirmation());
        assert!(!LinkPlan::AlreadyLinked {
            tenant_id: t,
            current: link("1234567")
        }
        .needs_confirmation());
    }

    #[test]
    fn a_change_says_from_and_to() {
        let plan = LinkPlan::Change {
            tenant_id: "t".into(),
            from: link("7654321"),
            to: PartnerId::parse("1234567").unwrap(),
        };
        let text = plan.describe();
        assert!(
            text.contains("7654321 (X)") && text.contains("to 1234567"),
            "{text}"
        );
        let json = serde_json::to_value(&plan).unwrap();
        assert_eq!(json["kind"], "change");
        assert_eq!(json["to"], "1234567");
    }

    #[test]
    fn satisfaction_after_a_lost_answer() {
        let to = PartnerId::parse("1234567").unwrap();
        let create = LinkPlan::Create {
            tenant_id: "t".into(),
            to,
        };
        assert!(plan_is_satisfied(&create, Some(&link("1234567"))));
        assert!(!plan_is_satisfied(&create, None));
        let remove = LinkPlan::Remove {
            tenant_id: "t".into(),
            current: link("1234567"),
        };
        assert!(plan_is_satisfied(&remove, None));
        assert!(!plan_is_satisfied(&remove, Some(&link("1234567"))));
    }

    #[test]
    fn reads_partner_response() {
        let v = serde_json::json!({"id":"/providers/microsoft.managementpartner/partners/123456","name":"123456","etag":3,
            "properties":{"partnerId":"123456","partnerName":"Contoso Ltd","tenantId":"t","objectId":"o","version":3,"state":"Active"}});
        let l = PartnerLink::from_json(&v).unwrap();
        assert_eq!(l.partner_name.as_deref(), Some("Contoso Ltd"));
        assert_eq!(l.version, Some(3));
    }
}
