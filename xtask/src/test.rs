//! `cargo xtask test`: every check and test the project has, in one run, ending with one line
//! `N passed, N failed` that sums every stage. Stages keep going after a failure so that one run shows everything
//! that is wrong; the exit status is non-zero if anything failed.

use std::path::Path;
use std::process::Command;

use crate::session::{KeyringSession, Xvfb};
use crate::util::{self, run_tee};

/// The result of one stage: how many tests (or checks) passed and failed in it.
struct Outcome {
    stage: &'static str,
    passed: u64,
    failed: u64,
    /// Wall time of the stage, for the summary (and the performance record).
    seconds: f64,
}

impl Outcome {
    fn new(stage: &'static str, passed: u64, failed: u64) -> Outcome {
        Outcome {
            stage,
            passed,
            failed,
            seconds: 0.0,
        }
    }
}

/// Runs a stage and records how long it took.
fn timed(stage: impl FnOnce() -> Outcome) -> Outcome {
    let started = std::time::Instant::now();
    let mut outcome = stage();
    outcome.seconds = started.elapsed().as_secs_f64();
    outcome
}

/// Whether the workspace was never built into this target folder (a fresh clone on a fresh machine): then this
/// run's stage times are the cold ones.
pub fn nothing_built_yet() -> bool {
    !built_app().exists()
}

/// Where the last run's stage times are kept for `cargo xtask bench`, one file for a cold run and one for a warm.
pub fn stage_record(cold: bool) -> std::path::PathBuf {
    util::target_dir().join(format!(
        "xtask/test-stages-{}.json",
        if cold { "cold" } else { "warm" }
    ))
}

/// Runs stages that report several outcomes; the time of the whole goes to the last of them.
fn timed_stages(stages: impl FnOnce() -> Vec<Outcome>) -> Vec<Outcome> {
    let started = std::time::Instant::now();
    let mut outcomes = stages();
    if let Some(last) = outcomes.last_mut() {
        last.seconds = started.elapsed().as_secs_f64();
    }
    outcomes
}

