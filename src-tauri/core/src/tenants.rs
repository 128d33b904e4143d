//! The directories (tenants) an identity reaches: Resource Manager's `GET /tenants`, asked in the identity's home
//! directory. A person's list is their home and every directory they are a guest or member in; a service
//! principal's is the one directory it signed in to. The app's directory list, the overview and the command line
//! all take it from here.

use crate::arm::{ArmClient, Failure};
use crate::Error;

/// The `api-version` of `GET /tenants` (learn.microsoft.com/en-us/rest/api/resources/tenants/list).
pub const TENANTS_API: &str = "2022-12-01";

/// A directory as Resource Manager lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReachableDirectory {
    /// Lower-case GUID.
    pub tenant_id: String,
    /// The directory's display name, or its ID when it has none.
    pub name: String,
    pub default_domain: Option<String>,
}

/// Every directory the identity behind `arm` reaches, in Resource Manager's order, each once.
pub async fn reachable(
    arm: &ArmClient,
    home_tenant: &str,
) -> Result<Vec<ReachableDirectory>, Error> {
    let items = arm
        .get_all(home_tenant, "/tenants", TENANTS_API, &[])
        .await
        .map_err(Failure::into_error)?;
    let mut seen = std::collections::HashSet::new();
    Ok(items
        .iter()
        .filter_map(|t| {
            let id = t["tenantId"].as_str()?.to_ascii_lowercase();
            if !seen.insert(id.clone()) {
                return None;
            }
            Some(ReachableDirectory {
                name: t["displayName"]
                    .as_str()
                    .filter(|n| !n.trim().is_empty())
                    .unwrap_or(&id)
                    .to_owned(),
                default_domain: t["defaultDomain"].as_str().map(str::to_owned),
                tenant_id: id,
            })
        })
        .collect())
}
