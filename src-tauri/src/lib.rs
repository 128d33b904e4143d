//! The desktop shell: a thin Tauri layer that turns IPC requests into calls on `partner_link_core` and core
//! errors into `{code, message}` for the UI. Nothing here decides anything about Azure or PAL.

mod backend;
mod commands;
mod everywhere;

use tauri::Manager;

pub use commands::bindings_builder;

/// What of the window is remembered between runs.
fn window_state_flags() -> tauri_plugin_window_state::StateFlags {
    use tauri_plugin_window_state::StateFlags;
    StateFlags::SIZE | StateFlags::POSITION | StateFlags::MAXIMIZED
}

/// Starts the desktop app. Called by `main`.
pub fn run() {
    let started = std::time::Instant::now();
    let builder = bindings_builder();
    tauri::Builder::default()
        .plugin(tauri_plugin_opener::init())
        // The window opens at the size and place the person left it. Visibility and decorations are not restored:
        // the window always opens visible, with the system's frame.
        .plugin(
            tauri_plugin_window_state::Builder::default()
                .with_state_flags(window_state_flags())
                .build(),
        )
        // The plugin saves when the window is asked to close; saving after each resize or move as well keeps the
        // size when the app ends any other way (a crash, a log-out, a window closed by force). The file is a few
        // bytes, so the writes during a drag cost nothing noticeable.
        .on_window_event(|window, event| {
            if matches!(
                event,
                tauri::WindowEvent::Resized(_) | tauri::WindowEvent::Moved(_)
            ) {
                use tauri_plugin_window_state::AppHandleExt;
                let _ = window.app_handle().save_window_state(window_state_flags());
            }
        })
        // `cargo xtask bench` measures launch time as the time until the page has loaded, reported on stdout when
        // asked. The bare baseline window it compares against has the same hook, so both are measured alike.
        .on_page_load(move |_webview, payload| {
            if payload.event() == tauri::webview::PageLoadEvent::Finished
                && std::env::var_os("TAURI_BENCH_REPORT_LOAD").is_some()
            {
                println!("page-loaded {}", started.elapsed().as_micros());
            }
        })
        .invoke_handler(builder.invoke_handler())
        .setup(move |app| {
            builder.mount_events(app);
            // The simulator (in practice mode) serves on Tauri's async runtime, which outlives this block.
            // Per-user folders as the platform names them (XDG on Linux, Application Support on macOS, AppData on
            // Windows); the sign-in cache and the activity log go to the data folder, settings to the config one.
            let data = app.path().app_data_dir()?;
            let proofs = match app.path().document_dir() {
                Ok(documents) => documents.join("Partner Link Assistant proofs"),
                Err(_) => data.join("proofs"),
            };
            let folders = backend::Folders {
                config: app.path().app_config_dir()?,
                data,
                proofs,
            };
            let backend =
                tauri::async_runtime::block_on(backend::Backend::from_environment(folders));
            app.manage(backend);
            Ok(())
        })
        .run(tauri::generate_context!("tauri.conf.json"))
        .expect("the Tauri runtime failed to start");
}
