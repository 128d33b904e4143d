//! The app as a person gets it from its .deb: `PARTNER_LINK_APP` is the installed `/usr/bin/partner-link-assistant`
//! (`cargo xtask test`'s installer stage installs the package, runs these, then removes it). The other modules run
//! against the build; these are filtered out of that stage and run only on an installed app.

use partner_link_e2e::{demo, flows, App, Launch};

/// The installed app starts in practice mode, signs in on the practice pages and links a partner ID in one
/// customer directory, as a person's first run would.
#[tokio::test]
async fn the_installed_app_links_a_partner_id_in_practice_mode() {
    let app = App::launch(Launch {
        env: vec![("PARTNER_LINK_PRACTICE".into(), "1".into())],
        ..Launch::default()
    })
    .await;
    app.wait_for_text("practice-badge", "Practice — nothing is sent to Microsoft")
        .await;
    flows::go_to_sign_in(&app).await;
    app.click("sign-in-browser").await;
    flows::sign_in_on_practice_pages(&app, demo::PARTNER_USER, demo::PASSWORD).await;
    app.wait_for_text("account-name", "Alex Wilber").await;
    app.click("continue-to-directories").await;
    app.click_css(&flows::directory_button(demo::NORTHWIND_PAYG))
        .await;
    app.type_into("partner-id-input", demo::PARTNER_ID).await;
    app.click("link-check").await;
    app.click("link-apply").await;
    let outcome = app.text("link-outcome-name").await;
    assert!(
        outcome.contains("Contoso Partner Ltd"),
        "the installed app did not report the link: {outcome}"
    );
    app.screenshot("installed-practice-link-en").await;
    app.close().await;
}
