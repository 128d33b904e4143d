//! `cargo xtask bench`: measures what the project promises about speed and size, and writes docs/performance.md.
//!
//! Every figure for the app is measured beside the same figure for a bare Tauri window on an empty page
//! (`xtask/baseline`), in the same run, so the app's own cost shows as a ratio and the machine's speed cancels out.
//! Times and memory are medians of several launches. Nothing here is a test: figures are recorded, not asserted.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::session::Xvfb;
use crate::util;

/// Launches of each program for the launch-time and memory medians.
const LAUNCHES: usize = 5;
/// How long a launched program is left idle before its memory is read.
const IDLE: Duration = Duration::from_secs(5);

struct Subject {
    name: &'static str,
    /// The folder holding its tauri.conf.json.
    dir: PathBuf,
    binary_name: &'static str,
    target: PathBuf,
}

#[derive(Default)]
struct Figures {
    cold_build: Option<Duration>,
    binary_bytes: u64,
    deb_bytes: u64,
    launch: Vec<Duration>,
    rss_kib: Vec<u64>,
    pss_kib: Vec<u64>,
}

pub fn run(args: &[String]) -> Result<(), String> {
    if !cfg!(target_os = "linux") {
        return Err(
            "the benchmarks read Linux's /proc and build .deb packages: run them on Linux"
                .to_owned(),
        );
    }
    let skip_cold = args.iter().any(|a| a == "--skip-cold-build");
    // Other work on the machine slows every figure; the load is recorded so a reader can tell.
    let load_at_start = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let root = util::root();
    let bench_dir = util::target_dir().join("xtask/bench");
    let subjects = [
        Subject {
            name: "Partner Link Assistant",
            dir: root.clone(),
            binary_name: "partner-link-assistant",
            target: bench_dir.join("app-target"),
        },
        Subject {
            name: "bare Tauri window (baseline)",
            dir: root.join("xtask/baseline"),
            binary_name: "bench-baseline",
            target: bench_dir.join("baseline-target"),
        },
    ];

    let mut figures: Vec<Figures> = Vec::new();
    for subject in &subjects {
        let mut f = Figures::default();
        if !skip_cold {
            let _ = std::fs::remove_dir_all(&subject.target);
        }
        eprintln!(
            "\n==> release build of {} ({})",
            subject.name,
            if skip_cold { "incremental" } else { "cold" }
        );
        let started = Instant::now();
        let mut cmd = util::tauri_cli(&root);
        cmd.current_dir(&subject.dir)
            .args(["build", "--bundles", "deb", "--ci"])
            .env("CARGO_TARGET_DIR", &subject.target);
        util::run_status(&mut cmd, "the release build")?;
        if !skip_cold {
            f.cold_build = Some(started.elapsed());
        }
        let release = subject.target.join("release");
        f.binary_bytes = file_size(&release.join(subject.binary_name))?;
        f.deb_bytes = newest_deb(&release.join("bundle/deb"))?;
        figures.push(f);
    }

    let display = match std::env::var("DISPLAY") {
        Ok(d) => (None, d),
        Err(_) => {
            let x = Xvfb::start()?;
            let d = x.display().to_owned();
            (Some(x), d)
        }
    };
    // Launches alternate between the two programs so that a slow moment of the machine touches both alike.
    for i in 0..LAUNCHES {
        for (subject, f) in subjects.iter().zip(figures.iter_mut()) {
            eprintln!("==> launch {} of {} ({})", i + 1, LAUNCHES, subject.name);
            let (launch, rss, pss) = launch_once(
                &subject.target.join("release").join(subject.binary_name),
                &display.1,
            )?;
            f.launch.push(launch);
            f.rss_kib.push(rss);
            f.pss_kib.push(pss);
        }
    }
    drop(display);

    eprintln!("\n==> simulated Azure under load");
    let sim = simulator_load(&root)?;
    eprintln!("\n==> a link through the command line, 50 ms from Azure");
    let link = bench_line(&root, "partner-link-core", "link_latency", "cli-link")?;
    eprintln!("\n==> 200 directories: one bulk run beside one at a time, 50 ms from Azure");
    let bulk = bench_line(&root, "partner-link-core", "bulk_link", "bulk-link")?;

    let load_at_end = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let load = format!(
        "load average (1, 5, 15 min) {} at the start and {} at the end",
        load_at_start
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(", "),
        load_at_end
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(", ")
    );
    let report = render(&subjects, &figures, &sim, &[&link, &bulk], skip_cold, &load);
    // Printed first, so that the figures are never lost to a failure to write the file.
    println!("{report}");
    let path = root.join("docs/performance.md");
    std::fs::create_dir_all(root.join("docs")).map_err(|e| format!("cannot create docs/: {e}"))?;
    std::fs::write(&path, &report).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    eprintln!("xtask: wrote {}", path.display());
    Ok(())
}

