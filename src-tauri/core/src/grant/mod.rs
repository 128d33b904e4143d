//! The customer admin's side: give the partner's identity the access PAL needs.
//!
//! A customer's administrator, often on a screen-share with the partner, checks what they may do in their
//! directory ([`check_permissions`]), approves the partner's sign-in app (the consent page is
//! `auth::consent`'s; [`consent_status`] confirms it), finds or invites the partner's user (`graph.rs`), and
//! gives it an Azure role on chosen subscriptions or resource groups ([`plan_grant`], [`apply_grant`]). Later the
//! roles given to that partner can be listed and taken back in one action ([`list_partner_assignments`],
//! [`remove_partner_assignments`]).
//!
//! Granting is idempotent: before each role assignment is created the existing ones for the same principal, role
//! and scope are read, and Azure's `RoleAssignmentExists` answer (a double click racing itself) counts as done.
//! Texts here are English, for the command line and the details view; the UI translates by the enum values.

use reqwest::Method;
use serde::{Deserialize, Serialize};
use serde_json::json;
use specta::Type;

mod apply;
mod assignments;
mod permissions;

pub use apply::*;
pub use assignments::*;
pub use permissions::*;

use crate::arm::{ArmClient, Failure};
use crate::endpoints::is_guid;
use crate::graph::{GraphClient, GraphUser};
pub(crate) use crate::role_assignments::{self, scope_covers, Holder, AUTHORIZATION_API};
use crate::rules::{self, Mark};
use crate::sources::Source;
use crate::subscriptions::Subscription;
use crate::{Error, ErrorCode, TokenSource};

// ---------------------------------------------------------------------------------------------------------
// Roles the admin can give

/// The roles this app offers to give a partner.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum GrantRole {
    Reader,
    Contributor,
    /// An add-on beside another role: lets the partner open support requests for the customer.
    SupportRequestContributor,
    /// Needs `acknowledge_owner_risk`: Owner can also give access to anyone else.
    Owner,
}

impl GrantRole {
    pub const ALL: [GrantRole; 4] = [
        GrantRole::Reader,
        GrantRole::Contributor,
        GrantRole::SupportRequestContributor,
        GrantRole::Owner,
    ];

    /// The built-in role definition GUID.
    pub fn role_definition_guid(self) -> &'static str {
        match self {
            GrantRole::Reader => rules::READER,
            GrantRole::Contributor => rules::CONTRIBUTOR,
            GrantRole::SupportRequestContributor => rules::SUPPORT_REQUEST_CONTRIBUTOR,
            GrantRole::Owner => rules::OWNER,
        }
    }

    /// Azure's name of the role.
    pub fn name(self) -> &'static str {
        match self {
            GrantRole::Reader => "Reader",
            GrantRole::Contributor => "Contributor",
            GrantRole::SupportRequestContributor => "Support Request Contributor",
            GrantRole::Owner => "Owner",
        }
    }
}

/// A role as the admin chooses it: what it lets the partner do, what it means for PAL, and its risk.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RoleChoice {
    pub role: GrantRole,
    pub role_definition_id: String,
    pub name: String,
    /// What the partner can do with it, in plain English words; the UI words it from `role`.
    #[serde(skip)]
    pub what_it_allows: String,
    /// What the partner cannot do with it (English).
    #[serde(skip)]
    pub what_it_does_not_allow: String,
    /// Whether a link on an identity with this role counts for recognition / for incentives (from `rules.rs`).
    pub pal_recognition: Mark,
    pub pal_incentives: Mark,
    /// Given beside another role rather than alone.
    pub add_on: bool,
    /// The admin must acknowledge the risk before it is given.
    pub needs_acknowledgement: bool,
    /// The risk to weigh, in plain English words; empty when there is little.
    #[serde(skip)]
    pub risk: String,
    pub source: Source,
}

/// The roles on offer, mildest first.
pub fn role_choices() -> Vec<RoleChoice> {
    GrantRole::ALL.iter().map(|r| role_choice(*r)).collect()
}

