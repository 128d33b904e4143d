//! Invariants of the repository, checked as ordinary tests (xshell's "tidy" idea). ARCHITECTURE.md lists them;
//! each one that a test can check is checked here or beside the code it concerns.

use std::collections::{BTreeMap, BTreeSet};

use crate::util::root;

/// `Cargo.lock`'s dependency graph: package name → names of its dependencies.
fn lock_graph() -> BTreeMap<String, Vec<String>> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).expect("Cargo.lock is committed");
    let mut graph: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for block in lock.split("[[package]]").skip(1) {
        let name = block
            .lines()
            .find_map(|l| l.strip_prefix("name = "))
            .map(|n| n.trim_matches('"').to_owned())
            .expect("every package has a name");
        let mut deps = Vec::new();
        if let Some(start) = block.find("dependencies = [") {
            let rest = &block[start..];
            let list = &rest[..rest.find(']').expect("the dependency list is closed")];
            for dep in list.split('"').skip(1).step_by(2) {
                deps.push(dep.split(' ').next().unwrap_or(dep).to_owned());
            }
        }
        graph.entry(name).or_default().extend(deps);
    }
    graph
}

fn reachable(graph: &BTreeMap<String, Vec<String>>, from: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut todo = vec![from.to_owned()];
    while let Some(name) = todo.pop() {
        if seen.insert(name.clone()) {
            todo.extend(graph.get(&name).into_iter().flatten().cloned());
        }
    }
    seen
}

/// The core must build without Tauri or a webview, so that its tests build no WebKit and the command line does
/// not carry a GUI. This walks everything the core depends on, directly or not.
#[test]
fn core_depends_on_no_tauri_or_webview_crate() {
    let graph = lock_graph();
    assert!(
        graph.contains_key("partner-link-core"),
        "Cargo.lock has no partner-link-core"
    );
    let bad: Vec<String> = reachable(&graph, "partner-link-core")
        .into_iter()
        .filter(|n| {
            n.starts_with("tauri")
                || n == "wry"
                || n.starts_with("webkit2gtk")
                || n.starts_with("gtk")
        })
        .collect();
    assert!(
        bad.is_empty(),
        "partner-link-core depends on GUI crates: {bad:?}"
    );
}

/// The sanity check of the check above: the app package does reach Tauri through the same walk.
#[test]
fn lock_graph_walk_finds_tauri_from_the_app() {
    assert!(reachable(&lock_graph(), "partner-link").contains("tauri"));
}

fn tauri_conf() -> serde_json::Value {
    let text =
        std::fs::read_to_string(root().join("tauri.conf.json")).expect("tauri.conf.json exists");
    serde_json::from_str(&text).expect("tauri.conf.json is JSON")
}

/// The webview may load only the bundled UI and talk only to the app's IPC: no remote host in any directive.
#[test]
fn csp_is_strict_and_names_no_remote_host() {
    let conf = tauri_conf();
    let csp = conf["app"]["security"]["csp"]
        .as_object()
        .expect("a CSP is set, as an object of directives");
    assert_eq!(csp["default-src"], "'self'");
    for (directive, value) in csp {
        let value = value.as_str().expect("each directive is a string");
        for source in value.split_whitespace() {
            let allowed = matches!(
                source,
                "'self'" | "'none'" | "ipc:" | "http://ipc.localhost"
            );
            assert!(
                allowed,
                "CSP {directive} allows {source}, which is neither the app itself nor its IPC"
            );
        }
        if directive == "script-src" || directive == "default-src" {
            assert!(
                !value.contains("unsafe"),
                "{directive} must not allow unsafe sources"
            );
        }
    }
}

/// The development server injects styles and talks to Vite over a websocket, so `tauri dev` has its own CSP.
/// It may relax only those two things, and only for the local dev server.
#[test]
fn dev_csp_relaxes_only_styles_and_the_local_dev_server() {
    let conf = tauri_conf();
    let dev = conf["app"]["security"]["devCsp"]
        .as_object()
        .expect("a devCsp is set");
    for (directive, value) in dev {
        for source in value.as_str().unwrap().split_whitespace() {
            let allowed = matches!(
                source,
                "'self'" | "'none'" | "ipc:" | "http://ipc.localhost"
            ) || (directive == "style-src" && source == "'unsafe-inline'")
                || (directive == "connect-src" && source == "ws://localhost:1420");
            assert!(allowed, "devCsp {directive} allows {source}");
        }
    }
}

#[test]
fn webview_hardening_is_on() {
    let conf = tauri_conf();
    assert_eq!(
        conf["app"]["withGlobalTauri"], false,
        "withGlobalTauri exposes the IPC to every script"
    );
    assert_eq!(conf["app"]["security"]["freezePrototype"], true);
    let manifest = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    assert!(
        !manifest.contains("\"devtools\""),
        "devtools must not be enabled in builds users get"
    );
}

