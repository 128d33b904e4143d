//! The customer admin's path: permissions, admin consent, finding and inviting the partner, granting
//! roles idempotently, listing and taking them back. Each test starts its own simulator and checks what the
//! simulator holds afterwards, not only what the core answered.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use crate::common::{fast_retry, Env};
use azure_sim::{demo, Scenario, SignIn};
use partner_link_core::arm::{http_client, ArmClient};
use partner_link_core::grant::{
    self, ConsentStatus, GrantRequest, GrantRole, GrantScope, InviteAbility, PartnerPrincipal,
    PrincipalType, RemovalOutcome, StepAction, StepOutcome,
};
use partner_link_core::graph::{graph_scope, GraphClient, GraphTokenSource};
use partner_link_core::{AccessToken, Error, ErrorCode, Sensitive, TokenSource};
use serde_json::Value;
use tokio::sync::Mutex;

const ARM_SCOPE: &str = "https://management.azure.com/.default";
const SECOND_FABRIKAM_SUB: &str = "bbbbbbbb-0000-4000-8000-0000000000f1";

/// A person's tokens for one resource (Resource Manager or Graph): device code at the directory's authority,
/// approved at the simulator's device page. Entra's refusals are mapped as the sign-in module maps them
/// (AADSTS65001 → consent required), so that consent can be checked through the token source.
struct SimUser {
    env_sim: Arc<azure_sim::Simulator>,
    http: reqwest::Client,
    login: String,
    username: String,
    scope: String,
    cache: Mutex<HashMap<String, AccessToken>>,
}

impl SimUser {
    fn new(env: &Env, username: &str, scope: &str) -> Arc<SimUser> {
        Arc::new(SimUser {
            env_sim: env.sim.clone(),
            http: http_client(&env.endpoints).expect("client"),
            login: env.endpoints.login.clone(),
            username: username.to_owned(),
            scope: scope.to_owned(),
            cache: Mutex::new(HashMap::new()),
        })
    }

    async fn fetch(&self, tenant: &str) -> Result<AccessToken, Error> {
        if let Some(t) = self.cache.lock().await.get(tenant) {
            return Ok(t.clone());
        }
        let fail = |m: String| Error::new(ErrorCode::Internal, m);
        let dc: Value = self
            .http
            .post(format!("{}/{tenant}/oauth2/v2.0/devicecode", self.login))
            .form(&[
                ("client_id", demo::CLIENT_ID),
                (
                    "scope",
                    &format!("openid profile offline_access {}", self.scope),
                ),
            ])
            .send()
            .await
            .map_err(|e| fail(e.to_string()))?
            .json()
            .await
            .map_err(|e| fail(e.to_string()))?;
        self.env_sim
            .approve_device_code(
                dc["user_code"].as_str().unwrap_or(""),
                &SignIn::new(&self.username, demo::PASSWORD).with_mfa(demo::MFA_CODE),
            )
            .map_err(|e| {
                let code = if e.code == 65001 {
                    ErrorCode::ConsentRequired
                } else {
                    ErrorCode::SignInFailed
                };
                Error::new(code, format!("AADSTS{}: {}", e.code, e.message))
            })?;
        let tok: Value = self
            .http
            .post(format!("{}/{tenant}/oauth2/v2.0/token", self.login))
            .form(&[
                ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
                ("client_id", demo::CLIENT_ID),
                ("device_code", dc["device_code"].as_str().unwrap_or("")),
            ])
            .send()
            .await
            .map_err(|e| fail(e.to_string()))?
            .json()
            .await
            .map_err(|e| fail(e.to_string()))?;
        let secret = tok["access_token"]
            .as_str()
            .ok_or_else(|| fail(format!("no token: {}", tok["error"])))?;
        let claims = azure_sim::decode_claims_unverified(secret).expect("a JWT");
        let token = AccessToken {
            secret: Sensitive::new(secret.to_owned()),
            expires_at: SystemTime::now() + Duration::from_secs(3000),
            tenant_id: claims["tid"].as_str().unwrap_or_default().to_owned(),
            object_id: claims["oid"].as_str().unwrap_or_default().to_owned(),
        };
        self.cache
            .lock()
            .await
            .insert(tenant.to_owned(), token.clone());
        Ok(token)
    }
}

