//! The partner's role assignments in a directory: listing them and taking them back (only theirs).

use super::*;

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
    let mut out: Vec<PartnerAssignment> = Vec::new();
    for sub in subs {
        let scope = GrantScope::Subscription {
            subscription_id: sub,
        }
        .path()?;
        let held = role_assignments::list(arm, tenant, &scope, Holder::MadeTo(principal_object_id))
            .await
            .map_err(Failure::into_error)?;
        for a in held {
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
pub(super) async fn remove_assignments(
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
pub(super) fn is_assignment_id(id: &str) -> bool {
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
