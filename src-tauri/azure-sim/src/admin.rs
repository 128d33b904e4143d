//! The admin API under `/_sim/` (its own port): state for assertions, faults, token tricks, and headless
//! sign-in for tests. It has no authentication: it listens on loopback only, like the rest of the simulator.

use crate::http_util::json_response;
use crate::scenario::{FaultDef, Scenario};
use crate::server::RequestId;
use crate::{Shared, SignIn};
use axum::body::{Body, Bytes};
use axum::extract::{Path, State as AxState};
use axum::routing::{delete, get, post};
use axum::{Extension, Router};
use http::Response;
use serde::Deserialize;
use serde_json::{json, Value};
use std::sync::Arc;

type Sh = AxState<Arc<Shared>>;

pub(crate) fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route(
            "/_sim/health",
            get(|| async { json_response(200, &json!({"status": "ok"})) }),
        )
        .route("/_sim/state", get(state))
        .route("/_sim/links", get(links))
        .route("/_sim/role-assignments", get(role_assignments))
        .route("/_sim/invitations", get(invitations))
        .route("/_sim/requests", get(requests).delete(clear_requests))
        .route(
            "/_sim/faults",
            get(list_faults).post(add_fault).delete(clear_faults),
        )
        .route("/_sim/faults/{id}", delete(remove_fault))
        .route("/_sim/tokens/expire", post(expire_tokens))
        .route("/_sim/tokens/lifetime", post(token_lifetime))
        .route("/_sim/claims-challenge", post(claims_challenge))
        .route("/_sim/refresh-tokens/revoke", post(revoke_refresh))
        .route("/_sim/refresh-tokens/expire", post(expire_refresh))
        .route("/_sim/device/approve", post(device_approve))
        .route("/_sim/device/deny", post(device_deny))
        .route("/_sim/sign-in", post(sign_in))
        .route("/_sim/scenario", post(load_scenario))
        .route("/_sim/reset", post(reset))
        .fallback(|| async { bad(404, "no such admin endpoint") })
        .with_state(shared)
}

fn bad(status: u16, message: &str) -> Response<Body> {
    json_response(
        status,
        &json!({"error": {"code": "BadRequest", "message": message}}),
    )
}

fn parse<T: for<'de> Deserialize<'de>>(body: &Bytes) -> Result<T, Response<Body>> {
    let text = if body.is_empty() {
        &b"{}"[..]
    } else {
        &body[..]
    };
    serde_json::from_slice(text).map_err(|e| bad(400, &format!("invalid JSON body: {e}")))
}

async fn state(AxState(sh): Sh) -> Response<Body> {
    json_response(200, &json!(sh.snapshot()))
}

async fn links(AxState(sh): Sh) -> Response<Body> {
    json_response(200, &json!({"value": sh.snapshot().links}))
}

async fn role_assignments(AxState(sh): Sh) -> Response<Body> {
    json_response(200, &json!({"value": sh.snapshot().role_assignments}))
}

async fn invitations(AxState(sh): Sh) -> Response<Body> {
    json_response(200, &json!({"value": sh.snapshot().invitations}))
}

async fn requests(AxState(sh): Sh) -> Response<Body> {
    let v: Vec<_> = sh.lock().requests.iter().cloned().collect();
    json_response(200, &json!({"value": v}))
}

async fn clear_requests(AxState(sh): Sh) -> Response<Body> {
    sh.lock().requests.clear();
    json_response(200, &json!({}))
}

async fn list_faults(AxState(sh): Sh) -> Response<Body> {
    let st = sh.lock();
    let v: Vec<Value> = st
        .faults
        .iter()
        .map(|f| json!({"id": f.id, "fault": f.def, "remaining": f.remaining, "hits": f.hits}))
        .collect();
    json_response(200, &json!({"value": v}))
}

async fn add_fault(AxState(sh): Sh, body: Bytes) -> Response<Body> {
    let def: FaultDef = match parse(&body) {
        Ok(d) => d,
        Err(r) => return r,
    };
    match sh.add_fault(def) {
        Ok(id) => json_response(201, &json!({"id": id})),
        Err(m) => bad(400, &m),
    }
}

async fn clear_faults(AxState(sh): Sh) -> Response<Body> {
    sh.lock().faults.clear();
    json_response(200, &json!({}))
}

async fn remove_fault(AxState(sh): Sh, Path(id): Path<u64>) -> Response<Body> {
    let mut st = sh.lock();
    let before = st.faults.len();
    st.faults.retain(|f| f.id != id);
    if st.faults.len() == before {
        return bad(404, "no such fault");
    }
    json_response(200, &json!({}))
}

