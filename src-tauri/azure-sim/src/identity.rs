//! Entra ID: OIDC metadata, `/authorize` with its HTML sign-in pages, `/token`, `/devicecode`, the device
//! verification page and admin consent. The sign-in "engine" (`advance`) is shared by the pages, the admin
//! API and the Rust API, so a headless test walks exactly the same checks as a person.

use crate::aad::AadError;
use crate::http_util::{html_response, json_response, redirect};
use crate::server::RequestId;
use crate::state::{
    AccountKind, AuthCode, DeviceCode, DeviceStatus, Grant, LoginTxn, RefreshToken, State, TxnKind,
};
use crate::util::{
    b64url, encode_query, get, html_escape, now_secs, parse_pairs, random_token, rfc3339_at, sha256,
};
use crate::Shared;
use axum::body::{Body, Bytes};
use axum::extract::{Path, RawQuery, State as AxState};
use axum::routing::{get as get_route, post};
use axum::{Extension, Router};
use http::Response;
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::sync::Arc;

type Sh = AxState<Arc<Shared>>;

pub(crate) fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route(
            "/{tenant}/v2.0/.well-known/openid-configuration",
            get_route(openid_configuration),
        )
        .route("/{tenant}/discovery/v2.0/keys", get_route(keys))
        .route("/{tenant}/discovery/keys", get_route(keys))
        .route("/common/discovery/instance", get_route(instance_discovery))
        .route("/common/userrealm/{username}", get_route(user_realm))
        .route("/{tenant}/oauth2/v2.0/authorize", get_route(authorize))
        .route("/{tenant}/oauth2/v2.0/token", post(token))
        .route("/{tenant}/oauth2/v2.0/devicecode", post(devicecode))
        .route("/{tenant}/adminconsent", get_route(admin_consent))
        .route("/{tenant}/v2.0/adminconsent", get_route(admin_consent))
        .route("/common/login", post(login_post))
        .route(
            "/devicelogin",
            get_route(devicelogin_get).post(devicelogin_post),
        )
        .route("/error", get_route(error_page))
        .with_state(shared)
}

/// The sign-in pages alone, for the plain-HTTP browser mirror: a person's browser does not trust the
/// simulator's CA, and loopback HTTP needs no certificate. Tokens are only ever issued over HTTPS.
pub(crate) fn pages_router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/{tenant}/oauth2/v2.0/authorize", get_route(authorize))
        .route("/{tenant}/adminconsent", get_route(admin_consent))
        .route("/{tenant}/v2.0/adminconsent", get_route(admin_consent))
        .route("/common/login", post(login_post))
        .route(
            "/devicelogin",
            get_route(devicelogin_get).post(devicelogin_post),
        )
        .route("/error", get_route(error_page))
        .with_state(shared)
}

/// The tenant segment of an authority URL, resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Authority {
    Tenant(String),
    /// `common` or `organizations`: the user's home directory.
    Any,
}

pub(crate) fn resolve_authority(st: &State, t: &str) -> Result<Authority, AadError> {
    if t.eq_ignore_ascii_case("common") || t.eq_ignore_ascii_case("organizations") {
        return Ok(Authority::Any);
    }
    st.world
        .tenant(t)
        .map(|t| Authority::Tenant(t.id.clone()))
        .ok_or_else(|| AadError::tenant_not_found(t))
}

