//! Azure Resource Manager: token validation, `/tenants`, `/subscriptions`, the billing property, role
//! assignments and definitions, Microsoft.ManagementPartner, and `/metadata/endpoints`.
//!
//! Paths are matched by segment and case-insensitively, as ARM does for provider and type names.

use crate::http_util::json_response;
use crate::identity::{is_arm_audience, is_graph_audience};
use crate::server::RequestId;
use crate::state::{
    lower, role_by_name_or_id, valid_partner_id_format, PartnerLink, RoleAssignment, State,
    BUILT_IN_ROLES, OWNER, USER_ACCESS_ADMIN,
};
use crate::util::{get, is_guid, now_secs, parse_pairs, rfc3339_at, rfc3339_now};
use crate::Shared;
use axum::body::{Body, Bytes};
use axum::extract::State as AxState;
use axum::{Extension, Router};
use base64::Engine as _;
use http::{HeaderMap, Method, Response, Uri};
use serde_json::{json, Value};
use std::collections::HashSet;
use std::sync::Arc;

pub(crate) fn router(shared: Arc<Shared>) -> Router {
    Router::new().fallback(handle).with_state(shared)
}

pub(crate) fn arm_error(status: u16, code: &str, message: impl Into<String>) -> Response<Body> {
    json_response(
        status,
        &json!({"error": {"code": code, "message": message.into()}}),
    )
}

