//! The remaining error paths and small endpoints, each over real HTTPS.

use crate::common::*;
use azure_sim::{demo, Scenario, SignIn};
use reqwest::Method;
use serde_json::{json, Value};

fn code_of(v: &Value) -> i64 {
    v["error_codes"][0].as_i64().unwrap_or(0)
}

#[tokio::test]
async fn expired_device_codes_and_authorization_codes() {
    let mut s = Scenario::demo();
    s.settings.device_code_lifetime_secs = 0;
    s.settings.auth_code_lifetime_secs = 0;
    let c = start_with(s).await;
    let (_, dc) = c
        .post_form(
            &c.login(&format!("/{}/oauth2/v2.0/devicecode", demo::HOME)),
            &[("client_id", demo::CLIENT_ID), ("scope", USER_SCOPE)],
        )
        .await;
    let (verifier, challenge) = pkce();
    let redirect = c
        .sim
        .complete_sign_in(
            &c.authorize_url(demo::HOME, &challenge, &[]),
            &SignIn::new(demo::PARTNER_USER, demo::PASSWORD),
        )
        .unwrap();
    let code = query_param(&redirect, "code").unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let dcode = dc["device_code"].as_str().unwrap();
    let (s, v) = c
        .token(
            demo::HOME,
            &[
                ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
                ("client_id", demo::CLIENT_ID),
                ("device_code", dcode),
            ],
        )
        .await;
    assert_eq!(
        (s.as_u16(), v["error"].as_str(), code_of(&v)),
        (400, Some("expired_token"), 70020)
    );
    assert!(c
        .sim
        .approve_device_code(
            dc["user_code"].as_str().unwrap(),
            &SignIn::new(demo::PARTNER_USER, demo::PASSWORD)
        )
        .is_err());
    let (s, v) = c
        .token(
            demo::HOME,
            &[
                ("grant_type", "authorization_code"),
                ("client_id", demo::CLIENT_ID),
                ("code", &code),
                ("redirect_uri", "http://localhost:8400"),
                ("code_verifier", &verifier),
            ],
        )
        .await;
    assert_eq!((s.as_u16(), code_of(&v)), (400, 70008));
}

#[tokio::test]
async fn token_endpoint_parameter_and_scope_errors() {
    let c = start().await;
    let cc = |scope: &'static str| {
        [
            ("grant_type", "client_credentials"),
            ("client_id", demo::AUTOMATION_CLIENT_ID),
            ("client_secret", demo::AUTOMATION_SECRET),
            ("scope", scope),
        ]
    };
    let (s, v) = c.token("organizations", &cc(ARM_SCOPE)).await;
    assert_eq!((s.as_u16(), code_of(&v)), (400, 50059));
    let (s, v) = c
        .token(
            demo::HOME,
            &cc("https://management.azure.com/user_impersonation"),
        )
        .await;
    assert_eq!(
        (s.as_u16(), v["error"].as_str(), code_of(&v)),
        (400, Some("invalid_scope"), 70011)
    );
    let (s, v) = c
        .token(demo::HOME, &cc("https://vault.azure.net/.default"))
        .await;
    assert_eq!((s.as_u16(), code_of(&v)), (400, 500011));
    let (s, v) = c.token(demo::HOME, &[("client_id", demo::CLIENT_ID)]).await;
    assert_eq!((s.as_u16(), code_of(&v)), (400, 900144));
    let (s, v) = c.refresh(demo::HOME, "not-a-refresh-token").await;
    assert_eq!(
        (s.as_u16(), v["error"].as_str(), code_of(&v)),
        (400, Some("invalid_grant"), 9002313)
    );
    let (s, v) = c
        .token(
            demo::HOME,
            &[
                ("grant_type", "password"),
                ("client_id", demo::CLIENT_ID),
                ("username", "ghost@nowhere.example"),
                ("password", "x"),
                ("scope", USER_SCOPE),
            ],
        )
        .await;
    assert_eq!((s.as_u16(), code_of(&v)), (400, 50034));
    // `organizations` means the user's home directory.
    let (s, v) = c
        .device_token("organizations", demo::CUSTOMER_ADMIN, USER_SCOPE)
        .await;
    assert_eq!(s, 200);
    assert_eq!(
        claims(v["access_token"].as_str().unwrap())["tid"],
        demo::FABRIKAM_EA
    );
}

