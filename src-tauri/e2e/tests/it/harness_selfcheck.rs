//! The harness checks itself against the real app: a simulated Azure the test owns, a browser sign-in and a
//! device-code sign-in played from the test, the IPC capture, the keychain listing, a restart and the secret scan.
//!
//! These call the app's commands from the webview rather than through its screens, so that they check the harness
//! and keep passing while the sign-in screens change; the tests of those screens play the person through them.

use partner_link_e2e::{demo, demo_simulator, App, Launch, SignIn};
use serde_json::{json, Value};

const PRACTICE_CLOUD: &str = "Microsoft cloud: Practice (a simulated Azure)";

/// Starts a command in the webview without waiting for it, keeping its outcome under `slot` (a name no window
/// property has: `window.status`, say, turns whatever is stored into a string): a sign-in finishes
/// only once the test has played the person, so the test must be free to do that meanwhile.
async fn start_command(app: &App, slot: &str, cmd: &str, args: Value) {
    app.client
        .execute(
            "const [slot, cmd, args] = arguments; \
             window[slot] = window.__TAURI_INTERNALS__.invoke(cmd, args) \
               .then((value) => ({ ok: value === undefined ? null : value }), (error) => ({ err: error })); \
             return null;",
            vec![json!(slot), json!(cmd), args],
        )
        .await
        .unwrap_or_else(|e| panic!("starting {cmd} in the webview: {e}"));
}

/// The outcome of the command kept under `slot`, once it has finished.
async fn command_result(app: &App, slot: &str) -> Result<Value, Value> {
    let outcome = app
        .client
        .execute_async(
            "const [slot, done] = arguments; window[slot].then(done);",
            vec![json!(slot)],
        )
        .await
        .unwrap_or_else(|e| panic!("waiting for the command in {slot}: {e}"));
    match outcome.get("ok") {
        Some(ok) => Ok(ok.clone()),
        None => Err(outcome["err"].clone()),
    }
}

/// The captured IPC entries that answered `cmd`.
async fn answers_to(app: &App, cmd: &str) -> Vec<Value> {
    app.captured_ipc()
        .await
        .iter()
        .map(|entry| serde_json::from_str::<Value>(entry).expect("each entry is JSON"))
        .filter(|entry| entry["cmd"] == cmd)
        .collect()
}

#[tokio::test]
async fn a_browser_sign_in_on_the_tests_simulator_survives_a_restart_and_leaks_nothing() {
    let sim = demo_simulator().await;
    let app = App::launch(Launch::default().with_sim(&sim)).await;
    app.wait_for_text("app-cloud", PRACTICE_CLOUD).await;
    app.capture_ipc().await;

    start_command(
        &app,
        "signIn",
        "sign_in_with_browser",
        json!({ "tenant": null }),
    )
    .await;
    let redirect = app
        .complete_browser_sign_in(&sim, SignIn::new(demo::PARTNER_USER, demo::PASSWORD))
        .await;
    assert!(
        redirect.contains("code=") && !redirect.contains("error="),
        "the sign-in page redirected an error"
    );
    let account = command_result(&app, "signIn")
        .await
        .expect("the browser sign-in succeeds");
    assert_eq!(account["username"], demo::PARTNER_USER);

    // The app opened the simulator's own sign-in page, once, and asked it for a token.
    let pages = app.browser_urls();
    assert_eq!(pages.len(), 1, "{pages:?}");
    assert_eq!(app.browser_urls_opened(), 1);
    assert!(
        pages[0].starts_with(&format!("{}/", sim.login_url())),
        "{}",
        pages[0]
    );
    assert!(sim.requests().iter().any(|r| r.service == "login"
        && r.method == "POST"
        && r.path.ends_with("/oauth2/v2.0/token")
        && r.status == 200));

    // The answer was captured, and the sign-in was kept: its key in the keychain, its tokens in the sealed file.
    let answers = answers_to(&app, "sign_in_with_browser").await;
    assert_eq!(answers.len(), 1, "{answers:?}");
    assert_eq!(answers[0]["ok"], true);
    assert_eq!(answers[0]["value"]["username"], demo::PARTNER_USER);
    assert!(
        app.keychain_entries()
            .contains(&"token-cache-key".to_owned()),
        "{:?}",
        app.keychain_entries()
    );
    let cache = std::fs::metadata(app.sign_in_cache_file()).map(|m| m.len());
    assert!(
        cache.as_ref().is_ok_and(|&len| len > 0),
        "no sign-in cache at {}: {cache:?}",
        app.sign_in_cache_file().display()
    );
    app.assert_no_secret_leaked(&sim.issued_refresh_tokens())
        .await;

    let app = app.restart().await;
    app.wait_for_text("app-cloud", PRACTICE_CLOUD).await;
    app.capture_ipc().await;
    start_command(&app, "e2eSignInStatus", "sign_in_status", json!({})).await;
    let status = command_result(&app, "e2eSignInStatus")
        .await
        .expect("the sign-in status is read");
    let accounts = status["accounts"].as_array().cloned().unwrap_or_default();
    assert!(
        accounts.iter().any(|a| a["username"] == demo::PARTNER_USER),
        "the sign-in did not survive the restart: {status}"
    );
    assert_eq!(app.browser_urls_opened(), 1);
    app.assert_no_secret_leaked(&sim.issued_refresh_tokens())
        .await;
    app.close().await;
}

#[tokio::test]
async fn a_device_code_sign_in_approved_from_the_test_leaks_nothing() {
    let sim = demo_simulator().await;
    let app = App::launch(Launch::default().with_sim(&sim)).await;
    app.wait_for_text("app-cloud", PRACTICE_CLOUD).await;

    // Tauri's invoke cannot be replaced, which is why the capture hooks fetch and the callbacks instead (see
    // capture_ipc.js). Should that change, wrapping invoke itself becomes the simpler way.
    let writable = app
        .client
        .execute(
            "return Object.getOwnPropertyDescriptor(window.__TAURI_INTERNALS__, 'invoke').writable;",
            vec![],
        )
        .await
        .expect("reading invoke's property descriptor");
    assert_eq!(writable, json!(false));
    app.capture_ipc().await;
    // A second installation only reports the first.
    app.capture_ipc().await;

    start_command(
        &app,
        "start",
        "start_device_code",
        json!({ "tenant": null }),
    )
    .await;
    let prompt = command_result(&app, "start")
        .await
        .expect("a device code is given");
    let user_code = prompt["userCode"]
        .as_str()
        .expect("the prompt has a user code");
    assert!(
        prompt["verificationUri"]
            .as_str()
            .is_some_and(|uri| uri.starts_with(sim.login_url())),
        "{prompt}"
    );
    start_command(&app, "finish", "finish_device_code", json!({})).await;
    app.approve_device_code(
        &sim,
        user_code,
        SignIn::new(demo::CUSTOMER_ADMIN, demo::PASSWORD),
    );
    let account = command_result(&app, "finish")
        .await
        .expect("the device-code sign-in succeeds");
    assert_eq!(account["username"], demo::CUSTOMER_ADMIN);

    assert_eq!(app.browser_urls_opened(), 0);
    assert_eq!(answers_to(&app, "finish_device_code").await.len(), 1);
    assert!(app
        .keychain_entries()
        .contains(&"token-cache-key".to_owned()));
    app.assert_no_secret_leaked(&sim.issued_refresh_tokens())
        .await;
    app.close().await;
}
