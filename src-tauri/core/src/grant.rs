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
use serde_json::{json, Value};
use specta::Type;

use crate::arm::{ArmClient, Failure};
use crate::endpoints::is_guid;
use crate::graph::{GraphClient, GraphUser};
use crate::rules::{self, Mark};
use crate::subscriptions::Subscription;
use crate::{Error, ErrorCode, TokenSource};

/// The Microsoft.Authorization api-version of role assignments (reference §3).
pub const AUTHORIZATION_API: &str = "2022-04-01";
/// Where Microsoft explains assigning Azure roles, for the details view.
pub const SOURCE_ASSIGN_ROLES: &str =
    "https://learn.microsoft.com/en-us/azure/role-based-access-control/role-assignments-steps";
/// Where Microsoft explains admin consent.
pub const SOURCE_ADMIN_CONSENT: &str =
    "https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/grant-admin-consent";

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
    /// What the partner can do with it, in plain words.
    pub what_it_allows: String,
    /// What the partner cannot do with it.
    pub what_it_does_not_allow: String,
    /// Whether a link on an identity with this role counts for recognition / for incentives (from `rules.rs`).
    pub pal_recognition: Mark,
    pub pal_incentives: Mark,
    /// Given beside another role rather than alone.
    pub add_on: bool,
    /// The admin must acknowledge the risk before it is given.
    pub needs_acknowledgement: bool,
    /// The risk to weigh, in plain words; empty when there is little.
    pub risk: String,
    pub source: String,
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
        source: rules::SOURCE_ROLES.to_owned(),
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
// What the signed-in admin may do

/// Who can give roles at a scope the signed-in admin cannot: the data behind the "ask this person" screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct WhoCanGrant {
    pub scope: String,
    /// The subscription's name (or the scope when unknown).
    pub scope_name: String,
    /// The roles whose holders can give access there.
    pub roles: Vec<String>,
    pub explanation: String,
}

impl WhoCanGrant {
    fn at(scope: &str, scope_name: &str) -> WhoCanGrant {
        WhoCanGrant {
            scope: scope.to_owned(),
            scope_name: scope_name.to_owned(),
            roles: vec!["Owner".to_owned(), "User Access Administrator".to_owned()],
            explanation: format!(
                "Only an Owner or a User Access Administrator of {scope_name} can give access to it. Ask one of them to do this step, or to give you one of those roles first. In the Azure portal they are listed under the subscription's Access control (IAM), Role assignments."
            ),
        }
    }
}

/// What the signed-in admin may do in one subscription.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SubscriptionPermission {
    pub subscription_id: String,
    pub display_name: String,
    /// Holds Owner or User Access Administrator at the subscription or above (inherited).
    pub can_grant: bool,
    /// Names of the roles held at the subscription or above.
    pub roles_held: Vec<String>,
    /// When `can_grant` is false: who can.
    pub who_can: Option<WhoCanGrant>,
}

/// Whether the signed-in account can invite guests. Directories decide this in their external collaboration
/// settings, which an admin without Graph directory permissions cannot read; the invitation itself is the test.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum InviteAbility {
    /// A member account: directories let members invite unless their settings say otherwise.
    Likely,
    /// A guest or an app: directories usually refuse their invitations.
    Unlikely,
    /// Could not be told (Graph was not asked or did not answer); trying will show.
    Unknown,
}

/// What the signed-in admin may do in the directory.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AdminPermissions {
    pub tenant_id: String,
    pub admin_object_id: String,
    pub admin_name: String,
    pub subscriptions: Vec<SubscriptionPermission>,
    /// True when at least one subscription allows giving roles.
    pub can_grant_somewhere: bool,
    pub can_invite: InviteAbility,
    /// Why `can_invite` is what it is, in plain words.
    pub invite_note: String,
}

