//! The app's binary is also the command line: these run the real `partner-link` executable, so they prove that a
//! subcommand never opens a window and that exit codes reach the shell. (What each subcommand does against Azure is
//! tested in the core, in-process, against the simulator.)

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
