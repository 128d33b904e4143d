//! The Azure clouds the app can talk to, and where each one signs people in.

use serde::{Deserialize, Serialize};
use specta::Type;

/// A national or custom Azure cloud. PAL is reported as unavailable outside the public cloud, so the app must
/// know which one it is in to explain why a link cannot be made there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Cloud {
    AzurePublic,
    AzureGovernment,
    AzureChina,
    /// The simulated Azure that practice mode and the tests run against.
    Practice,
}

impl Cloud {
    /// The Entra ID host that signs people in for this cloud
    /// (learn.microsoft.com/en-us/entra/identity-platform/authentication-national-cloud).
    pub fn login_host(self) -> &'static str {
        match self {
            Cloud::AzurePublic => "login.microsoftonline.com",
            Cloud::AzureGovernment => "login.microsoftonline.us",
            Cloud::AzureChina => "login.chinacloudapi.cn",
            Cloud::Practice => "localhost",
        }
    }

    /// The Azure Resource Manager host for this cloud
    /// (learn.microsoft.com/en-us/entra/identity-platform/authentication-national-cloud).
    pub fn resource_manager_host(self) -> &'static str {
        match self {
            Cloud::AzurePublic => "management.azure.com",
            Cloud::AzureGovernment => "management.usgovcloudapi.net",
            Cloud::AzureChina => "management.chinacloudapi.cn",
            Cloud::Practice => "localhost",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_cloud_uses_microsoft_hosts() {
        assert_eq!(Cloud::AzurePublic.login_host(), "login.microsoftonline.com");
        assert_eq!(
            Cloud::AzurePublic.resource_manager_host(),
            "management.azure.com"
        );
    }

    #[test]
    fn serializes_in_camel_case_for_the_ui() {
        assert_eq!(
            serde_json::to_string(&Cloud::AzureGovernment).unwrap(),
            "\"azureGovernment\""
        );
    }
}
