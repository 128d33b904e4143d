//! A bulk run: workers over a queue, pause and cancel, each directory planned (the link read first) and
//! applied once, its outcome journaled as soon as it is known.

use super::*;

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
        // Held until the run ends: no other process starts, resumes or ends a run in this journal meanwhile.
        let _lease = self.journal.lease()?;
        let run_id = uuid::Uuid::new_v4().to_string();
        self.journal.begin(&JournalLine::Run {
            format: JOURNAL_FORMAT,
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
        let _lease = self.journal.lease()?;
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
pub(super) async fn link_one(
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

pub(super) fn outcome_of_error(error: Error) -> BulkOutcome {
    if Blocker::of_error(error.code).needs_sign_in() {
        BulkOutcome::NeedsSignIn { error }
    } else {
        BulkOutcome::Failed { error }
    }
}
