//! The steps a person takes again and again, shared by the tests: reach the sign-in screen, sign in with the
//! browser, open a directory from the list.

use std::time::Duration;

use crate::{demo, App, Locator, SignIn, Simulator};

/// A directory's entry in the list, by tenant ID.
pub fn directory_button(tenant: &str) -> String {
    format!(
        "[data-testid=\"directory\"][data-tenant-id=\"{tenant}\"] [data-testid=\"open-directory\"]"
    )
}

/// From the first screen to the sign-in screen, as a person goes.
pub async fn go_to_sign_in(app: &App) {
    app.click("choice-link").await;
    app.click("link-continue").await;
    app.wait_for_text("screen-title", "Sign in").await;
}

/// Signs the demo's partner user in with the browser, playing the person on the simulator's page.
pub async fn sign_in_with_browser(app: &App, sim: &Simulator) {
    app.click("sign-in-browser").await;
    app.find("browser-waiting").await;
    let redirect = app
        .complete_browser_sign_in(sim, SignIn::new(demo::PARTNER_USER, demo::PASSWORD))
        .await;
    assert!(
        redirect.contains("code="),
        "the sign-in page redirected {redirect}"
    );
    app.wait_for_text("account-name", "Alex Wilber").await;
}

/// Waits until a directory's screen has the link, or a problem, to show.
pub async fn directory_settled(app: &App) {
    app.client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css(
            "[data-testid=\"link-status\"], [data-testid=\"directory-needs-sign-in\"], \
             [data-testid=\"directory-needs-consent\"], [data-testid=\"error-display\"]",
        ))
        .await
        .expect("the directory screen settles");
}

/// Opens a directory from the list and waits until its screen has settled.
pub async fn open_from_list(app: &App, tenant: &str) {
    app.click_css(&directory_button(tenant)).await;
    directory_settled(app).await;
}

/// Signs in with the browser and goes to the directory list.
pub async fn signed_in_at_directories(app: &App, sim: &Simulator) {
    go_to_sign_in(app).await;
    sign_in_with_browser(app, sim).await;
    app.click("continue-to-directories").await;
    app.wait_for_text("screen-title", "Choose a customer's directory")
        .await;
}
