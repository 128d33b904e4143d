//! Microsoft.ManagementPartner: the link itself, as the caller's token's directory and object.

use super::*;

pub(super) fn operations() -> Response<Body> {
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

pub(super) fn partner_json(l: &PartnerLink) -> Value {
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

pub(super) fn current_link<'a>(st: &'a State, c: &Caller) -> Option<&'a PartnerLink> {
    st.world
        .links
        .iter()
        .find(|l| l.tenant_id == c.tid && l.object_id == c.oid && l.state == "Active")
}

pub(super) fn partner_call(
    r: &Req,
    st: &mut State,
    c: &Caller,
    _orig: &[&str],
    pid: &str,
) -> Response<Body> {
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
