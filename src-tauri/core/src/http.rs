//! The one way the core builds an HTTP client: reqwest over rustls on the `ring` provider, trusting the system's
//! roots (so a corporate TLS-inspection proxy installed there is trusted as a browser trusts it), Mozilla's roots
//! when the system store cannot be read, and the cloud's extra CA (the simulator's, or a custom cloud's).
//!
//! Proxies come from `HTTPS_PROXY` / `ALL_PROXY` / `NO_PROXY`, which reqwest reads by default.

use std::sync::Arc;
use std::time::Duration;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::CertificateDer;

use crate::{Endpoints, Error, ErrorCode};

/// How long one request may take before it is abandoned as a network failure. Token and Resource Manager calls
/// answer in well under a second; a minute covers slow proxies without leaving the person staring at a spinner.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);

/// The app's User-Agent, so that a partner's IT team can recognise its calls in proxy logs.
pub const USER_AGENT: &str = concat!("PartnerLinkAssistant/", env!("CARGO_PKG_VERSION"));

/// A TLS configuration trusting the system's roots (or Mozilla's when none can be read) plus `extra_ca_pem`.
pub fn tls_config(extra_ca_pem: Option<&str>) -> Result<rustls::ClientConfig, Error> {
    let mut roots = rustls::RootCertStore::empty();
    // A broken certificate in the system store must not stop the app: the others are still added.
    let native = rustls_native_certs::load_native_certs();
    let (added, _ignored) = roots.add_parsable_certificates(native.certs);
    if added == 0 {
        let (_, _) = roots
            .add_parsable_certificates(webpki_root_certs::TLS_SERVER_ROOT_CERTS.iter().cloned());
    }
    if let Some(pem) = extra_ca_pem {
        let mut count = 0;
        for cert in CertificateDer::pem_slice_iter(pem.as_bytes()) {
            let cert = cert.map_err(|e| {
                Error::new(
                    ErrorCode::InvalidInput,
                    format!("the extra CA certificate is not valid PEM: {e}"),
                )
            })?;
            roots.add(cert).map_err(|e| {
                Error::new(
                    ErrorCode::InvalidInput,
                    format!("the extra CA certificate was refused: {e}"),
                )
            })?;
            count += 1;
        }
        if count == 0 {
            return Err(Error::new(
                ErrorCode::InvalidInput,
                "the extra CA certificate holds no PEM certificate",
            ));
        }
    }
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| Error::new(ErrorCode::Internal, format!("TLS setup failed: {e}")))?
    .with_root_certificates(roots)
    .with_no_client_auth();
    Ok(config)
}

/// A client builder with the app's TLS trust, timeout and User-Agent, for callers that need to adjust it further.
/// Redirects are not followed: neither the token endpoint nor Resource Manager redirects, and a redirect from a
/// token endpoint is exactly what an attacker would use to bounce a code or secret elsewhere.
pub fn client_builder(extra_ca_pem: Option<&str>) -> Result<reqwest::ClientBuilder, Error> {
    Ok(reqwest::Client::builder()
        .tls_backend_preconfigured(tls_config(extra_ca_pem)?)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(REQUEST_TIMEOUT)
        .user_agent(USER_AGENT))
}

/// The client for a cloud's endpoints.
pub fn client(endpoints: &Endpoints) -> Result<reqwest::Client, Error> {
    client_builder(endpoints.extra_ca_pem.as_deref())?
        .build()
        .map_err(|e| {
            Error::new(
                ErrorCode::Internal,
                format!("HTTP client setup failed: {e}"),
            )
        })
}

/// Describes a transport failure for `message` without any URL query string (which could hold a code).
pub fn network_error(context: &str, err: &reqwest::Error) -> Error {
    let err = err.without_url_ref();
    Error::new(ErrorCode::Network, format!("{context}: {err}"))
}

trait WithoutUrl {
    fn without_url_ref(&self) -> String;
}

impl WithoutUrl for reqwest::Error {
    fn without_url_ref(&self) -> String {
        // reqwest's Display includes the URL; only scheme, host and path are kept, never the query.
        let mut text = String::new();
        if self.is_timeout() {
            text.push_str("timed out");
        } else if self.is_connect() {
            text.push_str("could not connect");
        } else {
            text.push_str("request failed");
        }
        if let Some(url) = self.url() {
            text.push_str(&format!(
                " ({}://{}{})",
                url.scheme(),
                url.host_str().unwrap_or(""),
                url.path()
            ));
        }
        let mut source = std::error::Error::source(self);
        while let Some(s) = source {
            text.push_str(&format!(": {s}"));
            source = s.source();
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_an_extra_ca_that_is_not_pem() {
        let err = tls_config(Some("not a certificate")).unwrap_err();
        assert_eq!(err.code, ErrorCode::InvalidInput);
    }

    #[test]
    fn builds_with_system_roots() {
        assert!(client(&Endpoints::for_cloud(crate::Cloud::AzurePublic)).is_ok());
    }
}