/// One role's data.
pub fn role_choice(role: GrantRole) -> RoleChoice {
    let rule = rules::role_rule(role.role_definition_guid(), Some(role.name()));
    let (allows, not_allows, risk) = match role {
        GrantRole::Reader => (
            "See every resource and its settings in the chosen subscriptions, and their costs.",
            "Change, create or delete anything, or give access to anyone.",
            "",
        ),
        GrantRole::Contributor => (
            "Create, change and delete resources in the chosen subscriptions (virtual machines, databases, networks and so on).",
            "Give access to anyone, or change policies and locks that need Owner.",
            "The partner can change or delete your resources and create ones that cost money.",
        ),
        GrantRole::SupportRequestContributor => (
            "Open and manage Azure support requests for the chosen subscriptions, on your behalf.",
            "See or change resources (give Reader or Contributor as well for that).",
            "",
        ),
        GrantRole::Owner => (
            "Everything Contributor can do, and also give or remove access for anyone, including you.",
            "Nothing in the chosen subscriptions is out of reach.",
            "Owner can give access to other people and remove yours. Give it only if the partner truly manages access for you; Contributor is enough for partner incentives.",
        ),
    };
    RoleChoice {
        role,
        role_definition_id: role.role_definition_guid().to_owned(),
        name: role.name().to_owned(),
        what_it_allows: allows.to_owned(),
        what_it_does_not_allow: not_allows.to_owned(),
        pal_recognition: rule.recognition,
        pal_incentives: rule.incentives,
        add_on: role == GrantRole::SupportRequestContributor,
        needs_acknowledgement: role == GrantRole::Owner,
        risk: risk.to_owned(),
        source: Source::BuiltInRoles,
    }
}

// ---------------------------------------------------------------------------------------------------------
// Who the partner is, and where the role goes

/// What kind of identity receives the role (Azure's `principalType`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
pub enum PrincipalType {
    User,
    ServicePrincipal,
    Group,
}

/// The partner's identity in the customer's directory.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PartnerPrincipal {
    /// Object ID in the customer's directory (a guest has its own one there).
    pub object_id: String,
    pub principal_type: PrincipalType,
    /// How the admin recognises it (sign-in name, email or app name); shown only.
    pub display_name: String,
}

impl From<&GraphUser> for PartnerPrincipal {
    fn from(u: &GraphUser) -> Self {
        PartnerPrincipal {
            object_id: u.id.clone(),
            principal_type: PrincipalType::User,
            display_name: u
                .mail
                .clone()
                .unwrap_or_else(|| u.user_principal_name.clone()),
        }
    }
}

/// Where a role is given.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum GrantScope {
    #[serde(rename_all = "camelCase")]
    Subscription { subscription_id: String },
    #[serde(rename_all = "camelCase")]
    ResourceGroup {
        subscription_id: String,
        resource_group: String,
    },
}

impl GrantScope {
    pub fn subscription_id(&self) -> &str {
        match self {
            GrantScope::Subscription { subscription_id }
            | GrantScope::ResourceGroup {
                subscription_id, ..
            } => subscription_id,
        }
    }