/// Who is calling, from a verified token.
pub(crate) struct Caller {
    pub tid: String,
    pub oid: String,
    pub is_app: bool,
    pub display: String,
    /// The user's home object ID (users only).
    pub user: Option<String>,
    /// An admin-on-behalf-of session: a CSP partner's agent without an account in this directory.
    pub aobo: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Audience {
    Arm,
    Graph,
}

fn unauthorized(login: &str, tenant: &str, code: &str, message: String) -> Response<Body> {
    let mut r = arm_error(401, code, message.clone());
    let challenge = format!(
        r#"Bearer authorization_uri="{login}/{tenant}", error="invalid_token", error_description="{}""#,
        message.replace('"', "'")
    );
    if let Ok(v) = challenge.parse() {
        r.headers_mut().insert("www-authenticate", v);
    }
    r
}

/// Validates the bearer token as ARM does: signature, expiry, audience, issuer and tenant.
pub(crate) fn authenticate(
    sh: &Shared,
    st: &State,
    headers: &HeaderMap,
    aud: Audience,
) -> Result<Caller, Response<Body>> {
    let login = &sh.urls.login;
    let Some(auth) = headers.get("authorization").and_then(|v| v.to_str().ok()) else {
        return Err(unauthorized(
            login,
            "common",
            "AuthenticationFailed",
            "Authentication failed. The 'Authorization' header is missing.".into(),
        ));
    };
    let Some(token) = auth
        .strip_prefix("Bearer ")
        .or_else(|| auth.strip_prefix("bearer "))
    else {
        return Err(unauthorized(
            login,
            "common",
            "AuthenticationFailed",
            "Authentication failed. The 'Authorization' header is not a bearer token.".into(),
        ));
    };
    let claims = match sh.signer.verify(token.trim()) {
        Ok(c) => c,
        Err(crate::jwt::JwtError::BadSignature) | Err(crate::jwt::JwtError::UnknownKey) => {
            return Err(unauthorized(
                login,
                "common",
                "InvalidAuthenticationToken",
                "The access token has invalid signature.".into(),
            ))
        }
        Err(_) => {
            return Err(unauthorized(
                login,
                "common",
                "InvalidAuthenticationToken",
                "The access token is invalid.".into(),
            ))
        }
    };
    let s = |k: &str| {
        claims
            .get(k)
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string()
    };
    let tid = lower(&s("tid"));
    let now = now_secs();
    let exp = claims.get("exp").and_then(Value::as_i64).unwrap_or(0);
    let generation = claims
        .get("xms_sim_gen")
        .and_then(Value::as_u64)
        .unwrap_or(0);
    if exp <= now || generation < st.token_generation {
        let shown = if exp <= now { exp } else { now };
        return Err(unauthorized(
            login,
            &tid,
            "ExpiredAuthenticationToken",
            format!(
                "The access token expiry UTC time '{}' is earlier than current UTC time '{}'.",
                rfc3339_at(shown),
                rfc3339_at(now)
            ),
        ));
    }
    let audience = s("aud");
    let ok_aud = match aud {
        Audience::Arm => is_arm_audience(&audience),
        Audience::Graph => is_graph_audience(&audience, &sh.urls.graph),
    };
    if !ok_aud {
        return Err(unauthorized(
            login,
            &tid,
            "InvalidAuthenticationTokenAudience",
            format!("The access token has been obtained for wrong audience or resource '{audience}'. It should exactly match with one of the allowed audiences 'https://management.core.windows.net/','https://management.core.windows.net','https://management.azure.com/','https://management.azure.com'."),
        ));
    }
    if st.world.tenant(&tid).is_none() || s("iss") != format!("https://sts.windows.net/{tid}/") {
        return Err(unauthorized(
            login,
            "common",
            "InvalidAuthenticationTokenTenant",
            format!("The access token is from the wrong issuer '{}'.", s("iss")),
        ));
    }
    let seq = claims
        .get("xms_sim_seq")
        .and_then(Value::as_u64)
        .unwrap_or(0);
    if st
        .claims_challenges
        .get(&tid)
        .is_some_and(|limit| seq <= *limit)
    {
        // Continuous access evaluation: the token was revoked by a policy change; clients answer the claims
        // challenge by getting a new token with these claims.
        let challenge =
            json!({"access_token": {"nbf": {"essential": true, "value": now.to_string()}}});
        let encoded = base64::engine::general_purpose::URL_SAFE.encode(challenge.to_string());
        let mut r = arm_error(401, "InvalidAuthenticationToken", "The access token was revoked by a policy change (continuous access evaluation); request a new token with the claims challenge.");
        let header = format!(
            r#"Bearer authorization_uri="{login}/{tid}", error="insufficient_claims", claims="{encoded}""#
        );
        if let Ok(v) = header.parse() {
            r.headers_mut().insert("www-authenticate", v);
        }
        return Err(r);
    }
    let oid = lower(&s("oid"));
    let is_app = s("idtyp") == "app";
    if is_app {
        let Some(sp) = st.world.sp(&tid, &oid) else {
            return Err(unauthorized(
                login,
                &tid,
                "InvalidAuthenticationToken",
                "The service principal no longer exists in this directory.".into(),
            ));
        };
        return Ok(Caller {
            tid,
            oid,
            is_app,
            display: sp.app_id.clone(),
            user: None,
            aobo: false,
        });
    }
    let account = st.world.account(&tid, &oid);
    let (user, kind) = match account {
        Some(a) => (a.user.clone(), Some(a.kind)),
        None => (st.world.users.get(&oid).map(|u| u.object_id.clone()), None),
    };
    let aobo = kind.is_none()
        && user
            .as_ref()
            .and_then(|u| st.world.users.get(u))
            .is_some_and(|u| {
                u.admin_agent
                    && st
                        .world
                        .tenant(&tid)
                        .and_then(|t| t.csp_partner.clone())
                        .as_deref()
                        == Some(u.home_tenant.as_str())
            });
    if kind.is_none() && !aobo {
        return Err(unauthorized(
            login,
            &tid,
            "InvalidAuthenticationToken",
            "The user no longer exists in this directory.".into(),
        ));
    }
    Ok(Caller {
        tid,
        oid,
        is_app,
        display: s("upn"),
        user,
        aobo,
    })
}

fn scope_covers(outer: &str, inner: &str) -> bool {
    let (o, i) = (outer.to_ascii_lowercase(), inner.to_ascii_lowercase());
    i == o || i.starts_with(&format!("{o}/")) || o == "/"
}

/// Active role definition IDs of the caller at `scope` (assignments at the scope or above).
fn roles_at(st: &State, c: &Caller, scope: &str) -> HashSet<String> {
    let principals = st.world.principal_ids(&c.tid, &c.oid);
    let mut roles: HashSet<String> = st
        .world
        .role_assignments
        .iter()
        .filter(|a| {
            !a.eligible
                && a.tenant_id == c.tid
                && principals.contains(&a.principal_id)
                && scope_covers(&a.scope, scope)
        })
        .map(|a| a.role_definition_id.clone())
        .collect();
    if c.aobo {
        // CSP's admin agents hold Owner on the customer's subscriptions through a foreign principal.
        roles.insert(OWNER.to_string());
    }
    roles
}

/// Any active role at, above or below `scope` (what makes a subscription visible).
fn has_any_access(st: &State, c: &Caller, scope: &str) -> bool {
    if c.aobo {
        return true;
    }
    let principals = st.world.principal_ids(&c.tid, &c.oid);
    st.world.role_assignments.iter().any(|a| {
        !a.eligible
            && a.tenant_id == c.tid
            && principals.contains(&a.principal_id)
            && (scope_covers(&a.scope, scope) || scope_covers(scope, &a.scope))
    })
}

fn forbidden(c: &Caller, action: &str, scope: &str) -> Response<Body> {
    arm_error(403, "AuthorizationFailed", format!(
        "The client '{}' with object id '{}' does not have authorization to perform action '{action}' over scope '{scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.",
        c.display, c.oid
    ))
}

struct Req<'a> {
    sh: &'a Shared,
    method: &'a Method,
    path: String,
    query: Vec<(String, String)>,
    headers: &'a HeaderMap,
    body: Bytes,
}

