//! The bulk runs' journal: JSON lines, each synced before it counts, from which an interrupted run resumes.

use super::*;

/// One line of the journal.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "type")]
pub(super) enum JournalLine {
    #[serde(rename_all = "camelCase")]
    Run {
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

    pub(super) fn append(&self, line: &JournalLine) -> Result<(), Error> {
        let io = |e: std::io::Error| {
            Error::new(
                ErrorCode::Internal,
                format!("bulk journal {}: {e}", self.path.display()),
            )
        };
        let mut text = serde_json::to_vec(line)
            .map_err(|e| Error::new(ErrorCode::Internal, format!("bulk journal: {e}")))?;
        text.push(b'\n');
        let _guard = self
            .lock
            .lock()
            .map_err(|_| Error::new(ErrorCode::Internal, "bulk journal lock poisoned"))?;
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir).map_err(io)?;
        }
        let mut f = OpenOptions::new()
            .create(true)
            .append(true)
            .read(true)
            .open(&self.path)
            .map_err(io)?;
        // A line torn by a crash has no newline: start on a fresh line, so this one stays readable.
        if ends_mid_line(&mut f).map_err(io)? {
            text.insert(0, b'\n');
        }
        f.write_all(&text).map_err(io)?;
        // The outcome must survive a crash right after it: resume trusts this line.
        f.sync_data().map_err(io)
    }

    /// The newest run, when it has not ended. A torn last line (the app died while writing) is ignored: the
    /// directory it described is planned again, which reads the link before writing.
    pub fn pending(&self) -> Option<PendingRun> {
        let file = std::fs::File::open(&self.path).ok()?;
        let mut run: Option<PendingRun> = None;
        let mut latest: HashMap<String, usize> = HashMap::new();
        for line in BufReader::new(file).lines() {
            let Ok(line) = line else { break };
            let Ok(parsed) = serde_json::from_str::<JournalLine>(&line) else {
                continue;
            };
            match parsed {
                JournalLine::Run {
                    run_id,
                    partner_id,
                    started_at,
                    targets,
                } => {
                    latest.clear();
                    run = Some(PendingRun {
                        run_id,
                        partner_id,
                        started_at,
                        targets,
                        results: Vec::new(),
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
        self.append(&JournalLine::End {
            run_id: run_id.to_owned(),
            cancelled: true,
        })
    }
}

pub(super) fn ends_mid_line(f: &mut std::fs::File) -> std::io::Result<bool> {
    use std::io::{Read, Seek, SeekFrom};
    let len = f.metadata()?.len();
    if len == 0 {
        return Ok(false);
    }
    f.seek(SeekFrom::Start(len - 1))?;
    let mut last = [0u8; 1];
    f.read_exact(&mut last)?;
    Ok(last[0] != b'\n')
}