async fn openid_configuration(
    AxState(sh): Sh,
    Path(tenant): Path<String>,
    Extension(rid): Extension<RequestId>,
) -> Response<Body> {
    let login = &sh.urls.login;
    let auth = {
        let st = sh.lock();
        resolve_authority(&st, &tenant)
    };
    let (seg, issuer_tid) = match auth {
        Ok(Authority::Tenant(id)) => (id.clone(), id),
        Ok(Authority::Any) => (tenant.to_ascii_lowercase(), "{tenantid}".to_string()),
        Err(e) => return e.response(login, &rid.0),
    };
    let graph_host = sh.urls.graph.trim_start_matches("https://").to_string();
    json_response(
        200,
        &json!({
            "token_endpoint": format!("{login}/{seg}/oauth2/v2.0/token"),
            "token_endpoint_auth_methods_supported": ["client_secret_post", "private_key_jwt", "client_secret_basic"],
            "jwks_uri": format!("{login}/{seg}/discovery/v2.0/keys"),
            "response_modes_supported": ["query", "fragment", "form_post"],
            "subject_types_supported": ["pairwise"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
            "scopes_supported": ["openid", "profile", "email", "offline_access"],
            "issuer": format!("{login}/{issuer_tid}/v2.0"),
            "request_uri_parameter_supported": false,
            "userinfo_endpoint": format!("{}/oidc/userinfo", sh.urls.graph),
            "authorization_endpoint": format!("{login}/{seg}/oauth2/v2.0/authorize"),
            "device_authorization_endpoint": format!("{login}/{seg}/oauth2/v2.0/devicecode"),
            "http_logout_supported": true,
            "frontchannel_logout_supported": true,
            "end_session_endpoint": format!("{login}/{seg}/oauth2/v2.0/logout"),
            "claims_supported": ["sub", "iss", "cloud_instance_name", "cloud_instance_host_name", "cloud_graph_host_name", "msgraph_host", "aud", "exp", "iat", "auth_time", "acr", "nonce", "preferred_username", "name", "tid", "ver", "at_hash", "c_hash", "email"],
            "kerberos_endpoint": format!("{login}/{seg}/kerberos"),
            "tenant_region_scope": "NA",
            "cloud_instance_name": "microsoftonline.com",
            "cloud_graph_host_name": "graph.windows.net",
            "msgraph_host": graph_host,
            "rbac_url": "https://pas.windows.net"
        }),
    )
}

async fn keys(AxState(sh): Sh) -> Response<Body> {
    json_response(200, &sh.signer.jwks())
}

async fn instance_discovery(AxState(sh): Sh, RawQuery(q): RawQuery) -> Response<Body> {
    let pairs = parse_pairs(q.as_deref().unwrap_or(""));
    let tenant = get(&pairs, "authorization_endpoint")
        .and_then(|u| u.split("://").nth(1))
        .and_then(|rest| rest.split('/').nth(1))
        .unwrap_or("common")
        .to_string();
    let host = sh.urls.login.trim_start_matches("https://").to_string();
    json_response(
        200,
        &json!({
            "tenant_discovery_endpoint": format!("{}/{tenant}/v2.0/.well-known/openid-configuration", sh.urls.login),
            "api-version": "1.1",
            "metadata": [{"preferred_network": host, "preferred_cache": host, "aliases": [host]}]
        }),
    )
}

async fn user_realm(AxState(sh): Sh, Path(username): Path<String>) -> Response<Body> {
    let st = sh.lock();
    let known = st.world.user_by_name(&username).is_some();
    let domain = username.rsplit('@').next().unwrap_or("").to_string();
    json_response(
        200,
        &json!({
            "ver": "1.0",
            "account_type": if known { "Managed" } else { "Unknown" },
            "domain_name": domain,
            "cloud_instance_name": "microsoftonline.com",
            "cloud_audience_urn": "urn:federation:MicrosoftOnline"
        }),
    )
}

async fn error_page(RawQuery(q): RawQuery) -> Response<Body> {
    let pairs = parse_pairs(q.as_deref().unwrap_or(""));
    let code = get(&pairs, "code").unwrap_or("").to_string();
    html_response(
        200,
        page(
            "Sign-in error",
            &format!("<p>Error code AADSTS{}.</p>", html_escape(&code)),
        ),
    )
}

// ---------------------------------------------------------------------------------------------------------
// Scopes and tokens

const OIDC_SCOPES: [&str; 4] = ["openid", "profile", "offline_access", "email"];
const ARM_AUDIENCES: [&str; 2] = [
    "https://management.azure.com",
    "https://management.core.windows.net/",
];
pub(crate) const GRAPH: &str = "https://graph.microsoft.com";

pub(crate) struct ScopeRequest {
    pub openid: bool,
    pub offline: bool,
    pub resource: String,
    pub resource_scopes: Vec<String>,
}

/// Splits a scope string into the OIDC part and one resource (`https://management.azure.com/.default` has the
/// resource `https://management.azure.com`; the double-slash form keeps its trailing slash).
pub(crate) fn parse_scopes(scope: &str, tenant: &str) -> Result<ScopeRequest, AadError> {
    let mut req = ScopeRequest {
        openid: false,
        offline: false,
        resource: String::new(),
        resource_scopes: Vec::new(),
    };
    for s in scope.split_whitespace() {
        if OIDC_SCOPES.iter().any(|o| o.eq_ignore_ascii_case(s)) {
            req.openid |= s.eq_ignore_ascii_case("openid");
            req.offline |= s.eq_ignore_ascii_case("offline_access");
            continue;
        }
        let resource = match s.find("://") {
            Some(_) => match s.rfind('/') {
                Some(i) if i > s.find("://").unwrap_or(0) + 2 => s[..i].to_string(),
                _ => s.to_string(),
            },
            None => GRAPH.to_string(),
        };
        if !req.resource.is_empty() && req.resource != resource {
            return Err(AadError::invalid_scope(scope));
        }
        req.resource = resource;
        req.resource_scopes.push(s.to_string());
    }
    if req.resource.is_empty() {
        req.resource = GRAPH.to_string();
        req.resource_scopes.push(format!("{GRAPH}/User.Read"));
    }
    // The simulator's own Graph URL is also a valid resource: the Azure CLI uses a custom cloud's
    // `microsoftGraphResourceId` both as the Graph endpoint and as the token audience.
    let own_service = req.resource.starts_with("https://localhost:")
        || req.resource.starts_with("https://127.0.0.1:");
    let known = own_service
        || ARM_AUDIENCES.contains(&req.resource.as_str())
        || req.resource == "https://management.azure.com/"
        || req.resource == "https://management.core.windows.net"
        || req.resource.trim_end_matches('/') == GRAPH;
    if !known {
        return Err(AadError::resource_not_found(&req.resource, tenant));
    }
    Ok(req)
}

pub(crate) fn is_arm_audience(aud: &str) -> bool {
    let a = aud.trim_end_matches('/');
    a == "https://management.azure.com" || a == "https://management.core.windows.net"
}

pub(crate) fn is_graph_audience(aud: &str, own_graph_url: &str) -> bool {
    let a = aud.trim_end_matches('/');
    a == GRAPH || a == own_graph_url || aud == "00000003-0000-0000-c000-000000000000"
}

/// The identity a user token is issued for in one directory.
pub(crate) struct Access {
    pub tenant: String,
    pub object_id: String,
    pub kind: Option<AccountKind>,
}

/// Every check Entra makes before issuing a user token in `tenant`, in Entra's order.
pub(crate) fn check_access(
    st: &State,
    tenant: &str,
    user_id: &str,
    client_id: &str,
    grant: &Grant,
) -> Result<Access, AadError> {
    let w = &st.world;
    let Some(t) = w.tenant(tenant) else {
        return Err(AadError::tenant_not_found(tenant));
    };
    let Some(user) = w.users.get(user_id) else {
        return Err(AadError::user_not_found(user_id, &t.name));
    };
    let app = match w.app(client_id) {
        Some(a) if a.multi_tenant || a.home_tenant.as_deref() == Some(t.id.as_str()) => a,
        _ => return Err(AadError::app_not_found(client_id, &t.name)),
    };
    let access = match w.account_of_user(&t.id, user_id) {
        Some(a) => Access {
            tenant: t.id.clone(),
            object_id: a.object_id.clone(),
            kind: Some(a.kind),
        },
        None if t.csp_partner.as_deref() == Some(user.home_tenant.as_str()) && user.admin_agent => {
            Access {
                // Admin-on-behalf-of: the partner's admin agent works in the customer directory with its home
                // object ID and no account there.
                tenant: t.id.clone(),
                object_id: user.object_id.clone(),
                kind: None,
            }
        }
        None => {
            return Err(AadError::user_not_in_tenant(
                &user.upn,
                &user.home_tenant,
                &t.name,
                &app.client_id,
                &app.name,
            ))
        }
    };
    if t.block_ca {
        return Err(AadError::ca_blocked());
    }
    if t.require_mfa && !grant.mfa_tenants.contains(&t.id) {
        return Err(AadError::mfa_required(ARM_AUDIENCES[0]));
    }
    if !is_consented(st, &t.id, &app.client_id, user_id) {
        return Err(AadError::consent_required(&app.client_id, &app.name));
    }
    Ok(access)
}

fn is_consented(st: &State, tenant: &str, client_id: &str, user_id: &str) -> bool {
    let Some(t) = st.world.tenant(tenant) else {
        return false;
    };
    let Some(app) = st.world.app(client_id) else {
        return false;
    };
    app.first_party
        || t.consented_apps.contains(&app.client_id)
        || app.home_tenant.as_deref() == Some(tenant)
        || st.user_consents.contains(&(
            tenant.to_string(),
            app.client_id.clone(),
            user_id.to_string(),
        ))
}

impl Shared {
    /// Issues the token answer for a user: access token, and refresh token / ID token / client_info when asked.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn issue_user_tokens(
        &self,
        st: &mut State,
        access: &Access,
        user_id: &str,
        client_id: &str,
        scope: &str,
        grant: &Grant,
        nonce: Option<&str>,
        client_info: bool,
    ) -> Result<Value, AadError> {
        let scopes = parse_scopes(scope, &access.tenant)?;
        let Some(user) = st.world.users.get(user_id).cloned() else {
            return Err(AadError::bad_grant("unknown user"));
        };
        let now = now_secs();
        let lifetime = st.access_token_lifetime as i64;
        let mfa = grant.mfa_tenants.contains(&access.tenant);
        let mut amr = vec!["pwd"];
        if mfa {
            amr.push("mfa");
        }
        let tid = &access.tenant;
        let mut at = json!({
            "aud": scopes.resource,
            "iss": format!("https://sts.windows.net/{tid}/"),
            "iat": now, "nbf": now, "exp": now + lifetime,
            "acr": "1", "amr": amr,
            "appid": client_id, "appidacr": "0",
            "idtyp": "user",
            "name": user.name,
            "oid": access.object_id,
            "scp": "user_impersonation",
            "sub": b64url(&sha256(format!("{}:{client_id}", access.object_id).as_bytes())[..24]),
            "tid": tid,
            "unique_name": user.upn,
            "upn": user.upn,
            "uti": random_token(16),
            "ver": "1.0",
            "xms_sim_gen": st.token_generation,
            "xms_sim_seq": st.next_token_seq(),
        });
        match access.kind {
            Some(AccountKind::Member) => at["acct"] = json!(0),
            Some(AccountKind::Guest) => {
                at["acct"] = json!(1);
                at["idp"] = json!(format!("https://sts.windows.net/{}/", user.home_tenant));
            }
            None => at["idp"] = json!(format!("https://sts.windows.net/{}/", user.home_tenant)),
        }
        let mut out = json!({
            "token_type": "Bearer",
            "scope": scopes.resource_scopes.join(" "),
            "expires_in": lifetime,
            "ext_expires_in": lifetime,
            "access_token": self.signer.sign(&at),
        });
        if scopes.offline {
            let rt = random_token(48);
            st.refresh_tokens.insert(
                rt.clone(),
                RefreshToken {
                    grant: grant.clone(),
                    client_id: client_id.to_string(),
                    expires_at: now + st.world.settings.refresh_token_lifetime_secs as i64,
                    revoked: false,
                },
            );
            out["refresh_token"] = json!(rt);
            out["refresh_token_expires_in"] = json!(st.world.settings.refresh_token_lifetime_secs);
        }
        if scopes.openid {
            let mut id = json!({
                "aud": client_id,
                "iss": format!("{}/{tid}/v2.0", self.urls.login),
                "iat": now, "nbf": now, "exp": now + lifetime,
                "name": user.name,
                "oid": access.object_id,
                "preferred_username": user.upn,
                "sub": b64url(&sha256(format!("{}:{client_id}:id", access.object_id).as_bytes())[..24]),
                "tid": tid,
                "ver": "2.0",
            });
            if let Some(n) = nonce {
                id["nonce"] = json!(n);
            }
            out["id_token"] = json!(self.signer.sign(&id));
        }
        if client_info {
            let ci = json!({"uid": user.object_id, "utid": user.home_tenant});
            out["client_info"] = json!(b64url(ci.to_string().as_bytes()));
        }
        Ok(out)
    }
}

