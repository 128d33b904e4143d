//! "PAL or DPOR?" as a decision: who is asking, what kind of subscription, what they want, and what access the
//! partner has, in; a recommendation, the steps in order, and the rules behind it (each with its Microsoft
//! source) out. Everything it says comes from `rules.rs`, which the access review uses too, so the explainer and
//! the review cannot disagree. The UI words the steps and rules in the person's language by their enum values.

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::rules::{self, Mark, OfferType, Principle, PrincipleRule};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Asker {
    /// Partner staff, who link.
    Partner,
    /// The customer's administrator, who gives access.
    Customer,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum SubscriptionKind {
    EnterpriseAgreement,
    /// Microsoft Customer Agreement.
    AzurePlan,
    PayAsYouGo,
    /// Bought through a Cloud Solution Provider.
    Csp,
    NotSure,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Goal {
    /// Recognition (competencies, specializations, designations).
    Recognition,
    /// Incentives such as partner earned credit, and recognition with them.
    Incentives,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum PartnerAccess {
    /// The partner's own account (member or guest) or app has an Azure role in the customer's directory.
    HasRole,
    /// Nothing yet.
    NoRoleYet,
    /// Only CSP admin on behalf of (the partner reaches the customer through the CSP relationship).
    CspAdminOnBehalfOf,
    /// Through Azure Lighthouse, from the partner's own directory.
    Lighthouse,
    NotSure,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Situation {
    pub asker: Asker,
    pub subscription: SubscriptionKind,
    pub goal: Goal,
    pub access: PartnerAccess,
}

/// One thing to do, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Step {
    /// The customer invites the partner's user as a guest (a CSP admin-on-behalf-of session cannot link).
    CustomerInvitesGuest,
    /// The customer gives the partner's identity the role in `Decision::role_needed`.
    CustomerGivesRole,
    /// The customer deploys the partner's Lighthouse offer (the partner sends it).
    CustomerDeploysLighthouseOffer,
    /// The partner links in their own (managing) directory, on the identity the delegation names.
    PartnerLinksInOwnDirectory,
    /// The partner signs in to each customer directory and links there, once per directory.
    PartnerLinksInEachDirectory,
    /// The customer tells the partner it is done; the customer never enters a partner ID.
    CustomerTellsPartner,
}

/// Where the wizard goes next.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum NextPath {
    /// The partner's path: sign in and link.
    Link,
    /// The customer's path: give the partner access.
    Grant,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Decision {
    /// PAL, always: DPOR is customer-set, per subscription, for some subscription types only, and retired.
    pub use_pal: bool,
    /// Whether DPOR could ever have applied to this kind of subscription (from the offers' rules).
    pub dpor_could_apply: Mark,
    /// The least role that reaches the goal: "Reader" or "Contributor" (Azure's names).
    pub role_needed: String,
    pub steps: Vec<Step>,
    /// The rules the recommendation rests on, with their sources, most important first.
    pub rules: Vec<PrincipleRule>,
    pub next: NextPath,
}

fn offer(kind: SubscriptionKind) -> OfferType {
    match kind {
        SubscriptionKind::EnterpriseAgreement => OfferType::EnterpriseAgreement,
        SubscriptionKind::AzurePlan => OfferType::AzurePlan,
        SubscriptionKind::PayAsYouGo => OfferType::PayAsYouGo,
        SubscriptionKind::Csp => OfferType::Csp,
        SubscriptionKind::NotSure => OfferType::Unknown,
    }
}

/// The recommendation for a situation.
pub fn decide(s: Situation) -> Decision {
    let set = rules::rule_set();
    // The least role that reaches the goal, found in the role rules rather than named here.
    let wanted = |r: &rules::RoleRule| match s.goal {
        Goal::Recognition => r.recognition == Mark::Yes,
        Goal::Incentives => r.incentives == Mark::Yes,
    };
    let role_needed = set
        .roles
        .iter()
        .filter(|r| wanted(r))
        .min_by_key(|r| r.rank)
        .map(|r| r.name.clone())
        .unwrap_or_else(|| "Contributor".to_owned());

    let mut principles = vec![Principle::PalNeedsAccessFirst];
    principles.push(match s.goal {
        Goal::Recognition => Principle::AnyRoleRecognition,
        Goal::Incentives => Principle::ContributorForIncentives,
    });
    let mut steps = Vec::new();
    match (s.asker, s.access) {
        (_, PartnerAccess::Lighthouse) => {
            principles.push(Principle::LighthouseLinkInManagingDirectory);
            if s.asker == Asker::Customer {
                steps.push(Step::CustomerDeploysLighthouseOffer);
            }
            steps.push(Step::PartnerLinksInOwnDirectory);
        }
        (asker, access) => {
            if access == PartnerAccess::CspAdminOnBehalfOf {
                principles.push(Principle::CspAdminOnBehalfOfCannotLink);
                steps.push(Step::CustomerInvitesGuest);
            }
            // A partner who already has the role does not need the customer again; when unsure, ask.
            if asker == Asker::Customer || access != PartnerAccess::HasRole {
                steps.push(Step::CustomerGivesRole);
            }
            if asker == Asker::Customer {
                steps.push(Step::CustomerTellsPartner);
                principles.push(Principle::OnlyLinkerCanChange);
            } else {
                steps.push(Step::PartnerLinksInEachDirectory);
            }
            principles.push(Principle::OneIdentityOneDirectory);
        }
    }
    principles.push(Principle::DporRetired);
    if matches!(
        s.subscription,
        SubscriptionKind::AzurePlan | SubscriptionKind::NotSure
    ) {
        principles.push(Principle::EaToAzurePlanNotCarried);
    }
    Decision {
        use_pal: true,
        dpor_could_apply: rules::dpor_for(offer(s.subscription)),
        role_needed,
        steps,
        rules: principles
            .into_iter()
            .filter_map(|p| set.principles.iter().find(|r| r.principle == p).cloned())
            .collect(),
        next: match s.asker {
            Asker::Partner => NextPath::Link,
            Asker::Customer => NextPath::Grant,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Asker::*;
    use PartnerAccess::{CspAdminOnBehalfOf, HasRole, Lighthouse, NoRoleYet};
    use Step::*;
    use SubscriptionKind::{AzurePlan, Csp, EnterpriseAgreement, PayAsYouGo};

    /// The situations people ask about, with what the reference's rules say (../shared/reference/azure.md: PAL
    /// grants no access; any role counts for recognition, Contributor or Owner for incentives; a link is per
    /// identity per directory; CSP admin-on-behalf-of cannot link; with Lighthouse the partner links in the
    /// managing directory; DPOR was customer-set for EA and pay-as-you-go only, and is retired).
    #[test]
    fn the_helper_answers_as_the_rules_say() {
        struct Row {
            s: Situation,
            role: &'static str,
            dpor: Mark,
            steps: &'static [Step],
            must_cite: &'static [Principle],
            next: NextPath,
        }
        let situation = |asker, subscription, goal, access| Situation {
            asker,
            subscription,
            goal,
            access,
        };
        let table = [
            Row {
                s: situation(Partner, EnterpriseAgreement, Goal::Incentives, HasRole),
                role: "Contributor",
                dpor: Mark::Yes,
                steps: &[PartnerLinksInEachDirectory],
                must_cite: &[Principle::ContributorForIncentives, Principle::DporRetired],
                next: NextPath::Link,
            },
            Row {
                s: situation(Partner, PayAsYouGo, Goal::Recognition, NoRoleYet),
                role: "Reader",
                dpor: Mark::Yes,
                steps: &[CustomerGivesRole, PartnerLinksInEachDirectory],
                must_cite: &[
                    Principle::PalNeedsAccessFirst,
                    Principle::AnyRoleRecognition,
                ],
                next: NextPath::Link,
            },
            Row {
                s: situation(Partner, AzurePlan, Goal::Incentives, HasRole),
                role: "Contributor",
                dpor: Mark::No,
                steps: &[PartnerLinksInEachDirectory],
                must_cite: &[
                    Principle::EaToAzurePlanNotCarried,
                    Principle::OneIdentityOneDirectory,
                ],
                next: NextPath::Link,
            },
            Row {
                s: situation(Partner, Csp, Goal::Incentives, CspAdminOnBehalfOf),
                role: "Contributor",
                dpor: Mark::No,
                steps: &[
                    CustomerInvitesGuest,
                    CustomerGivesRole,
                    PartnerLinksInEachDirectory,
                ],
                must_cite: &[Principle::CspAdminOnBehalfOfCannotLink],
                next: NextPath::Link,
            },
            Row {
                s: situation(Partner, EnterpriseAgreement, Goal::Incentives, Lighthouse),
                role: "Contributor",
                dpor: Mark::Yes,
                steps: &[PartnerLinksInOwnDirectory],
                must_cite: &[Principle::LighthouseLinkInManagingDirectory],
                next: NextPath::Link,
            },
            Row {
                s: situation(
                    Partner,
                    SubscriptionKind::NotSure,
                    Goal::Recognition,
                    PartnerAccess::NotSure,
                ),
                role: "Reader",
                dpor: Mark::Unknown,
                steps: &[CustomerGivesRole, PartnerLinksInEachDirectory],
                must_cite: &[Principle::PalNeedsAccessFirst, Principle::DporRetired],
                next: NextPath::Link,
            },
            Row {
                s: situation(Customer, EnterpriseAgreement, Goal::Incentives, NoRoleYet),
                role: "Contributor",
                dpor: Mark::Yes,
                steps: &[CustomerGivesRole, CustomerTellsPartner],
                must_cite: &[Principle::OnlyLinkerCanChange, Principle::DporRetired],
                next: NextPath::Grant,
            },
            Row {
                s: situation(Customer, AzurePlan, Goal::Recognition, HasRole),
                role: "Reader",
                dpor: Mark::No,
                steps: &[CustomerGivesRole, CustomerTellsPartner],
                must_cite: &[Principle::AnyRoleRecognition],
                next: NextPath::Grant,
            },
            Row {
                s: situation(Customer, Csp, Goal::Incentives, CspAdminOnBehalfOf),
                role: "Contributor",
                dpor: Mark::No,
                steps: &[
                    CustomerInvitesGuest,
                    CustomerGivesRole,
                    CustomerTellsPartner,
                ],
                must_cite: &[Principle::CspAdminOnBehalfOfCannotLink],
                next: NextPath::Grant,
            },
            Row {
                s: situation(Customer, PayAsYouGo, Goal::Incentives, Lighthouse),
                role: "Contributor",
                dpor: Mark::Yes,
                steps: &[CustomerDeploysLighthouseOffer, PartnerLinksInOwnDirectory],
                must_cite: &[Principle::LighthouseLinkInManagingDirectory],
                next: NextPath::Grant,
            },
        ];
        for row in table {
            let d = decide(row.s);
            assert!(d.use_pal, "{:?}", row.s);
            assert_eq!(d.role_needed, row.role, "{:?}", row.s);
            assert_eq!(d.dpor_could_apply, row.dpor, "{:?}", row.s);
            assert_eq!(d.steps, row.steps, "{:?}", row.s);
            assert_eq!(d.next, row.next, "{:?}", row.s);
            let cited: Vec<Principle> = d.rules.iter().map(|r| r.principle).collect();
            for p in row.must_cite {
                assert!(
                    cited.contains(p),
                    "{:?} should cite {p:?}: {cited:?}",
                    row.s
                );
            }
            // Every rule cited carries its Microsoft source.
            assert!(d
                .rules
                .iter()
                .all(|r| r.source.url().starts_with("https://")));
            // DPOR is never the recommendation, and always explained as retired.
            assert!(cited.contains(&Principle::DporRetired));
        }
    }
}
