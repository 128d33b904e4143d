//! The bulk runs' journal: JSON lines, each synced before it counts, from which an interrupted run resumes.

use super::*;

/// The bulk journal's format, written on each run's first line.
pub const JOURNAL_FORMAT: u32 = 1;

fn journal_format() -> u32 {
    JOURNAL_FORMAT
}

/// One line of the journal.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "type")]
pub(super) enum JournalLine {
    #[serde(rename_all = "camelCase")]
    Run {
        /// The journal's format; lines of another format are not read.
        #[serde(default = "journal_format")]
        format: u32,
        run_id: String,
        partner_id: String,
        started_at: String,
        targets: Vec<DirectoryTarget>,
    },
    #[serde(rename_all = "camelCase")]
    Result {
        run_id: String,
        result: BulkItemResult,
    },
    #[serde(rename_all = "camelCase")]
    End { run_id: String, cancelled: bool },
}

/// A bulk run that has not ended: what it was asked to do and what is done.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PendingRun {
    pub run_id: String,
    pub partner_id: String,
    pub started_at: String,
    pub targets: Vec<DirectoryTarget>,
    /// The latest result of each directory that has one.
    pub results: Vec<BulkItemResult>,
    /// Lines of the journal that could not be read and were skipped.
    pub damaged_lines: usize,
}

impl PendingRun {
    /// The directories still to do: no final outcome yet.
    pub fn remaining(&self) -> Vec<DirectoryTarget> {
        let done: HashSet<&str> = self
            .results
            .iter()
            .filter(|r| r.outcome.is_final())
            .map(|r| r.tenant_id.as_str())
            .collect();
        self.targets
            .iter()
            .filter(|t| !done.contains(t.tenant_id.as_str()))
            .cloned()
            .collect()
    }
}

/// The journal held for one process's run (an OS file lock, released when dropped or when the process dies).
pub struct RunLease {
    _file: std::fs::File,
}

/// The append-only record of bulk runs (JSON lines, flushed to disk line by line).
pub struct BulkJournal {
    path: PathBuf,
    lock: Mutex<()>,
}

impl BulkJournal {
    pub fn new(path: impl Into<PathBuf>) -> BulkJournal {
        BulkJournal {
            path: path.into(),
            lock: Mutex::new(()),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Claims the journal for this process's run until the lease is dropped. The app and the command line share
    /// one journal; two runs at once would write over each other's record (a new run replaces the file), so the
    /// second is refused with [`ErrorCode::RunElsewhere`] instead of waiting for a run that may take an hour.
    pub fn lease(&self) -> Result<RunLease, Error> {
        let io = |e: std::io::Error| {
            Error::new(
                ErrorCode::Internal,
                format!(
                    "could not lock the bulk journal ({}.lock): {e}",
                    self.path.display()
                ),
            )
        };
        let file = crate::files::lock_file_for(&self.path).map_err(io)?;
        match file.try_lock() {
            Ok(()) => Ok(RunLease { _file: file }),
            Err(std::fs::TryLockError::WouldBlock) => Err(Error::new(
                ErrorCode::RunElsewhere,
                "every directory is already being worked on, in another window of the app or by the command line; \
                 wait until that run is done",
            )),
            Err(std::fs::TryLockError::Error(e)) => Err(io(e)),
        }
    }

    pub(super) fn append(&self, line: &JournalLine) -> Result<(), Error> {
        let _guard = self
            .lock
            .lock()
            .map_err(|_| Error::new(ErrorCode::Internal, "bulk journal lock poisoned"))?;
        crate::jsonl::append(&self.path, line, "bulk journal")
    }

    /// Starts a run's record. What the journal held before is over: finished runs (each link and removal is in the
    /// activity log, the audit trail) or a run the person chose not to resume, which a new run supersedes. So the
    /// file is replaced by the new run's first line instead of growing with every run: written beside it, synced,
    /// then renamed over it, so a crash leaves either the old journal or the new one, whole.
    pub(super) fn begin(&self, line: &JournalLine) -> Result<(), Error> {
        let _guard = self
            .lock
            .lock()
            .map_err(|_| Error::new(ErrorCode::Internal, "bulk journal lock poisoned"))?;
        let mut text = serde_json::to_vec(line)
            .map_err(|e| Error::new(ErrorCode::Internal, format!("bulk journal: {e}")))?;
        text.push(b'\n');
        crate::files::write_atomically(&self.path, &text).map_err(|e| {
            Error::new(
                ErrorCode::Internal,
                format!(
                    "could not write the bulk journal {}: {e}",
                    self.path.display()
                ),
            )
        })?;
        Ok(())
    }

    /// The newest run, when it has not ended. A damaged line (the app died while writing it, or a full disk cut
    /// it) is skipped and counted in [`PendingRun::damaged_lines`], and the lines after it are read: a directory
    /// whose result was lost is planned again, which reads the link before writing.
    pub fn pending(&self) -> Option<PendingRun> {
        let bytes = match std::fs::read(&self.path) {
            Ok(b) => b,
            Err(_) => return None,
        };
        let pending = BulkJournal::parse_pending(&bytes);
        if let Some(p) = pending.as_ref().filter(|p| p.damaged_lines > 0) {
            tracing::warn!(
                damaged = p.damaged_lines,
                journal = %self.path.display(),
                "skipped damaged lines of the bulk journal"
            );
        }
        pending
    }

    /// The newest run in a journal's bytes, when it has not ended (see [`BulkJournal::pending`]).
    pub fn parse_pending(bytes: &[u8]) -> Option<PendingRun> {
        let lines = crate::jsonl::parse::<JournalLine>(bytes);
        let mut run: Option<PendingRun> = None;
        let mut latest: HashMap<String, usize> = HashMap::new();
        for parsed in lines.records {
            match parsed {
                JournalLine::Run {
                    format,
                    run_id,
                    partner_id,
                    started_at,
                    targets,
                } => {
                    latest.clear();
                    // A run of another format is not resumed: what it holds may mean something else.
                    run = (format == JOURNAL_FORMAT).then(|| PendingRun {
                        run_id,
                        partner_id,
                        started_at,
                        targets,
                        results: Vec::new(),
                        damaged_lines: lines.damaged,
                    });
                }
                JournalLine::Result { run_id, result } => {
                    if let Some(r) = run.as_mut().filter(|r| r.run_id == run_id) {
                        match latest.get(&result.tenant_id) {
                            Some(&i) => r.results[i] = result,
                            None => {
                                latest.insert(result.tenant_id.clone(), r.results.len());
                                r.results.push(result);
                            }
                        }
                    }
                }
                JournalLine::End { run_id, .. } => {
                    if run.as_ref().is_some_and(|r| r.run_id == run_id) {
                        run = None;
                    }
                }
            }
        }
        run
    }

    /// Marks a pending run as ended without doing the rest (the person chose not to resume it).
    pub fn abandon(&self, run_id: &str) -> Result<(), Error> {
        // A run another process is working on is not this process's to end.
        let _lease = self.lease()?;
        self.append(&JournalLine::End {
            run_id: run_id.to_owned(),
            cancelled: true,
        })
    }
}
