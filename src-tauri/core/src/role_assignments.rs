//! Azure role assignments: who holds which role where. The access review (what the partner's identity holds), the
//! customer admin's path (what the admin may give, and the partner's assignments) and the grant itself read them
//! here.

use serde_json::Value;

use crate::arm::{ArmClient, Failure};

/// The `api-version` of `Microsoft.Authorization` role assignments and definitions.
pub const AUTHORIZATION_API: &str = "2022-04-01";

/// One role assignment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleAssignment {
    /// `{scope}/providers/Microsoft.Authorization/roleAssignments/{guid}`.
    pub id: String,
    pub scope: String,
    /// The role definition's GUID (the last segment of `roleDefinitionId`), lower case.
    pub role_guid: String,
    pub principal_id: String,
    pub created_on: Option<String>,
    pub created_by: Option<String>,
}

/// Whose assignments to list.
#[derive(Clone, Copy, Debug)]
pub enum Holder<'a> {
    /// Everything that applies to this object, its groups' assignments included (`assignedTo`).
    AppliesTo(&'a str),
    /// Assignments made to exactly this principal (`principalId eq`).
    MadeTo(&'a str),
}

/// The role assignments at, above and below `scope` for `holder`.
pub async fn list(
    arm: &ArmClient,
    tenant: &str,
    scope: &str,
    holder: Holder<'_>,
) -> Result<Vec<RoleAssignment>, Failure> {
    let filter = match holder {
        Holder::AppliesTo(object_id) => format!("assignedTo('{}')", object_id.to_ascii_lowercase()),
        Holder::MadeTo(object_id) => format!("principalId eq '{}'", object_id.to_ascii_lowercase()),
    };
    let items = arm
        .get_all(
            tenant,
            &format!("{scope}/providers/Microsoft.Authorization/roleAssignments"),
            AUTHORIZATION_API,
            &[("$filter", filter.as_str())],
        )
        .await?;
    Ok(items.iter().filter_map(parse).collect())
}

/// One item of a role-assignment list; an item without an ID or a role is not read.
pub fn parse(a: &Value) -> Option<RoleAssignment> {
    let p = &a["properties"];
    let s = |v: &Value| v.as_str().map(str::to_owned);
    let id = s(&a["id"])?;
    Some(RoleAssignment {
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
}

/// Whether an assignment at `outer` applies at `inner` (same scope, or `outer` above it; `/` is above all).
pub fn scope_covers(outer: &str, inner: &str) -> bool {
    let o = outer.trim_end_matches('/').to_ascii_lowercase();
    let i = inner.trim_end_matches('/').to_ascii_lowercase();
    o.is_empty() || i == o || i.starts_with(&format!("{o}/"))
}
