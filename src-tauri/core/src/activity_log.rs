//! The local activity log: one JSON line per link, change and removal, append-only, never a secret.
//!
//! A partner must be able to show what was done and when, even after a crash: each entry is written with one
//! `write` call on a file opened for appending and synced to disk before the operation reports success.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::SystemTime;

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::{Error, ErrorCode};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ActivityAction {
    Link,
    Change,
    Unlink,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ActivityOutcome {
    Succeeded,
    /// The answer was lost; reading the link again showed the change had been made.
    ConfirmedAfterLostAnswer,
    Failed,
    /// The answer was lost and the link could not be read again.
    Unknown,
}

/// One line of the log. Identifiers and outcomes only: no token, no secret, no personal data beyond the
/// identity's sign-in name, which the person already sees on screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ActivityEntry {
    /// RFC 3339, UTC.
    pub time: String,
    pub action: ActivityAction,
    pub tenant_id: String,
    pub object_id: String,
    pub identity: String,
    pub previous_partner_id: Option<String>,
    pub partner_id: Option<String>,
    pub partner_name: Option<String>,
    pub outcome: ActivityOutcome,
    /// Microsoft's `x-ms-request-id`.
    pub request_id: Option<String>,
    pub error_code: Option<ErrorCode>,
    pub error_message: Option<String>,
}

/// An append-only JSON-lines file. Clones share one lock, so a bulk run's parallel workers each hold a clone.
#[derive(Clone)]
pub struct ActivityLog {
    path: PathBuf,
    // Entries from parallel operations (bulk runs) must not interleave within a line.
    lock: std::sync::Arc<Mutex<()>>,
}

impl ActivityLog {
    /// The log at `path`; the file and its folder are created on first write.
    pub fn new(path: impl Into<PathBuf>) -> ActivityLog {
        ActivityLog {
            path: path.into(),
            lock: std::sync::Arc::new(Mutex::new(())),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends one entry and syncs it to disk before returning.
    pub fn append(&self, entry: &ActivityEntry) -> Result<(), Error> {
        let _guard = self.lock.lock().unwrap_or_else(|p| p.into_inner());
        crate::jsonl::append(&self.path, entry, "activity log")
    }

    /// Every entry that can be read, oldest first, and how many lines could not be (cut short by a crash, or
    /// damaged); those are skipped and the entries after them still read.
    pub fn read_all(&self) -> Result<crate::jsonl::Lines<ActivityEntry>, Error> {
        crate::jsonl::read(&self.path, "activity log")
    }
}

/// RFC 3339 UTC with seconds, e.g. `2026-11-22T03:50:00Z`.
pub fn now_rfc3339(t: SystemTime) -> String {
    let t = time::OffsetDateTime::from(t)
        .replace_nanosecond(0)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn entry(n: u32) -> ActivityEntry {
        ActivityEntry {
            time: now_rfc3339(SystemTime::UNIX_EPOCH),
            action: ActivityAction::Link,
            tenant_id: "t".into(),
            object_id: "o".into(),
            identity: "a@b".into(),
            previous_partner_id: None,
            partner_id: Some(format!("{n}")),
            partner_name: None,
            outcome: ActivityOutcome::Succeeded,
            request_id: Some("r".into()),
            error_code: None,
            error_message: None,
        }
    }

    #[test]
    fn appends_lines_and_survives_a_torn_last_line() {
        let dir = tempfile::tempdir().unwrap();
        let log = ActivityLog::new(dir.path().join("sub/activity.jsonl"));
        log.append(&entry(1)).unwrap();
        log.append(&entry(2)).unwrap();
        // A crash in the middle of a write leaves half a line; later entries still append and read.
        std::fs::OpenOptions::new()
            .append(true)
            .open(log.path())
            .unwrap()
            .write_all(b"{\"time\":\"20")
            .unwrap();
        log.append(&entry(3)).unwrap();
        let text = std::fs::read_to_string(log.path()).unwrap();
        assert_eq!(text.lines().count(), 4);
        let read = log.read_all().unwrap();
        assert_eq!(read.damaged, 1, "the torn line is counted");
        let ids: Vec<_> = read
            .records
            .into_iter()
            .map(|e| e.partner_id.unwrap())
            .collect();
        assert_eq!(ids, ["1", "2", "3"]);
        let first: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
        assert_eq!(first["time"], "1970-01-01T00:00:00Z");
        assert_eq!(first["action"], "link");
        assert_eq!(first["outcome"], "succeeded");
    }
}
