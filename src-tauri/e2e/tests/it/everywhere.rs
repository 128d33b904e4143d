//! Every directory at once, in the real app against a generated scenario of 200 customer directories, with 50 ms
//! added to every Resource Manager answer and 2% of link reads and writes refused (429 and 503, Retry-After 1):
//! the overview fills in, a bulk run links every directory exactly once, and a run killed midway resumes after a
//! restart without linking any directory twice or missing one. The simulator's links and its log of answered
//! writes are the judge.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use partner_link_e2e::flows::signed_in_at_directories;
use partner_link_e2e::{azure_sim, demo, App, Launch, Locator, Simulator};

const CUSTOMERS: usize = 200;
/// The generated scenario's partner user is also a member of its home directory, which the overview lists too.
const DIRECTORIES: usize = CUSTOMERS + 1;

async fn generated(latency_ms: u64) -> Simulator {
    let sim = Simulator::start(azure_sim::SimConfig::new(azure_sim::Scenario::generated(
        CUSTOMERS,
    )))
    .await
    .expect("starting the simulated Azure");
    let fault = |kind, method: Option<&str>, status: Option<u16>, every: Option<u32>, latency| {
        let mut f = azure_sim::FaultDef::new(kind)
            .service(azure_sim::Service::Arm)
            .status(status)
            .retry_after(status.map(|_| 1))
            .latency_ms(latency)
            .every(every);
        if let Some(method) = method {
            f = f.method(method);
        }
        if status.is_some() {
            f = f.path_contains("managementpartner/partners");
        }
        f
    };
    sim.add_fault(fault(
        azure_sim::FaultKind::Latency,
        None,
        None,
        None,
        Some(latency_ms),
    ))
    .unwrap();
    // 2% of the link reads are throttled and 2% of the link writes find Azure unavailable.
    sim.add_fault(fault(
        azure_sim::FaultKind::Status,
        Some("GET"),
        Some(429),
        Some(50),
        None,
    ))
    .unwrap();
    sim.add_fault(fault(
        azure_sim::FaultKind::Status,
        Some("PUT"),
        Some(503),
        Some(50),
        None,
    ))
    .unwrap();
    sim
}

/// Writes of a link that Azure answered as done.
fn applied_writes(sim: &Simulator) -> usize {
    sim.requests()
        .iter()
        .filter(|r| {
            r.method == "PUT"
                && r.path
                    .to_ascii_lowercase()
                    .contains("managementpartner/partners")
                && (200..300).contains(&r.status)
        })
        .count()
}

/// Active links to the partner ID per directory.
fn links_per_directory(sim: &Simulator) -> HashMap<String, usize> {
    let mut per = HashMap::new();
    for l in sim.links() {
        if l.partner_id == demo::PARTNER_ID && l.state == "Active" {
            *per.entry(l.tenant_id).or_insert(0) += 1;
        }
    }
    per
}

fn assert_all_linked_once(sim: &Simulator) {
    let per = links_per_directory(sim);
    assert_eq!(per.len(), DIRECTORIES, "every directory has the link");
    assert!(per.values().all(|n| *n == 1));
    assert_eq!(
        applied_writes(sim),
        DIRECTORIES,
        "exactly one accepted write per directory"
    );
}

/// Waits (up to `limit`) for an element, with a longer patience than the harness's default.
async fn wait_for(app: &App, test_id: &str, limit: Duration) {
    app.client
        .wait()
        .at_most(limit)
        .for_element(Locator::Css(&format!("[data-testid=\"{test_id}\"]")))
        .await
        .unwrap_or_else(|e| panic!("no data-testid={test_id} within {limit:?}: {e}"));
}

async fn open_overview(app: &App) {
    app.click("open-overview").await;
    app.wait_for_text("screen-title", "Every directory at once")
        .await;
}

async fn start_run(app: &App) {
    app.click("choose-unlinked").await;
    app.type_into("bulk-partner-id", demo::PARTNER_ID).await;
    app.wait_for_text(
        "bulk-start",
        &format!("Link in the {DIRECTORIES} chosen directories"),
    )
    .await;
    app.click("bulk-start").await;
    wait_for(app, "bulk-run", Duration::from_secs(10)).await;
}

async fn done_count(app: &App) -> usize {
    app.attribute("bulk-counts", "data-done")
        .await
        .and_then(|d| d.parse().ok())
        .unwrap_or(0)
}

