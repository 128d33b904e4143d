//! No Secret Service on the session bus: the keychain answers `keychainUnavailable` (so the UI can offer a
//! session-only sign-in), and nothing falls back to plaintext. One test per file: it changes this process's
//! `DBUS_SESSION_BUS_ADDRESS`.

#![cfg(target_os = "linux")]

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use partner_link_core::keychain::KeyringStore;
use partner_link_core::ErrorCode;

#[test]
fn without_a_secret_service_the_keychain_is_unavailable() {
    let dir = std::env::temp_dir().join(format!("pl-bare-dbus-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let socket = dir.join("bus");
    let address = format!("unix:path={}", socket.display());
    let mut daemon = Command::new("dbus-daemon")
        .args([
            "--session",
            "--nofork",
            "--nopidfile",
            &format!("--address={address}"),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("dbus-daemon must be installed (cargo xtask setup installs it)");
    let start = Instant::now();
    while !socket.exists() && start.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(50));
    }
    // SAFETY of the change: this test binary holds this one test, so no other thread reads the environment.
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", &address);
    let result = KeyringStore::open_with_service("Partner Link Assistant test unavailable");
    let _ = daemon.kill();
    let _ = daemon.wait();
    let _ = std::fs::remove_dir_all(&dir);
    let err = result
        .err()
        .expect("no Secret Service answers on a bare bus");
    assert_eq!(err.code, ErrorCode::KeychainUnavailable, "{}", err.message);
}
