//! Shared helpers for the integration tests: each test starts its own simulator on free ports and talks to it
//! over real HTTPS with reqwest (rustls, trusting only the simulator's CA).

#![allow(dead_code)]

use azure_sim::demo;
use azure_sim::{Scenario, SignIn, SimConfig, Simulator};
use base64::Engine as _;
use reqwest::{Method, StatusCode};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::CertificateDer;
use serde_json::Value;
use std::sync::Arc;

pub const ARM_SCOPE: &str = "https://management.azure.com/.default";
pub const USER_SCOPE: &str = "openid profile offline_access https://management.azure.com/.default";
pub const API: &str = "api-version=2018-02-01";

pub struct Ctx {
    pub sim: Simulator,
    pub http: reqwest::Client,
}

pub async fn start() -> Ctx {
    start_with(Scenario::demo()).await
}

pub async fn start_with(scenario: Scenario) -> Ctx {
    let sim = Simulator::start(SimConfig::new(scenario))
        .await
        .expect("simulator starts");
    let http = client_for(sim.ca_cert_pem());
    Ctx { sim, http }
}

/// A reqwest client that trusts only the given CA and never follows redirects (the tests read them).
pub fn client_for(ca_pem: &str) -> reqwest::Client {
    let mut roots = rustls::RootCertStore::empty();
    for cert in CertificateDer::pem_slice_iter(ca_pem.as_bytes()) {
        roots
            .add(cert.expect("CA PEM parses"))
            .expect("CA is accepted");
    }
    let tls = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .expect("TLS versions")
    .with_root_certificates(roots)
    .with_no_client_auth();
    reqwest::Client::builder()
        .tls_backend_preconfigured(tls)
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        .build()
        .expect("client builds")
}

pub fn claims(token: &str) -> Value {
    azure_sim::decode_claims_unverified(token).expect("a JWT")
}

pub fn pkce() -> (String, String) {
    let verifier = format!(
        "verifier-{}-0123456789abcdefghijklmnopqrstuvwxyz",
        uuid_like()
    );
    let digest = ring::digest::digest(&ring::digest::SHA256, verifier.as_bytes());
    (
        verifier,
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(digest.as_ref()),
    )
}

fn uuid_like() -> String {
    format!(
        "{:x}",
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0)
    )
}

pub fn query_param(url: &str, key: &str) -> Option<String> {
    let q = url.split_once('?')?.1;
    url_pairs(q)
        .into_iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v)
}

