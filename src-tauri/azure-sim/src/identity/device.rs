//! `/devicecode`: device codes and their user codes.

use super::*;

pub(super) async fn devicecode(
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

pub(super) fn new_user_code() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut buf = [0u8; 9];
    let _ = ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut buf);
    buf.iter()
        .map(|b| ALPHABET[(*b as usize) % ALPHABET.len()] as char)
        .collect()
}
