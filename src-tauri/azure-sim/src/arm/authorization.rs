//! Microsoft.Authorization: role assignments and role definitions, with who may write them.

use super::*;

pub(super) fn role_definition_json(scope: &str, id: &str) -> Option<Value> {
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

pub(super) fn assignment_json(a: &RoleAssignment) -> Value {
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

pub(super) fn authorization(
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

pub(super) fn can_write_rbac(st: &State, c: &Caller, scope: &str) -> bool {
    let roles = roles_at(st, c, scope);
    roles.contains(OWNER) || roles.contains(USER_ACCESS_ADMIN)
}

pub(super) fn create_assignment(
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
