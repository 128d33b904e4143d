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

/// Plays the person on practice mode's own sign-in pages (the in-app simulator's plain-HTTP browser mirror), as
/// their browser would: opens the page the app asked for, fills in the account and password, answers the MFA and
/// consent steps if they come, and follows the redirect back to the app. Returns the sign-in page's HTML, so a
/// test can check what the person was told there.
pub async fn sign_in_on_practice_pages(app: &App, username: &str, password: &str) -> String {
    let url = app.next_browser_url(Duration::from_secs(30)).await;
    let (status, first_page) = crate::http_get(&url)
        .await
        .unwrap_or_else(|e| panic!("opening the practice sign-in page {url}: {e}"));
    assert_eq!(status, 200, "the practice sign-in page {url}: {first_page}");
    let origin = {
        let rest = url.strip_prefix("http://").expect("a plain-HTTP page");
        format!("http://{}", &rest[..rest.find('/').unwrap_or(rest.len())])
    };
    let mut page = first_page.clone();
    let mut fields = vec![("username", username), ("password", password)];
    for _ in 0..4 {
        let txn = hidden_field(&page, "txn")
            .unwrap_or_else(|| panic!("the practice page has no sign-in form: {page}"));
        let mut form = vec![("txn", txn.as_str())];
        form.extend(fields.iter().copied());
        let (status, location, body) =
            crate::http_post_form(&format!("{origin}/common/login"), &form)
                .await
                .expect("submitting the practice sign-in form");
        if let Some(location) = location.filter(|_| (300..400).contains(&status)) {
            let (status, answer) = crate::http_get(&location)
                .await
                .unwrap_or_else(|e| panic!("following the redirect to {location}: {e}"));
            assert_eq!(status, 200, "the app's listener answered {answer}");
            return first_page;
        }
        fields = if body.contains("name=\"mfa_code\"") {
            vec![("mfa_code", demo::MFA_CODE)]
        } else if body.contains("name=\"consent\"") {
            vec![("consent", "accept")]
        } else {
            panic!("the practice sign-in stopped at {body}");
        };
        page = body;
    }
    panic!("the practice sign-in did not finish: {page}");
}

/// The value of a hidden `<input name=…>` on a page.
fn hidden_field(page: &str, name: &str) -> Option<String> {
    let at = page.find(&format!("name=\"{name}\" value=\""))?;
    let rest = &page[at + name.len() + 15..];
    Some(rest[..rest.find('"')?].to_owned())
}

/// On the customer admin's screen, looks the partner up by what is pasted (an email, a sign-in name or an
/// application ID) and waits for the answer: the partner found, or the lookup's error. Returns that answer's
/// `data-testid` (`partner-found` or `error-display`) and its text. Pasted rather than typed, as people do with
/// addresses, and because WebKitWebDriver types "@" as "2" under the zh_TW keyboard map.
pub async fn find_partner(app: &App, query: &str) -> (String, String) {
    app.paste_into("partner-query", query).await;
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
    (
        answer
            .attr("data-testid")
            .await
            .unwrap()
            .unwrap_or_default(),
        answer.text().await.unwrap_or_default(),
    )
}
