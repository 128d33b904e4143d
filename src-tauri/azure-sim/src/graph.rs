//! The part of Microsoft Graph the customer-admin path needs: `/me`, user lookup by ID, UPN or mail, service
//! principal lookup by application ID, and guest invitations.

use crate::arm::{authenticate, Audience};
use crate::http_util::json_response;
use crate::server::RequestId;
use crate::state::{guest_upn, lower, Account, AccountKind, Invitation};
use crate::util::{new_guid, rfc3339_now, RawQueryPairs};
use crate::Shared;
use axum::body::{Body, Bytes};
use axum::extract::{Path, RawQuery, State as AxState};
use axum::routing::{get, post};
use axum::{Extension, Router};
use http::{HeaderMap, Response};
use serde_json::{json, Value};
use std::sync::Arc;

type Sh = AxState<Arc<Shared>>;

pub(crate) fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/v1.0/me", get(me))
        .route("/v1.0/users", get(list_users))
        .route("/v1.0/users/{id}", get(user))
        .route("/v1.0/servicePrincipals", get(list_service_principals))
        .route("/v1.0/invitations", post(invite))
        .fallback(|Extension(rid): Extension<RequestId>| async move {
            graph_error(
                404,
                "Request_ResourceNotFound",
                "The resource is not supported by the simulator.",
                &rid.0,
            )
        })
        .with_state(shared)
}

fn graph_error(status: u16, code: &str, message: &str, rid: &str) -> Response<Body> {
    json_response(
        status,
        &json!({"error": {"code": code, "message": message,
        "innerError": {"date": rfc3339_now(), "request-id": rid, "client-request-id": rid}}}),
    )
}

fn user_json(graph: &str, a: &Account) -> Value {
    json!({
        "@odata.context": format!("{graph}/v1.0/$metadata#users/$entity"),
        "id": a.object_id,
        "displayName": a.name,
        "userPrincipalName": a.upn,
        "mail": a.mail,
        "userType": if a.kind == AccountKind::Member { "Member" } else { "Guest" },
        "businessPhones": [],
        "givenName": null,
        "surname": null,
        "jobTitle": null,
        "officeLocation": null,
        "preferredLanguage": null,
        "mobilePhone": null
    })
}

async fn me(
    AxState(sh): Sh,
    Extension(rid): Extension<RequestId>,
    headers: HeaderMap,
) -> Response<Body> {
    let st = sh.lock();
    let c = match authenticate(&sh, &st, &headers, Audience::Graph) {
        Ok(c) => c,
        Err(r) => return r,
    };
    match st.world.account(&c.tid, &c.oid) {
        Some(a) => json_response(200, &user_json(&sh.urls.graph, a)),
        None => graph_error(404, "Request_ResourceNotFound", &format!("Resource '{}' does not exist or one of its queried reference-property objects are not present.", c.oid), &rid.0),
    }
}

async fn user(
    AxState(sh): Sh,
    Extension(rid): Extension<RequestId>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response<Body> {
    let st = sh.lock();
    let c = match authenticate(&sh, &st, &headers, Audience::Graph) {
        Ok(c) => c,
        Err(r) => return r,
    };
    let k = lower(&id);
    let found = st
        .world
        .accounts
        .iter()
        .find(|a| a.tenant == c.tid && (a.object_id == k || lower(&a.upn) == k));
    match found {
        Some(a) => json_response(200, &user_json(&sh.urls.graph, a)),
        None => graph_error(404, "Request_ResourceNotFound", &format!("Resource '{id}' does not exist or one of its queried reference-property objects are not present."), &rid.0),
    }
}

/// `$filter` with `mail eq '…'` and/or `userPrincipalName eq '…'` clauses joined by `or`.
async fn list_users(
    AxState(sh): Sh,
    Extension(rid): Extension<RequestId>,
    RawQuery(q): RawQuery,
    headers: HeaderMap,
) -> Response<Body> {
    let pairs = q.as_deref().unwrap_or("").pairs();
    let st = sh.lock();
    let c = match authenticate(&sh, &st, &headers, Audience::Graph) {
        Ok(c) => c,
        Err(r) => return r,
    };
    let filter = crate::util::get(&pairs, "$filter")
        .unwrap_or("")
        .to_string();
    let mut wanted: Vec<(String, String)> = Vec::new();
    for clause in filter
        .split(" or ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        let Some((field, value)) = clause.split_once(" eq ") else {
            return graph_error(
                400,
                "Request_UnsupportedQuery",
                &format!("Unsupported query: {clause}"),
                &rid.0,
            );
        };
        let value = value.trim().trim_matches('\'').replace("''", "'");
        wanted.push((field.trim().to_string(), lower(&value)));
    }
    let value: Vec<Value> = st
        .world
        .accounts
        .iter()
        .filter(|a| a.tenant == c.tid)
        .filter(|a| {
            wanted.is_empty()
                || wanted.iter().any(|(f, v)| match f.as_str() {
                    "mail" => a.mail.as_deref().map(lower).as_deref() == Some(v.as_str()),
                    "userPrincipalName" => lower(&a.upn) == *v,
                    "id" => a.object_id == *v,
                    _ => false,
                })
        })
        .map(|a| {
            let mut v = user_json(&sh.urls.graph, a);
            if let Some(o) = v.as_object_mut() {
                o.remove("@odata.context");
            }
            v
        })
        .collect();
    json_response(
        200,
        &json!({"@odata.context": format!("{}/v1.0/$metadata#users", sh.urls.graph), "value": value}),
    )
}

