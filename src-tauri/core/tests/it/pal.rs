//! Linking, changing and removing the partner ID against the simulator, asserting the simulator's state.

use std::time::{Duration, Instant};

use crate::common::*;
use azure_sim::{demo, FaultDef, FaultKind, Service};
use partner_link_core::activity_log::{ActivityAction, ActivityLog, ActivityOutcome};
use partner_link_core::pal::LinkPlan;
use partner_link_core::partner_id::PartnerId;
use partner_link_core::ErrorCode;

fn pid(s: &str) -> PartnerId {
    PartnerId::parse(s).expect("valid partner ID")
}

fn fault(kind: FaultKind, method: &str) -> FaultDef {
    FaultDef::new(kind)
        .service(Service::Arm)
        .method(method)
        .path_contains("/partners/")
        .times(1)
}

fn log(env: &Env) -> ActivityLog {
    ActivityLog::new(env.dir.path().join("activity.jsonl"))
}

#[tokio::test]
async fn link_creates_the_link_and_shows_the_partner_name() {
    let env = start().await;
    let pal = alex(&env);
    let t = demo::FABRIKAM_EA;
    assert_eq!(pal.read_link(t).await.unwrap(), None);
    let plan = pal.plan_link(t, &pid("MPN ID: 1234567")).await.unwrap();
    assert!(matches!(plan, LinkPlan::Create { .. }), "{plan:?}");
    assert!(!plan.needs_confirmation());
    let out = pal.apply(&plan, false).await.unwrap();
    let link = out.link.expect("a link");
    assert_eq!(link.partner_name.as_deref(), Some("Contoso Partner Ltd"));
    assert!(out.changed && !out.confirmed_by_reread);

    let server = env
        .sim
        .link_of(t, &demo::partner_user_oid_in(t))
        .expect("linked on the server");
    assert_eq!(server.partner_id, "1234567");
    assert_eq!(server.state, "Active");
    assert_eq!(count(&env, "arm", "PUT", "/partners/1234567"), 1);

    // The activity log holds the write with Microsoft's request ID, and nothing secret.
    let entries = log(&env).read_all().unwrap().records;
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].action, ActivityAction::Link);
    assert_eq!(entries[0].outcome, ActivityOutcome::Succeeded);
    let put = env
        .sim
        .requests()
        .into_iter()
        .find(|r| r.method == "PUT")
        .unwrap();
    assert_eq!(
        entries[0].request_id.as_deref(),
        Some(put.request_id.as_str())
    );
    assert_eq!(out.request_id.as_deref(), Some(put.request_id.as_str()));
    let text = std::fs::read_to_string(log(&env).path()).unwrap();
    assert!(!text.contains("eyJ"), "a token leaked into the log: {text}");
    assert!(!text.contains(demo::PASSWORD));
}

#[tokio::test]
async fn a_warm_link_costs_at_most_three_round_trips() {
    let env = start().await;
    let pal = alex(&env);
    let t = demo::NORTHWIND_PAYG;
    // Warm: signed in to the directory already (the token is cached).
    pal.arm.identity(t).await.unwrap();
    let before = env.sim.requests().len();
    let plan = pal.plan_link(t, &pid("1234567")).await.unwrap();
    pal.apply(&plan, false).await.unwrap();
    let trips = env.sim.requests().len() - before;
    assert!(trips <= 3, "{trips} round trips");
    assert_eq!(trips, 2, "one read and one write");
    assert!(env.sim.link_of(t, &demo::partner_user_oid_in(t)).is_some());
}

#[tokio::test]
async fn a_double_click_links_once() {
    let env = start().await;
    let pal = alex(&env);
    let t = demo::FABRIKAM_EA;
    let plan = pal.plan_link(t, &pid("1234567")).await.unwrap();
    pal.apply(&plan, false).await.unwrap();
    // The second click re-plans against the link as it is now, and the same stale plan applied twice is harmless.
    let again = pal.plan_link(t, &pid("1234567")).await.unwrap();
    assert!(matches!(again, LinkPlan::AlreadyLinked { .. }), "{again:?}");
    let out = pal.apply(&again, false).await.unwrap();
    assert!(!out.changed);
    pal.apply(&plan, false).await.unwrap();
    assert_eq!(
        partner_writes(&env),
        2,
        "the stale PUT of the same ID is answered 200 unchanged"
    );
    assert_eq!(
        env.sim
            .link_of(t, &demo::partner_user_oid_in(t))
            .unwrap()
            .version,
        1
    );
}