#[async_trait::async_trait]
impl TokenSource for SimUser {
    async fn access_token(&self, tenant: &str) -> Result<AccessToken, Error> {
        self.fetch(tenant).await
    }
    async fn invalidate(&self, tenant: &str) {
        self.cache.lock().await.remove(tenant);
    }
}

#[async_trait::async_trait]
impl GraphTokenSource for SimUser {
    async fn graph_token(&self, tenant: &str) -> Result<AccessToken, Error> {
        self.fetch(tenant).await
    }
    async fn invalidate_graph(&self, tenant: &str) {
        self.cache.lock().await.remove(tenant);
    }
}

fn arm_as(env: &Env, user: &str) -> ArmClient {
    ArmClient::new(&env.endpoints, SimUser::new(env, user, ARM_SCOPE))
        .expect("ARM client")
        .with_retry(fast_retry())
}

fn graph_as(env: &Env, user: &str) -> GraphClient {
    GraphClient::new(
        &env.endpoints,
        SimUser::new(env, user, &graph_scope(&env.endpoints)),
    )
    .expect("Graph client")
}

/// The demo, plus a second Fabrikam subscription the customer admin owns.
async fn fabrikam_with_two_subscriptions() -> Env {
    let toml = format!(
        "{}\n[[subscriptions]]\nid = \"{SECOND_FABRIKAM_SUB}\"\ntenant = \"{}\"\nname = \"Fabrikam dev\"\nquota_id = \"PayAsYouGo_2014-09-01\"\n\n[[role_assignments]]\nscope = \"/subscriptions/{SECOND_FABRIKAM_SUB}\"\nrole = \"Owner\"\nprincipal = \"{}\"\n",
        Scenario::demo_toml(),
        demo::FABRIKAM_EA,
        demo::CUSTOMER_ADMIN
    );
    crate::common::start_with(Scenario::from_toml_str(&toml).expect("scenario")).await
}

fn sub_scope(id: &str) -> GrantScope {
    GrantScope::Subscription {
        subscription_id: id.to_owned(),
    }
}

fn writes(env: &Env) -> usize {
    ["PUT", "DELETE"]
        .iter()
        .map(|m| crate::common::count(env, "arm", m, "/roleassignments/"))
        .sum()
}

#[tokio::test]
async fn admin_invites_sam_as_a_guest_and_gets_the_redeem_url() {
    let env = crate::common::start().await;
    let graph = graph_as(&env, demo::CUSTOMER_ADMIN);
    // Sam is a guest nowhere: the lookup says so plainly before the invitation.
    let missing = graph
        .find_user(demo::FABRIKAM_EA, demo::PARTNER_COLLEAGUE)
        .await
        .unwrap_err();
    assert_eq!(missing.code, ErrorCode::UserNotFound);

    let inv = graph
        .invite_guest(
            demo::FABRIKAM_EA,
            demo::PARTNER_COLLEAGUE,
            "https://myapplications.microsoft.com",
            false,
        )
        .await
        .expect("invited");
    assert!(inv.redeem_url.starts_with("https://"), "{}", inv.redeem_url);
    assert!(inv.redeem_url.contains(&inv.id));
    assert_eq!(inv.status, "PendingAcceptance");
    assert!(!inv.invitation_email_sent);

    let recorded = env.sim.invitations();
    assert_eq!(recorded.len(), 1);
    assert_eq!(recorded[0].id, inv.id);
    assert_eq!(recorded[0].tenant_id, demo::FABRIKAM_EA);
    assert_eq!(
        recorded[0].invited_user_email_address,
        demo::PARTNER_COLLEAGUE
    );
    assert_eq!(recorded[0].invited_user_id, inv.invited_user_id);
    assert_eq!(recorded[0].invited_by, demo::CUSTOMER_ADMIN_OID);

    // The guest account now exists and is found by the partner's own address.
    let found = graph
        .find_user(demo::FABRIKAM_EA, demo::PARTNER_COLLEAGUE)
        .await
        .expect("found");
    assert_eq!(found.id, inv.invited_user_id);
    assert!(found.is_guest());
    // The admin finds an existing member by sign-in name too.
    let admin = graph
        .find_user(demo::FABRIKAM_EA, demo::CUSTOMER_ADMIN)
        .await
        .expect("found");
    assert_eq!(admin.id, demo::CUSTOMER_ADMIN_OID);
}

