//! The command line measured as a person runs it: the whole process's wall time and peak memory of the release
//! `partner-link` binary against the simulator's own binary, beside the Azure CLI doing the same read.
//!
//! Each figure is the median of [`RUNS`] runs after one untimed run (which pays the disk cache's first read).
//! Peak memory is the kernel's own account of the process (`ru_maxrss` from `wait4`), so nothing is sampled.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::util;

/// Runs of each command for its medians.
pub const RUNS: usize = 9;

// The demo scenario's fixed names (src-tauri/azure-sim/README.md, "Demo scenario").
const CUSTOMER: &str = "aaaaaaaa-0000-4000-8000-000000000001";
const AUTOMATION_CLIENT_ID: &str = "eeeeeeee-0000-4000-8000-000000000002";
const AUTOMATION_SECRET: &str = "Practice-Automation-Secret-1";
const PARTNER_ID: &str = "1234567";

/// The Azure CLI release the comparison installs from PyPI, so that the figure can be taken again.
pub const AZURE_CLI: &str = "azure-cli==2.91.0";

/// Wall times and peak memory of one command's runs.
#[derive(Default)]
pub struct Runs {
    pub wall: Vec<Duration>,
    pub peak_kib: Vec<u64>,
}

impl Runs {
    pub fn median_ms(&self) -> f64 {
        let mut v: Vec<f64> = self.wall.iter().map(|d| d.as_secs_f64() * 1000.0).collect();
        v.sort_by(f64::total_cmp);
        v.get(v.len() / 2).copied().unwrap_or(0.0)
    }
    pub fn range_ms(&self) -> (f64, f64) {
        let v: Vec<f64> = self.wall.iter().map(|d| d.as_secs_f64() * 1000.0).collect();
        (
            v.iter().copied().fold(f64::INFINITY, f64::min),
            v.iter().copied().fold(0.0, f64::max),
        )
    }
    pub fn median_peak_mib(&self) -> f64 {
        let mut v = self.peak_kib.clone();
        v.sort();
        v.get(v.len() / 2).copied().unwrap_or(0) as f64 / 1024.0
    }
}

pub struct CliFigures {
    pub version: Runs,
    pub status: Runs,
    pub link: Runs,
    /// `az rest` reading the same link, token cached; `None` with the reason when the Azure CLI could not be run.
    pub azure_cli: Result<AzureCli, String>,
    pub shared_libraries: usize,
}

pub struct AzureCli {
    pub version: Runs,
    pub read: Runs,
    pub release: String,
}

/// Runs a command to its end and returns its wall time and peak resident memory (KiB). Its output is kept only
/// to explain a failure.
fn measured(cmd: &mut Command) -> Result<(Duration, u64), String> {
    let what = format!("{cmd:?}");
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let started = Instant::now();
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {what}: {e}"))?;
    // The output is read on threads so that a chatty command never blocks on a full pipe while it is timed.
    let out = drain(&mut child);
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: the pid is this process's own child, not yet waited for; status and usage outlive the call.
    let pid = unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
    let wall = started.elapsed();
    if pid < 0 {
        return Err(format!(
            "waiting for {what}: {}",
            std::io::Error::last_os_error()
        ));
    }
    let (stdout, stderr) = out();
    if !(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0) {
        return Err(format!("{what} failed ({status}):\n{stdout}\n{stderr}"));
    }
    // On Linux ru_maxrss is in KiB.
    Ok((wall, usage.ru_maxrss as u64))
}

fn drain(child: &mut Child) -> impl FnOnce() -> (String, String) {
    let read = |pipe: Option<Box<dyn std::io::Read + Send>>| {
        std::thread::spawn(move || {
            let mut text = String::new();
            if let Some(mut p) = pipe {
                let _ = p.read_to_string(&mut text);
            }
            text
        })
    };
    let out = read(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn std::io::Read + Send>),
    );
    let err = read(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn std::io::Read + Send>),
    );
    move || {
        (
            out.join().unwrap_or_default(),
            err.join().unwrap_or_default(),
        )
    }
}

