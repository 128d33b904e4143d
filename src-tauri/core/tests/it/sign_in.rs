//! Sign-in against an in-process simulator over real HTTPS: browser (PKCE, state, one use, cancel, timeout),
//! device code, service principal, directories, silent tokens, MFA and consent directories, expired and revoked
//! refresh tokens, and the sealed cache (in a memory store here; the real keychain is in `keychain.rs`).

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use azure_sim::{demo, Scenario, SignIn, SimConfig, Simulator};
use partner_link_core::auth::service_principal::ClientCredential;
use partner_link_core::auth::{Account, AuthClient, BrowserSignIn, Cancel, Persistence};
use partner_link_core::ids::TenantId;
use partner_link_core::keychain::{MemoryStore, SecretStore};
use partner_link_core::{Endpoints, Error, ErrorCode, Sensitive};

struct Ctx {
    sim: Arc<Simulator>,
    endpoints: Endpoints,
}

async fn start() -> Ctx {
    let mut scenario = Scenario::demo();
    // Short device-code intervals keep the polling tests quick.
    scenario.settings.device_code_interval_secs = 1;
    start_with(scenario).await
}

async fn start_with(scenario: Scenario) -> Ctx {
    let sim = Simulator::start(SimConfig::new(scenario))
        .await
        .expect("simulator starts");
    let endpoints = crate::common::endpoints_of(&sim);
    Ctx {
        sim: Arc::new(sim),
        endpoints,
    }
}

impl Ctx {
    fn session(&self) -> AuthClient {
        AuthClient::new(
            self.endpoints.clone(),
            demo::CLIENT_ID,
            Persistence::SessionOnly,
        )
        .expect("client")
    }

    /// An `open_url` that signs `sign_in` in on the simulator and follows the redirect to the loopback listener,
    /// as the person's browser would. The authorize URL is kept for assertions.
    fn browser(
        &self,
        sign_in: SignIn,
        seen: Arc<Mutex<Option<String>>>,
    ) -> impl FnOnce(&str) -> Result<(), Error> {
        let sim = self.sim.clone();
        move |url: &str| {
            *seen.lock().unwrap() = Some(url.to_owned());
            let redirect = sim
                .complete_sign_in(url, &sign_in)
                .map_err(|e| Error::new(ErrorCode::Internal, format!("{e:?}")))?;
            tokio::spawn(async move {
                if let Err(e) = plain_http().get(&redirect).send().await {
                    eprintln!("GET {redirect}: {e:?}");
                }
            });
            Ok(())
        }
    }

    async fn alex(&self, auth: &AuthClient) -> String {
        self.sign_in_as(auth, demo::PARTNER_USER).await.0.id
    }

    /// Signs `username` in with the browser; returns the account and the authorize URL the browser was given.
    async fn sign_in_as(&self, auth: &AuthClient, username: &str) -> (Account, String) {
        let seen = Arc::new(Mutex::new(None));
        let account = auth
            .sign_in_browser(
                BrowserSignIn::default(),
                self.browser(SignIn::new(username, demo::PASSWORD), seen.clone()),
                &Cancel::new(),
            )
            .await
            .unwrap_or_else(|e| panic!("{username} signs in: {e:?}"));
        let url = seen
            .lock()
            .unwrap()
            .clone()
            .expect("the browser was opened");
        (account, url)
    }
}

fn plain_http() -> reqwest::Client {
    // The core's builder: reqwest here has no TLS provider of its own (rustls on ring is configured by it).
    partner_link_core::http::client_builder(None)
        .expect("builder")
        .no_proxy()
        .build()
        .expect("plain client")
}

fn query_param(url: &str, key: &str) -> Option<String> {
    let q = url.split_once('?')?.1;
    q.split('&').find_map(|kv| {
        let (k, v) = kv.split_once('=')?;
        (k == key).then(|| v.to_owned())
    })
}

