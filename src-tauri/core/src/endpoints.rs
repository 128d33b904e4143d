//! Where a cloud's services are: the sign-in authority, Resource Manager and Microsoft Graph.

use crate::{Cloud, Error, ErrorCode};

/// The cloud by name: `PARTNER_LINK_CLOUD` and the command line's `--cloud` take these words.
pub const ENV_CLOUD: &str = "PARTNER_LINK_CLOUD";
/// The sign-in authority's base URL, for a simulated or custom cloud.
pub const ENV_LOGIN_URL: &str = "PARTNER_LINK_LOGIN_URL";
/// Resource Manager's base URL, for a simulated or custom cloud.
pub const ENV_ARM_URL: &str = "PARTNER_LINK_ARM_URL";
/// Microsoft Graph's base URL, for a simulated or custom cloud.
pub const ENV_GRAPH_URL: &str = "PARTNER_LINK_GRAPH_URL";
/// A PEM file with one more CA to trust: the simulator's, or a corporate TLS-inspection proxy's.
pub const ENV_CA_FILE: &str = "PARTNER_LINK_CA_FILE";

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
    /// The endpoints of a national cloud
    /// (learn.microsoft.com/en-us/entra/identity-platform/authentication-national-cloud).
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

impl Endpoints {
    /// The endpoints the environment asks for: `cloud` when given (the command line's `--cloud`), else
    /// `PARTNER_LINK_CLOUD`; Resource Manager and sign-in URLs given without a cloud mean the simulated one. The
    /// desktop app and the command line both start from here, so one environment means the same Azure to both.
    pub fn from_vars(
        cloud: Option<Cloud>,
        var: impl Fn(&str) -> Option<String>,
    ) -> Result<Endpoints, Error> {
        let var = |k: &str| var(k).filter(|v| !v.trim().is_empty());
        let cloud = match cloud {
            Some(c) => c,
            None => match var(ENV_CLOUD).as_deref().map(str::trim) {
                Some("public") => Cloud::AzurePublic,
                Some("government") => Cloud::AzureGovernment,
                Some("china") => Cloud::AzureChina,
                Some("practice") => Cloud::Practice,
                Some(other) => {
                    return Err(Error::new(
                        ErrorCode::InvalidInput,
                        format!(
                        "{ENV_CLOUD}={other} is not a cloud (public, government, china, practice)"
                    ),
                    ))
                }
                None if var(ENV_ARM_URL).is_some() => Cloud::Practice,
                None => Cloud::AzurePublic,
            },
        };
        let base = Endpoints::for_cloud(cloud);
        let ca = match var(ENV_CA_FILE) {
            Some(path) => Some(std::fs::read_to_string(&path).map_err(|e| {
                Error::new(
                    ErrorCode::InvalidInput,
                    format!("{ENV_CA_FILE}: cannot read {path}: {e}"),
                )
            })?),
            None => None,
        };
        let login = var(ENV_LOGIN_URL);
        let arm = var(ENV_ARM_URL);
        if cloud == Cloud::Practice && (login.is_none() || arm.is_none()) {
            return Err(Error::new(
                ErrorCode::InvalidInput,
                format!("the practice cloud needs {ENV_LOGIN_URL} and {ENV_ARM_URL} (the simulator's addresses)"),
            ));
        }
        Ok(Endpoints::custom(
            cloud,
            &login.unwrap_or(base.login),
            &arm.unwrap_or(base.resource_manager),
            &var(ENV_GRAPH_URL).unwrap_or(base.graph),
            ca,
        ))
    }
}

pub use crate::ids::is_guid;

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: std::collections::HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k| map.get(k).cloned()
    }

    #[test]
    fn the_environment_picks_the_cloud() {
        let e = Endpoints::from_vars(None, vars(&[])).unwrap();
        assert_eq!(e.cloud, Cloud::AzurePublic);
        let e = Endpoints::from_vars(None, vars(&[(ENV_CLOUD, "government")])).unwrap();
        assert_eq!(e.resource_manager, "https://management.usgovcloudapi.net");
        // Simulator addresses without a cloud name mean the simulated cloud.
        let e = Endpoints::from_vars(
            None,
            vars(&[
                (ENV_LOGIN_URL, "https://localhost:1/"),
                (ENV_ARM_URL, "https://localhost:2"),
            ]),
        )
        .unwrap();
        assert_eq!(e.cloud, Cloud::Practice);
        assert_eq!(e.login, "https://localhost:1");
        // The cloud given by the caller wins over the environment's.
        let e =
            Endpoints::from_vars(Some(Cloud::AzureChina), vars(&[(ENV_CLOUD, "public")])).unwrap();
        assert_eq!(e.cloud, Cloud::AzureChina);
    }

    #[test]
    fn a_bad_environment_is_refused_with_the_variable_named() {
        let e = Endpoints::from_vars(None, vars(&[(ENV_CLOUD, "mars")])).unwrap_err();
        assert_eq!(e.code, ErrorCode::InvalidInput);
        assert!(e.message.contains(ENV_CLOUD));
        let e = Endpoints::from_vars(None, vars(&[(ENV_CLOUD, "practice")])).unwrap_err();
        assert!(e.message.contains(ENV_ARM_URL));
        let e =
            Endpoints::from_vars(None, vars(&[(ENV_CA_FILE, "/nonexistent/ca.pem")])).unwrap_err();
        assert!(e.message.contains("/nonexistent/ca.pem"));
    }

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
