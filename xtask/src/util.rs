//! Small helpers for running programs and finding the project's folders.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The repository root: xtask lives one level below it.
pub fn root() -> PathBuf {
    // `cargo xtask` (cargo run) sets CARGO_MANIFEST_DIR for the running process too. That value is preferred to the
    // one compiled in, which names the checkout xtask was built in: with a target directory shared between
    // checkouts, a build that cargo considers fresh can come from another folder.
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .filter(|dir| dir.join("Cargo.toml").exists())
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    manifest_dir
        .parent()
        .expect("xtask sits inside the repository")
        .to_path_buf()
}

/// Cargo's target directory, honouring `CARGO_TARGET_DIR` the way cargo does.
pub fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => {
            let dir = PathBuf::from(dir);
            if dir.is_absolute() {
                dir
            } else {
                root().join(dir)
            }
        }
        None => root().join("target"),
    }
}

/// `npm`, which is a batch file on Windows and must be called by that name there.
pub fn npm() -> Command {
    Command::new(if cfg!(windows) { "npm.cmd" } else { "npm" })
}

/// The Tauri CLI that `npm ci` installed in `ui/`, pinned in ui/package.json. It is run from the repository root
/// because that is where `tauri.conf.json` is.
pub fn tauri_cli(root: &Path) -> Command {
    let bin =
        root.join("ui/node_modules/.bin")
            .join(if cfg!(windows) { "tauri.cmd" } else { "tauri" });
    let mut cmd = Command::new(bin);
    cmd.current_dir(root);
    cmd
}

/// Describes a command for messages: program and arguments as a user would type them.
pub fn describe(cmd: &Command) -> String {
    let mut text = cmd.get_program().to_string_lossy().into_owned();
    for arg in cmd.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}

/// Runs a command with inherited output and fails with a message naming `what` when it does not succeed.
pub fn run_status(cmd: &mut Command, what: &str) -> Result<(), String> {
    let status = cmd
        .status()
        .map_err(|e| format!("could not start {what} (`{}`): {e}", describe(cmd)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{what} failed ({status}): `{}`", describe(cmd)))
    }
}

/// Whether a program can be started at all (it is on PATH and runs `--version`).
pub fn has_program(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
}

/// Runs a command, showing its output live while also keeping it, so a stage can read a test runner's summary
/// and the person watching still sees everything. Both streams are merged into what is kept.
pub fn run_tee(cmd: &mut Command) -> std::io::Result<(bool, String)> {
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn()?;
    let stdout = child.stdout.take().expect("stdout is piped");
    let stderr = child.stderr.take().expect("stderr is piped");
    let err_thread = std::thread::spawn(move || pump(stderr, std::io::stderr()));
    let mut kept = pump(stdout, std::io::stdout());
    kept.push_str(&err_thread.join().unwrap_or_default());
    let status = child.wait()?;
    Ok((status.success(), kept))
}

fn pump(from: impl Read, mut to: impl Write) -> String {
    let mut kept = String::new();
    let mut reader = BufReader::new(from);
    let mut line = Vec::new();
    while let Ok(n) = reader.read_until(b'\n', &mut line) {
        if n == 0 {
            break;
        }
        let _ = to.write_all(&line);
        kept.push_str(&String::from_utf8_lossy(&line));
        line.clear();
    }
    let _ = to.flush();
    kept
}

/// A fresh, empty temporary directory that is removed when dropped.
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new(label: &str) -> Result<TempDir, String> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let path = std::env::temp_dir().join(format!(
            "partner-link-{label}-{}-{nanos}",
            std::process::id()
        ));
        std::fs::create_dir_all(&path)
            .map_err(|e| format!("could not create {}: {e}", path.display()))?;
        Ok(TempDir(path))
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
