//! Planning a grant from fresh facts and applying it idempotently, scope by scope.

use super::*;

/// What the admin asks for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct GrantRequest {
    pub principal: PartnerPrincipal,
    pub role: GrantRole,
    pub scopes: Vec<GrantScope>,
    /// Must be true for Owner: the admin read that Owner can give access to anyone.
    #[serde(default)]
    pub acknowledge_owner_risk: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum StepAction {
    /// A new role assignment will be created.
    Create,
    /// The partner already has this role there; nothing will be sent.
    AlreadyThere,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct GrantStep {
    pub scope: GrantScope,
    pub scope_path: String,
    pub scope_name: String,
    pub action: StepAction,
    /// The existing assignment's ID when `AlreadyThere`.
    pub existing_assignment_id: Option<String>,
}

/// What will happen, for the admin to confirm.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct GrantPlan {
    pub tenant_id: String,
    pub principal: PartnerPrincipal,
    pub role: RoleChoice,
    pub steps: Vec<GrantStep>,
    /// Plain-language consequences (English), in the order to show them; the UI words them from the role.
    #[serde(skip)]
    pub consequences: Vec<String>,
}

/// Checks the request and reads what exists: which assignments would be created and which are already there.
/// Refuses Owner without `acknowledge_owner_risk` ([`ErrorCode::OwnerNeedsAcknowledgement`]) and any scope where
/// the signed-in admin holds neither Owner nor User Access Administrator ([`ErrorCode::NotAllowedToGrant`],
/// naming who can; [`check_permissions`] has the same as data).
pub async fn plan_grant(
    arm: &ArmClient,
    tenant: &str,
    request: &GrantRequest,
) -> Result<GrantPlan, Error> {
    if request.role == GrantRole::Owner && !request.acknowledge_owner_risk {
        return Err(Error::new(
            ErrorCode::OwnerNeedsAcknowledgement,
            "giving Owner needs the acknowledgement that Owner can also give access to anyone",
        ));
    }
    if !is_guid(&request.principal.object_id) {
        return Err(Error::new(
            ErrorCode::InvalidInput,
            format!("{:?} is not an object ID", request.principal.object_id),
        ));
    }
    let mut scopes: Vec<(GrantScope, String)> = Vec::new();
    for s in &request.scopes {
        let path = s.path()?;
        if !scopes.iter().any(|(_, p)| p.eq_ignore_ascii_case(&path)) {
            scopes.push((s.clone(), path));
        }
    }
    if scopes.is_empty() {
        return Err(Error::new(
            ErrorCode::InvalidInput,
            "choose at least one subscription or resource group",
        ));
    }
    let me = arm.identity(tenant).await?;
    let names: std::collections::HashMap<String, String> = list_subscriptions(arm, tenant)
        .await?
        .into_iter()
        .map(|s| (s.id, s.display_name))
        .collect();
    let name_of = |scope: &GrantScope| {
        let sub = scope.subscription_id().to_ascii_lowercase();
        let sub_name = names.get(&sub).cloned().unwrap_or(sub);
        match scope {
            GrantScope::Subscription { .. } => sub_name,
            GrantScope::ResourceGroup { resource_group, .. } => {
                format!("resource group {resource_group} in {sub_name}")
            }
        }
    };
    let mut blocked = Vec::new();
    let mut steps = Vec::new();
    for (scope, path) in &scopes {
        let held = roles_held_at(arm, tenant, &me.object_id, path).await?;
        let allowed = held.iter().any(|g| {
            g.eq_ignore_ascii_case(rules::OWNER)
                || g.eq_ignore_ascii_case(rules::USER_ACCESS_ADMINISTRATOR)
        });
        if !allowed {
            blocked.push(WhoCanGrant::at(path, &name_of(scope)));
            continue;
        }
        let existing = existing_assignment(
            arm,
            tenant,
            path,
            &request.principal.object_id,
            request.role,
        )
        .await?;
        steps.push(GrantStep {
            scope: scope.clone(),
            scope_path: path.clone(),
            scope_name: name_of(scope),
            action: if existing.is_some() {
                StepAction::AlreadyThere
            } else {
                StepAction::Create
            },
            existing_assignment_id: existing,
        });
    }
    if !blocked.is_empty() {
        let names: Vec<&str> = blocked.iter().map(|b| b.scope_name.as_str()).collect();
        return Err(Error::new(
            ErrorCode::NotAllowedToGrant,
            format!(
                "{} holds neither Owner nor User Access Administrator on {}; an Owner or User Access Administrator there can give the role. Nothing was changed.",
                me.display_name,
                names.join(", ")
            ),
        ));
    }
    let role = role_choice(request.role);
    let mut consequences = vec![format!(
        "{} will get the {} role on {}.",
        request.principal.display_name,
        role.name,
        steps
            .iter()
            .map(|s| s.scope_name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    )];
    consequences.push(format!("They can: {}", role.what_it_allows));
    consequences.push(format!("They cannot: {}", role.what_it_does_not_allow));
    if !role.risk.is_empty() {
        consequences.push(role.risk.clone());
    }
    consequences.push(match role.pal_incentives {
        Mark::Yes => "With this role, the partner's linked work here counts for recognition and for incentives such as partner earned credit.".to_owned(),
        _ => "With this role, the partner's linked work here counts for recognition, but not for incentives (those need Contributor or Owner).".to_owned(),
    });
    consequences.push("Giving a role does not link the partner ID: the partner does that afterwards, with their own account. You can take the role back at any time from this app or the Azure portal.".to_owned());
    Ok(GrantPlan {
        tenant_id: me.tenant_id,
        principal: request.principal.clone(),
        role,
        steps,
        consequences,
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum StepOutcome {
    Created,
    AlreadyThere,
    Failed,
}

/// What happened at one scope.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct GrantResult {
    pub scope_path: String,
    pub scope_name: String,
    pub outcome: StepOutcome,
    /// The role assignment's full ID (for removing it later), when one exists.
    pub assignment_id: Option<String>,
    pub request_id: Option<String>,
    pub error: Option<Error>,
}

/// What was done, to show the admin.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct GrantOutcome {
    pub tenant_id: String,
    pub principal: PartnerPrincipal,
    pub role: GrantRole,
    pub results: Vec<GrantResult>,
    /// True when every scope ended with the role in place.
    pub complete: bool,
}

/// Plans `request` again (fresh permission check and existing assignments) and creates what is missing. Each
/// scope is independent: one failure does not undo or stop the others, and the outcome says what happened where.
/// Refusals that concern the whole request (Owner not acknowledged, no permission) come back as errors before
/// anything is sent.
pub async fn apply_grant(
    arm: &ArmClient,
    tenant: &str,
    request: &GrantRequest,
) -> Result<GrantOutcome, Error> {
    let plan = plan_grant(arm, tenant, request).await?;
    let mut results = Vec::new();
    for step in &plan.steps {
        let result = match step.action {
            StepAction::AlreadyThere => GrantResult {
                scope_path: step.scope_path.clone(),
                scope_name: step.scope_name.clone(),
                outcome: StepOutcome::AlreadyThere,
                assignment_id: step.existing_assignment_id.clone(),
                request_id: None,
                error: None,
            },
            StepAction::Create => create_assignment(arm, tenant, step, request).await,
        };
        results.push(result);
    }
    Ok(GrantOutcome {
        tenant_id: plan.tenant_id,
        principal: plan.principal,
        role: request.role,
        complete: results.iter().all(|r| r.outcome != StepOutcome::Failed),
        results,
    })
}

pub(super) async fn create_assignment(
    arm: &ArmClient,
    tenant: &str,
    step: &GrantStep,
    request: &GrantRequest,
) -> GrantResult {
    let path = &step.scope_path;
    let name = uuid::Uuid::new_v4().to_string();
    let body = json!({"properties": {
        "roleDefinitionId": format!(
            "/subscriptions/{}/providers/Microsoft.Authorization/roleDefinitions/{}",
            step.scope.subscription_id().to_ascii_lowercase(),
            request.role.role_definition_guid()
        ),
        "principalId": request.principal.object_id,
        // Given explicitly so that a guest invited a moment ago is found despite directory replication delay.
        "principalType": request.principal.principal_type,
    }});
    let mut result = GrantResult {
        scope_path: path.clone(),
        scope_name: step.scope_name.clone(),
        outcome: StepOutcome::Created,
        assignment_id: None,
        request_id: None,
        error: None,
    };
    let answer = arm
        .call_with_body(
            tenant,
            Method::PUT,
            &format!("{path}/providers/Microsoft.Authorization/roleAssignments/{name}"),
            AUTHORIZATION_API,
            &[],
            Some(&body),
        )
        .await;
    match answer {
        Ok(r) => {
            result.request_id = r.request_id;
            result.assignment_id = r.body["id"].as_str().map(str::to_owned).or_else(|| {
                Some(format!(
                    "{path}/providers/Microsoft.Authorization/roleAssignments/{name}"
                ))
            });
        }
        Err(f) => {
            result.request_id = f.request_id.clone();
            let exists = f.azure_code.as_deref() == Some("RoleAssignmentExists");
            if exists || f.is_ambiguous() {
                // Another click got there first, or the answer was lost: read what is there now.
                let found = existing_assignment(
                    arm,
                    tenant,
                    path,
                    &request.principal.object_id,
                    request.role,
                )
                .await;
                match found {
                    Ok(Some(id)) => {
                        result.outcome = if exists {
                            StepOutcome::AlreadyThere
                        } else {
                            StepOutcome::Created
                        };
                        result.assignment_id = Some(id);
                        return result;
                    }
                    Ok(None) if !exists => {}
                    Ok(None) => {
                        // Azure said it exists but it cannot be read back: still the partner has the role.
                        result.outcome = StepOutcome::AlreadyThere;
                        return result;
                    }
                    Err(e) if f.is_ambiguous() => {
                        result.outcome = StepOutcome::Failed;
                        result.error = Some(Error::new(
                            ErrorCode::OutcomeUnknown,
                            format!("the role assignment at {path} may or may not have been created, and reading it back failed: {}", e.message),
                        ));
                        return result;
                    }
                    Err(_) => {
                        result.outcome = StepOutcome::AlreadyThere;
                        return result;
                    }
                }
            }
            let mut error = f.into_error();
            if error.code == ErrorCode::Forbidden {
                error = Error::new(
                    ErrorCode::NotAllowedToGrant,
                    format!(
                        "{} (an Owner or User Access Administrator of {} can give the role)",
                        error.message, step.scope_name
                    ),
                );
            }
            result.outcome = StepOutcome::Failed;
            result.error = Some(error);
        }
    }
    result
}

/// The ID of an assignment of `role` to `principal` exactly at `scope`, if there is one.
pub(super) async fn existing_assignment(
    arm: &ArmClient,
    tenant: &str,
    scope: &str,
    principal: &str,
    role: GrantRole,
) -> Result<Option<String>, Error> {
    Ok(
        role_assignments::list(arm, tenant, scope, Holder::MadeTo(principal))
            .await
            .map_err(Failure::into_error)?
            .into_iter()
            .find(|a| {
                a.scope.eq_ignore_ascii_case(scope)
                    && a.role_guid
                        .eq_ignore_ascii_case(role.role_definition_guid())
                    && a.principal_id.eq_ignore_ascii_case(principal)
            })
            .map(|a| a.id),
    )
}
