//! Shared helpers: each test starts its own simulator and talks to it over real HTTPS through the core's own
//! clients, trusting only the simulator's CA in addition to the usual roots.

#![allow(dead_code)]

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use azure_sim::{demo, Scenario, SignIn, SimConfig, Simulator};
use partner_link_core::activity_log::ActivityLog;
use partner_link_core::arm::{http_client, ArmClient, RetryPolicy};
use partner_link_core::auth::service_principal::{ClientCredential, ServicePrincipalTokens};
use partner_link_core::pal::PalService;
use partner_link_core::{AccessToken, Cloud, Endpoints, Error, ErrorCode, Sensitive, TokenSource};
use serde_json::Value;
use tokio::sync::Mutex;

pub struct Env {
    pub sim: Arc<Simulator>,
    pub endpoints: Endpoints,
    pub dir: tempfile::TempDir,
}

pub async fn start() -> Env {
    start_with(Scenario::demo()).await
}

/// The simulator's endpoints as the core sees a practice cloud, trusting the simulator's CA.
pub fn endpoints_of(sim: &Simulator) -> Endpoints {
    Endpoints::custom(
        Cloud::Practice,
        sim.login_url(),
        sim.resource_manager_url(),
        sim.graph_url(),
        Some(sim.ca_cert_pem().to_owned()),
    )
}

pub async fn start_with(scenario: Scenario) -> Env {
    let sim = Simulator::start(SimConfig::new(scenario))
        .await
        .expect("simulator starts");
    let endpoints = endpoints_of(&sim);
    Env {
        sim: Arc::new(sim),
        endpoints,
        dir: tempfile::tempdir().expect("temp dir"),
    }
}

/// A person's tokens: device code at each directory's authority, approved at the simulator's device page.
pub struct UserTokens {
    sim: Arc<Simulator>,
    http: reqwest::Client,
    login: String,
    username: String,
    cache: Mutex<HashMap<String, AccessToken>>,
    pub fetched: AtomicUsize,
}

impl UserTokens {
    pub fn new(env: &Env, username: &str) -> Arc<UserTokens> {
        Arc::new(UserTokens {
            sim: env.sim.clone(),
            http: http_client(&env.endpoints).expect("client"),
            login: env.endpoints.login.clone(),
            username: username.to_owned(),
            cache: Mutex::new(HashMap::new()),
            fetched: AtomicUsize::new(0),
        })
    }
}

#[async_trait::async_trait]
impl TokenSource for UserTokens {
    async fn access_token(&self, tenant: &str) -> Result<AccessToken, Error> {
        let mut cache = self.cache.lock().await;
        if let Some(t) = cache.get(tenant) {
            return Ok(t.clone());
        }
        let fail = |m: String| Error::new(ErrorCode::Internal, m);
        let dc: Value = self
            .http
            .post(format!("{}/{tenant}/oauth2/v2.0/devicecode", self.login))
            .form(&[
                ("client_id", demo::CLIENT_ID),
                (
                    "scope",
                    "openid profile offline_access https://management.azure.com/.default",
                ),
            ])
            .send()
            .await
            .map_err(|e| fail(e.to_string()))?
            .json()
            .await
            .map_err(|e| fail(e.to_string()))?;
        self.sim
            .approve_device_code(
                dc["user_code"].as_str().unwrap_or(""),
                &SignIn::new(&self.username, demo::PASSWORD).with_mfa(demo::MFA_CODE),
            )
            .map_err(|e| fail(format!("{e:?}")))?;
        let code = dc["device_code"].as_str().unwrap_or("").to_owned();
        let tok: Value = self
            .http
            .post(format!("{}/{tenant}/oauth2/v2.0/token", self.login))
            .form(&[
                ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
                ("client_id", demo::CLIENT_ID),
                ("device_code", &code),
            ])
            .send()
            .await
            .map_err(|e| fail(e.to_string()))?
            .json()
            .await
            .map_err(|e| fail(e.to_string()))?;
        let secret = tok["access_token"]
            .as_str()
            .ok_or_else(|| fail(tok.to_string()))?;
        let claims = azure_sim::decode_claims_unverified(secret).expect("a JWT");
        let token = AccessToken {
            secret: Sensitive::new(secret.to_owned()),
            expires_at: SystemTime::now() + Duration::from_secs(3000),
            tenant_id: claims["tid"].as_str().unwrap_or_default().to_owned(),
            object_id: claims["oid"].as_str().unwrap_or_default().to_owned(),
        };
        self.fetched.fetch_add(1, Ordering::SeqCst);
        cache.insert(tenant.to_owned(), token.clone());
        Ok(token)
    }

    async fn invalidate(&self, tenant: &str) {
        self.cache.lock().await.remove(tenant);
    }
}

/// Retries fast, so that tests of backoff take milliseconds (a `Retry-After` from the simulator still counts).
pub fn fast_retry() -> RetryPolicy {
    RetryPolicy {
        max_attempts: 4,
        base_delay: Duration::from_millis(10),
        max_delay: Duration::from_millis(50),
        max_retry_after: Duration::from_secs(5),
    }
}

pub fn service(env: &Env, tokens: Arc<dyn TokenSource>) -> PalService {
    let arm = ArmClient::new(&env.endpoints, tokens)
        .expect("ARM client")
        .with_retry(fast_retry());
    PalService::new(
        arm,
        Some(ActivityLog::new(env.dir.path().join("activity.jsonl"))),
    )
}

pub fn alex(env: &Env) -> PalService {
    service(env, UserTokens::new(env, demo::PARTNER_USER))
}

pub fn automation(env: &Env) -> PalService {
    let tokens = ServicePrincipalTokens::new(
        &env.endpoints,
        demo::AUTOMATION_CLIENT_ID,
        ClientCredential::Secret(Sensitive::new(demo::AUTOMATION_SECRET.to_owned())),
    )
    .expect("token source");
    service(env, Arc::new(tokens))
}

/// Requests the simulator answered (or dropped) for one service, method and path fragment.
pub fn count(env: &Env, service: &str, method: &str, path_contains: &str) -> usize {
    env.sim
        .requests()
        .iter()
        .filter(|r| {
            r.service == service
                && r.method.eq_ignore_ascii_case(method)
                && r.path
                    .to_ascii_lowercase()
                    .contains(&path_contains.to_ascii_lowercase())
        })
        .count()
}

pub fn partner_writes(env: &Env) -> usize {
    ["PUT", "PATCH", "DELETE"]
        .iter()
        .map(|m| count(env, "arm", m, "/partners/"))
        .sum()
}

/// A plain-HTTP listener on another loopback port that records every request that reaches it (its first 4 KiB,
/// headers included) and answers an empty JSON list: where a hostile `nextLink` would send the app.
pub async fn collector() -> (String, Arc<std::sync::Mutex<Vec<String>>>) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("collector binds");
    let url = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
    let seen = Arc::new(std::sync::Mutex::new(Vec::new()));
    let record = seen.clone();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let mut buf = vec![0u8; 4096];
            let n = stream.read(&mut buf).await.unwrap_or(0);
            record
                .lock()
                .unwrap()
                .push(String::from_utf8_lossy(&buf[..n]).into_owned());
            let _ = stream
                .write_all(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 12\r\n\r\n{\"value\":[]}")
                .await;
        }
    });
    (url, seen)
}