#[tokio::test]
async fn a_guest_cannot_invite_and_gets_the_explained_code() {
    let env = crate::common::start().await;
    let graph = graph_as(&env, demo::PARTNER_USER);
    let err = graph
        .invite_guest(
            demo::PROSEWARE_READER,
            demo::PARTNER_COLLEAGUE,
            "https://myapplications.microsoft.com",
            false,
        )
        .await
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::NotAllowedToInvite, "{}", err.message);
    assert!(env.sim.invitations().is_empty());
}

#[tokio::test]
async fn permissions_show_who_may_grant_and_invite() {
    let env = fabrikam_with_two_subscriptions().await;
    let admin = grant::check_permissions(
        &arm_as(&env, demo::CUSTOMER_ADMIN),
        Some(&graph_as(&env, demo::CUSTOMER_ADMIN)),
        demo::FABRIKAM_EA,
    )
    .await
    .expect("checked");
    assert_eq!(admin.admin_object_id, demo::CUSTOMER_ADMIN_OID);
    assert_eq!(admin.subscriptions.len(), 2, "{admin:?}");
    assert!(admin
        .subscriptions
        .iter()
        .all(|s| s.can_grant && s.who_can.is_none()));
    assert!(admin.subscriptions[0]
        .roles_held
        .contains(&"Owner".to_owned()));
    assert_eq!(admin.can_invite, InviteAbility::Likely);

    // Alex is only Reader (and a guest) in Proseware.
    let alex = grant::check_permissions(
        &arm_as(&env, demo::PARTNER_USER),
        Some(&graph_as(&env, demo::PARTNER_USER)),
        demo::PROSEWARE_READER,
    )
    .await
    .expect("checked");
    assert!(!alex.can_grant_somewhere);
    let sub = &alex.subscriptions[0];
    assert_eq!(sub.roles_held, vec!["Reader".to_owned()]);
    let who = sub.who_can.as_ref().expect("who can");
    assert_eq!(who.roles, vec!["Owner", "User Access Administrator"]);
    assert!(who.explanation.contains(&sub.display_name));
    assert_eq!(alex.can_invite, InviteAbility::Unlikely);
}

