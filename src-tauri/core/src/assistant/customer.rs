//! The customer admin's path: approve the partner's app, see what they may give, find or invite the partner,
//! give roles and take them back.

use serde::Serialize;
use specta::Type;

use super::Assistant;
use crate::auth::DEFAULT_BROWSER_TIMEOUT;
use crate::grant::{
    self, AdminPermissions, GrantOutcome, GrantPlan, GrantRequest, PartnerAssignment,
    PartnerPrincipal, PrincipalType, RemovalResult,
};
use crate::ids::{application_id, is_guid, TenantId};
use crate::Error;

/// A guest invitation as the admin sees it: the guest's identity (roles can be given at once) and the link to
/// send when Microsoft did not email it.
#[derive(Clone, Debug, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PartnerInvitation {
    pub principal: PartnerPrincipal,
    pub redeem_url: String,
    pub email_sent: bool,
}

/// Where the partner lands after accepting an invitation: their apps in the customer's directory
/// (Microsoft's My Apps, which lists what the directory gives them).
pub fn invitation_landing_url(tenant: &TenantId) -> String {
    format!("https://myapplications.microsoft.com/?tenantid={tenant}")
}

impl Assistant {
    /// The sign-in app this copy of the app uses: the partner's app registration the admin approves, unless the
    /// partner names another.
    pub fn partner_app_id(&self) -> Option<String> {
        self.client_id().ok()
    }

    /// Opens Entra's admin-consent page for `client_id` (the configured sign-in app when absent) in `tenant` and
    /// waits for the browser to come back with the outcome. Returns the ID of the directory that approved.
    pub async fn approve_app(
        &self,
        tenant: &str,
        client_id: Option<&str>,
        open: impl FnOnce(&str) -> Result<(), Error>,
    ) -> Result<String, Error> {
        let tenant = TenantId::parse(tenant)?;
        let client_id = match client_id.map(str::trim).filter(|c| !c.is_empty()) {
            Some(c) => application_id(c)?,
            None => self.client_id()?,
        };
        let auth = self.auth().await?;
        let cancel = self.begin_sign_in();
        let result = auth
            .approve_app_for_directory(
                &tenant,
                &client_id,
                |url| open(&self.for_browser(url)),
                DEFAULT_BROWSER_TIMEOUT,
                &cancel,
            )
            .await;
        self.cancel_sign_in();
        result
    }

    /// What the signed-in admin may do in the directory: give roles on which subscriptions, and invite guests.
    /// Graph is asked for here, for the first time (incremental consent).
    pub async fn check_admin_permissions(
        &self,
        account_id: &str,
        tenant: &str,
    ) -> Result<AdminPermissions, Error> {
        let tenant = TenantId::parse(tenant)?;
        let arm = self.arm(account_id).await?;
        let graph = self.graph(account_id).await?;
        grant::check_permissions(&arm, Some(&graph), &tenant).await
    }

    /// Finds the partner's identity in the directory: an app (service principal) by its application ID, or a
    /// user by email or sign-in name.
    pub async fn find_partner(
        &self,
        account_id: &str,
        tenant: &str,
        query: &str,
    ) -> Result<PartnerPrincipal, Error> {
        let tenant = TenantId::parse(tenant)?;
        let graph = self.graph(account_id).await?;
        let query = query.trim();
        if is_guid(query) {
            let sp = graph.find_service_principal(&tenant, query).await?;
            return Ok(PartnerPrincipal {
                object_id: sp.id,
                principal_type: PrincipalType::ServicePrincipal,
                display_name: sp.display_name,
            });
        }
        let user = graph.find_user(&tenant, query).await?;
        Ok(PartnerPrincipal::from(&user))
    }

    /// Invites the partner's user as a guest of the directory.
    pub async fn invite_partner(
        &self,
        account_id: &str,
        tenant: &str,
        email: &str,
        send_email: bool,
    ) -> Result<PartnerInvitation, Error> {
        let tenant = TenantId::parse(tenant)?;
        let graph = self.graph(account_id).await?;
        let invitation = graph
            .invite_guest(&tenant, email, &invitation_landing_url(&tenant), send_email)
            .await?;
        Ok(PartnerInvitation {
            principal: PartnerPrincipal {
                object_id: invitation.invited_user_id,
                principal_type: PrincipalType::User,
                display_name: invitation.invited_user_email_address,
            },
            redeem_url: invitation.redeem_url,
            email_sent: invitation.invitation_email_sent,
        })
    }

    /// What giving the role would do (which assignments are new, which exist), for the admin to confirm.
    pub async fn plan_grant(
        &self,
        account_id: &str,
        tenant: &str,
        request: &GrantRequest,
    ) -> Result<GrantPlan, Error> {
        let tenant = TenantId::parse(tenant)?;
        grant::plan_grant(&self.arm(account_id).await?, &tenant, request).await
    }

    /// Gives the role: plans again from fresh facts, then creates what is missing, scope by scope.
    pub async fn apply_grant(
        &self,
        account_id: &str,
        tenant: &str,
        request: &GrantRequest,
    ) -> Result<GrantOutcome, Error> {
        let tenant = TenantId::parse(tenant)?;
        let _writing = self.writing();
        grant::apply_grant(&self.arm(account_id).await?, &tenant, request).await
    }

    /// Every role the partner's identity holds in the directory's subscriptions.
    pub async fn list_partner_assignments(
        &self,
        account_id: &str,
        tenant: &str,
        principal_object_id: &str,
    ) -> Result<Vec<PartnerAssignment>, Error> {
        let tenant = TenantId::parse(tenant)?;
        grant::list_partner_assignments(
            &self.arm(account_id).await?,
            &tenant,
            principal_object_id,
            None,
        )
        .await
    }

    /// Takes back the partner's roles: only assignments of `principal_object_id`, each on its own.
    pub async fn remove_partner_assignments(
        &self,
        account_id: &str,
        tenant: &str,
        principal_object_id: &str,
        assignment_ids: &[String],
    ) -> Result<Vec<RemovalResult>, Error> {
        let tenant = TenantId::parse(tenant)?;
        let _writing = self.writing();
        grant::remove_partner_assignments(
            &self.arm(account_id).await?,
            &tenant,
            principal_object_id,
            assignment_ids,
        )
        .await
    }
}