/// Times `make()`'s command RUNS times after one untimed run; `between` runs untimed after each (an unlink).
fn repeat(
    make: &dyn Fn() -> Command,
    between: Option<&dyn Fn() -> Command>,
) -> Result<Runs, String> {
    let mut runs = Runs::default();
    for i in 0..=RUNS {
        let (wall, peak) = measured(&mut make())?;
        if i > 0 {
            runs.wall.push(wall);
            runs.peak_kib.push(peak);
        }
        if let Some(between) = between {
            measured(&mut between())?;
        }
    }
    Ok(runs)
}

/// The simulator binary, started on the demo scenario, and the addresses it printed.
struct Sim {
    child: Child,
    login: String,
    arm: String,
    ca: PathBuf,
}

impl Drop for Sim {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_simulator(binary: &Path, dir: &Path) -> Result<Sim, String> {
    let ca = dir.join("ca.pem");
    let mut child = Command::new(binary)
        .args(["--scenario", "demo", "--ca-out"])
        .arg(&ca)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", binary.display()))?;
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout is piped"))
        .read_line(&mut line)
        .map_err(|e| format!("the simulator printed nothing: {e}"))?;
    let info: serde_json::Value =
        serde_json::from_str(&line).map_err(|e| format!("the simulator's line {line:?}: {e}"))?;
    let text = |k: &str| {
        info[k]
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| format!("the simulator's line has no {k}: {line}"))
    };
    Ok(Sim {
        login: text("login")?,
        arm: text("resourceManager")?,
        ca: PathBuf::from(text("caCert")?),
        child,
    })
}

/// Measures the command line. `target` is the release target folder the app was built into; the command line
/// and the simulator are built there too (their dependencies are already compiled for the app).
pub fn measure(root: &Path, target: &Path) -> Result<CliFigures, String> {
    eprintln!("\n==> the command line as a process (release build), beside the Azure CLI");
    util::run_status(
        Command::new("cargo")
            .current_dir(root)
            .args([
                "build",
                "--release",
                "-p",
                "partner-link-core",
                "--bin",
                "partner-link",
                "-p",
                "azure-sim",
                "--bin",
                "azure-sim",
            ])
            .env("CARGO_TARGET_DIR", target),
        "building the command line and the simulator",
    )?;
    let cli = target.join("release/partner-link");
    let dir = util::TempDir::new("bench-cli")?;
    let sim = start_simulator(&target.join("release/azure-sim"), dir.path())?;
    let home = dir.path().join("home");
    let ours = |args: &[String]| {
        let mut c = Command::new(&cli);
        c.args(args)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", &home)
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_DATA_HOME", home.join("data"))
            .env("PARTNER_LINK_LOGIN_URL", &sim.login)
            .env("PARTNER_LINK_ARM_URL", &sim.arm)
            .env("PARTNER_LINK_CA_FILE", &sim.ca)
            .env("PARTNER_LINK_CLIENT_SECRET", AUTOMATION_SECRET)
            .env(
                "PARTNER_LINK_ACTIVITY_LOG",
                dir.path().join("activity.jsonl"),
            );
        c
    };
    let target_args = ["--tenant", CUSTOMER, "--client-id", AUTOMATION_CLIENT_ID];
    let with = |first: &[&str], rest: &[&str]| -> Vec<String> {
        first
            .iter()
            .chain(target_args.iter())
            .chain(rest.iter())
            .map(|s| (*s).to_owned())
            .collect()
    };
    let status_args = with(&["status"], &["--no-review", "--json"]);
    let link_args = with(
        &["link", "--partner-id", PARTNER_ID],
        &["--no-review", "--json"],
    );
    let unlink_args = with(&["unlink"], &["--yes", "--json"]);
    let version = repeat(&|| ours(&["--version".to_owned()]), None)?;
    let link = repeat(&|| ours(&link_args), Some(&|| ours(&unlink_args)))?;
    // The reads (ours, then the Azure CLI's) find a link, as a partner's would.
    measured(&mut ours(&link_args))?;
    let status = repeat(&|| ours(&status_args), None)?;
    let azure_cli = azure_cli(dir.path(), &sim);
    Ok(CliFigures {
        version,
        status,
        link,
        azure_cli,
        shared_libraries: shared_libraries(&cli),
    })
}

