//! What the app says about itself: the first round trip from the UI to the core.

use serde::Serialize;
use specta::Type;

use crate::Cloud;

/// Facts the UI shows in its header and About box. Nothing here is secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    pub name: String,
    pub version: String,
    pub cloud: Cloud,
    /// True when the app talks to the simulated Azure: the UI must then say, unmistakably, that nothing is sent
    /// to Microsoft.
    pub practice_mode: bool,
}

impl AppInfo {
    /// The app's facts for the given cloud. The version is the core crate's, which the workspace keeps equal to
    /// the app's.
    pub fn current(cloud: Cloud, practice_mode: bool) -> Self {
        AppInfo {
            name: "Partner Link Assistant".to_owned(),
            version: env!("CARGO_PKG_VERSION").to_owned(),
            cloud,
            practice_mode,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_the_crate_version_and_mode() {
        let info = AppInfo::current(Cloud::Practice, true);
        assert_eq!(info.version, env!("CARGO_PKG_VERSION"));
        assert!(info.practice_mode);
        let json = serde_json::to_value(&info).unwrap();
        assert_eq!(json["practiceMode"], true);
        assert_eq!(json["cloud"], "practice");
    }
}
