//! Linking, changing and removing the partner ID in the real app against a simulated Azure the test owns. Each
//! test asserts what the simulator holds (the link, how many writes reached it), not only what the screen says.

use partner_link_e2e::flows::{directory_settled, open_from_list, signed_in_at_directories};
use partner_link_e2e::{azure_sim, demo, demo_simulator, App, Launch, Simulator};

/// The partner user's link in `tenant`, as the simulator holds it.
fn link_in(sim: &Simulator, tenant: &str) -> Option<String> {
    sim.link_of(tenant, &demo::partner_user_oid_in(tenant))
        .filter(|l| l.state == "Active")
        .map(|l| l.partner_id)
}

/// How many writes (PUT, PATCH, DELETE) to the partner link reached the simulator.
fn link_writes(sim: &Simulator) -> usize {
    sim.requests()
        .iter()
        .filter(|r| {
            r.path
                .to_ascii_lowercase()
                .contains("managementpartner/partners")
                && matches!(r.method.as_str(), "PUT" | "PATCH" | "DELETE")
        })
        .count()
}

/// Types an ID, asks what will happen, and checks the plan the screen shows.
async fn plan(app: &App, typed: &str, kind: &str) {
    app.type_into("partner-id-input", typed).await;
    app.click("link-check").await;
    app.find("link-plan").await;
    assert_eq!(
        app.attribute("link-plan", "data-plan-kind")
            .await
            .as_deref(),
        Some(kind)
    );
}

/// Presses the button that carries out the plan, and waits for the outcome.
async fn apply(app: &App) {
    app.click("link-apply").await;
    app.find("link-outcome").await;
}

#[tokio::test]
async fn link_then_change_then_remove_each_written_once() {
    let sim = demo_simulator().await;
    let app = App::launch(Launch::default().with_sim(&sim)).await;
    app.capture_ipc().await;
    signed_in_at_directories(&app, &sim).await;
    open_from_list(&app, demo::NORTHWIND_PAYG).await;
    app.find("link-status").await;

    // A pasted line with a label and spaces is understood; nothing is written before the person agrees.
    plan(&app, "  MPN ID: 1234567 ", "create").await;
    app.screenshot("link-plan-en").await;
    assert_eq!(link_writes(&sim), 0);
    assert_eq!(link_in(&sim, demo::NORTHWIND_PAYG), None);
    apply(&app).await;
    app.wait_for_text(
        "link-outcome-name",
        "Microsoft knows this partner ID as Contoso Partner Ltd. If that is not your organization, change the ID now.",
    )
    .await;
    app.screenshot("link-done-en").await;
    assert_eq!(
        link_in(&sim, demo::NORTHWIND_PAYG).as_deref(),
        Some(demo::PARTNER_ID)
    );
    assert_eq!(link_writes(&sim), 1);
    assert_eq!(
        app.attribute("link-status", "data-linked-partner-id")
            .await
            .as_deref(),
        Some(demo::PARTNER_ID)
    );

    // The proof is saved from what Azure holds now: a printable page and JSON with the directory, the account,
    // the partner ID and name, and the access table.
    app.click("save-proof").await;
    app.find("proof-saved").await;
    let html_path = app
        .attribute("proof-saved", "data-html-path")
        .await
        .expect("the page's path");
    let json_path = app
        .attribute("proof-saved", "data-json-path")
        .await
        .expect("the JSON's path");
    let html = std::fs::read_to_string(&html_path).expect("the printable proof");
    for expected in [
        demo::PARTNER_ID,
        "Contoso Partner Ltd",
        "Northwind Traders",
        demo::NORTHWIND_PAYG,
        demo::PARTNER_USER,
    ] {
        assert!(html.contains(expected), "the proof lacks {expected}");
    }
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json_path).expect("the JSON proof"))
            .expect("the JSON proof parses");
    assert_eq!(json["link"]["partnerId"], demo::PARTNER_ID);
    assert_eq!(json["tenantId"], demo::NORTHWIND_PAYG);
    assert!(json["access"]["subscriptions"]
        .as_array()
        .is_some_and(|s| !s.is_empty()));
    app.screenshot("link-proof-saved-en").await;

    // Privacy mode, for the screen-share: the partner ID shows only partly, the account not at all.
    app.click("privacy-toggle").await;
    app.wait_for_text(
        "link-status",
        "Linked to partner ID 12•••67 (Contoso Partner Ltd).",
    )
    .await;
    assert!(!app
        .text("directory-identity")
        .await
        .contains(demo::PARTNER_USER));
    app.screenshot("link-done-privacy-en").await;
    app.click("privacy-toggle").await;

    // Change: the screen says what changes before it does, and the button names the new ID.
    plan(&app, "2345678", "change").await;
    app.wait_for_text("link-apply", "Yes, change it to 2345678")
        .await;
    apply(&app).await;
    assert_eq!(
        link_in(&sim, demo::NORTHWIND_PAYG).as_deref(),
        Some("2345678")
    );
    assert_eq!(link_writes(&sim), 2);

    // Remove.
    app.click("unlink-check").await;
    app.find("link-plan").await;
    assert_eq!(
        app.attribute("link-plan", "data-plan-kind")
            .await
            .as_deref(),
        Some("remove")
    );
    apply(&app).await;
    assert_eq!(link_in(&sim, demo::NORTHWIND_PAYG), None);
    assert_eq!(link_writes(&sim), 3);

    // Every write is in the activity log, on disk.
    let log = std::fs::read_to_string(app.activity_log_file()).expect("the activity log");
    assert_eq!(log.lines().count(), 3, "{log}");
    app.assert_no_secret_leaked(&sim.issued_refresh_tokens())
        .await;
    app.close().await;
}

