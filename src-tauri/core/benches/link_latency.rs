//! Benchmark (not a test): one link through the command line's own code against the simulated Azure with 50 ms
//! added to every Resource Manager answer, as a far-away Azure region would add. Reports the median wall time of
//! a link and how many HTTP round trips it made, then one JSON line:
//! `{"bench":"cli-link","latency_ms":50,"runs":N,"median_ms":…,"round_trips":…,"arm_round_trips":…,…}`.
//!
//! Run with `cargo bench -p partner-link-core --bench link_latency`; `cargo xtask bench` runs it and records the
//! figures in docs/performance.md. Each run links the automation service principal in one directory and unlinks it
//! afterwards (not timed), so every timed run does the same work: a token, a read of the current link, the write.
//! The first run is not counted: it pays the process's one-time costs (the TLS roots, the simulator's first token).

use std::collections::HashMap;
use std::io::Cursor;
use std::time::{Duration, Instant};

use azure_sim::{demo, FaultDef, FaultKind, Scenario, Service, SimConfig, Simulator};
use partner_link_core::cli::{self, CliEnv};

const LATENCY_MS: u64 = 50;
const RUNS: usize = 9;

fn env(sim: &Simulator, log: &std::path::Path) -> CliEnv {
    let vars: HashMap<String, String> = [
        ("PARTNER_LINK_LOGIN_URL", sim.login_url().to_owned()),
        (
            "PARTNER_LINK_ARM_URL",
            sim.resource_manager_url().to_owned(),
        ),
        (
            "PARTNER_LINK_CA_FILE",
            sim.ca_cert_path().display().to_string(),
        ),
        (
            "PARTNER_LINK_CLIENT_SECRET",
            demo::AUTOMATION_SECRET.to_owned(),
        ),
        ("PARTNER_LINK_ACTIVITY_LOG", log.display().to_string()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    CliEnv {
        vars,
        interactive: false,
        stdin: Box::new(Cursor::new(Vec::new())),
    }
}

fn run(sim: &Simulator, log: &std::path::Path, args: &[&str]) -> (i32, Duration) {
    let mut argv = vec!["partner-link".to_owned()];
    argv.extend(args.iter().map(|a| a.to_string()));
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let started = Instant::now();
    let code = cli::run_with(&argv, env(sim, log), &mut out, &mut err);
    let took = started.elapsed();
    assert_eq!(
        code,
        0,
        "partner-link {args:?} failed: {}{}",
        String::from_utf8_lossy(&out),
        String::from_utf8_lossy(&err)
    );
    (code, took)
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(|a, b| a.total_cmp(b));
    values[values.len() / 2]
}

/// Times `link_args` RUNS times (after one untimed run), unlinking between runs, and counts the requests of the
/// last timed link by service.
fn measure(sim: &Simulator, log: &std::path::Path, link_args: &[&str]) -> (f64, usize, usize) {
    let unlink = [
        "unlink",
        "--tenant",
        demo::FABRIKAM_EA,
        "--client-id",
        demo::AUTOMATION_CLIENT_ID,
        "--yes",
        "--json",
    ];
    let mut times = Vec::new();
    let mut counts = (0, 0);
    for i in 0..=RUNS {
        let before = sim.requests().len();
        let (_, took) = run(sim, log, link_args);
        let made: Vec<_> = sim.requests().into_iter().skip(before).collect();
        if i > 0 {
            times.push(took.as_secs_f64() * 1000.0);
            counts = (
                made.len(),
                made.iter().filter(|r| r.service == "arm").count(),
            );
        }
        run(sim, log, &unlink);
    }
    (median(times), counts.0, counts.1)
}

fn main() {
    // The simulator serves on this runtime's threads while the command line runs its own on the main thread.
    let rt = tokio::runtime::Runtime::new().expect("a runtime");
    let sim = rt
        .block_on(Simulator::start(SimConfig::new(Scenario::demo())))
        .expect("the simulator starts");
    sim.add_fault(
        FaultDef::new(FaultKind::Latency)
            .service(Service::Arm)
            .latency_ms(LATENCY_MS),
    )
    .expect("the latency fault");
    let dir = std::env::temp_dir().join(format!("partner-link-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let log = dir.join("activity.jsonl");

    let common = [
        "link",
        "--tenant",
        demo::FABRIKAM_EA,
        "--partner-id",
        demo::PARTNER_ID,
        "--client-id",
        demo::AUTOMATION_CLIENT_ID,
        "--json",
    ];
    let mut bare = common.to_vec();
    bare.push("--no-review");
    let (link_ms, link_trips, link_arm) = measure(&sim, &log, &bare);
    let (reviewed_ms, reviewed_trips, reviewed_arm) = measure(&sim, &log, &common);
    let _ = std::fs::remove_dir_all(&dir);

    eprintln!(
        "link (--no-review): median {link_ms:.0} ms, {link_trips} round trips ({link_arm} to Resource Manager)"
    );
    eprintln!(
        "link with its access review: median {reviewed_ms:.0} ms, {reviewed_trips} round trips ({reviewed_arm} to Resource Manager)"
    );
    println!(
        "{}",
        serde_json::json!({
            "bench": "cli-link",
            "latency_ms": LATENCY_MS,
            "runs": RUNS,
            "median_ms": (link_ms * 10.0).round() / 10.0,
            "round_trips": link_trips,
            "arm_round_trips": link_arm,
            "reviewed_median_ms": (reviewed_ms * 10.0).round() / 10.0,
            "reviewed_round_trips": reviewed_trips,
            "reviewed_arm_round_trips": reviewed_arm,
        })
    );
}
