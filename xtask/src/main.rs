//! `cargo xtask`: the project's chores, written in Rust so they run the same on every platform.
//!
//! The two commands in README.md are the contract with a new user: `cargo xtask run` sets up and starts the app,
//! `cargo xtask test` sets up and runs every test. Both install what is missing first (see `prereqs`), so a fresh
//! machine with only Rust and Node.js needs nothing else.

mod bench;
mod bench_cli;
mod codegen;
mod fuzz;
#[cfg(unix)]
mod installers;
mod package;
mod prereqs;
mod screenshots;
mod session;
mod supply;
mod test;
mod util;

#[cfg(test)]
mod tidy;

use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  run [--practice]   install what is missing, then start the app (with live reload of the UI)
  test               install what is missing, then run every check and test; ends with `N passed, N failed`
  test --e2e [FILTER]
                     only the end-to-end tests (after building the UI and the app), optionally those
                     whose name matches FILTER
  bench [--skip-cold-build]
                     measure build time, sizes, launch time and memory beside a bare Tauri window;
                     writes docs/performance.md
  fuzz [--seconds N] [TARGET...]
                     every parser of outside input under libFuzzer, N seconds each (600 by default);
                     writes docs/fuzzing.md
  package [--debug]  build the Linux installers (.deb and .rpm, the command line inside); the AppImage is
                     built by the release workflow
  supply-chain       only the supply-chain check (licences, bans, sources, advisories of crates and npm packages)
  codegen            regenerate the committed generated files (TypeScript bindings, message functions)
  screenshots        copy the screens docs/screenshots/README.md shows from the last end-to-end run
  setup [--tests]    only install what is missing (for running the app; with --tests, also for the tests)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (command, rest) = match args.split_first() {
        Some((c, rest)) => (c.as_str(), rest),
        None => {
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let result = match command {
        "run" => prereqs::ensure(prereqs::Purpose::Run).and_then(|()| run_app(rest)),
        "test" => {
            // Whether anything was built here before decides whether this run's stage times are the cold ones.
            let cold = test::nothing_built_yet();
            let started = std::time::Instant::now();
            prereqs::ensure(prereqs::Purpose::Test).and_then(|()| match rest {
                [flag, filter @ ..] if flag == "--e2e" => test::run_end_to_end_only(filter),
                [] => test::run_all(cold, started.elapsed()),
                _ => Err(format!("unexpected arguments {rest:?}\n{USAGE}")),
            })
        }
        "bench" => prereqs::ensure(prereqs::Purpose::Test).and_then(|()| bench::run(rest)),
        "screenshots" => screenshots::run(),
        "fuzz" => fuzz::run(rest),
        "package" => prereqs::ensure(prereqs::Purpose::Run).and_then(|()| package::run(rest)),
        "supply-chain" => {
            let found = supply::run(&util::root());
            println!("{} passed, {} failed", found.passed, found.failed);
            if found.failed == 0 {
                Ok(())
            } else {
                Err("the supply-chain check failed".to_owned())
            }
        }
        "codegen" => prereqs::ensure(prereqs::Purpose::Run).and_then(|()| codegen::run()),
        "setup" => {
            let purpose = if rest.iter().any(|a| a == "--tests") {
                prereqs::Purpose::Test
            } else {
                prereqs::Purpose::Run
            };
            prereqs::ensure(purpose)
        }
        "-h" | "--help" | "help" => {
            print!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown command `{other}`\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Starts the app in development mode through the Tauri CLI, which serves the UI with Vite and rebuilds the
/// Rust shell when it changes. On Linux without a display, a virtual one is started so that the app still runs
/// (useful for screenshots over SSH); the user is told so.
fn run_app(args: &[String]) -> Result<(), String> {
    let root = util::root();
    let mut display = None;
    if cfg!(target_os = "linux")
        && std::env::var_os("DISPLAY").is_none()
        && std::env::var_os("WAYLAND_DISPLAY").is_none()
    {
        let xvfb = session::Xvfb::start()?;
        eprintln!(
            "xtask: no display found, so the app runs on the virtual display {} (take screenshots with `import -window root -display {} shot.png`)",
            xvfb.display(),
            xvfb.display()
        );
        display = Some(xvfb);
    }
    let mut cmd = util::tauri_cli(&root);
    cmd.arg("dev");
    if args.iter().any(|a| a == "--practice") {
        cmd.env("PARTNER_LINK_PRACTICE", "1");
    }
    if let Some(x) = &display {
        cmd.env("DISPLAY", x.display());
    }
    util::run_status(&mut cmd, "the app (tauri dev)")
}