fn file_size(path: &Path) -> Result<u64, String> {
    std::fs::metadata(path)
        .map(|m| m.len())
        .map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn newest_deb(dir: &Path) -> Result<u64, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("no .deb folder at {}: {e}", dir.display()))?;
    entries
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "deb"))
        .filter_map(|e| e.metadata().ok().map(|m| (m.modified().ok(), m.len())))
        .max_by_key(|(modified, _)| *modified)
        .map(|(_, len)| len)
        .ok_or_else(|| format!("no .deb in {}", dir.display()))
}

/// Starts a program, waits for its page to load (it prints `page-loaded` when `TAURI_BENCH_REPORT_LOAD` is set),
/// leaves it idle, reads the memory of its whole process tree (the app and WebKit's processes), and stops it.
fn launch_once(binary: &Path, display: &str) -> Result<(Duration, u64, u64), String> {
    let home = util::TempDir::new("bench-home")?;
    let mut cmd = Command::new(binary);
    cmd.env("TAURI_BENCH_REPORT_LOAD", "1")
        .env("DISPLAY", display)
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_CACHE_HOME", home.path().join("cache"))
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
    let started = Instant::now();
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", binary.display()))?;
    let stdout = child.stdout.take().expect("stdout is piped");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if line.starts_with("page-loaded") {
                let _ = tx.send(Instant::now());
            }
        }
    });
    let loaded = rx.recv_timeout(Duration::from_secs(60));
    let result = match loaded {
        Ok(at) => {
            std::thread::sleep(IDLE);
            let (rss, pss) = tree_memory(child.id());
            Ok((at - started, rss, pss))
        }
        Err(_) => Err(format!(
            "{} did not report its page as loaded within 60 s",
            binary.display()
        )),
    };
    let _ = Command::new("kill")
        .args(["-TERM", "--", &format!("-{}", child.id())])
        .status();
    let _ = child.kill();
    let _ = child.wait();
    result
}

/// Sums Rss and Pss (KiB) over a process and all its descendants, from /proc/<pid>/smaps_rollup.
fn tree_memory(root: u32) -> (u64, u64) {
    let mut parents: Vec<(u32, u32)> = Vec::new();
    if let Ok(dir) = std::fs::read_dir("/proc") {
        for entry in dir.filter_map(|e| e.ok()) {
            let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
                continue;
            };
            let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
                continue;
            };
            // The command name in field 2 may hold spaces; the fields after its closing parenthesis do not.
            let after = stat.rsplit_once(')').map(|(_, rest)| rest).unwrap_or("");
            if let Some(ppid) = after.split_whitespace().nth(1).and_then(|p| p.parse().ok()) {
                parents.push((pid, ppid));
            }
        }
    }
    let mut tree = vec![root];
    let mut i = 0;
    while i < tree.len() {
        let parent = tree[i];
        tree.extend(
            parents
                .iter()
                .filter(|(_, pp)| *pp == parent)
                .map(|(p, _)| *p),
        );
        i += 1;
    }
    tree.iter().fold((0, 0), |(rss, pss), pid| {
        let text = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).unwrap_or_default();
        (rss + kib(&text, "Rss:"), pss + kib(&text, "Pss:"))
    })
}

