//! Admin consent: the page where a directory's administrator approves an app (the partner's sign-in app, or its
//! automation app) for everyone in that directory, and the answer the browser brings back from it. The sign-in's
//! consent errors, the customer admin's approval and the command line all build the page here.

use crate::ids::{application_id, TenantId};
use crate::{Endpoints, Error, ErrorCode};

/// The page where the customer's administrator approves the partner's sign-in app for the whole directory
/// (`{login}/{tenant}/adminconsent?client_id=…[&redirect_uri=…][&state=…]`). The shell opens it in the browser.
pub fn admin_consent_url(
    endpoints: &Endpoints,
    tenant: &str,
    client_id: &str,
    redirect_uri: Option<&str>,
    state: Option<&str>,
) -> Result<String, Error> {
    // `organizations` lets the administrator pick their directory on Microsoft's page; anything else must be a
    // directory ID or domain, so nothing can change the URL's path.
    let tenant = match tenant {
        "organizations" | "common" => tenant.to_owned(),
        other => TenantId::parse(other)?.to_string(),
    };
    let client_id = application_id(client_id)?;
    let mut url = reqwest::Url::parse(&format!(
        "{}/{}/adminconsent",
        endpoints.login.trim_end_matches('/'),
        tenant
    ))
    .map_err(|e| Error::new(ErrorCode::InvalidInput, format!("admin consent URL: {e}")))?;
    {
        let mut q = url.query_pairs_mut();
        q.append_pair("client_id", &client_id);
        if let Some(r) = redirect_uri {
            q.append_pair("redirect_uri", r);
        }
        if let Some(s) = state {
            q.append_pair("state", s);
        }
    }
    Ok(url.into())
}

/// Reads where the browser was sent after the admin-consent page: the approved directory's ID, or why not.
/// `expected_state` is the `state` given to [`admin_consent_url`]; a different one is refused.
pub fn read_admin_consent_redirect(
    redirect: &str,
    expected_state: Option<&str>,
) -> Result<String, Error> {
    let url = reqwest::Url::parse(redirect)
        .map_err(|e| Error::new(ErrorCode::InvalidInput, format!("not a URL: {e}")))?;
    let get = |k: &str| {
        url.query_pairs()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.into_owned())
    };
    if let Some(want) = expected_state {
        if get("state").as_deref() != Some(want) {
            return Err(Error::new(
                ErrorCode::InvalidInput,
                "the answer from the approval page does not belong to this request (state differs)",
            ));
        }
    }
    if let Some(error) = get("error") {
        let description = get("error_description").unwrap_or_default();
        let first_line = description.lines().next().unwrap_or("");
        let code = if error == "access_denied" || first_line.contains("AADSTS65004") {
            ErrorCode::SignInCancelled
        } else {
            ErrorCode::ConsentRequired
        };
        return Err(Error::new(
            code,
            format!("the app was not approved: {error}: {first_line}"),
        ));
    }
    match (get("admin_consent"), get("tenant")) {
        (Some(ok), Some(t)) if ok.eq_ignore_ascii_case("true") => Ok(t),
        _ => Err(Error::new(
            ErrorCode::ConsentRequired,
            "the approval page answered without saying the app was approved",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consent_url_has_the_documented_shape() {
        let e = Endpoints::for_cloud(crate::Cloud::AzurePublic);
        let url = admin_consent_url(
            &e,
            "aaaaaaaa-0000-4000-8000-000000000009",
            "EEEEEEEE-0000-4000-8000-000000000001",
            Some("http://localhost:5123/consent"),
            Some("s1"),
        )
        .unwrap();
        assert_eq!(url, "https://login.microsoftonline.com/aaaaaaaa-0000-4000-8000-000000000009/adminconsent?client_id=eeeeeeee-0000-4000-8000-000000000001&redirect_uri=http%3A%2F%2Flocalhost%3A5123%2Fconsent&state=s1");
        let bare = admin_consent_url(
            &e,
            "fabrikam.onmicrosoft.com",
            "eeeeeeee-0000-4000-8000-000000000001",
            None,
            None,
        )
        .unwrap();
        assert_eq!(bare, "https://login.microsoftonline.com/fabrikam.onmicrosoft.com/adminconsent?client_id=eeeeeeee-0000-4000-8000-000000000001");
        assert!(admin_consent_url(
            &e,
            "a/b",
            "eeeeeeee-0000-4000-8000-000000000001",
            None,
            None
        )
        .is_err());
        assert!(admin_consent_url(&e, "fabrikam.com", "not-a-guid", None, None).is_err());
        // Without a directory the administrator picks theirs on Microsoft's page.
        assert!(admin_consent_url(
            &e,
            "organizations",
            "eeeeeeee-0000-4000-8000-000000000001",
            None,
            None
        )
        .unwrap()
        .starts_with("https://login.microsoftonline.com/organizations/adminconsent?"));
    }

    #[test]
    fn consent_redirects_are_read() {
        let ok = "http://localhost:5123/consent?admin_consent=True&tenant=t1&state=s1";
        assert_eq!(read_admin_consent_redirect(ok, Some("s1")).unwrap(), "t1");
        assert_eq!(
            read_admin_consent_redirect(ok, Some("other"))
                .unwrap_err()
                .code,
            ErrorCode::InvalidInput
        );
        let declined = "http://localhost/?error=access_denied&error_description=AADSTS65004%3A+declined&state=s1";
        assert_eq!(
            read_admin_consent_redirect(declined, Some("s1"))
                .unwrap_err()
                .code,
            ErrorCode::SignInCancelled
        );
        let non_admin =
            "http://localhost/?error=invalid_request&error_description=AADSTS90094%3A+admin+needed";
        assert_eq!(
            read_admin_consent_redirect(non_admin, None)
                .unwrap_err()
                .code,
            ErrorCode::ConsentRequired
        );
    }
}