#[tokio::test]
async fn two_hundred_directories_through_throttling_each_linked_exactly_once() {
    let sim = generated(50).await;
    let app = App::launch(Launch::default().with_sim(&sim)).await;
    // Every IPC answer of the overview, the bulk run and the reports is kept, for the leak scan at the end.
    app.capture_ipc().await;
    signed_in_at_directories(&app, &sim).await;
    open_overview(&app).await;
    // The overview fills in progressively, then says how many are linked.
    wait_for(&app, "overview-as-of", Duration::from_secs(120)).await;
    assert_eq!(
        app.text("overview-as-of").await.split(": ").nth(1),
        Some(format!("linked in 0 of {DIRECTORIES} directories.").as_str())
    );
    let rows = app
        .client
        .find_all(Locator::Css("[data-testid=\"overview-row\"]"))
        .await
        .unwrap();
    assert_eq!(rows.len(), DIRECTORIES);
    app.screenshot("overview-en").await;

    start_run(&app).await;
    wait_for(&app, "bulk-finished", Duration::from_secs(300)).await;
    app.screenshot("overview-bulk-done-en").await;
    assert_all_linked_once(&sim);
    assert!(
        app.text("bulk-counts")
            .await
            .contains(&format!("linked {DIRECTORIES}")),
        "{}",
        app.text("bulk-counts").await
    );
    // The faults were met: the run was throttled and the app waited.
    app.find("bulk-throttled").await;

    // After the run the overview is read from Azure again and shows every link.
    let start = Instant::now();
    loop {
        let linked = app
            .client
            .find_all(Locator::Css(&format!(
                "[data-testid=\"overview-row\"][data-linked-partner-id=\"{}\"]",
                demo::PARTNER_ID
            )))
            .await
            .unwrap()
            .len();
        if linked == DIRECTORIES {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "{linked} rows show the link"
        );
        tokio::time::sleep(Duration::from_millis(500)).await;
    }

    // The report: a CSV with one row per directory, saved in the proofs folder.
    app.click("export-csv").await;
    let path = app
        .attribute("export-saved", "data-path")
        .await
        .expect("the saved file's path");
    let csv = std::fs::read_to_string(&path).expect("the CSV file");
    assert_eq!(csv.lines().count(), DIRECTORIES + 1);
    assert_eq!(
        csv.lines()
            .filter(|l| l.contains(&format!(",{},", demo::PARTNER_ID)))
            .count(),
        DIRECTORIES
    );
    // The other two reports, then a scan of everything the flows wrote or answered (the saved overview, the
    // bulk journal, the activity log, the three reports, stderr and IPC) for any token or secret.
    let mut reports = vec![path.clone()];
    for format in ["json", "html"] {
        app.click(&format!("export-{format}")).await;
        let start = Instant::now();
        let saved = loop {
            let path = app
                .attribute("export-saved", "data-path")
                .await
                .unwrap_or_default();
            if path.ends_with(&format!(".{format}")) {
                break path;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "no {format} report saved"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        };
        assert!(
            std::fs::metadata(&saved).is_ok_and(|m| m.len() > 0),
            "{saved}"
        );
        reports.push(saved);
    }
    // The scan must look where the flows wrote: each report, the journal and the saved overview.
    let scanned: Vec<String> = app
        .secret_haystacks()
        .await
        .into_iter()
        .map(|(name, _)| name)
        .collect();
    let file_name = |p: &str| {
        std::path::Path::new(p)
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned()
    };
    for wanted in reports
        .iter()
        .map(|r| file_name(r))
        .chain(["bulk-journal.jsonl".into(), "overview.json".into()])
    {
        assert!(
            scanned.iter().any(|n| n.ends_with(&wanted)),
            "{wanted} is not scanned: {scanned:?}"
        );
    }
    app.assert_no_secret_leaked(&sim.issued_refresh_tokens())
        .await;
    app.close().await;
}

#[tokio::test]
async fn a_run_killed_midway_resumes_after_a_restart_without_doing_any_directory_twice() {
    // Slower answers, so that the run is surely midway when the app is killed.
    let sim = generated(150).await;
    let app = App::launch(Launch::default().with_sim(&sim)).await;
    signed_in_at_directories(&app, &sim).await;
    open_overview(&app).await;
    wait_for(&app, "overview-as-of", Duration::from_secs(180)).await;
    start_run(&app).await;
    let start = Instant::now();
    while done_count(&app).await < 40 {
        assert!(start.elapsed() < Duration::from_secs(120), "the run stalls");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let app = app.crash_and_restart().await;
    let at_kill = applied_writes(&sim);
    assert!(
        (40..DIRECTORIES).contains(&at_kill),
        "killed midway: {at_kill} writes done"
    );

    // Signed in still; the overview opens from its saved copy and offers to continue the run.
    app.wait_for_text("screen-title", "Let Microsoft know which partner helped")
        .await;
    app.click("choice-link").await;
    app.click("link-continue").await;
    app.click("continue-to-directories").await;
    open_overview(&app).await;
    wait_for(&app, "bulk-interrupted", Duration::from_secs(20)).await;
    let offer = app.text("bulk-interrupted").await;
    assert!(
        offer.contains(&format!("of {DIRECTORIES} directories are left")),
        "{offer}"
    );
    app.screenshot("overview-interrupted-en").await;
    app.click("bulk-resume").await;
    wait_for(&app, "bulk-finished", Duration::from_secs(300)).await;
    assert_all_linked_once(&sim);
    app.close().await;
}