pub fn run_all(cold: bool, prerequisites: std::time::Duration) -> Result<(), String> {
    let root = util::root();
    let ui = root.join("ui");
    let started = std::time::Instant::now();
    let mut outcomes = Vec::new();
    outcomes.push(Outcome {
        seconds: prerequisites.as_secs_f64(),
        ..Outcome::new("prerequisites (apt, npm, pip)", 0, 0)
    });

    // The app embeds the built UI at compile time, so the UI is built before any Rust target.
    outcomes.push(timed(|| {
        check(
            "UI build",
            util::npm().args(["run", "build"]).current_dir(&ui),
        )
    }));
    outcomes.push(timed(|| {
        check(
            "cargo fmt",
            Command::new("cargo")
                .args(["fmt", "--all", "--", "--check"])
                .current_dir(&root),
        )
    }));
    outcomes.push(timed(|| {
        check(
            "cargo clippy",
            Command::new("cargo")
                .args(["clippy", "--workspace", "--all-targets"])
                .args(APP_FEATURES)
                .args(["--", "-D", "warnings"])
                .current_dir(&root),
        )
    }));

    // Rust tests run inside a private D-Bus session with a real, unlocked Secret Service (gnome-keyring), so the
    // keychain code is tested against the real thing without touching the developer's own keyring.
    let keyring = if cfg!(target_os = "linux") {
        match KeyringSession::start() {
            Ok(session) => Some(session),
            Err(e) => {
                outcomes.push(Outcome::new("keyring session", 0, 1));
                eprintln!("xtask: {e}");
                None
            }
        }
    } else {
        None
    };
    let keyring_env: Vec<(String, String)> = keyring
        .as_ref()
        .map(|k| k.env().to_vec())
        .unwrap_or_default();

    // The whole workspace is built in one go, the end-to-end crate included, so every dependency is compiled
    // once with one set of features; the end-to-end tests are only filtered out here and run in their stage.
    let mut nextest = Command::new("cargo");
    nextest
        .args(NEXTEST_WORKSPACE)
        .args(["-E", &format!("not package({E2E_CRATE})")])
        .envs(keyring_env.iter().map(|(k, v)| (k, v)))
        .current_dir(&root);
    outcomes.push(timed(|| counted("Rust tests", &mut nextest, parse_nextest)));
    outcomes.push(timed(|| {
        counted(
            "Rust doc tests",
            Command::new("cargo")
                .args(["test", "--workspace", "--doc"])
                .args(APP_FEATURES)
                .current_dir(&root),
            parse_libtest,
        )
    }));

    // Every binary (the app with its UI embedded, the simulator) comes from the build above; this stage only
    // confirms they are there and fresh, so the stages below run exactly what the tests were built with.
    let binaries = timed(|| build_binaries(&root));
    let binaries_ok = binaries.failed == 0;
    outcomes.push(binaries);

    let clients = root.join("src-tauri/azure-sim/tests/clients");
    outcomes.push(timed(|| {
        if binaries_ok {
            simulator_client_tests(&root, &clients)
        } else {
            Outcome::new("simulator vs Microsoft clients (not built)", 0, 1)
        }
    }));

    outcomes.push(timed(|| {
        check(
            "svelte-check",
            util::npm().args(["run", "check"]).current_dir(&ui),
        )
    }));
    outcomes.push(timed(|| {
        check(
            "UI lint",
            util::npm().args(["run", "lint"]).current_dir(&ui),
        )
    }));
    outcomes.push(timed(|| vitest(&ui)));
    outcomes.push(timed(|| {
        banner("supply chain");
        let found = crate::supply::run(&root);
        Outcome::new("supply chain", found.passed, found.failed)
    }));

    if binaries_ok {
        outcomes.extend(timed_stages(|| end_to_end(&root, &keyring_env)));
        outcomes.extend(timed_stages(|| installer_stage(&root, &keyring_env)));
    } else {
        outcomes.push(Outcome::new("end-to-end (app not built)", 0, 1));
    }
    drop(keyring);
    outcomes.push(timed(|| generated_files_unchanged(&root)));

    println!();
    println!("Stages:");
    for o in &outcomes {
        println!(
            "  {:<32} {:>5} passed {:>5} failed {:>7.1} s",
            o.stage, o.passed, o.failed, o.seconds
        );
    }
    let total = started.elapsed() + prerequisites;
    println!("  (took {:.1} min)", total.as_secs_f64() / 60.0);
    let passed: u64 = outcomes.iter().map(|o| o.passed).sum();
    let failed: u64 = outcomes.iter().map(|o| o.failed).sum();
    let record = serde_json::json!({
        "cold": cold,
        "failed": failed,
        "totalSeconds": total.as_secs_f64(),
        "stages": outcomes.iter().map(|o| serde_json::json!({
            "stage": o.stage, "passed": o.passed, "failed": o.failed, "seconds": o.seconds,
        })).collect::<Vec<_>>(),
    });
    let path = stage_record(cold);
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    if let Err(e) = std::fs::write(&path, record.to_string()) {
        eprintln!(
            "xtask: could not keep the stage times in {}: {e}",
            path.display()
        );
    }
    println!("{passed} passed, {failed} failed");
    if failed == 0 {
        Ok(())
    } else {
        Err(format!("{failed} failed"))
    }
}

/// Builds every binary (the app with its UI embedded, the simulator) with the tests' features.
fn build_binaries(root: &Path) -> Outcome {
    check(
        "app and simulator build",
        Command::new("cargo")
            .args(["build", "--workspace", "--bins", "--tests"])
            .args(APP_FEATURES)
            .current_dir(root),
    )
}

/// The end-to-end crate, which needs the built app and a display, so it runs only in its own stage.
const E2E_CRATE: &str = "partner-link-e2e";

/// `cargo nextest run` over the whole workspace with the app's features: the unit and integration stage and the
/// end-to-end stage select their tests with a filter, so both use one build.
const NEXTEST_WORKSPACE: &[&str] = &[
    "nextest",
    "run",
    "--workspace",
    "--no-fail-fast",
    "--features",
    "partner-link/custom-protocol",
];

/// The app is built with the same features everywhere (the Tauri CLI turns on `custom-protocol` for the build the
/// end-to-end tests drive), so that clippy, the tests and that build share their compiled dependencies.
const APP_FEATURES: &[&str] = &["--features", "partner-link/custom-protocol"];

/// A stage that is one check: it passes or fails as a whole.
fn check(stage: &'static str, cmd: &mut Command) -> Outcome {
    banner(stage);
    let ok = cmd.status().is_ok_and(|s| s.success());
    if !ok {
        eprintln!("xtask: {stage} failed: `{}`", util::describe(cmd));
    }
    Outcome::new(stage, ok as u64, !ok as u64)
}

