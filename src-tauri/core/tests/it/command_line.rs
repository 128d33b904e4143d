//! The command line as it is installed: these run the real `partner-link` executable, so they prove that exit
//! codes and `--json` reach the shell and that the program loads no window toolkit. (What each subcommand does
//! against Azure is tested in-process, against the simulator, in `cli.rs`.)

use std::process::Command;

fn partner_link() -> Command {
    Command::new(env!("CARGO_BIN_EXE_partner-link"))
}

#[test]
fn help_lists_the_subcommands_and_exits_zero() {
    let out = partner_link()
        .arg("--help")
        .output()
        .expect("the binary runs");
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    for sub in ["status", "link", "change", "unlink"] {
        assert!(text.contains(sub), "--help does not mention {sub}:\n{text}");
    }
}

#[test]
fn a_bad_partner_id_is_a_usage_error_with_exit_code_two() {
    let out = partner_link()
        .args([
            "link",
            "--tenant",
            "aaaaaaaa-0000-4000-8000-000000000001",
            "--partner-id",
            "not an id",
            "--json",
        ])
        .env_remove("DISPLAY")
        .output()
        .expect("the binary runs");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let json: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("--json prints one JSON document");
    assert_eq!(json["error"]["code"], "invalidPartnerId", "{json}");
}

/// The command line must start like a native tool: no GTK, WebKit or other desktop library is linked in, so none
/// is loaded. `ldd` lists what the dynamic loader would load, the libraries' own dependencies included.
#[cfg(target_os = "linux")]
#[test]
fn the_command_line_loads_no_window_toolkit_or_webview() {
    let out = Command::new("ldd")
        .arg(env!("CARGO_BIN_EXE_partner-link"))
        .output()
        .expect("ldd runs");
    assert!(out.status.success(), "{out:?}");
    let libraries = String::from_utf8_lossy(&out.stdout);
    for desktop in [
        "gtk",
        "gdk",
        "webkit",
        "javascriptcore",
        "soup",
        "cairo",
        "pango",
        "X11",
        "wayland",
    ] {
        assert!(
            !libraries.to_lowercase().contains(&desktop.to_lowercase()),
            "partner-link loads {desktop}:\n{libraries}"
        );
    }
    // A handful: the C library, the loader, D-Bus for the keychain and what they need.
    let count = libraries
        .lines()
        .filter(|l| l.contains("=>") || l.contains("ld-linux"))
        .count();
    assert!(
        count <= 16,
        "partner-link loads {count} libraries:\n{libraries}"
    );
}

#[test]
fn version_prints_the_release() {
    let out = partner_link()
        .arg("--version")
        .output()
        .expect("the binary runs");
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        text.trim(),
        format!("partner-link {}", env!("CARGO_PKG_VERSION"))
    );
}
