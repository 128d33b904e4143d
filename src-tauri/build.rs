// The app package's manifest sits at the repository root (see Cargo.toml), so tauri-build is told where the
// capability files are; by default it would look for `./capabilities` beside the root manifest.
//
// Listing the app's commands here makes Tauri generate one `allow-<command>` permission per command and refuse
// any command a capability does not grant, so the main window gets exactly the commands it names.
const COMMANDS: &[&str] = &[
    "app_info",
    "set_practice_mode",
    "rehearse_problem",
    "read_partner_id",
    "sign_in_status",
    "set_sign_in_app",
    "use_session_only",
    "retry_keychain",
    "start_over",
    "sign_in_with_browser",
    "cancel_sign_in",
    "start_device_code",
    "finish_device_code",
    "open_device_code_page",
    "open_source",
    "sign_in_service_principal",
    "sign_in_azure_cli",
    "list_directories",
    "sign_in_to_directory",
    "open_directory",
    "admin_consent_url",
    "decide",
    "partner_app_id",
    "approve_sign_in_app",
    "role_choices",
    "check_admin_permissions",
    "find_partner",
    "invite_partner",
    "plan_grant",
    "apply_grant",
    "list_partner_assignments",
    "remove_partner_assignments",
    "overview_status",
    "refresh_overview",
    "export_overview",
    "bulk_status",
    "start_bulk_link",
    "resume_interrupted_bulk",
    "forget_interrupted_bulk",
    "pause_bulk",
    "continue_bulk",
    "cancel_bulk",
    "plan_link",
    "plan_unlink",
    "apply_link",
    "save_proof",
    "open_proof",
    "sign_out",
    "forget_everything",
];

#[path = "build_guard.rs"]
mod build_guard;

fn main() {
    let profile = std::env::var("PROFILE").unwrap_or_default();
    if let Some(why) = build_guard::release_without_bundled_ui(&profile, tauri_build::is_dev()) {
        panic!("{why}");
    }
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .capabilities_path_pattern("./src-tauri/capabilities/**/*")
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri-build failed");
}
