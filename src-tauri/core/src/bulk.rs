//! Every directory at once (issue 8): where the partner ID stands in each directory the signed-in identities
//! reach ([`check_directory`], [`overview`]), linking many directories in one run ([`run_bulk`]), and the report
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
use std::fs::OpenOptions;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use serde::{Deserialize, Serialize};
use specta::Type;
use tokio::sync::watch;

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

// ---------------------------------------------------------------------------------------------------------
// The overview

/// A directory to look at or link in, and the signed-in account that reaches it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct DirectoryTarget {
    pub tenant_id: String,
    pub name: String,
    pub default_domain: Option<String>,
    pub account_id: String,
    /// The account's sign-in name, for the report ("linked by whom").
    pub account_name: String,
}

/// Where the partner ID stands in one directory, and what the access there earns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct DirectoryStatus {
    pub target: DirectoryTarget,
    /// The identity the link belongs to in that directory (a guest has its own object ID there).
    pub identity_object_id: Option<String>,
    pub link: Option<PartnerLink>,
    #[specta(type = u32)]
    pub subscriptions: u64,
    /// The strongest role held on any subscription (Owner, Contributor, …).
    pub best_role: Option<String>,
    pub earns_recognition: bool,
    pub earns_incentives: bool,
    /// What stands in the way here (the core's one decision, [`Blocker`]).
    pub problem: Option<Blocker>,
    /// Whether a bulk run may try this directory: nothing stops it, or a sign-in would.
    pub can_link: bool,
    pub error: Option<Error>,
    /// RFC 3339, UTC.
    pub checked_at: String,
}

/// Looks at one directory: the access review and the link. Failures are part of the answer, not an error, so
/// that one directory's problem never stops an overview.
pub async fn check_directory(arm: &ArmClient, target: DirectoryTarget) -> DirectoryStatus {
    let mut status = unchecked(target);
    let tenant = status.target.tenant_id.clone();
    let review = match access_review::review(arm, &tenant).await {
        Ok(r) => r,
        Err(e) => {
            status.problem = Some(Blocker::of_error(e.code));
            status.error = Some(e);
            return status;
        }
    };
    status.identity_object_id = Some(review.identity.object_id.clone());
    status.subscriptions = review.subscriptions.len() as u64;
    status.best_role = review.best_role.clone();
    status.earns_recognition = review.earns_recognition;
    status.earns_incentives = review.earns_incentives;
    status.problem = Blocker::of_review(&review);
    if status.problem == Some(Blocker::CspAdminOnBehalfOf) {
        status.can_link = false;
        return status;
    }
    match PalService::new(arm.clone(), None).read_link(&tenant).await {
        Ok(link) => status.link = link,
        Err(e) => {
            status.problem = Some(Blocker::of_error(e.code));
            status.error = Some(e);
        }
    }
    status.can_link = status.problem.is_none_or(|p| !p.stops_linking());
    status
}

/// Every directory `arm`'s identity reaches, asked in `home_tenant` (the one listing, [`crate::tenants`]), as
/// targets for `account_id`.
pub async fn reachable_directories(
    arm: &ArmClient,
    home_tenant: &str,
    account_id: &str,
    account_name: &str,
) -> Result<Vec<DirectoryTarget>, Error> {
    Ok(crate::tenants::reachable(arm, home_tenant)
        .await?
        .into_iter()
        .map(|t| DirectoryTarget {
            tenant_id: t.tenant_id,
            name: t.name,
            default_domain: t.default_domain,
            account_id: account_id.to_owned(),
            account_name: account_name.to_owned(),
        })
        .collect())
}

/// The overview of many directories, as it was at `generated_at`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Overview {
    pub generated_at: String,
    pub directories: Vec<DirectoryStatus>,
}

