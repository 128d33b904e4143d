//! The shell's side of "every directory at once": the overview and the bulk run work in the background, and the
//! UI reads their progress with `overview_status` and `bulk_status` (a few times a second while they run). Work
//! and its rules are in `partner_link_core::bulk`; this module only starts it, keeps its progress, and saves.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use partner_link_core::arm::ArmClient;
use partner_link_core::auth::AuthClient;
use partner_link_core::bulk::{
    self, BulkControl, BulkItemResult, BulkJournal, BulkRun, DirectoryStatus, DirectoryTarget,
    Overview, SharedThrottle,
};
use partner_link_core::endpoints::is_guid;
use partner_link_core::partner_id::PartnerId;
use partner_link_core::{Endpoints, Error, ErrorCode};
use serde::{Deserialize, Serialize};
use specta::Type;
use tauri::State;

use crate::backend::{Backend, Shell};

const OVERVIEW_FILE: &str = "overview.json";
const JOURNAL_FILE: &str = "bulk-journal.jsonl";

/// Progress of the overview and the bulk run, shared with their background tasks.
#[derive(Default)]
pub struct Everywhere {
    overview: Mutex<OverviewState>,
    bulk: Mutex<BulkState>,
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
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A panic while holding it leaves plain data behind; the progress is still worth showing.
    m.lock().unwrap_or_else(|p| p.into_inner())
}

fn overview_path(backend: &Backend) -> PathBuf {
    backend.folders.data.join(OVERVIEW_FILE)
}

fn journal(backend: &Backend) -> Arc<BulkJournal> {
    Arc::new(BulkJournal::new(backend.folders.data.join(JOURNAL_FILE)))
}

fn arm_for(
    endpoints: Endpoints,
    auth: AuthClient,
) -> impl Fn(&str) -> Result<ArmClient, Error> + Send + Sync + 'static {
    move |account: &str| ArmClient::new(&endpoints, auth.token_source(account))
}

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

/// The overview now: the saved one until a refresh, then the refresh as it fills in.
#[tauri::command]
#[specta::specta]
pub fn overview_status(shell: State<'_, Shell>) -> OverviewProgress {
    let backend = shell.backend();
    let mut s = lock(&backend.everywhere.overview);
    if !s.loaded_cache && !s.running {
        s.loaded_cache = true;
        if let Some(saved) = Overview::load(&overview_path(&backend)) {
            s.directories = saved.directories;
            s.generated_at = Some(saved.generated_at);
        }
    }
    let same = |a: &DirectoryStatus, b: &DirectoryStatus| {
        a.target.tenant_id == b.target.tenant_id && a.target.account_id == b.target.account_id
    };
    let mut directories: Vec<DirectoryStatus> = s
        .directories
        .iter()
        .map(|old| s.fresh.iter().find(|f| same(f, old)).unwrap_or(old).clone())
        .collect();
    for f in &s.fresh {
        if !directories.iter().any(|d| same(d, f)) {
            directories.push(f.clone());
        }
    }
    OverviewProgress {
        running: s.running,
        total: s.total as u32,
        checked: s.fresh.len() as u32,
        directories,
        generated_at: s.generated_at.clone(),
        error: s.error.clone(),
    }
}

