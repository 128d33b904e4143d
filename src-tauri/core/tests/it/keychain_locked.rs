//! A locked keychain answers `keychainLocked`. The test runs its own D-Bus session and gnome-keyring (so locking
//! does not disturb the other tests' keyring), locks the login collection over D-Bus and reads from it.

#![cfg(target_os = "linux")]

use std::io::Write;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use partner_link_core::keychain::{KeyringStore, SecretStore};
use partner_link_core::{ErrorCode, Sensitive};

struct Killed(Vec<Child>);
impl Drop for Killed {
    fn drop(&mut self) {
        for c in &mut self.0 {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

fn wait_for(what: &str, mut ok: impl FnMut() -> bool) {
    let start = Instant::now();
    while !ok() {
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "{what} did not start within 15 s"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn a_locked_keychain_is_reported_as_locked() {
    let dir = std::env::temp_dir().join(format!("pl-locked-{}", std::process::id()));
    let runtime = dir.join("runtime");
    for d in ["runtime", "data", "config"] {
        std::fs::create_dir_all(dir.join(d)).unwrap();
    }
    let socket = runtime.join("bus");
    let address = format!("unix:path={}", socket.display());
    let env = [
        ("DBUS_SESSION_BUS_ADDRESS", address.clone()),
        ("XDG_RUNTIME_DIR", runtime.display().to_string()),
        ("XDG_DATA_HOME", dir.join("data").display().to_string()),
        ("XDG_CONFIG_HOME", dir.join("config").display().to_string()),
    ];
    let dbus = Command::new("dbus-daemon")
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
    let mut children = Killed(vec![dbus]);
    wait_for("dbus-daemon", || socket.exists());
    let mut keyring = Command::new("gnome-keyring-daemon")
        .args(["--foreground", "--unlock", "--components=secrets"])
        .envs(env.iter().map(|(k, v)| (k, v)))
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("gnome-keyring-daemon must be installed (cargo xtask setup installs it)");
    if let Some(mut stdin) = keyring.stdin.take() {
        let _ = stdin.write_all(b"throwaway-test-password");
    }
    children.0.push(keyring);
    // SAFETY of the change: this test binary holds this one test, so no other thread reads the environment.
    for (k, v) in &env {
        std::env::set_var(k, v);
    }
    let mut store = None;
    wait_for(
        "gnome-keyring's Secret Service",
        || match KeyringStore::open_with_service("Partner Link Assistant test locked") {
            Ok(s) => {
                store = Some(s);
                true
            }
            Err(_) => false,
        },
    );
    let store = store.unwrap();
    store.set("entry", &Sensitive::new("v".to_owned())).unwrap();
    assert!(store.get("entry").unwrap().is_some());

    let lock = Command::new("dbus-send")
        .envs(env.iter().map(|(k, v)| (k, v)))
        .args([
            "--session",
            "--print-reply",
            "--dest=org.freedesktop.secrets",
            "/org/freedesktop/secrets",
            "org.freedesktop.Secret.Service.Lock",
            "array:objpath:/org/freedesktop/secrets/collection/login",
        ])
        .output()
        .expect("dbus-send must be installed");
    assert!(
        lock.status.success(),
        "{}",
        String::from_utf8_lossy(&lock.stderr)
    );

    // Unlocking needs a prompt nobody can answer here; the read must fail as "locked", not hang or succeed.
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(store.get("entry").map(|v| v.is_some()));
    });
    let result = rx
        .recv_timeout(Duration::from_secs(30))
        .expect("reading a locked keychain must not hang");
    drop(children);
    let _ = std::fs::remove_dir_all(&dir);
    let err = result.expect_err("a locked keychain cannot be read");
    assert_eq!(err.code, ErrorCode::KeychainLocked, "{}", err.message);
}