/// Looks at every target with at most `concurrency` at once; `on_each` hears of each directory as soon as it
/// is checked (the UI's progress). The result keeps the targets' order. `arm_for` gives the client of an account.
pub async fn overview(
    targets: Vec<DirectoryTarget>,
    concurrency: usize,
    arm_for: &(dyn Fn(&str) -> Result<ArmClient, Error> + Sync),
    on_each: Arc<dyn Fn(&DirectoryStatus) + Send + Sync>,
) -> Overview {
    let limit = Arc::new(tokio::sync::Semaphore::new(concurrency.max(1)));
    let mut tasks = tokio::task::JoinSet::new();
    for (i, target) in targets.into_iter().enumerate() {
        let arm = arm_for(&target.account_id);
        let limit = limit.clone();
        let on_each = on_each.clone();
        tasks.spawn(async move {
            let _slot = limit.acquire_owned().await;
            let status = match arm {
                Ok(arm) => check_directory(&arm, target).await,
                Err(e) => failed_status(target, e),
            };
            on_each(&status);
            (i, status)
        });
    }
    let mut found = Vec::new();
    while let Some(done) = tasks.join_next().await {
        if let Ok(pair) = done {
            found.push(pair);
        }
    }
    found.sort_by_key(|(i, _)| *i);
    Overview {
        generated_at: now_rfc3339(SystemTime::now()),
        directories: found.into_iter().map(|(_, s)| s).collect(),
    }
}

/// A directory's status before anything is known about it.
fn unchecked(target: DirectoryTarget) -> DirectoryStatus {
    DirectoryStatus {
        target,
        identity_object_id: None,
        link: None,
        subscriptions: 0,
        best_role: None,
        earns_recognition: false,
        earns_incentives: false,
        problem: None,
        can_link: true,
        error: None,
        checked_at: now_rfc3339(SystemTime::now()),
    }
}

fn failed_status(target: DirectoryTarget, e: Error) -> DirectoryStatus {
    let problem = Blocker::of_error(e.code);
    DirectoryStatus {
        problem: Some(problem),
        can_link: !problem.stops_linking(),
        error: Some(e),
        ..unchecked(target)
    }
}

impl Overview {
    /// Saves the overview so that reopening it is instant. It holds names and IDs, no secret.
    pub fn save(&self, path: &Path) -> Result<(), Error> {
        let text = serde_json::to_vec_pretty(self)
            .map_err(|e| Error::new(ErrorCode::Internal, format!("overview: {e}")))?;
        write_atomically(path, &text)
    }

    /// The saved overview, if there is a readable one.
    pub fn load(path: &Path) -> Option<Overview> {
        serde_json::from_slice(&std::fs::read(path).ok()?).ok()
    }

    /// One row per directory, for a spreadsheet.
    pub fn to_csv(&self) -> String {
        let mut out = String::from(
            "directory,tenant_id,domain,linked_partner_id,partner_name,linked_by,identity_object_id,subscriptions,best_role,earns_recognition,earns_incentives,problem,checked_at\n",
        );
        for d in &self.directories {
            let cells = [
                d.target.name.clone(),
                d.target.tenant_id.clone(),
                d.target.default_domain.clone().unwrap_or_default(),
                d.link
                    .as_ref()
                    .map(|l| l.partner_id.clone())
                    .unwrap_or_default(),
                d.link
                    .as_ref()
                    .and_then(|l| l.partner_name.clone())
                    .unwrap_or_default(),
                d.target.account_name.clone(),
                d.identity_object_id.clone().unwrap_or_default(),
                d.subscriptions.to_string(),
                d.best_role.clone().unwrap_or_default(),
                d.earns_recognition.to_string(),
                d.earns_incentives.to_string(),
                d.problem.map(Blocker::name).unwrap_or_default().to_owned(),
                d.checked_at.clone(),
            ];
            let row: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
            out.push_str(&row.join(","));
            out.push('\n');
        }
        out
    }

    /// A printable page: where the partner ID is linked, by whom, with what access, as of when.
    pub fn to_html(&self) -> String {
        use crate::proof::escape;
        let linked = self.directories.iter().filter(|d| d.link.is_some()).count();
        let mut rows = String::new();
        for d in &self.directories {
            let link = match &d.link {
                Some(l) => match &l.partner_name {
                    Some(n) => format!("{} ({})", escape(&l.partner_id), escape(n)),
                    None => escape(&l.partner_id),
                },
                None => "not linked".to_owned(),
            };
            rows.push_str(&format!(
                "<tr><td>{}<br><small>{}</small></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                escape(&d.target.name),
                escape(&d.target.tenant_id),
                link,
                escape(&d.target.account_name),
                escape(d.best_role.as_deref().unwrap_or("none")),
                if d.earns_incentives { "recognition and incentives" } else if d.earns_recognition { "recognition" } else { "nothing yet" },
                escape(d.problem.map(Blocker::name).unwrap_or("")),
                escape(&d.checked_at),
            ));
        }
        format!(
            "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Where our partner ID is linked</title>\
<style>body{{font-family:system-ui,sans-serif;margin:2rem;color:#1b1f24}}table{{border-collapse:collapse;width:100%}}\
th,td{{border:1px solid #cfd6df;padding:.4rem .6rem;text-align:left;vertical-align:top}}th{{background:#eef1f5}}\
small{{color:#4a5360}}@media print{{body{{margin:0}}}}</style></head><body>\
<h1>Where our partner ID is linked</h1><p>As of {}: linked in {linked} of {} directories. Produced by Partner Link Assistant from what Azure answered for each directory.</p>\
<table><thead><tr><th>Directory</th><th>Partner ID</th><th>Linked by</th><th>Best role</th><th>Counts for</th><th>Problem</th><th>Checked</th></tr></thead><tbody>\n{rows}</tbody></table></body></html>\n",
            escape(&self.generated_at),
            self.directories.len(),
        )
    }
}