#[tokio::test]
async fn sign_in_page_errors_decline_and_admin_consent_refusal() {
    let c = start().await;
    let (_, challenge) = pkce();
    // Unknown account: stays on the page with AADSTS50034.
    let html = c
        .http
        .get(c.authorize_url(demo::HOME, &challenge, &[]))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let txn = txn_of(&html);
    let (_, _, body) = c
        .login_step(&[
            ("txn", &txn),
            ("username", "ghost@contosopartner.onmicrosoft.com"),
            ("password", "x"),
        ])
        .await;
    assert!(body.contains("AADSTS50034"));
    let (s, _, body) = c
        .login_step(&[
            ("txn", "no-such-transaction"),
            ("username", demo::PARTNER_USER),
            ("password", demo::PASSWORD),
        ])
        .await;
    assert_eq!(s, 400);
    assert!(body.contains("AADSTS50058"));

    // A user consents for himself where user consent is allowed (Wide World, after removing the consent).
    let mut sc = Scenario::demo();
    sc.tenants
        .iter_mut()
        .find(|t| t.id == demo::WIDEWORLD_AZURE_PLAN)
        .unwrap()
        .consented_apps
        .clear();
    c.sim.load_scenario(&sc).unwrap();
    let url = c.authorize_url(demo::WIDEWORLD_AZURE_PLAN, &challenge, &[]);
    let html = c.http.get(&url).send().await.unwrap().text().await.unwrap();
    let txn = txn_of(&html);
    let (_, _, body) = c
        .login_step(&[
            ("txn", &txn),
            ("username", demo::PARTNER_USER),
            ("password", demo::PASSWORD),
        ])
        .await;
    assert!(body.contains("Permissions requested") && !body.contains("on behalf of everyone"));
    let (s, loc, _) = c.login_step(&[("txn", &txn), ("consent", "decline")]).await;
    assert_eq!(s, 302);
    let loc = loc.unwrap();
    assert_eq!(
        (
            query_param(&loc, "error").as_deref(),
            query_param(&loc, "error_codes").as_deref()
        ),
        (Some("access_denied"), Some("65004"))
    );
    let redirect = c
        .sim
        .complete_sign_in(&url, &SignIn::new(demo::PARTNER_USER, demo::PASSWORD))
        .unwrap();
    assert!(
        query_param(&redirect, "code").is_some(),
        "accepting records the user's consent: {redirect}"
    );

    // A non-admin cannot grant admin consent (AADSTS90094).
    let html = c
        .http
        .get(c.login(&format!(
            "/{}/adminconsent?client_id={}",
            demo::LUCERNE_NO_CONSENT,
            demo::CLIENT_ID
        )))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let txn = txn_of(&html);
    let (s, _, body) = c
        .login_step(&[
            ("txn", &txn),
            ("username", demo::PARTNER_USER),
            ("password", demo::PASSWORD),
        ])
        .await;
    assert_eq!(s, 400);
    assert!(body.contains("AADSTS90094"));
    // Device approval for a user without an account there reports AADSTS50020 to the poller.
    let (_, dc) = c
        .post_form(
            &c.login(&format!("/{}/oauth2/v2.0/devicecode", demo::FABRIKAM_EA)),
            &[("client_id", demo::CLIENT_ID), ("scope", USER_SCOPE)],
        )
        .await;
    let e = c
        .sim
        .approve_device_code(
            dc["user_code"].as_str().unwrap(),
            &SignIn::new(demo::PARTNER_COLLEAGUE, demo::PASSWORD),
        )
        .unwrap_err();
    assert_eq!(e.code, 50020);
    let dcode = dc["device_code"].as_str().unwrap();
    let (s, v) = c
        .token(
            demo::FABRIKAM_EA,
            &[
                ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
                ("client_id", demo::CLIENT_ID),
                ("device_code", dcode),
            ],
        )
        .await;
    assert_eq!((s.as_u16(), code_of(&v)), (400, 50020));
}

