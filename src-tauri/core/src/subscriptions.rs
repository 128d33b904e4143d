//! The subscriptions an identity sees in a directory: Resource Manager's `GET /subscriptions` with the token of
//! that directory. The access review, the customer admin's grant screens and the overview all list them here.

use serde_json::Value;

use crate::arm::{ArmClient, Failure};
use crate::Error;

/// The `api-version` of `GET /subscriptions` (learn.microsoft.com/en-us/rest/api/resources/subscriptions/list).
pub const SUBSCRIPTIONS_API: &str = "2022-12-01";

/// A subscription as Resource Manager lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Subscription {
    /// Lower-case GUID.
    pub id: String,
    /// The display name, or the ID when it has none.
    pub display_name: String,
    /// `Enabled`, `Warned`, `PastDue`, `Disabled` or `Deleted`; empty when not given.
    pub state: String,
    /// The directory the subscription belongs to. Seen from a managing directory through Azure Lighthouse it is
    /// the customer's, not the token's.
    pub tenant_id: Option<String>,
    /// `subscriptionPolicies.quotaId`: the offer, as far as the quota tells it.
    pub quota_id: String,
    /// The directories managing it through Azure Lighthouse (`managedByTenants[].tenantId`).
    pub managed_by_tenants: Vec<String>,
}

impl Subscription {
    /// Reads one item of the list; an item without a subscription ID is not a subscription.
    pub fn from_json(v: &Value) -> Option<Subscription> {
        let s = |k: &str| v.get(k).and_then(Value::as_str);
        let id = s("subscriptionId")?.trim().to_ascii_lowercase();
        if id.is_empty() {
            return None;
        }
        Some(Subscription {
            display_name: s("displayName")
                .filter(|n| !n.trim().is_empty())
                .unwrap_or(&id)
                .to_owned(),
            state: s("state").unwrap_or_default().to_owned(),
            tenant_id: s("tenantId").map(str::to_ascii_lowercase),
            quota_id: v
                .pointer("/subscriptionPolicies/quotaId")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned(),
            managed_by_tenants: v
                .get("managedByTenants")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|m| m.get("tenantId").and_then(Value::as_str))
                .map(str::to_ascii_lowercase)
                .collect(),
            id,
        })
    }

    /// The subscription's scope for Resource Manager paths.
    pub fn scope(&self) -> String {
        format!("/subscriptions/{}", self.id)
    }

    /// Whether the subscription is in use (not disabled, past due or deleted).
    pub fn is_active(&self) -> bool {
        self.state.is_empty() || matches!(self.state.as_str(), "Enabled" | "Warned")
    }
}

/// Every subscription the identity behind `arm` sees in `tenant`, each once, in Resource Manager's order.
pub async fn list(arm: &ArmClient, tenant: &str) -> Result<Vec<Subscription>, Error> {
    let items = arm
        .get_all(tenant, "/subscriptions", SUBSCRIPTIONS_API, &[])
        .await
        .map_err(Failure::into_error)?;
    let mut seen = std::collections::HashSet::new();
    Ok(items
        .iter()
        .filter_map(Subscription::from_json)
        .filter(|s| seen.insert(s.id.clone()))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_resource_manager_lists() {
        let s = Subscription::from_json(&serde_json::json!({
            "subscriptionId": "BBBBBBBB-0000-4000-8000-000000000001",
            "displayName": "",
            "state": "PastDue",
            "tenantId": "AAAAAAAA-0000-4000-8000-000000000001",
            "subscriptionPolicies": {"quotaId": "PayAsYouGo_2014-09-01"},
            "managedByTenants": [{"tenantId": "AAAAAAAA-0000-4000-8000-000000000000"}]
        }))
        .unwrap();
        assert_eq!(s.id, "bbbbbbbb-0000-4000-8000-000000000001");
        assert_eq!(s.display_name, s.id);
        assert!(!s.is_active());
        assert_eq!(s.quota_id, "PayAsYouGo_2014-09-01");
        assert_eq!(
            s.managed_by_tenants,
            ["aaaaaaaa-0000-4000-8000-000000000000"]
        );
        assert_eq!(
            Subscription::from_json(&serde_json::json!({"displayName": "x"})),
            None
        );
    }
}