/// Looks at every directory of every signed-in account again, in the background.
#[tauri::command]
#[specta::specta]
pub async fn refresh_overview(shell: State<'_, Shell>) -> Result<(), Error> {
    let backend = shell.backend();
    {
        let mut s = lock(&backend.everywhere.overview);
        if s.running {
            return Ok(());
        }
        s.running = true;
        s.loaded_cache = true;
        s.total = 0;
        s.error = None;
    }
    let auth = match backend.auth().await {
        Ok(a) => a,
        Err(e) => {
            let mut s = lock(&backend.everywhere.overview);
            s.running = false;
            return Err(e);
        }
    };
    let everywhere = backend.everywhere.clone();
    let endpoints = backend.endpoints.clone();
    let path = overview_path(&backend);
    tauri::async_runtime::spawn(async move {
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
        {
            let mut s = lock(&everywhere.overview);
            s.total = targets.len();
            s.fresh.clear();
            s.error = first_error;
        }
        let heard = everywhere.clone();
        let overview = bulk::overview(
            targets,
            bulk::DEFAULT_CONCURRENCY,
            &arm_for(endpoints, auth),
            Arc::new(move |status: &DirectoryStatus| {
                lock(&heard.overview).fresh.push(status.clone());
            }),
        )
        .await;
        let saved = overview.save(&path);
        let mut s = lock(&everywhere.overview);
        s.directories = overview.directories;
        s.fresh.clear();
        s.generated_at = Some(overview.generated_at);
        s.running = false;
        if let Err(e) = saved {
            s.error.get_or_insert(e);
        }
    });
    Ok(())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ReportFormat {
    Csv,
    Json,
    Html,
}

/// Saves the overview as a report in the proofs folder and returns the file's path.
#[tauri::command]
#[specta::specta]
pub fn export_overview(shell: State<'_, Shell>, format: ReportFormat) -> Result<String, Error> {
    let backend = shell.backend();
    let overview = {
        let s = lock(&backend.everywhere.overview);
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
    let stamp: String = partner_link_core::activity_log::now_rfc3339(SystemTime::now())
        .chars()
        .filter(char::is_ascii_digit)
        .take(14)
        .collect();
    let path = backend
        .folders
        .proofs
        .join(format!("pal-overview-{stamp}.{ext}"));
    std::fs::create_dir_all(&backend.folders.proofs)
        .and_then(|()| std::fs::write(&path, text))
        .map_err(|e| {
            Error::new(
                ErrorCode::Internal,
                format!("could not save {}: {e}", path.display()),
            )
        })?;
    Ok(path.display().to_string())
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
}

#[tauri::command]
#[specta::specta]
pub fn bulk_status(shell: State<'_, Shell>) -> BulkProgress {
    let backend = shell.backend();
    let s = lock(&backend.everywhere.bulk);
    let interrupted = if s.running {
        None
    } else {
        journal(&backend).pending().map(|p| InterruptedRun {
            remaining: p.remaining().len() as u32,
            total: p.targets.len() as u32,
            run_id: p.run_id,
            partner_id: p.partner_id,
            started_at: p.started_at,
        })
    };
    BulkProgress {
        running: s.running,
        paused: s.control.as_ref().is_some_and(BulkControl::is_paused),
        partner_id: s.partner_id.clone(),
        total: s.total as u32,
        results: s.results.clone(),
        cancelled: s.cancelled,
        throttles: s.throttle.as_ref().map_or(0, |t| t.throttles()),
        error: s.error.clone(),
        interrupted,
    }
}

/// Links `partner_id` in the chosen directories of the overview, in the background.
#[tauri::command]
#[specta::specta]
pub async fn start_bulk_link(
    shell: State<'_, Shell>,
    partner_id: String,
    tenant_ids: Vec<String>,
) -> Result<(), Error> {
    let backend = shell.backend();
    let partner_id = PartnerId::parse(&partner_id)?;
    if tenant_ids.is_empty() || tenant_ids.iter().any(|t| !is_guid(t)) {
        return Err(Error::new(
            ErrorCode::InvalidInput,
            "choose directories from the overview",
        ));
    }
    // The directories and which account reaches each come from the overview the app made, not from the page.
    let targets: Vec<DirectoryTarget> = {
        let s = lock(&backend.everywhere.overview);
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
    start(&backend, partner_id, Start::New(targets)).await
}

/// Continues the run that did not end, with the directories it had not finished.
#[tauri::command]
#[specta::specta]
pub async fn resume_interrupted_bulk(shell: State<'_, Shell>) -> Result<(), Error> {
    let backend = shell.backend();
    let pending = journal(&backend).pending().ok_or_else(|| {
        Error::new(
            ErrorCode::InvalidInput,
            "there is no interrupted run to resume",
        )
    })?;
    let partner_id = PartnerId::parse(&pending.partner_id)?;
    start(&backend, partner_id, Start::Resume(Box::new(pending))).await
}

/// Closes the run that did not end, without doing the rest.
#[tauri::command]
#[specta::specta]
pub fn forget_interrupted_bulk(shell: State<'_, Shell>) -> Result<(), Error> {
    let backend = shell.backend();
    let journal = journal(&backend);
    match journal.pending() {
        Some(p) => journal.abandon(&p.run_id),
        None => Ok(()),
    }
}

enum Start {
    New(Vec<DirectoryTarget>),
    Resume(Box<bulk::PendingRun>),
}

async fn start(backend: &Backend, partner_id: PartnerId, what: Start) -> Result<(), Error> {
    let auth = backend.auth().await?;
    let control = BulkControl::new();
    let throttle = SharedThrottle::new();
    {
        let mut s = lock(&backend.everywhere.bulk);
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
            cancelled: false,
            error: None,
        };
    }
    let run = BulkRun {
        partner_id,
        concurrency: bulk::DEFAULT_CONCURRENCY,
        journal: journal(backend),
        activity_log: Some(backend.activity_log()),
        control,
        throttle,
    };
    let everywhere = backend.everywhere.clone();
    let endpoints = backend.endpoints.clone();
    tauri::async_runtime::spawn(async move {
        let heard = everywhere.clone();
        let on_result = Arc::new(move |r: &BulkItemResult| {
            let mut s = lock(&heard.bulk);
            // A directory tried again on resume replaces its earlier result.
            s.results.retain(|old| old.tenant_id != r.tenant_id);
            s.results.push(r.clone());
        });
        let arm = arm_for(endpoints, auth);
        let summary = match what {
            Start::New(targets) => run.start(targets, &arm, on_result).await,
            Start::Resume(pending) => run.resume(&pending, &arm, on_result).await,
        };
        let mut s = lock(&everywhere.bulk);
        s.running = false;
        match summary {
            Ok(summary) => s.cancelled = summary.cancelled,
            Err(e) => s.error = Some(e),
        }
    });
    Ok(())
}

/// Holds new directories until `continue_bulk`; those in flight finish.
#[tauri::command]
#[specta::specta]
pub fn pause_bulk(shell: State<'_, Shell>) {
    let backend = shell.backend();
    let control = lock(&backend.everywhere.bulk).control.clone();
    if let Some(c) = control {
        c.pause();
    }
}

#[tauri::command]
#[specta::specta]
pub fn continue_bulk(shell: State<'_, Shell>) {
    let backend = shell.backend();
    let control = lock(&backend.everywhere.bulk).control.clone();
    if let Some(c) = control {
        c.resume();
    }
}

/// Starts no new directory; those in flight finish. The run can be resumed later.
#[tauri::command]
#[specta::specta]
pub fn cancel_bulk(shell: State<'_, Shell>) {
    let backend = shell.backend();
    let control = lock(&backend.everywhere.bulk).control.clone();
    if let Some(c) = control {
        c.cancel();
    }
}
