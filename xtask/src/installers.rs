//! The installer stage of `cargo xtask test`: the .deb installed on this machine as a person would
//! (`apt-get install ./….deb`), its desktop entry, icon and command line checked, the installed app started under
//! Xvfb in practice mode and walked through one link (the end-to-end `installed::` tests), the package removed and
//! the machine checked for anything left of it; the .rpm read for its metadata and contents (nothing here installs
//! an .rpm). Linux with apt only; elsewhere the stage says it cannot run and counts as failed.

use std::path::Path;
use std::process::Command;

use crate::util;

/// One check of the stage: its name, and why it failed.
type Check = (String, Result<(), String>);

fn output(cmd: &mut Command) -> Result<String, String> {
    let what = util::describe(cmd);
    let out = cmd
        .output()
        .map_err(|e| format!("cannot run `{what}`: {e}"))?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    if out.status.success() {
        Ok(text)
    } else {
        Err(format!(
            "`{what}` failed ({}): {text}{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

/// The package's files (`dpkg-deb -c`), as absolute paths, directories left out.
fn files_of_deb(deb: &Path) -> Result<Vec<String>, String> {
    Ok(output(Command::new("dpkg-deb").arg("-c").arg(deb))?
        .lines()
        .filter(|l| !l.starts_with('d'))
        // Mode, owner, size, date and time, then the path, which may hold spaces ("Partner Link Assistant.desktop").
        .map(|l| l.split_whitespace().skip(5).collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .map(|p| format!("/{}", p.trim_start_matches("./").trim_start_matches('/')))
        .collect())
}

/// The version the build says it is (`tauri.conf.json`).
fn app_version(root: &Path) -> String {
    std::fs::read_to_string(root.join("tauri.conf.json"))
        .ok()
        .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
        .and_then(|v| v["version"].as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The stage's checks, in order; the end-to-end run of the installed app is the caller's (it needs the display
/// and keyring), between `install` and `remove`.
pub struct Installed {
    pub checks: Vec<Check>,
    package: String,
    files: Vec<String>,
}

/// Builds the installers, reads the .rpm, installs the .deb and checks what it put on the machine.
pub fn install(root: &Path) -> Installed {
    let mut checks: Vec<Check> = Vec::new();
    let packages = match crate::package::build(root, true) {
        Ok(p) => p,
        Err(e) => {
            checks.push(("the installers build".into(), Err(e)));
            return Installed {
                checks,
                package: String::new(),
                files: Vec::new(),
            };
        }
    };
    checks.push(("the installers build".into(), Ok(())));
    let version = app_version(root);
    let expected = ["/usr/bin/partner-link-assistant", "/usr/bin/partner-link"];

    // The .rpm: its metadata and the same files as the .deb (rpm reads a package without installing it).
    let rpm = output(
        Command::new("rpm")
            .args(["-qp", "--queryformat", "%{NAME} %{VERSION}\n"])
            .arg(&packages.rpm),
    )
    .and_then(|meta| {
        let listed = output(Command::new("rpm").arg("-qlp").arg(&packages.rpm))?;
        let missing: Vec<&&str> = expected
            .iter()
            .filter(|f| !listed.lines().any(|l| l == **f))
            .collect();
        if !meta.contains(&version) {
            Err(format!("the .rpm says {meta:?}, not version {version}"))
        } else if !missing.is_empty() {
            Err(format!("the .rpm lacks {missing:?}:\n{listed}"))
        } else if !listed.lines().any(|l| l.ends_with(".desktop")) {
            Err(format!("the .rpm has no desktop entry:\n{listed}"))
        } else {
            Ok(())
        }
    });
    checks.push(("the .rpm's metadata and contents".into(), rpm));

    let package = output(
        Command::new("dpkg-deb")
            .args(["-f"])
            .arg(&packages.deb)
            .arg("Package"),
    )
    .map(|p| p.trim().to_owned())
    .unwrap_or_default();
    let files = files_of_deb(&packages.deb).unwrap_or_default();
    let deb = packages.deb.display().to_string();
    let install = output(&mut crate::prereqs::apt_get(&[
        "install",
        "-y",
        "--no-install-recommends",
        &deb,
    ]))
    .map(|_| ());
    let ok = install.is_ok();
    checks.push((format!("apt-get install {deb}"), install));
    if ok {
        checks.extend(installed_files(&files, &expected, &version));
    }
    Installed {
        checks,
        package,
        files,
    }
}

fn installed_files(files: &[String], expected: &[&str], version: &str) -> Vec<Check> {
    let mut checks: Vec<Check> = Vec::new();
    for path in expected {
        let found = std::fs::metadata(path)
            .map_err(|e| format!("{path}: {e}"))
            .and_then(|m| {
                use std::os::unix::fs::PermissionsExt;
                if m.permissions().mode() & 0o111 == 0 {
                    Err(format!("{path} is not executable"))
                } else {
                    Ok(())
                }
            });
        checks.push((format!("{path} is installed"), found));
    }
    let desktop = files
        .iter()
        .find(|f| f.starts_with("/usr/share/applications/") && f.ends_with(".desktop"));
    let entry = match desktop {
        None => Err(format!("the package has no desktop entry: {files:?}")),
        Some(path) => std::fs::read_to_string(path)
            .map_err(|e| format!("{path}: {e}"))
            .and_then(|text| {
                let field = |k: &str| {
                    text.lines()
                        .find_map(|l| l.strip_prefix(&format!("{k}=")))
                        .map(str::to_owned)
                };
                let exec = field("Exec").unwrap_or_default();
                let icon = field("Icon").unwrap_or_default();
                if !exec.starts_with("partner-link-assistant") {
                    return Err(format!("{path}: Exec={exec}"));
                }
                if field("Name").as_deref() != Some("Partner Link Assistant") {
                    return Err(format!("{path}: {text}"));
                }
                let icons: Vec<&String> = files
                    .iter()
                    .filter(|f| {
                        f.starts_with("/usr/share/icons/hicolor/")
                            && f.ends_with(&format!("/{icon}.png"))
                    })
                    .collect();
                match icons.iter().find(|i| !Path::new(i.as_str()).exists()) {
                    _ if icons.is_empty() => Err(format!("no icon named {icon} in the package")),
                    Some(gone) => Err(format!("{gone} is not installed")),
                    None => Ok(()),
                }
            }),
    };
    checks.push(("the desktop entry and its icon".into(), entry));
    let cli_version =
        output(Command::new("/usr/bin/partner-link").arg("--version")).and_then(|v| {
            if v.contains(version) {
                Ok(())
            } else {
                Err(format!(
                    "`partner-link --version` printed {v:?}, not {version}"
                ))
            }
        });
    checks.push(("partner-link --version".into(), cli_version));
    let help =
        output(Command::new("/usr/bin/partner-link").args(["status", "--help"])).and_then(|h| {
            if h.contains("--tenant") {
                Ok(())
            } else {
                Err(format!("`partner-link status --help` printed {h:?}"))
            }
        });
    checks.push(("partner-link status --help".into(), help));
    checks
}

/// Removes the package and checks that none of its files is left.
pub fn remove(installed: &Installed) -> Vec<Check> {
    if installed.package.is_empty() {
        return Vec::new();
    }
    let purge = output(&mut crate::prereqs::apt_get(&[
        "remove",
        "--purge",
        "-y",
        &installed.package,
    ]))
    .map(|_| ());
    let left: Vec<&String> = installed
        .files
        .iter()
        .filter(|f| Path::new(f.as_str()).exists())
        .collect();
    let gone = if left.is_empty() {
        Ok(())
    } else {
        Err(format!("left on the machine after removal: {left:?}"))
    };
    vec![
        (
            format!("apt-get remove --purge {}", installed.package),
            purge,
        ),
        ("nothing of the package is left".into(), gone),
    ]
}
