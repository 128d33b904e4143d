//! The customer admin's path in the real app against a simulated Azure the test owns, followed by the partner's:
//! Lucerne's admin approves the partner's sign-in app, invites the partner's colleague Sam, and gives Sam
//! Contributor on two subscriptions; Sam then signs in, sees the role in the access review, and links the partner
//! ID; an account that may not give roles is told who can; and the admin takes the roles back. The simulator's
//! state is asserted after each step.

use std::time::{Duration, Instant};

use partner_link_e2e::flows::{go_to_sign_in, open_from_list};
use partner_link_e2e::{azure_sim, demo, App, Launch, Locator, SignIn, Simulator};

const LUCERNE: &str = demo::LUCERNE_NO_CONSENT;
const LUCERNE_PLAN: &str = "bbbbbbbb-0000-4000-8000-000000000009";
const LUCERNE_DEV: &str = "bbbbbbbb-0000-4000-8000-0000000000e9";
const LEE_OID: &str = "cccccccc-0000-4000-8000-000000000003";
const CONTRIBUTOR: &str = "b24988ac-6180-42a0-ab88-20f7382dd24c";

/// The demo, plus a second Lucerne subscription its admin owns.
async fn lucerne_with_two_subscriptions() -> Simulator {
    let toml = format!(
        "{}\n[[subscriptions]]\nid = \"{LUCERNE_DEV}\"\ntenant = \"{LUCERNE}\"\nname = \"Lucerne dev\"\nquota_id = \"PayAsYouGo_2014-09-01\"\n\n[[role_assignments]]\nscope = \"/subscriptions/{LUCERNE_DEV}\"\nrole = \"Owner\"\nprincipal = \"{}\"\n",
        azure_sim::Scenario::demo_toml(),
        demo::LUCERNE_ADMIN
    );
    let scenario = azure_sim::Scenario::from_toml_str(&toml).expect("scenario");
    Simulator::start(azure_sim::SimConfig::new(scenario))
        .await
        .expect("starting the simulated Azure")
}

/// Role assignments the simulator holds for `principal`, as (subscription, role definition GUID, type).
fn assignments_of(sim: &Simulator, principal: &str) -> Vec<(String, String, String)> {
    let mut found: Vec<_> = sim
        .role_assignments()
        .into_iter()
        .filter(|a| a.principal_id.eq_ignore_ascii_case(principal))
        .map(|a| {
            (
                a.scope.trim_start_matches("/subscriptions/").to_owned(),
                a.role_definition_id
                    .rsplit('/')
                    .next()
                    .unwrap_or_default()
                    .to_owned(),
                a.principal_type,
            )
        })
        .collect();
    found.sort();
    found
}

fn role_writes(sim: &Simulator) -> usize {
    sim.requests()
        .iter()
        .filter(|r| {
            r.path.to_ascii_lowercase().contains("/roleassignments/")
                && matches!(r.method.as_str(), "PUT" | "DELETE")
        })
        .count()
}