#[tokio::test]
async fn browser_sign_in_uses_pkce_and_lists_every_directory() {
    let ctx = start().await;
    let auth = ctx.session();
    let seen = Arc::new(Mutex::new(None));
    let account = auth
        .sign_in_browser(
            BrowserSignIn::default(),
            ctx.browser(
                SignIn::new(demo::PARTNER_USER, demo::PASSWORD),
                seen.clone(),
            ),
            &Cancel::new(),
        )
        .await
        .expect("signed in");
    assert_eq!(account.username, demo::PARTNER_USER);
    assert_eq!(account.name, "Alex Wilber");
    assert_eq!(account.home_tenant_id, demo::HOME);
    let url = seen.lock().unwrap().clone().unwrap();
    assert_eq!(
        query_param(&url, "code_challenge_method").as_deref(),
        Some("S256")
    );
    assert!(query_param(&url, "code_challenge").is_some_and(|c| c.len() >= 43));
    assert!(query_param(&url, "state").is_some_and(|s| !s.is_empty()));
    assert!(query_param(&url, "redirect_uri")
        .is_some_and(|r| r.starts_with("http%3A%2F%2Flocalhost%3A")));
    assert!(!url.contains(demo::PASSWORD));

    let dirs = auth
        .list_directories(&account.id)
        .await
        .expect("directories");
    let ids: Vec<&str> = dirs.iter().map(|d| d.tenant_id.as_str()).collect();
    assert_eq!(dirs[0].tenant_id, demo::HOME);
    assert!(dirs[0].is_home);
    assert!(dirs[0].signed_in);
    for t in [
        demo::FABRIKAM_EA,
        demo::ADATUM_MFA,
        demo::LUCERNE_NO_CONSENT,
    ] {
        assert!(ids.contains(&t), "{t} listed");
    }
    // Admin-on-behalf-of directories are not the account's own: /tenants does not list them.
    assert!(!ids.contains(&demo::TAILSPIN_CSP));
    let fabrikam = dirs
        .iter()
        .find(|d| d.tenant_id == demo::FABRIKAM_EA)
        .unwrap();
    assert_eq!(fabrikam.name, "Fabrikam");
    assert!(!fabrikam.is_home);
    assert!(fabrikam.default_domain.is_some());

    // A second directory's token comes silently from the refresh token, and then from memory.
    let source = auth.token_source(&account.id);
    let token = source
        .access_token(demo::FABRIKAM_EA)
        .await
        .expect("silent token");
    assert_eq!(token.tenant_id, demo::FABRIKAM_EA);
    // Alex's guest object ID in Fabrikam, not his home one.
    assert_eq!(token.object_id, "cccccccc-0000-4000-8001-000000000001");
    let again = source.access_token(demo::FABRIKAM_EA).await.unwrap();
    assert_eq!(again.secret.expose(), token.secret.expose());
    assert_eq!(auth.accounts().await.len(), 1);
}

#[tokio::test]
async fn a_redirect_with_another_state_is_refused_and_the_listener_works_once() {
    let ctx = start().await;
    let auth = ctx.session();
    let sim = ctx.sim.clone();
    let (tx, rx) = tokio::sync::oneshot::channel();
    let open = move |url: &str| {
        let redirect = sim
            .complete_sign_in(url, &SignIn::new(demo::PARTNER_USER, demo::PASSWORD))
            .map_err(|e| Error::new(ErrorCode::Internal, format!("{e:?}")))?;
        let state = query_param(&redirect, "state").unwrap();
        let forged = redirect.replace(&format!("state={state}"), "state=forged");
        tokio::spawn(async move {
            let http = plain_http();
            let forged_status = http.get(&forged).send().await.unwrap().status();
            let real_status = http.get(&redirect).send().await.unwrap().status();
            let body_ok = real_status.is_success();
            let _ = tx.send((forged_status.as_u16(), body_ok, redirect));
        });
        Ok(())
    };
    let account = auth
        .sign_in_browser(BrowserSignIn::default(), open, &Cancel::new())
        .await
        .expect("the real redirect still signs in");
    assert_eq!(account.username, demo::PARTNER_USER);
    let (forged_status, real_ok, redirect) = rx.await.unwrap();
    assert_eq!(forged_status, 400);
    assert!(real_ok);
    // The listener is gone: the same redirect cannot be replayed.
    assert!(plain_http().get(&redirect).send().await.is_err());
}

#[tokio::test]
async fn idle_connections_and_other_paths_do_not_hold_up_the_redirect() {
    let ctx = start().await;
    let auth = ctx.session();
    let sim = ctx.sim.clone();
    let (tx, rx) = tokio::sync::oneshot::channel();
    let open = move |url: &str| {
        let redirect = sim
            .complete_sign_in(url, &SignIn::new(demo::PARTNER_USER, demo::PASSWORD))
            .map_err(|e| Error::new(ErrorCode::Internal, format!("{e:?}")))?;
        tokio::spawn(async move {
            let port = reqwest::Url::parse(&redirect).unwrap().port().unwrap();
            // Connections that send nothing, as a browser's preconnect does; each used to hold the listener
            // for 10 s, one after the other.
            let mut idle = Vec::new();
            for _ in 0..3 {
                idle.push(
                    tokio::net::TcpStream::connect(("127.0.0.1", port))
                        .await
                        .unwrap(),
                );
            }
            // The redirect's query on another path is not the redirect.
            let elsewhere =
                redirect.replacen(&format!(":{port}?"), &format!(":{port}/favicon.ico?"), 1);
            let http = plain_http();
            let elsewhere_status = http.get(&elsewhere).send().await.unwrap().status();
            let real_status = http.get(&redirect).send().await.unwrap().status();
            let _ = tx.send((elsewhere_status.as_u16(), real_status.as_u16(), idle));
        });
        Ok(())
    };
    let account = tokio::time::timeout(
        Duration::from_secs(8),
        auth.sign_in_browser(BrowserSignIn::default(), open, &Cancel::new()),
    )
    .await
    .expect("idle connections held up the redirect")
    .expect("the real redirect signs in");
    assert_eq!(account.username, demo::PARTNER_USER);
    let (elsewhere_status, real_status, _idle) = rx.await.unwrap();
    assert_eq!(elsewhere_status, 404);
    assert_eq!(real_status, 200);
}