#[tokio::test]
async fn changing_an_existing_link_needs_confirmation_then_patches() {
    let env = start().await;
    let pal = alex(&env);
    let t = demo::RELECLOUD_LINKED;
    let plan = pal.plan_link(t, &pid("1234567")).await.unwrap();
    let LinkPlan::Change { from, to, .. } = &plan else {
        panic!("expected a change, got {plan:?}")
    };
    assert_eq!(from.partner_id, demo::OTHER_PARTNER_ID);
    assert_eq!(
        from.partner_name.as_deref(),
        Some("Fourth Coffee Consulting")
    );
    assert_eq!(to.as_str(), "1234567");
    assert!(plan.describe().contains("7654321"));

    let refused = pal.apply(&plan, false).await.unwrap_err();
    assert_eq!(refused.code, ErrorCode::ConfirmationRequired);
    assert_eq!(partner_writes(&env), 0);
    let oid = demo::partner_user_oid_in(t);
    assert_eq!(env.sim.link_of(t, &oid).unwrap().partner_id, "7654321");

    let out = pal.apply(&plan, true).await.unwrap();
    assert_eq!(
        out.link.unwrap().partner_name.as_deref(),
        Some("Contoso Partner Ltd")
    );
    assert_eq!(env.sim.link_of(t, &oid).unwrap().partner_id, "1234567");
    assert_eq!(count(&env, "arm", "PATCH", "/partners/1234567"), 1);
    assert_eq!(count(&env, "arm", "PUT", "/partners/"), 0);
    let entries = log(&env).read_all().unwrap().records;
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].action, ActivityAction::Change);
    assert_eq!(entries[0].previous_partner_id.as_deref(), Some("7654321"));
}

#[tokio::test]
async fn removing_the_link_needs_confirmation_and_deletes_once() {
    let env = start().await;
    let pal = alex(&env);
    let t = demo::RELECLOUD_LINKED;
    let oid = demo::partner_user_oid_in(t);
    let plan = pal.plan_unlink(t).await.unwrap();
    assert!(matches!(plan, LinkPlan::Remove { .. }) && plan.needs_confirmation());
    assert_eq!(
        pal.apply(&plan, false).await.unwrap_err().code,
        ErrorCode::ConfirmationRequired
    );
    assert_eq!(env.sim.link_of(t, &oid).unwrap().state, "Active");
    let out = pal.apply(&plan, true).await.unwrap();
    assert!(out.link.is_none() && out.changed);
    assert!(env
        .sim
        .link_of(t, &oid)
        .is_none_or(|l| l.state == "Deleted"));
    assert_eq!(pal.read_link(t).await.unwrap(), None);
    assert_eq!(count(&env, "arm", "DELETE", "/partners/7654321"), 1);
    // Removing again plans nothing and sends nothing.
    let again = pal.plan_unlink(t).await.unwrap();
    assert!(matches!(again, LinkPlan::NothingLinked { .. }));
    assert!(!pal.apply(&again, true).await.unwrap().changed);
    assert_eq!(partner_writes(&env), 1);
}

#[tokio::test]
async fn a_stale_create_plan_meets_the_other_partners_link() {
    let env = start().await;
    let pal = alex(&env);
    let t = demo::RELECLOUD_LINKED;
    let stale = LinkPlan::Create {
        tenant_id: t.to_owned(),
        to: pid("1234567"),
    };
    let err = pal.apply(&stale, false).await.unwrap_err();
    assert_eq!(err.code, ErrorCode::LinkConflict);
    assert!(err.message.contains("7654321"), "{}", err.message);
    let server = env.sim.link_of(t, &demo::partner_user_oid_in(t)).unwrap();
    assert_eq!(
        server.partner_id, "7654321",
        "the other partner's link is untouched"
    );
    let entries = log(&env).read_all().unwrap().records;
    assert_eq!(entries[0].outcome, ActivityOutcome::Failed);
    assert_eq!(entries[0].error_code, Some(ErrorCode::LinkConflict));
}

