//! One directory: open it (what it holds, or what stands in the way), plan and apply a link, a change or a
//! removal, and save the proof of what is linked.

use std::path::{Path, PathBuf};

use serde::Serialize;
use specta::Type;

use super::Assistant;
use crate::directory::{self, DirectoryOpening};
use crate::ids::TenantId;
use crate::pal::{LinkOutcome, LinkPlan, PalService};
use crate::partner_id::PartnerId;
use crate::{Error, ErrorCode};

/// Where a proof of linking was saved.
#[derive(Clone, Debug, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SavedProof {
    /// The printable page (open it, print it or save it as PDF from the browser).
    pub html_path: String,
    /// The same facts as JSON, for records and audits.
    pub json_path: String,
}

impl Assistant {
    /// Opens a directory for the account: gets its token silently (or says what stands in the way, e.g. MFA or
    /// the customer's approval), then reads the link and reviews the access.
    pub async fn open_directory(
        &self,
        account_id: &str,
        tenant: &str,
    ) -> Result<DirectoryOpening, Error> {
        let tenant = TenantId::parse(tenant)?;
        let auth = self.auth().await?;
        let arm = self.arm(account_id).await?;
        Ok(directory::open(&arm, &tenant, || auth.admin_consent_url(&tenant)).await)
    }

    /// What linking `partner_id` (as typed or pasted) would do in the directory. Nothing is changed yet.
    pub async fn plan_link(
        &self,
        account_id: &str,
        tenant: &str,
        partner_id: &str,
    ) -> Result<LinkPlan, Error> {
        let tenant = TenantId::parse(tenant)?;
        let partner_id = PartnerId::parse(partner_id)?;
        PalService::new(self.arm(account_id).await?, None)
            .plan_link(&tenant, &partner_id)
            .await
    }

    /// What removing the link would do in the directory. Nothing is changed yet.
    pub async fn plan_unlink(&self, account_id: &str, tenant: &str) -> Result<LinkPlan, Error> {
        let tenant = TenantId::parse(tenant)?;
        PalService::new(self.arm(account_id).await?, None)
            .plan_unlink(&tenant)
            .await
    }

    /// Carries out a plan the person saw (and confirmed, for a change or a removal). Recorded in the activity log
    /// before this returns; a lost answer is settled by reading the link again, never by writing twice.
    pub async fn apply_link(
        &self,
        account_id: &str,
        plan: &LinkPlan,
        confirmed: bool,
    ) -> Result<LinkOutcome, Error> {
        TenantId::parse(plan.tenant_id())?;
        let _writing = self.writing();
        PalService::new(self.arm(account_id).await?, Some(self.activity_log()))
            .apply(plan, confirmed)
            .await
    }

    /// Saves a proof of what is linked in the directory now, read from Azure again (never from what the page
    /// holds), in the proofs folder.
    pub async fn save_proof(
        &self,
        account_id: &str,
        tenant: &str,
        directory_name: Option<String>,
        request_id: Option<String>,
    ) -> Result<SavedProof, Error> {
        let tenant = TenantId::parse(tenant)?;
        let arm = self.arm(account_id).await?;
        let (json, html) = crate::proof::save_current(
            &arm,
            &tenant,
            &self.folders.proofs,
            directory_name,
            request_id,
        )
        .await?;
        Ok(SavedProof {
            html_path: html.display().to_string(),
            json_path: json.display().to_string(),
        })
    }

    /// `path` when it is a printable page this app saved (in the proofs folder); an error otherwise, so that the
    /// page can never have another file opened.
    pub fn saved_page(&self, path: &str) -> Result<PathBuf, Error> {
        let path = PathBuf::from(path);
        if is_inside(&path, &self.folders.proofs) && path.extension().is_some_and(|e| e == "html") {
            Ok(path)
        } else {
            Err(Error::new(
                ErrorCode::InvalidInput,
                format!("{} is not a saved proof", path.display()),
            ))
        }
    }
}

/// Whether `file` exists inside `dir` once both are resolved (no `..`, no link leading out).
fn is_inside(file: &Path, dir: &Path) -> bool {
    file.canonicalize()
        .ok()
        .zip(dir.canonicalize().ok())
        .is_some_and(|(file, dir)| file.starts_with(dir))
}
