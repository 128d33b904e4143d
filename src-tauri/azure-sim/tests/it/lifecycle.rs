//! Starting several simulators side by side, and stopping them.

use crate::common::*;
use azure_sim::{Scenario, SimConfig, Simulator};

#[tokio::test]
async fn simulators_run_side_by_side_and_stop_cleanly() {
    let a = start().await;
    let b = Simulator::start(SimConfig::new(Scenario::generated(3)).with_ca_out(
        std::env::temp_dir().join(format!("azure-sim-life-{}/ca.pem", std::process::id())),
    ))
    .await
    .unwrap();
    assert_ne!(a.sim.login_url(), b.login_url());
    assert_ne!(
        a.sim.ca_cert_pem(),
        b.ca_cert_pem(),
        "each start has its own CA"
    );
    assert!(b.ca_cert_path().exists());
    let health = format!("{}/_sim/health", a.sim.admin_url());
    assert_eq!(a.http.get(&health).send().await.unwrap().status(), 200);
    // A client trusting b's CA cannot talk to a: the CA really is per simulator.
    let other = client_for(b.ca_cert_pem());
    assert!(other.get(&health).send().await.is_err());

    let temp_ca = a.sim.ca_cert_path().to_path_buf();
    assert!(temp_ca.exists());
    let Ctx { sim, http } = a;
    sim.shutdown().await;
    assert!(
        http.get(&health).send().await.is_err(),
        "nothing listens after shutdown"
    );
    assert!(!temp_ca.exists(), "the temporary CA file is removed");
    let b_path = b.ca_cert_path().to_path_buf();
    drop(b);
    assert!(b_path.exists(), "a CA written where the caller asked stays");
    let _ = std::fs::remove_dir_all(b_path.parent().unwrap());
}

/// Practice mode's simulator serves Entra ID, Resource Manager, Graph and the sign-in pages, and nothing else:
/// with the admin API left out, no port answers `/_sim/`, so no local program can change its state.
#[tokio::test]
async fn without_its_admin_api_no_port_answers_admin_requests() {
    let with = start().await;
    assert_eq!(with.sim.listening_ports().len(), 5);
    let sim = Simulator::start(SimConfig::new(Scenario::demo()).without_admin_api())
        .await
        .unwrap();
    assert!(!sim.has_admin_api());
    let ports = sim.listening_ports();
    assert_eq!(ports.len(), 4, "{ports:?}");
    let http = client_for(sim.ca_cert_pem());
    for port in ports {
        // Every port speaks TLS but one (the plain-HTTP sign-in pages); neither answers an admin request.
        for scheme in ["https", "http"] {
            let url = format!("{scheme}://localhost:{port}/_sim/state");
            if let Ok(answer) = http.get(&url).send().await {
                assert_ne!(answer.status(), 200, "{url} answered an admin request");
            }
        }
    }
    // The services themselves still work.
    let metadata = format!(
        "{}/common/v2.0/.well-known/openid-configuration",
        sim.login_url()
    );
    assert_eq!(http.get(&metadata).send().await.unwrap().status(), 200);
}