/// How many shared libraries the binary loads (`ldd`), the figure that showed the GUI stack in the command line.
fn shared_libraries(binary: &Path) -> usize {
    Command::new("ldd")
        .arg(binary)
        .output()
        .map(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .filter(|l| l.contains(".so"))
                .count()
        })
        .unwrap_or(0)
}

/// Installs the Azure CLI from PyPI into a virtual environment beside the build (once), signs it in to the
/// simulator as the same service principal, and times the same read with `az rest`.
fn azure_cli(dir: &Path, sim: &Sim) -> Result<AzureCli, String> {
    let venv = util::target_dir().join("xtask/azure-cli-venv");
    let az = venv.join("bin/az");
    if !az.exists() {
        eprintln!("==> installing the Azure CLI ({AZURE_CLI}) from PyPI for the comparison");
        util::run_status(
            Command::new("python3").args(["-m", "venv"]).arg(&venv),
            "creating the Azure CLI's virtual environment",
        )?;
        util::run_status(
            Command::new(venv.join("bin/pip")).args(["install", "--quiet", AZURE_CLI]),
            "installing the Azure CLI",
        )?;
    }
    let config = dir.join("azure-cli");
    let run = |args: &[&str]| {
        let mut c = Command::new(&az);
        c.args(args)
            .env("AZURE_CONFIG_DIR", &config)
            .env("AZURE_EXTENSION_DIR", config.join("cliextensions"))
            .env("AZURE_CORE_COLLECT_TELEMETRY", "false")
            .env("AZURE_CORE_ONLY_SHOW_ERRORS", "true")
            .env("REQUESTS_CA_BUNDLE", &sim.ca)
            .env("SSL_CERT_FILE", &sim.ca)
            // Anything but loopback fails at once on a closed port: `az --version` looks for a newer release on
            // Microsoft's storage, which this machine cannot reach, and would otherwise wait for it.
            .env("HTTPS_PROXY", "http://127.0.0.1:9")
            .env("HTTP_PROXY", "http://127.0.0.1:9")
            .env("NO_PROXY", "localhost,127.0.0.1")
            .env("no_proxy", "localhost,127.0.0.1");
        c
    };
    let release = String::from_utf8_lossy(
        &run(&["version", "--query", "\"azure-cli\"", "-o", "tsv"])
            .output()
            .map_err(|e| format!("cannot run az: {e}"))?
            .stdout,
    )
    .trim()
    .to_owned();
    for step in sign_in_steps(sim) {
        let args: Vec<&str> = step.iter().map(String::as_str).collect();
        measured(&mut run(&args))?;
    }
    let url = format!(
        "{}/providers/Microsoft.ManagementPartner/partners?api-version=2018-02-01",
        sim.arm.trim_end_matches('/')
    );
    let version = repeat(&|| run(&["--version"]), None)?;
    let read = repeat(&|| run(&["rest", "--method", "get", "--url", &url]), None)?;
    Ok(AzureCli {
        version,
        read,
        release,
    })
}

/// The Azure CLI's own commands that point it at the simulator and sign the service principal in. MSAL asks
/// Microsoft's public login service to vouch for any other authority (instance discovery) unless told not to; the
/// cloud's endpoints come from the simulator's own `/metadata/endpoints`, as for any Azure Stack or sovereign cloud.
fn sign_in_steps(sim: &Sim) -> Vec<Vec<String>> {
    let s = |v: &[&str]| v.iter().map(|x| (*x).to_owned()).collect::<Vec<_>>();
    let arm = format!("{}/", sim.arm.trim_end_matches('/'));
    vec![
        s(&[
            "config",
            "set",
            "core.instance_discovery=false",
            "core.collect_telemetry=false",
            "core.survey_message=false",
        ]),
        s(&[
            "cloud",
            "register",
            "--name",
            "PartnerLinkSimulator",
            "--endpoint-resource-manager",
            &arm,
        ]),
        s(&["cloud", "set", "--name", "PartnerLinkSimulator"]),
        s(&[
            "login",
            "--service-principal",
            "--username",
            AUTOMATION_CLIENT_ID,
            "--password",
            AUTOMATION_SECRET,
            "--tenant",
            CUSTOMER,
        ]),
    ]
}
