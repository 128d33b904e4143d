//! Installs what the app and its tests need, or says precisely what is missing.
//!
//! On Debian and Ubuntu the system packages are installed with apt-get when running as root or when sudo works
//! without a password; otherwise the exact command is printed and xtask stops. The UI's npm packages come from
//! `npm ci` (pinned by ui/package-lock.json), and tauri-driver from crates.io, pinned here.

use std::process::{Command, Stdio};

use crate::util;

/// What the caller is about to do, which decides how much must be installed.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Run,
    Test,
}

/// Debian packages Tauri needs to build and run a WebKitGTK app.
const APT_RUN: &[&str] = &[
    "build-essential",
    "pkg-config",
    "curl",
    "file",
    "libwebkit2gtk-4.1-dev",
    "libxdo-dev",
    "libssl-dev",
    "libayatana-appindicator3-dev",
    "librsvg2-dev",
];

/// Debian packages the tests need on top: a virtual display, an XSETTINGS daemon to set the OS's text size on
/// one, the WebKit WebDriver, a real Secret Service on its own D-Bus session, Python for Microsoft's client
/// libraries, the locale definitions the end-to-end tests compile, a CJK font so zh-TW screenshots are legible, and
/// `rpm` to read the .rpm installer the installer stage builds (Debian installs .debs; rpm only reads the package).
const APT_TEST: &[&str] = &[
    "xvfb",
    "xauth",
    "xsettingsd",
    "webkit2gtk-driver",
    "gnome-keyring",
    "dbus-daemon",
    "dbus-bin",
    "python3",
    "python3-venv",
    "fonts-noto-cjk",
    "locales",
    "rpm",
];

/// The tauri-driver release that speaks to WebKitWebDriver for Tauri 2 apps.
pub const TAURI_DRIVER_VERSION: &str = "2.1.0";

pub fn ensure(purpose: Purpose) -> Result<(), String> {
    check_node()?;
    if cfg!(target_os = "linux") {
        ensure_apt(purpose)?;
    } else if cfg!(target_os = "macos") {
        check_macos()?;
    } else if cfg!(windows) {
        check_windows(purpose)?;
    }
    ensure_npm_packages()?;
    if purpose == Purpose::Test && !cfg!(target_os = "macos") {
        ensure_tauri_driver()?;
    }
    Ok(())
}

fn check_node() -> Result<(), String> {
    let out = Command::new("node").arg("--version").output().map_err(|_| {
        "Node.js 20 or newer is needed and `node` was not found: install it (https://nodejs.org or your package manager), then run this again".to_owned()
    })?;
    let version = String::from_utf8_lossy(&out.stdout)
        .trim()
        .trim_start_matches('v')
        .to_owned();
    let major: u32 = version
        .split('.')
        .next()
        .and_then(|m| m.parse().ok())
        .unwrap_or(0);
    if major < 20 {
        return Err(format!(
            "Node.js 20 or newer is needed, found {version}: upgrade it, then run this again"
        ));
    }
    Ok(())
}

