// Release builds on Windows must not open a console window beside the app.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // A release build never leaves its memory (tokens, a typed secret) in a core file; a developer's build does,
    // for debugging.
    #[cfg(not(debug_assertions))]
    if let Err(e) = partner_link_core::secret::forbid_core_files() {
        eprintln!("partner-link-assistant: could not turn core files off: {e}");
    }
    // The command line is its own program, `partner-link`, installed beside this one: one that does not load the
    // window toolkit. Someone who types a subcommand here is told so instead of getting a window.
    let args: Vec<String> = std::env::args().collect();
    if partner_link_core::cli::is_command_line(&args) {
        eprintln!(
            "partner-link-assistant is the desktop app; the command line is `partner-link` (try `partner-link --help`)."
        );
        std::process::exit(partner_link_core::cli::EXIT_USAGE);
    }
    partner_link_app::run();
}
