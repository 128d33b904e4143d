//! Every directory at once: where the partner ID stands in each directory the signed-in identities
//! reach ([`check_directory`], [`overview`]), linking many directories in one run ([`BulkRun`]), and the report
//! of it all ([`Overview::to_csv`], [`Overview::to_html`]).
//!
//! A bulk run works through its directories with bounded concurrency. Every client of the run shares one
//! [`SharedThrottle`]: when Azure answers 429 to any of them, all of them wait out the Retry-After before their
//! next request, so the whole run slows down instead of each worker hammering on. Each directory's outcome is
//! appended (and flushed to disk) to a [`BulkJournal`] as soon as it is known, so a run stopped by a crash or a
//! closed window resumes with exactly the directories that have no final outcome. A directory that was in flight
//! when the app died is simply planned again: planning reads the link first, so a write that reached Azure shows
//! as "already linked" and is never sent twice.

use std::collections::{HashMap, HashSet, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use serde::{Deserialize, Serialize};
use specta::Type;
use tokio::sync::watch;

mod journal;
mod overview;
mod run;
mod throttle;

pub use journal::*;
pub use overview::*;
pub use run::*;
pub use throttle::*;

use crate::access_review;
use crate::activity_log::{now_rfc3339, ActivityLog};
use crate::arm::{ArmClient, RateLimiter};
use crate::blocker::Blocker;
use crate::pal::{LinkPlan, PalService, PartnerLink};
use crate::partner_id::PartnerId;
use crate::{Error, ErrorCode};

/// How many directories are worked on at once, by default. Azure's per-tenant limits are far above what 16
/// parallel directories send (each is its own tenant), and a person's machine and network stay responsive.
pub const DEFAULT_CONCURRENCY: usize = 16;

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs::OpenOptions;
    use std::io::Write;

    #[test]
    fn csv_cells_are_quoted_and_never_formulas() {
        assert_eq!(csv_cell("Contoso"), "Contoso");
        assert_eq!(csv_cell("Contoso, Ltd"), "\"Contoso, Ltd\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_cell("-1"), "'-1");
    }

    #[test]
    fn a_sign_in_that_expires_mid_run_queues_the_directory_for_sign_in() {
        for code in [
            ErrorCode::MfaRequired,
            ErrorCode::SignInExpired,
            ErrorCode::AccessTokenRejected,
        ] {
            let o = outcome_of_error(Error::new(code, "x"));
            assert!(
                matches!(o, BulkOutcome::NeedsSignIn { .. }) && !o.is_final(),
                "{code:?}"
            );
        }
        for code in [ErrorCode::Throttled, ErrorCode::BlockedByConditionalAccess] {
            let o = outcome_of_error(Error::new(code, "x"));
            assert!(matches!(o, BulkOutcome::Failed { .. }), "{code:?}");
        }
    }

    fn target(t: &str) -> DirectoryTarget {
        DirectoryTarget {
            tenant_id: t.into(),
            name: t.into(),
            default_domain: None,
            account_id: "a".into(),
            account_name: "alex".into(),
        }
    }

    fn result(t: &str, outcome: BulkOutcome) -> JournalLine {
        JournalLine::Result {
            run_id: "r1".into(),
            result: BulkItemResult {
                tenant_id: t.into(),
                outcome,
                finished_at: "now".into(),
            },
        }
    }

    #[test]
    fn the_journal_resumes_what_has_no_final_outcome_and_survives_a_torn_line() {
        let dir = std::env::temp_dir().join(format!("bulk-journal-{}", uuid::Uuid::new_v4()));
        let journal = BulkJournal::new(dir.join("bulk.jsonl"));
        assert!(journal.pending().is_none());
        journal
            .append(&JournalLine::Run {
                format: JOURNAL_FORMAT,
                run_id: "r1".into(),
                partner_id: "1234567".into(),
                started_at: "now".into(),
                targets: vec![target("t1"), target("t2"), target("t3"), target("t4")],
            })
            .unwrap();
        journal
            .append(&result("t1", BulkOutcome::Linked { request_id: None }))
            .unwrap();
        let failed = BulkOutcome::Failed {
            error: Error::new(ErrorCode::Throttled, "x"),
        };
        journal.append(&result("t2", failed)).unwrap();
        journal
            .append(&result("t3", BulkOutcome::AlreadyLinked))
            .unwrap();
        // The app died while writing t4's line.
        let mut f = OpenOptions::new()
            .append(true)
            .open(journal.path())
            .unwrap();
        f.write_all(b"{\"type\":\"result\",\"runId\":\"r1\",\"res")
            .unwrap();
        let pending = journal.pending().expect("the run has not ended");
        let remaining: Vec<String> = pending
            .remaining()
            .into_iter()
            .map(|t| t.tenant_id)
            .collect();
        assert_eq!(remaining, ["t2", "t4"]);
        journal.abandon("r1").unwrap();
        assert!(journal.pending().is_none());
        std::fs::remove_dir_all(dir).ok();
    }

    /// A line torn inside a multi-byte character (a Chinese directory name, cut by a crash or a
    /// full disk) no longer hides the lines after it: a run that ended is not offered again, and a result written
    /// after the damage still counts.
    #[test]
    fn a_torn_line_in_the_middle_hides_nothing_after_it() {
        let dir = std::env::temp_dir().join(format!("bulk-journal-{}", uuid::Uuid::new_v4()));
        let journal = BulkJournal::new(dir.join("bulk.jsonl"));
        let mut chinese = target("t1");
        chinese.name = "台北客戶目錄".into();
        journal
            .append(&JournalLine::Run {
                format: JOURNAL_FORMAT,
                run_id: "r1".into(),
                partner_id: "1234567".into(),
                started_at: "now".into(),
                targets: vec![chinese, target("t2")],
            })
            .unwrap();
        let mut f = OpenOptions::new()
            .append(true)
            .open(journal.path())
            .unwrap();
        // Cut inside the three bytes of a Chinese character: the line is not UTF-8 any more.
        let name_line = serde_json::to_vec(
            &serde_json::json!({"type": "result", "runId": "r1", "note": "台北"}),
        )
        .unwrap();
        f.write_all(&name_line[..name_line.len() - 4]).unwrap();
        drop(f);
        journal
            .append(&result("t2", BulkOutcome::Linked { request_id: None }))
            .unwrap();
        let pending = journal.pending().expect("the run has not ended");
        assert_eq!(pending.damaged_lines, 1);
        let remaining: Vec<String> = pending
            .remaining()
            .into_iter()
            .map(|t| t.tenant_id)
            .collect();
        assert_eq!(remaining, ["t1"], "t2's result after the damage counts");
        journal.abandon("r1").unwrap();
        assert!(
            journal.pending().is_none(),
            "the end after the damage counts"
        );
        std::fs::remove_dir_all(dir).ok();
    }

    /// The journal does not grow with every run: a new run's first line replaces what finished before it, and a
    /// run that has not ended is there to resume until then.
    #[test]
    fn a_new_run_replaces_the_finished_runs_before_it() {
        let dir = std::env::temp_dir().join(format!("bulk-journal-{}", uuid::Uuid::new_v4()));
        let journal = BulkJournal::new(dir.join("bulk.jsonl"));
        let run = |id: &str| JournalLine::Run {
            format: JOURNAL_FORMAT,
            run_id: id.into(),
            partner_id: "1234567".into(),
            started_at: "now".into(),
            targets: vec![target("t1")],
        };
        for n in 0..50 {
            let id = format!("r{n}");
            journal.begin(&run(&id)).unwrap();
            journal
                .append(&JournalLine::End {
                    run_id: id,
                    cancelled: false,
                })
                .unwrap();
        }
        let lines = std::fs::read_to_string(journal.path()).unwrap();
        assert_eq!(lines.lines().count(), 2, "{lines}");
        assert!(journal.pending().is_none());
        // A run that has not ended stays until the next one begins.
        journal.begin(&run("r1")).unwrap();
        journal
            .append(&result(
                "t1",
                BulkOutcome::NeedsSignIn {
                    error: Error::new(ErrorCode::SignInExpired, "x"),
                },
            ))
            .unwrap();
        assert_eq!(journal.pending().unwrap().remaining().len(), 1);
        assert!(!dir.join("bulk.jsonl.new").exists());
        std::fs::remove_dir_all(dir).ok();
    }

    /// The app and the command line share the journal: while one process works on a run, another can neither
    /// start one (which would replace the file under it) nor end it.
    #[test]
    fn a_run_in_another_process_keeps_the_journal_until_it_ends() {
        let dir = tempfile::tempdir().unwrap();
        let app = BulkJournal::new(dir.path().join("bulk.jsonl"));
        let command_line = BulkJournal::new(dir.path().join("bulk.jsonl"));
        let lease = app.lease().unwrap();
        assert_eq!(
            command_line.lease().err().map(|e| e.code),
            Some(ErrorCode::RunElsewhere)
        );
        assert_eq!(
            command_line.abandon("r1").err().map(|e| e.code),
            Some(ErrorCode::RunElsewhere)
        );
        drop(lease);
        command_line.lease().unwrap();
        command_line.abandon("r1").unwrap();
    }
}