#[tokio::test]
async fn admin_grants_contributor_on_two_subscriptions_once_then_removes_all() {
    let env = fabrikam_with_two_subscriptions().await;
    let arm = arm_as(&env, demo::CUSTOMER_ADMIN);
    let graph = graph_as(&env, demo::CUSTOMER_ADMIN);
    let fabrikam_sub = demo::subscription_of(demo::FABRIKAM_EA);
    let inv = graph
        .invite_guest(
            demo::FABRIKAM_EA,
            demo::PARTNER_COLLEAGUE,
            "https://myapplications.microsoft.com",
            false,
        )
        .await
        .expect("invited");
    let sam = graph
        .find_user(demo::FABRIKAM_EA, demo::PARTNER_COLLEAGUE)
        .await
        .expect("found");
    let principal = PartnerPrincipal::from(&sam);
    assert_eq!(principal.object_id, inv.invited_user_id);
    let request = GrantRequest {
        principal: principal.clone(),
        role: GrantRole::Contributor,
        scopes: vec![sub_scope(&fabrikam_sub), sub_scope(SECOND_FABRIKAM_SUB)],
        acknowledge_owner_risk: false,
    };
    let before = env.sim.role_assignments().len();

    let plan = grant::plan_grant(&arm, demo::FABRIKAM_EA, &request)
        .await
        .expect("plan");
    assert_eq!(plan.steps.len(), 2);
    assert!(plan.steps.iter().all(|s| s.action == StepAction::Create));
    assert!(plan.consequences[0].contains("Contributor"));
    assert_eq!(
        env.sim.role_assignments().len(),
        before,
        "planning changes nothing"
    );

    let done = grant::apply_grant(&arm, demo::FABRIKAM_EA, &request)
        .await
        .expect("applied");
    assert!(done.complete);
    assert!(done
        .results
        .iter()
        .all(|r| r.outcome == StepOutcome::Created));
    let sams = |env: &Env| -> Vec<azure_sim::RoleAssignment> {
        env.sim
            .role_assignments()
            .into_iter()
            .filter(|a| a.principal_id == sam.id)
            .collect()
    };
    let created = sams(&env);
    assert_eq!(created.len(), 2);
    for sub in [fabrikam_sub.as_str(), SECOND_FABRIKAM_SUB] {
        let a = created
            .iter()
            .find(|a| a.scope == format!("/subscriptions/{sub}"))
            .expect("an assignment on each subscription");
        assert_eq!(a.role_definition_id, "b24988ac-6180-42a0-ab88-20f7382dd24c");
        assert_eq!(a.principal_type, "User");
        assert_eq!(a.created_by.as_deref(), Some(demo::CUSTOMER_ADMIN_OID));
    }

    // A retry or a double click creates nothing new, sequentially or at the same time.
    let puts = crate::common::count(&env, "arm", "PUT", "/roleassignments/");
    let again = grant::apply_grant(&arm, demo::FABRIKAM_EA, &request)
        .await
        .expect("applied again");
    assert!(again
        .results
        .iter()
        .all(|r| r.outcome == StepOutcome::AlreadyThere));
    assert_eq!(
        crate::common::count(&env, "arm", "PUT", "/roleassignments/"),
        puts
    );
    let (a, b) = tokio::join!(
        grant::apply_grant(&arm, demo::FABRIKAM_EA, &request),
        grant::apply_grant(&arm, demo::FABRIKAM_EA, &request)
    );
    assert!(a.unwrap().complete && b.unwrap().complete);
    assert_eq!(sams(&env).len(), 2);

    // Listed later for that partner, and removed in one action.
    let listed = grant::list_partner_assignments(&arm, demo::FABRIKAM_EA, &sam.id, None)
        .await
        .expect("listed");
    assert_eq!(listed.len(), 2);
    assert!(listed
        .iter()
        .all(|a| a.role_name == "Contributor" && a.created_by_you));
    let ids: Vec<String> = listed.iter().map(|a| a.assignment_id.clone()).collect();
    // Someone else's assignment (the admin's own Owner role) is refused and nothing is removed.
    let admins_own = env
        .sim
        .role_assignments()
        .into_iter()
        .find(|a| a.principal_id == demo::CUSTOMER_ADMIN_OID && !a.eligible)
        .expect("the admin's own role");
    let mut with_admins = ids.clone();
    with_admins.push(format!(
        "{}/providers/Microsoft.Authorization/roleAssignments/{}",
        admins_own.scope, admins_own.name
    ));
    let err = grant::remove_partner_assignments(&arm, demo::FABRIKAM_EA, &sam.id, &with_admins)
        .await
        .unwrap_err();
    assert_eq!(err.code, partner_link_core::ErrorCode::InvalidInput);
    assert_eq!(sams(&env).len(), 2, "nothing removed");
    assert!(env
        .sim
        .role_assignments()
        .iter()
        .any(|a| a.name == admins_own.name));
    let removed = grant::remove_partner_assignments(&arm, demo::FABRIKAM_EA, &sam.id, &ids)
        .await
        .expect("removed");
    assert!(removed.iter().all(|r| r.outcome == RemovalOutcome::Removed));
    assert!(sams(&env).is_empty(), "gone server-side");
    assert_eq!(env.sim.role_assignments().len(), before);
    // Removing again is harmless.
    let again = grant::remove_partner_assignments(&arm, demo::FABRIKAM_EA, &sam.id, &ids)
        .await
        .expect("removed again");
    assert!(again
        .iter()
        .all(|r| r.outcome == RemovalOutcome::AlreadyGone));
}