/// Checks, for each subscription the signed-in admin sees in `tenant`, whether they may give roles there, and
/// whether they can likely invite guests (`graph` absent: unknown).
pub async fn check_permissions(
    arm: &ArmClient,
    graph: Option<&GraphClient>,
    tenant: &str,
) -> Result<AdminPermissions, Error> {
    let me = arm.identity(tenant).await?;
    let subs = list_subscriptions(arm, tenant).await?;
    let mut subscriptions = Vec::new();
    for sub in subs {
        let scope = format!("/subscriptions/{}", sub.id);
        let held = roles_held_at(arm, tenant, &me.object_id, &scope).await?;
        let can_grant = held.iter().any(|g| {
            g.eq_ignore_ascii_case(rules::OWNER)
                || g.eq_ignore_ascii_case(rules::USER_ACCESS_ADMINISTRATOR)
        });
        let mut roles_held: Vec<String> = held
            .iter()
            .map(|g| rules::role_rule(g, None).name)
            .collect();
        roles_held.sort();
        roles_held.dedup();
        subscriptions.push(SubscriptionPermission {
            who_can: (!can_grant).then(|| WhoCanGrant::at(&scope, &sub.display_name)),
            subscription_id: sub.id,
            display_name: sub.display_name,
            can_grant,
            roles_held,
        });
    }
    let (can_invite, invite_note) = match graph {
        None => (
            InviteAbility::Unknown,
            "Not checked. Inviting will show whether this directory lets you invite guests.".to_owned(),
        ),
        Some(g) => match g.me(tenant).await {
            Ok(u) if !u.is_guest() && !me.is_service_principal => (
                InviteAbility::Likely,
                "You are a member of this directory, and members can invite guests unless the directory's external collaboration settings forbid it.".to_owned(),
            ),
            Ok(_) => (
                InviteAbility::Unlikely,
                "You are a guest in this directory, and directories usually do not let guests invite others. Ask a member or an administrator of the directory to invite the partner.".to_owned(),
            ),
            Err(e) => (
                InviteAbility::Unknown,
                format!("Could not be checked ({}). Inviting will show whether this directory lets you invite guests.", e.message),
            ),
        },
    };
    Ok(AdminPermissions {
        tenant_id: me.tenant_id.clone(),
        admin_object_id: me.object_id.clone(),
        admin_name: me.display_name.clone(),
        can_grant_somewhere: subscriptions.iter().any(|s| s.can_grant),
        subscriptions,
        can_invite,
        invite_note,
    })
}

/// Role definition GUIDs `object_id` holds at `scope` or above (inherited from a management group or the root),
/// directly or through groups. Roles held only below the scope do not count: Owner of one resource group does not
/// make anyone Owner of the subscription.
async fn roles_held_at(
    arm: &ArmClient,
    tenant: &str,
    object_id: &str,
    scope: &str,
) -> Result<Vec<String>, Error> {
    let filter = format!("assignedTo('{object_id}')");
    let r = arm
        .get(
            tenant,
            &format!("{scope}/providers/Microsoft.Authorization/roleAssignments"),
            AUTHORIZATION_API,
            &[("$filter", filter.as_str())],
        )
        .await;
    let r = match r {
        Ok(r) => r,
        // Not even allowed to read role assignments there: certainly not allowed to write them.
        Err(f) if f.status == Some(403) => return Ok(Vec::new()),
        Err(f) => return Err(f.into_error()),
    };
    Ok(assignments(&r.body)
        .into_iter()
        .filter(|a| scope_covers(&a.scope, scope))
        .map(|a| a.role_guid)
        .collect())
}

async fn list_subscriptions(arm: &ArmClient, tenant: &str) -> Result<Vec<Subscription>, Error> {
    crate::subscriptions::list(arm, tenant).await
}

// ---------------------------------------------------------------------------------------------------------
// Planning and applying a grant

