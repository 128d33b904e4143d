//! Resource Manager over HTTPS: token validation, directories, subscriptions, billing, roles and PAL.

use crate::common::*;
use azure_sim::demo;
use reqwest::Method;
use serde_json::{json, Value};

const OWNER: &str = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
const READER: &str = "acdd72a7-3385-48ef-bd42-f606fba81ae7";
const CONTRIBUTOR: &str = "b24988ac-6180-42a0-ab88-20f7382dd24c";

fn partners(pid: &str) -> String {
    format!("/providers/Microsoft.ManagementPartner/partners/{pid}?{API}")
}

#[tokio::test]
async fn tokens_are_verified_for_signature_expiry_audience_and_api_version() {
    let c = start().await;
    let token = c.client_credentials(demo::HOME).await;
    let (s, h, v) = c
        .arm(Method::GET, "/subscriptions", Some(&token), None)
        .await;
    assert_eq!(s, 400);
    assert_eq!(v["error"]["code"], "MissingApiVersionParameter");
    assert!(h.contains_key("x-ms-request-id"));

    let (s, h, v) = c
        .arm(
            Method::GET,
            "/subscriptions?api-version=2022-12-01",
            None,
            None,
        )
        .await;
    assert_eq!(s, 401);
    assert_eq!(v["error"]["code"], "AuthenticationFailed");
    assert!(h["www-authenticate"]
        .to_str()
        .unwrap()
        .starts_with("Bearer authorization_uri=\""));

    // A tampered payload breaks the signature.
    let mut parts: Vec<String> = token.split('.').map(str::to_string).collect();
    let mut payload = claims(&token);
    payload["tid"] = json!(demo::FABRIKAM_EA);
    parts[1] = base64::Engine::encode(
        &base64::engine::general_purpose::URL_SAFE_NO_PAD,
        payload.to_string(),
    );
    let forged = parts.join(".");
    let (s, _, v) = c
        .arm(
            Method::GET,
            "/subscriptions?api-version=2022-12-01",
            Some(&forged),
            None,
        )
        .await;
    assert_eq!(
        (s.as_u16(), v["error"]["code"].as_str()),
        (401, Some("InvalidAuthenticationToken"))
    );

    // A Graph token is for the wrong audience; the double-slash ARM audience is accepted.
    let (_, v) = c
        .token(
            demo::HOME,
            &[
                ("grant_type", "client_credentials"),
                ("client_id", demo::AUTOMATION_CLIENT_ID),
                ("client_secret", demo::AUTOMATION_SECRET),
                ("scope", "https://graph.microsoft.com/.default"),
            ],
        )
        .await;
    let (s, h, v) = c
        .arm(
            Method::GET,
            "/subscriptions?api-version=2022-12-01",
            v["access_token"].as_str(),
            None,
        )
        .await;
    assert_eq!(
        (s.as_u16(), v["error"]["code"].as_str()),
        (401, Some("InvalidAuthenticationTokenAudience"))
    );
    assert!(h["www-authenticate"]
        .to_str()
        .unwrap()
        .contains("error=\"invalid_token\""));
    let (_, v) = c
        .token(
            demo::HOME,
            &[
                ("grant_type", "client_credentials"),
                ("client_id", demo::AUTOMATION_CLIENT_ID),
                ("client_secret", demo::AUTOMATION_SECRET),
                ("scope", "https://management.core.windows.net//.default"),
            ],
        )
        .await;
    assert_eq!(
        claims(v["access_token"].as_str().unwrap())["aud"],
        "https://management.core.windows.net/"
    );
    let (s, _, _) = c
        .arm(
            Method::GET,
            "/subscriptions?api-version=2022-12-01",
            v["access_token"].as_str(),
            None,
        )
        .await;
    assert_eq!(s, 200);

    // Tokens expiring early.
    c.sim.expire_access_tokens();
    let (s, _, v) = c
        .arm(
            Method::GET,
            "/subscriptions?api-version=2022-12-01",
            Some(&token),
            None,
        )
        .await;
    assert_eq!(
        (s.as_u16(), v["error"]["code"].as_str()),
        (401, Some("ExpiredAuthenticationToken"))
    );
    let fresh = c.client_credentials(demo::HOME).await;
    let (s, _, _) = c
        .arm(
            Method::GET,
            "/subscriptions?api-version=2022-12-01",
            Some(&fresh),
            None,
        )
        .await;
    assert_eq!(s, 200);
}

