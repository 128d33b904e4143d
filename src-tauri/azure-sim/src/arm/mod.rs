//! Azure Resource Manager: token validation, `/tenants`, `/subscriptions`, the billing property, role
//! assignments and definitions, Microsoft.ManagementPartner, and `/metadata/endpoints`.
//!
//! Paths are matched by segment and case-insensitively, as ARM does for provider and type names.

mod authorization;
mod management_partner;

use authorization::*;
use management_partner::*;

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