async fn token(
    AxState(sh): Sh,
    Path(tenant): Path<String>,
    Extension(rid): Extension<RequestId>,
    headers: http::HeaderMap,
    body: Bytes,
) -> Response<Body> {
    let mut form = parse_pairs(&String::from_utf8_lossy(&body));
    // client_secret_basic: the client ID and secret in an HTTP Basic header, form-encoded (RFC 6749 2.3.1).
    if let Some((id, secret)) = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Basic "))
        .and_then(|b| {
            base64::Engine::decode(&base64::engine::general_purpose::STANDARD, b.trim()).ok()
        })
        .and_then(|raw| String::from_utf8(raw).ok())
        .and_then(|pair| {
            pair.split_once(':')
                .map(|(a, b)| (a.to_string(), b.to_string()))
        })
    {
        let decode = |s: &str| {
            parse_pairs(&format!("v={s}"))
                .pop()
                .map(|(_, v)| v)
                .unwrap_or_default()
        };
        if get(&form, "client_id").is_none() {
            form.push(("client_id".into(), decode(&id)));
        }
        if get(&form, "client_secret").is_none() {
            form.push(("client_secret".into(), decode(&secret)));
        }
    }
    let mut st = sh.lock();
    match token_inner(&sh, &mut st, &tenant, &form) {
        Ok(v) => json_response(200, &v),
        Err(e) => e.response(&sh.urls.login, &rid.0),
    }
}

