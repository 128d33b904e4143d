//! Entra ID over HTTPS: metadata, every grant, the HTML sign-in pages and the AADSTS error answers.

use crate::common::*;
use azure_sim::demo;
use reqwest::StatusCode;
use serde_json::Value;

fn code_of(v: &Value) -> i64 {
    v["error_codes"][0].as_i64().unwrap_or(0)
}

#[tokio::test]
async fn openid_metadata_per_tenant_tolerates_doubled_slashes_and_refuses_unknown_tenants() {
    let c = start().await;
    let url = format!(
        "{}//{}/v2.0/.well-known/openid-configuration",
        c.sim.login_url(),
        demo::HOME
    );
    let v: Value = c.http.get(url).send().await.unwrap().json().await.unwrap();
    assert_eq!(
        v["token_endpoint"],
        format!("{}/{}/oauth2/v2.0/token", c.sim.login_url(), demo::HOME)
    );
    assert_eq!(
        v["device_authorization_endpoint"],
        format!(
            "{}/{}/oauth2/v2.0/devicecode",
            c.sim.login_url(),
            demo::HOME
        )
    );
    assert_eq!(
        v["issuer"],
        format!("{}/{}/v2.0", c.sim.login_url(), demo::HOME)
    );
    // A domain resolves to the tenant's GUID; `organizations` keeps the placeholder issuer.
    let v: Value = c
        .http
        .get(c.login("/fabrikam.onmicrosoft.com/v2.0/.well-known/openid-configuration"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(v["authorization_endpoint"]
        .as_str()
        .unwrap()
        .contains(demo::FABRIKAM_EA));
    let v: Value = c
        .http
        .get(c.login("/organizations/v2.0/.well-known/openid-configuration"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        v["issuer"],
        format!("{}/{{tenantid}}/v2.0", c.sim.login_url())
    );
    let r = c
        .http
        .get(c.login("/nosuch.onmicrosoft.com/v2.0/.well-known/openid-configuration"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    let v: Value = r.json().await.unwrap();
    assert_eq!(code_of(&v), 90002);
    let keys: Value = c
        .http
        .get(c.login(&format!("/{}/discovery/v2.0/keys", demo::HOME)))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(keys["keys"][0]["kty"], "RSA");
}

#[tokio::test]
async fn client_credentials_issue_app_tokens_and_refuse_bad_secrets_and_unknown_apps() {
    let c = start().await;
    let token = c.client_credentials(demo::FABRIKAM_EA).await;
    let cl = claims(&token);
    assert_eq!(cl["tid"], demo::FABRIKAM_EA);
    assert_eq!(cl["oid"], demo::automation_sp_in(demo::FABRIKAM_EA));
    assert_eq!(cl["idtyp"], "app");
    assert_eq!(cl["aud"], "https://management.azure.com");

    let (s, v) = c
        .token(
            demo::HOME,
            &[
                ("grant_type", "client_credentials"),
                ("client_id", demo::AUTOMATION_CLIENT_ID),
                ("client_secret", "nope"),
                ("scope", ARM_SCOPE),
            ],
        )
        .await;
    assert_eq!(s, 401);
    assert_eq!(v["error"], "invalid_client");
    assert_eq!(code_of(&v), 7000215);
    assert!(v["error_description"]
        .as_str()
        .unwrap()
        .starts_with("AADSTS7000215:"));
    assert!(
        v["trace_id"].is_string() && v["correlation_id"].is_string() && v["timestamp"].is_string()
    );

    let (s, v) = c
        .token(
            demo::HOME,
            &[
                ("grant_type", "client_credentials"),
                ("client_id", "12345678-1234-4234-8234-123456789012"),
                ("client_secret", "x"),
                ("scope", ARM_SCOPE),
            ],
        )
        .await;
    assert_eq!((s.as_u16(), code_of(&v)), (400, 700016));
    // The automation app has no service principal in Tailspin.
    let (s, v) = c
        .token(
            demo::TAILSPIN_CSP,
            &[
                ("grant_type", "client_credentials"),
                ("client_id", demo::AUTOMATION_CLIENT_ID),
                ("client_secret", demo::AUTOMATION_SECRET),
                ("scope", ARM_SCOPE),
            ],
        )
        .await;
    assert_eq!((s.as_u16(), code_of(&v)), (400, 700016));
    let (s, v) = c
        .token(
            demo::HOME,
            &[
                ("grant_type", "client_credentials"),
                ("client_id", demo::AUTOMATION_CLIENT_ID),
                ("scope", ARM_SCOPE),
            ],
        )
        .await;
    assert_eq!((s.as_u16(), code_of(&v)), (401, 7000218));
    let (s, v) = c
        .token(
            "nosuchtenant.example",
            &[
                ("grant_type", "client_credentials"),
                ("client_id", demo::AUTOMATION_CLIENT_ID),
            ],
        )
        .await;
    assert_eq!((s.as_u16(), code_of(&v)), (400, 90002));
}

#[tokio::test]
async fn authorization_code_with_pkce_through_the_html_pages() {
    let c = start().await;
    let (verifier, challenge) = pkce();
    let page = c
        .http
        .get(c.authorize_url(
            demo::HOME,
            &challenge,
            &[("login_hint", demo::PARTNER_USER)],
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("Partner Link Assistant (practice)"));
    assert!(
        html.contains(demo::PARTNER_USER),
        "the hint and the account list show the user"
    );
    let txn = txn_of(&html);

    // A wrong password keeps the person on the page with AADSTS50126.
    let (s, loc, body) = c
        .login_step(&[
            ("txn", &txn),
            ("username", demo::PARTNER_USER),
            ("password", "wrong"),
        ])
        .await;
    assert_eq!((s.as_u16(), loc), (200, None));
    assert!(body.contains("AADSTS50126"));
    // Choosing the account from the list instead of typing it works too.
    let (s, loc, _) = c
        .login_step(&[
            ("txn", &txn),
            ("account", demo::PARTNER_USER),
            ("username", ""),
            ("password", demo::PASSWORD),
        ])
        .await;
    assert_eq!(s, 302);
    let loc = loc.unwrap();
    assert!(loc.starts_with("http://localhost:8400?"), "{loc}");
    assert_eq!(query_param(&loc, "state").as_deref(), Some("st4te"));
    let code = query_param(&loc, "code").unwrap();

    let form = |v: &'static str| {
        vec![
            ("grant_type", "authorization_code".to_string()),
            ("client_id", demo::CLIENT_ID.to_string()),
            ("code", code.clone()),
            ("redirect_uri", "http://localhost:8400".to_string()),
            ("code_verifier", v.to_string()),
            ("client_info", "1".to_string()),
        ]
    };
    let bad: Vec<(&str, String)> = form("not-the-verifier");
    let bad: Vec<(&str, &str)> = bad.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (s, v) = c.token(demo::HOME, &bad).await;
    assert_eq!((s.as_u16(), code_of(&v)), (400, 50148), "{v}");
    let retry: Vec<(&str, String)> = form(Box::leak(verifier.clone().into_boxed_str()));
    let retry: Vec<(&str, &str)> = retry.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (s, v) = c.token(demo::HOME, &retry).await;
    assert_eq!(
        (s.as_u16(), code_of(&v)),
        (400, 54005),
        "a failed redemption burns the code: {v}"
    );

    // A fresh code, redeemed with the right verifier.
    let url = c.authorize_url(demo::HOME, &challenge, &[]);
    let redirect = c
        .sim
        .complete_sign_in(
            &url,
            &azure_sim::SignIn::new(demo::PARTNER_USER, demo::PASSWORD),
        )
        .unwrap();
    let code = query_param(&redirect, "code").unwrap();
    let wrong = [
        ("grant_type", "authorization_code"),
        ("client_id", demo::CLIENT_ID),
        ("code", code.as_str()),
        ("redirect_uri", "http://localhost:8400"),
        ("code_verifier", "wrong"),
    ];
    let (s, v) = c.token(demo::HOME, &wrong).await;
    assert_eq!((s.as_u16(), code_of(&v)), (400, 50148));

    let redirect = c
        .sim
        .complete_sign_in(
            &url,
            &azure_sim::SignIn::new(demo::PARTNER_USER, demo::PASSWORD),
        )
        .unwrap();
    let code = query_param(&redirect, "code").unwrap();
    let good = [
        ("grant_type", "authorization_code"),
        ("client_id", demo::CLIENT_ID),
        ("code", code.as_str()),
        ("redirect_uri", "http://localhost:8400"),
        ("code_verifier", verifier.as_str()),
        ("client_info", "1"),
    ];
    let (s, v) = c.token(demo::HOME, &good).await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["token_type"], "Bearer");
    assert!(v["expires_in"].is_i64() || v["expires_in"].is_u64());
    assert!(v["scope"].as_str().unwrap().contains(ARM_SCOPE));
    assert!(v["refresh_token"].is_string());
    let id = claims(v["id_token"].as_str().unwrap());
    assert_eq!(id["nonce"], "n0nce");
    assert_eq!(id["tid"], demo::HOME);
    assert_eq!(id["oid"], demo::PARTNER_USER_OID);
    assert_eq!(id["aud"], demo::CLIENT_ID);
    assert_eq!(id["preferred_username"], demo::PARTNER_USER);
    let ci = base64::Engine::decode(
        &base64::engine::general_purpose::URL_SAFE_NO_PAD,
        v["client_info"].as_str().unwrap(),
    )
    .unwrap();
    let ci: Value = serde_json::from_slice(&ci).unwrap();
    assert_eq!(ci["uid"], demo::PARTNER_USER_OID);
    assert_eq!(ci["utid"], demo::HOME);
    let (s, v) = c.token(demo::HOME, &good).await;
    assert_eq!(
        (s.as_u16(), code_of(&v)),
        (400, 54005),
        "a code is single-use"
    );
}

#[tokio::test]
async fn authorize_refuses_unknown_apps_bad_redirects_and_missing_pkce() {
    let c = start().await;
    let (_, challenge) = pkce();
    let url = c
        .authorize_url(demo::HOME, &challenge, &[])
        .replace(demo::CLIENT_ID, "12345678-1234-4234-8234-123456789012");
    let r = c.http.get(url).send().await.unwrap();
    assert_eq!(r.status(), 400);
    assert!(r.text().await.unwrap().contains("AADSTS700016"));
    let url = c
        .authorize_url(demo::HOME, &challenge, &[])
        .replace("localhost%3A8400", "evil.example");
    let r = c.http.get(url).send().await.unwrap();
    assert!(r.text().await.unwrap().contains("AADSTS50011"));
    let url = c
        .authorize_url(demo::HOME, &challenge, &[])
        .replace("code_challenge_method=S256", "code_challenge_method=plain");
    let r = c.http.get(url).send().await.unwrap();
    assert_eq!(r.status(), 302);
    let loc = r.headers()["location"].to_str().unwrap().to_string();
    assert_eq!(
        query_param(&loc, "error").as_deref(),
        Some("invalid_request")
    );
    assert_eq!(
        query_param(&loc, "error_codes").as_deref(),
        Some("9002325"),
        "S256 is the only PKCE method accepted"
    );
}

#[tokio::test]
async fn mfa_step_on_the_page_for_a_directory_that_demands_it() {
    let c = start().await;
    let (verifier, challenge) = pkce();
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
    let (s, _, body) = c
        .login_step(&[
            ("txn", &txn),
            ("username", demo::PARTNER_USER),
            ("password", demo::PASSWORD),
        ])
        .await;
    assert_eq!(s, 200);
    assert!(body.contains("mfa_code"), "the MFA step is shown");
    let (_, loc, body) = c.login_step(&[("txn", &txn), ("mfa_code", "000000")]).await;
    assert!(loc.is_none() && body.contains("50074"));
    let (s, loc, _) = c
        .login_step(&[("txn", &txn), ("mfa_code", demo::MFA_CODE)])
        .await;
    assert_eq!(s, 302);
    let code = query_param(&loc.unwrap(), "code").unwrap();
    let (s, v) = c
        .token(
            demo::ADATUM_MFA,
            &[
                ("grant_type", "authorization_code"),
                ("client_id", demo::CLIENT_ID),
                ("code", &code),
                ("redirect_uri", "http://localhost:8400"),
                ("code_verifier", &verifier),
            ],
        )
        .await;
    assert_eq!(s, 200, "{v}");
    let at = claims(v["access_token"].as_str().unwrap());
    assert!(at["amr"].as_array().unwrap().iter().any(|m| m == "mfa"));
    assert_eq!(at["oid"], demo::partner_user_oid_in(demo::ADATUM_MFA));
    // The refresh token carries the MFA done in Adatum, so it redeems there silently.
    let (s, _) = c
        .refresh(demo::ADATUM_MFA, v["refresh_token"].as_str().unwrap())
        .await;
    assert_eq!(s, 200);
}

#[tokio::test]
async fn refresh_token_redeems_in_other_directories_rotates_and_reports_each_refusal() {
    let c = start().await;
    let (_, rt) = c.partner_home_tokens().await;
    let (s, v) = c.refresh(demo::FABRIKAM_EA, &rt).await;
    assert_eq!(s, 200, "{v}");
    let at = claims(v["access_token"].as_str().unwrap());
    assert_eq!(at["tid"], demo::FABRIKAM_EA);
    assert_eq!(at["oid"], demo::partner_user_oid_in(demo::FABRIKAM_EA));
    let rt2 = v["refresh_token"].as_str().unwrap().to_string();
    assert_ne!(rt2, rt, "refresh tokens rotate");
    let (s, _) = c.refresh(demo::NORTHWIND_PAYG, &rt2).await;
    assert_eq!(s, 200);

    for (tenant, code, suberror) in [
        (demo::ADATUM_MFA, 50076, Some("basic_action")),
        (demo::LITWARE_CA_BLOCK, 53003, Some("message_only")),
        (demo::LUCERNE_NO_CONSENT, 65001, Some("consent_required")),
    ] {
        let (s, v) = c.refresh(tenant, &rt).await;
        assert_eq!((s.as_u16(), code_of(&v)), (400, code), "{tenant}: {v}");
        assert_eq!(v["suberror"].as_str(), suberror);
        assert!(v["error_description"]
            .as_str()
            .unwrap()
            .starts_with(&format!("AADSTS{code}:")));
        if code != 65001 {
            let claims: Value = serde_json::from_str(v["claims"].as_str().unwrap()).unwrap();
            assert!(claims["access_token"]["capolids"].is_object());
        }
    }
    let (s, v) = c.refresh("nosuch.onmicrosoft.com", &rt).await;
    assert_eq!((s.as_u16(), code_of(&v)), (400, 90002));

    // Sam has no account in Fabrikam: AADSTS50020.
    let (s, v) = c
        .device_token(demo::HOME, demo::PARTNER_COLLEAGUE, USER_SCOPE)
        .await;
    assert_eq!(s, 200);
    let (s, v) = c
        .refresh(demo::FABRIKAM_EA, v["refresh_token"].as_str().unwrap())
        .await;
    assert_eq!((s.as_u16(), code_of(&v)), (400, 50020));

    assert_eq!(c.sim.revoke_refresh_tokens(Some(demo::PARTNER_USER)), 3);
    let (s, v) = c.refresh(demo::HOME, &rt2).await;
    assert_eq!((s.as_u16(), code_of(&v)), (400, 50173));
    let (_, rt3) = c.partner_home_tokens().await;
    c.sim.expire_refresh_tokens(None);
    let (s, v) = c.refresh(demo::HOME, &rt3).await;
    assert_eq!((s.as_u16(), code_of(&v)), (400, 700082));
}

#[tokio::test]
async fn lucerne_admin_consent_unblocks_the_app() {
    let c = start().await;
    let (_, rt) = c.partner_home_tokens().await;
    // Alex may not consent himself: the page flow ends in consent_required.
    let (_, challenge) = pkce();
    let url = c.authorize_url(demo::LUCERNE_NO_CONSENT, &challenge, &[]);
    let redirect = c
        .sim
        .complete_sign_in(
            &url,
            &azure_sim::SignIn::new(demo::PARTNER_USER, demo::PASSWORD),
        )
        .unwrap();
    assert_eq!(
        query_param(&redirect, "error").as_deref(),
        Some("consent_required")
    );
    assert_eq!(
        query_param(&redirect, "error_codes").as_deref(),
        Some("65001")
    );

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
    let (_, _, body) = c
        .login_step(&[
            ("txn", &txn),
            ("username", demo::LUCERNE_ADMIN),
            ("password", demo::PASSWORD),
        ])
        .await;
    assert!(body.contains("on behalf of everyone"));
    let (s, _, body) = c.login_step(&[("txn", &txn), ("consent", "accept")]).await;
    assert_eq!(s, 200);
    assert!(body.contains("Permissions granted"));
    let (s, v) = c.refresh(demo::LUCERNE_NO_CONSENT, &rt).await;
    assert_eq!(s, 200, "{v}");
}

#[tokio::test]
async fn conditional_access_block_redirects_an_error_to_the_app() {
    let c = start().await;
    let (_, challenge) = pkce();
    let url = c.authorize_url(demo::LITWARE_CA_BLOCK, &challenge, &[]);
    let redirect = c
        .sim
        .complete_sign_in(
            &url,
            &azure_sim::SignIn::new(demo::PARTNER_USER, demo::PASSWORD),
        )
        .unwrap();
    assert_eq!(
        query_param(&redirect, "error").as_deref(),
        Some("access_denied")
    );
    assert!(query_param(&redirect, "error_description")
        .unwrap()
        .starts_with("AADSTS53003"));
    assert_eq!(query_param(&redirect, "state").as_deref(), Some("st4te"));
    let e = c
        .sim
        .complete_sign_in(
            &c.authorize_url(demo::HOME, &challenge, &[]),
            &azure_sim::SignIn::new(demo::PARTNER_USER, "bad"),
        )
        .unwrap_err();
    assert_eq!(e.code, 50126);
}

#[tokio::test]
async fn device_code_flow_pending_approved_redeemed_once_and_declined() {
    let c = start().await;
    let (s, dc) = c
        .post_form(
            &c.login(&format!("/{}/oauth2/v2.0/devicecode", demo::HOME)),
            &[("client_id", demo::CLIENT_ID), ("scope", USER_SCOPE)],
        )
        .await;
    assert_eq!(s, 200);
    assert!(dc["interval"].is_u64() && dc["expires_in"].is_u64());
    let user_code = dc["user_code"].as_str().unwrap().to_string();
    assert!(dc["message"].as_str().unwrap().contains(&user_code));
    let device_code = dc["device_code"].as_str().unwrap().to_string();
    // The device-code grant sends the code twice and no scope; the answer has the scope asked at /devicecode.
    let poll = [
        ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
        ("client_id", demo::CLIENT_ID),
        ("device_code", device_code.as_str()),
        ("code", device_code.as_str()),
    ];
    let (s, v) = c.token(demo::HOME, &poll).await;
    assert_eq!(
        (s.as_u16(), v["error"].as_str(), code_of(&v)),
        (400, Some("authorization_pending"), 70016)
    );

    // The person's path: the verification page, the code, then the sign-in page.
    let r = c
        .http
        .get(dc["verification_uri"].as_str().unwrap())
        .send()
        .await
        .unwrap();
    assert!(r.text().await.unwrap().contains("name=\"otc\""));
    let r = c
        .http
        .post(c.login("/devicelogin"))
        .form(&[("otc", "WRONGCODE")])
        .send()
        .await
        .unwrap();
    assert!(r.text().await.unwrap().contains("That code didn"));
    let html = c
        .http
        .post(c.login("/devicelogin"))
        .form(&[("otc", user_code.as_str())])
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
    assert_eq!(s, 200);
    assert!(body.contains("You're signed in"));

    let (s, v) = c.token(demo::HOME, &poll).await;
    assert_eq!(s, 200, "{v}");
    assert!(v["scope"].as_str().unwrap().contains(ARM_SCOPE));
    assert!(v["refresh_token"].is_string() && v["id_token"].is_string());
    let (s, v) = c.token(demo::HOME, &poll).await;
    assert_eq!((s.as_u16(), code_of(&v)), (400, 54005));

    // Declined through the admin API.
    let (_, dc) = c
        .post_form(
            &c.login(&format!("/{}/oauth2/v2.0/devicecode", demo::HOME)),
            &[("client_id", demo::CLIENT_ID), ("scope", USER_SCOPE)],
        )
        .await;
    let admin = c
        .http
        .post(format!("{}/_sim/device/deny", c.sim.admin_url()))
        .json(&serde_json::json!({"user_code": dc["user_code"]}))
        .send()
        .await
        .unwrap();
    assert_eq!(admin.status(), 200);
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
        (400, Some("authorization_declined"), 70000)
    );

    // Approved through the admin API, headlessly.
    let (_, dc) = c
        .post_form(
            &c.login(&format!("/{}/oauth2/v2.0/devicecode", demo::HOME)),
            &[("client_id", demo::CLIENT_ID), ("scope", USER_SCOPE)],
        )
        .await;
    let admin = c
        .http
        .post(format!("{}/_sim/device/approve", c.sim.admin_url()))
        .json(&serde_json::json!({"user_code": dc["user_code"], "username": demo::PARTNER_USER, "password": demo::PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(admin.status(), 200);
    let dcode = dc["device_code"].as_str().unwrap();
    let (s, _) = c
        .token(
            demo::HOME,
            &[
                ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
                ("client_id", demo::CLIENT_ID),
                ("device_code", dcode),
            ],
        )
        .await;
    assert_eq!(s, StatusCode::OK);

    let (s, v) = c
        .post_form(
            &c.login(&format!("/{}/oauth2/v2.0/devicecode", demo::HOME)),
            &[
                ("client_id", "12345678-1234-4234-8234-123456789012"),
                ("scope", USER_SCOPE),
            ],
        )
        .await;
    assert_eq!((s.as_u16(), code_of(&v)), (400, 700016));
}

#[tokio::test]
async fn password_grant_reports_wrong_passwords_and_headless_sign_in_via_admin_api() {
    let c = start().await;
    let (s, v) = c
        .token(
            demo::HOME,
            &[
                ("grant_type", "password"),
                ("client_id", demo::CLIENT_ID),
                ("username", demo::PARTNER_USER),
                ("password", "nope"),
                ("scope", USER_SCOPE),
            ],
        )
        .await;
    assert_eq!((s.as_u16(), code_of(&v)), (400, 50126));
    let (s, _) = c
        .token(
            demo::HOME,
            &[
                ("grant_type", "password"),
                ("client_id", demo::CLIENT_ID),
                ("username", demo::PARTNER_USER),
                ("password", demo::PASSWORD),
                ("scope", USER_SCOPE),
            ],
        )
        .await;
    assert_eq!(s, 200);
    let (s, v) = c
        .token(
            demo::HOME,
            &[("grant_type", "magic"), ("client_id", demo::CLIENT_ID)],
        )
        .await;
    assert_eq!(
        (s.as_u16(), v["error"].as_str(), code_of(&v)),
        (400, Some("unsupported_grant_type"), 70003)
    );

    let (_, challenge) = pkce();
    let r: Value = c
        .http
        .post(format!("{}/_sim/sign-in", c.sim.admin_url()))
        .json(&serde_json::json!({"authorize_url": c.authorize_url(demo::HOME, &challenge, &[]), "username": demo::PARTNER_USER, "password": demo::PASSWORD}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(r["redirect"].as_str().unwrap().contains("code="), "{r}");
    let r = c
        .http
        .post(format!("{}/_sim/sign-in", c.sim.admin_url()))
        .json(&serde_json::json!({"authorize_url": c.authorize_url(demo::ADATUM_MFA, &challenge, &[]), "username": demo::PARTNER_USER, "password": demo::PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400, "MFA is demanded and no code was given");
}

#[tokio::test]
async fn the_browser_mirror_serves_the_pages_over_loopback_http_but_never_tokens() {
    let c = start().await;
    assert!(c.sim.browser_url().starts_with("http://localhost:"));
    let plain = client_for(c.sim.ca_cert_pem());
    let (verifier, challenge) = pkce();
    let https_url = c.authorize_url(demo::HOME, &challenge, &[]);
    let path_and_query = &https_url[c.sim.login_url().len()..];
    let html = plain
        .get(format!("{}{path_and_query}", c.sim.browser_url()))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let txn = txn_of(&html);
    let r = plain
        .post(format!("{}/common/login", c.sim.browser_url()))
        .form(&[
            ("txn", txn.as_str()),
            ("username", demo::PARTNER_USER),
            ("password", demo::PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 302);
    let code = query_param(r.headers()["location"].to_str().unwrap(), "code").unwrap();
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
    assert_eq!(s, 200, "{v}");
    let r = plain
        .post(format!(
            "{}/{}/oauth2/v2.0/token",
            c.sim.browser_url(),
            demo::HOME
        ))
        .form(&[("grant_type", "client_credentials")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404, "no token endpoint over plain HTTP");
}

#[tokio::test]
async fn client_secret_basic_authentication_is_accepted() {
    let c = start().await;
    let r = c
        .http
        .post(c.login(&format!("/{}/oauth2/v2.0/token", demo::HOME)))
        .basic_auth(demo::AUTOMATION_CLIENT_ID, Some(demo::AUTOMATION_SECRET))
        .form(&[("grant_type", "client_credentials"), ("scope", ARM_SCOPE)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let r = c
        .http
        .post(c.login(&format!("/{}/oauth2/v2.0/token", demo::HOME)))
        .basic_auth(demo::AUTOMATION_CLIENT_ID, Some("wrong"))
        .form(&[("grant_type", "client_credentials"), ("scope", ARM_SCOPE)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
}
