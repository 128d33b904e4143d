//! Reading and using the page the way a person does: finding, clicking, typing, waiting.

use super::*;

impl App {
    /// Waits for an element identified by its `data-testid` and returns it.
    pub async fn find(&self, test_id: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::Css(&format!("[data-testid=\"{test_id}\"]")))
            .await
            .unwrap_or_else(|e| panic!("no element with data-testid={test_id}: {e}"))
    }

    /// How wide the page is in CSS pixels: the window's width divided by the zoom (the OS's text size, or Ctrl
    /// and +).
    pub async fn page_width(&self) -> f64 {
        self.client
            .execute("return window.innerWidth;", vec![])
            .await
            .expect("asking the page for its width")
            .as_f64()
            .expect("a width")
    }

    /// The visible text of the element with this `data-testid`, once it is there.
    pub async fn text(&self, test_id: &str) -> String {
        self.find(test_id)
            .await
            .text()
            .await
            .expect("reading an element's text")
    }

    /// Waits until the element with this `data-testid` shows exactly `expected`, and fails with what it showed.
    pub async fn wait_for_text(&self, test_id: &str, expected: &str) {
        let start = Instant::now();
        let mut last = String::new();
        while start.elapsed() < Duration::from_secs(15) {
            if let Ok(el) = self
                .client
                .find(Locator::Css(&format!("[data-testid=\"{test_id}\"]")))
                .await
            {
                last = el.text().await.unwrap_or_default();
                if last.trim() == expected {
                    return;
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("data-testid={test_id} showed {last:?}, expected {expected:?}");
    }

    /// Puts `text` into a field as a paste would: the whole value at once, then the `input` event the page
    /// listens to. For text the WebDriver cannot type under every keyboard map (it types "@" as "2" under
    /// zh_TW's); typing stays the default.
    pub async fn paste_into(&self, test_id: &str, text: &str) {
        let el = self.find(test_id).await;
        self.client
            .execute(
                "const [el, text] = arguments; el.focus(); el.value = text; \
                 el.dispatchEvent(new Event('input', { bubbles: true }));",
                vec![
                    serde_json::to_value(&el).expect("an element reference"),
                    serde_json::Value::String(text.to_owned()),
                ],
            )
            .await
            .unwrap_or_else(|e| panic!("pasting into data-testid={test_id}: {e}"));
    }

    /// An attribute of the first element matching a CSS selector, once it is there.
    pub async fn attribute_css(&self, css: &str, name: &str) -> Option<String> {
        self.find_css(css)
            .await
            .attr(name)
            .await
            .expect("reading an attribute")
    }

    /// Presses Back until the wizard shows `route`, at most `max` times: [`App::back_to`] for any language.
    pub async fn back_to_route(&self, route: &str, max: usize) {
        for _ in 0..max {
            let here = self.attribute_css("main", "data-route").await;
            if here.as_deref() == Some(route) {
                return;
            }
            self.click("back-button").await;
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
        self.wait_for_route(route).await;
    }

    /// Waits until the wizard shows the screen `route` (the name the UI's navigation gives it), whatever the
    /// language: tests that walk the app in every language wait on this rather than on a title.
    pub async fn wait_for_route(&self, route: &str) {
        self.client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css(&format!("main[data-route=\"{route}\"]")))
            .await
            .unwrap_or_else(|e| panic!("the app did not reach the {route} screen: {e}"));
    }

    /// The first element matching a CSS selector, once it is there (within 15 seconds).
    pub async fn find_css(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("nothing matches {css}: {e}"))
    }

    /// The visible text of the first element matching a CSS selector, once it is there.
    pub async fn text_of(&self, css: &str) -> String {
        self.find_css(css)
            .await
            .text()
            .await
            .expect("reading an element's text")
    }

    /// Clicks the element with this `data-testid` once it is there and enabled: a person cannot press a button
    /// the app has disabled while it works either, and a click on one would silently do nothing.
    pub async fn click(&self, test_id: &str) {
        let el = self.wait_until_enabled(test_id).await;
        self.press(el, &format!("data-testid={test_id}")).await;
    }

    /// Scrolls an element to the middle of the window, as a person scrolling to it would. WebKitWebDriver scrolls
    /// an element into view itself before a click or a clear, but not correctly on a page with scroll padding
    /// (the app keeps what it scrolls to clear of its header that way): it then calls an element below the fold
    /// "not interactable". A control still covered in the middle of the window fails the click, as it should.
    pub(crate) async fn scroll_to(&self, el: &fantoccini::elements::Element, what: &str) {
        let arg = serde_json::to_value(el).expect("an element reference is JSON");
        self.client
            .execute(
                "arguments[0].scrollIntoView({ block: 'center', inline: 'nearest' });",
                vec![arg],
            )
            .await
            .unwrap_or_else(|e| panic!("scrolling to {what}: {e}"));
    }

    /// Presses an element with the pointer, or from the keyboard when the launch asks for that
    /// ([`Launch::press_with_keys`]). `what` names it in a failure.
    pub(crate) async fn press(&self, el: fantoccini::elements::Element, what: &str) {
        if !self.launch.press_with_keys {
            self.scroll_to(&el, what).await;
            return el
                .click()
                .await
                .unwrap_or_else(|e| panic!("clicking {what}: {e}"));
        }
        let kind = el.attr("type").await.ok().flatten().unwrap_or_default();
        let key = if kind == "checkbox" || kind == "radio" {
            keys::SPACE
        } else {
            keys::ENTER
        };
        el.send_keys(key)
            .await
            .unwrap_or_else(|e| panic!("pressing {what} from the keyboard: {e}"));
    }

    /// The element with this `data-testid`, once it is there and enabled (within a minute: the overview's
    /// buttons wait for a refresh of every directory).
    pub async fn wait_until_enabled(&self, test_id: &str) -> fantoccini::elements::Element {
        let el = self.find(test_id).await;
        let start = Instant::now();
        while !el.is_enabled().await.unwrap_or(true) {
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "data-testid={test_id} stayed disabled"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        el
    }

    /// Waits until one of the elements matching a CSS selector shows `text` among its words, and fails with what
    /// they showed.
    pub async fn wait_for_text_in(&self, css: &str, text: &str) {
        let start = Instant::now();
        let mut seen = Vec::new();
        while start.elapsed() < Duration::from_secs(20) {
            seen.clear();
            for el in self
                .client
                .find_all(Locator::Css(css))
                .await
                .unwrap_or_default()
            {
                let t = el.text().await.unwrap_or_default();
                if t.contains(text) {
                    return;
                }
                seen.push(t);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("no {css} showed {text:?}; they showed {seen:?}");
    }

    /// Clicks the first element matching a CSS selector, once it is there.
    pub async fn click_css(&self, css: &str) {
        let el = self.find_css(css).await;
        self.press(el, css).await;
    }

    /// Replaces the text of the input with this `data-testid` by `text`, typed as a person would.
    pub async fn type_into(&self, test_id: &str, text: &str) {
        let input = self.find(test_id).await;
        if self.launch.press_with_keys {
            // Element Clear is refused where pointer clicks are (see `Launch::press_with_keys`), so the field is
            // emptied as a person would from the keyboard: select all, then delete.
            input
                .send_keys(&format!(
                    "{}a{}{}",
                    keys::CONTROL,
                    keys::RELEASE_ALL,
                    keys::BACKSPACE
                ))
                .await
                .unwrap_or_else(|e| {
                    panic!("emptying data-testid={test_id} from the keyboard: {e}")
                });
        } else {
            self.scroll_to(&input, &format!("data-testid={test_id}"))
                .await;
            input
                .clear()
                .await
                .unwrap_or_else(|e| panic!("clearing data-testid={test_id}: {e}"));
        }
        input
            .send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("typing into data-testid={test_id}: {e}"));
    }

    /// An attribute of the element with this `data-testid`, once it is there.
    pub async fn attribute(&self, test_id: &str, name: &str) -> Option<String> {
        self.find(test_id)
            .await
            .attr(name)
            .await
            .unwrap_or_else(|e| panic!("reading {name} of data-testid={test_id}: {e}"))
    }

    /// Waits until the screen's heading reads `title`, then presses Back until it does, at most `max` times.
    pub async fn back_to(&self, title: &str, max: usize) {
        for _ in 0..max {
            let now = self.text("screen-title").await;
            if now.trim() == title {
                return;
            }
            self.click("back-button").await;
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
        self.wait_for_text("screen-title", title).await;
    }
}