fn token_inner(
    sh: &Shared,
    st: &mut State,
    tenant: &str,
    form: &[(String, String)],
) -> Result<Value, AadError> {
    let authority = resolve_authority(st, tenant)?;
    let grant_type = get(form, "grant_type").ok_or_else(|| AadError::missing("grant_type"))?;
    let client_id = get(form, "client_id")
        .ok_or_else(|| AadError::missing("client_id"))?
        .to_ascii_lowercase();
    let client_info = get(form, "client_info") == Some("1");
    let tenant_name = match &authority {
        Authority::Tenant(t) => st
            .world
            .tenant(t)
            .map(|t| t.name.clone())
            .unwrap_or_default(),
        Authority::Any => tenant.to_string(),
    };
    if st.world.app(&client_id).is_none() {
        return Err(AadError::app_not_found(&client_id, &tenant_name));
    }
    let now = now_secs();
    match grant_type {
        "client_credentials" => {
            let Authority::Tenant(tid) = authority else {
                return Err(AadError::no_tenant());
            };
            let app = st
                .world
                .app(&client_id)
                .ok_or_else(|| AadError::app_not_found(&client_id, &tenant_name))?;
            // A certificate credential (a signed client assertion) or a secret, as Entra accepts either.
            match (
                get(form, "client_assertion_type"),
                get(form, "client_assertion"),
                get(form, "client_secret"),
            ) {
                (Some("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"), Some(a), None) => {
                    let audiences = [
                        format!("{}/{tenant}/oauth2/v2.0/token", sh.urls.login),
                        format!("{}/{tid}/oauth2/v2.0/token", sh.urls.login),
                    ];
                    crate::jwt::verify_client_assertion(
                        a,
                        &client_id,
                        &app.certificates,
                        &audiences,
                        now,
                    )
                    .map_err(|e| AadError::bad_assertion(&client_id, e))?;
                }
                (_, None, Some(secret)) if app.secret.as_deref() == Some(secret) => {}
                (_, None, Some(_)) => return Err(AadError::bad_secret(&client_id)),
                _ => return Err(AadError::missing_secret()),
            }
            let scope = get(form, "scope").ok_or_else(|| AadError::missing("scope"))?;
            let scopes = parse_scopes(scope, &tid)?;
            if scopes.resource_scopes.len() != 1
                || !scopes.resource_scopes[0].ends_with("/.default")
            {
                return Err(AadError::invalid_scope(scope));
            }
            let Some(sp) = st
                .world
                .sps
                .iter()
                .find(|s| s.tenant == tid && s.app_id == client_id)
            else {
                return Err(AadError::app_not_found(&client_id, &tenant_name));
            };
            let lifetime = st.access_token_lifetime as i64;
            let at = json!({
                "aud": scopes.resource,
                "iss": format!("https://sts.windows.net/{tid}/"),
                "iat": now, "nbf": now, "exp": now + lifetime,
                "appid": client_id, "appidacr": "1",
                "idp": format!("https://sts.windows.net/{tid}/"),
                "idtyp": "app",
                "oid": sp.object_id,
                "sub": sp.object_id,
                "tid": tid,
                "uti": random_token(16),
                "ver": "1.0",
                "xms_sim_gen": st.token_generation,
                "xms_sim_seq": st.next_token_seq(),
            });
            Ok(json!({
                "token_type": "Bearer",
                "expires_in": lifetime,
                "ext_expires_in": lifetime,
                "access_token": sh.signer.sign(&at),
            }))
        }
        "authorization_code" => {
            let code = get(form, "code").ok_or_else(|| AadError::missing("code"))?;
            let Some(c) = st.codes.remove(code) else {
                return Err(AadError::code_redeemed());
            };
            if c.expires_at < now {
                return Err(AadError::code_expired());
            }
            if c.client_id != client_id {
                return Err(AadError::bad_grant("the code was issued to another client"));
            }
            if get(form, "redirect_uri") != Some(c.redirect_uri.as_str()) {
                return Err(AadError::redirect_mismatch(
                    get(form, "redirect_uri").unwrap_or(""),
                    &client_id,
                ));
            }
            if let Some(challenge) = &c.challenge {
                let verifier =
                    get(form, "code_verifier").ok_or_else(|| AadError::missing("code_verifier"))?;
                if &b64url(&sha256(verifier.as_bytes())) != challenge {
                    return Err(AadError::pkce_mismatch());
                }
            }
            let access = check_access(st, &c.tenant, &c.grant.user, &client_id, &c.grant)?;
            let scope = get(form, "scope")
                .map(str::to_string)
                .unwrap_or(c.scope.clone());
            sh.issue_user_tokens(
                st,
                &access,
                &c.grant.user,
                &client_id,
                &scope,
                &c.grant,
                c.nonce.as_deref(),
                client_info,
            )
        }
        "refresh_token" => {
            let rt =
                get(form, "refresh_token").ok_or_else(|| AadError::missing("refresh_token"))?;
            let Some(r) = st.refresh_tokens.get(rt) else {
                return Err(AadError::bad_grant("the refresh token is not valid"));
            };
            if r.revoked {
                return Err(AadError::refresh_revoked());
            }
            if r.expires_at < now {
                return Err(AadError::refresh_expired(&rfc3339_at(
                    r.expires_at - st.world.settings.refresh_token_lifetime_secs as i64,
                )));
            }
            if r.client_id != client_id {
                return Err(AadError::bad_grant(
                    "the refresh token was issued to another client",
                ));
            }
            let grant = r.grant.clone();
            let tid = match authority {
                Authority::Tenant(t) => t,
                Authority::Any => st
                    .world
                    .users
                    .get(&grant.user)
                    .map(|u| u.home_tenant.clone())
                    .unwrap_or_default(),
            };
            let access = check_access(st, &tid, &grant.user, &client_id, &grant)?;
            let scope = get(form, "scope")
                .unwrap_or("openid profile offline_access https://management.azure.com/.default");
            // Entra returns a new refresh token on every redemption and keeps the old one valid; clients keep
            // the newest.
            sh.issue_user_tokens(
                st,
                &access,
                &grant.user,
                &client_id,
                scope,
                &grant,
                None,
                client_info,
            )
        }
        "urn:ietf:params:oauth:grant-type:device_code" | "device_code" => {
            let dc = get(form, "device_code")
                .or_else(|| get(form, "code"))
                .ok_or_else(|| AadError::missing("device_code"))?
                .to_string();
            let Some(d) = st.device_codes.get_mut(&dc) else {
                return Err(AadError::bad_grant("the device code is not valid"));
            };
            if d.client_id != client_id {
                return Err(AadError::bad_grant(
                    "the device code was issued to another client",
                ));
            }
            match d.status.clone() {
                DeviceStatus::Redeemed => Err(AadError::code_redeemed()),
                _ if d.expires_at < now => Err(AadError::device_expired()),
                DeviceStatus::Pending => Err(AadError::pending()),
                DeviceStatus::Declined => Err(AadError::declined()),
                DeviceStatus::Failed(e) => Err(e),
                DeviceStatus::Approved { tenant, grant } => {
                    d.status = DeviceStatus::Redeemed;
                    let scope = d.scope.clone();
                    let access = check_access(st, &tenant, &grant.user, &client_id, &grant)?;
                    sh.issue_user_tokens(
                        st,
                        &access,
                        &grant.user,
                        &client_id,
                        &scope,
                        &grant,
                        None,
                        client_info,
                    )
                }
            }
        }
        "password" => {
            let username = get(form, "username").ok_or_else(|| AadError::missing("username"))?;
            let password = get(form, "password").ok_or_else(|| AadError::missing("password"))?;
            let Some(user) = st.world.user_by_name(username).cloned() else {
                return Err(AadError::user_not_found(username, &tenant_name));
            };
            if user.password != password {
                return Err(AadError::bad_password());
            }
            let tid = match authority {
                Authority::Tenant(t) => t,
                Authority::Any => user.home_tenant.clone(),
            };
            let grant = Grant {
                user: user.object_id.clone(),
                mfa_tenants: BTreeSet::new(),
            };
            let access = check_access(st, &tid, &user.object_id, &client_id, &grant)?;
            let scope = get(form, "scope").ok_or_else(|| AadError::missing("scope"))?;
            sh.issue_user_tokens(
                st,
                &access,
                &user.object_id,
                &client_id,
                scope,
                &grant,
                None,
                client_info,
            )
        }
        other => Err(AadError::unsupported_grant(other)),
    }
}

// ---------------------------------------------------------------------------------------------------------
// Device code

