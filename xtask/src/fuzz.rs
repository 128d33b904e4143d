//! `cargo xtask fuzz [--seconds N] [TARGET…]`: every parser of outside input under libFuzzer, coverage-guided,
//! for N seconds each (600 by default), and the figures into docs/fuzzing.md.
//!
//! The short run is part of every `cargo xtask test`: the property tests in `partner_link_core::fuzzing` feed the
//! same functions random input. This is the long run. It needs no nightly toolchain or cargo-fuzz: the stable
//! compiler is asked for the sanitizer and coverage instrumentation libFuzzer needs (`RUSTC_BOOTSTRAP` unlocks
//! the `-Z` flag), which is what cargo-fuzz itself passes.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use crate::util;

/// Every target: the core's parsers and the simulator's scenario files.
const TARGETS: &[&str] = &[
    "partner_id",
    "tenant_id",
    "account_id",
    "entra_error",
    "arm_error",
    "redirect",
    "settings_file",
    "sign_in_app_file",
    "jsonl_lines",
    "scrub",
    "scenario",
];

const FLAGS: &str = "-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing -Zsanitizer=address -Cdebug-assertions \
-Coverflow-checks";

struct Figure {
    target: String,
    seconds: f64,
    runs: u64,
    coverage: String,
    corpus: usize,
    outcome: String,
}

pub fn run(args: &[String]) -> Result<(), String> {
    if !cfg!(all(target_os = "linux", target_arch = "x86_64")) {
        return Err(
            "the fuzz run is set up for x86_64 Linux (libFuzzer with AddressSanitizer)".to_owned(),
        );
    }
    let mut seconds = 600u64;
    let mut chosen: Vec<String> = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--seconds" {
            seconds = it
                .next()
                .and_then(|s| s.parse().ok())
                .ok_or("--seconds takes a number")?;
        } else if TARGETS.contains(&a.as_str()) {
            chosen.push(a.clone());
        } else {
            return Err(format!(
                "unknown fuzz target {a}; the targets are {}",
                TARGETS.join(", ")
            ));
        }
    }
    if chosen.is_empty() {
        chosen = TARGETS.iter().map(|t| (*t).to_owned()).collect();
    }
    let root = util::root();
    let target_dir = util::target_dir().join("fuzz");
    let triple = "x86_64-unknown-linux-gnu";
    eprintln!("==> building the fuzz targets (AddressSanitizer, coverage)");
    util::run_status(
        Command::new("cargo")
            .args(["build", "--release", "--manifest-path"])
            .arg(root.join("src-tauri/fuzz/Cargo.toml"))
            .args(["--target", triple, "--target-dir"])
            .arg(&target_dir)
            .env("RUSTC_BOOTSTRAP", "1")
            .env("RUSTFLAGS", FLAGS),
        "building the fuzz targets",
    )?;
    let binary = target_dir.join(triple).join("release/fuzz-parsers");
    let mut figures = Vec::new();
    for target in &chosen {
        figures.push(fuzz_one(&binary, target, seconds)?);
    }
    let failed: Vec<&Figure> = figures
        .iter()
        .filter(|f| f.outcome != "no failure")
        .collect();
    write_report(&root, &figures, seconds)?;
    if failed.is_empty() {
        eprintln!(
            "xtask: every target ran {seconds} s without a failure; figures in docs/fuzzing.md"
        );
        Ok(())
    } else {
        Err(format!(
            "fuzzing found failures in {}; the crashing inputs are under {}",
            failed
                .iter()
                .map(|f| f.target.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            util::target_dir().join("fuzz/artifacts").display()
        ))
    }
}

