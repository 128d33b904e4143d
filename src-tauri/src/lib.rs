//! The desktop shell: a thin Tauri layer that turns IPC requests into calls on `partner_link_core` and core
//! errors into `{code, message}` for the UI. Nothing here decides anything about Azure or PAL.

mod commands;

pub use commands::bindings_builder;

/// Starts the desktop app. Called by `main`.
pub fn run() {
    let builder = bindings_builder();
    tauri::Builder::default()
        .plugin(tauri_plugin_opener::init())
        .invoke_handler(builder.invoke_handler())
        .setup(move |app| {
            builder.mount_events(app);
            Ok(())
        })
        .run(tauri::generate_context!("tauri.conf.json"))
        .expect("the Tauri runtime failed to start");
}
