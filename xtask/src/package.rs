//! `cargo xtask package [--debug]`: the Linux installers, .deb and .rpm, with the command line inside them
//! (`/usr/bin/partner-link` beside the desktop app's `/usr/bin/partner-link-assistant`).
//!
//! The command line is built for the same profile, copied to `src-tauri/binaries/partner-link-<target triple>`, and
//! mapped to `/usr/bin/partner-link` by the packages' `files` (a Tauri "external binary" cannot be used: it may not
//! share its name with the app's Cargo package, `partner-link`). That configuration is passed only here, so
//! `cargo build`, `tauri dev` and the tests never need the copy. The AppImage is
//! left to the release workflow: Tauri downloads its tools (linuxdeploy and its plugins) from GitHub while it
//! bundles, which this project's machines cannot reach.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::util;

/// The installers one `package` run made.
pub struct Packages {
    pub deb: PathBuf,
    pub rpm: PathBuf,
}

pub fn run(args: &[String]) -> Result<(), String> {
    let debug = match args {
        [] => false,
        [flag] if flag == "--debug" => true,
        _ => {
            return Err(format!(
                "unexpected arguments {args:?}; `package [--debug]`"
            ))
        }
    };
    let made = build(&util::root(), debug)?;
    println!("{}\n{}", made.deb.display(), made.rpm.display());
    Ok(())
}

/// The host's target triple, as rustc names it (the suffix Tauri expects on an external binary).
fn host_triple() -> Result<String, String> {
    let out = Command::new("rustc")
        .arg("-vV")
        .output()
        .map_err(|e| format!("cannot run rustc: {e}"))?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("host: ").map(str::to_owned))
        .ok_or_else(|| "rustc -vV names no host triple".to_owned())
}

/// Builds the .deb and the .rpm (a debug build when `debug`: the tests' own build serves it, so it costs only the
/// bundling) and returns where they are.
pub fn build(root: &Path, debug: bool) -> Result<Packages, String> {
    let profile = if debug { "debug" } else { "release" };
    let mut cli = Command::new("cargo");
    cli.current_dir(root)
        .args(["build", "-p", "partner-link-core", "--bin", "partner-link"]);
    if !debug {
        cli.arg("--release");
    }
    util::run_status(&mut cli, "building the command line for the installers")?;
    let triple = host_triple()?;
    let binaries = root.join("src-tauri/binaries");
    std::fs::create_dir_all(&binaries).map_err(|e| format!("{}: {e}", binaries.display()))?;
    let built = util::target_dir().join(profile).join("partner-link");
    let sidecar = binaries.join(format!("partner-link-{triple}"));
    std::fs::copy(&built, &sidecar)
        .map_err(|e| format!("copying {} to {}: {e}", built.display(), sidecar.display()))?;
    let bundle = util::target_dir().join(profile).join("bundle");
    for kind in ["deb", "rpm"] {
        let _ = std::fs::remove_dir_all(bundle.join(kind));
    }
    let source = sidecar.display().to_string();
    let files = serde_json::json!({ "/usr/bin/partner-link": source });
    let config = serde_json::json!({
        "bundle": { "linux": { "deb": { "files": files }, "rpm": { "files": files } } }
    });
    let mut tauri = util::tauri_cli(root);
    tauri
        .args(["build", "--bundles", "deb,rpm", "--ci", "--config"])
        .arg(config.to_string());
    if debug {
        tauri.arg("--debug");
    }
    util::run_status(&mut tauri, "bundling the installers")?;
    Ok(Packages {
        deb: only_file(&bundle.join("deb"), "deb")?,
        rpm: only_file(&bundle.join("rpm"), "rpm")?,
    })
}

fn only_file(dir: &Path, extension: &str) -> Result<PathBuf, String> {
    let found: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("no {extension} folder at {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == extension))
        .collect();
    match found.as_slice() {
        [one] => Ok(one.clone()),
        _ => Err(format!(
            "expected one .{extension} in {}, found {found:?}",
            dir.display()
        )),
    }
}