async fn devicecode(
    AxState(sh): Sh,
    Path(tenant): Path<String>,
    Extension(rid): Extension<RequestId>,
    body: Bytes,
) -> Response<Body> {
    let form = parse_pairs(&String::from_utf8_lossy(&body));
    let mut st = sh.lock();
    let result = (|| -> Result<Value, AadError> {
        let authority = resolve_authority(&st, &tenant)?;
        let client_id = get(&form, "client_id")
            .ok_or_else(|| AadError::missing("client_id"))?
            .to_ascii_lowercase();
        let tenant_name = match &authority {
            Authority::Tenant(t) => st
                .world
                .tenant(t)
                .map(|t| t.name.clone())
                .unwrap_or_default(),
            Authority::Any => tenant.clone(),
        };
        if st.world.app(&client_id).is_none() {
            return Err(AadError::app_not_found(&client_id, &tenant_name));
        }
        let scope = get(&form, "scope")
            .ok_or_else(|| AadError::missing("scope"))?
            .to_string();
        parse_scopes(&scope, &tenant_name)?;
        let user_code = new_user_code();
        let device_code = random_token(48);
        let s = &st.world.settings;
        let (lifetime, interval) = (s.device_code_lifetime_secs, s.device_code_interval_secs);
        st.device_codes.insert(
            device_code.clone(),
            DeviceCode {
                user_code: user_code.clone(),
                client_id,
                tenant_path: tenant.clone(),
                scope,
                expires_at: now_secs() + lifetime as i64,
                status: DeviceStatus::Pending,
            },
        );
        let uri = format!("{}/devicelogin", sh.urls.login);
        Ok(json!({
            "user_code": user_code,
            "device_code": device_code,
            "verification_uri": uri,
            "expires_in": lifetime,
            "interval": interval,
            "message": format!("To sign in, use a web browser to open the page {uri} and enter the code {user_code} to authenticate."),
        }))
    })();
    match result {
        Ok(v) => json_response(200, &v),
        Err(e) => e.response(&sh.urls.login, &rid.0),
    }
}

fn new_user_code() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut buf = [0u8; 9];
    let _ = ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut buf);
    buf.iter()
        .map(|b| ALPHABET[(*b as usize) % ALPHABET.len()] as char)
        .collect()
}

// ---------------------------------------------------------------------------------------------------------
// The sign-in engine

/// What the person (or test) supplies at a step; absent fields mean "not given yet".
#[derive(Default, Clone)]
pub(crate) struct Input {
    pub username: Option<String>,
    pub password: Option<String>,
    /// The admin API may vouch for the user without a password.
    pub skip_password: bool,
    pub mfa_code: Option<String>,
    pub consent: Option<bool>,
}

pub(crate) enum Step {
    Credentials {
        error: Option<AadError>,
    },
    Mfa {
        error: Option<AadError>,
    },
    Consent {
        admin: bool,
        app: String,
        tenant: String,
    },
    Done(Outcome),
}

pub(crate) enum Outcome {
    /// Go to this URL (the app's redirect URI with a code or an error).
    Redirect(String),
    DeviceApproved,
    /// A failure with no redirect to go to (device flow, admin consent without a redirect URI).
    Failed(AadError),
    AdminConsented,
}

/// Validates an `/authorize` request and opens a sign-in transaction; errors that cannot be sent back to the
/// app (unknown tenant, unknown app, a redirect URI that does not match) are returned for an error page.
pub(crate) fn start_authorize(
    st: &mut State,
    tenant: &str,
    q: &[(String, String)],
) -> Result<Result<String, String>, AadError> {
    let authority = resolve_authority(st, tenant)?;
    let tenant_name = match &authority {
        Authority::Tenant(t) => st
            .world
            .tenant(t)
            .map(|t| t.name.clone())
            .unwrap_or_default(),
        Authority::Any => tenant.to_string(),
    };
    let client_id = get(q, "client_id")
        .ok_or_else(|| AadError::missing("client_id"))?
        .to_ascii_lowercase();
    let Some(app) = st.world.app(&client_id) else {
        return Err(AadError::app_not_found(&client_id, &tenant_name));
    };
    let redirect_uri = get(q, "redirect_uri")
        .ok_or_else(|| AadError::missing("redirect_uri"))?
        .to_string();
    if !redirect_allowed(&app.redirect_uris, &redirect_uri) {
        return Err(AadError::redirect_mismatch(&redirect_uri, &client_id));
    }
    let state_param = get(q, "state").map(str::to_string);
    let error_redirect =
        |e: &AadError| error_redirect_url(&redirect_uri, e, state_param.as_deref());
    if get(q, "response_type") != Some("code") {
        let e = AadError::unsupported_grant(get(q, "response_type").unwrap_or(""));
        return Ok(Err(error_redirect(&e)));
    }
    let challenge = get(q, "code_challenge").map(str::to_string);
    if app.public && (challenge.is_none() || get(q, "code_challenge_method") != Some("S256")) {
        return Ok(Err(error_redirect(&AadError::pkce_required())));
    }
    // The simulator keeps no browser session (no SSO cookie), so a silent authorize can never succeed.
    if get(q, "prompt") == Some("none") {
        return Ok(Err(error_redirect(&AadError::login_required())));
    }
    let scope = get(q, "scope").unwrap_or("openid profile").to_string();
    if let Err(e) = parse_scopes(&scope, &tenant_name) {
        return Ok(Err(error_redirect(&e)));
    }
    let txn = LoginTxn {
        kind: TxnKind::Authorize,
        tenant_path: tenant.to_string(),
        client_id,
        redirect_uri: Some(redirect_uri),
        state: state_param.clone(),
        nonce: get(q, "nonce").map(str::to_string),
        scope,
        challenge,
        login_hint: get(q, "login_hint").map(str::to_string),
        // A claims challenge (after 50076 / Conditional Access) asks for a fresh, stronger sign-in.
        force_mfa: get(q, "claims").is_some_and(|c| !c.is_empty()),
        user: None,
        mfa_done: false,
        consent_done: false,
        expires_at: now_secs() + 1800,
    };
    let id = random_token(24);
    st.txns.insert(id.clone(), txn);
    Ok(Ok(id))
}

/// Loopback redirect URIs match on scheme, host and path with any port, as Entra does for desktop apps.
pub(crate) fn redirect_allowed(registered: &[String], uri: &str) -> bool {
    fn split(u: &str) -> Option<(String, String, String)> {
        let (scheme, rest) = u.split_once("://")?;
        let (hostport, path) = match rest.find('/') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, "/"),
        };
        let host = match hostport.rsplit_once(':') {
            Some((h, p)) if p.bytes().all(|b| b.is_ascii_digit()) => h,
            _ => hostport,
        };
        Some((
            scheme.to_ascii_lowercase(),
            host.to_ascii_lowercase(),
            path.to_string(),
        ))
    }
    if registered.iter().any(|r| r == uri) {
        return true;
    }
    let Some((s, h, p)) = split(uri) else {
        return false;
    };
    let loopback = s == "http" && (h == "localhost" || h == "127.0.0.1");
    loopback
        && registered
            .iter()
            .filter_map(|r| split(r))
            .any(|(rs, rh, rp)| rs == s && rh == h && rp == p)
}

