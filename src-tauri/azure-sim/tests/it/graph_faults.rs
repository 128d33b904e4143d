//! Microsoft Graph's customer-admin subset, injected faults, the request log and the admin API.

use crate::common::*;
use azure_sim::{demo, FaultDef, FaultKind, Service};
use reqwest::Method;
use serde_json::{json, Value};
use std::time::{Duration, Instant};

async fn graph_token(c: &Ctx, tenant: &str, user: &str) -> String {
    let (s, v) = c
        .device_token(
            tenant,
            user,
            "openid profile offline_access https://graph.microsoft.com/.default",
        )
        .await;
    assert_eq!(s, 200, "{v}");
    let t = v["access_token"].as_str().unwrap().to_string();
    assert_eq!(claims(&t)["aud"], "https://graph.microsoft.com");
    t
}

async fn graph(
    c: &Ctx,
    method: Method,
    path: &str,
    token: &str,
    body: Option<Value>,
) -> (u16, Value) {
    let mut req = c
        .http
        .request(method, format!("{}{path}", c.sim.graph_url()))
        .bearer_auth(token);
    if let Some(b) = body {
        req = req.json(&b);
    }
    let r = req.send().await.unwrap();
    let s = r.status().as_u16();
    (s, r.json().await.unwrap_or(Value::Null))
}

fn fault(kind: FaultKind) -> FaultDef {
    FaultDef::partner_links(kind).times(1)
}

#[tokio::test]
async fn graph_me_lookup_and_guest_invitation_by_the_customer_admin() {
    let c = start().await;
    let admin = graph_token(&c, demo::FABRIKAM_EA, demo::CUSTOMER_ADMIN).await;
    let (s, v) = graph(&c, Method::GET, "/v1.0/me", &admin, None).await;
    assert_eq!(
        (s, v["userPrincipalName"].as_str(), v["userType"].as_str()),
        (200, Some(demo::CUSTOMER_ADMIN), Some("Member"))
    );

    let guest_upn = "alex_contosopartner.onmicrosoft.com#EXT#@fabrikam.onmicrosoft.com";
    let (s, v) = graph(
        &c,
        Method::GET,
        &format!("/v1.0/users/{}", guest_upn.replace('#', "%23")),
        &admin,
        None,
    )
    .await;
    assert_eq!(
        (s, v["id"].as_str()),
        (
            200,
            Some(demo::partner_user_oid_in(demo::FABRIKAM_EA).as_str())
        )
    );
    let (s, v) = graph(
        &c,
        Method::GET,
        &format!("/v1.0/users?$filter=mail eq '{}'", demo::PARTNER_USER),
        &admin,
        None,
    )
    .await;
    assert_eq!((s, v["value"].as_array().map(Vec::len)), (200, Some(1)));
    assert_eq!(v["value"][0]["userType"], "Guest");
    let (s, v) = graph(
        &c,
        Method::GET,
        "/v1.0/users/nobody@fabrikam.onmicrosoft.com",
        &admin,
        None,
    )
    .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (404, Some("Request_ResourceNotFound"))
    );

    // Sam has no account in Fabrikam until the admin invites him; then he can sign in there.
    let (s, v) = graph(
        &c,
        Method::POST,
        "/v1.0/invitations",
        &admin,
        Some(json!({"invitedUserEmailAddress": demo::PARTNER_COLLEAGUE, "inviteRedirectUrl": "https://portal.azure.com", "sendInvitationMessage": false})),
    )
    .await;
    assert_eq!(s, 201, "{v}");
    assert_eq!(v["status"], "PendingAcceptance");
    let guest_id = v["invitedUser"]["id"].as_str().unwrap().to_string();
    let inv = c.sim.invitations();
    assert_eq!(inv.len(), 1);
    assert_eq!(
        (inv[0].invited_user_id.as_str(), inv[0].tenant_id.as_str()),
        (guest_id.as_str(), demo::FABRIKAM_EA)
    );
    let sam = c
        .user_token_in(demo::FABRIKAM_EA, demo::PARTNER_COLLEAGUE)
        .await;
    assert_eq!(claims(&sam)["oid"], guest_id.as_str());

    let (s, v) = graph(
        &c,
        Method::POST,
        "/v1.0/invitations",
        &admin,
        Some(json!({"inviteRedirectUrl": "https://x"})),
    )
    .await;
    assert_eq!((s, v["error"]["code"].as_str()), (400, Some("BadRequest")));
    // A guest may not invite; an ARM token is not a Graph token.
    let alex = graph_token(&c, demo::FABRIKAM_EA, demo::PARTNER_USER).await;
    let (s, v) = graph(
        &c,
        Method::POST,
        "/v1.0/invitations",
        &alex,
        Some(json!({"invitedUserEmailAddress": "x@example.com", "inviteRedirectUrl": "https://x"})),
    )
    .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (403, Some("Authorization_RequestDenied"))
    );
    let arm = c
        .user_token_in(demo::FABRIKAM_EA, demo::CUSTOMER_ADMIN)
        .await;
    let (s, _) = graph(&c, Method::GET, "/v1.0/me", &arm, None).await;
    assert_eq!(s, 401);
    // Inviting one of the directory's own members is refused; unknown Graph paths answer Graph's 404.
    let (s, v) = graph(&c, Method::POST, "/v1.0/invitations", &admin, Some(json!({"invitedUserEmailAddress": demo::CUSTOMER_ADMIN, "inviteRedirectUrl": "https://x"}))).await;
    assert_eq!((s, v["error"]["code"].as_str()), (400, Some("BadRequest")));
    let (s, v) = graph(&c, Method::GET, "/v1.0/groups", &admin, None).await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (404, Some("Request_ResourceNotFound"))
    );
}

