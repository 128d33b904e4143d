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

/// Starting the app again while it is open gives the open window back: the second copy ends at once, the first
/// hears of it, and the person is still where they were.
#[tokio::test]
async fn a_second_start_returns_to_the_open_window() {
    let app = App::launch(Launch::default()).await;
    app.click("choice-learn").await;
    app.wait_for_text("screen-title", "PAL or DPOR?").await;

    let status = app
        .start_second_copy()
        .await
        .expect("the second copy ended by itself instead of opening a second window");
    assert!(status.success(), "the second copy ended with {status}");
    let start = Instant::now();
    while !app
        .stderr_log()
        .contains("started again; showing the window")
    {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the open app did not hear of the second start"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.wait_for_text("screen-title", "PAL or DPOR?").await;
    app.close().await;
}