fn fuzz_one(binary: &Path, target: &str, seconds: u64) -> Result<Figure, String> {
    eprintln!("==> fuzzing {target} for {seconds} s");
    let corpus = util::target_dir().join("fuzz/corpus").join(target);
    let artifacts = util::target_dir().join("fuzz/artifacts").join(target);
    for dir in [&corpus, &artifacts] {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let started = Instant::now();
    let out = Command::new(binary)
        .arg(&corpus)
        .arg(format!("-max_total_time={seconds}"))
        .arg("-rss_limit_mb=2048")
        .arg("-max_len=4096")
        .arg("-print_final_stats=1")
        .arg(format!("-artifact_prefix={}/", artifacts.display()))
        .env("FUZZ_TARGET", target)
        .env("ASAN_OPTIONS", "detect_leaks=0")
        .output()
        .map_err(|e| format!("could not start {}: {e}", binary.display()))?;
    let log = String::from_utf8_lossy(&out.stderr).into_owned();
    let _ = std::fs::write(artifacts.join("last-run.log"), &log);
    let stat = |name: &str| {
        log.lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.rsplit(':').next())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .unwrap_or(0)
    };
    // The last status line, e.g. `#123456 DONE cov: 812 ft: 2301 corp: 190/8Kb ...`.
    let last_status = log
        .lines()
        .rev()
        .find(|l| l.starts_with('#') && l.contains("cov:"))
        .unwrap_or("");
    let coverage = last_status
        .split_whitespace()
        .skip_while(|w| *w != "cov:")
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    let corpus_files = std::fs::read_dir(&corpus).map(|d| d.count()).unwrap_or(0);
    Ok(Figure {
        target: target.to_owned(),
        seconds: started.elapsed().as_secs_f64(),
        runs: stat("stat::number_of_executed_units"),
        coverage,
        corpus: corpus_files,
        outcome: if out.status.success() {
            "no failure".to_owned()
        } else {
            // The panic's own line says which promise broke; the crashing input stays in the artifacts folder.
            let lines: Vec<&str> = log.lines().collect();
            let why = lines
                .iter()
                .position(|l| {
                    l.contains("panicked at") || l.starts_with("==") && l.contains("ERROR")
                })
                .map(|i| lines[i..lines.len().min(i + 2)].join(" "))
                .unwrap_or_default()
                .replace('|', "/");
            format!(
                "FAILED ({}): {why}; the input is in {}",
                out.status,
                artifacts.display()
            )
        },
    })
}

fn write_report(root: &Path, figures: &[Figure], seconds: u64) -> Result<(), String> {
    let machine = format!(
        "{} cores, {}",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        std::fs::read_to_string("/etc/os-release")
            .ok()
            .and_then(|t| t.lines().find_map(|l| l
                .strip_prefix("PRETTY_NAME=")
                .map(|v| v.trim_matches('"').to_owned())))
            .unwrap_or_default()
    );
    let mut md = format!(
        "# Fuzzing\n\nWritten by `cargo xtask fuzz`; do not edit by hand. Each parser of outside input ran under libFuzzer \
         (coverage-guided, AddressSanitizer, debug assertions and overflow checks on) for {seconds} s, one target after \
         another, on one core of this machine: {machine}. The targets are the functions of \
         `src-tauri/core/src/fuzzing.rs` (and the simulator's scenario files, in `src-tauri/fuzz/`); each checks the \
         parser's promises, not only that it does not crash. Every `cargo xtask test` runs the same functions on random \
         input (400 cases each) as a property test.\n\n\
         | target | what it parses | time | inputs run | coverage at the end | corpus | outcome |\n|---|---|---|---|---|---|---|\n"
    );
    // A run of some targets keeps the other targets' rows from the last run, in the targets' order.
    let earlier = std::fs::read_to_string(root.join("docs/fuzzing.md")).unwrap_or_default();
    let earlier_row = |target: &str| {
        earlier
            .lines()
            .find(|l| l.starts_with(&format!("| `{target}` |")))
            .map(str::to_owned)
    };
    for target in TARGETS {
        let Some(f) = figures.iter().find(|f| f.target == *target) else {
            if let Some(row) = earlier_row(target) {
                md.push_str(&row);
                md.push('\n');
            }
            continue;
        };
        md.push_str(&format!(
            "| `{}` | {} | {:.0} s | {} | {} | {} | {} |\n",
            f.target,
            what(&f.target),
            f.seconds,
            f.runs,
            f.coverage,
            f.corpus,
            f.outcome
        ));
    }
    std::fs::write(root.join("docs/fuzzing.md"), md).map_err(|e| format!("docs/fuzzing.md: {e}"))
}

fn what(target: &str) -> &'static str {
    match target {
        "partner_id" => "a pasted partner ID",
        "tenant_id" => "a directory typed or pasted (GUID or domain)",
        "account_id" => "the sign-in cache's account keys",
        "entra_error" => "Entra ID's error answers (JSON and redirect query)",
        "arm_error" => "Resource Manager's error bodies",
        "redirect" => "requests at the sign-in redirect listener",
        "settings_file" => "settings.json",
        "sign_in_app_file" => "sign-in-app.json, deployed by IT",
        "jsonl_lines" => "activity log and bulk journal lines",
        "scrub" => "error texts scrubbed of credentials",
        "scenario" => "the simulator's scenario files (TOML and JSON)",
        _ => "",
    }
}
