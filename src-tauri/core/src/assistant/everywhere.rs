//! Every directory at once: the overview of every directory the signed-in accounts reach and the bulk run, both
//! worked on in the background. Their progress is kept here (for a screen that opens later) and pushed to a
//! [`ProgressSink`] as it changes (the desktop shell emits it to the UI as events, so nothing polls).

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use serde::{Deserialize, Serialize};
use specta::Type;

use super::{Assistant, JOURNAL_FILE, OVERVIEW_FILE};
use crate::arm::ArmClient;
use crate::auth::AuthClient;
use crate::everywhere::{
    self, BulkControl, BulkItemResult, BulkJournal, BulkRun, DirectoryStatus, DirectoryTarget,
    Overview, PendingRun, SharedThrottle,
};
use crate::ids::is_guid;
use crate::partner_id::PartnerId;
use crate::{Endpoints, Error, ErrorCode};

/// The overview as the UI shows it.
#[derive(Clone, Debug, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct OverviewProgress {
    pub running: bool,
    /// Directories to check in this refresh (0 before the list is known).
    pub total: u32,
    /// Directories checked so far in this refresh.
    pub checked: u32,
    /// The overview as far as it is known: during a refresh, each directory checked again replaces its earlier
    /// row, so the table fills in without emptying first.
    pub directories: Vec<DirectoryStatus>,
    /// When the shown overview was complete; absent while the first one fills in.
    pub generated_at: Option<String>,
    pub error: Option<Error>,
}

/// A bulk run as the UI shows it.
#[derive(Clone, Debug, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct BulkProgress {
    pub running: bool,
    pub paused: bool,
    pub partner_id: Option<String>,
    pub total: u32,
    pub results: Vec<BulkItemResult>,
    /// Stopped by Cancel before every directory was done (it can be resumed).
    pub cancelled: bool,
    #[specta(type = u32)]
    pub throttles: u64,
    pub error: Option<Error>,
    /// A run that did not end (the app was closed or crashed), when none is running now.
    pub interrupted: Option<InterruptedRun>,
}

#[derive(Clone, Debug, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct InterruptedRun {
    pub run_id: String,
    pub partner_id: String,
    pub started_at: String,
    pub total: u32,
    pub remaining: u32,
    /// Lines of the run's record that could not be read (a crash cut them); their directories are checked again.
    pub damaged_lines: u32,
}