/// What the admin asks for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct GrantRequest {
    pub principal: PartnerPrincipal,
    pub role: GrantRole,
    pub scopes: Vec<GrantScope>,
    /// Must be true for Owner: the admin read that Owner can give access to anyone.
    #[serde(default)]
    pub acknowledge_owner_risk: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum StepAction {
    /// A new role assignment will be created.
    Create,
    /// The partner already has this role there; nothing will be sent.
    AlreadyThere,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct GrantStep {
    pub scope: GrantScope,
    pub scope_path: String,
    pub scope_name: String,
    pub action: StepAction,
    /// The existing assignment's ID when `AlreadyThere`.
    pub existing_assignment_id: Option<String>,
}

/// What will happen, for the admin to confirm.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct GrantPlan {
    pub tenant_id: String,
    pub principal: PartnerPrincipal,
    pub role: RoleChoice,
    pub steps: Vec<GrantStep>,
    /// Plain-language consequences, in the order to show them.
    pub consequences: Vec<String>,
}

/// Checks the request and reads what exists: which assignments would be created and which are already there.
/// Refuses Owner without `acknowledge_owner_risk` ([`ErrorCode::OwnerNeedsAcknowledgement`]) and any scope where
/// the signed-in admin holds neither Owner nor User Access Administrator ([`ErrorCode::NotAllowedToGrant`],
/// naming who can; [`check_permissions`] has the same as data).
pub async fn plan_grant(
    arm: &ArmClient,
    tenant: &str,
    request: &GrantRequest,
) -> Result<GrantPlan, Error> {
    if request.role == GrantRole::Owner && !request.acknowledge_owner_risk {
        return Err(Error::new(
            ErrorCode::OwnerNeedsAcknowledgement,
            "giving Owner needs the acknowledgement that Owner can also give access to anyone",
        ));
    }
    if !is_guid(&request.principal.object_id) {
        return Err(Error::new(
            ErrorCode::InvalidInput,
            format!("{:?} is not an object ID", request.principal.object_id),
        ));
    }
    let mut scopes: Vec<(GrantScope, String)> = Vec::new();
    for s in &request.scopes {
        let path = s.path()?;
        if !scopes.iter().any(|(_, p)| p.eq_ignore_ascii_case(&path)) {
            scopes.push((s.clone(), path));
        }
    }
    if scopes.is_empty() {
        return Err(Error::new(
            ErrorCode::InvalidInput,
            "choose at least one subscription or resource group",
        ));
    }
    let me = arm.identity(tenant).await?;
    let names: std::collections::HashMap<String, String> = list_subscriptions(arm, tenant)
        .await?
        .into_iter()
        .map(|s| (s.id, s.display_name))
        .collect();
    let name_of = |scope: &GrantScope| {
        let sub = scope.subscription_id().to_ascii_lowercase();
        let sub_name = names.get(&sub).cloned().unwrap_or(sub);
        match scope {
            GrantScope::Subscription { .. } => sub_name,
            GrantScope::ResourceGroup { resource_group, .. } => {
                format!("resource group {resource_group} in {sub_name}")
            }
        }
    };
    let mut blocked = Vec::new();
    let mut steps = Vec::new();
    for (scope, path) in &scopes {
        let held = roles_held_at(arm, tenant, &me.object_id, path).await?;
        let allowed = held.iter().any(|g| {
            g.eq_ignore_ascii_case(rules::OWNER)
                || g.eq_ignore_ascii_case(rules::USER_ACCESS_ADMINISTRATOR)
        });
        if !allowed {
            blocked.push(WhoCanGrant::at(path, &name_of(scope)));
            continue;
        }
        let existing = existing_assignment(
            arm,
            tenant,
            path,
            &request.principal.object_id,
            request.role,
        )
        .await?;
        steps.push(GrantStep {
            scope: scope.clone(),
            scope_path: path.clone(),
            scope_name: name_of(scope),
            action: if existing.is_some() {
                StepAction::AlreadyThere
            } else {
                StepAction::Create
            },
            existing_assignment_id: existing,
        });
    }
    if !blocked.is_empty() {
        let names: Vec<&str> = blocked.iter().map(|b| b.scope_name.as_str()).collect();
        return Err(Error::new(
            ErrorCode::NotAllowedToGrant,
            format!(
                "{} holds neither Owner nor User Access Administrator on {}; an Owner or User Access Administrator there can give the role. Nothing was changed.",
                me.display_name,
                names.join(", ")
            ),
        ));
    }
    let role = role_choice(request.role);
    let mut consequences = vec![format!(
        "{} will get the {} role on {}.",
        request.principal.display_name,
        role.name,
        steps
            .iter()
            .map(|s| s.scope_name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    )];
    consequences.push(format!("They can: {}", role.what_it_allows));
    consequences.push(format!("They cannot: {}", role.what_it_does_not_allow));
    if !role.risk.is_empty() {
        consequences.push(role.risk.clone());
    }
    consequences.push(match role.pal_incentives {
        Mark::Yes => "With this role, the partner's linked work here counts for recognition and for incentives such as partner earned credit.".to_owned(),
        _ => "With this role, the partner's linked work here counts for recognition, but not for incentives (those need Contributor or Owner).".to_owned(),
    });
    consequences.push("Giving a role does not link the partner ID: the partner does that afterwards, with their own account. You can take the role back at any time from this app or the Azure portal.".to_owned());
    Ok(GrantPlan {
        tenant_id: me.tenant_id,
        principal: request.principal.clone(),
        role,
        steps,
        consequences,
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum StepOutcome {
    Created,
    AlreadyThere,
    Failed,
}

/// What happened at one scope.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct GrantResult {
    pub scope_path: String,
    pub scope_name: String,
    pub outcome: StepOutcome,
    /// The role assignment's full ID (for removing it later), when one exists.
    pub assignment_id: Option<String>,
    pub request_id: Option<String>,
    pub error: Option<Error>,
}

/// What was done, to show the admin.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct GrantOutcome {
    pub tenant_id: String,
    pub principal: PartnerPrincipal,
    pub role: GrantRole,
    pub results: Vec<GrantResult>,
    /// True when every scope ended with the role in place.
    pub complete: bool,
}

/// Plans `request` again (fresh permission check and existing assignments) and creates what is missing. Each
/// scope is independent: one failure does not undo or stop the others, and the outcome says what happened where.
/// Refusals that concern the whole request (Owner not acknowledged, no permission) come back as errors before
/// anything is sent.
pub async fn apply_grant(
    arm: &ArmClient,
    tenant: &str,
    request: &GrantRequest,
) -> Result<GrantOutcome, Error> {
    let plan = plan_grant(arm, tenant, request).await?;
    let mut results = Vec::new();
    for step in &plan.steps {
        let result = match step.action {
            StepAction::AlreadyThere => GrantResult {
                scope_path: step.scope_path.clone(),
                scope_name: step.scope_name.clone(),
                outcome: StepOutcome::AlreadyThere,
                assignment_id: step.existing_assignment_id.clone(),
                request_id: None,
                error: None,
            },
            StepAction::Create => create_assignment(arm, tenant, step, request).await,
        };
        results.push(result);
    }
    Ok(GrantOutcome {
        tenant_id: plan.tenant_id,
        principal: plan.principal,
        role: request.role,
        complete: results.iter().all(|r| r.outcome != StepOutcome::Failed),
        results,
    })
}

async fn create_assignment(
    arm: &ArmClient,
    tenant: &str,
    step: &GrantStep,
    request: &GrantRequest,
) -> GrantResult {
    let path = &step.scope_path;
    let name = uuid::Uuid::new_v4().to_string();
    let body = json!({"properties": {
        "roleDefinitionId": format!(
            "/subscriptions/{}/providers/Microsoft.Authorization/roleDefinitions/{}",
            step.scope.subscription_id().to_ascii_lowercase(),
            request.role.role_definition_guid()
        ),
        "principalId": request.principal.object_id,
        // Given explicitly so that a guest invited a moment ago is found despite directory replication delay.
        "principalType": request.principal.principal_type,
    }});
    let mut result = GrantResult {
        scope_path: path.clone(),
        scope_name: step.scope_name.clone(),
        outcome: StepOutcome::Created,
        assignment_id: None,
        request_id: None,
        error: None,
    };
    let answer = arm
        .call_with_body(
            tenant,
            Method::PUT,
            &format!("{path}/providers/Microsoft.Authorization/roleAssignments/{name}"),
            AUTHORIZATION_API,
            &[],
            Some(&body),
        )
        .await;
    match answer {
        Ok(r) => {
            result.request_id = r.request_id;
            result.assignment_id = r.body["id"].as_str().map(str::to_owned).or_else(|| {
                Some(format!(
                    "{path}/providers/Microsoft.Authorization/roleAssignments/{name}"
                ))
            });
        }
        Err(f) => {
            result.request_id = f.request_id.clone();
            let exists = f.azure_code.as_deref() == Some("RoleAssignmentExists");
            if exists || f.is_ambiguous() {
                // Another click got there first, or the answer was lost: read what is there now.
                let found = existing_assignment(
                    arm,
                    tenant,
                    path,
                    &request.principal.object_id,
                    request.role,
                )
                .await;
                match found {
                    Ok(Some(id)) => {
                        result.outcome = if exists {
                            StepOutcome::AlreadyThere
                        } else {
                            StepOutcome::Created
                        };
                        result.assignment_id = Some(id);
                        return result;
                    }
                    Ok(None) if !exists => {}
                    Ok(None) => {
                        // Azure said it exists but it cannot be read back: still the partner has the role.
                        result.outcome = StepOutcome::AlreadyThere;
                        return result;
                    }
                    Err(e) if f.is_ambiguous() => {
                        result.outcome = StepOutcome::Failed;
                        result.error = Some(Error::new(
                            ErrorCode::OutcomeUnknown,
                            format!("the role assignment at {path} may or may not have been created, and reading it back failed: {}", e.message),
                        ));
                        return result;
                    }
                    Err(_) => {
                        result.outcome = StepOutcome::AlreadyThere;
                        return result;
                    }
                }
            }
            let mut error = f.into_error();
            if error.code == ErrorCode::Forbidden {
                error = Error::new(
                    ErrorCode::NotAllowedToGrant,
                    format!(
                        "{} (an Owner or User Access Administrator of {} can give the role)",
                        error.message, step.scope_name
                    ),
                );
            }
            result.outcome = StepOutcome::Failed;
            result.error = Some(error);
        }
    }
    result
}

/// The ID of an assignment of `role` to `principal` exactly at `scope`, if there is one.
async fn existing_assignment(
    arm: &ArmClient,
    tenant: &str,
    scope: &str,
    principal: &str,
    role: GrantRole,
) -> Result<Option<String>, Error> {
    let filter = format!("principalId eq '{}'", principal.to_ascii_lowercase());
    let r = arm
        .get(
            tenant,
            &format!("{scope}/providers/Microsoft.Authorization/roleAssignments"),
            AUTHORIZATION_API,
            &[("$filter", filter.as_str())],
        )
        .await
        .map_err(Failure::into_error)?;
    Ok(assignments(&r.body)
        .into_iter()
        .find(|a| {
            a.scope.eq_ignore_ascii_case(scope)
                && a.role_guid
                    .eq_ignore_ascii_case(role.role_definition_guid())
                && a.principal_id.eq_ignore_ascii_case(principal)
        })
        .map(|a| a.id))
}

// ---------------------------------------------------------------------------------------------------------
// Listing and taking back

/// A role the partner holds, as the admin sees it on the "what the partner has" screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PartnerAssignment {
    /// The full ID, `{scope}/providers/Microsoft.Authorization/roleAssignments/{guid}`: what removal takes.
    pub assignment_id: String,
    pub scope: String,
    pub role_definition_id: String,
    pub role_name: String,
    pub principal_id: String,
    pub created_on: Option<String>,
    /// Made by the signed-in admin (as far as Azure records it).
    pub created_by_you: bool,
}

/// Every role `principal_object_id` holds at or below the given subscriptions (all the admin sees when `None`).
/// Roles inherited from above a subscription are not listed: they are not removable from there.
pub async fn list_partner_assignments(
    arm: &ArmClient,
    tenant: &str,
    principal_object_id: &str,
    subscription_ids: Option<&[String]>,
) -> Result<Vec<PartnerAssignment>, Error> {
    if !is_guid(principal_object_id) {
        return Err(Error::new(
            ErrorCode::InvalidInput,
            format!("{principal_object_id:?} is not an object ID"),
        ));
    }
    let me = arm.identity(tenant).await?;
    let subs: Vec<String> = match subscription_ids {
        Some(ids) => ids.iter().map(|s| s.to_ascii_lowercase()).collect(),
        None => list_subscriptions(arm, tenant)
            .await?
            .into_iter()
            .map(|s| s.id)
            .collect(),
    };
    let filter = format!(
        "principalId eq '{}'",
        principal_object_id.to_ascii_lowercase()
    );
    let mut out: Vec<PartnerAssignment> = Vec::new();
    for sub in subs {
        let scope = GrantScope::Subscription {
            subscription_id: sub,
        }
        .path()?;
        let r = arm
            .get(
                tenant,
                &format!("{scope}/providers/Microsoft.Authorization/roleAssignments"),
                AUTHORIZATION_API,
                &[("$filter", filter.as_str())],
            )
            .await
            .map_err(Failure::into_error)?;
        for a in assignments(&r.body) {
            if !scope_covers(&scope, &a.scope)
                || out
                    .iter()
                    .any(|o| o.assignment_id.eq_ignore_ascii_case(&a.id))
            {
                continue;
            }
            out.push(PartnerAssignment {
                role_name: rules::role_rule(&a.role_guid, None).name,
                created_by_you: a
                    .created_by
                    .as_deref()
                    .is_some_and(|c| c.eq_ignore_ascii_case(&me.object_id)),
                assignment_id: a.id,
                scope: a.scope,
                role_definition_id: a.role_guid,
                principal_id: a.principal_id,
                created_on: a.created_on,
            });
        }
    }
    Ok(out)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum RemovalOutcome {
    Removed,
    /// It was not there any more (removed elsewhere, or by an earlier click).
    AlreadyGone,
    Failed,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RemovalResult {
    pub assignment_id: String,
    pub outcome: RemovalOutcome,
    pub error: Option<Error>,
}

/// Takes back roles of the partner's principal: only assignments that [`list_partner_assignments`] lists for
/// `principal_object_id` now are removed, so a page (or a mistake) can never remove anyone else's role, the
/// admin's own Owner role included. Asking for another assignment removes nothing and says which.
pub async fn remove_partner_assignments(
    arm: &ArmClient,
    tenant: &str,
    principal_object_id: &str,
    assignment_ids: &[String],
) -> Result<Vec<RemovalResult>, Error> {
    let theirs = list_partner_assignments(arm, tenant, principal_object_id, None).await?;
    for id in assignment_ids {
        if theirs
            .iter()
            .any(|a| a.assignment_id.eq_ignore_ascii_case(id))
        {
            continue;
        }
        // Not the partner's now: either already gone (a second click: harmless) or someone else's (refused).
        let gone = match arm.get(tenant, id, AUTHORIZATION_API, &[]).await {
            Err(f) if f.status == Some(404) => true,
            Err(f) if !is_assignment_id(id) => {
                drop(f);
                false
            }
            Err(f) => return Err(f.into_error()),
            Ok(_) => false,
        };
        if !gone {
            let shown: String = id.chars().take(200).collect();
            return Err(Error::new(
                ErrorCode::InvalidInput,
                format!("{shown:?} is not one of the partner's role assignments here; nothing was removed"),
            ));
        }
    }
    remove_assignments(arm, tenant, assignment_ids).await
}

/// Removes each role assignment (`DELETE`). Each is independent; removing one that is already gone counts as
/// done. Callers go through [`remove_partner_assignments`], which checks whose assignments they are.
async fn remove_assignments(
    arm: &ArmClient,
    tenant: &str,
    assignment_ids: &[String],
) -> Result<Vec<RemovalResult>, Error> {
    for id in assignment_ids {
        if !is_assignment_id(id) {
            return Err(Error::new(
                ErrorCode::InvalidInput,
                format!("{id:?} is not a role assignment ID"),
            ));
        }
    }
    let mut out = Vec::new();
    for id in assignment_ids {
        let answer = arm
            .call(tenant, Method::DELETE, id, AUTHORIZATION_API, &[])
            .await;
        let result = match answer {
            Ok(r) if r.status == 204 => (RemovalOutcome::AlreadyGone, None),
            Ok(_) => (RemovalOutcome::Removed, None),
            Err(f) if f.status == Some(404) => (RemovalOutcome::AlreadyGone, None),
            Err(f) => {
                let mut e = f.into_error();
                if e.code == ErrorCode::Forbidden {
                    e = Error::new(
                        ErrorCode::NotAllowedToGrant,
                        format!("{} (an Owner or User Access Administrator of that subscription can remove it)", e.message),
                    );
                }
                (RemovalOutcome::Failed, Some(e))
            }
        };
        out.push(RemovalResult {
            assignment_id: id.clone(),
            outcome: result.0,
            error: result.1,
        });
    }
    Ok(out)
}

/// `/subscriptions/{guid}[/…]/providers/Microsoft.Authorization/roleAssignments/{guid}`, and nothing that could
/// reach another path.
fn is_assignment_id(id: &str) -> bool {
    let segs: Vec<&str> = id.split('/').collect();
    let n = segs.len();
    n >= 7
        && segs[0].is_empty()
        && segs[1].eq_ignore_ascii_case("subscriptions")
        && is_guid(segs[2])
        && segs[n - 4].eq_ignore_ascii_case("providers")
        && segs[n - 3].eq_ignore_ascii_case("Microsoft.Authorization")
        && segs[n - 2].eq_ignore_ascii_case("roleAssignments")
        && is_guid(segs[n - 1])
        && segs[1..].iter().all(|s| {
            !s.is_empty()
                && *s != ".."
                && *s != "."
                && s.chars()
                    .all(|c| c.is_alphanumeric() || "-_.()".contains(c))
        })
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
    pub source: String,
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
        source: rules::SOURCE_LIGHTHOUSE.to_owned(),
    }
}

// ---------------------------------------------------------------------------------------------------------
// Helpers

struct Assignment {
    id: String,
    scope: String,
    role_guid: String,
    principal_id: String,
    created_on: Option<String>,
    created_by: Option<String>,
}

fn assignments(body: &Value) -> Vec<Assignment> {
    body["value"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|a| {
            let p = &a["properties"];
            let s = |v: &Value| v.as_str().map(str::to_owned);
            let id = s(&a["id"])?;
            Some(Assignment {
                scope: s(&p["scope"]).unwrap_or_else(|| {
                    id.split("/providers/Microsoft.Authorization/")
                        .next()
                        .unwrap_or("")
                        .to_owned()
                }),
                role_guid: s(&p["roleDefinitionId"])?
                    .rsplit('/')
                    .next()
                    .unwrap_or("")
                    .to_ascii_lowercase(),
                principal_id: s(&p["principalId"]).unwrap_or_default(),
                created_on: s(&p["createdOn"]),
                created_by: s(&p["createdBy"]),
                id,
            })
        })
        .collect()
}

/// Whether an assignment at `outer` applies at `inner` (same scope, or `outer` above it; `/` is above all).
fn scope_covers(outer: &str, inner: &str) -> bool {
    let o = outer.trim_end_matches('/').to_ascii_lowercase();
    let i = inner.trim_end_matches('/').to_ascii_lowercase();
    o.is_empty() || i == o || i.starts_with(&format!("{o}/"))
}

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
        assert_eq!(l.source, rules::SOURCE_LIGHTHOUSE);
    }
}
