//! Updates: whether this copy of the app looks for a new version, where, and when one may be installed. The
//! desktop shell does the looking and installing with Tauri's updater (which verifies every download against the
//! publisher's key); what is decided here is the same for every platform and is tested without a window.
//!
//! - A build carries the publisher's public key and feed (the release workflow puts them in; a developer's build
//!   has none, and then never checks).
//! - The organization can turn checks off, or point them at its own mirror of the feed, with a file IT deploys
//!   beside the settings (`updates.json`), as it deploys the sign-in app's ID. A mirror serves the publisher's
//!   signed files: the key is the build's, never the file's, so a mirror cannot sign anything itself.
//! - An update is installed only when the person says yes, and never while a link, a grant or a run over every
//!   directory is being written.

use std::path::Path;

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::{Error, ErrorCode};

/// The file IT can deploy in the app's config folder: `{"checkForUpdates": false}` turns checks off;
/// `{"feed": "https://…/latest.json"}` checks the organization's mirror instead of the publisher's feed.
pub const POLICY_FILE_NAME: &str = "updates.json";
/// `off` turns update checks off for this run, as the deployed file does.
pub const ENV_UPDATES: &str = "PARTNER_LINK_UPDATES";
/// Another feed (an organization's mirror, or a test's), as the deployed file's `feed`.
pub const ENV_UPDATE_FEED: &str = "PARTNER_LINK_UPDATE_URL";

/// Why this copy does not check for updates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum UpdatesOff {
    /// The organization turned checks off (the deployed file, or `PARTNER_LINK_UPDATES=off`).
    ByOrganization,
    /// This build has no publisher's key or feed (a developer's build): there is nothing it could trust.
    NotInThisBuild,
}

/// Where and how to check, when checks are on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UpdateChannel {
    /// The feeds, tried in order.
    pub feeds: Vec<String>,
    /// The publisher's public key (minisign, base64 as Tauri writes it).
    pub public_key: String,
}

/// The organization's file, as IT writes it.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct PolicyFile {
    #[serde(default)]
    check_for_updates: Option<bool>,
    #[serde(default)]
    feed: Option<String>,
}

/// What the build, the environment and the organization's file together say: check (where), or why not.
/// `build_key` and `build_feeds` come from the build's configuration; `var` reads the environment; `config_dir`
/// is the app's config folder. A damaged file is an error that names it, never a silent "on" or "off".
pub fn channel(
    build_key: &str,
    build_feeds: &[String],
    var: impl Fn(&str) -> Option<String>,
    config_dir: &Path,
) -> Result<Result<UpdateChannel, UpdatesOff>, Error> {
    let path = config_dir.join(POLICY_FILE_NAME);
    let file = match std::fs::read(&path) {
        Ok(bytes) => Some(parse_policy(&bytes, &path)?),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => {
            return Err(Error::new(
                ErrorCode::SettingsFileDamaged,
                format!(
                    "the update policy file {} cannot be read: {e}",
                    path.display()
                ),
            ))
        }
    };
    let off_by_env = var(ENV_UPDATES).is_some_and(|v| v.trim().eq_ignore_ascii_case("off"));
    if off_by_env || file.as_ref().and_then(|f| f.check_for_updates) == Some(false) {
        return Ok(Err(UpdatesOff::ByOrganization));
    }
    if build_key.trim().is_empty() {
        return Ok(Err(UpdatesOff::NotInThisBuild));
    }
    let mirror = var(ENV_UPDATE_FEED)
        .filter(|v| !v.trim().is_empty())
        .map(|v| (v, ENV_UPDATE_FEED.to_owned()))
        .or_else(|| {
            file.and_then(|f| f.feed)
                .map(|v| (v, path.display().to_string()))
        });
    let feeds = match mirror {
        Some((feed, from)) => vec![https_feed(feed.trim(), &from)?],
        None => build_feeds.to_vec(),
    };
    if feeds.is_empty() {
        return Ok(Err(UpdatesOff::NotInThisBuild));
    }
    Ok(Ok(UpdateChannel {
        feeds,
        public_key: build_key.trim().to_owned(),
    }))
}

fn parse_policy(bytes: &[u8], path: &Path) -> Result<PolicyFile, Error> {
    crate::settings::parse_config_file(
        bytes,
        path,
        "the update policy file",
        "; it may hold \"checkForUpdates\" (true or false) and \"feed\" (an https address)",
    )
}

/// A feed must be https: the downloads are signed, but the feed says which version exists, and a person on the
/// same network must not be able to hide one.
fn https_feed(feed: &str, from: &str) -> Result<String, Error> {
    match reqwest::Url::parse(feed) {
        Ok(url) if url.scheme() == "https" && url.host().is_some() => Ok(url.to_string()),
        _ => Err(Error::new(
            ErrorCode::SettingsFileDamaged,
            format!("the update feed {feed:?} in {from} is not an https address"),
        )),
    }
}

