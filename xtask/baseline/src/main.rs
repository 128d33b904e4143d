// The same launch measurement hook as the app (see src-tauri/src/lib.rs), and nothing else.
fn main() {
    let started = std::time::Instant::now();
    tauri::Builder::default()
        .on_page_load(move |_webview, payload| {
            if payload.event() == tauri::webview::PageLoadEvent::Finished && std::env::var_os("TAURI_BENCH_REPORT_LOAD").is_some() {
                println!("page-loaded {}", started.elapsed().as_micros());
            }
        })
        .run(tauri::generate_context!())
        .expect("the Tauri runtime failed to start");
}
