//! The access review over every offer type of the demo scenario, with the recognition and incentive marks.

use crate::common::*;
use azure_sim::demo;
use partner_link_core::access_review::{review, ReviewNote, RoleVia, SessionKind};
use partner_link_core::rules::{Agreement, Mark, OfferType};

struct Expect {
    tenant: &'static str,
    session: SessionKind,
    offer: OfferType,
    agreement: Option<Agreement>,
    role: &'static str,
    recognition: Mark,
    incentives: Mark,
    dpor: Mark,
    note: Option<ReviewNote>,
}

#[tokio::test]
async fn every_offer_of_the_demo_gets_the_right_marks() {
    let env = start().await;
    let pal = alex(&env);
    let cases = [
        Expect {
            tenant: demo::HOME,
            session: SessionKind::Member,
            offer: OfferType::PartnerBenefits,
            agreement: None,
            role: "Owner",
            recognition: Mark::Yes,
            incentives: Mark::Yes,
            dpor: Mark::No,
            note: Some(ReviewNote::AgreementUnreadable),
        },
        Expect {
            tenant: demo::FABRIKAM_EA,
            session: SessionKind::Guest,
            offer: OfferType::EnterpriseAgreement,
            agreement: Some(Agreement::EnterpriseAgreement),
            role: "Owner",
            recognition: Mark::Yes,
            incentives: Mark::Yes,
            dpor: Mark::Yes,
            note: None,
        },
        Expect {
            tenant: demo::NORTHWIND_PAYG,
            session: SessionKind::Guest,
            offer: OfferType::PayAsYouGo,
            agreement: Some(Agreement::MicrosoftOnlineServicesProgram),
            role: "Contributor",
            recognition: Mark::Yes,
            incentives: Mark::Yes,
            dpor: Mark::Yes,
            note: None,
        },
        Expect {
            tenant: demo::TAILSPIN_CSP,
            session: SessionKind::CspAdminOnBehalfOf,
            offer: OfferType::Csp,
            agreement: Some(Agreement::MicrosoftPartnerAgreement),
            role: "Owner (CSP admin on behalf of)",
            recognition: Mark::No,
            incentives: Mark::No,
            dpor: Mark::No,
            note: Some(ReviewNote::CspAdminOnBehalfOf),
        },
        Expect {
            tenant: demo::WIDEWORLD_AZURE_PLAN,
            session: SessionKind::Guest,
            offer: OfferType::AzurePlan,
            agreement: Some(Agreement::MicrosoftCustomerAgreement),
            role: "Contributor",
            recognition: Mark::Yes,
            incentives: Mark::Yes,
            dpor: Mark::No,
            note: Some(ReviewNote::AzurePlanLooksLikeEa),
        },
        Expect {
            tenant: demo::ADATUM_MFA,
            session: SessionKind::Guest,
            offer: OfferType::EnterpriseAgreement,
            agreement: Some(Agreement::EnterpriseAgreement),
            role: "Owner",
            recognition: Mark::Yes,
            incentives: Mark::Yes,
            dpor: Mark::Yes,
            note: None,
        },
        Expect {
            tenant: demo::PROSEWARE_READER,
            session: SessionKind::Guest,
            offer: OfferType::PayAsYouGo,
            agreement: Some(Agreement::MicrosoftOnlineServicesProgram),
            role: "Reader",
            recognition: Mark::Yes,
            incentives: Mark::No,
            dpor: Mark::Yes,
            note: Some(ReviewNote::ReaderNoIncentives),
        },
        Expect {
            tenant: demo::RELECLOUD_LINKED,
            session: SessionKind::Guest,
            offer: OfferType::PayAsYouGo,
            agreement: Some(Agreement::MicrosoftOnlineServicesProgram),
            role: "Contributor",
            recognition: Mark::Yes,
            incentives: Mark::Yes,
            dpor: Mark::Yes,
            note: None,
        },
    ];
    for c in &cases {
        let r = review(&pal.arm, c.tenant)
            .await
            .unwrap_or_else(|e| panic!("{}: {e:?}", c.tenant));
        assert_eq!(r.session, c.session, "{}", c.tenant);
        assert_eq!(r.subscriptions.len(), 1, "{}", c.tenant);
        let s = &r.subscriptions[0];
        assert_eq!(s.subscription_id, demo::subscription_of(c.tenant));
        assert_eq!(s.offer, c.offer, "{}", c.tenant);
        assert_eq!(s.agreement, c.agreement, "{}", c.tenant);
        assert_eq!(s.effective_role.as_deref(), Some(c.role), "{}", c.tenant);
        assert_eq!(
            (s.recognition, s.incentives, s.dpor),
            (c.recognition, c.incentives, c.dpor),
            "{}",
            c.tenant
        );
        if let Some(n) = c.note {
            assert!(s.notes.contains(&n), "{}: {:?}", c.tenant, s.notes);
        }
        assert_eq!(
            partner_link_core::blocker::Blocker::of_review(&r).is_some_and(|b| b.stops_linking()),
            c.session == SessionKind::CspAdminOnBehalfOf,
            "{}",
            c.tenant
        );
        assert_eq!(r.earns_recognition, c.recognition == Mark::Yes);
        assert_eq!(r.earns_incentives, c.incentives == Mark::Yes);
    }
    // A review only reads.
    assert!(env
        .sim
        .requests()
        .iter()
        .filter(|r| r.service == "arm")
        .all(|r| r.method == "GET"));
    assert!(env
        .sim
        .links()
        .iter()
        .all(|l| l.tenant_id == demo::RELECLOUD_LINKED));
}