/// A stage that runs a test runner and reads how many tests passed and failed from what it printed. A runner
/// that fails without reporting any failed test (it did not compile, say) counts as one failure.
fn counted(stage: &'static str, cmd: &mut Command, parse: fn(&str) -> (u64, u64)) -> Outcome {
    banner(stage);
    match run_tee(cmd) {
        Ok((ok, output)) => {
            let (passed, mut failed) = parse(&output);
            if !ok && failed == 0 {
                failed = 1;
            }
            Outcome::new(stage, passed, failed)
        }
        Err(e) => {
            eprintln!(
                "xtask: could not start {stage} (`{}`): {e}",
                util::describe(cmd)
            );
            Outcome::new(stage, 0, 1)
        }
    }
}

fn banner(stage: &str) {
    eprintln!("\n==> {stage}");
}

/// Reads nextest's closing `Summary [..] N tests run: N passed, N failed, N skipped` line.
fn parse_nextest(output: &str) -> (u64, u64) {
    output
        .lines()
        .rev()
        .find(|l| l.trim_start().starts_with("Summary"))
        .map(|l| (number_before(l, "passed"), number_before(l, "failed")))
        .unwrap_or((0, 0))
}

/// Sums libtest's `test result: ok. N passed; N failed; ...` lines (one per test binary).
fn parse_libtest(output: &str) -> (u64, u64) {
    output
        .lines()
        .filter(|l| l.starts_with("test result:"))
        .fold((0, 0), |(p, f), l| {
            (
                p + number_before(l, "passed"),
                f + number_before(l, "failed"),
            )
        })
}

/// Reads pytest's closing line, such as `=== 3 failed, 40 passed, 2 errors in 5.1s ===`.
fn parse_pytest(output: &str) -> (u64, u64) {
    // With `-q` the closing line has no `===` border: `11 passed in 3.14s`.
    output
        .lines()
        .rev()
        .map(|l| l.trim().trim_matches('=').trim())
        .find(|l| {
            l.contains(" in ")
                && (l.contains(" passed") || l.contains(" failed") || l.contains(" error"))
        })
        .map(|l| {
            (
                number_before(l, "passed"),
                number_before(l, "failed") + number_before(l, "error") + number_before(l, "errors"),
            )
        })
        .unwrap_or((0, 0))
}

/// The number written just before `word` in `line` ("12 passed" → 12), or 0 when there is none.
fn number_before(line: &str, word: &str) -> u64 {
    let tokens: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|t| !t.is_empty())
        .collect();
    tokens
        .windows(2)
        .filter(|w| w[1] == word)
        .filter_map(|w| w[0].parse::<u64>().ok())
        .sum()
}

fn vitest(ui: &Path) -> Outcome {
    let stage = "UI unit tests (Vitest)";
    banner(stage);
    let report = util::target_dir().join("xtask/vitest-report.json");
    let _ = std::fs::create_dir_all(report.parent().expect("the report path has a parent"));
    let _ = std::fs::remove_file(&report);
    let mut cmd = util::npm();
    cmd.args([
        "test",
        "--",
        "--reporter=default",
        "--reporter=json",
        &format!("--outputFile.json={}", report.display()),
    ])
    .current_dir(ui);
    let ok = cmd.status().is_ok_and(|s| s.success());
    let parsed = std::fs::read_to_string(&report)
        .ok()
        .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok());
    let (passed, mut failed) = match parsed {
        Some(v) => (
            v["numPassedTests"].as_u64().unwrap_or(0),
            v["numFailedTests"].as_u64().unwrap_or(0)
                + v["numFailedTestSuites"].as_u64().unwrap_or(0),
        ),
        None => (0, 0),
    };
    if !ok && failed == 0 {
        failed = 1;
    }
    Outcome::new(stage, passed, failed)
}

/// Runs the simulator against Microsoft's own Python client libraries, in a virtual environment that this stage
/// creates (and reuses while the pinned requirements are unchanged).
fn simulator_client_tests(root: &Path, clients: &Path) -> Outcome {
    let stage = "simulator vs Microsoft clients";
    banner(stage);
    let venv = util::target_dir().join("xtask/client-venv");
    let requirements = clients.join("requirements.txt");
    let stamp = venv.join("requirements.installed");
    let wanted = std::fs::read(&requirements).unwrap_or_default();
    let python = venv.join(if cfg!(windows) {
        "Scripts/python.exe"
    } else {
        "bin/python"
    });
    if !std::fs::read(&stamp).is_ok_and(|have| have == wanted) {
        let _ = std::fs::remove_dir_all(&venv);
        let created = util::run_status(
            Command::new(python3()).args(["-m", "venv"]).arg(&venv),
            "creating the Python virtual environment",
        )
        .and_then(|()| {
            util::run_status(
                Command::new(&python)
                    .args(["-m", "pip", "install", "--quiet", "-r"])
                    .arg(&requirements),
                "installing the Python client libraries",
            )
        })
        .and_then(|()| std::fs::write(&stamp, &wanted).map_err(|e| e.to_string()));
        if let Err(e) = created {
            eprintln!("xtask: {e}");
            return Outcome::new(stage, 0, 1);
        }
    }
    // The simulator binary comes from the workspace build ("app and simulator build"): building the package on
    // its own would resolve other features and compile much of the dependency tree a second time.
    let sim = util::target_dir().join("debug").join(if cfg!(windows) {
        "azure-sim.exe"
    } else {
        "azure-sim"
    });
    let mut cmd = Command::new(&python);
    cmd.args(["-m", "pytest", "-q", "-p", "no:cacheprovider"])
        .arg(clients)
        .env("AZURE_SIM_BIN", sim)
        .current_dir(root);
    let mut outcome = counted(stage, &mut cmd, parse_pytest);
    outcome.stage = stage;
    outcome
}