/// RFC 4180 quoting; a leading `=`, `+`, `-` or `@` is prefixed with `'` so that a spreadsheet never runs a
/// directory name as a formula.
fn csv_cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_owned()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let io = |e: std::io::Error| {
        Error::new(
            ErrorCode::Internal,
            format!("writing {}: {e}", path.display()),
        )
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, bytes).map_err(io)?;
    std::fs::rename(&tmp, path).map_err(io)
}

// ---------------------------------------------------------------------------------------------------------
// The shared rate limiter

/// One limiter for every client of a run: after a 429 anywhere, every request waits until the Retry-After (or
/// two seconds without one) has passed.
#[derive(Default)]
pub struct SharedThrottle {
    state: Mutex<ThrottleState>,
}

#[derive(Default)]
struct ThrottleState {
    paused_until: Option<Instant>,
    throttles: u64,
}

impl SharedThrottle {
    pub fn new() -> Arc<SharedThrottle> {
        Arc::new(SharedThrottle::default())
    }

    /// How many times Azure asked the run to slow down.
    pub fn throttles(&self) -> u64 {
        self.state.lock().map(|s| s.throttles).unwrap_or(0)
    }
}

#[async_trait::async_trait]
impl RateLimiter for SharedThrottle {
    async fn acquire(&self, _tenant_id: &str, _write: bool) {
        loop {
            let wait = {
                let s = self.state.lock().expect("throttle state");
                s.paused_until
                    .and_then(|t| t.checked_duration_since(Instant::now()))
            };
            match wait {
                Some(d) if !d.is_zero() => tokio::time::sleep(d).await,
                _ => return,
            }
        }
    }