/// Capabilities name each window exactly and never load remote content.
#[test]
fn capabilities_name_windows_exactly() {
    let dir = root().join("src-tauri/capabilities");
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).expect("src-tauri/capabilities exists") {
        let path = entry.unwrap().path();
        let cap: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let windows = cap["windows"]
            .as_array()
            .unwrap_or_else(|| panic!("{} names no windows", path.display()));
        for w in windows {
            let w = w.as_str().unwrap();
            assert!(
                !w.contains('*'),
                "{} grants to a wildcard window {w:?}",
                path.display()
            );
        }
        assert!(
            cap.get("remote").is_none(),
            "{} grants to remote URLs",
            path.display()
        );
        for permission in cap["permissions"].as_array().unwrap() {
            let id = permission
                .as_str()
                .or(permission["identifier"].as_str())
                .unwrap();
            assert!(
                !id.ends_with(":default") || id == "core:event:default",
                "{id}: grant named permissions, not a plugin's default set"
            );
            // The page asks Rust to open a Microsoft page by name (`open_source`); a page allowed to open
            // addresses itself could send what it holds (a secret typed into its form) anywhere.
            assert!(
                !id.starts_with("opener:") && !id.starts_with("shell:"),
                "{}: {id} lets the page open addresses of its own choosing",
                path.display()
            );
        }
        count += 1;
    }
    assert!(count > 0, "no capability files found");
}

/// Every `.rs` file under `dir`, with its text.
fn rust_sources(dir: &std::path::Path) -> Vec<(std::path::PathBuf, String)> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d).expect("a source folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                todo.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("a source file");
                out.push((path, text));
            }
        }
    }
    out
}

/// RUSTSEC-2023-0071 (the Marvin attack) is a timing side channel in the `rsa` crate's private-key operations:
/// decrypting and signing. The simulator uses `rsa` only to generate keys, which ring cannot do; ring signs every
/// token and certificate. This holds that: `rsa` is named only in the simulator, and only for key generation and
/// encoding, so the vulnerable operations cannot be reached (deny.toml accepts the advisory with this reason).
#[test]
fn the_rsa_crate_only_generates_keys() {
    const ALLOWED: &[&str] = &[
        "rsa::RsaPrivateKey::new",
        "rsa::rand_core::OsRng",
        "rsa::pkcs1::EncodeRsaPrivateKey",
        "rsa::pkcs8::EncodePrivateKey",
        "rsa::traits::PublicKeyParts",
    ];
    const PRIVATE_KEY_OPERATIONS: &[&str] = &[
        "Pkcs1v15Sign",
        "Pkcs1v15Encrypt",
        "Oaep",
        "SigningKey",
        "DecryptingKey",
        ".decrypt(",
        ".sign_with_rng(",
    ];
    let mut uses = 0;
    for (path, text) in rust_sources(&root().join("src-tauri")) {
        let in_simulator = path.starts_with(root().join("src-tauri/azure-sim/src"));
        for (at, _) in text.match_indices("rsa::") {
            // `rsa::` as a path of its own, not the end of another name.
            if at > 0 && text.as_bytes()[at - 1].is_ascii_alphanumeric() {
                continue;
            }
            let path_text: String = text[at..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            assert!(
                in_simulator && ALLOWED.contains(&path_text.as_str()),
                "{}: `{path_text}`: the rsa crate may only generate keys, in the simulator",
                path.display()
            );
            uses += 1;
        }
        if text.contains("rsa::") {
            for op in PRIVATE_KEY_OPERATIONS {
                assert!(
                    !text.contains(op),
                    "{}: uses {op} in a file that uses the rsa crate",
                    path.display()
                );
            }
        }
    }
    assert!(uses > 0, "the check found the simulator's key generation");
}

/// Tauri runs a command that is not `async` on the main thread, where a slow disk or a lock held by a background
/// run would freeze the window. Only commands that touch neither the disk nor the network may be synchronous:
/// each is listed here with what it does.
#[test]
fn only_commands_that_touch_no_disk_or_network_run_on_the_main_thread() {
    const SYNCHRONOUS: &[&str] = &[
        "app_info",              // the version and cloud, from memory
        "rehearse_problem",      // a fault handed to the in-process simulator
        "decide",                // the helper's rules, pure
        "read_partner_id",       // a parser, pure
        "cancel_sign_in",        // a flag
        "open_device_code_page", // hands an address to the browser
        "open_source",           // hands an address to the browser
        "role_choices",          // the rules' roles, pure
        "pause_bulk",            // a flag, and progress from memory
        "continue_bulk",
        "cancel_bulk",
    ];
    let text =
        std::fs::read_to_string(root().join("src-tauri/src/commands.rs")).expect("commands.rs");
    let mut commands = 0;
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        if line.trim() != "#[tauri::command]" {
            continue;
        }
        let signature = lines
            .by_ref()
            .find(|l| l.contains("fn "))
            .expect("a command's fn");
        commands += 1;
        let name = signature
            .split("fn ")
            .nth(1)
            .and_then(|r| r.split('(').next())
            .expect("a name");
        if !signature.trim_start().starts_with("async fn") {
            assert!(
                SYNCHRONOUS.contains(&name),
                "{name} runs on the main thread: make it async, or list it here if it touches no disk or network"
            );
        }
    }
    assert!(commands > 40, "found {commands} commands");
}
