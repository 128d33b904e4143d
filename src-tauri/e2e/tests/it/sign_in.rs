//! Signing in, end to end in the real app against a simulated Azure the test owns: the test plays the person on
//! the simulator's sign-in page (through the browser the app opens), at the device-code page, and in the app's
//! own forms. Every test asserts what the simulator and the keychain hold, not only what the screen says.

use std::time::Duration;

use partner_link_e2e::flows::{
    directory_button, go_to_sign_in, open_from_list, sign_in_with_browser,
};
use partner_link_e2e::{demo, demo_simulator, App, Launch, SignIn};

/// After signing out (or forgetting everything), the app keeps nothing: no keychain entry, no cache file.
fn assert_nothing_kept(app: &App) {
    assert!(
        app.keychain_entries().is_empty(),
        "left in the keychain: {:?}",
        app.keychain_entries()
    );
    assert!(
        !app.sign_in_cache_file().exists(),
        "the sign-in cache file is still there"
    );
}

#[tokio::test]
async fn browser_sign_in_reaches_every_directory_silently_asks_once_for_mfa_and_signs_out_clean() {
    let sim = demo_simulator().await;
    let app = App::launch(Launch::default().with_sim(&sim)).await;
    app.capture_ipc().await;
    go_to_sign_in(&app).await;
    app.screenshot("sign-in-en").await;

    sign_in_with_browser(&app, &sim).await;
    app.wait_for_text("account-username", demo::PARTNER_USER)
        .await;
    app.screenshot("sign-in-signed-in-en").await;
    assert_eq!(app.browser_urls_opened(), 1);
    // What the app opened is Microsoft's authorize page with PKCE, for the organization's own app.
    let page = &app.browser_urls()[0];
    assert!(page.contains("/oauth2/v2.0/authorize?"), "{page}");
    assert!(page.contains("code_challenge_method=S256"), "{page}");
    assert!(
        page.contains(&format!("client_id={}", demo::CLIENT_ID)),
        "{page}"
    );
    // Signed in: a sealed cache on disk, and its key in the keychain.
    assert!(app.sign_in_cache_file().exists());
    assert!(!app.keychain_entries().is_empty());

    // Every directory the account belongs to is listed, home and guest.
    app.click("continue-to-directories").await;
    app.wait_for_text("screen-title", "Choose a customer's directory")
        .await;
    for tenant in [
        demo::HOME,
        demo::FABRIKAM_EA,
        demo::NORTHWIND_PAYG,
        demo::ADATUM_MFA,
        demo::LUCERNE_NO_CONSENT,
    ] {
        app.client
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(partner_link_e2e::Locator::Css(&directory_button(tenant)))
            .await
            .unwrap_or_else(|e| panic!("directory {tenant} is not listed: {e}"));
    }
    app.screenshot("directories-en").await;

    // A customer directory opens silently with the same sign-in, and again without asking.
    open_from_list(&app, demo::NORTHWIND_PAYG).await;
    app.wait_for_text(
        "link-status",
        "No partner ID is linked for this account in this directory yet.",
    )
    .await;
    app.screenshot("directory-en").await;
    app.click("back-button").await;
    open_from_list(&app, demo::NORTHWIND_PAYG).await;
    app.find("link-status").await;
    assert_eq!(
        app.browser_urls_opened(),
        1,
        "switching directories opened the browser"
    );

    // The MFA directory asks for one more sign-in, for that directory only, with the account as the hint.
    app.click("back-button").await;
    open_from_list(&app, demo::ADATUM_MFA).await;
    app.find("directory-needs-sign-in").await;
    app.screenshot("directory-needs-mfa-en").await;
    app.click("directory-sign-in").await;
    app.complete_browser_sign_in(
        &sim,
        SignIn::new(demo::PARTNER_USER, demo::PASSWORD).with_mfa(demo::MFA_CODE),
    )
    .await;
    app.find("link-status").await;
    let mfa_page = &app.browser_urls()[1];
    assert!(mfa_page.contains(demo::ADATUM_MFA), "{mfa_page}");
    assert!(mfa_page.contains("login_hint="), "{mfa_page}");
    // Once done, it is asked no more: leave and come back.
    app.click("back-button").await;
    open_from_list(&app, demo::FABRIKAM_EA).await;
    app.find("link-status").await;
    app.click("back-button").await;
    open_from_list(&app, demo::ADATUM_MFA).await;
    app.find("link-status").await;
    assert_eq!(
        app.browser_urls_opened(),
        2,
        "the MFA directory asked twice"
    );

    // A directory that has not approved the app gives the link to send to its administrator.
    app.click("back-button").await;
    open_from_list(&app, demo::LUCERNE_NO_CONSENT).await;
    app.find("directory-needs-consent").await;
    let url = app.text("admin-consent-url").await;
    assert!(
        url.ends_with(&format!(
            "/{}/adminconsent?client_id={}",
            demo::LUCERNE_NO_CONSENT,
            demo::CLIENT_ID
        )),
        "{url}"
    );
    app.screenshot("directory-needs-consent-en").await;

    // Nothing secret reached a file, the log or the page: no access token, no secret, and none of the refresh
    // tokens the simulator issued (several by now, rotated at each directory).
    assert!(sim.issued_refresh_tokens().len() >= 2);
    app.assert_no_secret_leaked(&sim.issued_refresh_tokens())
        .await;

    // Signing out leaves no keychain entry and no cache file.
    app.back_to("Sign in", 6).await;
    app.click("account-sign-out").await;
    app.find("sign-in-notice").await;
    assert_nothing_kept(&app);
    app.close().await;
}