fn error_redirect_url(redirect_uri: &str, e: &AadError, state: Option<&str>) -> String {
    let desc = e.description(&crate::util::new_guid(), &crate::util::rfc3339_now());
    let code = e.code.to_string();
    let mut pairs = vec![
        ("error", e.redirect_error()),
        ("error_description", desc.as_str()),
        ("error_codes", code.as_str()),
    ];
    if let Some(s) = &e.suberror {
        pairs.push(("error_subcode", s.as_str()));
    }
    if let Some(s) = state {
        pairs.push(("state", s));
    }
    let sep = if redirect_uri.contains('?') { '&' } else { '?' };
    format!("{redirect_uri}{sep}{}", encode_query(&pairs))
}

pub(crate) fn advance(st: &mut State, txn_id: &str, input: &Input) -> Step {
    let Some(mut txn) = st.txns.get(txn_id).cloned() else {
        return Step::Done(Outcome::Failed(AadError::session_expired()));
    };
    if txn.expires_at < now_secs() {
        st.txns.remove(txn_id);
        return Step::Done(Outcome::Failed(AadError::session_expired()));
    }
    let fail = |st: &mut State, txn: &LoginTxn, e: AadError| -> Step {
        st.txns.remove(txn_id);
        finish_failure(st, txn, e)
    };
    let authority = match resolve_authority(st, &txn.tenant_path) {
        Ok(a) => a,
        Err(e) => return fail(st, &txn, e),
    };
    if txn.user.is_none() {
        let Some(username) = input.username.as_deref().filter(|u| !u.trim().is_empty()) else {
            return Step::Credentials { error: None };
        };
        let Some(user) = st.world.user_by_name(username.trim()).cloned() else {
            let tname = match &authority {
                Authority::Tenant(t) => st
                    .world
                    .tenant(t)
                    .map(|t| t.name.clone())
                    .unwrap_or_default(),
                Authority::Any => "Microsoft".to_string(),
            };
            return Step::Credentials {
                error: Some(AadError::user_not_found(username, &tname)),
            };
        };
        if !input.skip_password && input.password.as_deref() != Some(user.password.as_str()) {
            return Step::Credentials {
                error: Some(AadError::bad_password()),
            };
        }
        txn.user = Some(user.object_id.clone());
    }
    let user_id = txn.user.clone().unwrap_or_default();
    let Some(user) = st.world.users.get(&user_id).cloned() else {
        return fail(st, &txn, AadError::session_expired());
    };
    let tid = match authority {
        Authority::Tenant(t) => t,
        Authority::Any => user.home_tenant.clone(),
    };
    let Some((tname, require_mfa, block_ca, user_consent)) = st
        .world
        .tenant(&tid)
        .map(|t| (t.name.clone(), t.require_mfa, t.block_ca, t.user_consent))
    else {
        return fail(st, &txn, AadError::tenant_not_found(&tid));
    };
    let (app_id, app_name, multi, app_home) = match st.world.app(&txn.client_id) {
        Some(a) => (
            a.client_id.clone(),
            a.name.clone(),
            a.multi_tenant,
            a.home_tenant.clone(),
        ),
        None => return fail(st, &txn, AadError::app_not_found(&txn.client_id, &tname)),
    };
    if !multi && app_home.as_deref() != Some(tid.as_str()) {
        return fail(st, &txn, AadError::app_not_found(&app_id, &tname));
    }
    let account = st.world.account_of_user(&tid, &user_id).cloned();
    let aobo = account.is_none()
        && user.admin_agent
        && st
            .world
            .tenant(&tid)
            .and_then(|t| t.csp_partner.clone())
            .as_deref()
            == Some(user.home_tenant.as_str());
    if account.is_none() && !aobo {
        let e =
            AadError::user_not_in_tenant(&user.upn, &user.home_tenant, &tname, &app_id, &app_name);
        return fail(st, &txn, e);
    }
    if block_ca {
        return fail(st, &txn, AadError::ca_blocked());
    }
    if (require_mfa || txn.force_mfa) && !txn.mfa_done {
        match input.mfa_code.as_deref().filter(|c| !c.trim().is_empty()) {
            None => {
                st.txns.insert(txn_id.to_string(), txn);
                return Step::Mfa { error: None };
            }
            Some(c) if c.trim() == st.world.settings.mfa_code => txn.mfa_done = true,
            Some(_) => {
                st.txns.insert(txn_id.to_string(), txn);
                return Step::Mfa {
                    error: Some(AadError::wrong_mfa_code()),
                };
            }
        }
    }
    let is_admin = account
        .as_ref()
        .is_some_and(|a| a.kind == AccountKind::Member)
        && user.directory_admin;
    let admin_consent = txn.kind == TxnKind::AdminConsent;
    if admin_consent && !is_admin {
        return fail(st, &txn, AadError::admin_required());
    }
    if admin_consent || !is_consented(st, &tid, &app_id, &user_id) {
        match input.consent {
            None => {
                st.txns.insert(txn_id.to_string(), txn);
                return Step::Consent {
                    admin: is_admin,
                    app: app_name,
                    tenant: tname,
                };
            }
            Some(false) => return fail(st, &txn, AadError::consent_declined()),
            Some(true) if !(user_consent || is_admin) => {
                return fail(st, &txn, AadError::consent_required(&app_id, &app_name));
            }
            Some(true) => {
                if is_admin {
                    if let Some(t) = st.world.tenants.iter_mut().find(|t| t.id == tid) {
                        t.consented_apps.insert(app_id.clone());
                    }
                } else {
                    st.user_consents
                        .insert((tid.clone(), app_id.clone(), user_id.clone()));
                }
                txn.consent_done = true;
            }
        }
    }
    st.txns.remove(txn_id);
    let mut mfa_tenants = BTreeSet::new();
    if txn.mfa_done {
        mfa_tenants.insert(tid.clone());
    }
    let grant = Grant {
        user: user_id,
        mfa_tenants,
    };
    match &txn.kind {
        TxnKind::Authorize => {
            let code = random_token(48);
            let redirect_uri = txn.redirect_uri.clone().unwrap_or_default();
            st.codes.insert(
                code.clone(),
                AuthCode {
                    client_id: app_id,
                    redirect_uri: redirect_uri.clone(),
                    challenge: txn.challenge.clone(),
                    scope: txn.scope.clone(),
                    tenant: tid,
                    nonce: txn.nonce.clone(),
                    grant,
                    expires_at: now_secs() + st.world.settings.auth_code_lifetime_secs as i64,
                },
            );
            let mut pairs = vec![("code", code.as_str())];
            if let Some(s) = &txn.state {
                pairs.push(("state", s.as_str()));
            }
            let sep = if redirect_uri.contains('?') { '&' } else { '?' };
            Step::Done(Outcome::Redirect(format!(
                "{redirect_uri}{sep}{}",
                encode_query(&pairs)
            )))
        }
        TxnKind::Device(dc) => {
            if let Some(d) = st.device_codes.get_mut(dc) {
                d.status = DeviceStatus::Approved { tenant: tid, grant };
            }
            Step::Done(Outcome::DeviceApproved)
        }
        TxnKind::AdminConsent => match &txn.redirect_uri {
            Some(r) => {
                let mut pairs = vec![("admin_consent", "True"), ("tenant", tid.as_str())];
                if let Some(s) = &txn.state {
                    pairs.push(("state", s.as_str()));
                }
                let sep = if r.contains('?') { '&' } else { '?' };
                Step::Done(Outcome::Redirect(format!(
                    "{r}{sep}{}",
                    encode_query(&pairs)
                )))
            }
            None => Step::Done(Outcome::AdminConsented),
        },
    }
}