fn python3() -> &'static str {
    if cfg!(windows) {
        "python"
    } else {
        "python3"
    }
}

/// Generated files that builds rewrite (Tauri's permission files and schemas) or that a test may regenerate are
/// committed; after everything above has run, git must see them unchanged, or they were stale.
fn generated_files_unchanged(root: &Path) -> Outcome {
    let stage = "generated files committed";
    banner(stage);
    const GENERATED: &[&str] = &[
        "gen",
        "permissions",
        "ui/src/lib/backend/bindings.ts",
        "ui/src/lib/paraglide",
    ];
    let out = Command::new("git")
        .args(["status", "--porcelain", "--"])
        .args(GENERATED)
        .current_dir(root)
        .output();
    match out {
        Ok(out) if out.status.success() => {
            let changed = String::from_utf8_lossy(&out.stdout).into_owned();
            if changed.trim().is_empty() {
                Outcome::new(stage, 1, 0)
            } else {
                eprintln!("xtask: these generated files differ from what is committed; run `cargo xtask codegen`, build, and commit them:\n{changed}");
                Outcome::new(stage, 0, 1)
            }
        }
        _ => {
            eprintln!("xtask: not a git checkout, so whether generated files are committed cannot be checked");
            Outcome::new(stage, 0, 1)
        }
    }
}

/// Drives the app as users get it (built above with the UI embedded, which is what the Tauri CLI's build does
/// before bundling) in its real webview, through tauri-driver and WebKitWebDriver, on a virtual display when there
/// is no real one.
/// `cargo xtask test --e2e [FILTER]`: the UI and app builds, then the end-to-end stage alone, for working on a
/// screen without waiting for every other stage.
pub fn run_end_to_end_only(filter: &[String]) -> Result<(), String> {
    let root = util::root();
    let mut outcomes = vec![check(
        "UI build",
        util::npm()
            .args(["run", "build"])
            .current_dir(root.join("ui")),
    )];
    let built = build_binaries(&root);
    let built_ok = built.failed == 0;
    outcomes.push(built);
    let keyring = if cfg!(target_os = "linux") {
        Some(KeyringSession::start()?)
    } else {
        None
    };
    let keyring_env: Vec<(String, String)> = keyring
        .as_ref()
        .map(|k| k.env().to_vec())
        .unwrap_or_default();
    if built_ok {
        outcomes.extend(end_to_end_filtered(&root, &keyring_env, filter));
    }
    let passed: u64 = outcomes.iter().map(|o| o.passed).sum();
    let failed: u64 = outcomes.iter().map(|o| o.failed).sum();
    println!("{passed} passed, {failed} failed");
    if failed == 0 {
        Ok(())
    } else {
        Err(format!("{failed} failed"))
    }
}

fn end_to_end(root: &Path, keyring_env: &[(String, String)]) -> Vec<Outcome> {
    end_to_end_filtered(root, keyring_env, &[])
}

/// The installers built, the .deb installed, the installed app walked through a link, the package removed.
fn installer_stage(root: &Path, keyring_env: &[(String, String)]) -> Vec<Outcome> {
    let stage = "installers (.deb installed and removed, .rpm read)";
    banner(stage);
    let apt = Path::new("/usr/bin/apt-get").exists() && Path::new("/usr/bin/dpkg-deb").exists();
    if !cfg!(target_os = "linux") || !apt {
        let _ = keyring_env;
        eprintln!(
            "xtask: the installer stage installs a .deb with apt-get, which this system does not have; it is counted \
             as failed so that a run here is never taken for a complete one"
        );
        return vec![Outcome::new(stage, 0, 1)];
    }
    #[cfg(unix)]
    return installed_app_checks(root, keyring_env, stage);
    #[cfg(not(unix))]
    vec![Outcome::new(stage, 0, 1)]
}

