//! `cargo xtask codegen`: rewrites the committed generated files. Each has a test that fails when the committed
//! copy is stale and names this command.

use std::process::Command;

use crate::util;

pub fn run() -> Result<(), String> {
    let root = util::root();
    // The bindings test rewrites `ui/src/lib/backend/bindings.ts` instead of failing when this variable is set.
    util::run_status(
        Command::new("cargo")
            .args([
                "test",
                "--package",
                "partner-link",
                "--lib",
                "--features",
                "partner-link/custom-protocol",
                "--",
                "generated_bindings_are_fresh",
            ])
            .env("PARTNER_LINK_UPDATE_GENERATED", "1")
            .current_dir(&root),
        "regenerating the TypeScript bindings",
    )?;
    util::run_status(
        util::npm()
            .args(["run", "i18n"])
            .current_dir(root.join("ui")),
        "compiling the message catalogues",
    )?;
    eprintln!("xtask: generated files are up to date; commit them with your change");
    Ok(())
}
