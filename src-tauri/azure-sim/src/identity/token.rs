//! Scopes, who may get a token for what, and `/token` with each grant.

use super::*;

pub(super) const OIDC_SCOPES: [&str; 4] = ["openid", "profile", "offline_access", "email"];
pub(super) const ARM_AUDIENCES: [&str; 2] = [
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

pub(super) fn is_consented(st: &State, tenant: &str, client_id: &str, user_id: &str) -> bool {
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

pub(super) async fn token(
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

pub(super) fn token_inner(
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
