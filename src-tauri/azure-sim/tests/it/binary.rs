//! The `azure-sim` binary: one JSON line on stdout once it accepts connections, then it serves until killed.

use std::io::BufRead;
use std::process::{Command, Stdio};

#[tokio::test]
async fn prints_one_json_line_with_base_urls_and_the_ca_path() {
    let dir = std::env::temp_dir().join(format!("azure-sim-bin-{}", std::process::id()));
    let ca = dir.join("ca.pem");
    let mut child = Command::new(env!("CARGO_BIN_EXE_azure-sim"))
        .args(["--scenario", "demo", "--ca-out"])
        .arg(&ca)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the binary starts");
    let stdout = child.stdout.take().expect("stdout");
    let line = tokio::task::spawn_blocking(move || {
        let mut line = String::new();
        std::io::BufReader::new(stdout)
            .read_line(&mut line)
            .map(|_| line)
    })
    .await
    .unwrap()
    .unwrap();
    let v: serde_json::Value = serde_json::from_str(&line).expect("one JSON line");
    let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    assert_eq!(keys.len(), 6);
    assert!(v["browser"]
        .as_str()
        .unwrap()
        .starts_with("http://localhost:"));
    assert!(
        line.starts_with("{\"login\":\"https://localhost:") && line.contains("\"caCert\":"),
        "{line}"
    );
    for k in ["login", "resourceManager", "graph", "admin"] {
        assert!(
            v[k].as_str().unwrap().starts_with("https://localhost:"),
            "{k}"
        );
    }
    assert_eq!(
        v["caCert"].as_str().unwrap(),
        std::fs::canonicalize(&ca).unwrap().to_str().unwrap()
    );
    let pem = std::fs::read_to_string(&ca).unwrap();
    let mut roots = rustls::RootCertStore::empty();
    use rustls::pki_types::pem::PemObject;
    for c in rustls::pki_types::CertificateDer::pem_slice_iter(pem.as_bytes()) {
        roots.add(c.unwrap()).unwrap();
    }
    let tls = rustls::ClientConfig::builder_with_provider(std::sync::Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(roots)
    .with_no_client_auth();
    let http = reqwest::Client::builder()
        .tls_backend_preconfigured(tls)
        .no_proxy()
        .build()
        .unwrap();
    let health: serde_json::Value = http
        .get(format!("{}/_sim/health", v["admin"].as_str().unwrap()))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(health["status"], "ok");
    let bad = Command::new(env!("CARGO_BIN_EXE_azure-sim"))
        .args(["--scenario", "/nonexistent.toml"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("cannot read scenario file"));
    child.kill().unwrap();
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&dir);
}

/// Sends SIGTERM through `kill(1)`, because the tests have no libc binding of their own.
#[cfg(unix)]
fn terminate(child: &std::process::Child) {
    let sent = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(sent.success());
}

#[cfg(unix)]
#[tokio::test]
async fn serves_a_scenario_file_keeps_secrets_out_of_its_log_and_stops_on_sigterm() {
    use azure_sim::demo;

    let dir = std::env::temp_dir().join(format!("azure-sim-bin-file-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // A renamed directory proves the answers come from this file and not from the built-in demo.
    let scenario = dir.join("renamed.toml");
    std::fs::write(
        &scenario,
        azure_sim::Scenario::demo_toml().replacen(
            "name = \"Fabrikam\"",
            "name = \"Fabrikam from a file\"",
            1,
        ),
    )
    .unwrap();
    let log = dir.join("stderr.log");
    let mut child = Command::new(env!("CARGO_BIN_EXE_azure-sim"))
        .arg("--scenario")
        .arg(&scenario)
        .env("RUST_LOG", "info")
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .expect("the binary starts");
    let stdout = child.stdout.take().expect("stdout");
    let (line, mut rest) = tokio::task::spawn_blocking(move || {
        let mut reader = std::io::BufReader::new(stdout);
        let mut line = String::new();
        reader.read_line(&mut line).map(|_| (line, reader))
    })
    .await
    .unwrap()
    .unwrap();
    let v: serde_json::Value = serde_json::from_str(&line).expect("one JSON line");
    let url = |k: &str| v[k].as_str().unwrap().to_string();
    let pem = std::fs::read_to_string(url("caCert")).unwrap();
    let http = crate::common::client_for(&pem);

    let token: serde_json::Value = http
        .post(format!(
            "{}/{}/oauth2/v2.0/token",
            url("login"),
            demo::FABRIKAM_EA
        ))
        .form(&[
            ("grant_type", "client_credentials"),
            ("client_id", demo::AUTOMATION_CLIENT_ID),
            ("client_secret", demo::AUTOMATION_SECRET),
            ("scope", crate::common::ARM_SCOPE),
        ])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let access = token["access_token"].as_str().expect("a token").to_string();
    let tenants: serde_json::Value = http
        .get(format!(
            "{}/tenants?api-version=2022-12-01",
            url("resourceManager")
        ))
        .bearer_auth(&access)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let fabrikam = tenants["value"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["tenantId"] == demo::FABRIKAM_EA)
        .expect("Fabrikam is listed");
    assert_eq!(fabrikam["displayName"], "Fabrikam from a file");

    terminate(&child);
    let status = tokio::task::spawn_blocking(move || child.wait())
        .await
        .unwrap()
        .unwrap();
    assert!(status.success(), "SIGTERM is a clean stop: {status}");
    let mut after = String::new();
    std::io::Read::read_to_string(&mut rest, &mut after).unwrap();
    assert_eq!(after, "", "nothing but the one JSON line reaches stdout");

    let logged = std::fs::read_to_string(&log).unwrap();
    assert!(
        logged.contains("/oauth2/v2.0/token") && logged.contains("/tenants"),
        "every request is logged on stderr: {logged}"
    );
    for secret in [demo::AUTOMATION_SECRET, access.as_str(), "api-version"] {
        assert!(!logged.contains(secret), "stderr holds {secret}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_arguments_exit_with_status_2_and_say_why() {
    for (args, reason) in [
        (&["--ports", "1,2"][..], "--ports needs four"),
        (&["--scenario", "generated:99999"][..], "generated:N"),
        (&["--frobnicate"][..], "unexpected argument"),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_azure-sim"))
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(reason),
            "{args:?}"
        );
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}