async fn handle(
    AxState(sh): AxState<Arc<Shared>>,
    Extension(_rid): Extension<RequestId>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response<Body> {
    let req = Req {
        sh: &sh,
        method: &method,
        path: uri.path().to_string(),
        query: parse_pairs(uri.query().unwrap_or("")),
        headers: &headers,
        body,
    };
    let mut resp = route(&req);
    let writes = matches!(
        method,
        Method::PUT | Method::PATCH | Method::DELETE | Method::POST
    );
    let (name, value) = if writes {
        ("x-ms-ratelimit-remaining-tenant-writes", "1199")
    } else {
        ("x-ms-ratelimit-remaining-tenant-reads", "11999")
    };
    resp.headers_mut()
        .insert(name, http::HeaderValue::from_static(value));
    resp
}

fn route(r: &Req) -> Response<Body> {
    let segs: Vec<&str> = r.path.split('/').filter(|s| !s.is_empty()).collect();
    let low: Vec<String> = segs.iter().map(|s| s.to_ascii_lowercase()).collect();
    let l: Vec<&str> = low.iter().map(String::as_str).collect();
    if l == ["metadata", "endpoints"] {
        return metadata_endpoints(r);
    }
    let Some(api_version) = get(&r.query, "api-version")
        .filter(|v| !v.is_empty())
        .map(str::to_string)
    else {
        return arm_error(
            400,
            "MissingApiVersionParameter",
            "The api-version query parameter (?api-version=) is required for all requests.",
        );
    };
    let mut st = r.sh.lock();
    let caller = match authenticate(r.sh, &st, r.headers, Audience::Arm) {
        Ok(c) => c,
        Err(resp) => return resp,
    };
    let m = r.method;
    match l.as_slice() {
        ["tenants"] if m == Method::GET => list_tenants(r, &st, &caller, &api_version),
        ["subscriptions"] if m == Method::GET => list_subscriptions(r, &st, &caller, &api_version),
        ["subscriptions", id] if m == Method::GET => {
            match check_subscription(r.sh, &st, &caller, id) {
                Ok(sub) => json_response(200, &sub),
                Err(e) => e,
            }
        }
        ["subscriptions", id, "providers", "microsoft.billing", "billingproperty", "default"]
            if m == Method::GET =>
        {
            billing_property(r.sh, &st, &caller, id)
        }
        ["providers", "microsoft.managementpartner", "operations"] if m == Method::GET => {
            operations()
        }
        ["providers", "microsoft.managementpartner", "partners"] if m == Method::GET => {
            match current_link(&st, &caller) {
                Some(link) => json_response(200, &partner_json(link)),
                None => arm_error(404, "NotFound", "No partner is linked to this identity."),
            }
        }
        ["providers", "microsoft.managementpartner", "partners", pid] => {
            partner_call(r, &mut st, &caller, &segs[3..], pid)
        }
        _ => {
            if let Some(i) = l
                .windows(2)
                .position(|w| w == ["providers", "microsoft.authorization"])
            {
                let scope = if i == 0 {
                    "/".to_string()
                } else {
                    format!("/{}", segs[..i].join("/"))
                };
                return authorization(r, &mut st, &caller, &scope, &l[i + 2..], &segs[i + 2..]);
            }
            arm_error(
                404,
                "NotFound",
                format!(
                    "The resource path '{}' is not supported by the simulator.",
                    r.path
                ),
            )
        }
    }
}

fn metadata_endpoints(r: &Req) -> Response<Body> {
    let u = &r.sh.urls;
    let v = json!({
        "portal": format!("{}/portal", u.arm),
        "authentication": {
            "loginEndpoint": format!("{}/", u.login),
            "audiences": ["https://management.core.windows.net/", "https://management.azure.com/"],
            "tenant": "common",
            "identityProvider": "AAD"
        },
        "media": "https://rest.media.azure.net",
        "graphAudience": "https://graph.windows.net/",
        "graph": "https://graph.windows.net/",
        "name": "AzureSimulator",
        "suffixes": {
            "azureDataLakeStoreFileSystem": "azuredatalakestore.net",
            "acrLoginServer": "azurecr.io",
            "sqlServerHostname": "database.windows.net",
            "azureDataLakeAnalyticsCatalogAndJob": "azuredatalakeanalytics.net",
            "keyVaultDns": "vault.azure.net",
            "storage": "core.windows.net",
            "azureFrontDoorEndpointSuffix": "azurefd.net",
            "storageSyncEndpointSuffix": "afs.azure.net",
            "mhsmDns": "managedhsm.azure.net",
            "mysqlServerEndpoint": "mysql.database.azure.com",
            "postgresqlServerEndpoint": "postgres.database.azure.com",
            "mariadbServerEndpoint": "mariadb.database.azure.com",
            "synapseAnalytics": "dev.azuresynapse.net",
            "attestationEndpoint": "attest.azure.net"
        },
        "batch": "https://batch.core.windows.net/",
        "resourceManager": format!("{}/", u.arm),
        "vmImageAliasDoc": "https://raw.githubusercontent.com/Azure/azure-rest-api-specs/main/arm-compute/quickstart-templates/aliases.json",
        "activeDirectoryDataLake": "https://datalake.azure.net/",
        "sqlManagement": "https://management.core.windows.net:8443/",
        "microsoftGraphResourceId": format!("{}/", u.graph),
        "appInsightsResourceId": "https://api.applicationinsights.io",
        "appInsightsTelemetryChannelResourceId": "https://dc.applicationinsights.azure.com/v2/track",
        "attestationResourceId": "https://attest.azure.net",
        "synapseAnalyticsResourceId": "https://dev.azuresynapse.net",
        "logAnalyticsResourceId": "https://api.loganalytics.io",
        "ossrDbmsResourceId": "https://ossrdbms-aad.database.windows.net"
    });
    // Old api-versions (2019-05-01 and before) answer an array of clouds; 2022-09-01 answers one object.
    let old = get(&r.query, "api-version").is_some_and(|v| v < "2020");
    json_response(200, &if old { json!([v]) } else { v })
}

fn page(r: &Req, items: Vec<Value>, api_version: &str, size: usize) -> Response<Body> {
    let size = size.max(1);
    let skip: usize = get(&r.query, "$skiptoken")
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let total = items.len();
    let value: Vec<Value> = items.into_iter().skip(skip).take(size).collect();
    let mut out = json!({"value": value});
    if skip + size < total {
        out["nextLink"] = json!(format!(
            "{}{}?api-version={api_version}&%24skiptoken={}",
            r.sh.urls.arm,
            r.path,
            skip + size
        ));
    } else {
        out["count"] = json!({"type": "Total", "value": total});
    }
    json_response(200, &out)
}

fn list_tenants(r: &Req, st: &State, c: &Caller, api_version: &str) -> Response<Body> {
    let w = &st.world;
    let tenant_ids: Vec<String> = match (&c.user, c.is_app) {
        (Some(u), false) => {
            let mut ids: Vec<String> = w
                .accounts
                .iter()
                .filter(|a| a.user.as_deref() == Some(u.as_str()))
                .map(|a| a.tenant.clone())
                .collect();
            if !ids.contains(&c.tid) {
                ids.push(c.tid.clone());
            }
            ids
        }
        _ => {
            let app = w
                .sp(&c.tid, &c.oid)
                .map(|s| s.app_id.clone())
                .unwrap_or_default();
            w.sps
                .iter()
                .filter(|s| s.app_id == app)
                .map(|s| s.tenant.clone())
                .collect()
        }
    };
    let items = w
        .tenants
        .iter()
        .filter(|t| tenant_ids.contains(&t.id))
        .map(|t| {
            json!({
                "id": format!("/tenants/{}", t.id),
                "tenantId": t.id,
                "countryCode": t.country_code,
                "country": t.country_code,
                "displayName": t.name,
                "domains": [t.domain],
                "defaultDomain": t.domain,
                "tenantType": "AAD",
                "tenantCategory": "Home",
                "tenantBrandingLogoUrl": null,
            })
        })
        .collect();
    page(r, items, api_version, st.world.settings.page_size)
}

fn subscription_json(st: &State, id: &str) -> Value {
    let Some(s) = st.world.subscription(id) else {
        return Value::Null;
    };
    json!({
        "id": format!("/subscriptions/{}", s.id),
        "authorizationSource": "RoleBased",
        "managedByTenants": [],
        "subscriptionId": s.id,
        "tenantId": s.tenant,
        "displayName": s.name,
        "state": s.state,
        "subscriptionPolicies": {
            "locationPlacementId": "Public_2014-09-01",
            "quotaId": s.quota_id,
            "spendingLimit": s.spending_limit
        }
    })
}

fn list_subscriptions(r: &Req, st: &State, c: &Caller, api_version: &str) -> Response<Body> {
    let items = st
        .world
        .subscriptions
        .iter()
        .filter(|s| s.tenant == c.tid && has_any_access(st, c, &format!("/subscriptions/{}", s.id)))
        .map(|s| subscription_json(st, &s.id))
        .collect();
    page(r, items, api_version, st.world.settings.page_size)
}

/// The subscription, if it exists, belongs to the token's directory and the caller can see it.
fn check_subscription(
    sh: &Shared,
    st: &State,
    c: &Caller,
    id: &str,
) -> Result<Value, Response<Body>> {
    let Some(sub) = st.world.subscription(id) else {
        return Err(arm_error(
            404,
            "SubscriptionNotFound",
            format!("The subscription '{id}' could not be found."),
        ));
    };
    if sub.tenant != c.tid {
        return Err(unauthorized(
            &sh.urls.login,
            &sub.tenant,
            "InvalidAuthenticationTokenTenant",
            format!(
                "The access token is from the wrong issuer 'https://sts.windows.net/{}/'. It must match the tenant 'https://sts.windows.net/{}/' associated with this subscription. Please use the authority (URL) '{}/{}' to get the token. Note, if the subscription is transferred to another tenant there is no impact to the services, but information about new tenant could take time to propagate (up to an hour). If you just transferred your subscription and see this error message, please try back later.",
                c.tid, sub.tenant, sh.urls.login, sub.tenant
            ),
        ));
    }
    let scope = format!("/subscriptions/{}", sub.id);
    if !has_any_access(st, c, &scope) {
        return Err(forbidden(
            c,
            "Microsoft.Resources/subscriptions/read",
            &scope,
        ));
    }
    Ok(subscription_json(st, id))
}

fn billing_property(sh: &Shared, st: &State, c: &Caller, id: &str) -> Response<Body> {
    if let Err(e) = check_subscription(sh, st, c, id) {
        return e;
    }
    let Some(sub) = st.world.subscription(id) else {
        return arm_error(
            404,
            "SubscriptionNotFound",
            format!("The subscription '{id}' could not be found."),
        );
    };
    let scope = format!("/subscriptions/{}", sub.id);
    let Some(agreement) = &sub.agreement else {
        return forbidden(c, "Microsoft.Billing/billingProperty/read", &scope);
    };
    json_response(
        200,
        &json!({
            "id": format!("{scope}/providers/Microsoft.Billing/billingProperty/default"),
            "name": "default",
            "type": "Microsoft.Billing/billingProperty",
            "properties": {
                "billingAccountAgreementType": agreement,
                "billingTenantId": sub.tenant,
                "accountAdminNotificationEmailAddress": null,
                "billingAccountDisplayName": format!("{} billing", sub.name),
                "costCenter": null,
                "isAccountAdmin": false,
                "skuId": "0001",
                "skuDescription": "Microsoft Azure Plan",
                "subscriptionBillingStatus": "Active",
                "subscriptionBillingType": if agreement == "MicrosoftPartnerAgreement" { "Free" } else { "Paid" },
                "subscriptionWorkloadType": "Production"
            }
        }),
    )
}

// ---------------------------------------------------------------------------------------------------------
// Microsoft.Authorization

fn role_definition_json(scope: &str, id: &str) -> Option<Value> {
    let r = BUILT_IN_ROLES.iter().find(|r| r.0 == id)?;
    let prefix = if scope == "/" {
        String::new()
    } else {
        scope.to_string()
    };
    Some(json!({
        "id": format!("{prefix}/providers/Microsoft.Authorization/roleDefinitions/{}", r.0),
        "name": r.0,
        "type": "Microsoft.Authorization/roleDefinitions",
        "properties": {
            "roleName": r.1,
            "type": "BuiltInRole",
            "description": r.2,
            "assignableScopes": ["/"],
            "permissions": [{"actions": r.3, "notActions": r.4, "dataActions": [], "notDataActions": []}],
            "createdOn": "2015-02-02T21:55:09.880Z",
            "updatedOn": "2021-11-11T20:13:47.862Z",
            "createdBy": null,
            "updatedBy": null
        }
    }))
}

fn assignment_json(a: &RoleAssignment) -> Value {
    let sub_prefix = crate::state::subscription_of_scope(&a.scope)
        .map(|s| format!("/subscriptions/{s}"))
        .unwrap_or_default();
    json!({
        "id": format!("{}/providers/Microsoft.Authorization/roleAssignments/{}", a.scope, a.name),
        "name": a.name,
        "type": "Microsoft.Authorization/roleAssignments",
        "properties": {
            "roleDefinitionId": format!("{sub_prefix}/providers/Microsoft.Authorization/roleDefinitions/{}", a.role_definition_id),
            "principalId": a.principal_id,
            "principalType": a.principal_type,
            "scope": a.scope,
            "condition": null,
            "conditionVersion": null,
            "createdOn": a.created_on,
            "updatedOn": a.created_on,
            "createdBy": a.created_by,
            "updatedBy": a.created_by,
            "delegatedManagedIdentityResourceId": null,
            "description": null
        }
    })
}

fn authorization(
    r: &Req,
    st: &mut State,
    c: &Caller,
    scope: &str,
    rest: &[&str],
    rest_orig: &[&str],
) -> Response<Body> {
    // Role definitions are readable by every authenticated caller; built-in definitions exist at every scope.
    let canonical_scope = match crate::state::subscription_of_scope(scope) {
        Some(sub_id) => {
            let Some(sub) = st.world.subscription(&sub_id) else {
                return arm_error(
                    404,
                    "SubscriptionNotFound",
                    format!("The subscription '{sub_id}' could not be found."),
                );
            };
            if sub.tenant != c.tid {
                if let Err(e) = check_subscription(r.sh, st, c, &sub_id) {
                    return e;
                }
            }
            crate::state::canonical_scope(scope, &sub.id)
        }
        None => "/".to_string(),
    };
    let scope = canonical_scope.as_str();
    match (rest, r.method) {
        (["roledefinitions"], &Method::GET) => {
            let filter = get(&r.query, "$filter").unwrap_or("");
            let wanted = filter
                .split_once("roleName eq '")
                .and_then(|(_, rest)| rest.split_once('\''))
                .map(|(n, _)| n.to_string());
            let value: Vec<Value> = BUILT_IN_ROLES
                .iter()
                .filter(|role| {
                    wanted
                        .as_deref()
                        .is_none_or(|w| role.1.eq_ignore_ascii_case(w))
                })
                .filter_map(|role| role_definition_json(scope, role.0))
                .collect();
            json_response(200, &json!({"value": value}))
        }
        (["roledefinitions", id], &Method::GET) => match role_definition_json(scope, &lower(id)) {
            Some(v) => json_response(200, &v),
            None => arm_error(
                404,
                "RoleDefinitionDoesNotExist",
                format!("The specified role definition with ID '{id}' does not exist."),
            ),
        },
        (["roleassignments"], &Method::GET) => {
            if scope != "/" && !has_any_access(st, c, scope) {
                return forbidden(c, "Microsoft.Authorization/roleAssignments/read", scope);
            }
            let filter = get(&r.query, "$filter").unwrap_or("");
            let (mut assigned_to, mut principal_eq, mut at_scope) = (None, None, false);
            for clause in filter.split(" and ") {
                let cl = clause.trim();
                if cl.eq_ignore_ascii_case("atScope()") {
                    at_scope = true;
                } else if let Some(x) = cl
                    .strip_prefix("assignedTo('")
                    .and_then(|x| x.strip_suffix("')"))
                {
                    assigned_to = Some(lower(x));
                } else if let Some(x) = cl
                    .strip_prefix("principalId eq '")
                    .and_then(|x| x.strip_suffix('\''))
                {
                    principal_eq = Some(lower(x));
                } else if !cl.is_empty() {
                    return arm_error(
                        400,
                        "InvalidFilter",
                        format!("The filter '{filter}' is not supported."),
                    );
                }
            }
            let principals = assigned_to
                .as_ref()
                .map(|p| st.world.principal_ids(&c.tid, p));
            let value: Vec<Value> = st
                .world
                .role_assignments
                .iter()
                .filter(|a| !a.eligible && a.tenant_id == c.tid)
                // At the tenant root a caller sees only the assignments on scopes it can read.
                .filter(|a| scope != "/" || has_any_access(st, c, &a.scope))
                .filter(|a| {
                    scope_covers(&a.scope, scope) || (!at_scope && scope_covers(scope, &a.scope))
                })
                .filter(|a| {
                    principals
                        .as_ref()
                        .is_none_or(|p| p.contains(&a.principal_id))
                })
                .filter(|a| principal_eq.as_ref().is_none_or(|p| *p == a.principal_id))
                .map(assignment_json)
                .collect();
            json_response(200, &json!({"value": value}))
        }
        (["roleassignments", name], method) => {
            let name = lower(name);
            let found = st.world.role_assignments.iter().position(|a| {
                a.name == name
                    && !a.eligible
                    && scope_covers(&a.scope, scope)
                    && scope_covers(scope, &a.scope)
            });
            match *method {
                Method::GET => {
                    if !has_any_access(st, c, scope) {
                        return forbidden(c, "Microsoft.Authorization/roleAssignments/read", scope);
                    }
                    match found {
                        Some(i) => {
                            json_response(200, &assignment_json(&st.world.role_assignments[i]))
                        }
                        None => arm_error(
                            404,
                            "RoleAssignmentNotFound",
                            format!("The role assignment '{name}' is not found."),
                        ),
                    }
                }
                Method::DELETE => {
                    if !can_write_rbac(st, c, scope) {
                        return forbidden(
                            c,
                            "Microsoft.Authorization/roleAssignments/delete",
                            scope,
                        );
                    }
                    match found {
                        Some(i) => {
                            let a = st.world.role_assignments.remove(i);
                            json_response(200, &assignment_json(&a))
                        }
                        None => http::Response::builder()
                            .status(204)
                            .body(Body::empty())
                            .unwrap_or_default(),
                    }
                }
                Method::PUT => create_assignment(
                    r,
                    st,
                    c,
                    scope,
                    &name,
                    rest_orig.get(1).copied().unwrap_or(""),
                ),
                _ => arm_error(
                    405,
                    "MethodNotAllowed",
                    "The method is not allowed on role assignments.",
                ),
            }
        }
        _ => arm_error(
            404,
            "NotFound",
            format!(
                "The resource path '{}' is not supported by the simulator.",
                r.path
            ),
        ),
    }
}

fn can_write_rbac(st: &State, c: &Caller, scope: &str) -> bool {
    let roles = roles_at(st, c, scope);
    roles.contains(OWNER) || roles.contains(USER_ACCESS_ADMIN)
}

fn create_assignment(
    r: &Req,
    st: &mut State,
    c: &Caller,
    scope: &str,
    name: &str,
    _orig: &str,
) -> Response<Body> {
    if scope == "/" {
        return forbidden(c, "Microsoft.Authorization/roleAssignments/write", scope);
    }
    if !is_guid(name) {
        return arm_error(400, "InvalidRoleAssignmentId", format!("The role assignment ID '{name}' is not valid. The role assignment ID must be a GUID."));
    }
    if !can_write_rbac(st, c, scope) {
        return forbidden(c, "Microsoft.Authorization/roleAssignments/write", scope);
    }
    let body: Value = match serde_json::from_slice(&r.body) {
        Ok(v) => v,
        Err(e) => {
            return arm_error(
                400,
                "InvalidRequestContent",
                format!("The request content was invalid and could not be deserialized: {e}"),
            )
        }
    };
    let props = &body["properties"];
    let Some(role_def) = props["roleDefinitionId"].as_str() else {
        return arm_error(
            400,
            "InvalidRequestContent",
            "properties.roleDefinitionId is required.",
        );
    };
    let Some(principal) = props["principalId"].as_str().map(lower) else {
        return arm_error(
            400,
            "InvalidRequestContent",
            "properties.principalId is required.",
        );
    };
    let role_guid = role_def.rsplit('/').next().unwrap_or("");
    let Some(role) = role_by_name_or_id(role_guid).filter(|_| is_guid(role_guid)) else {
        return arm_error(
            400,
            "RoleDefinitionDoesNotExist",
            format!("The specified role definition with ID '{role_guid}' does not exist."),
        );
    };
    let Some((_, ptype)) = st
        .world
        .resolve_principal(&c.tid, &principal)
        .filter(|_| is_guid(&principal))
    else {
        return arm_error(400, "PrincipalNotFound", format!("Principal {} does not exist in the directory {}. Check that you have the correct principal ID. If you are creating this principal and then immediately assigning a role, this error might be related to a replication delay. In this case, set the role assignment principalType property to a value, such as ServicePrincipal, User, or Group.", principal.replace('-', ""), c.tid));
    };
    let existing = st.world.role_assignments.iter().find(|a| {
        !a.eligible
            && a.principal_id == principal
            && a.role_definition_id == role
            && a.scope.eq_ignore_ascii_case(scope)
    });
    if let Some(a) = existing {
        if a.name == name {
            return json_response(201, &assignment_json(a));
        }
        return arm_error(
            409,
            "RoleAssignmentExists",
            "The role assignment already exists.",
        );
    }
    if st.world.role_assignments.iter().any(|a| a.name == name) {
        return arm_error(
            409,
            "RoleAssignmentUpdateNotPermitted",
            "Tenant ID, application ID, principal ID, and scope are not allowed to be updated.",
        );
    }
    let ptype = props["principalType"].as_str().unwrap_or(ptype).to_string();
    let a = RoleAssignment {
        name: name.to_string(),
        scope: scope.to_string(),
        role_definition_id: role.to_string(),
        principal_id: principal,
        principal_type: ptype,
        tenant_id: c.tid.clone(),
        created_on: rfc3339_now(),
        created_by: Some(c.oid.clone()),
        eligible: false,
    };
    let v = assignment_json(&a);
    st.world.role_assignments.push(a);
    json_response(201, &v)
}

// ---------------------------------------------------------------------------------------------------------
// Microsoft.ManagementPartner

fn operations() -> Response<Body> {
    let op = |name: &str, op: &str, desc: &str| json!({"name": name, "display": {"provider": "Microsoft ManagementPartner", "resource": "Management Partner", "operation": op, "description": desc}, "origin": "user,system"});
    json_response(
        200,
        &json!({"value": [
            op("Microsoft.ManagementPartner/partners/read", "Get Management Partner", "Get all Management Partner information"),
            op("Microsoft.ManagementPartner/partners/write", "Create or Update Management Partner", "Create or update Management Partner"),
            op("Microsoft.ManagementPartner/partners/delete", "Delete Management Partner", "Delete Management Partner"),
            op("Microsoft.ManagementPartner/register/action", "Register Management Partner", "Register the subscription for the Management Partner resource provider"),
        ]}),
    )
}

fn partner_json(l: &PartnerLink) -> Value {
    json!({
        "id": format!("/providers/microsoft.managementpartner/partners/{}", l.partner_id),
        "type": "Microsoft.ManagementPartner/partners",
        "name": l.partner_id,
        "etag": l.version,
        "properties": {
            "partnerId": l.partner_id,
            "partnerName": l.partner_name,
            "tenantId": l.tenant_id,
            "objectId": l.object_id,
            "version": l.version,
            "createdTime": l.created_time,
            "updatedTime": l.updated_time,
            "state": l.state
        }
    })
}

fn current_link<'a>(st: &'a State, c: &Caller) -> Option<&'a PartnerLink> {
    st.world
        .links
        .iter()
        .find(|l| l.tenant_id == c.tid && l.object_id == c.oid && l.state == "Active")
}

