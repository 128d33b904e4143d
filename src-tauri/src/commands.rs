//! The IPC commands the UI may call. Each one validates its input, delegates to the core and maps the result.
//! Their TypeScript bindings are generated from these signatures into `ui/src/lib/backend/bindings.ts`.

use partner_link_core::AppInfo;
use tauri::State;
use tauri_specta::{collect_commands, Builder};

use crate::backend::Backend;

/// Facts about the app for its header: name, version, cloud and whether practice mode is on.
#[tauri::command]
#[specta::specta]
fn app_info(backend: State<'_, Backend>) -> AppInfo {
    AppInfo::current(backend.endpoints.cloud, backend.is_practice())
}

/// The command list, shared by the app (to serve the commands) and by the bindings generator (to describe them).
pub fn bindings_builder() -> Builder<tauri::Wry> {
    Builder::<tauri::Wry>::new()
        .commands(collect_commands![app_info])
        // The error type is exported even before a command returns it, so the UI can translate every code.
        .typ::<partner_link_core::Error>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use specta_typescript::Typescript;

    /// Where the generated bindings live, relative to the repository root.
    const BINDINGS_PATH: &str = "ui/src/lib/backend/bindings.ts";

    /// Renders the TypeScript bindings as they should be on disk.
    fn render_bindings() -> String {
        let dir = tempdir_path();
        let path = dir.join("bindings.ts");
        bindings_builder()
            .export(
                Typescript::default().header(
                    "// Regenerate with `cargo xtask codegen` (from src-tauri/src/commands.rs).",
                ),
                &path,
            )
            .expect("exporting the TypeScript bindings failed");
        let text = std::fs::read_to_string(&path).expect("reading the exported bindings failed");
        let _ = std::fs::remove_dir_all(&dir);
        text
    }

    /// A directory of its own for each export: the tests run in parallel and would otherwise remove each other's.
    fn tempdir_path() -> std::path::PathBuf {
        static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("partner-link-bindings-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("creating a temporary directory failed");
        dir
    }

    /// The committed bindings must match the commands' signatures. `cargo xtask codegen` sets
    /// `PARTNER_LINK_UPDATE_GENERATED` so that this test rewrites the file instead of failing.
    #[test]
    fn generated_bindings_are_fresh() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(BINDINGS_PATH);
        let wanted = render_bindings();
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed == wanted {
            return;
        }
        if std::env::var_os("PARTNER_LINK_UPDATE_GENERATED").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, wanted).unwrap();
            return;
        }
        panic!(
            "{} is stale: run `cargo xtask codegen` and commit the result",
            BINDINGS_PATH
        );
    }

    /// The command list in build.rs decides which `allow-*` permissions exist; it must name exactly the commands
    /// the bindings describe, or a command would be unreachable (or a permission would grant nothing).
    #[test]
    fn build_script_lists_every_command() {
        let build_rs = include_str!("../build.rs");
        let text = render_bindings();
        // Each command is called as `__TAURI_INVOKE<Type>("name", ...)`.
        let mut invoked: Vec<&str> = text
            .split("__TAURI_INVOKE")
            .skip(2)
            .filter_map(|call| {
                call.split_once("(\"")
                    .and_then(|(_, rest)| rest.split('"').next())
            })
            .collect();
        invoked.sort();
        let line = build_rs
            .lines()
            .find(|l| l.starts_with("const COMMANDS"))
            .expect("build.rs lists COMMANDS");
        let mut listed: Vec<&str> = line.split('"').skip(1).step_by(2).collect();
        listed.sort();
        assert_eq!(listed, invoked);
    }
}