#[tokio::test]
async fn an_id_that_cannot_be_a_partner_id_is_refused_with_where_to_find_it() {
    let sim = demo_simulator().await;
    let app = App::launch(Launch::default().with_sim(&sim)).await;
    signed_in_at_directories(&app, &sim).await;
    open_from_list(&app, demo::NORTHWIND_PAYG).await;
    app.type_into("partner-id-input", "12ab").await;
    app.click("link-check").await;
    assert_eq!(
        app.attribute("error-display", "data-error-code")
            .await
            .as_deref(),
        Some("invalidPartnerId")
    );
    assert!(app.text("error-next-step").await.contains("Partner Center"));
    app.screenshot("link-invalid-id-en").await;
    assert_eq!(link_writes(&sim), 0);

    // A well-formed ID that Microsoft does not know is refused by Azure, and nothing is linked.
    plan(&app, "9999999", "create").await;
    app.click("link-apply").await;
    app.find("error-display").await;
    assert_eq!(link_in(&sim, demo::NORTHWIND_PAYG), None);
    app.close().await;
}

#[tokio::test]
async fn a_directory_already_linked_to_another_id_shows_it_and_changes_only_when_agreed() {
    let sim = demo_simulator().await;
    let app = App::launch(Launch::default().with_sim(&sim)).await;
    signed_in_at_directories(&app, &sim).await;
    open_from_list(&app, demo::RELECLOUD_LINKED).await;
    app.wait_for_text(
        "link-status",
        "Linked to partner ID 7654321 (Fourth Coffee Consulting).",
    )
    .await;
    plan(&app, demo::PARTNER_ID, "change").await;
    app.screenshot("link-change-en").await;
    // Leaving the plan alone changes nothing.
    app.click("link-cancel").await;
    assert_eq!(
        link_in(&sim, demo::RELECLOUD_LINKED).as_deref(),
        Some(demo::OTHER_PARTNER_ID)
    );
    assert_eq!(link_writes(&sim), 0);

    plan(&app, demo::PARTNER_ID, "change").await;
    apply(&app).await;
    assert_eq!(
        link_in(&sim, demo::RELECLOUD_LINKED).as_deref(),
        Some(demo::PARTNER_ID)
    );
    app.close().await;
}

