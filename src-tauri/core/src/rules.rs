//! The PAL and DPOR rules as data: offer types from `quotaId`, how the billing agreement refines them, what each
//! role earns, where DPOR applied, each with the Microsoft page it comes from.
//!
//! The access review applies these rules and the explainer screens render the same data, so a rule is written
//! once. Labels here are English, for the command line and the proof file; the UI translates by the enum values.

use serde::{Deserialize, Serialize};
use specta::Type;

pub use crate::sources::Source;

/// What kind of subscription it is, as far as PAL and DPOR are concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum OfferType {
    EnterpriseAgreement,
    /// Azure plan under a Microsoft Customer Agreement (its quotaId says EnterpriseAgreement).
    AzurePlan,
    /// `EnterpriseAgreement_2014-09-01` whose billing agreement could not be read: EA or Azure plan.
    EnterpriseAgreementOrAzurePlan,
    PayAsYouGo,
    Csp,
    DevTest,
    VisualStudio,
    PartnerBenefits,
    FreeTrial,
    AzureInOpen,
    AzurePass,
    Sponsored,
    AzureForStudents,
    StudentStarter,
    Default,
    Internal,
    Unknown,
}

/// `billingAccountAgreementType` of the billing property.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
pub enum Agreement {
    EnterpriseAgreement,
    MicrosoftCustomerAgreement,
    MicrosoftOnlineServicesProgram,
    MicrosoftPartnerAgreement,
    Other,
}

impl Agreement {
    pub fn parse(s: &str) -> Agreement {
        match s {
            "EnterpriseAgreement" => Agreement::EnterpriseAgreement,
            "MicrosoftCustomerAgreement" => Agreement::MicrosoftCustomerAgreement,
            "MicrosoftOnlineServicesProgram" => Agreement::MicrosoftOnlineServicesProgram,
            "MicrosoftPartnerAgreement" => Agreement::MicrosoftPartnerAgreement,
            _ => Agreement::Other,
        }
    }
}

