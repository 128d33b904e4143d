// Release builds on Windows must not open a console window beside the app.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

/// The first arguments that make `partner-link` a command-line tool instead of a window: the subcommands of
/// `partner_link_core::cli` and the usual help and version flags.
const COMMAND_LINE: &[&str] = &[
    "status",
    "link",
    "change",
    "unlink",
    "sign-in",
    "accounts",
    "sign-out",
    "help",
    "--help",
    "-h",
    "--version",
    "-V",
];

fn main() {
    // A release build never leaves its memory (tokens, a typed secret) in a core file; a developer's build does,
    // for debugging.
    #[cfg(not(debug_assertions))]
    if let Err(e) = partner_link_core::secret::forbid_core_files() {
        eprintln!("partner-link: could not turn core files off: {e}");
    }
    // The command line parses the whole argument list, program name first, as clap expects.
    let args: Vec<String> = std::env::args().collect();
    if args
        .get(1)
        .is_some_and(|first| COMMAND_LINE.contains(&first.as_str()))
    {
        attach_parent_console();
        let code =
            partner_link_core::cli::run(&args, &mut std::io::stdout(), &mut std::io::stderr());
        std::process::exit(code);
    }
    partner_link_app::run();
}

/// A Windows release build has no console of its own (see the attribute above), so the command line writes to the
/// console of the shell that started it. Elsewhere standard output is already the terminal.
#[cfg(windows)]
fn attach_parent_console() {
    // SAFETY: AttachConsole has no preconditions; it fails harmlessly when there is no parent console.
    unsafe {
        windows_sys::Win32::System::Console::AttachConsole(
            windows_sys::Win32::System::Console::ATTACH_PARENT_PROCESS,
        );
    }
}

#[cfg(not(windows))]
fn attach_parent_console() {}