fn kib(smaps: &str, field: &str) -> u64 {
    smaps
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// Runs the simulator's own load benchmark and returns its closing JSON line.
fn simulator_load(root: &Path) -> Result<serde_json::Value, String> {
    bench_line(root, "azure-sim", "load", "sim-partner-link")
}

/// Runs one `cargo bench` target and returns the JSON line it printed for `name`.
fn bench_line(
    root: &Path,
    package: &str,
    bench: &str,
    name: &str,
) -> Result<serde_json::Value, String> {
    let out = Command::new("cargo")
        .args(["bench", "--package", package, "--bench", bench])
        .current_dir(root)
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run the benchmark {package}/{bench}: {e}"))?;
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines()
        .rev()
        .find_map(|l| {
            serde_json::from_str::<serde_json::Value>(l)
                .ok()
                .filter(|v| v["bench"] == name)
        })
        .ok_or_else(|| format!("the benchmark {package}/{bench} printed no result line:\n{text}"))
}

fn median<T: Copy + Ord>(values: &[T]) -> T {
    let mut sorted = values.to_vec();
    sorted.sort();
    sorted[sorted.len() / 2]
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, v)| v.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".to_owned());
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(0);
    let mem_gib = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .map(|t| kib(&t, "MemTotal:") as f64 / 1024.0 / 1024.0)
        .unwrap_or(0.0);
    let os = std::fs::read_to_string("/etc/os-release")
        .ok()
        .and_then(|t| {
            t.lines().find_map(|l| {
                l.strip_prefix("PRETTY_NAME=")
                    .map(|v| v.trim_matches('"').to_owned())
            })
        })
        .unwrap_or_default();
    format!("{cores} cores ({cpu}), {mem_gib:.0} GiB, {os}")
}