#[tokio::test]
async fn an_invalid_partner_id_is_refused_before_and_by_azure() {
    let env = start().await;
    let pal = alex(&env);
    let t = demo::FABRIKAM_EA;
    let local = PartnerId::parse("aaaaaaaa-0000-4000-8000-000000000001").unwrap_err();
    assert_eq!(local.code, ErrorCode::InvalidPartnerId);
    assert!(local.message.contains("Partner Center"));
    // Well formed, but no enrolled partner has it: Microsoft refuses it.
    let plan = pal.plan_link(t, &pid("9999999")).await.unwrap();
    let err = pal.apply(&plan, false).await.unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidPartnerId, "{}", err.message);
    assert!(err.message.contains("request ID"), "{}", err.message);
    assert!(env.sim.links().iter().all(|l| l.tenant_id != t));
    assert_eq!(
        log(&env).read_all().unwrap().records[0].outcome,
        ActivityOutcome::Failed
    );
}

#[tokio::test]
async fn throttling_is_retried_after_retry_after() {
    let env = start().await;
    let pal = alex(&env);
    let t = demo::FABRIKAM_EA;
    let plan = pal.plan_link(t, &pid("1234567")).await.unwrap();
    env.sim
        .add_fault(FaultDef {
            status: Some(429),
            retry_after: Some(1),
            ..fault(FaultKind::Status, "PUT")
        })
        .unwrap();
    let started = Instant::now();
    let out = pal.apply(&plan, false).await.unwrap();
    assert!(
        started.elapsed() >= Duration::from_millis(950),
        "Retry-After honoured"
    );
    assert_eq!(out.link.unwrap().partner_id, "1234567");
    let puts: Vec<_> = env
        .sim
        .requests()
        .into_iter()
        .filter(|r| r.method == "PUT")
        .collect();
    assert_eq!(puts.len(), 2);
    assert_eq!(puts[0].status, 429);
    assert_eq!(puts[1].status, 200);
    assert_eq!(
        env.sim
            .link_of(t, &demo::partner_user_oid_in(t))
            .unwrap()
            .version,
        1
    );
}

#[tokio::test]
async fn server_errors_on_reads_and_writes_are_retried() {
    let env = start().await;
    let pal = alex(&env);
    let t = demo::NORTHWIND_PAYG;
    env.sim
        .add_fault(
            FaultDef::new(FaultKind::Status)
                .service(Service::Arm)
                .method("GET")
                .path_contains("/partners")
                .status(500)
                .times(2),
        )
        .unwrap();
    let plan = pal.plan_link(t, &pid("1234567")).await.unwrap();
    env.sim
        .add_fault(FaultDef {
            status: Some(503),
            ..fault(FaultKind::Status, "PUT")
        })
        .unwrap();
    pal.apply(&plan, false).await.unwrap();
    assert_eq!(count(&env, "arm", "GET", "/partners"), 3);
    assert_eq!(count(&env, "arm", "PUT", "/partners/"), 2);
    assert!(env.sim.link_of(t, &demo::partner_user_oid_in(t)).is_some());
}

#[tokio::test]
async fn endless_throttling_ends_in_a_throttled_error_without_a_link() {
    let env = start().await;
    let pal = alex(&env);
    let t = demo::FABRIKAM_EA;
    let plan = pal.plan_link(t, &pid("1234567")).await.unwrap();
    env.sim
        .add_fault(FaultDef {
            status: Some(429),
            times: None,
            every: None,
            ..fault(FaultKind::Status, "PUT")
        })
        .unwrap();
    let err = pal.apply(&plan, false).await.unwrap_err();
    assert_eq!(err.code, ErrorCode::Throttled);
    assert_eq!(count(&env, "arm", "PUT", "/partners/"), 4, "max_attempts");
    assert!(env.sim.link_of(t, &demo::partner_user_oid_in(t)).is_none());
}

