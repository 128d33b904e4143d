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
