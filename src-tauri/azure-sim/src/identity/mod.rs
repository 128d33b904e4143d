//! Entra ID: OIDC metadata, `/authorize` with its HTML sign-in pages, `/token`, `/devicecode`, the device
//! verification page and admin consent. The sign-in "engine" (`advance`) is shared by the pages, the admin
//! API and the Rust API, so a headless test walks exactly the same checks as a person.

mod device;
mod engine;
mod pages;
mod token;

use device::*;
pub(crate) use engine::*;
use pages::*;
pub(crate) use token::*;

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
