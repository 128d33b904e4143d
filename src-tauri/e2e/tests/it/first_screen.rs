//! The walking skeleton, end to end in the real webview: the first screen in both languages, a choice, the next
//! screen, and the UI → bindings → shell → core round trip (the version in the footer).
//!
//! The expected texts are written out here on purpose: this test must fail when the first screen's words change,
//! so that a change to what a non-technical person first reads is always a deliberate one.

use partner_link_e2e::keys::{ENTER, TAB};
use partner_link_e2e::{App, Launch};

const EN_TITLE: &str = "Let Microsoft know which partner helped";
const EN_CHOICES: [(&str, &str); 3] = [
    ("choice-link", "Link our partner ID"),
    (
        "choice-grant",
        "Give a partner access (I'm the customer's admin)",
    ),
    ("choice-learn", "Learn: PAL or DPOR?"),
];
const ZH_TITLE: &str = "讓 Microsoft 知道是哪個合作夥伴提供協助";
const ZH_CHOICES: [(&str, &str); 3] = [
    ("choice-link", "連結我們的合作夥伴識別碼"),
    ("choice-grant", "給予合作夥伴存取權（我是客戶的系統管理員）"),
    ("choice-learn", "了解：PAL 還是 DPOR？"),
];

/// A choice's button, which holds its title (the description is beside it).
async fn choice_title(app: &App, test_id: &str) -> String {
    app.text(test_id).await.trim().to_owned()
}

#[tokio::test]
async fn first_screen_in_english_then_switched_to_traditional_chinese() {
    let app = App::launch(Launch::default()).await;
    app.wait_for_text("screen-title", EN_TITLE).await;
    for (id, title) in EN_CHOICES {
        assert_eq!(choice_title(&app, id).await, title);
    }
    // The version comes from Rust: UI → generated bindings → shell → core and back.
    app.wait_for_text(
        "app-version",
        &format!("Version {}", env!("CARGO_PKG_VERSION")),
    )
    .await;
    app.screenshot("welcome-en").await;

    app.click("language-zh-TW").await;
    app.wait_for_text("screen-title", ZH_TITLE).await;
    for (id, title) in ZH_CHOICES {
        assert_eq!(choice_title(&app, id).await, title);
    }
    app.screenshot("welcome-zh-TW").await;
    app.close().await;
}

#[tokio::test]
async fn follows_a_traditional_chinese_operating_system() {
    let app = App::launch(Launch {
        locale: "zh_TW.UTF-8".to_owned(),
        ..Launch::default()
    })
    .await;
    app.wait_for_text("screen-title", ZH_TITLE).await;
    app.close().await;
}

#[tokio::test]
async fn a_choice_opens_its_screen_and_back_returns() {
    let app = App::launch(Launch::default()).await;
    app.wait_for_text("screen-title", EN_TITLE).await;
    app.click("choice-learn").await;
    app.wait_for_text("screen-title", "PAL or DPOR?").await;
    app.screenshot("learn-en").await;
    app.click("back-button").await;
    app.wait_for_text("screen-title", EN_TITLE).await;
    app.close().await;
}

/// Practice mode: the app starts the simulated Azure inside itself and says so, unmistakably, on every screen.
#[tokio::test]
async fn practice_mode_is_labelled_and_runs_on_the_simulated_azure() {
    let app = App::launch(Launch {
        env: vec![("PARTNER_LINK_PRACTICE".into(), "1".into())],
        ..Launch::default()
    })
    .await;
    app.wait_for_text("practice-badge", "Practice — nothing is sent to Microsoft")
        .await;
    app.wait_for_text("app-cloud", "Microsoft cloud: Practice (a simulated Azure)")
        .await;
    app.screenshot("welcome-practice-en").await;
    app.close().await;
}

/// How many practice badges the screen shows now (none, or the one in the header).
async fn practice_badges(app: &App) -> usize {
    app.client
        .find_all(partner_link_e2e::Locator::Css(
            "[data-testid=\"practice-badge\"]",
        ))
        .await
        .unwrap()
        .len()
}

/// Without practice mode there is no practice badge: the label can never appear on a real session.
#[tokio::test]
async fn a_real_session_has_no_practice_badge() {
    let app = App::launch(Launch::default()).await;
    app.wait_for_text("app-cloud", "Microsoft cloud: Azure (global)")
        .await;
    let badges = practice_badges(&app).await;
    assert!(
        badges == 0,
        "a practice badge is shown outside practice mode"
    );
    app.close().await;
}