#[cfg(unix)]
fn installed_app_checks(
    root: &Path,
    keyring_env: &[(String, String)],
    stage: &'static str,
) -> Vec<Outcome> {
    let mut installed = crate::installers::install(root);
    let ready = installed.checks.iter().all(|(_, r)| r.is_ok());
    let mut outcomes = Vec::new();
    if ready {
        outcomes.extend(end_to_end_of(
            root,
            keyring_env,
            Path::new("/usr/bin/partner-link-assistant"),
            &format!("package({E2E_CRATE}) and test(/^installed::/)"),
            "installed app (real webview)",
            &[],
        ));
    }
    let removal = crate::installers::remove(&installed);
    installed.checks.extend(removal);
    let mut passed = 0;
    let mut failed = 0;
    for (name, result) in &installed.checks {
        match result {
            Ok(()) => {
                passed += 1;
                eprintln!("    ok    {name}");
            }
            Err(why) => {
                failed += 1;
                eprintln!("    FAIL  {name}: {why}");
            }
        }
    }
    outcomes.insert(0, Outcome::new(stage, passed, failed));
    outcomes
}

/// The app as the tests built it.
fn built_app() -> std::path::PathBuf {
    util::target_dir().join("debug").join(if cfg!(windows) {
        "partner-link-assistant.exe"
    } else {
        "partner-link-assistant"
    })
}

fn end_to_end_filtered(
    root: &Path,
    keyring_env: &[(String, String)],
    filter: &[String],
) -> Vec<Outcome> {
    // The installed-app tests run in the installer stage, against the installed app.
    let expression = format!("package({E2E_CRATE}) and not test(/^installed::/)");
    end_to_end_of(
        root,
        keyring_env,
        &built_app(),
        &expression,
        "end-to-end (real webview)",
        filter,
    )
}

fn end_to_end_of(
    root: &Path,
    keyring_env: &[(String, String)],
    app: &Path,
    expression: &str,
    stage: &'static str,
    filter: &[String],
) -> Vec<Outcome> {
    if cfg!(target_os = "macos") {
        eprintln!(
            "xtask: the end-to-end stage cannot run on macOS, which has no WebDriver for WKWebView; run it on Linux or Windows. \
             It is counted as failed here so that a macOS run is never taken for a complete one."
        );
        return vec![Outcome::new("end-to-end (not possible on macOS)", 0, 1)];
    }
    let mut outcomes = Vec::new();
    let display = if cfg!(target_os = "linux") && std::env::var_os("DISPLAY").is_none() {
        match Xvfb::start() {
            Ok(x) => Some(x),
            Err(e) => {
                eprintln!("xtask: {e}");
                outcomes.push(Outcome::new("virtual display", 0, 1));
                return outcomes;
            }
        }
    } else {
        None
    };
    let shots = util::target_dir().join("e2e-screenshots");
    let mut cmd = Command::new("cargo");
    cmd.args(NEXTEST_WORKSPACE)
        .args(["-E", expression, "--test-threads", "1"])
        .args(filter)
        .env("PARTNER_LINK_APP", app)
        .env("PARTNER_LINK_SCREENSHOTS", &shots)
        .envs(keyring_env.iter().map(|(k, v)| (k, v)))
        .current_dir(root);
    if let Some(x) = &display {
        cmd.env("DISPLAY", x.display());
    }
    outcomes.push(counted(stage, &mut cmd, parse_nextest));
    eprintln!("xtask: end-to-end screenshots are in {}", shots.display());
    outcomes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_nextest_summary() {
        let out = "   PASS [ 0.1s] a\n     Summary [   0.010s] 7 tests run: 5 passed, 2 failed, 0 skipped\n";
        assert_eq!(parse_nextest(out), (5, 2));
    }

    #[test]
    fn sums_libtest_results() {
        let out = "test result: ok. 3 passed; 0 failed; 0 ignored\nnoise\ntest result: FAILED. 1 passed; 2 failed; 0 ignored\n";
        assert_eq!(parse_libtest(out), (4, 2));
    }

    #[test]
    fn reads_pytest_closing_line() {
        assert_eq!(
            parse_pytest("..F\n===== 1 failed, 40 passed, 2 errors in 5.10s =====\n"),
            (40, 3)
        );
        assert_eq!(parse_pytest("===== 12 passed in 1.00s =====\n"), (12, 0));
        // `pytest -q` closes without the border.
        assert_eq!(
            parse_pytest("...........  [100%]\n11 passed in 3.14s\n"),
            (11, 0)
        );
    }
}