/// Yes, no, or cannot tell (the app says why).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Mark {
    Yes,
    No,
    Unknown,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct QuotaIdRule {
    pub quota_id: String,
    pub offer: OfferType,
    pub source: Source,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct OfferRule {
    pub offer: OfferType,
    pub label: String,
    /// PAL works with every subscription type; kept explicit so the explainer can say so per offer.
    pub pal_applies: bool,
    /// Whether the customer could name a Digital Partner of Record for it (historically; see `dpor_retired`).
    pub dpor: Mark,
    pub source: Source,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AgreementRule {
    pub agreement: Agreement,
    /// What an `EnterpriseAgreement_2014-09-01` or pay-as-you-go quotaId really is under this agreement.
    pub offer: Option<OfferType>,
    pub source: Source,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RoleRule {
    /// The built-in role definition GUID; empty for the rule that covers custom roles.
    pub role_definition_id: String,
    pub name: String,
    pub recognition: Mark,
    pub incentives: Mark,
    /// Rank for choosing the effective role when several are held (higher is stronger).
    pub rank: u8,
    pub source: Source,
}

/// A rule of PAL or DPOR stated in words, for the explainer and the review's notes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Principle {
    PalNeedsAccessFirst,
    AnyRoleRecognition,
    ContributorForIncentives,
    PimOnlyWhileActive,
    GroupRolesCount,
    OneIdentityOneDirectory,
    OnlyLinkerCanChange,
    CspAdminOnBehalfOfCannotLink,
    LighthouseLinkInManagingDirectory,
    DporRetired,
    EaToAzurePlanNotCarried,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PrincipleRule {
    pub principle: Principle,
    /// English, for the command line; the UI words each principle itself.
    #[serde(skip)]
    pub text: String,
    pub source: Source,
}

/// Every rule, as the explainer screens and the access review use them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RuleSet {
    pub quota_ids: Vec<QuotaIdRule>,
    pub agreements: Vec<AgreementRule>,
    pub offers: Vec<OfferRule>,
    pub roles: Vec<RoleRule>,
    /// Applies to a role that is not in `roles` (custom roles): recognized, incentives unknown.
    pub other_role: RoleRule,
    pub principles: Vec<PrincipleRule>,
}

pub const OWNER: &str = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
pub const CONTRIBUTOR: &str = "b24988ac-6180-42a0-ab88-20f7382dd24c";
pub const READER: &str = "acdd72a7-3385-48ef-bd42-f606fba81ae7";
pub const USER_ACCESS_ADMINISTRATOR: &str = "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9";
pub const SUPPORT_REQUEST_CONTRIBUTOR: &str = "cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e";

const QUOTA_IDS: &[(&str, OfferType)] = &[
    (
        "EnterpriseAgreement_2014-09-01",
        OfferType::EnterpriseAgreementOrAzurePlan,
    ),
    ("MSDNDevTest_2014-09-01", OfferType::DevTest),
    ("PayAsYouGo_2014-09-01", OfferType::PayAsYouGo),
    ("MSDN_2014-09-01", OfferType::VisualStudio),
    ("MPN_2014-09-01", OfferType::PartnerBenefits),
    ("CSP_2015-05-01", OfferType::Csp),
    ("CSP_MG_2017-12-01", OfferType::Csp),
    ("CSPDEVTEST_2018-05-01", OfferType::Csp),
    ("FreeTrial_2014-09-01", OfferType::FreeTrial),
    ("AzureInOpen_2014-09-01", OfferType::AzureInOpen),
    ("AzurePass_2014-09-01", OfferType::AzurePass),
    ("Sponsored_2016-01-01", OfferType::Sponsored),
    ("AzureForStudents_2018-01-01", OfferType::AzureForStudents),
    ("DreamSpark_2015-02-01", OfferType::StudentStarter),
    ("Default_2014-09-01", OfferType::Default),
    ("Internal_2014-09-01", OfferType::Internal),
];

const OFFERS: &[(OfferType, &str, Mark)] = &[
    (
        OfferType::EnterpriseAgreement,
        "Enterprise Agreement",
        Mark::Yes,
    ),
    (
        OfferType::AzurePlan,
        "Azure plan (Microsoft Customer Agreement)",
        Mark::No,
    ),
    (
        OfferType::EnterpriseAgreementOrAzurePlan,
        "Enterprise Agreement or Azure plan (billing agreement not readable)",
        Mark::Unknown,
    ),
    (OfferType::PayAsYouGo, "Pay-as-you-go", Mark::Yes),
    (OfferType::Csp, "Cloud Solution Provider (CSP)", Mark::No),
    (OfferType::DevTest, "Dev/Test", Mark::Unknown),
    (
        OfferType::VisualStudio,
        "Visual Studio subscription",
        Mark::No,
    ),
    (
        OfferType::PartnerBenefits,
        "Partner benefits (Microsoft AI Cloud Partner Program)",
        Mark::No,
    ),
    (OfferType::FreeTrial, "Free trial", Mark::No),
    (OfferType::AzureInOpen, "Azure in Open Licensing", Mark::No),
    (OfferType::AzurePass, "Azure Pass", Mark::No),
    (OfferType::Sponsored, "Sponsored", Mark::No),
    (OfferType::AzureForStudents, "Azure for Students", Mark::No),
    (
        OfferType::StudentStarter,
        "Azure for Students Starter",
        Mark::No,
    ),
    (OfferType::Default, "Default", Mark::Unknown),
    (OfferType::Internal, "Microsoft internal", Mark::No),
    (OfferType::Unknown, "Unknown offer", Mark::Unknown),
];

const ROLES: &[(&str, &str, Mark, Mark, u8)] = &[
    (OWNER, "Owner", Mark::Yes, Mark::Yes, 5),
    (CONTRIBUTOR, "Contributor", Mark::Yes, Mark::Yes, 4),
    (
        USER_ACCESS_ADMINISTRATOR,
        "User Access Administrator",
        Mark::Yes,
        Mark::No,
        2,
    ),
    (
        SUPPORT_REQUEST_CONTRIBUTOR,
        "Support Request Contributor",
        Mark::Yes,
        Mark::No,
        2,
    ),
    (READER, "Reader", Mark::Yes, Mark::No, 1),
];

const PRINCIPLES: &[(Principle, &str, Source)] = &[
    (Principle::PalNeedsAccessFirst, "PAL grants no access. The customer first gives the partner's identity an Azure role (or invites it as a guest, or delegates through Azure Lighthouse); PAL then tells Microsoft who influences what that identity can reach. With no role, a link earns nothing.", Source::LinkPartnerId),
    (Principle::AnyRoleRecognition, "Any Azure role allows the link and counts for recognition of the resources it reaches; Reader is usually enough for competency and specialization recognition.", Source::PartnerCenterPal),
    (Principle::ContributorForIncentives, "Incentives such as partner earned credit need Contributor or Owner; Reader does not qualify.", Source::PartnerCenterPal),
    (Principle::PimOnlyWhileActive, "Privileged Identity Management roles count only while they are active; an eligible role that is not activated earns nothing.", Source::LinkPartnerId),
    (Principle::GroupRolesCount, "Roles held through a group count like roles assigned directly.", Source::LinkPartnerId),
    (Principle::OneIdentityOneDirectory, "The link is made for one identity in one directory. Guest accounts have a different identity in each customer directory, so the link is made in each one.", Source::LinkPartnerId),
    (Principle::OnlyLinkerCanChange, "Only the identity that made the link can change or remove it; the customer and other partners cannot.", Source::LinkPartnerId),
    (Principle::CspAdminOnBehalfOfCannotLink, "A CSP partner signed in to a customer directory through admin on behalf of has no account there and cannot link. Use a guest account in the customer directory instead.", Source::LinkPartnerId),
    (Principle::LighthouseLinkInManagingDirectory, "With Azure Lighthouse, link in the partner's own (managing) directory, on an identity that holds the delegated roles.", Source::Lighthouse),
    (Principle::DporRetired, "DPOR was set by the customer for each subscription, only for Enterprise Agreement and pay-as-you-go subscriptions (not CSP or Azure plan). It has no API, and public sources report it retired for Azure in favour of PAL: use PAL instead.", Source::PalOrDpor),
    (Principle::EaToAzurePlanNotCarried, "When a subscription moves from an Enterprise Agreement to an Azure plan, the partner ID is not carried over: link again.", Source::PalOrDpor),
];

/// The rules as data.
pub fn rule_set() -> RuleSet {
    let role = |(id, name, rec, inc, rank): &(&str, &str, Mark, Mark, u8)| RoleRule {
        role_definition_id: (*id).to_owned(),
        name: (*name).to_owned(),
        recognition: *rec,
        incentives: *inc,
        rank: *rank,
        source: Source::PartnerCenterPal,
    };
    RuleSet {
        quota_ids: QUOTA_IDS
            .iter()
            .map(|(q, o)| QuotaIdRule {
                quota_id: (*q).to_owned(),
                offer: *o,
                source: Source::QuotaIds,
            })
            .collect(),
        agreements: [
            (
                Agreement::EnterpriseAgreement,
                Some(OfferType::EnterpriseAgreement),
            ),
            (
                Agreement::MicrosoftCustomerAgreement,
                Some(OfferType::AzurePlan),
            ),
            (
                Agreement::MicrosoftOnlineServicesProgram,
                Some(OfferType::PayAsYouGo),
            ),
            (Agreement::MicrosoftPartnerAgreement, Some(OfferType::Csp)),
            (Agreement::Other, None),
        ]
        .into_iter()
        .map(|(agreement, offer)| AgreementRule {
            agreement,
            offer,
            source: Source::BillingProperty,
        })
        .collect(),
        offers: OFFERS
            .iter()
            .map(|(offer, label, dpor)| OfferRule {
                offer: *offer,
                label: (*label).to_owned(),
                pal_applies: true,
                dpor: *dpor,
                source: Source::PalOrDpor,
            })
            .collect(),
        roles: ROLES.iter().map(role).collect(),
        other_role: RoleRule {
            role_definition_id: String::new(),
            name: "Other role".to_owned(),
            recognition: Mark::Yes,
            incentives: Mark::Unknown,
            rank: 3,
            source: Source::PartnerCenterPal,
        },
        principles: PRINCIPLES
            .iter()
            .map(|(p, text, source)| PrincipleRule {
                principle: *p,
                text: (*text).to_owned(),
                source: *source,
            })
            .collect(),
    }
}

/// The offer a quotaId names; unknown quota IDs are `Unknown`.
pub fn offer_from_quota_id(quota_id: &str) -> OfferType {
    QUOTA_IDS
        .iter()
        .find(|(q, _)| q.eq_ignore_ascii_case(quota_id))
        .map(|(_, o)| *o)
        .unwrap_or(OfferType::Unknown)
}

/// The offer refined by the billing agreement where it could be read: an EA quotaId under a Microsoft Customer
/// Agreement is an Azure plan; a CSP agreement makes any quotaId CSP.
pub fn refine_offer(offer: OfferType, agreement: Option<Agreement>) -> OfferType {
    match (offer, agreement) {
        (OfferType::EnterpriseAgreementOrAzurePlan, Some(Agreement::EnterpriseAgreement)) => {
            OfferType::EnterpriseAgreement
        }
        (
            OfferType::EnterpriseAgreementOrAzurePlan,
            Some(Agreement::MicrosoftCustomerAgreement),
        )
        | (OfferType::PayAsYouGo, Some(Agreement::MicrosoftCustomerAgreement)) => {
            OfferType::AzurePlan
        }
        (_, Some(Agreement::MicrosoftPartnerAgreement)) => OfferType::Csp,
        (o, _) => o,
    }
}

pub fn offer_label(offer: OfferType) -> &'static str {
    OFFERS
        .iter()
        .find(|(o, _, _)| *o == offer)
        .map(|(_, l, _)| *l)
        .unwrap_or("Unknown offer")
}

/// Whether DPOR could apply to this offer.
pub fn dpor_for(offer: OfferType) -> Mark {
    OFFERS
        .iter()
        .find(|(o, _, _)| *o == offer)
        .map(|(_, _, d)| *d)
        .unwrap_or(Mark::Unknown)
}

/// The rule for a role definition GUID (the last segment of a roleDefinitionId).
pub fn role_rule(role_definition_guid: &str, name: Option<&str>) -> RoleRule {
    let set = rule_set();
    set.roles
        .into_iter()
        .find(|r| {
            r.role_definition_id
                .eq_ignore_ascii_case(role_definition_guid)
        })
        .unwrap_or_else(|| RoleRule {
            role_definition_id: role_definition_guid.to_owned(),
            name: name.unwrap_or("Custom role").to_owned(),
            ..set.other_role
        })
}

pub fn principle_text(p: Principle) -> &'static str {
    PRINCIPLES
        .iter()
        .find(|(q, _, _)| *q == p)
        .map(|(_, t, _)| *t)
        .unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_quota_id_of_the_reference_maps_to_an_offer() {
        for (q, _) in QUOTA_IDS {
            assert_ne!(offer_from_quota_id(q), OfferType::Unknown, "{q}");
        }
        assert_eq!(
            offer_from_quota_id("Something_2030-01-01"),
            OfferType::Unknown
        );
        assert_eq!(
            offer_from_quota_id("payasyougo_2014-09-01"),
            OfferType::PayAsYouGo
        );
    }

    #[test]
    fn the_agreement_tells_ea_from_azure_plan() {
        let ea = offer_from_quota_id("EnterpriseAgreement_2014-09-01");
        assert_eq!(
            refine_offer(ea, Some(Agreement::EnterpriseAgreement)),
            OfferType::EnterpriseAgreement
        );
        assert_eq!(
            refine_offer(ea, Some(Agreement::MicrosoftCustomerAgreement)),
            OfferType::AzurePlan
        );
        assert_eq!(
            refine_offer(ea, None),
            OfferType::EnterpriseAgreementOrAzurePlan
        );
        assert_eq!(
            refine_offer(
                OfferType::PayAsYouGo,
                Some(Agreement::MicrosoftOnlineServicesProgram)
            ),
            OfferType::PayAsYouGo
        );
        assert_eq!(
            refine_offer(OfferType::Csp, Some(Agreement::MicrosoftPartnerAgreement)),
            OfferType::Csp
        );
    }

    #[test]
    fn dpor_only_for_ea_and_pay_as_you_go() {
        assert_eq!(dpor_for(OfferType::EnterpriseAgreement), Mark::Yes);
        assert_eq!(dpor_for(OfferType::PayAsYouGo), Mark::Yes);
        assert_eq!(dpor_for(OfferType::Csp), Mark::No);
        assert_eq!(dpor_for(OfferType::AzurePlan), Mark::No);
        assert_eq!(
            dpor_for(OfferType::EnterpriseAgreementOrAzurePlan),
            Mark::Unknown
        );
    }

    #[test]
    fn roles_earn_what_the_rules_say() {
        assert_eq!(role_rule(OWNER, None).incentives, Mark::Yes);
        assert_eq!(role_rule(CONTRIBUTOR, None).incentives, Mark::Yes);
        let reader = role_rule(READER, None);
        assert_eq!(
            (reader.recognition, reader.incentives),
            (Mark::Yes, Mark::No)
        );
        let custom = role_rule(
            "00000000-1111-2222-3333-444444444444",
            Some("Custom deployer"),
        );
        assert_eq!(
            (custom.name.as_str(), custom.incentives),
            ("Custom deployer", Mark::Unknown)
        );
    }

    #[test]
    fn roles_rank_by_what_they_earn() {
        let rank = |id: &str| role_rule(id, None).rank;
        assert!(rank(OWNER) > rank(CONTRIBUTOR));
        // A custom role may earn incentives (unknown); User Access Administrator and Reader earn recognition only.
        assert!(rank(CONTRIBUTOR) > rank("00000000-1111-2222-3333-444444444444"));
        assert!(rank("00000000-1111-2222-3333-444444444444") > rank(USER_ACCESS_ADMINISTRATOR));
        assert!(rank(USER_ACCESS_ADMINISTRATOR) > rank(READER));
    }

    #[test]
    fn every_rule_cites_a_microsoft_page() {
        let set = rule_set();
        // Every rule names a `Source`, which the type system holds; here, that each rule says it, and that the
        // set reaches the UI with its sources by name.
        let json = serde_json::to_value(&set).unwrap();
        let mut sources = Vec::new();
        fn walk(v: &serde_json::Value, out: &mut Vec<Source>) {
            match v {
                serde_json::Value::Object(m) => {
                    for (k, v) in m {
                        if k == "source" {
                            out.push(serde_json::from_value(v.clone()).expect("a source by name"));
                        }
                        walk(v, out);
                    }
                }
                serde_json::Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
                _ => {}
            }
        }
        walk(&json, &mut sources);
        assert!(sources.len() > 40);
        assert_eq!(set.principles.len(), PRINCIPLES.len());
        assert!(set.offers.iter().all(|o| o.pal_applies));
    }
}