#[tokio::test]
async fn browser_sign_in_can_be_cancelled_and_times_out() {
    let ctx = start().await;
    let auth = ctx.session();
    let cancel = Cancel::new();
    let c2 = cancel.clone();
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(200)).await;
        c2.cancel();
    });
    let err = auth
        .sign_in_browser(BrowserSignIn::default(), |_| Ok(()), &cancel)
        .await
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::SignInCancelled);

    let request = BrowserSignIn {
        timeout: Duration::from_millis(300),
        ..Default::default()
    };
    let err = auth
        .sign_in_browser(request, |_| Ok(()), &Cancel::new())
        .await
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::SignInTimedOut);
    assert!(auth.accounts().await.is_empty());
}

#[tokio::test]
async fn declined_consent_is_cancelled_and_a_directory_without_consent_gives_the_admin_url() {
    let ctx = start().await;
    let auth = ctx.session();
    let mut sign_in = SignIn::new(demo::PARTNER_USER, demo::PASSWORD);
    sign_in.consent = false;
    let err = auth
        .sign_in_browser(
            BrowserSignIn {
                tenant: Some(demo::LUCERNE_NO_CONSENT.to_owned()),
                ..Default::default()
            },
            ctx.browser(sign_in, Arc::default()),
            &Cancel::new(),
        )
        .await
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::SignInCancelled, "{}", err.message);
    assert!(err.message.contains("AADSTS65004"));

    let request = BrowserSignIn {
        tenant: Some(demo::LUCERNE_NO_CONSENT.to_owned()),
        ..Default::default()
    };
    let err = auth
        .sign_in_browser(
            request,
            ctx.browser(
                SignIn::new(demo::PARTNER_USER, demo::PASSWORD),
                Arc::default(),
            ),
            &Cancel::new(),
        )
        .await
        .unwrap_err();
    // Lucerne allows no user consent: Entra redirects AADSTS65001, and the admin-consent URL is the way out.
    assert_eq!(err.code, ErrorCode::ConsentRequired, "{}", err.message);
    assert!(err.message.contains(&format!(
        "{}/{}/adminconsent?client_id={}",
        ctx.sim.login_url(),
        demo::LUCERNE_NO_CONSENT,
        demo::CLIENT_ID
    )));
}

#[tokio::test]
async fn device_code_approved_declined_and_expired() {
    let ctx = start().await;
    let auth = ctx.session();
    let pending = auth.start_device_code(None).await.expect("device code");
    let prompt = pending.prompt().clone();
    assert!(prompt.message.contains(&prompt.user_code));
    assert!(prompt.expires_in_secs > 0);
    let sim = ctx.sim.clone();
    let code = prompt.user_code.clone();
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(1500)).await;
        sim.approve_device_code(&code, &SignIn::new(demo::PARTNER_USER, demo::PASSWORD))
            .expect("approved");
    });
    let account = auth
        .complete_device_code(pending, &Cancel::new())
        .await
        .expect("signed in by device code");
    assert_eq!(account.username, demo::PARTNER_USER);
    assert!(auth
        .token_source(&account.id)
        .access_token(demo::NORTHWIND_PAYG)
        .await
        .is_ok());

    let pending = auth.start_device_code(None).await.unwrap();
    assert!(ctx.sim.deny_device_code(&pending.prompt().user_code));
    let err = auth
        .complete_device_code(pending, &Cancel::new())
        .await
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::SignInCancelled, "{}", err.message);

    let pending = auth.start_device_code(None).await.unwrap();
    let cancel = Cancel::new();
    cancel.cancel();
    let err = auth
        .complete_device_code(pending, &cancel)
        .await
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::SignInCancelled);
}