impl From<PendingRun> for InterruptedRun {
    fn from(p: PendingRun) -> InterruptedRun {
        InterruptedRun {
            remaining: p.remaining().len() as u32,
            total: p.targets.len() as u32,
            damaged_lines: p.damaged_lines as u32,
            run_id: p.run_id,
            partner_id: p.partner_id,
            started_at: p.started_at,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ReportFormat {
    Csv,
    Json,
    Html,
}

/// A change of progress, as it is pushed.
#[derive(Clone, Debug)]
pub enum Progress {
    Overview(OverviewProgress),
    Bulk(BulkProgress),
}

/// Hears every change of progress (throttled to a few per second while work goes on, and always the last).
pub type ProgressSink = Arc<dyn Fn(Progress) + Send + Sync>;

/// How often progress is pushed at most while work goes on: the eye cannot follow faster, and a 200-directory
/// run would otherwise send 200 full tables.
const PUSH_EVERY: Duration = Duration::from_millis(150);

/// Progress of the overview and the bulk run, shared with their background tasks.
#[derive(Default)]
pub struct Everywhere {
    overview: Mutex<OverviewState>,
    bulk: Mutex<BulkState>,
    sink: Mutex<Option<ProgressSink>>,
}

#[derive(Default)]
struct OverviewState {
    running: bool,
    total: usize,
    /// The last complete overview (or the saved one).
    directories: Vec<DirectoryStatus>,
    /// Directories checked so far in the refresh that is running.
    fresh: Vec<DirectoryStatus>,
    generated_at: Option<String>,
    error: Option<Error>,
    loaded_cache: bool,
    pushed_at: Option<Instant>,
}

#[derive(Default)]
struct BulkState {
    running: bool,
    control: Option<BulkControl>,
    throttle: Option<Arc<SharedThrottle>>,
    partner_id: Option<String>,
    total: usize,
    results: Vec<BulkItemResult>,
    cancelled: bool,
    error: Option<Error>,
    pushed_at: Option<Instant>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A panic while holding it leaves plain data behind; the progress is still worth showing.
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl OverviewState {
    fn progress(&self) -> OverviewProgress {
        let same = |a: &DirectoryStatus, b: &DirectoryStatus| {
            a.target.tenant_id == b.target.tenant_id && a.target.account_id == b.target.account_id
        };
        let mut directories: Vec<DirectoryStatus> = self
            .directories
            .iter()
            .map(|old| {
                self.fresh
                    .iter()
                    .find(|f| same(f, old))
                    .unwrap_or(old)
                    .clone()
            })
            .collect();
        for f in &self.fresh {
            if !directories.iter().any(|d| same(d, f)) {
                directories.push(f.clone());
            }
        }
        OverviewProgress {
            running: self.running,
            total: self.total as u32,
            checked: self.fresh.len() as u32,
            directories,
            generated_at: self.generated_at.clone(),
            error: self.error.clone(),
        }
    }
}

impl BulkState {
    fn progress(&self, interrupted: Option<InterruptedRun>) -> BulkProgress {
        BulkProgress {
            running: self.running,
            paused: self.control.as_ref().is_some_and(BulkControl::is_paused),
            partner_id: self.partner_id.clone(),
            total: self.total as u32,
            results: self.results.clone(),
            cancelled: self.cancelled,
            throttles: self.throttle.as_ref().map_or(0, |t| t.throttles()),
            error: self.error.clone(),
            interrupted: if self.running { None } else { interrupted },
        }
    }
}

impl Everywhere {
    /// Whether the overview or a bulk run is working in the background, with the sign-in it started with.
    pub(super) fn busy(&self) -> bool {
        lock(&self.overview).running || lock(&self.bulk).running
    }

    fn push(&self, progress: Progress) {
        let sink = lock(&self.sink).clone();
        if let Some(sink) = sink {
            sink(progress);
        }
    }

    /// Pushes the overview's progress: now when `last`, else at most every [`PUSH_EVERY`].
    fn push_overview(&self, last: bool) {
        let progress = {
            let mut s = lock(&self.overview);
            let due = s.pushed_at.is_none_or(|t| t.elapsed() >= PUSH_EVERY);
            if !(last || due) {
                return;
            }
            s.pushed_at = Some(Instant::now());
            s.progress()
        };
        self.push(Progress::Overview(progress));
    }

    fn push_bulk(&self, last: bool, interrupted: Option<InterruptedRun>) {
        let progress = {
            let mut s = lock(&self.bulk);
            let due = s.pushed_at.is_none_or(|t| t.elapsed() >= PUSH_EVERY);
            if !(last || due) {
                return;
            }
            s.pushed_at = Some(Instant::now());
            s.progress(interrupted)
        };
        self.push(Progress::Bulk(progress));
    }
}

/// A client for each account, for the overview and bulk runs.
fn arm_for(
    endpoints: Endpoints,
    auth: AuthClient,
) -> impl Fn(&str) -> Result<ArmClient, Error> + Send + Sync + 'static {
    move |account: &str| ArmClient::new(&endpoints, auth.token_source(account))
}

/// Every directory each signed-in account reaches, with the account that reaches it: what the overview looks
/// at. The first account whose directories could not be listed is reported beside what was found.
pub async fn targets_of(auth: &AuthClient) -> (Vec<DirectoryTarget>, Option<Error>) {
    let mut targets = Vec::new();
    let mut first_error = None;
    for account in auth.accounts().await {
        match auth.list_directories(&account.id).await {
            Ok(dirs) => targets.extend(dirs.into_iter().map(|d| DirectoryTarget {
                tenant_id: d.tenant_id,
                name: d.name,
                default_domain: d.default_domain,
                account_id: account.id.clone(),
                account_name: account.username.clone(),
            })),
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    (targets, first_error)
}

enum Start {
    New(Vec<DirectoryTarget>),
    Resume(Box<PendingRun>),
}

impl Assistant {
    /// Where progress is pushed from now on.
    pub fn set_progress_sink(&self, sink: ProgressSink) {
        *lock(&self.everywhere.sink) = Some(sink);
    }

    /// The journal of bulk runs, one for the app and the command line.
    pub fn journal(&self) -> Arc<BulkJournal> {
        Arc::new(BulkJournal::new(self.folders.data.join(JOURNAL_FILE)))
    }

    fn overview_path(&self) -> std::path::PathBuf {
        self.folders.data.join(OVERVIEW_FILE)
    }

    /// The overview now: the saved one until a refresh, then the refresh as it fills in.
    pub fn overview_status(&self) -> OverviewProgress {
        let needs_saved = {
            let s = lock(&self.everywhere.overview);
            !s.loaded_cache && !s.running
        };
        // The saved overview is read outside the lock: a large file never holds up the background work.
        let saved = needs_saved
            .then(|| Overview::load(&self.overview_path()))
            .flatten();
        let mut s = lock(&self.everywhere.overview);
        if needs_saved && !s.loaded_cache && !s.running {
            s.loaded_cache = true;
            if let Some(saved) = saved {
                s.directories = saved.directories;
                s.generated_at = Some(saved.generated_at);
            }
        }
        s.progress()
    }

    /// Looks at every directory of every signed-in account again, in the background; progress is pushed.
    pub async fn refresh_overview(&self) -> Result<(), Error> {
        {
            let mut s = lock(&self.everywhere.overview);
            if s.running {
                return Ok(());
            }
            s.running = true;
            s.loaded_cache = true;
            s.total = 0;
            s.error = None;
        }
        let auth = match self.auth().await {
            Ok(a) => a,
            Err(e) => {
                lock(&self.everywhere.overview).running = false;
                return Err(e);
            }
        };
        self.everywhere.push_overview(true);
        let everywhere = self.everywhere.clone();
        let endpoints = self.endpoints.clone();
        let path = self.overview_path();
        tokio::spawn(async move {
            let (targets, first_error) = targets_of(&auth).await;
            {
                let mut s = lock(&everywhere.overview);
                s.total = targets.len();
                s.fresh.clear();
                s.error = first_error;
            }
            everywhere.push_overview(true);
            let heard = everywhere.clone();
            let overview = everywhere::overview(
                targets,
                everywhere::DEFAULT_CONCURRENCY,
                &arm_for(endpoints, auth),
                Arc::new(move |status: &DirectoryStatus| {
                    lock(&heard.overview).fresh.push(status.clone());
                    heard.push_overview(false);
                }),
            )
            .await;
            let saved = overview.save(&path);
            {
                let mut s = lock(&everywhere.overview);
                s.directories = overview.directories;
                s.fresh.clear();
                s.generated_at = Some(overview.generated_at);
                s.running = false;
                if let Err(e) = saved {
                    s.error.get_or_insert(e);
                }
            }
            everywhere.push_overview(true);
        });
        Ok(())
    }

    /// Saves the complete overview as a report in the proofs folder and returns the file's path.
    pub fn export_overview(&self, format: ReportFormat) -> Result<String, Error> {
        let overview = {
            let s = lock(&self.everywhere.overview);
            match (&s.generated_at, s.running) {
                (Some(at), false) => Overview {
                    generated_at: at.clone(),
                    directories: s.directories.clone(),
                },
                _ => {
                    return Err(Error::new(
                        ErrorCode::InvalidInput,
                        "the overview is not complete yet; export it once it has finished",
                    ))
                }
            }
        };
        let (text, ext) = match format {
            ReportFormat::Csv => (overview.to_csv(), "csv"),
            ReportFormat::Html => (overview.to_html(), "html"),
            ReportFormat::Json => (
                serde_json::to_string_pretty(&overview)
                    .map_err(|e| Error::new(ErrorCode::Internal, format!("report: {e}")))?,
                "json",
            ),
        };
        let stamp: String = crate::activity_log::now_rfc3339(SystemTime::now())
            .chars()
            .filter(char::is_ascii_digit)
            .take(14)
            .collect();
        let path = self
            .folders
            .proofs
            .join(format!("pal-overview-{stamp}.{ext}"));
        std::fs::create_dir_all(&self.folders.proofs)
            .and_then(|()| std::fs::write(&path, text))
            .map_err(|e| {
                Error::new(
                    ErrorCode::Internal,
                    format!("could not save {}: {e}", path.display()),
                )
            })?;
        Ok(path.display().to_string())
    }

    /// A run of the journal that did not end, as the UI offers it.
    fn interrupted(&self) -> Option<InterruptedRun> {
        self.journal().pending().map(InterruptedRun::from)
    }

    /// The bulk run now, and a run that did not end when none is running. Reads the journal, so it is called
    /// when a screen opens, never on a timer.
    pub fn bulk_status(&self) -> BulkProgress {
        let running = lock(&self.everywhere.bulk).running;
        let interrupted = if running { None } else { self.interrupted() };
        lock(&self.everywhere.bulk).progress(interrupted)
    }

    /// Links `partner_id` in the chosen directories of the overview, in the background; progress is pushed.
    /// The directories and which account reaches each come from the overview the app made, never from the page.
    pub async fn start_bulk_link(
        &self,
        partner_id: &str,
        tenant_ids: &[String],
    ) -> Result<(), Error> {
        let partner_id = PartnerId::parse(partner_id)?;
        if tenant_ids.is_empty() || tenant_ids.iter().any(|t| !is_guid(t)) {
            return Err(Error::new(
                ErrorCode::InvalidInput,
                "choose directories from the overview",
            ));
        }
        let targets: Vec<DirectoryTarget> = {
            let s = lock(&self.everywhere.overview);
            tenant_ids
                .iter()
                .filter_map(|t| {
                    s.directories
                        .iter()
                        .find(|d| d.target.tenant_id.eq_ignore_ascii_case(t))
                        .map(|d| d.target.clone())
                })
                .collect()
        };
        if targets.len() != tenant_ids.len() {
            return Err(Error::new(
                ErrorCode::InvalidInput,
                "some chosen directories are not in the overview; refresh it and choose again",
            ));
        }
        self.start_bulk(partner_id, Start::New(targets)).await
    }

    /// Continues the run that did not end, with the directories it had not finished.
    pub async fn resume_interrupted_bulk(&self) -> Result<(), Error> {
        let pending = self.journal().pending().ok_or_else(|| {
            Error::new(
                ErrorCode::InvalidInput,
                "there is no interrupted run to resume",
            )
        })?;
        let partner_id = PartnerId::parse(&pending.partner_id)?;
        self.start_bulk(partner_id, Start::Resume(Box::new(pending)))
            .await
    }

    /// Closes the run that did not end, without doing the rest.
    pub fn forget_interrupted_bulk(&self) -> Result<(), Error> {
        let journal = self.journal();
        if let Some(p) = journal.pending() {
            journal.abandon(&p.run_id)?;
        }
        self.everywhere.push_bulk(true, None);
        Ok(())
    }

    async fn start_bulk(&self, partner_id: PartnerId, what: Start) -> Result<(), Error> {
        let auth = self.auth().await?;
        let control = BulkControl::new();
        let throttle = SharedThrottle::new();
        {
            let mut s = lock(&self.everywhere.bulk);
            if s.running {
                return Err(Error::new(
                    ErrorCode::InvalidInput,
                    "a bulk run is already going; wait for it or cancel it first",
                ));
            }
            *s = BulkState {
                running: true,
                control: Some(control.clone()),
                throttle: Some(throttle.clone()),
                partner_id: Some(partner_id.as_str().to_owned()),
                total: match &what {
                    Start::New(t) => t.len(),
                    Start::Resume(p) => p.targets.len(),
                },
                // A resumed run shows what was done before the interruption too.
                results: match &what {
                    Start::New(_) => Vec::new(),
                    Start::Resume(p) => p.results.clone(),
                },
                ..BulkState::default()
            };
        }
        self.everywhere.push_bulk(true, None);
        let run = BulkRun {
            partner_id,
            concurrency: everywhere::DEFAULT_CONCURRENCY,
            journal: self.journal(),
            activity_log: Some(self.activity_log()),
            control,
            throttle,
        };
        let everywhere = self.everywhere.clone();
        let endpoints = self.endpoints.clone();
        let journal = self.journal();
        tokio::spawn(async move {
            let heard = everywhere.clone();
            let on_result = Arc::new(move |r: &BulkItemResult| {
                {
                    let mut s = lock(&heard.bulk);
                    // A directory tried again on resume replaces its earlier result.
                    s.results.retain(|old| old.tenant_id != r.tenant_id);
                    s.results.push(r.clone());
                }
                heard.push_bulk(false, None);
            });
            let arm = arm_for(endpoints, auth);
            let summary = match what {
                Start::New(targets) => run.start(targets, &arm, on_result).await,
                Start::Resume(pending) => run.resume(&pending, &arm, on_result).await,
            };
            {
                let mut s = lock(&everywhere.bulk);
                s.running = false;
                match summary {
                    Ok(summary) => s.cancelled = summary.cancelled,
                    Err(e) => s.error = Some(e),
                }
            }
            let interrupted = journal.pending().map(InterruptedRun::from);
            everywhere.push_bulk(true, interrupted);
        });
        Ok(())
    }

    fn bulk_control(&self) -> Option<BulkControl> {
        lock(&self.everywhere.bulk).control.clone()
    }

    /// Holds new directories until [`Assistant::continue_bulk`]; those in flight finish.
    pub fn pause_bulk(&self) {
        if let Some(c) = self.bulk_control() {
            c.pause();
        }
        self.everywhere.push_bulk(true, None);
    }

    pub fn continue_bulk(&self) {
        if let Some(c) = self.bulk_control() {
            c.resume();
        }
        self.everywhere.push_bulk(true, None);
    }

    /// Starts no new directory; those in flight finish. The run can be resumed later.
    pub fn cancel_bulk(&self) {
        if let Some(c) = self.bulk_control() {
            c.cancel();
        }
        self.everywhere.push_bulk(true, None);
    }
}