#[tokio::test]
async fn status_faults_answer_429_and_503_with_retry_after_then_clear() {
    let c = start().await;
    let token = c.client_credentials(demo::HOME).await;
    let path = format!(
        "/providers/Microsoft.ManagementPartner/partners/{}?{API}",
        demo::PARTNER_ID
    );
    c.sim
        .add_fault(FaultDef {
            status: Some(429),
            retry_after: Some(7),
            ..fault(FaultKind::Status)
        })
        .unwrap();
    let (s, h, v) = c.arm(Method::PUT, &path, Some(&token), None).await;
    assert_eq!(
        (s.as_u16(), v["error"]["code"].as_str()),
        (429, Some("TooManyRequests"))
    );
    assert_eq!(h["retry-after"], "7");
    assert!(
        c.sim.links().iter().all(|l| l.tenant_id != demo::HOME),
        "a refused request changes nothing"
    );
    let (s, _, _) = c.arm(Method::PUT, &path, Some(&token), None).await;
    assert_eq!(s, 200, "the fault was for one request");

    // Through the admin API: a 503 on the token endpoint, twice.
    let r = c
        .http
        .post(format!("{}/_sim/faults", c.sim.admin_url()))
        .json(&json!({"kind": "status", "status": 503, "retry_after": 1, "service": "login", "path_contains": "/token", "times": 2}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    for _ in 0..2 {
        let (s, v) = c
            .token(demo::HOME, &[("grant_type", "client_credentials")])
            .await;
        assert_eq!(
            (s.as_u16(), v["error"].as_str()),
            (503, Some("temporarily_unavailable"))
        );
    }
    let faults: Value = c
        .http
        .get(format!("{}/_sim/faults", c.sim.admin_url()))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(faults["value"][1]["hits"], 2);
    let _ = c.client_credentials(demo::HOME).await;
    let r = c
        .http
        .delete(format!("{}/_sim/faults", c.sim.admin_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
}

#[tokio::test]
async fn latency_and_dropped_connections_before_and_after_the_write() {
    let c = start().await;
    let token = c.client_credentials(demo::HOME).await;
    let path = format!(
        "/providers/Microsoft.ManagementPartner/partners/{}?{API}",
        demo::PARTNER_ID
    );

    c.sim
        .add_fault(FaultDef {
            latency_ms: Some(300),
            ..fault(FaultKind::Latency)
        })
        .unwrap();
    let t = Instant::now();
    let (s, _, _) = c.arm(Method::GET, &path, Some(&token), None).await;
    assert_eq!(s, 404);
    assert!(t.elapsed() >= Duration::from_millis(300));

    c.sim.add_fault(fault(FaultKind::DropBefore)).unwrap();
    let r = c
        .http
        .put(c.arm_url(&path))
        .bearer_auth(&token)
        .header("content-length", "0")
        .send()
        .await;
    assert!(r.is_err(), "the connection is closed without an answer");
    assert!(
        c.sim
            .link_of(demo::HOME, &demo::automation_sp_in(demo::HOME))
            .is_none(),
        "nothing was written"
    );

    c.sim.add_fault(fault(FaultKind::DropAfter)).unwrap();
    let r = c
        .http
        .put(c.arm_url(&path))
        .bearer_auth(&token)
        .header("content-length", "0")
        .send()
        .await;
    assert!(r.is_err());
    let link = c
        .sim
        .link_of(demo::HOME, &demo::automation_sp_in(demo::HOME))
        .expect("the write happened");
    assert_eq!(
        (link.partner_id.as_str(), link.version),
        (demo::PARTNER_ID, 1)
    );
    // The client's retry finds the link already there.
    let (s, _, v) = c.arm(Method::PUT, &path, Some(&token), None).await;
    assert_eq!((s.as_u16(), v["etag"].as_u64()), (200, Some(1)));
}

#[tokio::test]
async fn every_request_is_logged_with_its_request_id_and_no_secrets() {
    let c = start().await;
    let token = c.client_credentials(demo::HOME).await;
    let (_, h, _) = c
        .arm(
            Method::GET,
            "/subscriptions?api-version=2022-12-01",
            Some(&token),
            None,
        )
        .await;
    let rid = h["x-ms-request-id"].to_str().unwrap().to_string();
    let log = c.sim.requests();
    let entry = log.iter().find(|r| r.request_id == rid).expect("logged");
    assert_eq!(
        (
            entry.service.as_str(),
            entry.method.as_str(),
            entry.path.as_str(),
            entry.status
        ),
        ("arm", "GET", "/subscriptions", 200)
    );
    assert!(entry.latency_ms >= 0.0);
    let text = serde_json::to_string(&log).unwrap();
    assert!(
        !text.contains(&token)
            && !text.contains(demo::AUTOMATION_SECRET)
            && !text.contains("api-version")
    );
    let remote: Value = c
        .http
        .get(format!("{}/_sim/requests", c.sim.admin_url()))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(remote["value"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["requestId"] == rid.as_str()));
}

#[tokio::test]
async fn admin_api_exposes_state_tokens_and_reset() {
    let c = start().await;
    let token = c.client_credentials(demo::HOME).await;
    let (s, _, _) = c
        .arm(
            Method::PUT,
            &format!(
                "/providers/Microsoft.ManagementPartner/partners/{}?{API}",
                demo::PARTNER_ID
            ),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(s, 200);
    let state: Value = c
        .http
        .get(format!("{}/_sim/state", c.sim.admin_url()))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(state["links"].as_array().unwrap().len(), 2);
    assert!(state["roleAssignments"].as_array().unwrap().len() >= 10);
    assert!(state["invitations"].as_array().unwrap().is_empty());

    let r = c
        .http
        .post(format!("{}/_sim/tokens/expire", c.sim.admin_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let (s, _, _) = c
        .arm(
            Method::GET,
            "/subscriptions?api-version=2022-12-01",
            Some(&token),
            None,
        )
        .await;
    assert_eq!(s, 401);
    let r = c
        .http
        .post(format!("{}/_sim/tokens/lifetime", c.sim.admin_url()))
        .json(&json!({"seconds": 1}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let short = c.client_credentials(demo::HOME).await;
    let cl = claims(&short);
    assert_eq!(cl["exp"].as_i64().unwrap() - cl["iat"].as_i64().unwrap(), 1);

    let r = c
        .http
        .post(format!("{}/_sim/reset", c.sim.admin_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(c.sim.links().len(), 1);
    let r = c
        .http
        .post(format!("{}/_sim/scenario", c.sim.admin_url()))
        .body("[[tenants]]\nid = \"nope\"\n")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    let r = c
        .http
        .get(format!("{}/_sim/nothing", c.sim.admin_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
}

#[tokio::test]
async fn faults_declared_in_the_scenario_are_active_from_the_start() {
    let mut text = azure_sim::Scenario::demo_toml().to_string();
    text.push_str("\n[[faults]]\nkind = \"status\"\nstatus = 500\nservice = \"arm\"\npath_contains = \"/tenants\"\ntimes = 1\n");
    let c = start_with(azure_sim::Scenario::from_toml_str(&text).unwrap()).await;
    let token = c.client_credentials(demo::HOME).await;
    let (s, _, v) = c
        .arm(
            Method::GET,
            "/tenants?api-version=2022-12-01",
            Some(&token),
            None,
        )
        .await;
    assert_eq!(
        (s.as_u16(), v["error"]["code"].as_str()),
        (500, Some("InternalServerError"))
    );
    let (s, _, _) = c
        .arm(
            Method::GET,
            "/tenants?api-version=2022-12-01",
            Some(&token),
            None,
        )
        .await;
    assert_eq!(s, 200);
    let bad = text.replace("status = 500\n", "");
    let msg = azure_sim::Scenario::from_toml_str(&bad)
        .unwrap_err()
        .to_string();
    assert!(msg.contains("faults[0]"), "{msg}");
}

#[tokio::test]
async fn graph_accepts_tokens_for_its_own_url_as_a_custom_cloud_resource() {
    let c = start().await;
    let scope = format!("openid offline_access {}//.default", c.sim.graph_url());
    let (s, v) = c
        .device_token(demo::FABRIKAM_EA, demo::CUSTOMER_ADMIN, &scope)
        .await;
    assert_eq!(s, 200, "{v}");
    let token = v["access_token"].as_str().unwrap().to_string();
    let (s, v) = graph(&c, Method::GET, "/v1.0/me", &token, None).await;
    assert_eq!(
        (s, v["userPrincipalName"].as_str()),
        (200, Some(demo::CUSTOMER_ADMIN))
    );
}

#[tokio::test]
async fn graph_user_filters_and_invitation_refusals() {
    let c = start().await;
    let admin = graph_token(&c, demo::FABRIKAM_EA, demo::CUSTOMER_ADMIN).await;
    let alex_fab = demo::partner_user_oid_in(demo::FABRIKAM_EA);
    let guest_upn = "alex_contosopartner.onmicrosoft.com#EXT#@fabrikam.onmicrosoft.com";
    let (s, v) = graph(
        &c,
        Method::GET,
        &format!(
            "/v1.0/users?$filter=userPrincipalName eq '{}'",
            guest_upn.replace('#', "%23")
        ),
        &admin,
        None,
    )
    .await;
    assert_eq!(
        (s, v["value"][0]["id"].as_str()),
        (200, Some(alex_fab.as_str()))
    );
    let (s, v) = graph(
        &c,
        Method::GET,
        &format!(
            "/v1.0/users?$filter=mail eq '{}' or userPrincipalName eq '{}'",
            demo::PARTNER_USER,
            demo::CUSTOMER_ADMIN
        ),
        &admin,
        None,
    )
    .await;
    assert_eq!((s, v["value"].as_array().map(Vec::len)), (200, Some(2)));
    let (s, v) = graph(
        &c,
        Method::GET,
        &format!("/v1.0/users/{alex_fab}"),
        &admin,
        None,
    )
    .await;
    assert_eq!((s, v["userType"].as_str()), (200, Some("Guest")));
    let (s, v) = graph(
        &c,
        Method::GET,
        "/v1.0/users?$filter=startswith(displayName,'A')",
        &admin,
        None,
    )
    .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (400, Some("Request_UnsupportedQuery"))
    );

    // Inviting someone who is already a guest answers that guest instead of making a second account.
    let (s, v) = graph(
        &c,
        Method::POST,
        "/v1.0/invitations",
        &admin,
        Some(json!({"invitedUserEmailAddress": demo::PARTNER_USER, "inviteRedirectUrl": "https://portal.azure.com"})),
    )
    .await;
    assert_eq!(
        (s, v["invitedUser"]["id"].as_str()),
        (201, Some(alex_fab.as_str()))
    );
    let (s, v) = graph(
        &c,
        Method::POST,
        "/v1.0/invitations",
        &admin,
        Some(json!({"invitedUserEmailAddress": "someone@example.com"})),
    )
    .await;
    assert_eq!((s, v["error"]["code"].as_str()), (400, Some("BadRequest")));
    let r = c
        .http
        .post(format!("{}/v1.0/invitations", c.sim.graph_url()))
        .bearer_auth(&admin)
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);

    // An application without User.Invite.All, and a request without a token.
    let (s, v) = c
        .token(
            demo::FABRIKAM_EA,
            &[
                ("grant_type", "client_credentials"),
                ("client_id", demo::AUTOMATION_CLIENT_ID),
                ("client_secret", demo::AUTOMATION_SECRET),
                ("scope", "https://graph.microsoft.com/.default"),
            ],
        )
        .await;
    assert_eq!(s, 200, "{v}");
    let app = v["access_token"].as_str().unwrap().to_string();
    let (s, v) = graph(
        &c,
        Method::POST,
        "/v1.0/invitations",
        &app,
        Some(json!({"invitedUserEmailAddress": "someone@example.com", "inviteRedirectUrl": "https://x"})),
    )
    .await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (403, Some("Authorization_RequestDenied"))
    );
    let r = c
        .http
        .get(format!("{}/v1.0/me", c.sim.graph_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    assert_eq!(c.sim.invitations().len(), 1);
}

#[tokio::test]
async fn a_503_fault_on_resource_manager_matches_its_method_and_carries_retry_after() {
    let c = start().await;
    let token = c.client_credentials(demo::HOME).await;
    let path = format!(
        "/providers/Microsoft.ManagementPartner/partners/{}?{API}",
        demo::PARTNER_ID
    );
    c.sim
        .add_fault(FaultDef {
            method: Some("put".into()),
            status: Some(503),
            retry_after: Some(3),
            times: None,
            every: None,
            ..fault(FaultKind::Status)
        })
        .unwrap();
    // Reads pass; every write is refused until the fault is cleared.
    let (s, _, _) = c.arm(Method::GET, &path, Some(&token), None).await;
    assert_eq!(s, 404);
    for _ in 0..2 {
        let (s, h, v) = c.arm(Method::PUT, &path, Some(&token), None).await;
        assert_eq!(
            (s.as_u16(), v["error"]["code"].as_str()),
            (503, Some("ServiceUnavailable"))
        );
        assert_eq!(h["retry-after"], "3");
        assert!(h.contains_key("x-ms-request-id"));
    }
    let log = c.sim.requests();
    let faulted: Vec<_> = log
        .iter()
        .filter(|r| r.method == "PUT")
        .map(|r| (r.status, r.fault.as_deref()))
        .collect();
    assert_eq!(faulted, vec![(503, Some("status")), (503, Some("status"))]);
    c.sim.clear_faults();
    let (s, _, _) = c.arm(Method::PUT, &path, Some(&token), None).await;
    assert_eq!(s, 200);

    // The login service's 503 carries Retry-After too.
    c.sim
        .add_fault(FaultDef {
            service: Some(Service::Login),
            path_contains: Some("/token".into()),
            status: Some(503),
            retry_after: Some(2),
            ..fault(FaultKind::Status)
        })
        .unwrap();
    let r = c
        .http
        .post(c.login(&format!("/{}/oauth2/v2.0/token", demo::HOME)))
        .form(&[("grant_type", "client_credentials")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 503);
    assert_eq!(r.headers()["retry-after"], "2");
}

#[tokio::test]
async fn a_fault_every_nth_request_hits_exactly_those() {
    let c = start().await;
    let token = c.client_credentials(demo::HOME).await;
    let path = format!(
        "/providers/Microsoft.ManagementPartner/partners/{}?{API}",
        demo::PARTNER_ID
    );
    c.sim
        .add_fault(FaultDef {
            status: Some(503),
            method: Some("GET".into()),
            times: None,
            every: Some(4),
            ..fault(FaultKind::Status)
        })
        .unwrap();
    let mut statuses = Vec::new();
    for _ in 0..12 {
        let (s, _, _) = c.arm(Method::GET, &path, Some(&token), None).await;
        statuses.push(s.as_u16());
    }
    let refused: Vec<usize> = statuses
        .iter()
        .enumerate()
        .filter(|(_, s)| **s == 503)
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(refused, [4, 8, 12], "{statuses:?}");
}