fn finish_failure(st: &mut State, txn: &LoginTxn, e: AadError) -> Step {
    match &txn.kind {
        TxnKind::Device(dc) => {
            if let Some(d) = st.device_codes.get_mut(dc) {
                d.status = if e.code == 65004 {
                    DeviceStatus::Declined
                } else {
                    DeviceStatus::Failed(e.clone())
                };
            }
            Step::Done(Outcome::Failed(e))
        }
        _ => match &txn.redirect_uri {
            Some(r) if e.code != 50058 => Step::Done(Outcome::Redirect(error_redirect_url(
                r,
                &e,
                txn.state.as_deref(),
            ))),
            _ => Step::Done(Outcome::Failed(e)),
        },
    }
}

/// Opens a transaction for the device code with this user code.
pub(crate) fn start_device(st: &mut State, user_code: &str) -> Option<String> {
    let now = now_secs();
    let code = user_code
        .trim()
        .to_ascii_uppercase()
        .replace(['-', ' '], "");
    let (dc, d) = st.device_codes.iter().find(|(_, d)| {
        d.user_code == code && d.expires_at >= now && matches!(d.status, DeviceStatus::Pending)
    })?;
    let txn = LoginTxn {
        kind: TxnKind::Device(dc.clone()),
        tenant_path: d.tenant_path.clone(),
        client_id: d.client_id.clone(),
        redirect_uri: None,
        state: None,
        nonce: None,
        scope: d.scope.clone(),
        challenge: None,
        login_hint: None,
        force_mfa: false,
        user: None,
        mfa_done: false,
        consent_done: false,
        expires_at: now + 1800,
    };
    let id = random_token(24);
    st.txns.insert(id.clone(), txn);
    Some(id)
}

pub(crate) fn start_admin_consent(
    st: &mut State,
    tenant: &str,
    q: &[(String, String)],
) -> Result<String, AadError> {
    let authority = resolve_authority(st, tenant)?;
    let client_id = get(q, "client_id")
        .ok_or_else(|| AadError::missing("client_id"))?
        .to_ascii_lowercase();
    let tname = match &authority {
        Authority::Tenant(t) => st
            .world
            .tenant(t)
            .map(|t| t.name.clone())
            .unwrap_or_default(),
        Authority::Any => tenant.to_string(),
    };
    let Some(app) = st.world.app(&client_id) else {
        return Err(AadError::app_not_found(&client_id, &tname));
    };
    let redirect_uri = match get(q, "redirect_uri") {
        Some(r) if redirect_allowed(&app.redirect_uris, r) => Some(r.to_string()),
        Some(r) => return Err(AadError::redirect_mismatch(r, &client_id)),
        None => None,
    };
    let txn = LoginTxn {
        kind: TxnKind::AdminConsent,
        tenant_path: tenant.to_string(),
        client_id,
        redirect_uri,
        state: get(q, "state").map(str::to_string),
        nonce: None,
        scope: String::new(),
        challenge: None,
        login_hint: None,
        force_mfa: false,
        user: None,
        mfa_done: false,
        consent_done: false,
        expires_at: now_secs() + 1800,
    };
    let id = random_token(24);
    st.txns.insert(id.clone(), txn);
    Ok(id)
}

// ---------------------------------------------------------------------------------------------------------
// Pages

async fn authorize(
    AxState(sh): Sh,
    Path(tenant): Path<String>,
    RawQuery(q): RawQuery,
) -> Response<Body> {
    let q = parse_pairs(q.as_deref().unwrap_or(""));
    let mut st = sh.lock();
    match start_authorize(&mut st, &tenant, &q) {
        Err(e) => error_html(&e),
        Ok(Err(redirect_url)) => redirect(&redirect_url),
        Ok(Ok(txn)) => {
            let hint = get(&q, "login_hint").map(str::to_string);
            render_step(
                &st,
                &txn,
                Step::Credentials { error: None },
                hint.as_deref(),
            )
        }
    }
}

async fn admin_consent(
    AxState(sh): Sh,
    Path(tenant): Path<String>,
    RawQuery(q): RawQuery,
) -> Response<Body> {
    let q = parse_pairs(q.as_deref().unwrap_or(""));
    let mut st = sh.lock();
    match start_admin_consent(&mut st, &tenant, &q) {
        Err(e) => error_html(&e),
        Ok(txn) => render_step(&st, &txn, Step::Credentials { error: None }, None),
    }
}

async fn login_post(AxState(sh): Sh, body: Bytes) -> Response<Body> {
    let form = parse_pairs(&String::from_utf8_lossy(&body));
    let txn = get(&form, "txn").unwrap_or("").to_string();
    let typed = get(&form, "username").filter(|s| !s.trim().is_empty());
    let input = Input {
        username: typed.or_else(|| get(&form, "account")).map(str::to_string),
        password: get(&form, "password").map(str::to_string),
        skip_password: false,
        mfa_code: get(&form, "mfa_code").map(str::to_string),
        consent: get(&form, "consent").map(|c| c == "accept"),
    };
    let mut st = sh.lock();
    let hint = input.username.clone();
    let step = advance(&mut st, &txn, &input);
    render_step(&st, &txn, step, hint.as_deref())
}

async fn devicelogin_get(AxState(sh): Sh) -> Response<Body> {
    let _ = sh;
    html_response(200, page("Enter code", &device_code_form(None)))
}

async fn devicelogin_post(AxState(sh): Sh, body: Bytes) -> Response<Body> {
    let form = parse_pairs(&String::from_utf8_lossy(&body));
    let code = get(&form, "otc").unwrap_or("");
    let mut st = sh.lock();
    match start_device(&mut st, code) {
        Some(txn) => render_step(&st, &txn, Step::Credentials { error: None }, None),
        None => html_response(
            200,
            page(
                "Enter code",
                &device_code_form(Some("That code didn't work. Check the code and try again.")),
            ),
        ),
    }
}