#[tokio::test]
async fn a_reader_trying_to_grant_is_told_who_can_and_nothing_is_created() {
    let env = crate::common::start().await;
    let arm = arm_as(&env, demo::PARTNER_USER);
    let before = env.sim.role_assignments();
    let request = GrantRequest {
        principal: PartnerPrincipal {
            object_id: demo::partner_user_oid_in(demo::PROSEWARE_READER),
            principal_type: PrincipalType::User,
            display_name: demo::PARTNER_USER.to_owned(),
        },
        role: GrantRole::Contributor,
        scopes: vec![sub_scope(&demo::subscription_of(demo::PROSEWARE_READER))],
        acknowledge_owner_risk: false,
    };
    for result in [
        grant::plan_grant(&arm, demo::PROSEWARE_READER, &request)
            .await
            .map(|_| ()),
        grant::apply_grant(&arm, demo::PROSEWARE_READER, &request)
            .await
            .map(|_| ()),
    ] {
        let err = result.unwrap_err();
        assert_eq!(err.code, ErrorCode::NotAllowedToGrant);
        assert!(
            err.message.contains("Owner or User Access Administrator"),
            "{}",
            err.message
        );
    }
    assert_eq!(env.sim.role_assignments(), before);
    assert_eq!(writes(&env), 0);
}

#[tokio::test]
async fn owner_without_acknowledgement_is_refused_and_with_it_is_granted() {
    let env = crate::common::start().await;
    let arm = arm_as(&env, demo::CUSTOMER_ADMIN);
    let partner = demo::automation_sp_in(demo::FABRIKAM_EA);
    let mut request = GrantRequest {
        principal: PartnerPrincipal {
            object_id: partner.clone(),
            principal_type: PrincipalType::ServicePrincipal,
            display_name: "Contoso PAL Automation".to_owned(),
        },
        role: GrantRole::Owner,
        scopes: vec![sub_scope(&demo::subscription_of(demo::FABRIKAM_EA))],
        acknowledge_owner_risk: false,
    };
    let before = env.sim.role_assignments();
    let err = grant::apply_grant(&arm, demo::FABRIKAM_EA, &request)
        .await
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::OwnerNeedsAcknowledgement);
    assert_eq!(env.sim.role_assignments(), before);
    assert_eq!(writes(&env), 0);

    request.acknowledge_owner_risk = true;
    let done = grant::apply_grant(&arm, demo::FABRIKAM_EA, &request)
        .await
        .expect("granted");
    assert!(done.complete);
    let owners: Vec<_> = env
        .sim
        .role_assignments()
        .into_iter()
        .filter(|a| {
            a.principal_id == partner
                && a.role_definition_id == "8e3af657-a8ff-443c-a75c-2fe8c4bcb635"
        })
        .collect();
    assert_eq!(owners.len(), 1);
    assert_eq!(owners[0].principal_type, "ServicePrincipal");
}