fn render(
    subjects: &[Subject],
    figures: &[Figures],
    sim: &serde_json::Value,
    [link, bulk]: &[&serde_json::Value; 2],
    skip_cold: bool,
    load: &str,
) -> String {
    let (app, base) = (&figures[0], &figures[1]);
    let mb = |b: u64| format!("{:.1} MB", b as f64 / 1_000_000.0);
    let ms = |d: Duration| format!("{:.0} ms", d.as_secs_f64() * 1000.0);
    let mib = |k: u64| format!("{:.0} MiB", k as f64 / 1024.0);
    let ratio = |a: f64, b: f64| {
        if b > 0.0 {
            format!("{:.2}×", a / b)
        } else {
            "–".to_owned()
        }
    };
    let cold = |d: Option<Duration>| {
        d.map(|d| format!("{:.1} min", d.as_secs_f64() / 60.0))
            .unwrap_or_else(|| "not measured".to_owned())
    };
    let mut rows = Vec::new();
    rows.push(format!(
        "| cold release build (`tauri build --bundles deb`, empty target dir) | {} | {} | {} |",
        cold(app.cold_build),
        cold(base.cold_build),
        match (app.cold_build, base.cold_build) {
            (Some(a), Some(b)) => ratio(a.as_secs_f64(), b.as_secs_f64()),
            _ => "–".to_owned(),
        }
    ));
    rows.push(format!(
        "| release binary | {} | {} | {} |",
        mb(app.binary_bytes),
        mb(base.binary_bytes),
        ratio(app.binary_bytes as f64, base.binary_bytes as f64)
    ));
    rows.push(format!(
        "| .deb package | {} | {} | {} |",
        mb(app.deb_bytes),
        mb(base.deb_bytes),
        ratio(app.deb_bytes as f64, base.deb_bytes as f64)
    ));
    let (la, lb) = (median(&app.launch), median(&base.launch));
    rows.push(format!(
        "| launch to page loaded (median of {LAUNCHES}) | {} | {} | {} |",
        ms(la),
        ms(lb),
        ratio(la.as_secs_f64(), lb.as_secs_f64())
    ));
    let (ra, rb) = (median(&app.rss_kib), median(&base.rss_kib));
    rows.push(format!(
        "| idle RSS, whole process tree (median of {LAUNCHES}) | {} | {} | {} |",
        mib(ra),
        mib(rb),
        ratio(ra as f64, rb as f64)
    ));
    let (pa, pb) = (median(&app.pss_kib), median(&base.pss_kib));
    rows.push(format!(
        "| idle PSS, whole process tree (median of {LAUNCHES}) | {} | {} | {} |",
        mib(pa),
        mib(pb),
        ratio(pa as f64, pb as f64)
    ));
    format!(
        "# Performance\n\n\
Written by `cargo xtask bench`{skip}; do not edit by hand. Re-run it after a change that could matter, and commit the result.\n\n\
Machine: {machine}; {load}.\n\n\
## The app beside a bare Tauri window\n\n\
The baseline ({base_name}, `xtask/baseline`) is a Tauri window on an empty page, built with the same Tauri release and\n\
release profile, measured in the same run: it is the webview's own floor, so the ratio is the app's own cost.\n\
Launch time is from starting the process to the page's load event (reported by a hook both programs share, enabled by\n\
`TAURI_BENCH_REPORT_LOAD`); memory is read from `/proc/<pid>/smaps_rollup` for the process and every descendant\n\
(WebKit's web and network processes) after {idle} s idle, under Xvfb.\n\n\
| figure | {app_name} | baseline | ratio |\n|---|---|---|---|\n{rows}\n\n\
## Simulated Azure\n\n\
1,000 partner-link calls (link, read and change: PUT, GET and PATCH on `…/partners`) from 32 concurrent clients\n\
over HTTPS on loopback (`cargo bench -p azure-sim --bench load`): median {sim_median} ms, 95th percentile {sim_p95} ms.\n\n\
## A link from the command line\n\n\
`partner-link link --no-review` for a service principal, in-process against the simulator with {latency} ms added\n\
to every Resource Manager answer (`cargo bench -p partner-link-core --bench link_latency`, median of {runs} runs\n\
after one untimed run): {link_ms} ms wall time, {trips} HTTP round trips ({arm_trips} to Resource Manager: read\n\
the current link, write it; the rest to Entra ID for the token). With its access review (the default), the same\n\
link took {reviewed_ms} ms and {reviewed_trips} round trips ({reviewed_arm} to Resource Manager).\n\n\
## Every directory at once\n\n\
Linking every directory of a generated {bulk_dirs}-directory scenario, with {bulk_latency} ms added to every Resource\n\
Manager answer, signed in once as a person (`cargo bench -p partner-link-core --bench bulk_link`, a fresh simulator\n\
for each run): one bulk run, {bulk_concurrency} directories at a time, took {bulk_ms} ms (median of {bulk_runs} runs);\n\
one directory at a time took {sequential_ms} ms. The bulk run is **{speedup}×** faster.\n",
        skip = if skip_cold { " (with --skip-cold-build, so no cold build time)" } else { "" },
        machine = machine(),
        load = load,
        base_name = subjects[1].name,
        app_name = subjects[0].name,
        idle = IDLE.as_secs(),
        rows = rows.join("\n"),
        sim_median = sim["median_ms"],
        sim_p95 = sim["p95_ms"],
        latency = link["latency_ms"],
        runs = link["runs"],
        link_ms = link["median_ms"],
        trips = link["round_trips"],
        arm_trips = link["arm_round_trips"],
        reviewed_ms = link["reviewed_median_ms"],
        reviewed_trips = link["reviewed_round_trips"],
        reviewed_arm = link["reviewed_arm_round_trips"],
        bulk_dirs = bulk["directories"],
        bulk_latency = bulk["latency_ms"],
        bulk_concurrency = bulk["concurrency"],
        bulk_ms = bulk["bulk_ms"],
        bulk_runs = bulk["bulk_runs"],
        sequential_ms = bulk["sequential_ms"],
        speedup = bulk["speedup"],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_takes_the_middle_value() {
        assert_eq!(median(&[5, 1, 3]), 3);
        assert_eq!(median(&[4, 1, 3, 2, 100]), 3);
    }

    #[test]
    fn reads_kib_fields_from_smaps_rollup() {
        let text =
            "00400000-7ff [rollup]\nRss:              123456 kB\nPss:               65432 kB\n";
        assert_eq!(kib(text, "Rss:"), 123456);
        assert_eq!(kib(text, "Pss:"), 65432);
    }

    #[test]
    fn the_whole_tree_of_this_process_has_memory() {
        let (rss, pss) = tree_memory(std::process::id());
        assert!(rss > 0 && pss > 0 && pss <= rss);
    }
}