#[tokio::test]
async fn a_connection_dropped_after_the_put_is_resolved_by_reading_again() {
    let env = start().await;
    let pal = alex(&env);
    let t = demo::FABRIKAM_EA;
    let plan = pal.plan_link(t, &pid("1234567")).await.unwrap();
    env.sim
        .add_fault(fault(FaultKind::DropAfter, "PUT"))
        .unwrap();
    let out = pal.apply(&plan, false).await.unwrap();
    assert!(out.confirmed_by_reread);
    assert_eq!(out.link.unwrap().partner_id, "1234567");
    // Written once, never sent twice.
    assert_eq!(count(&env, "arm", "PUT", "/partners/"), 1);
    let server = env.sim.link_of(t, &demo::partner_user_oid_in(t)).unwrap();
    assert_eq!(server.version, 1);
    let entries = log(&env).read_all().unwrap().records;
    assert_eq!(entries.len(), 1, "reported once");
    assert_eq!(
        entries[0].outcome,
        ActivityOutcome::ConfirmedAfterLostAnswer
    );
    let put = env
        .sim
        .requests()
        .into_iter()
        .find(|r| r.method == "PUT")
        .unwrap();
    assert_eq!(put.fault.as_deref(), Some("drop_after"));
    assert_eq!(
        entries[0].request_id.as_deref(),
        Some(put.request_id.as_str())
    );
}

#[tokio::test]
async fn a_connection_dropped_before_the_put_applied_is_sent_again_once() {
    let env = start().await;
    let pal = alex(&env);
    let t = demo::FABRIKAM_EA;
    let plan = pal.plan_link(t, &pid("1234567")).await.unwrap();
    env.sim
        .add_fault(fault(FaultKind::DropBefore, "PUT"))
        .unwrap();
    let out = pal.apply(&plan, false).await.unwrap();
    assert!(!out.confirmed_by_reread);
    assert_eq!(count(&env, "arm", "PUT", "/partners/"), 2);
    assert_eq!(
        env.sim
            .link_of(t, &demo::partner_user_oid_in(t))
            .unwrap()
            .version,
        1
    );
}

#[tokio::test]
async fn a_lost_delete_answer_is_confirmed_by_reading_again() {
    let env = start().await;
    let pal = alex(&env);
    let t = demo::RELECLOUD_LINKED;
    let plan = pal.plan_unlink(t).await.unwrap();
    env.sim
        .add_fault(fault(FaultKind::DropAfter, "DELETE"))
        .unwrap();
    let out = pal.apply(&plan, true).await.unwrap();
    assert!(out.confirmed_by_reread && out.link.is_none());
    assert_eq!(count(&env, "arm", "DELETE", "/partners/"), 1);
    assert!(env
        .sim
        .link_of(t, &demo::partner_user_oid_in(t))
        .is_none_or(|l| l.state == "Deleted"));
}

#[tokio::test]
async fn a_lost_answer_with_azure_unreachable_is_reported_as_unknown() {
    let env = start().await;
    let pal = alex(&env);
    let t = demo::FABRIKAM_EA;
    let plan = pal.plan_link(t, &pid("1234567")).await.unwrap();
    env.sim
        .add_fault(fault(FaultKind::DropAfter, "PUT"))
        .unwrap();
    env.sim
        .add_fault(
            FaultDef::new(FaultKind::DropBefore)
                .service(Service::Arm)
                .method("GET")
                .path_contains("/partners"),
        )
        .unwrap();
    let err = pal.apply(&plan, false).await.unwrap_err();
    assert_eq!(err.code, ErrorCode::OutcomeUnknown);
    // It did happen on the server; the person is told to check, and nothing was sent twice.
    assert!(env.sim.link_of(t, &demo::partner_user_oid_in(t)).is_some());
    assert_eq!(count(&env, "arm", "PUT", "/partners/"), 1);
    assert_eq!(
        log(&env).read_all().unwrap().records[0].outcome,
        ActivityOutcome::Unknown
    );
}

#[tokio::test]
async fn a_csp_admin_on_behalf_of_session_cannot_link() {
    let env = start().await;
    let pal = alex(&env);
    let t = demo::TAILSPIN_CSP;
    let plan = pal.plan_link(t, &pid("1234567")).await.unwrap();
    let err = pal.apply(&plan, false).await.unwrap_err();
    assert_eq!(err.code, ErrorCode::CspAdminOnBehalfOf, "{}", err.message);
    assert!(env.sim.links().iter().all(|l| l.tenant_id != t));
}

#[tokio::test]
async fn a_refused_token_is_replaced_once() {
    let env = start().await;
    let tokens = UserTokens::new(&env, demo::PARTNER_USER);
    let pal = service(&env, tokens.clone());
    let t = demo::FABRIKAM_EA;
    pal.read_link(t).await.unwrap();
    env.sim.expire_access_tokens();
    pal.read_link(t).await.unwrap();
    assert_eq!(tokens.fetched.load(std::sync::atomic::Ordering::SeqCst), 2);
    let statuses: Vec<u16> = env
        .sim
        .requests()
        .into_iter()
        .filter(|r| r.service == "arm")
        .map(|r| r.status)
        .collect();
    assert_eq!(statuses, [404, 401, 404]);
}