fn partner_call(r: &Req, st: &mut State, c: &Caller, _orig: &[&str], pid: &str) -> Response<Body> {
    let m = r.method;
    if *m == Method::GET {
        return match current_link(st, c).filter(|l| l.partner_id == pid) {
            Some(l) => json_response(200, &partner_json(l)),
            None => arm_error(
                404,
                "NotFound",
                format!("The partner '{pid}' is not linked to this identity."),
            ),
        };
    }
    if !matches!(*m, Method::PUT | Method::PATCH | Method::DELETE) {
        return arm_error(
            405,
            "MethodNotAllowed",
            "The method is not allowed on partners.",
        );
    }
    if c.aobo {
        return arm_error(400, "BadRequest", "The user does not have an account in this tenant. If you are a CSP partner logged in the customer tenant, you will not be able to link the Partner ID. Please sign in with a user account in the customer tenant (for example a guest account) and try again.");
    }
    let existing = st
        .world
        .links
        .iter()
        .position(|l| l.tenant_id == c.tid && l.object_id == c.oid);
    let active = existing.filter(|i| st.world.links[*i].state == "Active");
    if *m == Method::DELETE {
        return match active.filter(|i| st.world.links[*i].partner_id == pid) {
            Some(i) => {
                let l = &mut st.world.links[i];
                l.state = "Deleted".into();
                l.version += 1;
                l.updated_time = rfc3339_now();
                http::Response::builder()
                    .status(200)
                    .body(Body::empty())
                    .unwrap_or_default()
            }
            None => arm_error(
                404,
                "NotFound",
                format!("The partner '{pid}' is not linked to this identity."),
            ),
        };
    }
    if !valid_partner_id_format(pid) || !st.world.partners.contains_key(pid) {
        return arm_error(400, "BadRequest", format!("Invalid partner ID '{pid}': it is not an Associated Partner ID (MPN ID) of an enrolled partner organization. Use the Associated PartnerID shown in Partner Center under Account settings > Identifiers."));
    }
    let name = st.world.partners.get(pid).cloned().unwrap_or_default();
    let now = rfc3339_now();
    if *m == Method::PATCH {
        let Some(i) = active else {
            return arm_error(
                404,
                "NotFound",
                "No partner is linked to this identity; use PUT to link one.",
            );
        };
        let l = &mut st.world.links[i];
        l.partner_id = pid.to_string();
        l.partner_name = name;
        l.version += 1;
        l.updated_time = now;
        return json_response(200, &partner_json(l));
    }
    // PUT
    if let Some(i) = active {
        let l = &st.world.links[i];
        if l.partner_id == pid {
            return json_response(200, &partner_json(l));
        }
        return arm_error(409, "Conflict", format!("The identity is already linked to partner '{}'. Use PATCH to change the linked partner ID.", l.partner_id));
    }
    match existing {
        Some(i) => {
            let l = &mut st.world.links[i];
            l.partner_id = pid.to_string();
            l.partner_name = name;
            l.version += 1;
            l.state = "Active".into();
            l.created_time = now.clone();
            l.updated_time = now;
            json_response(200, &partner_json(l))
        }
        None => {
            let l = PartnerLink {
                tenant_id: c.tid.clone(),
                object_id: c.oid.clone(),
                partner_id: pid.to_string(),
                partner_name: name,
                version: 1,
                created_time: now.clone(),
                updated_time: now,
                state: "Active".into(),
            };
            let v = partner_json(&l);
            st.world.links.push(l);
            json_response(200, &v)
        }
    }
}
