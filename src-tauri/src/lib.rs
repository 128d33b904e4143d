//! The desktop shell: a thin Tauri layer that turns IPC requests into calls on `partner_link_core` and core
//! errors into `{code, message}` for the UI. Nothing here decides anything about Azure or PAL.

mod backend;
#[cfg(test)]
#[path = "../build_guard.rs"]
mod build_guard;
mod commands;

use tauri::Manager;

pub use commands::bindings_builder;

/// What of the window is remembered between runs.
fn window_state_flags() -> tauri_plugin_window_state::StateFlags {
    use tauri_plugin_window_state::StateFlags;
    StateFlags::SIZE | StateFlags::POSITION | StateFlags::MAXIMIZED
}

/// The single-instance lock's name on Linux's session bus (Windows and macOS key it on the app's identifier). It
/// is one per data folder: the same person starting the app twice gets the open window back, while two separate
/// homes on one bus (the end-to-end tests run several apps side by side) each keep their own app.
fn instance_bus_name() -> String {
    let place = std::env::var_os("XDG_DATA_HOME")
        .or_else(|| std::env::var_os("HOME"))
        .unwrap_or_default();
    // FNV-1a: stable across builds and Rust versions, unlike the standard library's hasher, so two builds of the
    // app for one person still find each other.
    let hash = place
        .as_encoded_bytes()
        .iter()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
        });
    format!("app.partnerlink.assistant.u{hash:016x}")
}

/// Brings the open window forward when the app is started again, instead of a second window on the same sign-in
/// cache and bulk-run journal.
fn show_open_window(app: &tauri::AppHandle) {
    eprintln!("partner-link: started again; showing the window that is already open");
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// Starts the desktop app. Called by `main`.
pub fn run() {
    let started = std::time::Instant::now();
    #[cfg(target_os = "linux")]
    wait_for_a_dead_instance_to_go(&format!("{}.SingleInstance", instance_bus_name()));
    build(started)
        .expect("the Tauri runtime failed to start")
        .run(|_, _| {});
}

/// Right after the running app ended by a crash or a kill, the session bus may still list it as the owner of
/// the single-instance lock for a moment. The plugin would then try to hand this start over to it, get no
/// answer, and fail; and a GTK app cannot be set up twice in one process to try again. So before anything is
/// built, a lock whose owner does not answer a ping is waited out (a few seconds at most); a live owner answers
/// at once and the plugin brings its window forward as usual.
#[cfg(target_os = "linux")]
fn wait_for_a_dead_instance_to_go(name: &str) {
    let Ok(bus) = zbus::blocking::Connection::session() else {
        return;
    };
    let Ok(dbus) = zbus::blocking::fdo::DBusProxy::new(&bus) else {
        return;
    };
    let Ok(name) = zbus::names::BusName::try_from(name) else {
        return;
    };
    for _ in 0..40 {
        let Ok(owner) = dbus.get_name_owner(name.clone()) else {
            return; // Nobody holds the lock: this start becomes the running instance.
        };
        let alive = bus
            .call_method(
                Some(owner.as_str()),
                "/",
                Some("org.freedesktop.DBus.Peer"),
                "Ping",
                &(),
            )
            .is_ok();
        if alive {
            return;
        }
        eprintln!(
            "partner-link: the previous window has just closed; waiting a moment for it to go"
        );
        std::thread::sleep(std::time::Duration::from_millis(250));
    }
}

/// Gives the app its state: the backend for the Azure the environment names (started on Tauri's async runtime,
/// which outlives setup, so that practice mode's simulator keeps serving), the person's folders (the same ones
/// the command line uses) and the progress events the overview and bulk runs push to the window.
fn manage_shell<R: tauri::Runtime>(
    app: &mut tauri::App<R>,
) -> Result<(), Box<dyn std::error::Error>> {
    use partner_link_core::assistant::{Folders, Progress};
    use tauri_specta::Event as _;
    // The same folders as the command line's, including those PARTNER_LINK_DATA_DIR names.
    let folders = Folders::from_vars(|k| std::env::var(k).ok())?;
    let handle = app.handle().clone();
    let progress = std::sync::Arc::new(move |p: Progress| {
        // An event the window cannot receive (it is closing) is not worth stopping the work for.
        let _ = match p {
            Progress::Overview(o) => commands::OverviewChanged(o).emit(&handle),
            Progress::Bulk(b) => commands::BulkChanged(b).emit(&handle),
        };
    });
    let backend =
        tauri::async_runtime::block_on(backend::Backend::from_environment(folders.clone()));
    let browser = std::sync::Arc::new(Opener(app.handle().clone()));
    app.manage(backend::Shell::new(folders, backend, progress, browser));
    Ok(())
}

/// The system's browser and file viewer, through Tauri's opener plugin.
struct Opener<R: tauri::Runtime>(tauri::AppHandle<R>);

impl<R: tauri::Runtime> backend::Browser for Opener<R> {
    fn open_url(&self, url: &str) -> Result<(), partner_link_core::Error> {
        use tauri_plugin_opener::OpenerExt;
        self.0.opener().open_url(url, None::<&str>).map_err(|e| {
            partner_link_core::Error::new(
                partner_link_core::ErrorCode::Internal,
                format!("could not open the browser: {e}; open {url} by hand"),
            )
        })
    }

    fn open_file(&self, path: &std::path::Path) -> Result<(), partner_link_core::Error> {
        use tauri_plugin_opener::OpenerExt;
        self.0
            .opener()
            .open_path(path.display().to_string(), None::<&str>)
            .map_err(|e| {
                partner_link_core::Error::new(
                    partner_link_core::ErrorCode::Internal,
                    format!("could not open {}: {e}", path.display()),
                )
            })
    }
}

/// The app with its plugins, commands and state, ready to run.
fn build(started: std::time::Instant) -> tauri::Result<tauri::App> {
    let builder = bindings_builder();
    tauri::Builder::default()
        // First among the plugins, as its documentation asks: a second start ends here, before any window.
        .plugin(
            tauri_plugin_single_instance::Builder::new()
                .dbus_id(instance_bus_name())
                .callback(|app, _args, _cwd| show_open_window(app))
                .build(),
        )
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
            manage_shell(app)?;
            Ok(())
        })
        .build(tauri::generate_context!("tauri.conf.json"))
}
