//! Benchmark (not a test): linking every directory of a generated 200-directory scenario, with 50 ms added to
//! every Resource Manager answer, in one bulk run (16 directories at a time) and one at a time, in the same
//! process. The person is signed in once with the app's own sign-in (browser flow, played on the simulator's
//! page); each directory's token then comes from the refresh token, as in the app. Prints one JSON line:
//! `{"bench":"bulk-link","directories":200,"latency_ms":50,"concurrency":16,"bulk_ms":…,"sequential_ms":…,…}`.
//!
//! Run with `cargo bench -p partner-link-core --bench bulk_link`; `cargo xtask bench` runs it and records the
//! figures in docs/performance.md. Each timed run starts a fresh simulator, so both do the same work. The bulk
//! figure is the median of three runs; the one-at-a-time run is long (about half a minute) and runs once.
//!
//! The same scenario's overview (what the "every directory" screen shows: each directory's access review and
//! link, looked at with the app's own concurrency) is timed to its first row and to the whole, beside the bound
//! that round trips set: Resource Manager round trips per directory × latency × directories ÷ concurrency.

use std::sync::Arc;
use std::time::{Duration, Instant};

use azure_sim::{demo, FaultDef, FaultKind, Scenario, Service, SignIn, SimConfig, Simulator};
use partner_link_core::arm::ArmClient;
use partner_link_core::auth::{AuthClient, BrowserSignIn, Cancel, Persistence};
use partner_link_core::everywhere::{
    BulkControl, BulkItemResult, BulkJournal, BulkOutcome, BulkRun, DirectoryStatus,
    DirectoryTarget, SharedThrottle,
};
use partner_link_core::partner_id::PartnerId;
use partner_link_core::{Cloud, Endpoints, Error, ErrorCode};

const DIRECTORIES: usize = 200;
const LATENCY_MS: u64 = 50;
/// The app's own concurrency, for the overview and the bulk run alike.
const CONCURRENCY: usize = partner_link_core::everywhere::DEFAULT_CONCURRENCY;
const BULK_RUNS: usize = 3;

/// The Resource Manager client of an account.
type ArmFor = Box<dyn Fn(&str) -> Result<ArmClient, Error> + Send + Sync>;

/// A fresh simulator with the generated scenario's user signed in, and the targets and clients for every
/// directory.
struct SignedIn {
    sim: Arc<Simulator>,
    targets: Vec<DirectoryTarget>,
    arm_for: ArmFor,
}

async fn signed_in() -> SignedIn {
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
    let tokens = auth.token_source(&account.id);
    let arm_for = Box::new(move |_: &str| ArmClient::new(&endpoints, tokens.clone()));
    SignedIn {
        sim,
        targets,
        arm_for,
    }
}

/// Starts a fresh simulator, signs the generated scenario's user in, and links every directory with
/// `concurrency` at a time. Returns the wall time of the linking alone.
async fn one_run(concurrency: usize) -> Duration {
    // The simulator is held to the end of the run.
    let SignedIn {
        sim: _sim,
        targets,
        arm_for,
    } = signed_in().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let run = BulkRun {
        partner_id: PartnerId::parse(demo::PARTNER_ID).expect("partner ID"),
        concurrency,
        journal: Arc::new(BulkJournal::new(dir.path().join("bulk.jsonl"))),
        activity_log: None,
        control: BulkControl::new(),
        throttle: SharedThrottle::new(),
    };
    let start = Instant::now();
    let summary = run
        .start(targets, &*arm_for, Arc::new(|_: &BulkItemResult| {}))
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

/// What one overview of every directory took: to its first row, to the whole, and the Resource Manager round
/// trips it made.
struct OverviewRun {
    first_row: Duration,
    whole: Duration,
    arm_round_trips: usize,
}

/// Starts a fresh simulator, signs the user in, and looks at every directory as the overview screen does.
async fn overview_run() -> OverviewRun {
    let SignedIn {
        sim,
        targets,
        arm_for,
    } = signed_in().await;
    let before = sim.requests().len();
    let first = Arc::new(std::sync::OnceLock::new());
    let start = Instant::now();
    let seen = first.clone();
    let overview = partner_link_core::everywhere::overview(
        targets,
        CONCURRENCY,
        &*arm_for,
        Arc::new(move |_: &DirectoryStatus| {
            let _ = seen.set(start.elapsed());
        }),
    )
    .await;
    let whole = start.elapsed();
    assert_eq!(overview.directories.len(), DIRECTORIES);
    assert!(
        overview.directories.iter().all(|d| d.error.is_none()),
        "every directory was looked at"
    );
    let arm_round_trips = sim
        .requests()
        .into_iter()
        .skip(before)
        .filter(|r| r.service == "arm")
        .count();
    OverviewRun {
        first_row: *first.get().expect("a first row"),
        whole,
        arm_round_trips,
    }
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
    let mut overviews: Vec<OverviewRun> = (0..BULK_RUNS)
        .map(|i| {
            let o = rt.block_on(overview_run());
            eprintln!(
                "overview {} of {BULK_RUNS}: first row {:.0} ms, whole {:.0} ms",
                i + 1,
                o.first_row.as_secs_f64() * 1000.0,
                o.whole.as_secs_f64() * 1000.0
            );
            o
        })
        .collect();
    overviews.sort_by_key(|o| o.whole);
    let overview = &overviews[overviews.len() / 2];
    // The bound: every Resource Manager round trip waits the added latency, and no more than CONCURRENCY
    // directories are looked at at once; Entra ID's answers (the tokens) get no added latency.
    let trips_per_directory = overview.arm_round_trips as f64 / DIRECTORIES as f64;
    let bound_ms =
        trips_per_directory * LATENCY_MS as f64 * DIRECTORIES as f64 / CONCURRENCY as f64;
    let overview_ms = overview.whole.as_secs_f64() * 1000.0;
    let bulk_bound_ms = 2.0 * LATENCY_MS as f64 * DIRECTORIES as f64 / CONCURRENCY as f64;
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
            "bulk_bound_ms": bulk_bound_ms,
            "bulk_to_bound": ((bulk_ms / bulk_bound_ms) * 100.0).round() / 100.0,
            "overview_first_row_ms": (overview.first_row.as_secs_f64() * 10000.0).round() / 10.0,
            "overview_ms": (overview_ms * 10.0).round() / 10.0,
            "overview_arm_round_trips_per_directory": trips_per_directory,
            "overview_bound_ms": bound_ms,
            "overview_to_bound": ((overview_ms / bound_ms) * 100.0).round() / 100.0,
        })
    );
}
