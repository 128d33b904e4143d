//! `cargo xtask screenshots`: copies the screens the gallery (`docs/screenshots/README.md`) shows from the last
//! end-to-end run into `docs/screenshots/`, so the gallery is refreshed from the tests rather than by hand.

use std::path::PathBuf;

use crate::util::{root, target_dir};

/// The gallery page, whose images are the list of what to copy.
pub fn gallery() -> PathBuf {
    root().join("docs/screenshots/README.md")
}

/// The image files a Markdown page shows (`![](name.png)`), in order.
pub fn images_in(markdown: &str) -> Vec<String> {
    markdown
        .split("](")
        .skip(1)
        .filter_map(|rest| rest.split_once(')').map(|(name, _)| name.to_owned()))
        .filter(|name| name.ends_with(".png") && !name.contains('/'))
        .collect()
}

pub fn run() -> Result<(), String> {
    let page =
        std::fs::read_to_string(gallery()).map_err(|e| format!("reading the gallery: {e}"))?;
    let from = target_dir().join("e2e-screenshots");
    let to = root().join("docs/screenshots");
    let mut missing = Vec::new();
    let images = images_in(&page);
    for name in &images {
        match std::fs::copy(from.join(name), to.join(name)) {
            Ok(_) => {}
            Err(_) => missing.push(name.clone()),
        }
    }
    eprintln!(
        "xtask: copied {} of {} screens from {}",
        images.len() - missing.len(),
        images.len(),
        from.display()
    );
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "the last end-to-end run did not take {} (run `cargo xtask test` first): {}",
            missing.len(),
            missing.join(", ")
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_images_a_page_shows() {
        let page = "| a | ![](tour-01-start-en.png) | ![](tour-01-start-zh-TW.png) |\n[link](x.md) ![](../y.png)";
        assert_eq!(
            images_in(page),
            ["tour-01-start-en.png", "tour-01-start-zh-TW.png"]
        );
    }

    /// Every image the gallery shows is committed beside it, so the page never shows a broken image.
    #[test]
    fn every_screen_in_the_gallery_is_committed() {
        let page = std::fs::read_to_string(gallery()).expect("the gallery is committed");
        let images = images_in(&page);
        assert!(
            images.len() > 50,
            "the gallery shows {} screens",
            images.len()
        );
        let missing: Vec<&String> = images
            .iter()
            .filter(|name| !root().join("docs/screenshots").join(name).is_file())
            .collect();
        assert!(missing.is_empty(), "not in docs/screenshots: {missing:?}");
    }
}