fn device_code_form(error: Option<&str>) -> String {
    let err = error
        .map(|e| format!(r#"<p class="error" role="alert">{}</p>"#, html_escape(e)))
        .unwrap_or_default();
    format!(
        r#"<h1>Enter code</h1><p>Enter the code displayed on your app or device.</p>{err}
<form method="post" action="/devicelogin"><label for="otc">Code</label><input id="otc" name="otc" autocomplete="off" autofocus required>
<button type="submit">Next</button></form>"#
    )
}

fn render_step(st: &State, txn_id: &str, step: Step, hint: Option<&str>) -> Response<Body> {
    let txn_field = format!(
        r#"<input type="hidden" name="txn" value="{}">"#,
        html_escape(txn_id)
    );
    let txn = st.txns.get(txn_id);
    let app_name = txn
        .and_then(|t| st.world.app(&t.client_id))
        .map(|a| a.name.clone())
        .unwrap_or_default();
    match step {
        Step::Credentials { error } => {
            let err = error.map(|e| format!(r#"<p class="error" role="alert" data-code="{}">{}</p>"#, e.code, html_escape(&format!("AADSTS{}: {}", e.code, e.message)))).unwrap_or_default();
            let tenant = txn
                .and_then(|t| st.world.tenant(&t.tenant_path))
                .map(|t| t.id.clone());
            let directory = txn
                .and_then(|t| st.world.tenant(&t.tenant_path))
                .map(|t| format!("<p class=\"banner\">Directory: {}</p>", html_escape(&t.name)))
                .unwrap_or_default();
            let hint = hint.or(txn.and_then(|t| t.login_hint.as_deref())).unwrap_or("");
            let mut options = String::new();
            let mut users: Vec<_> = st
                .world
                .users
                .values()
                .filter(|u| match &tenant {
                    Some(t) => st.world.account_of_user(t, &u.object_id).is_some() || u.admin_agent,
                    None => true,
                })
                .collect();
            users.sort_by(|a, b| a.upn.cmp(&b.upn));
            for u in users {
                options.push_str(&format!(
                    r#"<option value="{0}">{1} ({0})</option>"#,
                    html_escape(&u.upn),
                    html_escape(&u.name)
                ));
            }
            let practice = st
                .world
                .settings
                .practice_password_hint
                .as_deref()
                .map(|p| {
                    format!(
                        r#"<p class="banner" data-testid="practice-password">Practice: pick an example account; the password of each is {}</p>"#,
                        html_escape(p)
                    )
                })
                .unwrap_or_default();
            let body = format!(
                r#"<h1>Sign in</h1><p>to continue to <b>{app}</b></p>{directory}{practice}{err}
<form method="post" action="/common/login">{txn_field}
<label for="account">Pick an account</label><select id="account" name="account"><option value="">(type it below)</option>{options}</select>
<label for="username">Email, phone or Skype</label><input id="username" name="username" type="email" value="{hint}" autocomplete="username">
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password">
<button type="submit">Sign in</button></form>"#,
                app = html_escape(&app_name),
                hint = html_escape(hint)
            );
            html_response(200, page("Sign in to your account", &body))
        }
        Step::Mfa { error } => {
            let err = error.map(|e| format!(r#"<p class="error" role="alert" data-code="{}">{}</p>"#, e.code, html_escape(&e.message))).unwrap_or_default();
            let body = format!(
                r#"<h1>Verify your identity</h1><p>Enter the code displayed in your authenticator app.</p><p class="banner">Practice: the authenticator shows {code}.</p>{err}
<form method="post" action="/common/login">{txn_field}<label for="mfa_code">Code</label>
<input id="mfa_code" name="mfa_code" inputmode="numeric" autocomplete="one-time-code" autofocus>
<button type="submit">Verify</button></form>"#,
                code = html_escape(&st.world.settings.mfa_code)
            );
            html_response(200, page("Verify your identity", &body))
        }
        Step::Consent { admin, app, tenant } => {
            let org = if admin {
                format!("<p>As an administrator you consent on behalf of everyone in <b>{}</b>.</p>", html_escape(&tenant))
            } else {
                String::new()
            };
            let body = format!(
                r#"<h1>Permissions requested</h1><p><b>{app}</b> would like to:</p>
<ul><li>Access Azure Service Management as you (user_impersonation)</li><li>Maintain access to data you have given it access to</li><li>View your basic profile</li></ul>{org}
<form method="post" action="/common/login">{txn_field}
<button type="submit" name="consent" value="accept">Accept</button> <button type="submit" name="consent" value="decline" class="secondary">Cancel</button></form>"#,
                app = html_escape(&app)
            );
            html_response(200, page("Permissions requested", &body))
        }
        Step::Done(Outcome::Redirect(url)) => redirect(&url),
        Step::Done(Outcome::DeviceApproved) => html_response(
            200,
            page(
                "You're signed in",
                "<h1>You're signed in</h1><p>You have signed in on your device. You may now close this window.</p>",
            ),
        ),
        Step::Done(Outcome::AdminConsented) => html_response(
            200,
            page("Permissions granted", "<h1>Permissions granted</h1><p>The app can now be used in this directory.</p>"),
        ),
        Step::Done(Outcome::Failed(e)) => error_html(&e),
    }
}

fn error_html(e: &AadError) -> Response<Body> {
    let body = format!(
        r#"<h1>Sorry, but we're having trouble signing you in.</h1><p class="error" role="alert" data-code="{}">AADSTS{}: {}</p>"#,
        e.code,
        e.code,
        html_escape(&e.message)
    );
    html_response(400, page("Sign-in error", &body))
}

fn page(title: &str, body: &str) -> String {
    format!(
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{} - Azure Simulator</title><style>
body{{font-family:system-ui,Segoe UI,sans-serif;background:#f2f2f2;margin:0}}main{{max-width:440px;margin:48px auto;background:#fff;padding:40px;box-shadow:0 2px 6px rgba(0,0,0,.2)}}
label{{display:block;margin-top:14px;font-size:14px}}input,select{{width:100%;padding:8px;margin-top:4px;box-sizing:border-box;font-size:15px}}
button{{margin-top:20px;padding:8px 24px;background:#0067b8;color:#fff;border:0;font-size:15px}}button.secondary{{background:#ccc;color:#000}}
.error{{color:#a80000}}.banner{{font-size:12px;color:#666;margin-bottom:16px}}</style></head>
<body><main><div class="banner">Simulated Microsoft sign-in (practice only - nothing here is real)</div>{}</main></body></html>"#,
        html_escape(title),
        body
    )
}
