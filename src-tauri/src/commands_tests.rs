//! The commands' tests: the generated bindings and permissions are fresh, and the commands answer over IPC on
//! Tauri's mock runtime.

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
    // The list may span several lines once rustfmt has wrapped it: read from its start to its `];`.
    let start = build_rs
        .find("const COMMANDS")
        .expect("build.rs lists COMMANDS");
    let list = &build_rs[start..];
    let list = &list[..list.find("];").expect("the COMMANDS list ends")];
    let mut listed: Vec<&str> = list.split('"').skip(1).step_by(2).collect();
    listed.sort();
    assert_eq!(listed, invoked);
}

/// The shell without a desktop: Tauri's mock runtime serves the real commands (with the app's own
/// capabilities) over IPC to a practice backend, as the window would call them.
mod over_ipc {
    use std::sync::Arc;

    // The commands (and the macros Tauri generates beside them) as `each_command!` names them.
    use super::super::*;

    use serde_json::{json, Value};
    use tauri::generate_handler;
    use tauri::ipc::{CallbackFn, InvokeBody};
    use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
    use tauri::webview::InvokeRequest;
    use tauri::Manager;

    use crate::backend::{Backend, Shell};
    use partner_link_core::assistant::Folders;

    fn app() -> (tauri::App<MockRuntime>, tauri::WebviewWindow<MockRuntime>) {
        app_with(Arc::new(NotingBrowser::default()))
    }

    fn app_with(
        browser: Arc<NotingBrowser>,
    ) -> (tauri::App<MockRuntime>, tauri::WebviewWindow<MockRuntime>) {
        let home = std::env::temp_dir().join(format!(
            "partner-link-shell-{}-{}",
            std::process::id(),
            uuid_ish()
        ));
        let folders = Folders {
            config: home.join("config"),
            data: home.join("data"),
            proofs: home.join("proofs"),
        };
        let app = mock_builder()
            .invoke_handler(each_command!(generate_handler))
            .build(tauri::generate_context!("tauri.conf.json"))
            .expect("the app builds on the mock runtime");
        let backend = tauri::async_runtime::block_on(Backend::practice(&folders))
            .expect("practice mode starts");
        app.manage(Shell::new(folders, backend, Arc::new(|_| {}), browser));
        let window = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .expect("the main window");
        (app, window)
    }

    /// A desktop whose browser only notes what it was asked to open.
    #[derive(Default)]
    struct NotingBrowser(std::sync::Mutex<Vec<String>>);
    impl crate::backend::Browser for NotingBrowser {
        fn open_url(&self, url: &str) -> Result<(), partner_link_core::Error> {
            self.0.lock().unwrap().push(url.to_owned());
            Ok(())
        }
        fn open_file(&self, path: &std::path::Path) -> Result<(), partner_link_core::Error> {
            self.open_url(&path.display().to_string())
        }
    }

    fn uuid_ish() -> u64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0)
    }

    /// Calls `cmd` as the page would, with camelCase arguments; the answer or the IPC error.
    fn call(
        window: &tauri::WebviewWindow<MockRuntime>,
        cmd: &str,
        args: Value,
    ) -> Result<Value, Value> {
        get_ipc_response(
            window,
            InvokeRequest {
                cmd: cmd.into(),
                callback: CallbackFn(0),
                error: CallbackFn(1),
                url: "tauri://localhost".parse().unwrap(),
                body: InvokeBody::Json(args),
                headers: Default::default(),
                invoke_key: INVOKE_KEY.to_string(),
            },
        )
        .map(|body| body.deserialize::<Value>().expect("a JSON answer"))
    }

    #[test]
    fn the_commands_carry_the_cores_answers_and_errors() {
        use azure_sim::demo;
        let (_app, window) = app();
        let status = call(&window, "use_session_only", json!({})).unwrap();
        assert_eq!(status["readiness"], "ready");
        let account = call(
            &window,
            "sign_in_service_principal",
            json!({"tenant": demo::FABRIKAM_EA, "clientId": demo::AUTOMATION_CLIENT_ID,
                   "secret": demo::AUTOMATION_SECRET}),
        )
        .unwrap();
        assert_eq!(account["kind"], "servicePrincipal");
        let opened = call(
            &window,
            "open_directory",
            json!({"accountId": account["id"], "tenantId": demo::FABRIKAM_EA}),
        )
        .unwrap();
        assert_eq!(opened["kind"], "ready", "{opened}");
        assert_eq!(opened["view"]["review"]["bestRole"], "Contributor");
        // Errors cross as {code, message}, decided by the core.
        let err = call(
            &window,
            "plan_link",
            json!({"accountId": account["id"], "tenantId": demo::FABRIKAM_EA, "partnerId": "Contoso"}),
        )
        .unwrap_err();
        assert_eq!(err["code"], "invalidPartnerId", "{err}");
        assert!(err["message"].as_str().is_some());
        let err = call(
            &window,
            "open_device_code_page",
            json!({"url": "https://login.microsoftonline.com.evil.example/device"}),
        )
        .unwrap_err();
        assert_eq!(err["code"], "invalidInput", "{err}");
        let err = call(
            &window,
            "open_directory",
            json!({"accountId": account["id"], "tenantId": "../common"}),
        )
        .unwrap_err();
        assert_eq!(err["code"], "invalidInput", "{err}");
    }

    /// The page asks for a Microsoft page by name and language; the address comes from the core, and a name the
    /// core does not know (or an address in its place) is refused before anything opens.
    #[test]
    fn the_page_opens_microsoft_pages_by_name_only() {
        use partner_link_core::sources::{Language, Source};
        let browser = Arc::new(NotingBrowser::default());
        let (_app, window) = app_with(browser.clone());
        call(
            &window,
            "open_source",
            json!({"source": "linkPartnerId", "language": "zh-TW"}),
        )
        .unwrap();
        let err = call(
            &window,
            "open_source",
            json!({"source": "https://evil.example/collect", "language": "en"}),
        )
        .unwrap_err();
        assert!(err.to_string().contains("unknown variant"), "{err}");
        assert_eq!(
            *browser.0.lock().unwrap(),
            vec![Source::LinkPartnerId.url_in(Language::TraditionalChinese)]
        );
    }

    /// The app's folders are the core's, which the command line also uses: the same as Tauri's own.
    #[test]
    fn the_app_and_the_command_line_share_their_folders() {
        let (app, _window) = app();
        let folders = Folders::for_user().unwrap();
        assert_eq!(app.path().app_data_dir().unwrap(), folders.data);
        assert_eq!(app.path().app_config_dir().unwrap(), folders.config);
    }
}