#[tokio::test]
async fn directories_subscriptions_and_billing_property_follow_the_token_directory() {
    let c = start().await;
    let (home, rt) = c.partner_home_tokens().await;
    let (s, _, v) = c
        .arm(
            Method::GET,
            "/tenants?api-version=2022-12-01",
            Some(&home),
            None,
        )
        .await;
    assert_eq!(s, 200);
    let tenants: Vec<&str> = v["value"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["tenantId"].as_str().unwrap())
        .collect();
    assert_eq!(tenants.len(), 10);
    assert!(tenants.contains(&demo::RELECLOUD_LINKED) && !tenants.contains(&demo::TAILSPIN_CSP));
    let fab = v["value"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["tenantId"] == demo::FABRIKAM_EA)
        .unwrap();
    assert_eq!(fab["defaultDomain"], "fabrikam.onmicrosoft.com");
    assert_eq!(fab["tenantCategory"], "Home");

    let (_, _, v) = c
        .arm(
            Method::GET,
            "/subscriptions?api-version=2022-12-01",
            Some(&home),
            None,
        )
        .await;
    assert_eq!(v["value"].as_array().unwrap().len(), 1);
    assert_eq!(
        v["value"][0]["subscriptionPolicies"]["quotaId"],
        "MPN_2014-09-01"
    );
    let fab_sub = demo::subscription_of(demo::FABRIKAM_EA);
    let (s, h, v) = c
        .arm(
            Method::GET,
            &format!("/subscriptions/{fab_sub}?api-version=2022-12-01"),
            Some(&home),
            None,
        )
        .await;
    assert_eq!(
        (s.as_u16(), v["error"]["code"].as_str()),
        (401, Some("InvalidAuthenticationTokenTenant"))
    );
    assert!(h["www-authenticate"]
        .to_str()
        .unwrap()
        .contains(demo::FABRIKAM_EA));
    let (s, _, v) = c
        .arm(
            Method::GET,
            "/subscriptions/00000000-0000-4000-8000-00000000dead?api-version=2022-12-01",
            Some(&home),
            None,
        )
        .await;
    assert_eq!(
        (s.as_u16(), v["error"]["code"].as_str()),
        (404, Some("SubscriptionNotFound"))
    );
    let (s, _, v) = c.arm(Method::GET, &format!("/subscriptions/{}/providers/Microsoft.Billing/billingProperty/default?api-version=2024-04-01", demo::subscription_of(demo::HOME)), Some(&home), None).await;
    assert_eq!(
        (s.as_u16(), v["error"]["code"].as_str()),
        (403, Some("AuthorizationFailed"))
    );

    let (_, v) = c.refresh(demo::FABRIKAM_EA, &rt).await;
    let fab_token = v["access_token"].as_str().unwrap().to_string();
    let (s, _, v) = c
        .arm(
            Method::GET,
            &format!("/subscriptions/{fab_sub}?api-version=2022-12-01"),
            Some(&fab_token),
            None,
        )
        .await;
    assert_eq!(s, 200);
    assert_eq!(
        v["subscriptionPolicies"]["quotaId"],
        "EnterpriseAgreement_2014-09-01"
    );
    let (s, _, v) = c.arm(Method::GET, &format!("/subscriptions/{fab_sub}/providers/Microsoft.Billing/billingProperty/default?api-version=2024-04-01"), Some(&fab_token), None).await;
    assert_eq!(s, 200);
    assert_eq!(
        v["properties"]["billingAccountAgreementType"],
        "EnterpriseAgreement"
    );

    // Woodgrove: a guest account with no role sees no subscription.
    let (_, v) = c.refresh(demo::WOODGROVE_NO_ROLE, &rt).await;
    let wg = v["access_token"].as_str().unwrap().to_string();
    let (_, _, v) = c
        .arm(
            Method::GET,
            "/subscriptions?api-version=2022-12-01",
            Some(&wg),
            None,
        )
        .await;
    assert_eq!(v["value"].as_array().unwrap().len(), 0);
    let (s, _, _) = c
        .arm(
            Method::GET,
            &format!(
                "/subscriptions/{}?api-version=2022-12-01",
                demo::subscription_of(demo::WOODGROVE_NO_ROLE)
            ),
            Some(&wg),
            None,
        )
        .await;
    assert_eq!(s, 403);
}