#[tokio::test]
async fn an_expired_device_code_times_out() {
    let mut scenario = Scenario::demo();
    scenario.settings.device_code_interval_secs = 1;
    scenario.settings.device_code_lifetime_secs = 2;
    let ctx = start_with(scenario).await;
    let auth = ctx.session();
    let pending = auth.start_device_code(None).await.unwrap();
    let err = auth
        .complete_device_code(pending, &Cancel::new())
        .await
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::SignInTimedOut, "{}", err.message);
}

#[tokio::test]
async fn service_principal_with_a_secret() {
    let ctx = start().await;
    let auth = ctx.session();
    let account = auth
        .sign_in_service_principal(
            &TenantId::parse(demo::FABRIKAM_EA).unwrap(),
            demo::AUTOMATION_CLIENT_ID,
            ClientCredential::Secret(Sensitive::new(demo::AUTOMATION_SECRET.to_owned())),
        )
        .await
        .expect("service principal signs in");
    let token = auth
        .token_source(&account.id)
        .access_token(demo::FABRIKAM_EA)
        .await
        .unwrap();
    assert_eq!(token.object_id, "dddddddd-0000-4000-8000-000000000001");
    let err = auth
        .sign_in_service_principal(
            &TenantId::parse(demo::FABRIKAM_EA).unwrap(),
            demo::AUTOMATION_CLIENT_ID,
            ClientCredential::Secret(Sensitive::new("wrong".to_owned())),
        )
        .await
        .unwrap_err();
    assert_eq!(
        err.code,
        ErrorCode::ClientCredentialsRejected,
        "{}",
        err.message
    );
    assert!(err.message.contains("AADSTS7000215"));
    assert!(!err.message.contains("wrong"));
}

#[tokio::test]
async fn mfa_directory_needs_one_interactive_sign_in_then_is_silent() {
    let ctx = start().await;
    let auth = ctx.session();
    let id = ctx.alex(&auth).await;
    let err = auth.access_token(&id, demo::ADATUM_MFA).await.unwrap_err();
    assert_eq!(err.code, ErrorCode::MfaRequired, "{}", err.message);
    assert!(err.message.contains("AADSTS50076"));
    assert!(auth.needs_directory_sign_in(&id, demo::ADATUM_MFA).await);

    let seen = Arc::new(Mutex::new(None));
    let again = auth
        .sign_in_to_directory(
            &id,
            demo::ADATUM_MFA,
            ctx.browser(
                SignIn::new(demo::PARTNER_USER, demo::PASSWORD).with_mfa(demo::MFA_CODE),
                seen.clone(),
            ),
            &Cancel::new(),
            Duration::from_secs(30),
        )
        .await
        .expect("interactive sign-in to Adatum");
    assert_eq!(again.id, id, "the same account, not a new one");
    let url = seen.lock().unwrap().clone().unwrap();
    assert!(url.contains(&format!("/{}/oauth2/v2.0/authorize", demo::ADATUM_MFA)));
    assert!(query_param(&url, "login_hint").is_some());
    assert!(query_param(&url, "claims").is_some());
    assert!(!auth.needs_directory_sign_in(&id, demo::ADATUM_MFA).await);

    let token = auth
        .access_token(&id, demo::ADATUM_MFA)
        .await
        .expect("now silent");
    assert_eq!(token.tenant_id, demo::ADATUM_MFA);
    // Even after the access token is dropped, the directory's own refresh token renews it without asking.
    auth.invalidate(&id, demo::ADATUM_MFA).await;
    let renewed = auth
        .access_token(&id, demo::ADATUM_MFA)
        .await
        .expect("silent renewal");
    assert_ne!(renewed.secret.expose(), token.secret.expose());
    // The home refresh token still works elsewhere.
    assert!(auth.access_token(&id, demo::FABRIKAM_EA).await.is_ok());
    assert_eq!(auth.accounts().await.len(), 1);
}