async fn expire_tokens(AxState(sh): Sh) -> Response<Body> {
    sh.expire_access_tokens();
    json_response(200, &json!({}))
}

#[derive(Deserialize)]
struct Lifetime {
    seconds: u64,
}

async fn token_lifetime(AxState(sh): Sh, body: Bytes) -> Response<Body> {
    match parse::<Lifetime>(&body) {
        Ok(l) => {
            sh.lock().access_token_lifetime = l.seconds.max(1);
            json_response(200, &json!({"seconds": l.seconds.max(1)}))
        }
        Err(r) => r,
    }
}

#[derive(Deserialize, Default)]
struct UserFilter {
    #[serde(default)]
    user: Option<String>,
}

async fn revoke_refresh(AxState(sh): Sh, body: Bytes) -> Response<Body> {
    match parse::<UserFilter>(&body) {
        Ok(f) => json_response(
            200,
            &json!({"revoked": sh.revoke_refresh_tokens(f.user.as_deref(), false)}),
        ),
        Err(r) => r,
    }
}

async fn expire_refresh(AxState(sh): Sh, body: Bytes) -> Response<Body> {
    match parse::<UserFilter>(&body) {
        Ok(f) => json_response(
            200,
            &json!({"expired": sh.revoke_refresh_tokens(f.user.as_deref(), true)}),
        ),
        Err(r) => r,
    }
}

#[derive(Deserialize)]
struct DeviceApprove {
    user_code: String,
    #[serde(flatten)]
    sign_in: SignIn,
}

async fn device_approve(
    AxState(sh): Sh,
    Extension(rid): Extension<RequestId>,
    body: Bytes,
) -> Response<Body> {
    let req: DeviceApprove = match parse(&body) {
        Ok(r) => r,
        Err(r) => return r,
    };
    match sh.approve_device_code(&req.user_code, &req.sign_in) {
        Ok(()) => json_response(200, &json!({"status": "approved"})),
        Err(e) => json_response(400, &e.to_json(&sh.urls.login, &rid.0)),
    }
}

#[derive(Deserialize)]
struct DeviceDeny {
    user_code: String,
}

async fn device_deny(AxState(sh): Sh, body: Bytes) -> Response<Body> {
    let req: DeviceDeny = match parse(&body) {
        Ok(r) => r,
        Err(r) => return r,
    };
    if sh.deny_device_code(&req.user_code) {
        json_response(200, &json!({"status": "declined"}))
    } else {
        bad(404, "no pending device code with that user code")
    }
}

#[derive(Deserialize)]
struct SignInReq {
    authorize_url: String,
    #[serde(flatten)]
    sign_in: SignIn,
}

async fn sign_in(
    AxState(sh): Sh,
    Extension(rid): Extension<RequestId>,
    body: Bytes,
) -> Response<Body> {
    let req: SignInReq = match parse(&body) {
        Ok(r) => r,
        Err(r) => return r,
    };
    match sh.complete_sign_in(&req.authorize_url, &req.sign_in) {
        Ok(redirect) => json_response(200, &json!({"redirect": redirect})),
        Err(e) => json_response(400, &e.to_json(&sh.urls.login, &rid.0)),
    }
}

async fn load_scenario(AxState(sh): Sh, body: Bytes) -> Response<Body> {
    let text = String::from_utf8_lossy(&body);
    let parsed = if text.trim_start().starts_with('{') {
        Scenario::from_json_str(&text)
    } else {
        Scenario::from_toml_str(&text)
    };
    match parsed.and_then(|s| sh.load_scenario(&s)) {
        Ok(()) => json_response(200, &json!({"status": "loaded"})),
        Err(e) => bad(400, &e.to_string()),
    }
}

async fn reset(AxState(sh): Sh) -> Response<Body> {
    let initial = sh.initial.clone();
    match sh.load_scenario(&initial) {
        Ok(()) => json_response(200, &json!({"status": "reset"})),
        Err(e) => bad(500, &e.to_string()),
    }
}

#[derive(Deserialize)]
struct TenantBody {
    tenant: String,
}

async fn claims_challenge(AxState(sh): Sh, body: Bytes) -> Response<Body> {
    match parse::<TenantBody>(&body) {
        Ok(t) => {
            sh.demand_claims_challenge(&t.tenant);
            json_response(200, &json!({}))
        }
        Err(r) => r,
    }
}