/// What the app tells the person about updates.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum UpdateStatus {
    /// No check is made, and why.
    Off { why: UpdatesOff },
    /// The feed offers nothing newer than this version.
    UpToDate { current: String },
    /// A newer version is offered; it is installed only when the person says yes.
    Available {
        current: String,
        version: String,
        /// The publisher's release notes, as the feed gives them.
        notes: Option<String>,
    },
}

/// Whether `offered` is newer than `current`: an older or equal version is never offered, whatever a feed says.
/// Versions are compared as semantic versions (`1.10.0` is newer than `1.9.3`); one that is not a version is
/// never newer.
pub fn is_newer(offered: &str, current: &str) -> bool {
    fn parse(v: &str) -> Option<(Vec<u64>, Option<&str>)> {
        let v = v.trim().trim_start_matches('v');
        let (core, pre) = match v.split_once('-') {
            Some((c, p)) => (c, Some(p)),
            None => (v.split('+').next()?, None),
        };
        let parts: Option<Vec<u64>> = core.split('.').map(|p| p.parse().ok()).collect();
        let parts = parts?;
        (parts.len() == 3).then_some((parts, pre))
    }
    match (parse(offered), parse(current)) {
        (Some((o, o_pre)), Some((c, c_pre))) => match o.cmp(&c) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Less => false,
            // The same numbers: a release is newer than its pre-release, never the other way.
            std::cmp::Ordering::Equal => o_pre.is_none() && c_pre.is_some(),
        },
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        move |k| {
            pairs
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.clone())
        }
    }

    const KEY: &str = "dW50cnVzdGVkIGNvbW1lbnQ6IG1pbmlzaWduIHB1YmxpYyBrZXk=";
    fn feeds() -> Vec<String> {
        vec!["https://releases.example.com/latest.json".to_owned()]
    }

    #[test]
    fn a_build_without_the_publishers_key_never_checks() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            channel("", &feeds(), vars(&[]), dir.path()).unwrap(),
            Err(UpdatesOff::NotInThisBuild)
        );
        assert_eq!(
            channel(KEY, &[], vars(&[]), dir.path()).unwrap(),
            Err(UpdatesOff::NotInThisBuild)
        );
        assert_eq!(
            channel(KEY, &feeds(), vars(&[]), dir.path()).unwrap(),
            Ok(UpdateChannel {
                feeds: feeds(),
                public_key: KEY.to_owned()
            })
        );
    }

    #[test]
    fn the_organization_turns_checks_off_or_points_them_at_its_mirror() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(POLICY_FILE_NAME);
        std::fs::write(&file, r#"{"checkForUpdates": false}"#).unwrap();
        assert_eq!(
            channel(KEY, &feeds(), vars(&[]), dir.path()).unwrap(),
            Err(UpdatesOff::ByOrganization)
        );
        std::fs::write(
            &file,
            r#"{"feed": "https://intranet.contoso.com/pla/latest.json"}"#,
        )
        .unwrap();
        let mirrored = channel(KEY, &feeds(), vars(&[]), dir.path())
            .unwrap()
            .unwrap();
        assert_eq!(
            mirrored.feeds,
            ["https://intranet.contoso.com/pla/latest.json"]
        );
        // The mirror serves files the publisher signed: the key stays the build's.
        assert_eq!(mirrored.public_key, KEY);
        // The environment, as IT's deployment tools set it, turns checks off too.
        std::fs::remove_file(&file).unwrap();
        assert_eq!(
            channel(KEY, &feeds(), vars(&[(ENV_UPDATES, "OFF")]), dir.path()).unwrap(),
            Err(UpdatesOff::ByOrganization)
        );
    }

    #[test]
    fn a_damaged_policy_file_or_a_plain_http_feed_is_named_not_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(POLICY_FILE_NAME);
        for (text, says) in [
            (r#"{"checkForUpdates": "no"}"#, "is not valid"),
            (r#"{"checkForUpdate": false}"#, "is not valid"),
            (
                r#"{"feed": "http://intranet/latest.json"}"#,
                "not an https address",
            ),
        ] {
            std::fs::write(&file, text).unwrap();
            let e = channel(KEY, &feeds(), vars(&[]), dir.path()).unwrap_err();
            assert_eq!(e.code, ErrorCode::SettingsFileDamaged, "{text}");
            assert!(e.message.contains(POLICY_FILE_NAME), "{}", e.message);
            assert!(e.message.contains(says), "{}", e.message);
        }
        std::fs::write(&file, [0xff, 0xfe]).unwrap();
        assert!(channel(KEY, &feeds(), vars(&[]), dir.path())
            .unwrap_err()
            .message
            .contains("not UTF-8"));
    }

    #[test]
    fn only_a_newer_version_is_an_update() {
        assert!(is_newer("0.2.0", "0.1.0"));
        assert!(is_newer("v1.10.0", "1.9.3"));
        assert!(is_newer("1.0.0", "1.0.0-beta.2"));
        assert!(!is_newer("0.1.0", "0.1.0"));
        assert!(!is_newer("0.0.9", "0.1.0"));
        assert!(!is_newer("1.0.0-beta.2", "1.0.0"));
        assert!(!is_newer("latest", "0.1.0"));
        assert!(!is_newer("0.2", "0.1.0"));
    }
}