pub fn url_pairs(q: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(q.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// The hidden `txn` field of a sign-in page.
pub fn txn_of(html: &str) -> String {
    let marker = r#"name="txn" value=""#;
    let start = html.find(marker).expect("page has a txn field") + marker.len();
    html[start..].split('"').next().unwrap_or("").to_string()
}

impl Ctx {
    pub fn login(&self, path: &str) -> String {
        format!("{}{path}", self.sim.login_url())
    }

    pub fn arm_url(&self, path: &str) -> String {
        format!("{}{path}", self.sim.resource_manager_url())
    }

    pub async fn post_form(&self, url: &str, form: &[(&str, &str)]) -> (StatusCode, Value) {
        let r = self
            .http
            .post(url)
            .form(form)
            .send()
            .await
            .expect("request");
        let status = r.status();
        (status, r.json().await.unwrap_or(Value::Null))
    }

    pub async fn token(&self, tenant: &str, form: &[(&str, &str)]) -> (StatusCode, Value) {
        self.post_form(&self.login(&format!("/{tenant}/oauth2/v2.0/token")), form)
            .await
    }

    pub async fn client_credentials(&self, tenant: &str) -> String {
        let (s, v) = self
            .token(
                tenant,
                &[
                    ("grant_type", "client_credentials"),
                    ("client_id", demo::AUTOMATION_CLIENT_ID),
                    ("client_secret", demo::AUTOMATION_SECRET),
                    ("scope", ARM_SCOPE),
                ],
            )
            .await;
        assert_eq!(s, 200, "{v}");
        v["access_token"]
            .as_str()
            .expect("access token")
            .to_string()
    }

    /// Device code at `tenant`, approved for `username` through the Rust API, then redeemed.
    pub async fn device_token(
        &self,
        tenant: &str,
        username: &str,
        scope: &str,
    ) -> (StatusCode, Value) {
        let (s, dc) = self
            .post_form(
                &self.login(&format!("/{tenant}/oauth2/v2.0/devicecode")),
                &[("client_id", demo::CLIENT_ID), ("scope", scope)],
            )
            .await;
        assert_eq!(s, 200, "{dc}");
        let sign_in = SignIn::new(username, demo::PASSWORD).with_mfa(demo::MFA_CODE);
        if let Err(e) = self
            .sim
            .approve_device_code(dc["user_code"].as_str().unwrap_or(""), &sign_in)
        {
            return (
                StatusCode::BAD_REQUEST,
                serde_json::to_value(e).unwrap_or_default(),
            );
        }
        let code = dc["device_code"].as_str().unwrap_or("").to_string();
        self.token(
            tenant,
            &[
                ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
                ("client_id", demo::CLIENT_ID),
                ("device_code", &code),
                ("code", &code),
                ("client_info", "1"),
            ],
        )
        .await
    }

    /// Access and refresh token of the partner user at home.
    pub async fn partner_home_tokens(&self) -> (String, String) {
        let (s, v) = self
            .device_token(demo::HOME, demo::PARTNER_USER, USER_SCOPE)
            .await;
        assert_eq!(s, 200, "{v}");
        (
            v["access_token"].as_str().unwrap_or("").to_string(),
            v["refresh_token"].as_str().unwrap_or("").to_string(),
        )
    }

    pub async fn refresh(&self, tenant: &str, rt: &str) -> (StatusCode, Value) {
        self.token(
            tenant,
            &[
                ("grant_type", "refresh_token"),
                ("client_id", demo::CLIENT_ID),
                ("refresh_token", rt),
                ("scope", USER_SCOPE),
                ("client_info", "1"),
            ],
        )
        .await
    }

    /// A user's ARM token in `tenant` via the home refresh token (no MFA directories).
    pub async fn user_token_in(&self, tenant: &str, username: &str) -> String {
        let (s, v) = self.device_token(tenant, username, USER_SCOPE).await;
        assert_eq!(s, 200, "{v}");
        v["access_token"].as_str().unwrap_or("").to_string()
    }

    pub async fn arm(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> (StatusCode, reqwest::header::HeaderMap, Value) {
        let mut req = self.http.request(method, self.arm_url(path));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        req = match body {
            Some(b) => req.json(&b),
            None => req.header("content-length", "0"),
        };
        let r = req.send().await.expect("request");
        let status = r.status();
        let headers = r.headers().clone();
        let text = r.text().await.unwrap_or_default();
        (
            status,
            headers,
            serde_json::from_str(&text).unwrap_or(Value::Null),
        )
    }

    pub fn authorize_url(&self, tenant: &str, challenge: &str, extra: &[(&str, &str)]) -> String {
        let mut ser = form_urlencoded::Serializer::new(String::new());
        ser.append_pair("client_id", demo::CLIENT_ID)
            .append_pair("response_type", "code")
            .append_pair("redirect_uri", "http://localhost:8400")
            .append_pair("scope", USER_SCOPE)
            .append_pair("state", "st4te")
            .append_pair("nonce", "n0nce")
            .append_pair("code_challenge", challenge)
            .append_pair("code_challenge_method", "S256");
        for (k, v) in extra {
            ser.append_pair(k, v);
        }
        self.login(&format!("/{tenant}/oauth2/v2.0/authorize?{}", ser.finish()))
    }

    /// Posts one step of the HTML sign-in; returns (status, Location header, body).
    pub async fn login_step(&self, form: &[(&str, &str)]) -> (StatusCode, Option<String>, String) {
        let r = self
            .http
            .post(self.login("/common/login"))
            .form(form)
            .send()
            .await
            .expect("request");
        let status = r.status();
        let loc = r
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        (status, loc, r.text().await.unwrap_or_default())
    }
}
