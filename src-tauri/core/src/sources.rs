//! The Microsoft pages the app cites, in one place: every rule, explanation and error that states a Microsoft rule
//! names one of these, the command line and the proof print its English address, and the app opens it in the
//! person's browser in their language. The web page never handles an address: it asks Rust to open a `Source`,
//! so it can open nothing else.

use serde::{Deserialize, Serialize};
use specta::Type;

/// A Microsoft page the app cites.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Source {
    /// "Link a partner ID to your account that's used to manage customers" (Cost Management + Billing).
    LinkPartnerId,
    /// "Link a partner ID for Azure performance – PAL or DPOR" (Microsoft Support).
    PalOrDpor,
    /// "Link a partner ID for Azure performance – PAL and DPOR" (Partner Center).
    PartnerCenterPal,
    /// "Understand Cost Management data": the offer behind each quota ID.
    QuotaIds,
    /// "Billing Property - Get": the billing agreement a subscription is under.
    BillingProperty,
    /// "Link your partner ID to track your impact on delegated resources" (Azure Lighthouse).
    Lighthouse,
    /// "Azure built-in roles".
    BuiltInRoles,
    /// "Steps to assign an Azure role".
    AssignRoles,
    /// "Grant tenant-wide admin consent to an application".
    AdminConsent,
}

/// The languages the app speaks, for choosing the page's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
pub enum Language {
    #[serde(rename = "en")]
    English,
    #[serde(rename = "zh-TW")]
    TraditionalChinese,
}

/// The hosts the app ever sends a person to. The tidy test checks that nothing else is opened.
pub const HOSTS: &[&str] = &["learn.microsoft.com", "support.microsoft.com"];

impl Source {
    pub const ALL: &'static [Source] = &[
        Source::LinkPartnerId,
        Source::PalOrDpor,
        Source::PartnerCenterPal,
        Source::QuotaIds,
        Source::BillingProperty,
        Source::Lighthouse,
        Source::BuiltInRoles,
        Source::AssignRoles,
        Source::AdminConsent,
    ];

    /// The page in English: what the command line, the proof and the logs print.
    pub fn url(self) -> &'static str {
        match self {
            Source::LinkPartnerId => {
                "https://learn.microsoft.com/en-us/azure/cost-management-billing/manage/link-partner-id"
            }
            Source::PalOrDpor => {
                "https://support.microsoft.com/en-us/topic/link-a-partner-id-for-azure-performance-pal-or-dpor-a8eed43b-82a8-f017-3b1a-f9c8aa385d32"
            }
            Source::PartnerCenterPal => {
                "https://learn.microsoft.com/en-us/partner-center/membership/link-partner-id-for-azure-performance-pal-dpor"
            }
            Source::QuotaIds => {
                "https://learn.microsoft.com/en-us/azure/cost-management-billing/costs/understand-cost-mgt-data"
            }
            Source::BillingProperty => {
                "https://learn.microsoft.com/en-us/rest/api/billing/billing-property/get"
            }
            Source::Lighthouse => {
                "https://learn.microsoft.com/en-us/azure/lighthouse/how-to/partner-earned-credit"
            }
            Source::BuiltInRoles => {
                "https://learn.microsoft.com/en-us/azure/role-based-access-control/built-in-roles"
            }
            Source::AssignRoles => {
                "https://learn.microsoft.com/en-us/azure/role-based-access-control/role-assignments-steps"
            }
            Source::AdminConsent => {
                "https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/grant-admin-consent"
            }
        }
    }

    /// The page in the person's language, where Microsoft publishes one. Microsoft Learn keeps one path for
    /// every language and names the language in its first segment; Microsoft Support names an article by its ID.
    pub fn url_in(self, language: Language) -> String {
        let english = self.url();
        match language {
            Language::English => english.to_owned(),
            Language::TraditionalChinese => match self {
                Source::PalOrDpor => {
                    "https://support.microsoft.com/zh-tw/topic/a8eed43b-82a8-f017-3b1a-f9c8aa385d32"
                        .to_owned()
                }
                _ => english.replacen("/en-us/", "/zh-tw/", 1),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_is_on_a_microsoft_host_in_both_languages() {
        for source in Source::ALL {
            for language in [Language::English, Language::TraditionalChinese] {
                let url = source.url_in(language);
                let parsed = reqwest::Url::parse(&url).unwrap();
                assert_eq!(parsed.scheme(), "https", "{url}");
                assert!(
                    HOSTS.contains(&parsed.host_str().unwrap_or_default()),
                    "{url}"
                );
                let marker = match language {
                    Language::English => "/en-us/",
                    Language::TraditionalChinese => "/zh-tw/",
                };
                assert!(url.contains(marker), "{url} is not in {language:?}");
            }
        }
    }

    #[test]
    fn names_cross_ipc_in_camel_case() {
        assert_eq!(
            serde_json::to_string(&Source::LinkPartnerId).unwrap(),
            "\"linkPartnerId\""
        );
        assert_eq!(
            serde_json::to_string(&Language::TraditionalChinese).unwrap(),
            "\"zh-TW\""
        );
    }
}
