//! What the signed-in admin may do in a directory: give roles on which subscriptions (and who can where they
//! cannot), and invite guests.

use super::*;

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
    pub(super) fn at(scope: &str, scope_name: &str) -> WhoCanGrant {
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
    /// Why `can_invite` is what it is, in plain English words; the UI words it from `can_invite`.
    #[serde(skip)]
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
pub(super) async fn roles_held_at(
    arm: &ArmClient,
    tenant: &str,
    object_id: &str,
    scope: &str,
) -> Result<Vec<String>, Error> {
    let held = match role_assignments::list(arm, tenant, scope, Holder::AppliesTo(object_id)).await
    {
        Ok(held) => held,
        // Not even allowed to read role assignments there: certainly not allowed to write them.
        Err(f) if f.status == Some(403) => return Ok(Vec::new()),
        Err(f) => return Err(f.into_error()),
    };
    Ok(held
        .into_iter()
        .filter(|a| scope_covers(&a.scope, scope))
        .map(|a| a.role_guid)
        .collect())
}

pub(super) async fn list_subscriptions(
    arm: &ArmClient,
    tenant: &str,
) -> Result<Vec<Subscription>, Error> {
    crate::subscriptions::list(arm, tenant).await
}