#[tokio::test]
async fn admin_consent_is_confirmed_by_a_token_for_the_app() {
    let env = crate::common::start().await;
    let alex = SimUser::new(&env, demo::PARTNER_USER, ARM_SCOPE);
    let tenant = demo::LUCERNE_NO_CONSENT;
    assert_eq!(
        grant::consent_status(alex.as_ref(), tenant).await.unwrap(),
        ConsentStatus::Missing
    );

    // Lucerne's admin opens the consent URL and accepts, on the simulator's pages (the browser's part).
    let url = partner_link_core::auth::consent::admin_consent_url(
        &env.endpoints,
        tenant,
        demo::CLIENT_ID,
        Some("http://localhost:5123/"),
        Some("st-1"),
    )
    .unwrap();
    assert!(url.starts_with(&format!(
        "{}/{tenant}/adminconsent?client_id={}",
        env.sim.login_url(),
        demo::CLIENT_ID
    )));
    let http = http_client(&env.endpoints).unwrap();
    let txn_of = |page: &str| {
        page.split(r#"name="txn" value=""#)
            .nth(1)
            .and_then(|r| r.split('"').next())
            .map(str::to_owned)
    };
    let page = http.get(&url).send().await.unwrap().text().await.unwrap();
    let txn = txn_of(&page).expect("a sign-in page");
    let mut answer = http
        .post(format!("{}/common/login", env.sim.login_url()))
        .form(&[
            ("txn", txn.as_str()),
            ("username", demo::LUCERNE_ADMIN),
            ("password", demo::PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    // Further steps (MFA, the consent question) until the page redirects back.
    for _ in 0..3 {
        if answer.status().is_redirection() {
            break;
        }
        let page = answer.text().await.unwrap();
        let txn = txn_of(&page).expect("another step");
        let form: Vec<(&str, &str)> = if page.contains("name=\"mfa_code\"") {
            vec![("txn", &txn), ("mfa_code", demo::MFA_CODE)]
        } else {
            vec![("txn", &txn), ("consent", "accept")]
        };
        answer = http
            .post(format!("{}/common/login", env.sim.login_url()))
            .form(&form)
            .send()
            .await
            .unwrap();
    }
    let location = answer.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(
        partner_link_core::auth::consent::read_admin_consent_redirect(&location, Some("st-1"))
            .unwrap(),
        tenant
    );
    assert_eq!(
        grant::consent_status(alex.as_ref(), tenant).await.unwrap(),
        ConsentStatus::Granted
    );
}

#[tokio::test]
async fn a_lost_answer_is_read_back_and_the_role_is_not_sent_twice() {
    let env = crate::common::start().await;
    let arm = arm_as(&env, demo::CUSTOMER_ADMIN);
    // The role assignment is written, then the connection drops before the answer arrives.
    env.sim
        .add_fault(
            azure_sim::FaultDef::new(azure_sim::FaultKind::DropAfter)
                .service(azure_sim::Service::Arm)
                .method("PUT")
                .path_contains("roleAssignments")
                .times(1),
        )
        .expect("fault");
    let partner = demo::automation_sp_in(demo::FABRIKAM_EA);
    let request = GrantRequest {
        principal: PartnerPrincipal {
            object_id: partner.clone(),
            principal_type: PrincipalType::ServicePrincipal,
            display_name: "Contoso PAL Automation".to_owned(),
        },
        role: GrantRole::Reader,
        scopes: vec![sub_scope(&demo::subscription_of(demo::FABRIKAM_EA))],
        acknowledge_owner_risk: false,
    };
    let done = grant::apply_grant(&arm, demo::FABRIKAM_EA, &request)
        .await
        .expect("applied");
    assert!(done.complete, "{done:?}");
    assert_eq!(done.results[0].outcome, StepOutcome::Created);
    assert!(done.results[0].assignment_id.is_some());
    let readers = env
        .sim
        .role_assignments()
        .into_iter()
        .filter(|a| {
            a.principal_id == partner
                && a.role_definition_id == "acdd72a7-3385-48ef-bd42-f606fba81ae7"
        })
        .count();
    assert_eq!(readers, 1);
    assert_eq!(
        crate::common::count(&env, "arm", "PUT", "/roleassignments/"),
        1
    );
    // The answer really was lost: the one PUT is the one the fault dropped.
    assert!(env
        .sim
        .requests()
        .iter()
        .any(|r| r.method == "PUT" && r.fault.is_some()));
}

#[tokio::test]
async fn the_partners_app_is_found_by_its_application_id() {
    let env = crate::common::start().await;
    let graph = graph_as(&env, demo::CUSTOMER_ADMIN);
    let sp = graph
        .find_service_principal(
            demo::FABRIKAM_EA,
            &format!(" {} ", demo::AUTOMATION_CLIENT_ID.to_ascii_uppercase()),
        )
        .await
        .expect("the automation app's service principal in Fabrikam");
    assert_eq!(sp.id, "dddddddd-0000-4000-8000-000000000001");
    assert_eq!(sp.app_id, demo::AUTOMATION_CLIENT_ID);
    assert_eq!(sp.display_name, "Contoso PAL Automation");
    // An app never approved in the directory has no service principal there.
    let missing = graph
        .find_service_principal(demo::FABRIKAM_EA, "eeeeeeee-0000-4000-8000-0000000000ff")
        .await
        .unwrap_err();
    assert_eq!(missing.code, ErrorCode::ServicePrincipalNotFound);
    let bad = graph
        .find_service_principal(demo::FABRIKAM_EA, "not-a-guid")
        .await
        .unwrap_err();
    assert_eq!(bad.code, ErrorCode::InvalidInput);
}