#[tokio::test]
async fn a_role_through_a_group_is_named_as_such() {
    let env = start().await;
    let pal = alex(&env);
    let r = review(&pal.arm, demo::WIDEWORLD_AZURE_PLAN).await.unwrap();
    let s = &r.subscriptions[0];
    assert!(
        matches!(&s.roles[0].via, RoleVia::Group { principal_id } if principal_id == "ffffffff-0000-4000-8000-000000000004")
    );
    assert!(s.notes.contains(&ReviewNote::RoleThroughGroup));
    // The PIM-eligible Owner is not active, so Contributor is the effective role.
    assert!(s.roles.iter().all(|r| r.role_name != "Owner" || !r.active));
}

#[tokio::test]
async fn no_access_is_said_plainly() {
    let env = start().await;
    let pal = alex(&env);
    let r = review(&pal.arm, demo::WOODGROVE_NO_ROLE).await.unwrap();
    assert!(r.subscriptions.is_empty());
    assert!(!r.earns_recognition && !r.earns_incentives);
    assert!(
        !partner_link_core::blocker::Blocker::of_review(&r).is_some_and(|b| b.stops_linking()),
        "the link can still be made"
    );
    assert_eq!(r.notes, [ReviewNote::NoAccess]);
    assert!(ReviewNote::NoAccess.text().contains("earns nothing"));
}

#[tokio::test]
async fn a_service_principal_with_reader_earns_recognition_only() {
    let env = start().await;
    let pal = automation(&env);
    let r = review(&pal.arm, demo::NORTHWIND_PAYG).await.unwrap();
    assert_eq!(r.session, SessionKind::ServicePrincipal);
    let s = &r.subscriptions[0];
    assert_eq!(s.effective_role.as_deref(), Some("Reader"));
    assert_eq!((s.recognition, s.incentives), (Mark::Yes, Mark::No));
    assert_eq!(s.roles[0].via, RoleVia::Direct);
}

#[tokio::test]
async fn role_names_come_from_role_definitions_once_per_review() {
    let env = start().await;
    let pal = alex(&env);
    review(&pal.arm, demo::FABRIKAM_EA).await.unwrap();
    assert_eq!(count(&env, "arm", "GET", "/roleDefinitions/"), 1);
    assert_eq!(count(&env, "arm", "GET", "/roleAssignments"), 1);
    assert_eq!(count(&env, "arm", "GET", "/billingProperty/default"), 1);
}

/// Subscriptions come in pages; the review follows `nextLink` and reviews each one.
#[tokio::test]
async fn every_page_of_subscriptions_is_reviewed() {
    let toml = azure_sim::Scenario::demo_toml().replace("page_size = 100", "page_size = 1")
        + r#"
[[subscriptions]]
id = "bbbbbbbb-0000-4000-8001-000000000001"
tenant = "aaaaaaaa-0000-4000-8000-000000000001"
name = "Fabrikam Azure plan"
quota_id = "EnterpriseAgreement_2014-09-01"
agreement = "MicrosoftCustomerAgreement"

[[role_assignments]]
scope = "/subscriptions/bbbbbbbb-0000-4000-8001-000000000001"
role = "Reader"
principal = "alex@contosopartner.onmicrosoft.com"
"#;
    let env = start_with(azure_sim::Scenario::from_toml_str(&toml).unwrap()).await;
    let pal = alex(&env);
    let r = review(&pal.arm, demo::FABRIKAM_EA).await.unwrap();
    assert_eq!(r.subscriptions.len(), 2);
    assert_eq!(count(&env, "arm", "GET", "/subscriptions"), 2 + 2 * 3 + 2, "two pages, then per subscription billing, roles, eligibility, and the two role names once each");
    let plan = r
        .subscriptions
        .iter()
        .find(|s| s.offer == OfferType::AzurePlan)
        .unwrap();
    assert_eq!(plan.effective_role.as_deref(), Some("Reader"));
    assert_eq!(
        (plan.recognition, plan.incentives, plan.dpor),
        (Mark::Yes, Mark::No, Mark::No)
    );
    assert!(
        r.earns_incentives,
        "the EA subscription's Owner role earns incentives"
    );
}

/// The subscription list's `nextLink` to another host is refused before the token goes there.
#[tokio::test]
async fn the_review_never_follows_a_next_link_to_another_host() {
    let mut scenario = azure_sim::Scenario::demo();
    scenario.settings.page_size = 1;
    let env = start_with(scenario).await;
    let (collector, seen) = collector().await;
    env.sim
        .add_fault(
            azure_sim::FaultDef::new(azure_sim::FaultKind::NextLink)
                .service(azure_sim::Service::Arm)
                .path_contains("/subscriptions")
                .next_link(format!("{collector}/collect")),
        )
        .unwrap();
    let pal = alex(&env);
    let err = review(&pal.arm, demo::HOME).await.unwrap_err();
    assert_eq!(
        err.code,
        partner_link_core::ErrorCode::UntrustedAnswer,
        "{err:?}"
    );
    assert!(err.message.contains(&collector), "{}", err.message);
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert!(
        seen.lock().unwrap().is_empty(),
        "{:?}",
        seen.lock().unwrap()
    );
}