#[tokio::test]
async fn throttling_is_waited_out_and_a_lost_answer_is_read_back_not_written_twice() {
    let sim = demo_simulator().await;
    let app = App::launch(Launch::default().with_sim(&sim)).await;
    signed_in_at_directories(&app, &sim).await;

    // 429 with Retry-After on the first PUT, then success.
    sim.add_fault(
        azure_sim::FaultDef::partner_link_write(azure_sim::FaultKind::Status)
            .status(429)
            .retry_after(1)
            .times(1),
    )
    .expect("the fault is accepted");
    open_from_list(&app, demo::NORTHWIND_PAYG).await;
    plan(&app, demo::PARTNER_ID, "create").await;
    apply(&app).await;
    assert_eq!(
        link_in(&sim, demo::NORTHWIND_PAYG).as_deref(),
        Some(demo::PARTNER_ID)
    );
    assert_eq!(
        link_writes(&sim),
        2,
        "one throttled PUT, one that went through"
    );

    // The connection drops after Azure applied the PUT: the app reads the link back and reports it once.
    app.click("back-button").await;
    sim.add_fault(
        azure_sim::FaultDef::partner_link_write(azure_sim::FaultKind::DropAfter).times(1),
    )
    .expect("the fault is accepted");
    open_from_list(&app, demo::FABRIKAM_EA).await;
    plan(&app, demo::PARTNER_ID, "create").await;
    let before = link_writes(&sim);
    apply(&app).await;
    app.find("link-outcome-reread").await;
    app.screenshot("link-reread-en").await;
    assert_eq!(
        link_in(&sim, demo::FABRIKAM_EA).as_deref(),
        Some(demo::PARTNER_ID)
    );
    assert_eq!(
        link_writes(&sim) - before,
        1,
        "the PUT whose answer was lost was sent again"
    );
    app.close().await;
}

#[tokio::test]
async fn a_csp_admin_on_behalf_of_session_is_explained_and_cannot_link() {
    let sim = demo_simulator().await;
    let app = App::launch(Launch::default().with_sim(&sim)).await;
    signed_in_at_directories(&app, &sim).await;
    // CSP customers are not in the account's directory list: the partner types the directory.
    app.type_into("other-directory", demo::TAILSPIN_CSP).await;
    app.click("open-other-directory").await;
    directory_settled(&app).await;
    let notes = app
        .client
        .find_all(partner_link_e2e::Locator::Css(
            "[data-testid=\"review-note\"]",
        ))
        .await
        .unwrap();
    let mut kinds = Vec::new();
    for note in notes {
        kinds.push(note.attr("data-note").await.unwrap().unwrap_or_default());
    }
    assert!(
        kinds.contains(&"cspAdminOnBehalfOf".to_owned()),
        "{kinds:?}"
    );
    // The CSP subscription is recognized as such, and DPOR never applied to it.
    let row = format!(
        "[data-testid=\"review-row\"][data-subscription-id=\"{}\"]",
        demo::subscription_of(demo::TAILSPIN_CSP)
    );
    let element = app
        .client
        .wait()
        .for_element(partner_link_e2e::Locator::Css(&row))
        .await
        .expect("the CSP subscription is reviewed");
    assert_eq!(
        element.attr("data-offer").await.unwrap().as_deref(),
        Some("csp")
    );
    let dpor = app
        .client
        .find(partner_link_e2e::Locator::Css(&format!(
            "{row} [data-testid=\"review-dpor\"]"
        )))
        .await
        .unwrap()
        .attr("data-mark")
        .await
        .unwrap();
    assert_eq!(dpor.as_deref(), Some("no"));
    app.screenshot("directory-csp-en").await;

    plan(&app, demo::PARTNER_ID, "create").await;
    app.click("link-apply").await;
    assert_eq!(
        app.attribute("error-display", "data-error-code")
            .await
            .as_deref(),
        Some("cspAdminOnBehalfOf")
    );
    assert!(sim
        .links()
        .iter()
        .all(|l| !l.tenant_id.eq_ignore_ascii_case(demo::TAILSPIN_CSP)));
    app.close().await;
}