/// `GET /servicePrincipals?$filter=appId eq '…'`: the only filter Graph's clients use to find an app's service
/// principal in a directory.
async fn list_service_principals(
    AxState(sh): Sh,
    Extension(rid): Extension<RequestId>,
    RawQuery(q): RawQuery,
    headers: HeaderMap,
) -> Response<Body> {
    let pairs = q.as_deref().unwrap_or("").pairs();
    let st = sh.lock();
    let c = match authenticate(&sh, &st, &headers, Audience::Graph) {
        Ok(c) => c,
        Err(r) => return r,
    };
    let filter = crate::util::get(&pairs, "$filter").unwrap_or("").trim();
    let app_id = match filter.split_once(" eq ") {
        Some((field, value)) if field.trim() == "appId" => lower(value.trim().trim_matches('\'')),
        _ => {
            return graph_error(
                400,
                "Request_UnsupportedQuery",
                &format!("Unsupported query: {filter}"),
                &rid.0,
            )
        }
    };
    let value: Vec<Value> = st
        .world
        .sps
        .iter()
        .filter(|sp| sp.tenant == c.tid && sp.app_id == app_id)
        .map(|sp| {
            json!({
                "id": sp.object_id,
                "appId": sp.app_id,
                "displayName": sp.name,
                "servicePrincipalType": "Application",
                "accountEnabled": true,
            })
        })
        .collect();
    json_response(
        200,
        &json!({"@odata.context": format!("{}/v1.0/$metadata#servicePrincipals", sh.urls.graph), "value": value}),
    )
}

async fn invite(
    AxState(sh): Sh,
    Extension(rid): Extension<RequestId>,
    headers: HeaderMap,
    body: Bytes,
) -> Response<Body> {
    let mut st = sh.lock();
    let c = match authenticate(&sh, &st, &headers, Audience::Graph) {
        Ok(c) => c,
        Err(r) => return r,
    };
    // Only members invite: guests and apps without User.Invite.All are refused, as in a default directory.
    let inviter_is_member = !c.is_app
        && st
            .world
            .account(&c.tid, &c.oid)
            .is_some_and(|a| a.kind == AccountKind::Member);
    if !inviter_is_member {
        return graph_error(
            403,
            "Authorization_RequestDenied",
            "Insufficient privileges to complete the operation.",
            &rid.0,
        );
    }
    let body: Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(_) => {
            return graph_error(
                400,
                "BadRequest",
                "Unable to read JSON request payload.",
                &rid.0,
            )
        }
    };
    let Some(email) = body["invitedUserEmailAddress"]
        .as_str()
        .filter(|e| e.contains('@'))
        .map(str::to_string)
    else {
        return graph_error(
            400,
            "BadRequest",
            "Required property 'invitedUserEmailAddress' is missing or not an email address.",
            &rid.0,
        );
    };
    let Some(redirect) = body["inviteRedirectUrl"].as_str().map(str::to_string) else {
        return graph_error(
            400,
            "BadRequest",
            "Required property 'inviteRedirectUrl' is missing.",
            &rid.0,
        );
    };
    let Some(domain) = st.world.tenant(&c.tid).map(|t| t.domain.clone()) else {
        return graph_error(
            404,
            "Request_ResourceNotFound",
            "The directory does not exist.",
            &rid.0,
        );
    };
    let user = st.world.user_by_name(&email).cloned();
    if let Some(u) = &user {
        if u.home_tenant == c.tid {
            return graph_error(
                400,
                "BadRequest",
                "The invited user already exists in the directory as a member.",
                &rid.0,
            );
        }
    }
    let display = body["invitedUserDisplayName"].as_str().map(str::to_string);
    let existing = st
        .world
        .accounts
        .iter()
        .find(|a| {
            a.tenant == c.tid
                && a.kind == AccountKind::Guest
                && (a.mail.as_deref().map(lower) == Some(lower(&email))
                    || (user.is_some()
                        && a.user.as_deref() == user.as_ref().map(|u| u.object_id.as_str())))
        })
        .cloned();
    let guest = match existing {
        Some(a) => a,
        None => {
            let a = Account {
                tenant: c.tid.clone(),
                object_id: new_guid(),
                user: user.as_ref().map(|u| u.object_id.clone()),
                kind: AccountKind::Guest,
                upn: guest_upn(&email, &domain),
                name: display
                    .clone()
                    .or(user.as_ref().map(|u| u.name.clone()))
                    .unwrap_or_else(|| email.clone()),
                mail: Some(email.clone()),
            };
            st.world.accounts.push(a.clone());
            a
        }
    };
    let inv = Invitation {
        id: new_guid(),
        tenant_id: c.tid.clone(),
        invited_user_email_address: email.clone(),
        invited_user_id: guest.object_id.clone(),
        invited_by: c.oid.clone(),
        invite_redirect_url: redirect.clone(),
        status: "PendingAcceptance".into(),
    };
    st.invitations.push(inv.clone());
    json_response(
        201,
        &json!({
            "@odata.context": format!("{}/v1.0/$metadata#invitations/$entity", sh.urls.graph),
            "id": inv.id,
            "inviteRedeemUrl": format!("{}/redeem?rd={}&tenant={}", sh.urls.login, inv.id, c.tid),
            "invitedUserDisplayName": display,
            "invitedUserType": "Guest",
            "invitedUserEmailAddress": email,
            "sendInvitationMessage": body["sendInvitationMessage"].as_bool().unwrap_or(false),
            "resetRedemption": false,
            "inviteRedirectUrl": redirect,
            "status": inv.status,
            "invitedUserMessageInfo": {"messageLanguage": null, "customizedMessageBody": null, "ccRecipients": []},
            "invitedUser": {"id": guest.object_id}
        }),
    )
}
