//! Load benchmark (not a test): 1,000 partner-link calls from 32 concurrent clients against an in-process
//! simulator on loopback. Prints the median and p95 latency, then one JSON line:
//! `{"bench":"sim-partner-link","median_ms":…,"p95_ms":…,"requests":1000,"concurrency":32}`.
//!
//! Run with `cargo bench -p azure-sim --bench load`. Each client is a distinct identity (the partner user's
//! guest account in one of 32 generated directories) with its own keep-alive HTTPS connection; the calls
//! cycle through PUT (link), GET one partner, GET the current link and PATCH (change), the mix the wizard
//! makes. Latency is measured at the client, TLS handshakes excluded by one warm-up call per client.

use azure_sim::{Scenario, SignIn, SimConfig, Simulator};
use rustls::pki_types::pem::PemObject;
use std::sync::Arc;
use std::time::{Duration, Instant};

const REQUESTS: usize = 1000;
const CONCURRENCY: usize = 32;
const CLIENT_ID: &str = azure_sim::demo::CLIENT_ID;

fn client(ca_pem: &str) -> reqwest::Client {
    let mut roots = rustls::RootCertStore::empty();
    for cert in rustls::pki_types::CertificateDer::pem_slice_iter(ca_pem.as_bytes()) {
        roots.add(cert.expect("CA parses")).expect("CA accepted");
    }
    let tls = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .expect("TLS versions")
    .with_root_certificates(roots)
    .with_no_client_auth();
    reqwest::Client::builder()
        .tls_backend_preconfigured(tls)
        .no_proxy()
        .pool_max_idle_per_host(1)
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client")
}

/// A user access token for the partner user in generated directory `i`, through a device code.
async fn token(sim: &Simulator, http: &reqwest::Client, tenant: &str) -> String {
    let dc: serde_json::Value = http
        .post(format!(
            "{}/{tenant}/oauth2/v2.0/devicecode",
            sim.login_url()
        ))
        .form(&[
            ("client_id", CLIENT_ID),
            ("scope", "https://management.azure.com/.default"),
        ])
        .send()
        .await
        .expect("devicecode")
        .json()
        .await
        .expect("json");
    sim.approve_device_code(
        dc["user_code"].as_str().unwrap_or(""),
        &SignIn::new(azure_sim::demo::PARTNER_USER, azure_sim::demo::PASSWORD),
    )
    .expect("approved");
    let code = dc["device_code"].as_str().unwrap_or("").to_string();
    let v: serde_json::Value = http
        .post(format!("{}/{tenant}/oauth2/v2.0/token", sim.login_url()))
        .form(&[
            ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
            ("client_id", CLIENT_ID),
            ("device_code", &code),
        ])
        .send()
        .await
        .expect("token")
        .json()
        .await
        .expect("json");
    v["access_token"]
        .as_str()
        .expect("access token")
        .to_string()
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let idx = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[idx.min(sorted.len() - 1)]
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        // The whole run is bounded: a stuck simulator fails the bench instead of hanging it.
        match tokio::time::timeout(Duration::from_secs(120), run()).await {
            Ok(()) => {}
            Err(_) => {
                eprintln!("benchmark did not finish within 120 s");
                std::process::exit(1);
            }
        }
    });
}

async fn run() {
    let sim = Simulator::start(SimConfig::new(Scenario::generated(CONCURRENCY)))
        .await
        .expect("simulator");
    let setup = client(sim.ca_cert_pem());
    let mut tokens = Vec::new();
    for i in 1..=CONCURRENCY {
        tokens.push(token(&sim, &setup, &format!("00000000-0000-4000-a000-{i:012}")).await);
    }
    let arm = sim.resource_manager_url().to_string();
    let start = Instant::now();
    let mut tasks = Vec::new();
    for (w, token) in tokens.into_iter().enumerate() {
        let http = client(sim.ca_cert_pem());
        let arm = arm.clone();
        let share = REQUESTS / CONCURRENCY + usize::from(w < REQUESTS % CONCURRENCY);
        tasks.push(tokio::spawn(async move {
            let api = "api-version=2018-02-01";
            // Warm-up: opens the connection (TLS handshake) outside the measurement.
            let _ = http
                .get(format!(
                    "{arm}/providers/Microsoft.ManagementPartner/partners?{api}"
                ))
                .bearer_auth(&token)
                .send()
                .await;
            let mut lat = Vec::with_capacity(share);
            for i in 0..share {
                let req = match i % 4 {
                    0 => http
                        .put(format!(
                            "{arm}/providers/Microsoft.ManagementPartner/partners/1234567?{api}"
                        ))
                        .header("content-length", "0"),
                    1 => http.get(format!(
                        "{arm}/providers/Microsoft.ManagementPartner/partners/1234567?{api}"
                    )),
                    2 => http.get(format!(
                        "{arm}/providers/Microsoft.ManagementPartner/partners?{api}"
                    )),
                    _ => http
                        .patch(format!(
                            "{arm}/providers/Microsoft.ManagementPartner/partners/1234567?{api}"
                        ))
                        .header("content-length", "0"),
                };
                let t = Instant::now();
                let r = req.bearer_auth(&token).send().await.expect("request");
                let status = r.status();
                let _ = r.bytes().await;
                lat.push(t.elapsed().as_secs_f64() * 1000.0);
                assert!(status.is_success(), "unexpected status {status}");
            }
            lat
        }));
    }
    let mut all = Vec::with_capacity(REQUESTS);
    for t in tasks {
        all.extend(t.await.expect("worker"));
    }
    let wall = start.elapsed();
    all.sort_by(|a, b| a.total_cmp(b));
    let (median, p95) = (percentile(&all, 0.5), percentile(&all, 0.95));
    println!(
        "sim-partner-link: {} requests, {} concurrent clients, {:.0} ms wall, {:.0} req/s",
        all.len(),
        CONCURRENCY,
        wall.as_secs_f64() * 1000.0,
        all.len() as f64 / wall.as_secs_f64()
    );
    println!(
        "median {median:.3} ms, p95 {p95:.3} ms, max {:.3} ms",
        all[all.len() - 1]
    );
    // Written by hand so the keys keep the documented order.
    println!(
        "{{\"bench\":\"sim-partner-link\",\"median_ms\":{median:.3},\"p95_ms\":{p95:.3},\"requests\":{},\"concurrency\":{CONCURRENCY}}}",
        all.len()
    );
    sim.shutdown().await;
}