/// Waits until `count` elements match `css` and returns them.
async fn wait_for_count(app: &App, css: &str, count: usize) -> Vec<fantoccini::elements::Element> {
    let start = Instant::now();
    loop {
        let found = app
            .client
            .find_all(Locator::Css(css))
            .await
            .unwrap_or_default();
        if found.len() == count {
            return found;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "{css} matched {} elements, expected {count}",
            found.len()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Signs someone in with the browser from the sign-in screen and waits for their name in the account list.
async fn browser_sign_in(app: &App, sim: &Simulator, username: &str, name: &str) {
    app.click("sign-in-browser").await;
    app.find("browser-waiting").await;
    app.complete_browser_sign_in(sim, SignIn::new(username, demo::PASSWORD))
        .await;
    app.wait_for_text_in("[data-testid=\"account-name\"]", name)
        .await;
}

#[tokio::test]
async fn admin_consents_invites_and_grants_then_the_partner_links_and_the_admin_takes_it_back() {
    let sim = lucerne_with_two_subscriptions().await;
    let app = App::launch(Launch::default().with_sim(&sim)).await;
    app.capture_ipc().await;

    // The customer's path starts with what the partner needs, and Lighthouse for managed-service partners.
    app.click("choice-grant").await;
    app.wait_for_text("screen-title", "What your partner needs from you")
        .await;
    app.click_css("[data-testid=\"lighthouse\"] summary").await;
    app.screenshot("grant-needs-en").await;
    app.click("grant-continue").await;

    // 1. Lucerne's admin approves the partner's sign-in app for the whole directory.
    app.wait_for_text("screen-title", "Approve the partner's sign-in app")
        .await;
    // The partner's app is filled in with this app's own sign-in app.
    let start = Instant::now();
    loop {
        let value = app
            .find("grant-app-id")
            .await
            .prop("value")
            .await
            .expect("reading the app ID field");
        if value.as_deref() == Some(demo::CLIENT_ID) {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the app ID field shows {value:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.type_into("grant-app-directory", "lucernepublishing.onmicrosoft.com")
        .await;
    app.screenshot("grant-app-en").await;
    app.click("grant-app-approve").await;
    app.find("grant-app-waiting").await;
    let redirect = app
        .complete_browser_sign_in(&sim, SignIn::new(demo::LUCERNE_ADMIN, demo::PASSWORD))
        .await;
    assert!(redirect.contains("admin_consent=True"), "{redirect}");
    let page = app.browser_urls().last().cloned().unwrap_or_default();
    assert!(
        page.contains("/adminconsent?") && page.contains(demo::CLIENT_ID),
        "{page}"
    );
    app.find("grant-app-done").await;
    assert!(app.text("grant-app-done").await.contains(LUCERNE));
    app.screenshot("grant-app-done-en").await;

    // 2. The admin signs in; the sign-in screen leads on to giving access.
    app.click("grant-app-continue").await;
    app.wait_for_text("screen-title", "Sign in").await;
    browser_sign_in(&app, &sim, demo::LUCERNE_ADMIN, "Lee Gu (Lucerne admin)").await;
    app.wait_for_text("continue-to-directories", "Continue to giving access →")
        .await;
    app.click("continue-to-directories").await;
    app.wait_for_text("screen-title", "Give your partner access")
        .await;
    let subs = wait_for_count(&app, "[data-testid=\"admin-subscription\"]", 2).await;
    for s in subs {
        assert_eq!(
            s.attr("data-can-grant").await.unwrap().as_deref(),
            Some("true")
        );
    }

    // 3. Sam is not in Lucerne yet: the lookup says so, and the admin invites Sam as a guest.
    partner_link_e2e::flows::find_partner(&app, demo::PARTNER_COLLEAGUE).await;
    assert_eq!(
        app.attribute("error-display", "data-error-code")
            .await
            .as_deref(),
        Some("userNotFound")
    );
    assert!(sim.invitations().is_empty());
    app.click("invite-button").await;
    app.find("partner-invited").await;
    let invitations = sim.invitations();
    assert_eq!(invitations.len(), 1, "{invitations:?}");
    let invitation = &invitations[0];
    assert_eq!(invitation.tenant_id, LUCERNE);
    assert_eq!(
        invitation.invited_user_email_address,
        demo::PARTNER_COLLEAGUE
    );
    assert_eq!(invitation.invited_by, LEE_OID);
    let sam_oid = invitation.invited_user_id.clone();
    assert!(app.text("invite-link").await.contains(&invitation.id));
    assert_eq!(
        app.attribute("partner-found", "data-principal-type")
            .await
            .as_deref(),
        Some("User")
    );

    // 4. Contributor on both subscriptions: the plan first, nothing written until the admin agrees.
    for box_ in wait_for_count(&app, "[data-testid=\"grant-subscription\"]", 2).await {
        box_.click().await.expect("choosing a subscription");
    }
    app.click("grant-check").await;
    app.find("grant-plan").await;
    let plan = app.text("grant-plan").await;
    assert!(
        plan.contains("will get the Contributor role on Lucerne Azure plan, Lucerne dev"),
        "{plan}"
    );
    assert!(plan.contains("does not link the partner ID"), "{plan}");
    app.screenshot("grant-plan-en").await;
    assert_eq!(role_writes(&sim), 0);
    app.click("grant-apply").await;
    let results = wait_for_count(&app, "[data-testid=\"grant-result\"]", 2).await;
    for r in results {
        assert_eq!(
            r.attr("data-outcome").await.unwrap().as_deref(),
            Some("created")
        );
    }
    app.screenshot("grant-done-en").await;
    let mut expected = vec![
        (
            LUCERNE_PLAN.to_owned(),
            CONTRIBUTOR.to_owned(),
            "User".to_owned(),
        ),
        (
            LUCERNE_DEV.to_owned(),
            CONTRIBUTOR.to_owned(),
            "User".to_owned(),
        ),
    ];
    expected.sort();
    assert_eq!(assignments_of(&sim, &sam_oid), expected);
    assert_eq!(role_writes(&sim), 2);

    // 5. Sam, the partner, signs in beside the admin, sees Contributor in Lucerne's review, and links.
    app.back_to("Let Microsoft know which partner helped", 8)
        .await;
    go_to_sign_in(&app).await;
    browser_sign_in(&app, &sim, demo::PARTNER_COLLEAGUE, "Sam Rivera").await;
    app.click("continue-to-directories").await;
    app.wait_for_text("screen-title", "Choose a customer's directory")
        .await;
    open_from_list(&app, LUCERNE).await;
    app.find("link-status").await;
    let roles = wait_for_count(&app, "[data-testid=\"review-role\"]", 2).await;
    for r in roles {
        assert_eq!(r.text().await.unwrap(), "Contributor");
    }
    app.type_into("partner-id-input", demo::PARTNER_ID).await;
    app.click("link-check").await;
    app.find("link-plan").await;
    app.click("link-apply").await;
    app.find("link-outcome").await;
    let link = sim
        .link_of(LUCERNE, &sam_oid)
        .filter(|l| l.state == "Active")
        .map(|l| l.partner_id);
    assert_eq!(link.as_deref(), Some(demo::PARTNER_ID));

    // 6. Back on the admin's screen with Sam's account chosen: Sam may not give roles, and is told who can.
    app.back_to("Let Microsoft know which partner helped", 8)
        .await;
    app.click("choice-grant").await;
    app.click("grant-continue").await;
    app.click("grant-app-continue").await;
    app.click("continue-to-directories").await;
    app.wait_for_text("screen-title", "Give your partner access")
        .await;
    // The account that signed in last is the one chosen.
    let chosen = app
        .text_of("[data-testid=\"grant-account\"] option:checked")
        .await;
    assert_eq!(chosen, demo::PARTNER_COLLEAGUE);
    app.click_css(&format!(
        "[data-testid=\"grant-directory\"] option[value=\"{LUCERNE}\"]"
    ))
    .await;
    app.find("admin-cannot-grant").await;
    let explained = app.text("admin-cannot-grant").await;
    assert!(
        explained.contains("Only someone with the Owner or User Access Administrator role"),
        "{explained}"
    );
    app.screenshot("grant-not-allowed-en").await;

    // 7. The admin, in privacy mode, finds Sam again and takes both roles back in one action.
    let mut chose_admin = false;
    for option in app
        .client
        .find_all(Locator::Css("[data-testid=\"grant-account\"] option"))
        .await
        .expect("the account list")
    {
        if option.text().await.unwrap_or_default() == demo::LUCERNE_ADMIN {
            option.click().await.expect("choosing the admin's account");
            chose_admin = true;
        }
    }
    assert!(chose_admin, "the admin's account is in the list");
    wait_for_count(
        &app,
        "[data-testid=\"admin-subscription\"][data-can-grant=\"true\"]",
        2,
    )
    .await;
    app.click("privacy-toggle").await;
    partner_link_e2e::flows::find_partner(&app, demo::PARTNER_COLLEAGUE).await;
    let found = app.text("partner-found").await;
    assert!(!found.contains("sam@"), "privacy mode shows {found}");
    app.click("assignments-show").await;
    wait_for_count(&app, "[data-testid=\"assignment\"]", 2).await;
    app.screenshot("grant-assignments-private-en").await;
    app.click("assignments-remove").await;
    app.click("assignments-remove-confirm").await;
    app.find("assignments-removed").await;
    app.find("assignments-none").await;
    assert_eq!(assignments_of(&sim, &sam_oid), vec![]);
    assert_eq!(role_writes(&sim), 4);
    app.click("privacy-toggle").await;

    app.assert_no_secret_leaked(&sim.issued_refresh_tokens())
        .await;
    app.close().await;
}
