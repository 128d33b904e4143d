//! The HTML pages a person's browser shows: sign-in, device code, admin consent, errors.

use super::*;

pub(super) async fn authorize(
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

pub(super) async fn admin_consent(
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

pub(super) async fn login_post(AxState(sh): Sh, body: Bytes) -> Response<Body> {
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

pub(super) async fn devicelogin_get(AxState(sh): Sh) -> Response<Body> {
    let _ = sh;
    html_response(200, page("Enter code", &device_code_form(None)))
}

pub(super) async fn devicelogin_post(AxState(sh): Sh, body: Bytes) -> Response<Body> {
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

pub(super) fn device_code_form(error: Option<&str>) -> String {
    let err = error
        .map(|e| format!(r#"<p class="error" role="alert">{}</p>"#, html_escape(e)))
        .unwrap_or_default();
    format!(
        r#"<h1>Enter code</h1><p>Enter the code displayed on your app or device.</p>{err}
<form method="post" action="/devicelogin"><label for="otc">Code</label><input id="otc" name="otc" autocomplete="off" autofocus required>
<button type="submit">Next</button></form>"#
    )
}

pub(super) fn render_step(
    st: &State,
    txn_id: &str,
    step: Step,
    hint: Option<&str>,
) -> Response<Body> {
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

pub(super) fn error_html(e: &AadError) -> Response<Body> {
    let body = format!(
        r#"<h1>Sorry, but we're having trouble signing you in.</h1><p class="error" role="alert" data-code="{}">AADSTS{}: {}</p>"#,
        e.code,
        e.code,
        html_escape(&e.message)
    );
    html_response(400, page("Sign-in error", &body))
}

pub(super) fn page(title: &str, body: &str) -> String {
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
