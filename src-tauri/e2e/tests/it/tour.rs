//! Every screen of every path, in English and in Traditional Chinese (and once more in dark mode, and with large text), in the real webview against the simulated
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
use partner_link_e2e::{
    azure_sim, demo, demo_simulator, App, Launch, Locator, ScaledDisplay, SignIn,
};

/// How the operating system asks the app to look: light, dark, or light with text twice its usual size.
#[derive(Clone, Copy, PartialEq)]
enum Look {
    Light,
    Dark,
    LargeText,
}

/// The text size of the large-text walk: 200%, the size WCAG asks text to stay usable at.
const LARGE_TEXT: f64 = 2.0;

async fn walk_every_screen(locale: &str, lang: &str, look: Look) {
    let sim = demo_simulator().await;
    let mut launch = Launch {
        locale: locale.to_owned(),
        ..Launch::default()
    }
    .with_sim(&sim);
    // WebKitGTK answers `prefers-color-scheme` from the GTK theme, so a dark GTK theme is the OS's dark mode.
    if look == Look::Dark {
        launch.env.push(("GTK_THEME".into(), "Adwaita:dark".into()));
    }
    // The OS's text size comes from the desktop's settings daemon, on a display of the walk's own (it would
    // enlarge every other test's windows too).
    let display = (look == Look::LargeText).then(|| ScaledDisplay::start(LARGE_TEXT));
    if let Some(display) = &display {
        launch
            .env
            .push(("DISPLAY".into(), display.display().to_owned()));
        launch.press_with_keys = true;
    }
    let app = App::launch(launch).await;
    if look == Look::LargeText {
        // WebKitGTK applies the text size to the whole page, as a zoom: the window holds half as many CSS pixels.
        let (window_width, _) = app.client.get_window_size().await.expect("window size");
        let css_width = app.page_width().await;
        let zoom = window_width as f64 / css_width;
        assert!(
            (zoom - LARGE_TEXT).abs() < 0.15,
            "the page is zoomed {zoom:.2} times ({css_width} CSS pixels in a window {window_width} wide), \
             not {LARGE_TEXT} times as the OS's text size asks"
        );
    }
    let dark = app
        .client
        .execute(
            "return window.matchMedia('(prefers-color-scheme: dark)').matches;",
            vec![],
        )
        .await
        .expect("asking the page for its colour scheme");
    assert_eq!(
        dark,
        serde_json::Value::Bool(look == Look::Dark),
        "the page's colour scheme does not follow the system's"
    );
    // The screen's name in the gallery, with the language (and the look when it is not the usual one).
    let suffix = match look {
        Look::Light => lang.to_owned(),
        Look::Dark => format!("{lang}-dark"),
        Look::LargeText => format!("{lang}-large"),
    };
    let shot = |screen: &str| format!("tour-{screen}-{suffix}");
    app.capture_ipc().await;
    assert_eq!(
        app.attribute_css("html", "lang").await.as_deref(),
        Some(lang),
        "the app did not start in {lang}"
    );

    // The start and "PAL or DPOR?", with the helper's answer.
    app.wait_for_route("start").await;
    app.find("practice-offer").await;
    app.screenshot(&shot("start")).await;
    app.click("choice-learn").await;
    app.wait_for_route("learn").await;
    app.screenshot(&shot("learn")).await;
    app.click("decide-subscription-csp").await;
    app.click("decide-access-cspAdminOnBehalfOf").await;
    app.click("decide-submit").await;
    app.find("decide-answer").await;
    app.screenshot(&shot("learn-answer")).await;
    app.click("back-button").await;

    // The partner's path: before starting, then the sign-in with a device code and with the browser.
    app.click("choice-link").await;
    app.wait_for_route("link").await;
    app.screenshot(&shot("link-prepare")).await;
    app.click("link-continue").await;
    app.wait_for_route("signIn").await;
    app.find("sign-in-browser").await;
    app.screenshot(&shot("sign-in")).await;
    app.click("sign-in-device-code").await;
    app.find("device-code").await;
    app.screenshot(&shot("sign-in-device-code")).await;
    app.click("cancel-sign-in").await;
    app.click("sign-in-browser").await;
    app.find("browser-waiting").await;
    app.screenshot(&shot("sign-in-browser-waiting")).await;
    app.complete_browser_sign_in(&sim, SignIn::new(demo::PARTNER_USER, demo::PASSWORD))
        .await;
    app.wait_for_text("account-name", "Alex Wilber").await;
    app.screenshot(&shot("signed-in")).await;

    // The directories, and one of each kind.
    app.click("continue-to-directories").await;
    app.wait_for_route("directories").await;
    app.text_of(&directory_button(demo::NORTHWIND_PAYG)).await;
    app.screenshot(&shot("directories")).await;
    open(&app, demo::NORTHWIND_PAYG).await;
    app.find("link-status").await;
    app.screenshot(&shot("directory")).await;
    app.type_into("partner-id-input", "12ab").await;
    app.click("link-check").await;
    app.find("error-display").await;
    app.screenshot(&shot("link-invalid-id")).await;
    app.type_into("partner-id-input", demo::PARTNER_ID).await;
    app.click("link-check").await;
    app.find("link-apply").await;
    app.screenshot(&shot("link-plan")).await;
    app.click("link-apply").await;
    app.find("link-outcome").await;
    app.screenshot(&shot("link-done")).await;
    app.click("save-proof").await;
    app.find("proof-saved").await;
    app.screenshot(&shot("link-proof-saved")).await;
    app.click("privacy-toggle").await;
    app.screenshot(&shot("link-done-privacy")).await;
    app.click("privacy-toggle").await;
    // Removing the link: the plan says what it does first.
    app.click("unlink-check").await;
    app.find("link-apply").await;
    app.screenshot(&shot("link-remove-plan")).await;
    app.click("link-apply").await;
    app.find("link-outcome").await;
    app.screenshot(&shot("link-removed")).await;

    app.click("back-button").await;
    open(&app, demo::RELECLOUD_LINKED).await;
    app.type_into("partner-id-input", demo::PARTNER_ID).await;
    app.click("link-check").await;
    app.find("link-apply").await;
    app.screenshot(&shot("link-change")).await;
    app.click("link-cancel").await;

    app.click("back-button").await;
    open(&app, demo::PROSEWARE_READER).await;
    app.screenshot(&shot("directory-reader")).await;
    app.click("back-button").await;
    open(&app, demo::WOODGROVE_NO_ROLE).await;
    app.screenshot(&shot("directory-no-role")).await;
    app.click("back-button").await;
    open(&app, demo::ADATUM_MFA).await;
    app.find("directory-needs-sign-in").await;
    app.screenshot(&shot("directory-needs-mfa")).await;
    app.click("back-button").await;
    open(&app, demo::LUCERNE_NO_CONSENT).await;
    app.find("directory-needs-consent").await;
    app.screenshot(&shot("directory-needs-consent")).await;
    app.click("back-button").await;
    app.type_into("other-directory", demo::TAILSPIN_CSP).await;
    app.click("open-other-directory").await;
    directory_settled(&app).await;
    app.screenshot(&shot("directory-csp")).await;
    app.click("back-button").await;
    // The list has loaded again before Azure stops answering, so the failure met is the directory's, not the list's.
    app.find_css(&directory_button(demo::FABRIKAM_EA)).await;

    // A failure: Resource Manager stops answering. The explanation, the next step and the opened details.
    sim.add_fault(
        azure_sim::FaultDef::new(azure_sim::FaultKind::DropBefore).service(azure_sim::Service::Arm),
    )
    .expect("adding the fault");
    open(&app, demo::FABRIKAM_EA).await;
    app.click_css("[data-testid=\"error-details\"] summary")
        .await;
    app.find("error-technical").await;
    app.screenshot(&shot("error-details")).await;
    sim.clear_faults();
    app.click("back-button").await;

    // Every directory at once.
    app.wait_for_route("directories").await;
    app.click("open-overview").await;
    app.wait_for_route("everywhere").await;
    app.client
        .wait()
        .at_most(Duration::from_secs(60))
        .for_element(Locator::Css("[data-testid=\"overview-row\"]"))
        .await
        .expect("the overview fills in");
    app.find("export-csv").await;
    app.wait_until_enabled("export-csv").await;
    app.screenshot(&shot("overview")).await;
    // One run over every directory not linked yet.
    app.click("choose-unlinked").await;
    app.type_into("bulk-partner-id", demo::PARTNER_ID).await;
    app.click("bulk-start").await;
    app.client
        .wait()
        .at_most(Duration::from_secs(60))
        .for_element(Locator::Css("[data-testid=\"bulk-finished\"]"))
        .await
        .expect("the bulk run finishes");
    app.screenshot(&shot("overview-bulk-done")).await;

    // The customer admin's path, back from the first screen.
    app.back_to_route("start", 8).await;
    app.click("choice-grant").await;
    app.wait_for_route("grant").await;
    app.click_css("[data-testid=\"lighthouse\"] summary").await;
    app.screenshot(&shot("grant-needs")).await;
    app.click("grant-continue").await;
    app.wait_for_route("grantApp").await;
    app.screenshot(&shot("grant-app")).await;
    app.click("grant-app-continue").await;
    app.wait_for_route("signIn").await;
    app.click("sign-in-browser").await;
    app.find("browser-waiting").await;
    app.complete_browser_sign_in(&sim, SignIn::new(demo::CUSTOMER_ADMIN, demo::PASSWORD))
        .await;
    app.wait_for_text_in(
        "[data-testid=\"account-name\"]",
        "Megan Bowen (Fabrikam admin)",
    )
    .await;
    app.screenshot(&shot("grant-signed-in")).await;
    app.click("continue-to-directories").await;
    app.wait_for_route("grantAccess").await;
    app.client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css("[data-testid=\"admin-subscription\"]"))
        .await
        .expect("the admin's subscriptions are listed");
    app.screenshot(&shot("grant-access")).await;
    let (answer, text) = partner_link_e2e::flows::find_partner(&app, demo::PARTNER_USER).await;
    assert_eq!(answer, "partner-found", "the partner was not found: {text}");
    app.click_css("[data-testid=\"grant-subscription\"]").await;
    app.click("grant-check").await;
    app.find("grant-plan").await;
    app.screenshot(&shot("grant-plan")).await;
    app.click("grant-apply").await;
    app.find("grant-result").await;
    app.screenshot(&shot("grant-done")).await;
    // Giving lists what the partner now has here, ready to take back.
    app.find("assignments-remove").await;
    app.screenshot(&shot("grant-assignments")).await;
    app.assert_no_secret_leaked(&[]).await;

    // Closed mid-way and opened again: the first screen offers to continue there.
    let app = app.restart().await;
    app.find("resume-offer").await;
    app.screenshot(&shot("resume")).await;
    app.click("resume-continue").await;
    app.wait_for_route("grantAccess").await;
    app.close().await;
}

/// Opens a directory from the list and waits until its screen has settled.
async fn open(app: &App, tenant: &str) {
    app.wait_for_route("directories").await;
    app.click_css(&directory_button(tenant)).await;
    app.wait_for_route("directory").await;
    directory_settled(app).await;
}

#[tokio::test]
async fn every_screen_in_english() {
    walk_every_screen("en_US.UTF-8", "en", Look::Light).await;
}

#[tokio::test]
async fn every_screen_in_traditional_chinese() {
    walk_every_screen("zh_TW.UTF-8", "zh-TW", Look::Light).await;
}

/// The same walk with the operating system in dark mode: axe checks the dark colours' contrast on every screen.
#[tokio::test]
async fn every_screen_in_dark_mode() {
    walk_every_screen("en_US.UTF-8", "en", Look::Dark).await;
}

/// The same walk with the operating system's text at twice its usual size: every screen still fits the window's
/// width (nothing to scroll sideways), every control can still be reached and pressed, and axe still passes.
#[tokio::test]
async fn every_screen_with_large_text() {
    walk_every_screen("en_US.UTF-8", "en", Look::LargeText).await;
}