    fn throttled(&self, _tenant_id: &str, retry_after: Option<Duration>) {
        let pause = retry_after
            .unwrap_or(Duration::from_secs(2))
            .min(Duration::from_secs(60));
        if let Ok(mut s) = self.state.lock() {
            let until = Instant::now() + pause;
            s.paused_until = Some(s.paused_until.map_or(until, |t| t.max(until)));
            s.throttles += 1;
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// Bulk link

/// What happened in one directory of a bulk run.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum BulkOutcome {
    /// Linked now.
    #[serde(rename_all = "camelCase")]
    Linked { request_id: Option<String> },
    /// It was linked to this partner ID already: nothing was sent.
    AlreadyLinked,
    /// Linked to another partner ID: left alone (a change needs the person's confirmation, directory by
    /// directory).
    #[serde(rename_all = "camelCase")]
    LinkedToAnother { partner_id: String },
    /// Needs an interactive sign-in there (MFA, Conditional Access): queued for the person, one at a time.
    NeedsSignIn { error: Error },
    /// Failed; the error says why. Tried again on resume.
    Failed { error: Error },
}

impl BulkOutcome {
    /// Final outcomes are never attempted again, also not on resume.
    pub fn is_final(&self) -> bool {
        matches!(
            self,
            BulkOutcome::Linked { .. }
                | BulkOutcome::AlreadyLinked
                | BulkOutcome::LinkedToAnother { .. }
        )
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct BulkItemResult {
    pub tenant_id: String,
    pub outcome: BulkOutcome,
    pub finished_at: String,
}

/// Pause, resume and cancel for a running bulk run, from any thread.
#[derive(Clone)]
pub struct BulkControl {
    paused: Arc<watch::Sender<bool>>,
    cancelled: Arc<watch::Sender<bool>>,
}

impl Default for BulkControl {
    fn default() -> Self {
        BulkControl {
            paused: Arc::new(watch::channel(false).0),
            cancelled: Arc::new(watch::channel(false).0),
        }
    }
}

impl BulkControl {
    pub fn new() -> BulkControl {
        BulkControl::default()
    }
    /// No new directory is started until [`BulkControl::resume`]; those in flight finish.
    pub fn pause(&self) {
        self.paused.send_replace(true);
    }
    pub fn resume(&self) {
        self.paused.send_replace(false);
    }
    pub fn is_paused(&self) -> bool {
        *self.paused.borrow()
    }
    /// No new directory is started; those in flight finish.
    pub fn cancel(&self) {
        self.cancelled.send_replace(true);
        self.paused.send_replace(false);
    }
    pub fn is_cancelled(&self) -> bool {
        *self.cancelled.borrow()
    }

    /// Waits while paused; false when cancelled.
    async fn may_start(&self) -> bool {
        let mut paused = self.paused.subscribe();
        loop {
            if self.is_cancelled() {
                return false;
            }
            if !*paused.borrow_and_update() {
                return true;
            }
            let mut cancelled = self.cancelled.subscribe();
            tokio::select! {
                _ = paused.changed() => {}
                _ = cancelled.changed() => {}
            }
        }
    }
}

/// One line of the journal.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "type")]
enum JournalLine {
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

    fn append(&self, line: &JournalLine) -> Result<(), Error> {
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

fn ends_mid_line(f: &mut std::fs::File) -> std::io::Result<bool> {
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

/// What a bulk run did, when it stopped.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct BulkSummary {
    pub run_id: String,
    pub results: Vec<BulkItemResult>,
    /// Stopped by cancel before every directory was started.
    pub cancelled: bool,
    /// How many times Azure asked the run to slow down.
    #[specta(type = u32)]
    pub throttles: u64,
}

/// Everything a bulk run needs besides its directories.
pub struct BulkRun {
    pub partner_id: PartnerId,
    pub concurrency: usize,
    pub journal: Arc<BulkJournal>,
    pub activity_log: Option<ActivityLog>,
    pub control: BulkControl,
    pub throttle: Arc<SharedThrottle>,
}

impl BulkRun {
    /// Starts a new run over `targets` (duplicates dropped), recorded in the journal first.
    pub async fn start(
        &self,
        targets: Vec<DirectoryTarget>,
        arm_for: &(dyn Fn(&str) -> Result<ArmClient, Error> + Sync),
        on_result: Arc<dyn Fn(&BulkItemResult) + Send + Sync>,
    ) -> Result<BulkSummary, Error> {
        let mut seen = HashSet::new();
        let targets: Vec<DirectoryTarget> = targets
            .into_iter()
            .filter(|t| seen.insert(t.tenant_id.to_ascii_lowercase()))
            .collect();
        let run_id = uuid::Uuid::new_v4().to_string();
        self.journal.append(&JournalLine::Run {
            run_id: run_id.clone(),
            partner_id: self.partner_id.as_str().to_owned(),
            started_at: now_rfc3339(SystemTime::now()),
            targets: targets.clone(),
        })?;
        self.work(run_id, targets, arm_for, on_result).await
    }

    /// Continues `pending` with the directories that have no final outcome.
    pub async fn resume(
        &self,
        pending: &PendingRun,
        arm_for: &(dyn Fn(&str) -> Result<ArmClient, Error> + Sync),
        on_result: Arc<dyn Fn(&BulkItemResult) + Send + Sync>,
    ) -> Result<BulkSummary, Error> {
        let mut summary = self
            .work(
                pending.run_id.clone(),
                pending.remaining(),
                arm_for,
                on_result,
            )
            .await?;
        // The summary covers the whole run: what was done before the interruption too.
        let redone: HashSet<String> = summary
            .results
            .iter()
            .map(|r| r.tenant_id.clone())
            .collect();
        let mut all: Vec<BulkItemResult> = pending
            .results
            .iter()
            .filter(|r| !redone.contains(&r.tenant_id))
            .cloned()
            .collect();
        all.append(&mut summary.results);
        summary.results = all;
        Ok(summary)
    }

    async fn work(
        &self,
        run_id: String,
        targets: Vec<DirectoryTarget>,
        arm_for: &(dyn Fn(&str) -> Result<ArmClient, Error> + Sync),
        on_result: Arc<dyn Fn(&BulkItemResult) + Send + Sync>,
    ) -> Result<BulkSummary, Error> {
        // One client per account, all sharing the run's throttle.
        let mut clients: HashMap<String, Result<ArmClient, Error>> = HashMap::new();
        for t in &targets {
            clients.entry(t.account_id.clone()).or_insert_with(|| {
                arm_for(&t.account_id)
                    .map(|a| a.with_rate_limiter(self.throttle.clone() as Arc<dyn RateLimiter>))
            });
        }
        let clients = Arc::new(clients);
        let queue = Arc::new(Mutex::new(VecDeque::from(targets)));
        let results = Arc::new(Mutex::new(Vec::new()));
        let mut workers = tokio::task::JoinSet::new();
        for _ in 0..self.concurrency.max(1) {
            let queue = queue.clone();
            let clients = clients.clone();
            let results = results.clone();
            let control = self.control.clone();
            let journal = self.journal.clone();
            let log = self.activity_log.clone();
            let partner_id = self.partner_id.clone();
            let on_result = on_result.clone();
            let run_id = run_id.clone();
            workers.spawn(async move {
                loop {
                    if !control.may_start().await {
                        return Ok::<(), Error>(());
                    }
                    let Some(target) = queue.lock().ok().and_then(|mut q| q.pop_front()) else {
                        return Ok(());
                    };
                    let outcome = match clients.get(&target.account_id) {
                        Some(Ok(arm)) => {
                            link_one(arm, log.clone(), &target.tenant_id, &partner_id).await
                        }
                        Some(Err(e)) => BulkOutcome::Failed { error: e.clone() },
                        None => BulkOutcome::Failed {
                            error: Error::new(ErrorCode::Internal, "no client for the account"),
                        },
                    };
                    let result = BulkItemResult {
                        tenant_id: target.tenant_id.clone(),
                        outcome,
                        finished_at: now_rfc3339(SystemTime::now()),
                    };
                    journal.append(&JournalLine::Result {
                        run_id: run_id.clone(),
                        result: result.clone(),
                    })?;
                    on_result(&result);
                    if let Ok(mut r) = results.lock() {
                        r.push(result);
                    }
                }
            });
        }
        let mut failure = None;
        while let Some(done) = workers.join_next().await {
            match done {
                Ok(Ok(())) => {}
                Ok(Err(e)) => {
                    // The journal could not be written: stop starting directories, keep what is recorded.
                    self.control.cancel();
                    failure.get_or_insert(e);
                }
                Err(e) => {
                    failure.get_or_insert(Error::new(
                        ErrorCode::Internal,
                        format!("a bulk worker stopped: {e}"),
                    ));
                }
            }
        }
        if let Some(e) = failure {
            return Err(e);
        }
        let cancelled =
            self.control.is_cancelled() && queue.lock().map(|q| !q.is_empty()).unwrap_or(false);
        // A cancelled run stays resumable; a finished one is closed.
        if !cancelled {
            self.journal.append(&JournalLine::End {
                run_id: run_id.clone(),
                cancelled: false,
            })?;
        }
        let results = results.lock().map(|r| r.clone()).unwrap_or_default();
        Ok(BulkSummary {
            run_id,
            results,
            cancelled,
            throttles: self.throttle.throttles(),
        })
    }
}

/// Plans and applies the link in one directory, never changing another partner's link.
async fn link_one(
    arm: &ArmClient,
    log: Option<ActivityLog>,
    tenant: &str,
    partner_id: &PartnerId,
) -> BulkOutcome {
    let pal = PalService::new(arm.clone(), log);
    let plan = match pal.plan_link(tenant, partner_id).await {
        Ok(p) => p,
        Err(e) => return outcome_of_error(e),
    };
    match &plan {
        LinkPlan::AlreadyLinked { .. } => BulkOutcome::AlreadyLinked,
        LinkPlan::Change { from, .. } => BulkOutcome::LinkedToAnother {
            partner_id: from.partner_id.clone(),
        },
        _ => match pal.apply(&plan, false).await {
            Ok(o) if o.changed => BulkOutcome::Linked {
                request_id: o.request_id,
            },
            Ok(_) => BulkOutcome::AlreadyLinked,
            Err(e) => outcome_of_error(e),
        },
    }
}

fn outcome_of_error(error: Error) -> BulkOutcome {
    if Blocker::of_error(error.code).needs_sign_in() {
        BulkOutcome::NeedsSignIn { error }
    } else {
        BulkOutcome::Failed { error }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
