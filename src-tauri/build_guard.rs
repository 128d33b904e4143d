//! Why a build is refused before it starts: shared by the build script, which applies it, and the app's unit
//! tests, which check it.

/// Tauri decides between the bundled UI and the dev server (`build.devUrl`, `http://localhost:1420`) by its
/// `custom-protocol` feature: Tauri's CLI turns it on for `tauri build` and leaves it off for `tauri dev`, and a
/// plain `cargo build --release` leaves it off too. Such a release app would load whatever listens on that port
/// and give it the app's full IPC, so a release profile without the bundled UI is refused, with what to run
/// instead. `profile` is Cargo's `PROFILE` ("release" for every profile that inherits from it) and `tauri_dev`
/// whether Tauri builds in dev mode (`tauri_build::is_dev`).
pub fn release_without_bundled_ui(profile: &str, tauri_dev: bool) -> Option<String> {
    (profile == "release" && tauri_dev).then(|| {
        "A release build of the app must bundle its UI, or it would load the development server at \
         http://localhost:1420. Build it with Tauri's CLI (`tauri build`), or with `cargo build --release \
         --features custom-protocol`."
            .to_owned()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_release_build_never_loads_the_dev_server() {
        assert!(release_without_bundled_ui("release", true).is_some());
        assert_eq!(release_without_bundled_ui("release", false), None);
        // Development builds may load the dev server: that is what `tauri dev` is for.
        assert_eq!(release_without_bundled_ui("debug", true), None);
    }
}
