//! The organization's sign-in app: where its client ID comes from (the settings, the environment, the file IT
//! deploys) and which IDs are refused.

use super::*;

/// The environment variable that names the sign-in app's client ID.
pub const CLIENT_ID_ENV: &str = "PARTNER_LINK_CLIENT_ID";

/// Microsoft's first-party client IDs (Azure CLI, Azure PowerShell). Microsoft states they are for those tools
/// only; reusing them raises security alerts in customer directories, so the app refuses them.
pub const FIRST_PARTY_CLIENT_IDS: [&str; 2] = [
    "04b07795-8ddb-461a-bbee-02f9e1bf7b46",
    "1950a258-227b-4e31-a9cf-717495945fc2",
];

/// The sign-in app's client ID: from the settings first, then `PARTNER_LINK_CLIENT_ID` (`from_env`, read by the
/// caller), then the file IT deploys (JSON with a `clientId` field). It must be a GUID and must not be one of
/// Microsoft's first-party apps. A deployed file that cannot be used is an error that names the file and what is
/// wrong with it, never a silent "no sign-in app".
pub fn resolve_client_id(
    settings: Option<&str>,
    from_env: Option<&str>,
    deployed_file: Option<&Path>,
) -> Result<String, Error> {
    let given = |v: Option<&str>| {
        v.map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    };
    if let Some(id) = given(settings).or_else(|| given(from_env)) {
        validate_client_id(&id)?;
        return Ok(id.to_ascii_lowercase());
    }
    if let Some(path) = deployed_file {
        if let Some(id) = client_id_from_file(path)? {
            return Ok(id);
        }
    }
    Err(Error::new(
        ErrorCode::SignInAppNotConfigured,
        format!("no sign-in app client ID in the settings, {CLIENT_ID_ENV} or the config file"),
    ))
}

/// The client ID in the sign-in app file IT deploys, when the file is there.
pub(super) fn client_id_from_file(path: &Path) -> Result<Option<String>, Error> {
    let damaged = |why: String| {
        Error::new(
            ErrorCode::SettingsFileDamaged,
            format!("the sign-in app file {} {why}", path.display()),
        )
    };
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(damaged(format!("cannot be read: {e}"))),
    };
    client_id_from_bytes(&bytes, path).map(Some)
}

/// The client ID in the bytes of the sign-in app file IT deploys; `path` names the file in what is said.
pub fn client_id_from_bytes(bytes: &[u8], path: &Path) -> Result<String, Error> {
    let damaged = |why: String| {
        Error::new(
            ErrorCode::SettingsFileDamaged,
            format!("the sign-in app file {} {why}", path.display()),
        )
    };
    let value: Value = crate::settings::parse_config_file(bytes, path, "the sign-in app file", "")?;
    let id = match value.get("clientId") {
        Some(Value::String(id)) => id.trim().to_owned(),
        Some(other) => {
            return Err(damaged(format!(
                "has a \"clientId\" that is not text (it is {other}); write it in quotes"
            )))
        }
        None => return Err(damaged("has no \"clientId\" field".to_owned())),
    };
    validate_client_id(&id).map_err(|e| {
        damaged(format!(
            "names a client ID that cannot be used: {}",
            e.message
        ))
    })?;
    Ok(id.to_ascii_lowercase())
}

pub(super) fn validate_client_id(id: &str) -> Result<(), Error> {
    if !crate::endpoints::is_guid(id) {
        return Err(Error::new(
            ErrorCode::InvalidInput,
            format!("the sign-in app client ID {id:?} is not a GUID"),
        ));
    }
    if FIRST_PARTY_CLIENT_IDS.contains(&id.to_ascii_lowercase().as_str()) {
        return Err(Error::new(
            ErrorCode::InvalidInput,
            format!("{id} is a Microsoft first-party app (Azure CLI or Azure PowerShell); register your organization's own sign-in app"),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_party_client_ids_are_refused() {
        for id in FIRST_PARTY_CLIENT_IDS {
            assert_eq!(
                resolve_client_id(Some(id), None, None).unwrap_err().code,
                ErrorCode::InvalidInput
            );
        }
        assert_eq!(
            resolve_client_id(Some("not-a-guid"), None, None)
                .unwrap_err()
                .code,
            ErrorCode::InvalidInput
        );
        assert_eq!(
            resolve_client_id(Some("EEEEEEEE-0000-4000-8000-000000000001"), None, None).unwrap(),
            "eeeeeeee-0000-4000-8000-000000000001"
        );
        assert_eq!(
            resolve_client_id(None, None, None).unwrap_err().code,
            ErrorCode::SignInAppNotConfigured
        );
    }

    /// A damaged file IT deployed names the file and what is wrong, and is never taken for "no
    /// sign-in app".
    #[test]
    fn a_deployed_sign_in_app_file_is_read_or_its_damage_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sign-in-app.json");
        assert_eq!(
            resolve_client_id(None, None, Some(&path)).unwrap_err().code,
            ErrorCode::SignInAppNotConfigured,
            "no file"
        );
        std::fs::write(
            &path,
            r#"{"clientId":"EEEEEEEE-0000-4000-8000-000000000001"}"#,
        )
        .unwrap();
        assert_eq!(
            resolve_client_id(None, None, Some(&path)).unwrap(),
            "eeeeeeee-0000-4000-8000-000000000001"
        );
        // The environment wins over the file, and the settings over both.
        assert_eq!(
            resolve_client_id(
                None,
                Some("eeeeeeee-0000-4000-8000-00000000000a"),
                Some(&path)
            )
            .unwrap(),
            "eeeeeeee-0000-4000-8000-00000000000a"
        );
        for (content, says) in [
            (
                &b"{\"clientId\":\"eeeeeeee-0000-4000-8000-000000000001\",}"[..],
                "line 1",
            ),
            (&b"{\"clientId\": 12}"[..], "not text"),
            (&b"{\"client_id\": \"x\"}"[..], "no \"clientId\""),
            (&b"\xff\xfe{}"[..], "UTF-8"),
            (
                &b"{\"clientId\":\"04b07795-8ddb-461a-bbee-02f9e1bf7b46\"}"[..],
                "first-party",
            ),
        ] {
            std::fs::write(&path, content).unwrap();
            let e = resolve_client_id(None, None, Some(&path)).unwrap_err();
            assert_eq!(e.code, ErrorCode::SettingsFileDamaged, "{}", e.message);
            assert!(
                e.message.contains(&path.display().to_string()),
                "{}",
                e.message
            );
            assert!(e.message.contains(says), "{}: {}", says, e.message);
        }
    }
}
