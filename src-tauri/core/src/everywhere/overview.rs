//! The overview: where the partner ID stands in each directory, checked with bounded concurrency, saved, and
//! exported as CSV or a printable page.

use super::*;

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

/// The saved overview's format: the file on disk is versioned apart from what crosses to the window, so a
/// change to either is a decision of its own.
pub const OVERVIEW_FORMAT: u32 = 1;

/// The overview as the data folder keeps it.
#[derive(Serialize, Deserialize)]
struct SavedOverview {
    format: u32,
    #[serde(flatten)]
    overview: Overview,
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
pub(super) fn unchecked(target: DirectoryTarget) -> DirectoryStatus {
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

pub(super) fn failed_status(target: DirectoryTarget, e: Error) -> DirectoryStatus {
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
        let saved = SavedOverview {
            format: OVERVIEW_FORMAT,
            overview: self.clone(),
        };
        let text = serde_json::to_vec_pretty(&saved)
            .map_err(|e| Error::new(ErrorCode::Internal, format!("overview: {e}")))?;
        crate::files::write_atomically(path, &text).map_err(|e| {
            Error::new(
                ErrorCode::Internal,
                format!("writing {}: {e}", path.display()),
            )
        })
    }

    /// The saved overview, if there is a readable one of this app's format. Any other (an older app's, a damaged
    /// file) is not shown: the next refresh replaces it.
    pub fn load(path: &Path) -> Option<Overview> {
        let saved: SavedOverview = serde_json::from_slice(&std::fs::read(path).ok()?).ok()?;
        (saved.format == OVERVIEW_FORMAT).then_some(saved.overview)
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
pub(super) fn csv_cell(s: &str) -> String {
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
