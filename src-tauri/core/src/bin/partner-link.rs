//! `partner-link`, the command line: the core alone, with no window toolkit or webview linked in, so that it
//! starts like any native tool. Every installer ships it beside the desktop app (`partner-link-assistant`).

fn main() {
    // A release build never leaves its memory (tokens, a secret from the environment) in a core file; a
    // developer's build does, for debugging.
    #[cfg(not(debug_assertions))]
    if let Err(e) = partner_link_core::secret::forbid_core_files() {
        eprintln!("partner-link: could not turn core files off: {e}");
    }
    // The command line parses the whole argument list, program name first, as clap expects.
    let args: Vec<String> = std::env::args().collect();
    let code = partner_link_core::cli::run(&args, &mut std::io::stdout(), &mut std::io::stderr());
    std::process::exit(code);
}
