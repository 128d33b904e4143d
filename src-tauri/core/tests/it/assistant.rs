//! The `Assistant` as the app drives it, against a simulator over real HTTPS: a person signed in with a device
//! code, the overview of every directory, and a bulk run in the background while the sign-in changes under it.

use std::time::{Duration, Instant};

use azure_sim::{demo, FaultDef, FaultKind, Scenario, SignIn, SimConfig, Simulator};
use partner_link_core::assistant::{Assistant, Folders, Options};
use partner_link_core::everywhere::BulkOutcome;
use partner_link_core::ErrorCode;

const ALEX: &str = "alex@contosopartner.onmicrosoft.com";

struct Running {
    sim: Simulator,
    assistant: Assistant,
    _dir: tempfile::TempDir,
}

/// Alex, a guest in `n` customer directories, signed in (for this session only: nothing is kept) with a device
/// code, and the overview of every directory made.
async fn signed_in_with_overview(n: usize) -> Running {
    let mut scenario = Scenario::generated(n);
    scenario.settings.device_code_interval_secs = 1;
    let sim = Simulator::start(SimConfig::new(scenario)).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let assistant = Assistant::new(
        crate::common::endpoints_of(&sim),
        Folders {
            config: dir.path().join("config"),
            data: dir.path().join("data"),
            proofs: dir.path().join("proofs"),
        },
        Options {
            fixed_client_id: Some(demo::CLIENT_ID.into()),
            ..Options::default()
        },
    );
    assistant.use_session_only().await.unwrap();
    let prompt = assistant.start_device_code(None).await.unwrap();
    sim.approve_device_code(&prompt.user_code, &SignIn::new(ALEX, demo::PASSWORD))
        .unwrap();
    assistant.finish_device_code().await.unwrap();
    assistant.refresh_overview().await.unwrap();
    wait_until(|| !assistant.overview_status().running).await;
    // The customers' directories and Alex's home directory.
    assert_eq!(assistant.overview_status().directories.len(), n + 1);
    Running {
        sim,
        assistant,
        _dir: dir,
    }
}

async fn wait_until(done: impl Fn() -> bool) {
    let started = Instant::now();
    while !done() {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "gave up waiting"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// A sign-in revoked in the middle of a bulk run (the person's password changed, an admin revoked sessions)
/// leaves the directories not yet done waiting for a new sign-in, never "Failed"; and while the run goes on,
/// nothing may open a second sign-in state beside the one it uses.
#[tokio::test]
async fn a_sign_in_revoked_mid_run_queues_the_rest_for_sign_in_and_nothing_changes_the_sign_in_meanwhile(
) {
    let r = signed_in_with_overview(48).await;
    // Each link takes a moment, so the run is still going when the sign-in is revoked.
    r.sim
        .add_fault(FaultDef::partner_links(FaultKind::Latency).latency_ms(150))
        .unwrap();
    let tenants: Vec<String> = r
        .assistant
        .overview_status()
        .directories
        .iter()
        .map(|d| d.target.tenant_id.clone())
        .collect();
    r.assistant
        .start_bulk_link("1234567", &tenants)
        .await
        .unwrap();
    wait_until(|| r.assistant.bulk_status().results.len() >= 4).await;

    // While it runs, the way the app signs in cannot change: each of these would open a second sign-in client.
    for refused in [
        r.assistant.set_sign_in_app(demo::CLIENT_ID).await.err(),
        r.assistant.retry_keychain().await.err(),
        r.assistant.start_over().await.err(),
        r.assistant.forget_everything().await.err(),
        r.assistant.use_session_only().await.err(),
    ] {
        assert_eq!(
            refused.map(|e| e.code),
            Some(ErrorCode::RunInProgress),
            "changing the sign-in during a run must be refused"
        );
    }

    // Nor is an update installed meanwhile: installing restarts the app, which would cut the run off.
    assert_eq!(
        r.assistant.may_install_update().err().map(|e| e.code),
        Some(ErrorCode::UpdateMustWait)
    );

    r.sim.revoke_refresh_tokens(None);
    r.sim.expire_access_tokens();
    wait_until(|| !r.assistant.bulk_status().running).await;
    let results = r.assistant.bulk_status().results;
    assert_eq!(results.len(), tenants.len());
    let linked = results
        .iter()
        .filter(|x| matches!(x.outcome, BulkOutcome::Linked { .. }))
        .count();
    let waiting = results
        .iter()
        .filter(|x| matches!(x.outcome, BulkOutcome::NeedsSignIn { .. }))
        .count();
    assert!(
        linked >= 4 && waiting >= 1,
        "linked {linked}, waiting {waiting}"
    );
    assert_eq!(
        linked + waiting,
        tenants.len(),
        "every directory is linked or waits for a sign-in: {results:?}"
    );
    // Linked directories were written once each; the others not at all.
    assert_eq!(
        r.sim.links().iter().filter(|l| l.state == "Active").count(),
        linked
    );
    // After the run, the sign-in can change again, and an update may be installed.
    assert!(r.assistant.retry_keychain().await.is_ok());
    assert!(r.assistant.may_install_update().is_ok());
}

/// A single link being written also holds an update back, until its answer is in.
#[tokio::test]
async fn no_update_is_installed_while_a_link_is_being_written() {
    let r = std::sync::Arc::new(signed_in_with_overview(2).await);
    r.sim
        .add_fault(FaultDef::partner_link_write(FaultKind::Latency).latency_ms(800))
        .unwrap();
    let account = r.assistant.sign_in_status().await.accounts[0].id.clone();
    let tenant = r.assistant.overview_status().directories[0]
        .target
        .tenant_id
        .clone();
    let plan = r
        .assistant
        .plan_link(&account, &tenant, "1234567")
        .await
        .unwrap();
    assert!(r.assistant.may_install_update().is_ok());
    let writer = {
        let r = r.clone();
        tokio::spawn(async move { r.assistant.apply_link(&account, &plan, false).await })
    };
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        r.assistant.may_install_update().err().map(|e| e.code),
        Some(ErrorCode::UpdateMustWait)
    );
    writer.await.unwrap().unwrap();
    assert!(r.assistant.may_install_update().is_ok());
}
