//! What every photographed screen must pass: axe-core and reflow, then the screenshot.

use super::*;

impl App {
    /// Checks the screen with axe-core and fails the test on any violation, then saves a screenshot of the window
    /// as `<name>.png` in `PARTNER_LINK_SCREENSHOTS`, when that is set. Every screen the suite photographs is
    /// therefore also checked for accessibility, in the real webview with its real styles (contrast included).
    pub async fn screenshot(&self, name: &str) {
        self.assert_accessible(name).await;
        let Some(dir) = std::env::var_os("PARTNER_LINK_SCREENSHOTS") else {
            return;
        };
        // WebKit's WebDriver captures the last frame it composited, which can be older than the DOM the test has
        // just checked; waiting for two animation frames and a moment lets the current state reach the screen.
        let _ = self
            .client
            .execute_async(
                "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));",
                vec![],
            )
            .await;
        tokio::time::sleep(Duration::from_millis(400)).await;
        let png = self.client.screenshot().await.expect("taking a screenshot");
        let dir = PathBuf::from(dir);
        std::fs::create_dir_all(&dir).expect("creating the screenshot folder");
        std::fs::write(dir.join(format!("{name}.png")), png).expect("writing a screenshot");
    }

    /// Runs axe-core over the whole page as it is now, with axe's default rules (WCAG 2 A and AA and its best
    /// practices), and fails the test with each violation's rule, help and elements. It also fails when the page
    /// is wider than the window (WCAG's reflow: nobody should scroll sideways to read a line, at any text size).
    /// `screen` names the screen in the failure message.
    pub async fn assert_accessible(&self, screen: &str) {
        let overflow = self
            .client
            .execute(REFLOW_CHECK, vec![])
            .await
            .expect("measuring the page's width");
        assert!(
            overflow.is_null(),
            "screen {screen} is wider than the window, so it must be scrolled sideways: {overflow}"
        );
        let loaded = self
            .client
            .execute("return typeof window.axe === 'object';", vec![])
            .await
            .expect("asking the page whether axe is loaded");
        if loaded != serde_json::Value::Bool(true) {
            // The page is one document for the app's whole life, so axe is injected once per launch.
            self.client
                .execute(&format!("{};\nreturn true;", axe_source()), vec![])
                .await
                .expect("loading axe-core into the page");
        }
        let report = self
            .client
            .execute_async(AXE_RUN, vec![])
            .await
            .expect("running axe-core");
        let violations: Vec<serde_json::Value> = match report {
            serde_json::Value::String(json) => {
                serde_json::from_str(&json).expect("axe's report is JSON")
            }
            other => panic!("axe-core did not run on screen {screen}: {other}"),
        };
        if !violations.is_empty() {
            let listed: Vec<String> = violations
                .iter()
                .map(|v| {
                    format!(
                        "- {} ({}): {}\n    {}",
                        v["id"].as_str().unwrap_or("?"),
                        v["impact"].as_str().unwrap_or("?"),
                        v["help"].as_str().unwrap_or("?"),
                        v["nodes"]
                            .as_array()
                            .map(|nodes| nodes
                                .iter()
                                .map(|n| format!(
                                    "{} — {}",
                                    n["target"],
                                    n["summary"].as_str().unwrap_or("")
                                ))
                                .collect::<Vec<_>>()
                                .join("\n    "))
                            .unwrap_or_default()
                    )
                })
                .collect();
            panic!(
                "axe-core found {} accessibility violation(s) on screen {screen}:\n{}",
                violations.len(),
                listed.join("\n")
            );
        }
    }
}