    /// The Resource Manager scope, checked so that nothing the UI sends can reach another path.
    pub fn path(&self) -> Result<String, Error> {
        let sub = self.subscription_id();
        if !is_guid(sub) {
            return Err(Error::new(
                ErrorCode::InvalidInput,
                format!("{sub:?} is not a subscription ID"),
            ));
        }
        match self {
            GrantScope::Subscription { .. } => {
                Ok(format!("/subscriptions/{}", sub.to_ascii_lowercase()))
            }
            GrantScope::ResourceGroup { resource_group, .. } => {
                // Azure's rule for resource group names: 1-90 letters, digits, '-', '_', '.', '(', ')', not
                // ending in '.'.
                let ok = !resource_group.is_empty()
                    && resource_group.len() <= 90
                    && !resource_group.ends_with('.')
                    && resource_group
                        .chars()
                        .all(|c| c.is_alphanumeric() || "-_.()".contains(c));
                if !ok {
                    return Err(Error::new(
                        ErrorCode::InvalidInput,
                        format!("{resource_group:?} is not a resource group name"),
                    ));
                }
                Ok(format!(
                    "/subscriptions/{}/resourceGroups/{resource_group}",
                    sub.to_ascii_lowercase()
                ))
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// Admin consent for the partner's sign-in app

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ConsentStatus {
    /// A token for the app in that directory is issued: approved.
    Granted,
    /// Entra ID still answers that the app needs an administrator's approval there (AADSTS65001).
    Missing,
}

/// Confirms consent the way that matters: asks `tokens` (the partner's sign-in, or the admin's own with the
/// partner's app) for a fresh token in `tenant`. A consent refusal means [`ConsentStatus::Missing`]; any other
/// failure is returned as it is.
pub async fn consent_status(
    tokens: &dyn TokenSource,
    tenant: &str,
) -> Result<ConsentStatus, Error> {
    tokens.invalidate(tenant).await;
    match tokens.access_token(tenant).await {
        Ok(_) => Ok(ConsentStatus::Granted),
        Err(e) if matches!(e.code, ErrorCode::ConsentRequired) => Ok(ConsentStatus::Missing),
        Err(e) => Err(e),
    }
}

// ---------------------------------------------------------------------------------------------------------
// Azure Lighthouse, explained only

/// Azure Lighthouse as an alternative to giving roles in the customer's directory.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct LighthouseExplanation {
    pub summary: String,
    pub points: Vec<String>,
    pub source: Source,
}

pub fn lighthouse_explanation() -> LighthouseExplanation {
    LighthouseExplanation {
        summary: "Azure Lighthouse lets the partner manage your subscriptions from their own directory, without accounts in yours. This app does not set it up; the partner sends you a template to deploy.".to_owned(),
        points: vec![
            "You deploy the partner's offer (from the Azure Marketplace or a template); it names the partner's users or groups and the roles they get on your subscriptions or resource groups.".to_owned(),
            "The partner's people sign in to their own directory. Nothing is added to your directory, and you see the delegation under Service providers in the Azure portal, where you can remove it at any time.".to_owned(),
            "Owner cannot be delegated through Lighthouse; Contributor and Reader can.".to_owned(),
            rules::principle_text(rules::Principle::LighthouseLinkInManagingDirectory).to_owned(),
        ],
        source: Source::Lighthouse,
    }
}

// ---------------------------------------------------------------------------------------------------------
// Helpers

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owner_needs_acknowledgement_and_is_explained() {
        let owner = role_choice(GrantRole::Owner);
        assert!(owner.needs_acknowledgement);
        assert!(!owner.risk.is_empty());
        let reader = role_choice(GrantRole::Reader);
        assert_eq!(reader.pal_incentives, Mark::No);
        assert_eq!(
            role_choice(GrantRole::Contributor).pal_incentives,
            Mark::Yes
        );
        assert!(role_choice(GrantRole::SupportRequestContributor).add_on);
        assert_eq!(role_choices().len(), 4);
    }

    #[test]
    fn scopes_are_checked_before_reaching_a_path() {
        let sub = "bbbbbbbb-0000-4000-8000-000000000001";
        let s = GrantScope::Subscription {
            subscription_id: sub.into(),
        };
        assert_eq!(s.path().unwrap(), format!("/subscriptions/{sub}"));
        let rg = GrantScope::ResourceGroup {
            subscription_id: sub.into(),
            resource_group: "web-prod".into(),
        };
        assert_eq!(
            rg.path().unwrap(),
            format!("/subscriptions/{sub}/resourceGroups/web-prod")
        );
        for bad in ["../x", "a/b", "a?b", "", "ends."] {
            let rg = GrantScope::ResourceGroup {
                subscription_id: sub.into(),
                resource_group: bad.into(),
            };
            assert_eq!(
                rg.path().unwrap_err().code,
                ErrorCode::InvalidInput,
                "{bad}"
            );
        }
        let s = GrantScope::Subscription {
            subscription_id: "x/../y".into(),
        };
        assert!(s.path().is_err());
    }

    #[test]
    fn inherited_roles_count_and_roles_below_do_not() {
        let sub = "/subscriptions/bbbbbbbb-0000-4000-8000-000000000001";
        assert!(scope_covers(sub, sub));
        assert!(scope_covers("/", sub));
        assert!(scope_covers(
            "/providers/Microsoft.Management/managementGroups/x",
            "/providers/Microsoft.Management/managementGroups/x"
        ));
        assert!(!scope_covers(&format!("{sub}/resourceGroups/rg"), sub));
        assert!(scope_covers(sub, &format!("{sub}/resourceGroups/rg")));
    }

    #[test]
    fn assignment_ids_are_checked() {
        let id = "/subscriptions/bbbbbbbb-0000-4000-8000-000000000001/providers/Microsoft.Authorization/roleAssignments/0d3c8a7e-3f0e-4c5b-9f0a-1b2c3d4e5f60";
        assert!(is_assignment_id(id));
        let rg = "/subscriptions/bbbbbbbb-0000-4000-8000-000000000001/resourceGroups/rg-1/providers/Microsoft.Authorization/roleAssignments/0d3c8a7e-3f0e-4c5b-9f0a-1b2c3d4e5f60";
        assert!(is_assignment_id(rg));
        assert!(!is_assignment_id(
            "/subscriptions/x/providers/Microsoft.Authorization/roleAssignments/y"
        ));
        assert!(!is_assignment_id(
            &id.replace("roleAssignments", "roleDefinitions")
        ));
        assert!(!is_assignment_id("https://evil/subscriptions/bbbbbbbb-0000-4000-8000-000000000001/providers/Microsoft.Authorization/roleAssignments/0d3c8a7e-3f0e-4c5b-9f0a-1b2c3d4e5f60"));
    }

    #[test]
    fn lighthouse_is_explained_with_its_source() {
        let l = lighthouse_explanation();
        assert!(l.summary.contains("Lighthouse"));
        assert!(l.points.len() >= 3);
        assert_eq!(l.source, Source::Lighthouse);
    }
}