#[tokio::test]
async fn a_device_code_signs_in_where_no_redirect_can_work() {
    let sim = demo_simulator().await;
    let app = App::launch(Launch::default().with_sim(&sim)).await;
    go_to_sign_in(&app).await;
    app.click("sign-in-device-code").await;
    let code = app.text("device-code").await;
    assert!(!code.trim().is_empty());
    app.screenshot("sign-in-device-code-en").await;
    // The person enters the code on the page the app names, and signs in there.
    app.approve_device_code(
        &sim,
        code.trim(),
        SignIn::new(demo::PARTNER_USER, demo::PASSWORD),
    );
    app.wait_for_text("account-name", "Alex Wilber").await;
    assert_eq!(app.browser_urls_opened(), 0);
    app.close().await;
}

#[tokio::test]
async fn a_service_principal_signs_in_keeps_its_secret_in_the_keychain_and_leaves_nothing_on_sign_out(
) {
    let sim = demo_simulator().await;
    let app = App::launch(Launch::default().with_sim(&sim)).await;
    app.capture_ipc().await;
    go_to_sign_in(&app).await;

    // A wrong secret is refused with its explanation, and the field is emptied.
    app.click("sign-in-service-principal").await;
    app.type_into("sp-tenant", demo::FABRIKAM_EA).await;
    app.type_into("sp-client-id", demo::AUTOMATION_CLIENT_ID)
        .await;
    app.type_into("sp-secret", "not-the-secret").await;
    app.click("sp-submit").await;
    assert_eq!(
        app.attribute("error-display", "data-error-code").await,
        Some("clientCredentialsRejected".to_owned())
    );

    app.type_into("sp-secret", demo::AUTOMATION_SECRET).await;
    app.click("sp-submit").await;
    app.wait_for_text("account-username", "An app (service principal)")
        .await;
    assert!(
        app.keychain_entries().len() >= 2,
        "the secret and the cache key are in the keychain: {:?}",
        app.keychain_entries()
    );

    // The app's identity reaches its directory and can read the link there.
    app.click("continue-to-directories").await;
    open_from_list(&app, demo::FABRIKAM_EA).await;
    app.find("link-status").await;

    app.assert_no_secret_leaked(&sim.issued_refresh_tokens())
        .await;
    app.back_to("Sign in", 4).await;
    app.click("account-sign-out").await;
    app.find("sign-in-notice").await;
    assert_nothing_kept(&app);
    app.close().await;
}

#[tokio::test]
async fn without_a_sign_in_app_the_setup_explains_refuses_microsofts_ids_and_saves_the_organizations(
) {
    let sim = demo_simulator().await;
    // An Azure CLI that is installed but signed out, as `az` answers then.
    let az = std::env::temp_dir().join(format!("partner-link-e2e-az-{}", std::process::id()));
    std::fs::write(
        &az,
        "#!/bin/sh\necho \"ERROR: Please run 'az login' to setup account.\" >&2\nexit 1\n",
    )
    .expect("writing the stand-in az");
    std::fs::set_permissions(
        &az,
        <std::fs::Permissions as std::os::unix::fs::PermissionsExt>::from_mode(0o755),
    )
    .expect("making the stand-in az executable");
    let app = App::launch(Launch {
        env: vec![
            ("PARTNER_LINK_CLIENT_ID".into(), String::new()),
            ("PARTNER_LINK_AZ".into(), az.display().to_string()),
        ],
        ..Launch::default().with_sim(&sim)
    })
    .await;
    go_to_sign_in(&app).await;
    app.find("sign-in-app-setup").await;
    app.screenshot("sign-in-setup-en").await;

    // Meanwhile the ways in that need no sign-in app are offered; a signed-out Azure CLI is explained.
    app.click("sign-in-azure-cli").await;
    assert_eq!(
        app.attribute("error-display", "data-error-code").await,
        Some("azureCliUnavailable".to_owned())
    );
    let _ = std::fs::remove_file(&az);

    // The Azure CLI's client ID is Microsoft's own: refused with a reason.
    app.type_into("setup-client-id", "04b07795-8ddb-461a-bbee-02f9e1bf7b46")
        .await;
    app.click("setup-save").await;
    // The setup's own explanation, not the Azure CLI's one still shown further down.
    let refused = app
        .client
        .wait()
        .at_most(Duration::from_secs(15))
        .for_element(partner_link_e2e::Locator::Css(
            "[data-testid=\"sign-in-app-setup\"] [data-testid=\"error-display\"]",
        ))
        .await
        .expect("the setup explains the refusal");
    assert_eq!(
        refused.attr("data-error-code").await.unwrap().as_deref(),
        Some("invalidInput")
    );
    assert!(!app.settings_file().exists());

    app.type_into("setup-client-id", demo::CLIENT_ID).await;
    app.click("setup-save").await;
    app.find("sign-in-browser").await;
    let saved = std::fs::read_to_string(app.settings_file()).expect("the settings file");
    assert!(saved.contains(demo::CLIENT_ID), "{saved}");

    // The saved app is used for the sign-in that follows.
    sign_in_with_browser(&app, &sim).await;
    app.close().await;
}