/// Practice mode started from the first screen of a real session: the simulated Azure starts inside the app, the
/// label appears, a person signs in on the practice pages (which tell them the example password) and reaches the
/// example customers; leaving practice returns to the first screen on the real cloud, with no one signed in.
#[tokio::test]
async fn practice_starts_from_the_first_screen_and_can_be_left() {
    let app = App::launch(Launch::default()).await;
    app.wait_for_text("app-cloud", "Microsoft cloud: Azure (global)")
        .await;
    app.wait_for_text("start-practice", "Start practising")
        .await;
    app.screenshot("welcome-practice-offer-en").await;

    app.click("start-practice").await;
    app.wait_for_text("practice-badge", "Practice — nothing is sent to Microsoft")
        .await;
    app.wait_for_text("app-cloud", "Microsoft cloud: Practice (a simulated Azure)")
        .await;
    let offer = app.text("practice-offer").await;
    assert!(offer.contains("You are practising"), "{offer}");

    partner_link_e2e::flows::go_to_sign_in(&app).await;
    app.click("sign-in-browser").await;
    let page = partner_link_e2e::flows::sign_in_on_practice_pages(
        &app,
        partner_link_e2e::demo::PARTNER_USER,
        partner_link_e2e::demo::PASSWORD,
    )
    .await;
    assert!(
        page.contains("the password of each is Practice-Pass-1"),
        "the practice sign-in page does not tell the example password: {page}"
    );
    app.wait_for_text("account-name", "Alex Wilber").await;
    app.click("continue-to-directories").await;
    app.wait_for_text("screen-title", "Choose a customer's directory")
        .await;
    // The demo's customers, reached through the in-app simulator.
    app.text_of("[data-testid=\"directory\"]").await;
    let directories = app
        .client
        .find_all(partner_link_e2e::Locator::Css(
            "[data-testid=\"directory\"]",
        ))
        .await
        .unwrap()
        .len();
    assert!(
        directories >= 10,
        "{directories} practice directories listed"
    );
    assert_eq!(
        app.practice_keychain_entries().len(),
        1,
        "the practice sign-in is kept under its own keychain name"
    );

    // A problem rehearsed: staged on the first screen, met at the next link. The answer is lost after Azure made
    // the link, and the app reads the link back instead of failing or linking twice.
    app.back_to_route("start", 6).await;
    app.click_css("[data-testid=\"rehearse\"] summary").await;
    app.click("rehearse-connectionLost").await;
    app.find("rehearse-staged").await;
    app.screenshot("welcome-practice-rehearse-en").await;
    app.click("choice-link").await;
    app.click("link-continue").await;
    app.click("continue-to-directories").await;
    app.click_css(&partner_link_e2e::flows::directory_button(
        partner_link_e2e::demo::NORTHWIND_PAYG,
    ))
    .await;
    app.type_into("partner-id-input", partner_link_e2e::demo::PARTNER_ID)
        .await;
    app.click("link-check").await;
    app.click("link-apply").await;
    app.find("link-outcome-reread").await;

    app.click("leave-practice").await;
    app.wait_for_text("app-cloud", "Microsoft cloud: Azure (global)")
        .await;
    app.wait_for_text("screen-title", EN_TITLE).await;
    let badges = practice_badges(&app).await;
    assert!(badges == 0, "the practice badge outlived practice");
    // The real session has no one signed in: practice accounts stayed in practice.
    assert!(app.keychain_entries().is_empty());
    app.close().await;
}

/// Presses Tab until the element with `test_id` has the keyboard focus, and fails after `max` presses.
async fn tab_to(app: &App, test_id: &str, max: usize) {
    for _ in 0..max {
        let focused = app
            .client
            .active_element()
            .await
            .expect("the focused element");
        if focused.attr("data-testid").await.unwrap().as_deref() == Some(test_id) {
            return;
        }
        focused.send_keys(TAB).await.expect("pressing Tab");
    }
    panic!("{max} presses of Tab did not reach data-testid={test_id}");
}

async fn press_enter(app: &App) {
    app.client
        .active_element()
        .await
        .expect("the focused element")
        .send_keys(ENTER)
        .await
        .expect("pressing Enter");
}

/// The focused element's `data-testid`.
async fn focused(app: &App) -> Option<String> {
    app.client
        .active_element()
        .await
        .expect("the focused element")
        .attr("data-testid")
        .await
        .unwrap()
}

/// Keyboard alone, no mouse: Tab reaches a choice and Enter opens it; the new screen's heading takes the focus so
/// reading starts at the top; the decision helper is answered and its answer takes the focus; its way on opens the
/// partner's path.
#[tokio::test]
async fn the_wizard_works_from_the_keyboard_alone() {
    let app = App::launch(Launch::default()).await;
    app.wait_for_route("start").await;
    tab_to(&app, "choice-learn", 40).await;
    press_enter(&app).await;
    app.wait_for_route("learn").await;
    assert_eq!(focused(&app).await.as_deref(), Some("screen-title"));

    tab_to(&app, "decide-submit", 60).await;
    press_enter(&app).await;
    app.find("decide-answer").await;
    assert_eq!(focused(&app).await.as_deref(), Some("decide-answer"));
    tab_to(&app, "decide-next", 40).await;
    press_enter(&app).await;
    app.wait_for_route("link").await;
    assert_eq!(focused(&app).await.as_deref(), Some("screen-title"));
    app.close().await;
}
