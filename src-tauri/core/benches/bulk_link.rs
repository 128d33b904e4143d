//! Benchmark (not a test): linking every directory of a generated 200-directory scenario, with 50 ms added to
//! every Resource Manager answer, in one bulk run (16 directories at a time) and one at a time, in the same
//! process. The person is signed in once with the app's own sign-in (browser flow, played on the simulator's
//! page); each directory's token then comes from the refresh token, as in the app. Prints one JSON line:
//! `{"bench":"bulk-link","directories":200,"latency_ms":50,"concurrency":16,"bulk_ms":…,"sequential_ms":…,…}`.
//!
//! Run with `cargo bench -p partner-link-core --bench bulk_link`; `cargo xtask bench` runs it and records the
//! figures in docs/performance.md. Each timed run starts a fresh simulator, so both do the same work. The bulk
//! figure is the median of three runs; the one-at-a-time run is long (about half a minute) and runs once.

use std::sync::Arc;
use std::time::{Duration, Instant};

use azure_sim::{demo, FaultDef, FaultKind, Scenario, Service, SignIn, SimConfig, Simulator};
use partner_link_core::arm::ArmClient;
use partner_link_core::auth::{AuthClient, BrowserSignIn, Cancel, Persistence};
use partner_link_core::everywhere::{
    BulkControl, BulkItemResult, BulkJournal, BulkOutcome, BulkRun, DirectoryTarget, SharedThrottle,
};
use partner_link_core::partner_id::PartnerId;
use partner_link_core::{Cloud, Endpoints, Error, ErrorCode};

const DIRECTORIES: usize = 200;
const LATENCY_MS: u64 = 50;
const CONCURRENCY: usize = 16;
const BULK_RUNS: usize = 3;

/// Starts a fresh simulator, signs the generated scenario's user in, and links every directory with
/// `concurrency` at a time. Returns the wall time of the linking alone.
async fn one_run(concurrency: usize) -> Duration {
    let sim = Simulator::start(SimConfig::new(Scenario::generated(DIRECTORIES)))
        .await
        .expect("simulator");
    sim.add_fault(
        FaultDef::new(FaultKind::Latency)
            .service(Service::Arm)
            .latency_ms(LATENCY_MS),
    )
    .expect("latency");
    let endpoints = Endpoints::custom(
        Cloud::Practice,
        sim.login_url(),
        sim.resource_manager_url(),
        sim.graph_url(),
        Some(sim.ca_cert_pem().to_owned()),
    );
    let auth = AuthClient::new(endpoints.clone(), demo::CLIENT_ID, Persistence::SessionOnly)
        .expect("sign-in client");
    let sim = Arc::new(sim);
    let page = sim.clone();
    let account = auth
        .sign_in_browser(
            BrowserSignIn::default(),
            move |url: &str| {
                let redirect = page
                    .complete_sign_in(url, &SignIn::new(demo::PARTNER_USER, demo::PASSWORD))
                    .map_err(|e| Error::new(ErrorCode::Internal, format!("{e:?}")))?;
                tokio::spawn(async move {
                    let http = partner_link_core::http::client_builder(None)
                        .expect("builder")
                        .no_proxy()
                        .build()
                        .expect("client");
                    let _ = http.get(&redirect).send().await;
                });
                Ok(())
            },
            &Cancel::new(),
        )
        .await
        .expect("signed in");
    let targets: Vec<DirectoryTarget> = (1..=DIRECTORIES)
        .map(|i| DirectoryTarget {
            tenant_id: format!("00000000-0000-4000-a000-{i:012}"),
            name: format!("Customer {i}"),
            default_domain: None,
            account_id: account.id.clone(),
            account_name: account.username.clone(),
        })
        .collect();
    let dir = tempfile::tempdir().expect("temp dir");
    let run = BulkRun {
        partner_id: PartnerId::parse(demo::PARTNER_ID).expect("partner ID"),
        concurrency,
        journal: Arc::new(BulkJournal::new(dir.path().join("bulk.jsonl"))),
        activity_log: None,
        control: BulkControl::new(),
        throttle: SharedThrottle::new(),
    };
    let tokens = auth.token_source(&account.id);
    let arm_for = move |_: &str| ArmClient::new(&endpoints, tokens.clone());
    let start = Instant::now();
    let summary = run
        .start(targets, &arm_for, Arc::new(|_: &BulkItemResult| {}))
        .await
        .expect("the run completes");
    let took = start.elapsed();
    let linked = summary
        .results
        .iter()
        .filter(|r| matches!(r.outcome, BulkOutcome::Linked { .. }))
        .count();
    assert_eq!(linked, DIRECTORIES, "every directory linked");
    took
}

fn main() {
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let mut bulk: Vec<Duration> = Vec::new();
    for i in 0..BULK_RUNS {
        let d = rt.block_on(one_run(CONCURRENCY));
        eprintln!(
            "bulk run {} of {BULK_RUNS}: {:.0} ms",
            i + 1,
            d.as_secs_f64() * 1000.0
        );
        bulk.push(d);
    }
    bulk.sort();
    let bulk_ms = bulk[bulk.len() / 2].as_secs_f64() * 1000.0;
    let sequential = rt.block_on(one_run(1));
    let sequential_ms = sequential.as_secs_f64() * 1000.0;
    eprintln!("one at a time: {sequential_ms:.0} ms");
    println!(
        "{}",
        serde_json::json!({
            "bench": "bulk-link",
            "directories": DIRECTORIES,
            "latency_ms": LATENCY_MS,
            "concurrency": CONCURRENCY,
            "bulk_runs": BULK_RUNS,
            "bulk_ms": (bulk_ms * 10.0).round() / 10.0,
            "sequential_ms": (sequential_ms * 10.0).round() / 10.0,
            "speedup": ((sequential_ms / bulk_ms) * 10.0).round() / 10.0,
        })
    );
}