#[tokio::test]
async fn discovery_helpers_and_error_page() {
    let c = start().await;
    let v: Value = c
        .http
        .get(c.login("/common/discovery/instance?api-version=1.1&authorization_endpoint=https://x/aaaaaaaa-0000-4000-8000-000000000000/oauth2/v2.0/authorize"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        v["tenant_discovery_endpoint"],
        format!(
            "{}/{}/v2.0/.well-known/openid-configuration",
            c.sim.login_url(),
            demo::HOME
        )
    );
    let v: Value = c
        .http
        .get(c.login(&format!(
            "/common/userrealm/{}?api-version=1.0",
            demo::PARTNER_USER
        )))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(v["account_type"], "Managed");
    let r = c
        .http
        .get(c.login("/error?code=50020"))
        .send()
        .await
        .unwrap();
    assert!(r.text().await.unwrap().contains("AADSTS50020"));
}

#[tokio::test]
async fn resource_manager_odd_requests() {
    let c = start().await;
    let admin = c
        .user_token_in(demo::FABRIKAM_EA, demo::CUSTOMER_ADMIN)
        .await;
    let sub = demo::subscription_of(demo::FABRIKAM_EA);
    let ra = |name: &str| {
        format!("/subscriptions/{sub}/providers/Microsoft.Authorization/roleAssignments/{name}?api-version=2022-04-01")
    };
    let (s, _, v) = c
        .arm(
            Method::PUT,
            &ra("not-a-guid"),
            Some(&admin),
            Some(json!({"properties": {}})),
        )
        .await;
    assert_eq!(
        (s.as_u16(), v["error"]["code"].as_str()),
        (400, Some("InvalidRoleAssignmentId"))
    );
    let (s, _, v) = c
        .arm(
            Method::GET,
            &ra("0b0b0b0b-0000-4000-8000-0000000000cc"),
            Some(&admin),
            None,
        )
        .await;
    assert_eq!(
        (s.as_u16(), v["error"]["code"].as_str()),
        (404, Some("RoleAssignmentNotFound"))
    );
    let (s, _, v) = c.arm(Method::GET, &format!("/subscriptions/{sub}/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01&$filter=roleName eq 'x'"), Some(&admin), None).await;
    assert_eq!(
        (s.as_u16(), v["error"]["code"].as_str()),
        (400, Some("InvalidFilter"))
    );
    let (s, _, v) = c.arm(Method::PUT, "/providers/Microsoft.Authorization/roleAssignments/0b0b0b0b-0000-4000-8000-0000000000cc?api-version=2022-04-01", Some(&admin), Some(json!({"properties": {}}))).await;
    assert_eq!(
        (s.as_u16(), v["error"]["code"].as_str()),
        (403, Some("AuthorizationFailed"))
    );
    let (s, _, v) = c
        .arm(
            Method::GET,
            "/subscriptions/not/a/real/path?api-version=1",
            Some(&admin),
            None,
        )
        .await;
    assert_eq!(
        (s.as_u16(), v["error"]["code"].as_str()),
        (404, Some("NotFound"))
    );
    let (s, _, _) = c
        .arm(
            Method::POST,
            &format!(
                "/providers/Microsoft.ManagementPartner/partners/{}?{API}",
                demo::PARTNER_ID
            ),
            Some(&admin),
            None,
        )
        .await;
    assert_eq!(s, 405);
    let (s, _, v) = c.arm(Method::GET, &format!("/subscriptions/{sub}/providers/Microsoft.Authorization/roleDefinitions?api-version=2022-04-01"), Some(&admin), None).await;
    assert_eq!(
        (s.as_u16(), v["value"].as_array().map(Vec::len)),
        (200, Some(5))
    );
    // Subscriptions page with absolute nextLink too.
    let mut sc = Scenario::generated(3);
    sc.settings.page_size = 1;
    sc.subscriptions.push(azure_sim::scenario::SubscriptionDef {
        id: "00000000-0000-4000-b000-0000000000f1".into(),
        tenant: "00000000-0000-4000-a000-000000000001".into(),
        name: "second".into(),
        quota_id: "MSDN_2014-09-01".into(),
        agreement: None,
        state: "Enabled".into(),
        spending_limit: "On".into(),
    });
    sc.role_assignments
        .push(azure_sim::scenario::RoleAssignmentDef {
            id: None,
            scope: "/subscriptions/00000000-0000-4000-b000-0000000000f1/resourceGroups/rg1".into(),
            role: "Reader".into(),
            principal: demo::PARTNER_USER.into(),
            eligible: false,
        });
    c.sim.load_scenario(&sc).unwrap();
    let token = c
        .user_token_in("00000000-0000-4000-a000-000000000001", demo::PARTNER_USER)
        .await;
    let (_, _, v) = c
        .arm(
            Method::GET,
            "/subscriptions?api-version=2022-12-01",
            Some(&token),
            None,
        )
        .await;
    assert_eq!(v["value"].as_array().map(Vec::len), Some(1));
    let next = v["nextLink"].as_str().unwrap().to_string();
    let v: Value = c
        .http
        .get(&next)
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        v["value"][0]["subscriptionId"], "00000000-0000-4000-b000-0000000000f1",
        "a resource-group role makes the subscription visible"
    );
}

