//! The sign-in engine: one transaction per sign-in or approval, advanced step by step (user, password, MFA,
//! consent) by the pages, the admin API and the Rust API alike.

use super::*;

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

pub(super) fn error_redirect_url(redirect_uri: &str, e: &AadError, state: Option<&str>) -> String {
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

pub(super) fn finish_failure(st: &mut State, txn: &LoginTxn, e: AadError) -> Step {
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
