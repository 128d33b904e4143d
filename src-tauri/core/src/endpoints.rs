//! Where a cloud's services are: the sign-in authority, Resource Manager and Microsoft Graph.

use crate::Cloud;

/// The base URLs the core talks to, without trailing slashes, and an extra CA certificate to trust (practice mode's
/// simulator, or a corporate TLS-inspection proxy).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Endpoints {
    pub cloud: Cloud,
    /// e.g. `https://login.microsoftonline.com`
    pub login: String,
    /// e.g. `https://management.azure.com`
    pub resource_manager: String,
    /// e.g. `https://graph.microsoft.com`
    pub graph: String,
    /// A PEM certificate to trust in addition to the system's roots.
    pub extra_ca_pem: Option<String>,
}

impl Endpoints {
    /// The endpoints of a national cloud (reference §5).
    pub fn for_cloud(cloud: Cloud) -> Endpoints {
        let graph = match cloud {
            Cloud::AzureGovernment => "https://graph.microsoft.us",
            Cloud::AzureChina => "https://microsoftgraph.chinacloudapi.cn",
            _ => "https://graph.microsoft.com",
        };
        Endpoints {
            cloud,
            login: format!("https://{}", cloud.login_host()),
            resource_manager: format!("https://{}", cloud.resource_manager_host()),
            graph: graph.to_owned(),
            extra_ca_pem: None,
        }
    }

    /// Endpoints given explicitly, for the simulator and custom clouds. Trailing slashes are removed so that paths
    /// can be appended uniformly.
    pub fn custom(
        cloud: Cloud,
        login: &str,
        resource_manager: &str,
        graph: &str,
        extra_ca_pem: Option<String>,
    ) -> Self {
        Endpoints {
            cloud,
            login: login.trim_end_matches('/').to_owned(),
            resource_manager: resource_manager.trim_end_matches('/').to_owned(),
            graph: graph.trim_end_matches('/').to_owned(),
            extra_ca_pem,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_cloud_endpoints() {
        let e = Endpoints::for_cloud(Cloud::AzurePublic);
        assert_eq!(e.login, "https://login.microsoftonline.com");
        assert_eq!(e.resource_manager, "https://management.azure.com");
    }

    #[test]
    fn custom_endpoints_lose_trailing_slashes() {
        let e = Endpoints::custom(
            Cloud::Practice,
            "https://localhost:1/",
            "https://localhost:2//",
            "https://localhost:3",
            None,
        );
        assert_eq!(e.login, "https://localhost:1");
        assert_eq!(e.resource_manager, "https://localhost:2");
    }
}
