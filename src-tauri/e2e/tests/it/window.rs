//! The window: its size remembered, one instance, the privacy switch in view on long screens, and zoom.

use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use partner_link_e2e::{keys, App, Launch};

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

/// Where an element sits in the window, in CSS pixels, and how tall the window is.
async fn placement(app: &App, test_id: &str) -> (f64, f64, f64) {
    let v = app
        .client
        .execute(
            "const r = document.querySelector(`[data-testid=\"${arguments[0]}\"]`).getBoundingClientRect();
             return [r.top, r.bottom, window.innerHeight];",
            vec![serde_json::json!(test_id)],
        )
        .await
        .expect("measuring an element");
    let n = |i: usize| v[i].as_f64().expect("a number");
    (n(0), n(1), n(2))
}

/// On a long screen scrolled to its end, the privacy switch is still in view and still works (a screen-share shows
/// whatever part of the screen is in view), and what the app scrolls to lands below the header, not under it.
#[tokio::test]
async fn the_privacy_switch_stays_in_view_while_a_long_screen_scrolls() {
    let app = App::launch(Launch::default()).await;
    app.click("choice-learn").await;
    app.wait_for_text("screen-title", "PAL or DPOR?").await;
    let scrolled = app
        .client
        .execute(
            "window.scrollTo(0, document.documentElement.scrollHeight); return window.scrollY;",
            vec![],
        )
        .await
        .expect("scrolling to the end")
        .as_f64()
        .expect("a scroll offset");
    assert!(
        scrolled > 300.0,
        "the screen is too short to test this (scrolled {scrolled} px)"
    );
    let (top, bottom, height) = placement(&app, "privacy-toggle").await;
    assert!(
        top >= 0.0 && bottom <= height,
        "scrolled {scrolled} px down, the privacy switch is at {top}–{bottom} in a window {height} tall"
    );
    app.click("privacy-toggle").await;
    assert_eq!(
        app.attribute("privacy-toggle", "aria-pressed")
            .await
            .as_deref(),
        Some("true")
    );

    // The helper's answer is scrolled to; it starts below the header.
    app.click("decide-subscription-csp").await;
    app.click("decide-access-cspAdminOnBehalfOf").await;
    app.click("decide-submit").await;
    app.find("decide-answer").await;
    let start = Instant::now();
    loop {
        let (_, header_bottom, _) = placement(&app, "app-header").await;
        let (answer_top, _, _) = placement(&app, "decide-answer").await;
        // The scroll is smooth, so it is given a moment to arrive.
        if answer_top >= header_bottom && answer_top < header_bottom + 60.0 {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "the helper's answer starts at {answer_top}, the header ends at {header_bottom}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.screenshot("privacy-switch-in-view-en").await;
    app.close().await;
}

/// The page zooms with Ctrl and + or -, and Ctrl+0 puts it back, for a person whose system text size does not
/// reach the app (macOS has none for apps like this) or who wants it larger still.
#[tokio::test]
async fn ctrl_plus_and_minus_zoom_the_page() {
    let app = App::launch(Launch::default()).await;
    app.find("screen-title").await;
    let css_width = || app.page_width();
    let usual = css_width().await;
    let control = keys::CONTROL.chars().next().expect("one key");
    let press = |key: char| {
        let actions = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: control })
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key })
            .then(KeyAction::Up { value: control });
        app.client.perform_actions(actions)
    };
    // Each press zooms by a fifth; the page then holds fewer CSS pixels across the same window.
    let zoomed_to = |want: f64| async move {
        let start = Instant::now();
        loop {
            let width = css_width().await;
            if (usual / width - want).abs() < 0.05 {
                return;
            }
            assert!(
                start.elapsed() < Duration::from_secs(5),
                "the page is zoomed {:.2} times, not {want}",
                usual / width
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    };
    press('=').await.expect("pressing Ctrl and =");
    zoomed_to(1.2).await;
    press('=').await.expect("pressing Ctrl and =");
    zoomed_to(1.4).await;
    app.assert_accessible("zoomed-140").await;
    press('-').await.expect("pressing Ctrl and -");
    zoomed_to(1.2).await;
    press('0').await.expect("pressing Ctrl and 0");
    zoomed_to(1.0).await;
    app.close().await;
}