#[tokio::test]
async fn each_directory_problem_has_its_code() {
    let ctx = start().await;
    let auth = ctx.session();
    let id = ctx.alex(&auth).await;
    let err = auth
        .access_token(&id, demo::LUCERNE_NO_CONSENT)
        .await
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::ConsentRequired, "{}", err.message);
    assert!(err.message.contains(&format!(
        "/{}/adminconsent?client_id={}",
        demo::LUCERNE_NO_CONSENT,
        demo::CLIENT_ID
    )));
    assert_eq!(
        auth.admin_consent_url(demo::LUCERNE_NO_CONSENT).unwrap(),
        format!(
            "{}/{}/adminconsent?client_id={}",
            ctx.sim.login_url(),
            demo::LUCERNE_NO_CONSENT,
            demo::CLIENT_ID
        )
    );
    let err = auth
        .access_token(&id, demo::LITWARE_CA_BLOCK)
        .await
        .unwrap_err();
    assert_eq!(
        err.code,
        ErrorCode::BlockedByConditionalAccess,
        "{}",
        err.message
    );
    let err = auth
        .access_token(&id, "aaaaaaaa-0000-4000-8000-0000000000ff")
        .await
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::DirectoryNotFound, "{}", err.message);
    assert!(err.message.contains("trace ID"), "{}", err.message);
    assert!(err.message.contains("correlation ID"), "{}", err.message);

    // Sam is a guest nowhere.
    let seen = Arc::new(Mutex::new(None));
    let sam = auth
        .sign_in_browser(
            BrowserSignIn::default(),
            ctx.browser(SignIn::new(demo::PARTNER_COLLEAGUE, demo::PASSWORD), seen),
            &Cancel::new(),
        )
        .await
        .unwrap();
    let err = auth
        .access_token(&sam.id, demo::FABRIKAM_EA)
        .await
        .unwrap_err();
    assert_eq!(
        err.code,
        ErrorCode::AccountNotInDirectory,
        "{}",
        err.message
    );
    // Two accounts side by side, each saying who it is.
    let accounts = auth.accounts().await;
    assert_eq!(accounts.len(), 2);
    assert!(accounts
        .iter()
        .any(|a| a.username == demo::PARTNER_COLLEAGUE));
}

#[tokio::test]
async fn revoked_or_expired_refresh_tokens_ask_to_sign_in_again() {
    let ctx = start().await;
    let auth = ctx.session();
    let id = ctx.alex(&auth).await;
    ctx.sim.revoke_refresh_tokens(Some(demo::PARTNER_USER));
    let err = auth.access_token(&id, demo::FABRIKAM_EA).await.unwrap_err();
    assert_eq!(err.code, ErrorCode::SignInExpired, "{}", err.message);
    assert!(err.message.contains("AADSTS50173"));

    let id = ctx.alex(&auth).await;
    ctx.sim.expire_refresh_tokens(Some(demo::PARTNER_USER));
    let err = auth
        .access_token(&id, demo::NORTHWIND_PAYG)
        .await
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::SignInExpired, "{}", err.message);
    assert!(err.message.contains("AADSTS700082"));
}