#[tokio::test]
async fn admin_api_odds_and_ends() {
    let c = start().await;
    let admin = c.sim.admin_url().to_string();
    let get = |p: &str| c.http.get(format!("{admin}{p}"));
    for p in ["/_sim/links", "/_sim/role-assignments", "/_sim/invitations"] {
        let v: Value = get(p).send().await.unwrap().json().await.unwrap();
        assert!(v["value"].is_array(), "{p}");
    }
    let r = c
        .http
        .post(format!("{admin}/_sim/faults"))
        .json(&json!({"kind": "status"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400, "a status fault needs a status");
    let r = c
        .http
        .post(format!("{admin}/_sim/faults"))
        .json(&json!({"kind": "latency", "latency_ms": 1}))
        .send()
        .await
        .unwrap();
    let id = r.json::<Value>().await.unwrap()["id"].as_u64().unwrap();
    assert_eq!(
        c.http
            .delete(format!("{admin}/_sim/faults/{id}"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    assert_eq!(
        c.http
            .delete(format!("{admin}/_sim/faults/{id}"))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
    let r = c
        .http
        .post(format!("{admin}/_sim/device/deny"))
        .json(&json!({"user_code": "NOPE"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    let r = c
        .http
        .post(format!("{admin}/_sim/device/approve"))
        .json(&json!({"user_code": "NOPE", "username": demo::PARTNER_USER}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    let (_, revoked) = c.partner_home_tokens().await;
    let r = c
        .http
        .post(format!("{admin}/_sim/refresh-tokens/revoke"))
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.json::<Value>().await.unwrap()["revoked"], 1);
    let (s, v) = c.refresh(demo::HOME, &revoked).await;
    assert_eq!((s.as_u16(), code_of(&v)), (400, 50173));
    let (_, rt) = c.partner_home_tokens().await;
    let r = c
        .http
        .post(format!("{admin}/_sim/refresh-tokens/expire"))
        .json(&json!({"user": demo::PARTNER_USER}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        r.json::<Value>().await.unwrap()["expired"],
        2,
        "the revoked one and the new one"
    );
    let (s, v) = c.refresh(demo::HOME, &rt).await;
    assert_eq!((s.as_u16(), code_of(&v)), (400, 700082));
    let r = c
        .http
        .post(format!("{admin}/_sim/scenario"))
        .body(Scenario::generated(2).name.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    let json_scenario = serde_json::to_string(&Scenario::generated(2)).unwrap();
    let r = c
        .http
        .post(format!("{admin}/_sim/scenario"))
        .body(json_scenario)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(c.sim.role_assignments().len(), 2);
}

#[tokio::test]
async fn silent_authorize_needs_a_session_the_simulator_never_has() {
    let c = start().await;
    let (_, challenge) = pkce();
    let r = c
        .http
        .get(c.authorize_url(demo::HOME, &challenge, &[("prompt", "none")]))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 302);
    let loc = r.headers()["location"].to_str().unwrap().to_string();
    assert_eq!(
        query_param(&loc, "error").as_deref(),
        Some("login_required")
    );
    let html = c
        .http
        .get(c.authorize_url(demo::ADATUM_MFA, &challenge, &[]))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let txn = txn_of(&html);
    let (_, _, body) = c
        .login_step(&[
            ("txn", &txn),
            ("username", demo::PARTNER_USER),
            ("password", demo::PASSWORD),
        ])
        .await;
    assert!(
        body.contains("the authenticator shows 123456"),
        "the practice page tells the person the code"
    );
}