#[tokio::test]
async fn a_service_principal_links_its_own_identity() {
    let env = start().await;
    let pal = automation(&env);
    let t = demo::FABRIKAM_EA;
    let plan = pal.plan_link(t, &pid("1234567")).await.unwrap();
    let out = pal.apply(&plan, false).await.unwrap();
    assert!(out.identity.is_service_principal);
    assert_eq!(out.identity.display_name, demo::AUTOMATION_CLIENT_ID);
    let server = env.sim.link_of(t, &demo::automation_sp_in(t)).unwrap();
    assert_eq!(server.partner_id, "1234567");
    let text = std::fs::read_to_string(log(&env).path()).unwrap();
    assert!(!text.contains(demo::AUTOMATION_SECRET));
}

/// A shared limiter sees every request and every throttling answer, so a bulk run can slow all its clients.
#[tokio::test]
async fn the_rate_limiter_hook_sees_requests_and_throttling() {
    use partner_link_core::arm::{ArmClient, RateLimiter};
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    #[derive(Default)]
    struct Counting {
        acquired: AtomicUsize,
        writes: AtomicUsize,
        throttled: AtomicUsize,
    }
    #[async_trait::async_trait]
    impl RateLimiter for Counting {
        async fn acquire(&self, _tenant: &str, write: bool) {
            self.acquired.fetch_add(1, Ordering::SeqCst);
            if write {
                self.writes.fetch_add(1, Ordering::SeqCst);
            }
        }
        fn throttled(&self, _tenant: &str, retry_after: Option<Duration>) {
            assert_eq!(retry_after, Some(Duration::from_secs(0)));
            self.throttled.fetch_add(1, Ordering::SeqCst);
        }
    }

    let env = start().await;
    let limiter = Arc::new(Counting::default());
    let arm = ArmClient::new(&env.endpoints, UserTokens::new(&env, demo::PARTNER_USER))
        .unwrap()
        .with_retry(fast_retry())
        .with_rate_limiter(limiter.clone());
    let pal = partner_link_core::pal::PalService::new(arm, None);
    let t = demo::FABRIKAM_EA;
    let plan = pal.plan_link(t, &pid("1234567")).await.unwrap();
    env.sim
        .add_fault(FaultDef {
            status: Some(429),
            retry_after: Some(0),
            ..fault(FaultKind::Status, "PUT")
        })
        .unwrap();
    pal.apply(&plan, false).await.unwrap();
    assert_eq!(
        limiter.acquired.load(Ordering::SeqCst),
        3,
        "GET, PUT (429), PUT"
    );
    assert_eq!(limiter.writes.load(Ordering::SeqCst), 2);
    assert_eq!(limiter.throttled.load(Ordering::SeqCst), 1);
    assert_eq!(count(&env, "arm", "PUT", "/partners/"), 2);
}

/// Continuous access evaluation: Azure refuses the directory's existing tokens with a claims challenge; the
/// client fetches a new token once and the link goes through.
#[tokio::test]
async fn a_claims_challenge_gets_a_new_token_and_the_link_is_made() {
    let env = start().await;
    let tokens = UserTokens::new(&env, demo::PARTNER_USER);
    let pal = service(&env, tokens.clone());
    let t = demo::NORTHWIND_PAYG;
    let plan = pal.plan_link(t, &pid("1234567")).await.unwrap();
    env.sim.demand_claims_challenge(t);
    pal.apply(&plan, false).await.unwrap();
    assert_eq!(tokens.fetched.load(std::sync::atomic::Ordering::SeqCst), 2);
    let puts: Vec<u16> = env
        .sim
        .requests()
        .into_iter()
        .filter(|r| r.method == "PUT")
        .map(|r| r.status)
        .collect();
    assert_eq!(
        puts,
        [401, 200],
        "the refused PUT changed nothing; the second made the link"
    );
    assert_eq!(
        env.sim
            .link_of(t, &demo::partner_user_oid_in(t))
            .unwrap()
            .version,
        1
    );
}