#[tokio::test]
async fn sign_in_survives_a_restart_without_asking_again() {
    let sim = demo_simulator().await;
    let app = App::launch(Launch::default().with_sim(&sim)).await;
    go_to_sign_in(&app).await;
    sign_in_with_browser(&app, &sim).await;

    let app = app.restart().await;
    go_to_sign_in(&app).await;
    app.wait_for_text("account-name", "Alex Wilber").await;
    app.click("continue-to-directories").await;
    open_from_list(&app, demo::FABRIKAM_EA).await;
    app.find("link-status").await;
    assert_eq!(app.browser_urls_opened(), 1);

    // "Forget everything" removes every entry and the file.
    app.back_to("Sign in", 4).await;
    app.click("forget-everything").await;
    app.click("forget-everything-confirm").await;
    app.find("sign-in-notice").await;
    assert_nothing_kept(&app);
    app.close().await;
}

#[tokio::test]
async fn without_a_keychain_the_app_offers_a_session_only_sign_in_and_saves_nothing() {
    let sim = demo_simulator().await;
    // A session bus that is not there: no Secret Service answers, as on a desktop without a keyring.
    let no_keychain = vec![(
        "DBUS_SESSION_BUS_ADDRESS".to_owned(),
        "unix:path=/nonexistent/partner-link-e2e-bus".to_owned(),
    )];
    let app = App::launch(Launch {
        env: no_keychain,
        ..Launch::default().with_sim(&sim)
    })
    .await;
    app.capture_ipc().await;
    go_to_sign_in(&app).await;
    app.find("keychain-problem").await;
    app.screenshot("sign-in-no-keychain-en").await;
    assert!(
        app.text("keychain-problem")
            .await
            .contains("keychain is not available"),
        "the problem is said plainly"
    );

    app.click("use-session-only").await;
    app.find("session-only-note").await;
    sign_in_with_browser(&app, &sim).await;
    app.click("continue-to-directories").await;
    open_from_list(&app, demo::FABRIKAM_EA).await;
    app.find("link-status").await;
    // Session only: nothing was written, neither a cache file nor (there being no keychain) any entry.
    assert!(!app.sign_in_cache_file().exists());
    app.assert_no_secret_leaked(&sim.issued_refresh_tokens())
        .await;

    // The next start remembers nobody.
    let app = app.restart().await;
    go_to_sign_in(&app).await;
    app.find("keychain-problem").await;
    app.click("use-session-only").await;
    app.find("sign-in-browser").await;
    let accounts = app
        .client
        .find_all(partner_link_e2e::Locator::Css("[data-testid=\"account\"]"))
        .await
        .unwrap();
    assert!(
        accounts.is_empty(),
        "a session-only sign-in outlived the app"
    );
    app.close().await;
}

#[tokio::test]
async fn the_sign_in_and_directory_screens_in_traditional_chinese() {
    let sim = demo_simulator().await;
    let app = App::launch(Launch {
        locale: "zh_TW.UTF-8".to_owned(),
        ..Launch::default().with_sim(&sim)
    })
    .await;
    app.click("choice-link").await;
    app.click("link-continue").await;
    app.wait_for_text("screen-title", "登入").await;
    assert_eq!(
        app.text_of("[data-testid=\"sign-in-browser\"] .method-title")
            .await
            .trim(),
        "用瀏覽器登入"
    );
    app.screenshot("sign-in-zh-TW").await;
    app.click("sign-in-browser").await;
    app.complete_browser_sign_in(&sim, SignIn::new(demo::PARTNER_USER, demo::PASSWORD))
        .await;
    app.wait_for_text("account-name", "Alex Wilber").await;
    app.click("continue-to-directories").await;
    app.wait_for_text("screen-title", "選擇客戶的目錄").await;
    open_from_list(&app, demo::PROSEWARE_READER).await;
    app.wait_for_text(
        "link-status",
        "在這個目錄中，這個帳戶尚未連結任何合作夥伴識別碼。",
    )
    .await;
    app.wait_for_text(
        "access-summary",
        "您在這裡的存取權可計入認可，但不能計入獎勵：獎勵需要「參與者」或「擁有者」。",
    )
    .await;
    app.screenshot("directory-zh-TW").await;
    app.close().await;
}
