//! Every screen of every path, in English and in Traditional Chinese, in the real webview against the simulated
//! Azure: the start, "PAL or DPOR?" and its helper, signing in (browser and device code), the directory list, each
//! kind of directory (linkable, linked to another partner, MFA, not approved, CSP, no role), linking from plan to
//! proof, a refused ID, a failure with its details, every directory at once, and the customer admin's path. Each
//! screen is checked by axe-core (`App::screenshot` runs it) and photographed as `tour-<screen>-<language>` for the
//! gallery in `docs/screenshots/`.
//!
//! The walk waits on screens and test IDs only, never on words, so the one walk serves both languages; what the
//! words say is asserted by the other end-to-end tests and by the UI's tests.

use std::time::Duration;

use partner_link_e2e::flows::{directory_button, directory_settled};
use partner_link_e2e::{azure_sim, demo, demo_simulator, App, Launch, Locator, SignIn};

/// The screen's name in the gallery, with the language.
fn shot(screen: &str, lang: &str) -> String {
    format!("tour-{screen}-{lang}")
}

async fn walk_every_screen(locale: &str, lang: &str) {
    let sim = demo_simulator().await;
    let app = App::launch(
        Launch {
            locale: locale.to_owned(),
            ..Launch::default()
        }
        .with_sim(&sim),
    )
    .await;
    app.capture_ipc().await;
    assert_eq!(
        app.attribute_css("html", "lang").await.as_deref(),
        Some(lang),
        "the app did not start in {lang}"
    );

    // The start and "PAL or DPOR?", with the helper's answer.
    app.wait_for_route("start").await;
    app.find("practice-offer").await;
    app.screenshot(&shot("01-start", lang)).await;
    app.click("choice-learn").await;
    app.wait_for_route("learn").await;
    app.screenshot(&shot("02-learn", lang)).await;
    app.click("decide-subscription-csp").await;
    app.click("decide-access-cspAdminOnBehalfOf").await;
    app.click("decide-submit").await;
    app.find("decide-answer").await;
    app.screenshot(&shot("03-learn-answer", lang)).await;
    app.click("back-button").await;

    // The partner's path: before starting, then the sign-in with a device code and with the browser.
    app.click("choice-link").await;
    app.wait_for_route("link").await;
    app.screenshot(&shot("04-link-prepare", lang)).await;
    app.click("link-continue").await;
    app.wait_for_route("signIn").await;
    app.find("sign-in-browser").await;
    app.screenshot(&shot("05-sign-in", lang)).await;
    app.click("sign-in-device-code").await;
    app.find("device-code").await;
    app.screenshot(&shot("06-sign-in-device-code", lang)).await;
    app.click("cancel-sign-in").await;
    app.click("sign-in-browser").await;
    app.find("browser-waiting").await;
    app.screenshot(&shot("07-sign-in-browser-waiting", lang))
        .await;
    app.complete_browser_sign_in(&sim, SignIn::new(demo::PARTNER_USER, demo::PASSWORD))
        .await;
    app.wait_for_text("account-name", "Alex Wilber").await;
    app.screenshot(&shot("08-signed-in", lang)).await;

    // The directories, and one of each kind.
    app.click("continue-to-directories").await;
    app.wait_for_route("directories").await;
    app.text_of(&directory_button(demo::NORTHWIND_PAYG)).await;
    app.screenshot(&shot("09-directories", lang)).await;
    open(&app, demo::NORTHWIND_PAYG).await;
    app.find("link-status").await;
    app.screenshot(&shot("10-directory", lang)).await;
    app.type_into("partner-id-input", "12ab").await;
    app.click("link-check").await;
    app.find("error-display").await;
    app.screenshot(&shot("11-link-invalid-id", lang)).await;
    app.type_into("partner-id-input", demo::PARTNER_ID).await;
    app.click("link-check").await;
    app.find("link-apply").await;
    app.screenshot(&shot("12-link-plan", lang)).await;
    app.click("link-apply").await;
    app.find("link-outcome").await;
    app.screenshot(&shot("13-link-done", lang)).await;
    app.click("save-proof").await;
    app.find("proof-saved").await;
    app.screenshot(&shot("14-link-proof-saved", lang)).await;
    app.click("privacy-toggle").await;
    app.screenshot(&shot("15-link-done-privacy", lang)).await;
    app.click("privacy-toggle").await;

    app.click("back-button").await;
    open(&app, demo::RELECLOUD_LINKED).await;
    app.type_into("partner-id-input", demo::PARTNER_ID).await;
    app.click("link-check").await;
    app.find("link-apply").await;
    app.screenshot(&shot("16-link-change", lang)).await;
    app.click("link-cancel").await;

    app.click("back-button").await;
    open(&app, demo::PROSEWARE_READER).await;
    app.screenshot(&shot("17-directory-reader", lang)).await;
    app.click("back-button").await;
    open(&app, demo::WOODGROVE_NO_ROLE).await;
    app.screenshot(&shot("18-directory-no-role", lang)).await;
    app.click("back-button").await;
    open(&app, demo::ADATUM_MFA).await;
    app.find("directory-needs-sign-in").await;
    app.screenshot(&shot("19-directory-needs-mfa", lang)).await;
    app.click("back-button").await;
    open(&app, demo::LUCERNE_NO_CONSENT).await;
    app.find("directory-needs-consent").await;
    app.screenshot(&shot("20-directory-needs-consent", lang))
        .await;
    app.click("back-button").await;
    app.type_into("other-directory", demo::TAILSPIN_CSP).await;
    app.click("open-other-directory").await;
    directory_settled(&app).await;
    app.screenshot(&shot("21-directory-csp", lang)).await;
    app.click("back-button").await;

    // A failure: Resource Manager stops answering. The explanation, the next step and the opened details.
    sim.add_fault(azure_sim::FaultDef {
        kind: azure_sim::FaultKind::DropBefore,
        service: Some(azure_sim::Service::Arm),
        method: None,
        path_contains: None,
        status: None,
        retry_after: None,
        latency_ms: None,
        times: None,
        every: None,
    })
    .expect("adding the fault");
    open(&app, demo::FABRIKAM_EA).await;
    app.click_css("[data-testid=\"error-details\"] summary")
        .await;
    app.find("error-technical").await;
    app.screenshot(&shot("22-error-details", lang)).await;
    sim.clear_faults();
    app.click("back-button").await;

    // Every directory at once.
    app.wait_for_route("directories").await;
    app.click("open-overview").await;
    app.wait_for_route("overview").await;
    app.client
        .wait()
        .at_most(Duration::from_secs(60))
        .for_element(Locator::Css("[data-testid=\"overview-row\"]"))
        .await
        .expect("the overview fills in");
    app.find("export-csv").await;
    wait_until_enabled(&app, "export-csv").await;
    app.screenshot(&shot("23-overview", lang)).await;

    // The customer admin's path, back from the first screen.
    app.back_to_route("start", 8).await;
    app.click("choice-grant").await;
    app.wait_for_route("grant").await;
    app.click_css("[data-testid=\"lighthouse\"] summary").await;
    app.screenshot(&shot("24-grant-needs", lang)).await;
    app.click("grant-continue").await;
    app.wait_for_route("grantApp").await;
    app.screenshot(&shot("25-grant-app", lang)).await;
    app.click("grant-app-continue").await;
    app.wait_for_route("signIn").await;
    app.click("sign-in-browser").await;
    app.find("browser-waiting").await;
    app.complete_browser_sign_in(&sim, SignIn::new(demo::CUSTOMER_ADMIN, demo::PASSWORD))
        .await;
    wait_for_account(&app, "Megan Bowen (Fabrikam admin)").await;
    app.screenshot(&shot("26-grant-signed-in", lang)).await;
    app.click("continue-to-directories").await;
    app.wait_for_route("grantAccess").await;
    app.client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css("[data-testid=\"admin-subscription\"]"))
        .await
        .expect("the admin's subscriptions are listed");
    app.screenshot(&shot("27-grant-access", lang)).await;
    // Pasted, as people do with addresses: WebKitWebDriver types "@" as "2" under the zh_TW keyboard map.
    app.paste_into("partner-query", demo::PARTNER_USER).await;
    app.click("partner-find-button").await;
    let answer = app
        .client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css(
            "[data-testid=\"partner-found\"], [data-testid=\"partner-find\"] [data-testid=\"error-display\"]",
        ))
        .await
        .expect("the lookup answers");
    assert_eq!(
        answer.attr("data-testid").await.unwrap().as_deref(),
        Some("partner-found"),
        "the partner was not found: {}",
        answer.text().await.unwrap_or_default()
    );
    app.click_css("[data-testid=\"grant-subscription\"]").await;
    app.click("grant-check").await;
    app.find("grant-plan").await;
    app.screenshot(&shot("28-grant-plan", lang)).await;
    app.click("grant-apply").await;
    app.find("grant-result").await;
    app.screenshot(&shot("29-grant-done", lang)).await;

    app.assert_no_secret_leaked(&[]).await;
    app.close().await;
}

/// Opens a directory from the list and waits until its screen has settled.
async fn open(app: &App, tenant: &str) {
    app.wait_for_route("directories").await;
    app.click_css(&directory_button(tenant)).await;
    app.wait_for_route("directory").await;
    directory_settled(app).await;
}

/// Waits until the signed-in accounts include `name`.
async fn wait_for_account(app: &App, name: &str) {
    let start = std::time::Instant::now();
    loop {
        let accounts = app
            .client
            .find_all(Locator::Css("[data-testid=\"account-name\"]"))
            .await
            .unwrap();
        for a in accounts {
            if a.text().await.unwrap_or_default().trim() == name {
                return;
            }
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "{name} was not signed in"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until a button can be pressed (the overview's exports wait for the refresh to finish).
async fn wait_until_enabled(app: &App, test_id: &str) {
    let el = app.find(test_id).await;
    let start = std::time::Instant::now();
    while !el.is_enabled().await.unwrap_or(false) {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "{test_id} stayed disabled"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

#[tokio::test]
async fn every_screen_in_english() {
    walk_every_screen("en_US.UTF-8", "en").await;
}

#[tokio::test]
async fn every_screen_in_traditional_chinese() {
    walk_every_screen("zh_TW.UTF-8", "zh-TW").await;
}
