//! The window opens at the size the person left it at (issue 7).

use std::time::{Duration, Instant};

use partner_link_e2e::{App, Launch};

#[tokio::test]
async fn the_window_size_is_remembered_between_runs() {
    let app = App::launch(Launch::default()).await;
    app.find("screen-title").await;
    let (w0, h0) = app.client.get_window_size().await.expect("window size");
    let (want_w, want_h) = (w0 - 120, h0 - 80);
    app.client
        .set_window_size(want_w as u32, want_h as u32)
        .await
        .expect("resizing the window");
    // The resize reaches the window asynchronously.
    let start = Instant::now();
    loop {
        let (w, h) = app.client.get_window_size().await.expect("window size");
        if (w, h) == (want_w, want_h) {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the window is {w}x{h}, not {want_w}x{want_h}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let app = app.restart().await;
    app.find("screen-title").await;
    let (w, h) = app.client.get_window_size().await.expect("window size");
    assert_eq!(
        (w, h),
        (want_w, want_h),
        "opened at {w}x{h}; it was left at {want_w}x{want_h} (first opened at {w0}x{h0})"
    );
    app.close().await;
}
