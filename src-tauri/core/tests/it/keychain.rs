//! The keychain against the REAL Secret Service. `cargo xtask test` runs the Rust tests inside a private D-Bus
//! session with an unlocked gnome-keyring; run these there (or under an equivalent `dbus-run-session`).

#![cfg(target_os = "linux")]

use std::path::PathBuf;
use std::sync::Arc;

use partner_link_core::auth::service_principal::ClientCredential;
use partner_link_core::ids::TenantId;
use partner_link_core::keychain::{KeyringStore, SecretStore};
use partner_link_core::token_cache::{TokenCache, KEY_ENTRY};
use partner_link_core::{ErrorCode, Sensitive};

/// A keychain under a service name of its own, so tests never see each other's or the app's entries. Fails (never
/// skips) when there is no Secret Service.
fn keychain(label: &str) -> Arc<KeyringStore> {
    let service = format!(
        "Partner Link Assistant test {label} {}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    );
    match KeyringStore::open_with_service(&service) {
        Ok(store) => Arc::new(store),
        Err(e) => panic!(
            "these tests need a Secret Service (gnome-keyring) on the D-Bus session; run them under `cargo xtask test`. ({}: {})",
            serde_json::to_string(&e.code).unwrap(),
            e.message
        ),
    }
}

fn temp_file(label: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "pl-keychain-{label}-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("tokens.bin")
}

#[test]
fn a_secret_goes_in_and_comes_back_out() {
    let store = keychain("round-trip");
    assert!(store.get("entry").unwrap().is_none());
    store
        .set("entry", &Sensitive::new("s3cret-value".to_owned()))
        .unwrap();
    assert_eq!(
        store.get("entry").unwrap().unwrap().expose(),
        "s3cret-value"
    );
    store
        .set("entry", &Sensitive::new("replaced".to_owned()))
        .unwrap();
    assert_eq!(store.get("entry").unwrap().unwrap().expose(), "replaced");
    store.delete("entry").unwrap();
    store.delete("entry").unwrap();
    assert!(store.get("entry").unwrap().is_none());
    assert!(store.is_persistent());
}

#[test]
fn a_3_kb_refresh_token_round_trips_through_the_sealed_cache() {
    let store = keychain("big");
    let path = temp_file("big");
    let cache = TokenCache::new(store.clone(), path.clone());
    let token: String = (0..3072).map(|i| (b'A' + (i % 26) as u8) as char).collect();
    cache.save(&Sensitive::new(token.clone())).unwrap();
    // Only the 32-byte key (base64) is in the keychain; the token is in the file, sealed.
    let key = store.get(KEY_ENTRY).unwrap().expect("key in the keychain");
    assert_eq!(key.expose().len(), 44);
    let raw = std::fs::read(&path).unwrap();
    assert!(!String::from_utf8_lossy(&raw).contains(&token[..64]));
    // A second cache object (as after a restart) reads it back with the key from the keychain.
    let reopened = TokenCache::new(store.clone(), path.clone());
    assert_eq!(reopened.load().unwrap().unwrap().expose(), &token);
    reopened.remove().unwrap();
    assert!(!path.exists());
    assert!(store.get(KEY_ENTRY).unwrap().is_none());
}

#[test]
fn a_tampered_cache_file_is_refused_with_a_clear_error() {
    let store = keychain("tamper");
    let path = temp_file("tamper");
    let cache = TokenCache::new(store.clone(), path.clone());
    cache
        .save(&Sensitive::new("{\"accounts\":[]}".to_owned()))
        .unwrap();
    let mut bytes = std::fs::read(&path).unwrap();
    let n = bytes.len() - 3;
    bytes[n] ^= 0x01;
    std::fs::write(&path, &bytes).unwrap();
    let err = cache.load().unwrap_err();
    assert_eq!(err.code, ErrorCode::TokenCacheInvalid);
    assert!(err.message.contains("changed, damaged"), "{}", err.message);
    // A file sealed under another keychain's key is refused the same way.
    let foreign = TokenCache::new(keychain("foreign"), path.clone());
    assert_eq!(
        foreign.load().unwrap_err().code,
        ErrorCode::TokenCacheInvalid
    );
    cache.remove().unwrap();
}

#[test]
fn signing_out_leaves_no_keychain_entry_and_no_cache_file() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        use azure_sim::{demo, Scenario, SignIn, SimConfig, Simulator};
        use partner_link_core::auth::{AuthClient, BrowserSignIn, Cancel, Persistence};
        use partner_link_core::Error;

        let sim = Arc::new(
            Simulator::start(SimConfig::new(Scenario::demo()))
                .await
                .unwrap(),
        );
        let endpoints = crate::common::endpoints_of(&sim);
        let store = keychain("sign-out");
        let path = temp_file("sign-out");
        let persistence = || Persistence::Keychain {
            store: store.clone(),
            cache_file: path.clone(),
        };
        let auth = AuthClient::new(endpoints.clone(), demo::CLIENT_ID, persistence()).unwrap();
        let s = sim.clone();
        let open = move |url: &str| {
            let redirect = s
                .complete_sign_in(url, &SignIn::new(demo::PARTNER_USER, demo::PASSWORD))
                .map_err(|e| Error::new(ErrorCode::Internal, format!("{e:?}")))?;
            tokio::spawn(async move {
                let _ = partner_link_core::http::client_builder(None)
                    .unwrap()
                    .no_proxy()
                    .build()
                    .unwrap()
                    .get(redirect)
                    .send()
                    .await;
            });
            Ok(())
        };
        let account = auth
            .sign_in_browser(BrowserSignIn::default(), open, &Cancel::new())
            .await
            .unwrap();
        let sp = auth
            .sign_in_service_principal(
                &TenantId::parse(demo::FABRIKAM_EA).unwrap(),
                demo::AUTOMATION_CLIENT_ID,
                ClientCredential::Secret(Sensitive::new(demo::AUTOMATION_SECRET.to_owned())),
            )
            .await
            .unwrap();
        assert!(path.exists());
        assert!(store.get(KEY_ENTRY).unwrap().is_some());
        assert!(store
            .get(&format!("sp-secret:{}", sp.id))
            .unwrap()
            .is_some());

        // After a restart the refresh token, read from the sealed file with the keychain's key, still works.
        let restarted = AuthClient::new(endpoints.clone(), demo::CLIENT_ID, persistence()).unwrap();
        assert!(restarted
            .access_token(&account.id, demo::FABRIKAM_EA)
            .await
            .is_ok());

        restarted.sign_out(&sp.id).await.unwrap();
        restarted.sign_out(&account.id).await.unwrap();
        assert!(!path.exists());
        assert!(store.get(KEY_ENTRY).unwrap().is_none());
        assert!(store
            .get(&format!("sp-secret:{}", sp.id))
            .unwrap()
            .is_none());
    });
}