fn ensure_apt(purpose: Purpose) -> Result<(), String> {
    let os_release = std::fs::read_to_string("/etc/os-release").unwrap_or_default();
    let debian_like = os_release.lines().any(|l| {
        (l.starts_with("ID=") || l.starts_with("ID_LIKE="))
            && (l.contains("debian") || l.contains("ubuntu"))
    });
    let mut wanted: Vec<&str> = APT_RUN.to_vec();
    if purpose == Purpose::Test {
        wanted.extend_from_slice(APT_TEST);
    }
    if !debian_like {
        eprintln!(
            "xtask: this is not Debian or Ubuntu, so system packages are not checked. Tauri needs WebKitGTK 4.1 and its \
             build tools (see https://v2.tauri.app/start/prerequisites/); the tests also need Xvfb, WebKitWebDriver, \
             gnome-keyring, dbus and python3 with venv."
        );
        return Ok(());
    }
    let missing = missing_debs(&wanted);
    if missing.is_empty() {
        return Ok(());
    }
    let list = missing.join(" ");
    let is_root = is_root();
    let sudo_ok = !is_root
        && Command::new("sudo")
            .args(["-n", "true"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
    if !is_root && !sudo_ok {
        return Err(format!(
            "these system packages are missing: {list}\ninstall them with:\n  sudo apt-get update && sudo apt-get install -y --no-install-recommends {list}"
        ));
    }
    eprintln!("xtask: installing system packages: {list}");
    util::run_status(&mut apt_get(&["update", "-qq"]), "apt-get update")?;
    let mut install = apt_get(&["install", "-y", "-qq", "--no-install-recommends"]);
    install.args(&missing);
    util::run_status(&mut install, "apt-get install")
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| o.stdout.starts_with(b"0"))
        .unwrap_or(false)
}

/// `apt-get` with `args`, as root: directly when this is root, else through `sudo -n` (which fails at once
/// rather than asking for a password nobody is there to type).
pub fn apt_get(args: &[&str]) -> Command {
    let mut cmd = if is_root() {
        Command::new("apt-get")
    } else {
        let mut sudo = Command::new("sudo");
        sudo.args(["-n", "apt-get"]);
        sudo
    };
    cmd.args(args).env("DEBIAN_FRONTEND", "noninteractive");
    cmd
}

/// The packages of `wanted` that dpkg does not report as installed.
fn missing_debs(wanted: &[&str]) -> Vec<String> {
    let out = Command::new("dpkg-query")
        .args(["-W", "-f=${Package} ${db:Status-Abbrev}\\n"])
        .args(wanted)
        .output();
    let installed: Vec<String> = match out {
        Ok(out) => String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter(|l| l.trim_end().ends_with("ii"))
            .filter_map(|l| l.split_whitespace().next())
            // dpkg-query names multi-arch packages with their architecture, e.g. `libssl-dev:amd64`.
            .map(|name| name.split(':').next().unwrap_or(name).to_owned())
            .collect(),
        Err(_) => Vec::new(),
    };
    wanted
        .iter()
        .filter(|p| !installed.iter().any(|i| i == *p))
        .map(|p| (*p).to_owned())
        .collect()
}

fn check_macos() -> Result<(), String> {
    let ok = Command::new("xcode-select")
        .arg("-p")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        return Err("the Xcode Command Line Tools are missing: run `xcode-select --install`, then run this again".to_owned());
    }
    Ok(())
}

fn check_windows(purpose: Purpose) -> Result<(), String> {
    let mut missing = Vec::new();
    if !util::has_program("link.exe") && !util::has_program("cl.exe") {
        missing.push("the Microsoft C++ Build Tools (Visual Studio Installer → \"Desktop development with C++\"); run from a Developer PowerShell");
    }
    if purpose == Purpose::Test && !util::has_program("msedgedriver") {
        missing.push("msedgedriver matching your WebView2 version, on PATH (https://developer.microsoft.com/microsoft-edge/tools/webdriver/)");
    }
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "missing on this Windows machine:\n  - {}",
            missing.join("\n  - ")
        ))
    }
}

/// Runs `npm ci` in ui/ unless the installed packages already match ui/package-lock.json exactly.
fn ensure_npm_packages() -> Result<(), String> {
    let ui = util::root().join("ui");
    let lock = std::fs::read(ui.join("package-lock.json"))
        .map_err(|e| format!("cannot read ui/package-lock.json: {e}"))?;
    let stamp = ui.join("node_modules/.xtask-package-lock.json");
    if std::fs::read(&stamp).is_ok_and(|installed| installed == lock) {
        return Ok(());
    }
    eprintln!("xtask: installing the UI's npm packages (npm ci)");
    util::run_status(
        util::npm()
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&ui),
        "npm ci in ui/",
    )?;
    std::fs::write(&stamp, &lock).map_err(|e| format!("cannot write {}: {e}", stamp.display()))
}

fn ensure_tauri_driver() -> Result<(), String> {
    if util::has_program("tauri-driver") {
        return Ok(());
    }
    eprintln!("xtask: installing tauri-driver {TAURI_DRIVER_VERSION} (cargo install)");
    util::run_status(
        Command::new("cargo").args([
            "install",
            "tauri-driver",
            "--locked",
            "--version",
            &format!("={TAURI_DRIVER_VERSION}"),
        ]),
        "cargo install tauri-driver",
    )
}