#[tokio::test]
async fn paging_uses_absolute_next_links() {
    let mut scenario = azure_sim::Scenario::generated(5);
    scenario.settings.page_size = 2;
    let c = start_with(scenario).await;
    let (_, v) = c
        .device_token(
            "00000000-0000-4000-a000-000000000000",
            demo::PARTNER_USER,
            USER_SCOPE,
        )
        .await;
    let token = v["access_token"].as_str().unwrap().to_string();
    let mut url = c.arm_url("/tenants?api-version=2022-12-01");
    let mut seen = 0;
    loop {
        let v: Value = c
            .http
            .get(&url)
            .bearer_auth(&token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        seen += v["value"].as_array().unwrap().len();
        match v["nextLink"].as_str() {
            Some(next) => {
                assert!(next.starts_with(c.sim.resource_manager_url()));
                url = next.to_string();
            }
            None => break,
        }
    }
    assert_eq!(seen, 6);
}

#[tokio::test]
async fn partner_link_lifecycle_with_growing_versions_per_identity() {
    let c = start().await;
    let token = c.user_token_in(demo::FABRIKAM_EA, demo::PARTNER_USER).await;
    let oid = demo::partner_user_oid_in(demo::FABRIKAM_EA);
    let (s, _, v) = c
        .arm(
            Method::GET,
            &format!("/providers/Microsoft.ManagementPartner/partners?{API}"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(
        (s.as_u16(), v["error"]["code"].as_str()),
        (404, Some("NotFound"))
    );

    let (s, h, v) = c
        .arm(Method::PUT, &partners(demo::PARTNER_ID), Some(&token), None)
        .await;
    assert_eq!(s, 200, "{v}");
    assert!(h.contains_key("x-ms-ratelimit-remaining-tenant-writes"));
    assert_eq!(v["properties"]["partnerName"], "Contoso Partner Ltd");
    assert_eq!(v["properties"]["tenantId"], demo::FABRIKAM_EA);
    assert_eq!(v["properties"]["objectId"], oid.as_str());
    assert_eq!(
        (v["etag"].as_u64(), v["properties"]["version"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(
        v["id"],
        format!(
            "/providers/microsoft.managementpartner/partners/{}",
            demo::PARTNER_ID
        )
    );
    let (s, _, v) = c
        .arm(Method::PUT, &partners(demo::PARTNER_ID), Some(&token), None)
        .await;
    assert_eq!(
        (s.as_u16(), v["etag"].as_u64()),
        (200, Some(1)),
        "linking the same ID again changes nothing"
    );
    let (s, _, v) = c
        .arm(Method::PUT, &partners("2345678"), Some(&token), None)
        .await;
    assert_eq!(
        (s.as_u16(), v["error"]["code"].as_str()),
        (409, Some("Conflict"))
    );
    let (s, _, v) = c
        .arm(Method::PATCH, &partners("2345678"), Some(&token), None)
        .await;
    assert_eq!(
        (s.as_u16(), v["properties"]["version"].as_u64()),
        (200, Some(2))
    );
    assert_eq!(v["properties"]["partnerName"], "Trey Research");
    let (s, _, v) = c
        .arm(
            Method::GET,
            &format!("/providers/Microsoft.ManagementPartner/partners/?{API}"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!((s.as_u16(), v["name"].as_str()), (200, Some("2345678")));
    let (s, _, v) = c
        .arm(Method::GET, &partners("2345678"), Some(&token), None)
        .await;
    assert_eq!(
        (s.as_u16(), v["properties"]["partnerId"].as_str()),
        (200, Some("2345678"))
    );
    let (s, _, _) = c
        .arm(Method::GET, &partners(demo::PARTNER_ID), Some(&token), None)
        .await;
    assert_eq!(s, 404);

    for bad in ["99999", "12ab567"] {
        let (s, _, v) = c
            .arm(Method::PATCH, &partners(bad), Some(&token), None)
            .await;
        assert_eq!(
            (s.as_u16(), v["error"]["code"].as_str()),
            (400, Some("BadRequest")),
            "{bad}"
        );
    }

    let r = c
        .http
        .delete(c.arm_url(&partners("2345678")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.text().await.unwrap().is_empty());
    let link = c.sim.link_of(demo::FABRIKAM_EA, &oid).unwrap();
    assert_eq!((link.state.as_str(), link.version), ("Deleted", 3));
    let (s, _, _) = c
        .arm(Method::DELETE, &partners("2345678"), Some(&token), None)
        .await;
    assert_eq!(s, 404);
    let (s, _, v) = c
        .arm(Method::PUT, &partners(demo::PARTNER_ID), Some(&token), None)
        .await;
    assert_eq!((s.as_u16(), v["etag"].as_u64()), (200, Some(4)));

    // Another identity (Relecloud's guest account) keeps its own link to the other partner.
    let rc = c
        .user_token_in(demo::RELECLOUD_LINKED, demo::PARTNER_USER)
        .await;
    let (_, _, v) = c
        .arm(
            Method::GET,
            &format!("/providers/Microsoft.ManagementPartner/partners?{API}"),
            Some(&rc),
            None,
        )
        .await;
    assert_eq!(v["properties"]["partnerId"], demo::OTHER_PARTNER_ID);
    assert_eq!(
        c.sim.links().iter().filter(|l| l.state == "Active").count(),
        2
    );

    let (s, _, v) = c
        .arm(
            Method::GET,
            &format!("/providers/Microsoft.ManagementPartner/operations?{API}"),
            Some(&rc),
            None,
        )
        .await;
    assert_eq!(s, 200);
    assert!(v["value"][0]["display"]["provider"].is_string());
}

#[tokio::test]
async fn any_identity_may_link_but_a_csp_admin_on_behalf_of_session_is_refused() {
    let c = start().await;
    // Reader only (Proseware) and no role at all (Woodgrove) may still link.
    for tenant in [demo::PROSEWARE_READER, demo::WOODGROVE_NO_ROLE] {
        let token = c.user_token_in(tenant, demo::PARTNER_USER).await;
        let (s, _, _) = c
            .arm(Method::PUT, &partners(demo::PARTNER_ID), Some(&token), None)
            .await;
        assert_eq!(s, 200, "{tenant}");
    }
    let sp = c.client_credentials(demo::NORTHWIND_PAYG).await;
    let (s, _, v) = c
        .arm(Method::PUT, &partners(demo::PARTNER_ID), Some(&sp), None)
        .await;
    assert_eq!(
        (s.as_u16(), v["properties"]["objectId"].as_str()),
        (
            200,
            Some(demo::automation_sp_in(demo::NORTHWIND_PAYG).as_str())
        )
    );

    let aobo = c
        .user_token_in(demo::TAILSPIN_CSP, demo::PARTNER_USER)
        .await;
    assert_eq!(claims(&aobo)["oid"], demo::PARTNER_USER_OID);
    let (s, _, v) = c
        .arm(
            Method::GET,
            "/subscriptions?api-version=2022-12-01",
            Some(&aobo),
            None,
        )
        .await;
    assert_eq!(
        (s.as_u16(), v["value"].as_array().map(Vec::len)),
        (200, Some(1)),
        "CSP sees the customer's subscriptions"
    );
    let (s, _, v) = c
        .arm(Method::PUT, &partners(demo::PARTNER_ID), Some(&aobo), None)
        .await;
    assert_eq!(s, 400);
    assert!(v["error"]["message"].as_str().unwrap().contains("If you are a CSP partner logged in the customer tenant, you will not be able to link the Partner ID"));
    assert!(c
        .sim
        .link_of(demo::TAILSPIN_CSP, demo::PARTNER_USER_OID)
        .is_none());
}

#[tokio::test]
async fn role_assignments_listed_by_filters_created_only_by_owners_and_deleted() {
    let c = start().await;
    let ww = c
        .user_token_in(demo::WIDEWORLD_AZURE_PLAN, demo::PARTNER_USER)
        .await;
    let ww_sub = demo::subscription_of(demo::WIDEWORLD_AZURE_PLAN);
    let alex_ww = demo::partner_user_oid_in(demo::WIDEWORLD_AZURE_PLAN);
    let base = format!("/subscriptions/{ww_sub}/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01");
    let (s, _, v) = c
        .arm(
            Method::GET,
            &format!("{base}&$filter=assignedTo('{alex_ww}')"),
            Some(&ww),
            None,
        )
        .await;
    assert_eq!(s, 200);
    let roles: Vec<&str> = v["value"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            a["properties"]["roleDefinitionId"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
        })
        .collect();
    assert_eq!(
        roles,
        vec![CONTRIBUTOR],
        "the group's Contributor counts; the PIM-eligible Owner does not"
    );
    assert_eq!(v["value"][0]["properties"]["principalType"], "Group");
    let (_, _, v) = c
        .arm(
            Method::GET,
            &format!("{base}&$filter=principalId eq '{alex_ww}'"),
            Some(&ww),
            None,
        )
        .await;
    assert_eq!(v["value"].as_array().unwrap().len(), 0);
    let (_, _, v) = c
        .arm(
            Method::GET,
            &format!("{base}&$filter=atScope() and assignedTo('{alex_ww}')"),
            Some(&ww),
            None,
        )
        .await;
    assert_eq!(v["value"].as_array().unwrap().len(), 1);
    let (s, _, v) = c.arm(Method::GET, &format!("/subscriptions/{ww_sub}/providers/Microsoft.Authorization/roleDefinitions/{CONTRIBUTOR}?api-version=2022-04-01"), Some(&ww), None).await;
    assert_eq!(
        (s.as_u16(), v["properties"]["roleName"].as_str()),
        (200, Some("Contributor"))
    );
    let (_, _, v) = c.arm(Method::GET, &format!("/subscriptions/{ww_sub}/providers/Microsoft.Authorization/roleDefinitions?api-version=2022-04-01&$filter=roleName eq 'Reader'"), Some(&ww), None).await;
    assert_eq!(v["value"][0]["name"], READER);

    // Contributor cannot grant roles.
    let body = |principal: &str, role: &str| json!({"properties": {"roleDefinitionId": format!("/subscriptions/{ww_sub}/providers/Microsoft.Authorization/roleDefinitions/{role}"), "principalId": principal, "principalType": "User"}});
    let name = "0b0b0b0b-0000-4000-8000-0000000000aa";
    let path = format!("/subscriptions/{ww_sub}/providers/Microsoft.Authorization/roleAssignments/{name}?api-version=2022-04-01");
    let (s, _, v) = c
        .arm(Method::PUT, &path, Some(&ww), Some(body(&alex_ww, READER)))
        .await;
    assert_eq!(
        (s.as_u16(), v["error"]["code"].as_str()),
        (403, Some("AuthorizationFailed"))
    );

    // Fabrikam's admin is Owner: create, duplicate, bad principal, delete.
    let admin = c
        .user_token_in(demo::FABRIKAM_EA, demo::CUSTOMER_ADMIN)
        .await;
    let fab_sub = demo::subscription_of(demo::FABRIKAM_EA);
    let alex_fab = demo::partner_user_oid_in(demo::FABRIKAM_EA);
    let body = |principal: &str, role: &str| json!({"properties": {"roleDefinitionId": format!("/subscriptions/{fab_sub}/providers/Microsoft.Authorization/roleDefinitions/{role}"), "principalId": principal, "principalType": "User"}});
    let path = format!("/subscriptions/{fab_sub}/providers/Microsoft.Authorization/roleAssignments/{name}?api-version=2022-04-01");
    let (s, _, v) = c
        .arm(
            Method::PUT,
            &path,
            Some(&admin),
            Some(body(&alex_fab, READER)),
        )
        .await;
    assert_eq!(s, 201, "{v}");
    assert_eq!(
        v["properties"]["scope"],
        format!("/subscriptions/{fab_sub}")
    );
    assert!(c
        .sim
        .role_assignments()
        .iter()
        .any(|a| a.name == name && a.role_definition_id == READER && a.principal_id == alex_fab));
    let other = path.replace("0000000000aa", "0000000000bb");
    let (s, _, v) = c
        .arm(
            Method::PUT,
            &other,
            Some(&admin),
            Some(body(&alex_fab, READER)),
        )
        .await;
    assert_eq!(
        (s.as_u16(), v["error"]["code"].as_str()),
        (409, Some("RoleAssignmentExists"))
    );
    let (s, _, v) = c
        .arm(
            Method::PUT,
            &other,
            Some(&admin),
            Some(body("00000000-0000-4000-8000-00000000beef", READER)),
        )
        .await;
    assert_eq!(
        (s.as_u16(), v["error"]["code"].as_str()),
        (400, Some("PrincipalNotFound"))
    );
    let (s, _, v) = c
        .arm(
            Method::PUT,
            &other,
            Some(&admin),
            Some(body(&alex_fab, "00000000-0000-4000-8000-00000000beef")),
        )
        .await;
    assert_eq!(
        (s.as_u16(), v["error"]["code"].as_str()),
        (400, Some("RoleDefinitionDoesNotExist"))
    );
    let (s, _, _) = c.arm(Method::GET, &path, Some(&admin), None).await;
    assert_eq!(s, 200);
    let (s, _, v) = c.arm(Method::DELETE, &path, Some(&admin), None).await;
    assert_eq!((s.as_u16(), v["name"].as_str()), (200, Some(name)));
    let (s, _, _) = c.arm(Method::DELETE, &path, Some(&admin), None).await;
    assert_eq!(s, 204);
    assert!(!c.sim.role_assignments().iter().any(|a| a.name == name));
    let _ = OWNER;
}

#[tokio::test]
async fn metadata_endpoints_describe_the_cloud_without_authentication() {
    let c = start().await;
    let v: Value = c
        .http
        .get(c.arm_url("/metadata/endpoints?api-version=2022-09-01"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        v["authentication"]["loginEndpoint"],
        format!("{}/", c.sim.login_url())
    );
    assert_eq!(
        v["resourceManager"],
        format!("{}/", c.sim.resource_manager_url())
    );
    assert!(v["authentication"]["audiences"].as_array().unwrap().len() >= 2);
    assert!(v["suffixes"]["keyVaultDns"].is_string());
    let v: Value = c
        .http
        .get(c.arm_url("/metadata/endpoints?api-version=2019-05-01"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(v.is_array());
}

#[tokio::test]
async fn claims_challenge_after_a_policy_change() {
    let c = start().await;
    let old = c.client_credentials(demo::HOME).await;
    let other = c.client_credentials(demo::FABRIKAM_EA).await;
    c.sim.demand_claims_challenge(demo::HOME);
    let (s, h, _) = c
        .arm(
            Method::GET,
            "/subscriptions?api-version=2022-12-01",
            Some(&old),
            None,
        )
        .await;
    assert_eq!(s, 401);
    let challenge = h["www-authenticate"].to_str().unwrap().to_string();
    assert!(
        challenge.contains("error=\"insufficient_claims\""),
        "{challenge}"
    );
    let encoded = challenge
        .split("claims=\"")
        .nth(1)
        .unwrap()
        .trim_end_matches('"');
    let claims: Value = serde_json::from_slice(
        &base64::Engine::decode(&base64::engine::general_purpose::URL_SAFE, encoded).unwrap(),
    )
    .unwrap();
    assert!(claims["access_token"]["nbf"]["essential"]
        .as_bool()
        .unwrap());
    let (s, _, _) = c
        .arm(
            Method::GET,
            "/subscriptions?api-version=2022-12-01",
            Some(&other),
            None,
        )
        .await;
    assert_eq!(s, 200, "other directories are not affected");
    let fresh = c.client_credentials(demo::HOME).await;
    let (s, _, _) = c
        .arm(
            Method::GET,
            "/subscriptions?api-version=2022-12-01",
            Some(&fresh),
            None,
        )
        .await;
    assert_eq!(s, 200);
}

#[tokio::test]
async fn tenant_root_listing_shows_only_readable_assignments() {
    let c = start().await;
    let token = c
        .user_token_in(demo::PROSEWARE_READER, demo::PARTNER_USER)
        .await;
    let oid = demo::partner_user_oid_in(demo::PROSEWARE_READER);
    let (s, _, v) = c
        .arm(Method::GET, &format!("/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01&$filter=assignedTo('{oid}')"), Some(&token), None)
        .await;
    assert_eq!(s, 200);
    let roles: Vec<&str> = v["value"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            a["properties"]["roleDefinitionId"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
        })
        .collect();
    assert_eq!(roles, vec![READER]);
    let wg = c
        .user_token_in(demo::WOODGROVE_NO_ROLE, demo::PARTNER_USER)
        .await;
    let (s, _, v) = c
        .arm(
            Method::GET,
            "/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01",
            Some(&wg),
            None,
        )
        .await;
    assert_eq!(
        (s.as_u16(), v["value"].as_array().map(Vec::len)),
        (200, Some(0))
    );
}

#[tokio::test]
async fn role_assignment_writes_need_owner_or_user_access_administrator_at_or_above_the_scope() {
    // Alex is Contributor on Northwind's subscription; a User Access Administrator assignment on one resource
    // group lets him grant roles there and nowhere above it.
    let nw_sub = demo::subscription_of(demo::NORTHWIND_PAYG);
    let rg = format!("/subscriptions/{nw_sub}/resourceGroups/rg-access");
    let mut scenario = azure_sim::Scenario::demo();
    scenario
        .role_assignments
        .push(azure_sim::scenario::RoleAssignmentDef {
            id: None,
            scope: rg.clone(),
            role: "User Access Administrator".into(),
            principal: demo::PARTNER_USER.into(),
            eligible: false,
        });
    let c = start_with(scenario).await;
    let alex = c
        .user_token_in(demo::NORTHWIND_PAYG, demo::PARTNER_USER)
        .await;
    let sp = demo::automation_sp_in(demo::NORTHWIND_PAYG);
    let body = |role: &str| json!({"properties": {"roleDefinitionId": format!("/subscriptions/{nw_sub}/providers/Microsoft.Authorization/roleDefinitions/{role}"), "principalId": sp, "principalType": "ServicePrincipal"}});
    let name = "0b0b0b0b-0000-4000-8000-0000000000dd";
    let at = |scope: &str, name: &str| {
        format!("{scope}/providers/Microsoft.Authorization/roleAssignments/{name}?api-version=2022-04-01")
    };

    let (s, _, v) = c
        .arm(
            Method::PUT,
            &at(&format!("/subscriptions/{nw_sub}"), name),
            Some(&alex),
            Some(body(CONTRIBUTOR)),
        )
        .await;
    assert_eq!(
        (s.as_u16(), v["error"]["code"].as_str()),
        (403, Some("AuthorizationFailed")),
        "a role below the scope does not count"
    );
    let (s, _, v) = c
        .arm(
            Method::PUT,
            &at(&rg, name),
            Some(&alex),
            Some(body(CONTRIBUTOR)),
        )
        .await;
    assert_eq!(s, 201, "{v}");
    assert_eq!(v["properties"]["scope"], rg.as_str());
    // The same PUT again is answered like the first; reusing the name for something else is refused.
    let (s, _, _) = c
        .arm(
            Method::PUT,
            &at(&rg, name),
            Some(&alex),
            Some(body(CONTRIBUTOR)),
        )
        .await;
    assert_eq!(s, 201);
    let (s, _, v) = c
        .arm(Method::PUT, &at(&rg, name), Some(&alex), Some(body(READER)))
        .await;
    assert_eq!(
        (s.as_u16(), v["error"]["code"].as_str()),
        (409, Some("RoleAssignmentUpdateNotPermitted"))
    );
    let (s, _, _) = c
        .arm(Method::DELETE, &at(&rg, name), Some(&alex), None)
        .await;
    assert_eq!(s, 200);

    // Contributor may neither create nor delete: the automation principal in Fabrikam tries to remove the
    // admin's Owner assignment.
    let fab_sub = demo::subscription_of(demo::FABRIKAM_EA);
    let owner_assignment = "f0f0f0f0-0000-4000-8002-000000000001";
    let contributor = c.client_credentials(demo::FABRIKAM_EA).await;
    let (s, _, v) = c
        .arm(
            Method::DELETE,
            &at(&format!("/subscriptions/{fab_sub}"), owner_assignment),
            Some(&contributor),
            None,
        )
        .await;
    assert_eq!(
        (s.as_u16(), v["error"]["code"].as_str()),
        (403, Some("AuthorizationFailed"))
    );
    assert!(c
        .sim
        .role_assignments()
        .iter()
        .any(|a| a.name == owner_assignment));
}

#[tokio::test]
async fn role_assignment_and_definition_error_answers() {
    let c = start().await;
    let admin = c
        .user_token_in(demo::FABRIKAM_EA, demo::CUSTOMER_ADMIN)
        .await;
    let fab_sub = demo::subscription_of(demo::FABRIKAM_EA);
    let auth = format!("/subscriptions/{fab_sub}/providers/Microsoft.Authorization");
    let name = "0b0b0b0b-0000-4000-8000-0000000000ee";
    let assignment = format!("{auth}/roleAssignments/{name}?api-version=2022-04-01");
    let code = |v: &Value| v["error"]["code"].as_str().map(str::to_string);

    let (s, _, v) = c.arm(Method::GET, &format!("{auth}/roleDefinitions/00000000-0000-4000-8000-00000000beef?api-version=2022-04-01"), Some(&admin), None).await;
    assert_eq!(
        (s.as_u16(), code(&v).as_deref()),
        (404, Some("RoleDefinitionDoesNotExist"))
    );
    let r = c
        .http
        .put(c.arm_url(&assignment))
        .bearer_auth(&admin)
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    let v: Value = r.json().await.unwrap();
    assert_eq!(code(&v).as_deref(), Some("InvalidRequestContent"));
    let (s, _, v) = c
        .arm(
            Method::PUT,
            &assignment,
            Some(&admin),
            Some(json!({"properties": {"roleDefinitionId": format!("{auth}/roleDefinitions/{READER}")}})),
        )
        .await;
    assert_eq!(
        (s.as_u16(), code(&v).as_deref()),
        (400, Some("InvalidRequestContent"))
    );
    let (s, _, v) = c.arm(Method::POST, &assignment, Some(&admin), None).await;
    assert_eq!(
        (s.as_u16(), code(&v).as_deref()),
        (405, Some("MethodNotAllowed"))
    );

    // Another directory's subscription and an unknown one, through the authorization provider.
    let nw_sub = demo::subscription_of(demo::NORTHWIND_PAYG);
    let (s, _, v) = c
        .arm(
            Method::GET,
            &format!("/subscriptions/{nw_sub}/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01"),
            Some(&admin),
            None,
        )
        .await;
    assert_eq!(
        (s.as_u16(), code(&v).as_deref()),
        (401, Some("InvalidAuthenticationTokenTenant"))
    );
    let (s, _, v) = c
        .arm(
            Method::GET,
            "/subscriptions/00000000-0000-4000-8000-00000000dead/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01",
            Some(&admin),
            None,
        )
        .await;
    assert_eq!(
        (s.as_u16(), code(&v).as_deref()),
        (404, Some("SubscriptionNotFound"))
    );

    // A guest with no role may not even read the subscription's assignments.
    let wg = c
        .user_token_in(demo::WOODGROVE_NO_ROLE, demo::PARTNER_USER)
        .await;
    let wg_sub = demo::subscription_of(demo::WOODGROVE_NO_ROLE);
    let (s, _, v) = c
        .arm(
            Method::GET,
            &format!("/subscriptions/{wg_sub}/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01"),
            Some(&wg),
            None,
        )
        .await;
    assert_eq!(
        (s.as_u16(), code(&v).as_deref()),
        (403, Some("AuthorizationFailed"))
    );

    // An Authorization header that is not a bearer token.
    let r = c
        .http
        .get(c.arm_url("/subscriptions?api-version=2022-12-01"))
        .header("authorization", "Basic dXNlcjpwYXNz")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    assert!(r.headers().contains_key("www-authenticate"));
    let v: Value = r.json().await.unwrap();
    assert_eq!(code(&v).as_deref(), Some("AuthenticationFailed"));
}

#[tokio::test]
async fn a_csp_session_can_neither_change_nor_remove_a_link_and_patch_needs_a_link() {
    let c = start().await;
    let aobo = c
        .user_token_in(demo::TAILSPIN_CSP, demo::PARTNER_USER)
        .await;
    for method in [Method::PATCH, Method::DELETE] {
        let (s, _, v) = c
            .arm(
                method.clone(),
                &partners(demo::PARTNER_ID),
                Some(&aobo),
                None,
            )
            .await;
        assert_eq!(
            (s.as_u16(), v["error"]["code"].as_str()),
            (400, Some("BadRequest")),
            "{method}"
        );
        assert!(
            v["error"]["message"].as_str().unwrap().contains(
                "If you are a CSP partner logged in the customer tenant, you will not be able to link the Partner ID"
            ),
            "{method}: {v}"
        );
    }
    // Northwind's guest account has no link yet: PATCH changes an existing link only.
    let nw = c
        .user_token_in(demo::NORTHWIND_PAYG, demo::PARTNER_USER)
        .await;
    let (s, _, v) = c
        .arm(Method::PATCH, &partners(demo::PARTNER_ID), Some(&nw), None)
        .await;
    assert_eq!(
        (s.as_u16(), v["error"]["code"].as_str()),
        (404, Some("NotFound"))
    );
    assert!(c
        .sim
        .link_of(
            demo::NORTHWIND_PAYG,
            &demo::partner_user_oid_in(demo::NORTHWIND_PAYG)
        )
        .is_none());
}