fn temp_dir(label: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "pl-auth-{label}-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[tokio::test]
async fn sign_ins_survive_a_restart_and_sign_out_removes_them() {
    let ctx = start().await;
    let dir = temp_dir("restart");
    let file = dir.join("tokens.bin");
    let store: Arc<dyn SecretStore> = Arc::new(MemoryStore::new());
    let persistent = || Persistence::Keychain {
        store: store.clone(),
        cache_file: file.clone(),
    };
    let auth = AuthClient::new(ctx.endpoints.clone(), demo::CLIENT_ID, persistent()).unwrap();
    let id = ctx.alex(&auth).await;
    let sp = auth
        .sign_in_service_principal(
            &TenantId::parse(demo::NORTHWIND_PAYG).unwrap(),
            demo::AUTOMATION_CLIENT_ID,
            ClientCredential::Secret(Sensitive::new(demo::AUTOMATION_SECRET.to_owned())),
        )
        .await
        .unwrap();
    assert!(file.exists());
    let sealed = std::fs::read(&file).unwrap();
    let text = String::from_utf8_lossy(&sealed);
    assert!(!text.contains("alex@") && !text.contains(demo::AUTOMATION_SECRET));

    // "Restart": a new client over the same keychain and file signs in silently.
    let restarted = AuthClient::new(ctx.endpoints.clone(), demo::CLIENT_ID, persistent()).unwrap();
    assert_eq!(restarted.accounts().await.len(), 2);
    assert!(restarted.access_token(&id, demo::FABRIKAM_EA).await.is_ok());
    assert!(restarted
        .access_token(&sp.id, demo::NORTHWIND_PAYG)
        .await
        .is_ok());

    restarted.sign_out(&sp.id).await.unwrap();
    assert!(store
        .get(&format!("sp-secret:{}", sp.id))
        .unwrap()
        .is_none());
    assert!(file.exists());
    restarted.sign_out(&id).await.unwrap();
    assert!(!file.exists(), "the last sign-out removes the cache file");
    assert!(store.get("token-cache-key").unwrap().is_none());
    assert!(
        AuthClient::new(ctx.endpoints.clone(), demo::CLIENT_ID, persistent())
            .unwrap()
            .accounts()
            .await
            .is_empty()
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test]
async fn a_tampered_cache_is_refused_and_forget_everything_clears_it() {
    let ctx = start().await;
    let dir = temp_dir("tamper");
    let file = dir.join("tokens.bin");
    let store: Arc<dyn SecretStore> = Arc::new(MemoryStore::new());
    let persistent = || Persistence::Keychain {
        store: store.clone(),
        cache_file: file.clone(),
    };
    let auth = AuthClient::new(ctx.endpoints.clone(), demo::CLIENT_ID, persistent()).unwrap();
    ctx.alex(&auth).await;
    let mut bytes = std::fs::read(&file).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x40;
    std::fs::write(&file, &bytes).unwrap();
    let err = AuthClient::new(ctx.endpoints.clone(), demo::CLIENT_ID, persistent())
        .err()
        .expect("refused");
    assert_eq!(err.code, ErrorCode::TokenCacheInvalid);
    assert!(err.message.contains("changed, damaged"), "{}", err.message);
    AuthClient::forget_everything_at(store.clone(), file.clone()).unwrap();
    assert!(!file.exists());
    let fresh = AuthClient::new(ctx.endpoints.clone(), demo::CLIENT_ID, persistent()).unwrap();
    assert!(fresh.accounts().await.is_empty());
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test]
async fn forget_everything_removes_every_account_and_file() {
    let ctx = start().await;
    let dir = temp_dir("forget");
    let file = dir.join("tokens.bin");
    let store: Arc<dyn SecretStore> = Arc::new(MemoryStore::new());
    let auth = AuthClient::new(
        ctx.endpoints.clone(),
        demo::CLIENT_ID,
        Persistence::Keychain {
            store: store.clone(),
            cache_file: file.clone(),
        },
    )
    .unwrap();
    let id = ctx.alex(&auth).await;
    let sp = auth
        .sign_in_service_principal(
            &TenantId::parse(demo::FABRIKAM_EA).unwrap(),
            demo::AUTOMATION_CLIENT_ID,
            ClientCredential::Secret(Sensitive::new(demo::AUTOMATION_SECRET.to_owned())),
        )
        .await
        .unwrap();
    auth.forget_everything().await.unwrap();
    assert!(auth.accounts().await.is_empty());
    assert!(!file.exists());
    assert!(store.get("token-cache-key").unwrap().is_none());
    assert!(store
        .get(&format!("sp-secret:{}", sp.id))
        .unwrap()
        .is_none());
    let err = auth.access_token(&id, demo::FABRIKAM_EA).await.unwrap_err();
    assert_eq!(err.code, ErrorCode::SignInExpired);
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test]
async fn the_directory_list_follows_next_link() {
    let mut scenario = Scenario::demo();
    scenario.settings.page_size = 3;
    let ctx = start_with(scenario).await;
    let auth = ctx.session();
    let id = ctx.alex(&auth).await;
    let dirs = auth.list_directories(&id).await.unwrap();
    // Home and the nine customer directories where Alex is a guest (not Tailspin, reached only through CSP).
    assert_eq!(dirs.len(), 10, "{dirs:?}");
    assert_eq!(dirs.iter().filter(|d| d.is_home).count(), 1);
}

/// A `nextLink` naming another host (here a collector on another loopback port) is refused by
/// the app's own directory listing, the error names that host, and no request (so no token) reaches it.
#[tokio::test]
async fn the_directory_list_never_follows_a_next_link_to_another_host() {
    let mut scenario = Scenario::demo();
    scenario.settings.page_size = 3;
    let ctx = start_with(scenario).await;
    let (collector, seen) = crate::common::collector().await;
    ctx.sim
        .add_fault(
            azure_sim::FaultDef::new(azure_sim::FaultKind::NextLink)
                .service(azure_sim::Service::Arm)
                .path_contains("/tenants")
                .next_link(format!("{collector}/collect?api-version=2022-12-01")),
        )
        .unwrap();
    let auth = ctx.session();
    let id = ctx.alex(&auth).await;
    let err = auth.list_directories(&id).await.unwrap_err();
    assert_eq!(err.code, ErrorCode::UntrustedAnswer, "{err:?}");
    assert!(err.message.contains(&collector), "{}", err.message);
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(
        seen.lock().unwrap().is_empty(),
        "{:?}",
        seen.lock().unwrap()
    );
}

#[tokio::test]
async fn tokens_never_show_in_debug_output_or_error_messages() {
    let ctx = start().await;
    let auth = ctx.session();
    let id = ctx.alex(&auth).await;
    let token = auth.access_token(&id, demo::FABRIKAM_EA).await.unwrap();
    let secret = token.secret.expose().clone();
    assert!(!format!("{token:?}").contains(&secret));
    let err = auth.access_token(&id, demo::ADATUM_MFA).await.unwrap_err();
    assert!(!err.message.contains("eyJ"), "{}", err.message);
    let accounts = format!("{:?}", auth.accounts().await);
    assert!(!accounts.contains("eyJ"));
}

#[tokio::test]
async fn graph_permissions_are_asked_for_only_on_the_admin_path() {
    let ctx = start().await;
    let auth = ctx.session();
    let (account, authorize) = ctx.sign_in_as(&auth, demo::CUSTOMER_ADMIN).await;
    // The sign-in itself asks for Resource Manager only: nobody is asked to consent to Graph at sign-in.
    let scope = query_param(&authorize, "scope").expect("a scope");
    assert!(!scope.to_ascii_lowercase().contains("graph"), "{scope}");

    let arm = auth
        .access_token(&account.id, demo::FABRIKAM_EA)
        .await
        .expect("ARM token");
    let graph = auth
        .graph_token(&account.id, demo::FABRIKAM_EA)
        .await
        .expect("Graph token, asked for only now");
    let audience = |secret: &str| {
        azure_sim::decode_claims_unverified(secret).expect("a JWT")["aud"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    };
    assert!(audience(arm.secret.expose()).contains("management"));
    assert_eq!(
        audience(graph.secret.expose()).trim_end_matches('/'),
        "https://graph.microsoft.com"
    );
    // The token request for Graph names the admin path's permissions, and the two kinds of token are kept apart.
    let again = auth
        .access_token(&account.id, demo::FABRIKAM_EA)
        .await
        .unwrap();
    assert_eq!(again.secret.expose(), arm.secret.expose());

    let client = partner_link_core::graph::GraphClient::new(
        &ctx.endpoints,
        auth.graph_token_source(&account.id),
    )
    .expect("Graph client");
    let me = client
        .me(demo::FABRIKAM_EA)
        .await
        .expect("who is signed in");
    assert_eq!(me.user_principal_name, demo::CUSTOMER_ADMIN);
    let scopes = partner_link_core::auth::graph_admin_scopes(&ctx.endpoints);
    assert_eq!(
        scopes,
        [
            "https://graph.microsoft.com/User.Read.All",
            "https://graph.microsoft.com/User.Invite.All"
        ]
    );
}

#[tokio::test]
async fn the_customer_admin_approves_the_sign_in_app_for_the_directory() {
    let ctx = start().await;
    let auth = ctx.session();
    // Before: Lucerne has not approved the app, so Alex cannot get in.
    let alex = ctx.alex(&auth).await;
    let before = auth
        .access_token(&alex, demo::LUCERNE_NO_CONSENT)
        .await
        .unwrap_err();
    assert_eq!(
        before.code,
        ErrorCode::ConsentRequired,
        "{}",
        before.message
    );

    // A guest or member who is not an administrator is refused by Entra, and nothing changes.
    let seen = Arc::new(Mutex::new(None));
    let refused = auth
        .approve_app_for_directory(
            demo::FABRIKAM_EA,
            demo::CLIENT_ID,
            ctx.browser(SignIn::new(demo::PARTNER_USER, demo::PASSWORD), seen),
            Duration::from_secs(20),
            &Cancel::new(),
        )
        .await
        .unwrap_err();
    assert_ne!(refused.code, ErrorCode::Internal, "{}", refused.message);

    let seen = Arc::new(Mutex::new(None));
    let approved = auth
        .approve_app_for_directory(
            demo::LUCERNE_NO_CONSENT,
            demo::CLIENT_ID,
            ctx.browser(
                SignIn::new(demo::LUCERNE_ADMIN, demo::PASSWORD),
                seen.clone(),
            ),
            Duration::from_secs(20),
            &Cancel::new(),
        )
        .await
        .expect("Lucerne's admin approves the app");
    assert_eq!(approved, demo::LUCERNE_NO_CONSENT);
    let url = seen.lock().unwrap().clone().unwrap();
    assert!(url.contains("/adminconsent?"), "{url}");
    assert!(query_param(&url, "state").is_some_and(|s| s.len() >= 16));
    // After: the approval is what counts, so Alex now gets a token there.
    auth.invalidate(&alex, demo::LUCERNE_NO_CONSENT).await;
    auth.access_token(&alex, demo::LUCERNE_NO_CONSENT)
        .await
        .expect("Lucerne approved the app");
}

/// A service principal signs in with a certificate credential; the certificate is sealed in the cache (never in
/// plain text), so the sign-in survives a restart; a certificate the app does not hold is refused.
#[tokio::test]
async fn a_service_principal_signs_in_with_a_certificate_that_survives_a_restart() {
    use partner_link_core::auth::service_principal::ClientCertificate;
    let ctx = start().await;
    let dir = temp_dir("sp-cert");
    let store: Arc<dyn SecretStore> = Arc::new(MemoryStore::new());
    let cache_file = dir.join("cache.bin");
    let open = || {
        AuthClient::new(
            ctx.endpoints.clone(),
            demo::CLIENT_ID,
            Persistence::Keychain {
                store: store.clone(),
                cache_file: cache_file.clone(),
            },
        )
        .expect("client")
    };
    let cert = demo::automation_certificate().unwrap();
    let credential =
        ClientCredential::Certificate(Arc::new(ClientCertificate::from_pem(&cert.pem()).unwrap()));
    let auth = open();
    let account = auth
        .sign_in_service_principal(
            &TenantId::parse(demo::FABRIKAM_EA).unwrap(),
            demo::AUTOMATION_CLIENT_ID,
            credential,
        )
        .await
        .expect("signs in with the certificate");
    let sealed = std::fs::read(&cache_file).unwrap();
    let key_line = cert.private_key_pem.lines().nth(1).unwrap();
    assert!(!String::from_utf8_lossy(&sealed).contains(key_line));
    assert!(!String::from_utf8_lossy(&sealed).contains("PRIVATE KEY"));
    drop(auth);

    // After a restart, a fresh token comes from the sealed certificate without asking for it again.
    let again = open();
    ctx.sim.expire_access_tokens();
    let token = again
        .access_token(&account.id, demo::FABRIKAM_EA)
        .await
        .expect("token after restart");
    assert_eq!(token.tenant_id, demo::FABRIKAM_EA);

    let stranger = azure_sim::generate_certificate("Someone else").unwrap();
    let err = again
        .sign_in_service_principal(
            &TenantId::parse(demo::FABRIKAM_EA).unwrap(),
            demo::AUTOMATION_CLIENT_ID,
            ClientCredential::Certificate(Arc::new(
                ClientCertificate::from_pem(&stranger.pem()).unwrap(),
            )),
        )
        .await
        .unwrap_err();
    assert_eq!(
        err.code,
        ErrorCode::ClientCredentialsRejected,
        "{}",
        err.message
    );
    let _ = std::fs::remove_dir_all(dir);
}

/// The app and the command line share one sealed cache. Each saves under the cache's lock, merged with what the
/// other saved: neither loses the other's sign-in, and one signed out in one stays out although the other still
/// held it in memory.
#[tokio::test]
async fn two_processes_on_one_cache_keep_each_others_sign_ins() {
    let ctx = start().await;
    let dir = temp_dir("two-processes");
    let store: Arc<dyn SecretStore> = Arc::new(MemoryStore::new());
    let cache_file = dir.join("cache.bin");
    let open = || {
        AuthClient::new(
            ctx.endpoints.clone(),
            demo::CLIENT_ID,
            Persistence::Keychain {
                store: store.clone(),
                cache_file: cache_file.clone(),
            },
        )
        .expect("client")
    };
    let app = open();
    let cli = open();
    let alex = ctx.alex(&app).await;
    let robot = cli
        .sign_in_service_principal(
            &TenantId::parse(demo::FABRIKAM_EA).unwrap(),
            demo::AUTOMATION_CLIENT_ID,
            ClientCredential::Secret(Sensitive::new(demo::AUTOMATION_SECRET.to_owned())),
        )
        .await
        .unwrap()
        .id;
    let ids = |auth: &AuthClient| {
        let auth = auth.clone();
        async move {
            let mut v: Vec<String> = auth.accounts().await.into_iter().map(|a| a.id).collect();
            v.sort();
            v
        }
    };
    let mut both = vec![alex.clone(), robot.clone()];
    both.sort();
    assert_eq!(ids(&open()).await, both, "neither save lost the other's");

    // A third process holds both; the app signs Alex out; then the third saves a sign-in of its own.
    let third = open();
    assert_eq!(ids(&third).await, both);
    app.sign_out(&alex).await.unwrap();
    let robot_there = third
        .sign_in_service_principal(
            &TenantId::parse(demo::NORTHWIND_PAYG).unwrap(),
            demo::AUTOMATION_CLIENT_ID,
            ClientCredential::Secret(Sensitive::new(demo::AUTOMATION_SECRET.to_owned())),
        )
        .await
        .unwrap()
        .id;
    let mut now = vec![robot.clone(), robot_there];
    now.sort();
    assert_eq!(ids(&open()).await, now, "Alex stays signed out");
    let _ = std::fs::remove_dir_all(dir);
}