#[tokio::test]
async fn each_kind_of_subscription_in_the_demo_gets_its_recognition_and_incentive_marks() {
    let sim = demo_simulator().await;
    let app = App::launch(Launch::default().with_sim(&sim)).await;
    signed_in_at_directories(&app, &sim).await;
    // (directory, offer, role, recognition, incentives, DPOR) as the reference's rules give them: the role decides
    // recognition (any role) and incentives (Contributor or Owner); the offer decides whether DPOR could apply (EA
    // and pay-as-you-go only). The CSP subscription is checked in the CSP test.
    let expected = [
        (demo::HOME, "partnerBenefits", "Owner", "yes", "yes", "no"),
        (
            demo::FABRIKAM_EA,
            "enterpriseAgreement",
            "Owner",
            "yes",
            "yes",
            "yes",
        ),
        (
            demo::NORTHWIND_PAYG,
            "payAsYouGo",
            "Contributor",
            "yes",
            "yes",
            "yes",
        ),
        (
            demo::WIDEWORLD_AZURE_PLAN,
            "azurePlan",
            "Contributor",
            "yes",
            "yes",
            "no",
        ),
        (
            demo::PROSEWARE_READER,
            "payAsYouGo",
            "Reader",
            "yes",
            "no",
            "yes",
        ),
    ];
    for (tenant, offer, role, recognition, incentives, dpor) in expected {
        open_from_list(&app, tenant).await;
        let row = format!(
            "[data-testid=\"review-row\"][data-subscription-id=\"{}\"]",
            demo::subscription_of(tenant)
        );
        let element = app
            .client
            .wait()
            .for_element(partner_link_e2e::Locator::Css(&row))
            .await
            .unwrap_or_else(|e| panic!("no review row for {tenant}: {e}"));
        assert_eq!(
            element.attr("data-offer").await.unwrap().as_deref(),
            Some(offer),
            "{tenant}"
        );
        let cell = |id: &str| format!("{row} [data-testid=\"{id}\"]");
        assert_eq!(app.text_of(&cell("review-role")).await, role, "{tenant}");
        let mark = |id: &'static str| {
            let css = cell(id);
            let app = &app;
            async move {
                app.client
                    .find(partner_link_e2e::Locator::Css(&css))
                    .await
                    .unwrap()
                    .attr("data-mark")
                    .await
                    .unwrap()
            }
        };
        assert_eq!(
            mark("review-recognition").await.as_deref(),
            Some(recognition),
            "{tenant}"
        );
        assert_eq!(
            mark("review-incentives").await.as_deref(),
            Some(incentives),
            "{tenant}"
        );
        assert_eq!(mark("review-dpor").await.as_deref(), Some(dpor), "{tenant}");
        if tenant == demo::PROSEWARE_READER {
            app.screenshot("directory-reader-en").await;
        }
        app.click("back-button").await;
    }

    // No role at all: the account sees no subscription, and is told linking earns nothing until it gets one.
    open_from_list(&app, demo::WOODGROVE_NO_ROLE).await;
    app.wait_for_text(
        "access-summary",
        "Your access here earns nothing yet: the account has no Azure role that counts.",
    )
    .await;
    app.screenshot("directory-no-role-en").await;
    app.click("back-button").await;

    // Conditional Access blocks the sign-in there: explained, nothing else happens.
    open_from_list(&app, demo::LITWARE_CA_BLOCK).await;
    assert_eq!(
        app.attribute("error-display", "data-error-code")
            .await
            .as_deref(),
        Some("blockedByConditionalAccess")
    );
    app.close().await;
}
