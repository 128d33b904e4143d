//! The person's settings: small, non-secret choices kept as JSON in the app's config folder.
//!
//! Nothing secret is ever written here (secrets go to the keychain); a damaged file is reported, not silently
//! replaced, so a setting that IT deployed is never lost without a word.

use std::path::Path;

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::{Error, ErrorCode};

/// The settings file's name inside the app's config folder.
pub const FILE_NAME: &str = "settings.json";

/// The name of the file IT can deploy beside the settings with the organization's sign-in app:
/// `{"clientId": "…"}`. Read after the settings and `PARTNER_LINK_CLIENT_ID`.
pub const DEPLOYED_FILE_NAME: &str = "sign-in-app.json";

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    /// The client (application) ID of the organization's sign-in app, as typed on the setup screen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
}

impl Settings {
    /// Reads the settings; a missing file is the defaults.
    pub fn load(path: &Path) -> Result<Settings, Error> {
        match std::fs::read(path) {
            Ok(bytes) => Settings::parse(&bytes, path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Settings::default()),
            Err(e) => Err(Error::new(
                ErrorCode::Internal,
                format!("cannot read the settings file {}: {e}", path.display()),
            )),
        }
    }

    /// The settings in a file's bytes; `path` names the file in what is said about damage.
    pub fn parse(bytes: &[u8], path: &Path) -> Result<Settings, Error> {
        parse_config_file(bytes, path, "the settings file", "")
    }

    /// Writes the settings whole ([`crate::files::write_atomically`]), so a crash never leaves half a file.
    pub fn save(&self, path: &Path) -> Result<(), Error> {
        let text = serde_json::to_string_pretty(self)
            .map_err(|e| Error::new(ErrorCode::Internal, format!("settings: {e}")))?;
        crate::files::write_atomically(path, text.as_bytes()).map_err(|e| {
            Error::new(
                ErrorCode::Internal,
                format!("cannot write the settings file {}: {e}", path.display()),
            )
        })
    }
}

/// A JSON file a person or IT wrote (settings, the sign-in app, the update policy), read into `T`: damage is a
/// [`ErrorCode::SettingsFileDamaged`] that names the file (`what`, then its path), says where the damage is, and
/// ends with `hint` (what the file may hold), so the person can mend it.
pub fn parse_config_file<T: serde::de::DeserializeOwned>(
    bytes: &[u8],
    path: &Path,
    what: &str,
    hint: &str,
) -> Result<T, Error> {
    let damaged = |why: String| {
        Error::new(
            ErrorCode::SettingsFileDamaged,
            format!("{what} {} {why}{hint}", path.display()),
        )
    };
    let text = std::str::from_utf8(bytes).map_err(|e| {
        damaged(format!(
            "is not UTF-8 text (byte {} is not)",
            e.valid_up_to()
        ))
    })?;
    serde_json::from_str(text).map_err(|e| {
        damaged(format!(
            "is not valid (line {}, column {}): {e}",
            e.line(),
            e.column()
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_a_missing_file_is_the_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nested").join(FILE_NAME);
        assert_eq!(Settings::load(&path).unwrap(), Settings::default());
        let s = Settings {
            client_id: Some("eeeeeeee-0000-4000-8000-000000000001".into()),
        };
        s.save(&path).unwrap();
        assert_eq!(Settings::load(&path).unwrap(), s);
    }

    #[test]
    fn a_damaged_file_is_reported_with_its_place() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, "{\n \"clientId\": ").unwrap();
        let e = Settings::load(&path).unwrap_err();
        assert_eq!(e.code, ErrorCode::SettingsFileDamaged);
        assert!(e.message.contains("line 2"), "{}", e.message);
    }
}
