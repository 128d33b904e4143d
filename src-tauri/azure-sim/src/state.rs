//! The simulator's state: the directory world built from a scenario, and everything that changes while it
//! runs (links, role assignments, invitations, codes, tokens, faults, the request log).

use crate::scenario::{FaultDef, Scenario, ScenarioError, Settings};
use crate::util::{is_guid, new_guid, rfc3339_now};
use serde::Serialize;
use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};

pub(crate) const OWNER: &str = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
pub(crate) const CONTRIBUTOR: &str = "b24988ac-6180-42a0-ab88-20f7382dd24c";
pub(crate) const READER: &str = "acdd72a7-3385-48ef-bd42-f606fba81ae7";
pub(crate) const USER_ACCESS_ADMIN: &str = "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9";
pub(crate) const SUPPORT_CONTRIBUTOR: &str = "cfd33db0-3dd1-45e3-aa9d-cdbdf3b6f24e";

/// Built-in role definitions: (GUID, name, description, actions, notActions).
/// (GUID, name, description, actions, notActions).
pub(crate) type RoleDef = (
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

pub(crate) const BUILT_IN_ROLES: &[RoleDef] = &[
    (
        OWNER,
        "Owner",
        "Grants full access to manage all resources, including the ability to assign roles in Azure RBAC.",
        &["*"],
        &[],
    ),
    (
        CONTRIBUTOR,
        "Contributor",
        "Grants full access to manage all resources, but does not allow you to assign roles in Azure RBAC.",
        &["*"],
        &[
            "Microsoft.Authorization/*/Delete",
            "Microsoft.Authorization/*/Write",
            "Microsoft.Authorization/elevateAccess/Action",
        ],
    ),
    (READER, "Reader", "View all resources, but does not allow you to make any changes.", &["*/read"], &[]),
    (
        USER_ACCESS_ADMIN,
        "User Access Administrator",
        "Lets you manage user access to Azure resources.",
        &["*/read", "Microsoft.Authorization/*", "Microsoft.Support/*"],
        &[],
    ),
    (
        SUPPORT_CONTRIBUTOR,
        "Support Request Contributor",
        "Lets you create and manage Support requests",
        &["Microsoft.Authorization/*/read", "Microsoft.Resources/subscriptions/read", "Microsoft.Support/*"],
        &[],
    ),
];

pub(crate) fn role_by_name_or_id(s: &str) -> Option<&'static str> {
    BUILT_IN_ROLES
        .iter()
        .find(|r| r.0.eq_ignore_ascii_case(s) || r.1.eq_ignore_ascii_case(s))
        .map(|r| r.0)
}

pub(crate) struct Tenant {
    pub id: String,
    pub name: String,
    pub domain: String,
    pub country_code: String,
    pub require_mfa: bool,
    pub block_ca: bool,
    pub user_consent: bool,
    pub consented_apps: HashSet<String>,
    pub csp_partner: Option<String>,
}

#[derive(Clone)]
pub(crate) struct User {
    pub home_tenant: String,
    pub object_id: String,
    pub upn: String,
    pub name: String,
    pub mail: Option<String>,
    pub password: String,
    pub admin_agent: bool,
    pub directory_admin: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum AccountKind {
    Member,
    Guest,
}

/// A user's presence in one directory (the member account at home, a guest account elsewhere).
#[derive(Clone)]
pub(crate) struct Account {
    pub tenant: String,
    pub object_id: String,
    /// The home object ID, the key of `World::users`; `None` for an invited address that is not a scenario user.
    pub user: Option<String>,
    pub kind: AccountKind,
    pub upn: String,
    pub name: String,
    pub mail: Option<String>,
}

pub(crate) struct Group {
    pub tenant: String,
    pub object_id: String,
    pub name: String,
    pub members: Vec<String>,
}

pub(crate) struct ServicePrincipal {
    pub tenant: String,
    pub object_id: String,
    pub app_id: String,
    pub name: String,
}

pub(crate) struct App {
    pub client_id: String,
    pub name: String,
    pub public: bool,
    pub secret: Option<String>,
    pub redirect_uris: Vec<String>,
    pub multi_tenant: bool,
    pub home_tenant: Option<String>,
    pub first_party: bool,
    /// Certificates (PEM) whose keys may sign the app's client assertions.
    pub certificates: Vec<String>,
}

pub(crate) struct Subscription {
    pub id: String,
    pub tenant: String,
    pub name: String,
    pub state: String,
    pub quota_id: String,
    pub spending_limit: String,
    pub agreement: Option<String>,
}

/// A role assignment, as the admin API and the Rust accessors report it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct RoleAssignment {
    pub name: String,
    pub scope: String,
    pub role_definition_id: String,
    pub principal_id: String,
    pub principal_type: String,
    pub tenant_id: String,
    pub created_on: String,
    pub created_by: Option<String>,
    /// PIM-eligible assignments grant nothing until activated and are not listed by `roleAssignments`.
    pub eligible: bool,
}

/// A partner link (PAL) as stored, one per identity (tenant + object ID).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct PartnerLink {
    pub tenant_id: String,
    pub object_id: String,
    pub partner_id: String,
    pub partner_name: String,
    pub version: u64,
    pub created_time: String,
    pub updated_time: String,
    /// `Active` or `Deleted`.
    pub state: String,
}

/// A guest invitation made through Graph.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Invitation {
    pub id: String,
    pub tenant_id: String,
    pub invited_user_email_address: String,
    pub invited_user_id: String,
    pub invited_by: String,
    pub invite_redirect_url: String,
    pub status: String,
}

/// Everything tests assert on the server side.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StateSnapshot {
    pub links: Vec<PartnerLink>,
    pub role_assignments: Vec<RoleAssignment>,
    pub invitations: Vec<Invitation>,
}

/// One logged request (no tokens, no query strings, no bodies).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RequestRecord {
    pub service: String,
    pub method: String,
    pub path: String,
    pub status: u16,
    pub latency_ms: f64,
    pub request_id: String,
    /// Set when a fault was applied (`latency`, `status`, `drop_before`, `drop_after`).
    pub fault: Option<String>,
}

/// What an authenticated user has proven: who, and in which directories MFA was done.
#[derive(Clone, Debug)]
pub(crate) struct Grant {
    pub user: String,
    pub mfa_tenants: BTreeSet<String>,
}

pub(crate) struct AuthCode {
    pub client_id: String,
    pub redirect_uri: String,
    pub challenge: Option<String>,
    pub scope: String,
    pub tenant: String,
    pub nonce: Option<String>,
    pub grant: Grant,
    pub expires_at: i64,
}

pub(crate) struct RefreshToken {
    pub grant: Grant,
    pub client_id: String,
    pub expires_at: i64,
    pub revoked: bool,
}

#[derive(Clone)]
pub(crate) enum DeviceStatus {
    Pending,
    Approved {
        tenant: String,
        grant: Grant,
    },
    Declined,
    /// The sign-in failed (not in the directory, blocked, …): polls answer this error.
    Failed(crate::aad::AadError),
    Redeemed,
}

pub(crate) struct DeviceCode {
    pub user_code: String,
    pub client_id: String,
    pub tenant_path: String,
    pub scope: String,
    pub expires_at: i64,
    pub status: DeviceStatus,
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) enum TxnKind {
    Authorize,
    Device(String),
    AdminConsent,
}

/// One sign-in in progress on the HTML pages (or driven headlessly through the admin API).
#[derive(Clone)]
pub(crate) struct LoginTxn {
    pub kind: TxnKind,
    pub tenant_path: String,
    pub client_id: String,
    pub redirect_uri: Option<String>,
    pub state: Option<String>,
    pub nonce: Option<String>,
    pub scope: String,
    pub challenge: Option<String>,
    pub login_hint: Option<String>,
    pub force_mfa: bool,
    pub user: Option<String>,
    pub mfa_done: bool,
    pub consent_done: bool,
    pub expires_at: i64,
}

pub(crate) struct ActiveFault {
    pub id: u64,
    pub def: FaultDef,
    pub remaining: Option<u32>,
    pub hits: u64,
    /// Matching requests seen, hit or not (for `every`).
    pub seen: u64,
}

/// The directory world: built from a scenario, changed by invitations and consents.
pub(crate) struct World {
    pub settings: Settings,
    pub partners: HashMap<String, String>,
    pub apps: Vec<App>,
    pub tenants: Vec<Tenant>,
    pub users: HashMap<String, User>,
    pub accounts: Vec<Account>,
    pub groups: Vec<Group>,
    pub sps: Vec<ServicePrincipal>,
    pub subscriptions: Vec<Subscription>,
    pub role_assignments: Vec<RoleAssignment>,
    pub links: Vec<PartnerLink>,
    pub faults: Vec<FaultDef>,
}

pub(crate) fn lower(s: &str) -> String {
    s.to_ascii_lowercase()
}

impl World {
    pub(crate) fn build(s: &Scenario) -> Result<World, ScenarioError> {
        fn inv(f: impl Into<String>, m: impl Into<String>) -> ScenarioError {
            ScenarioError::invalid(f, m)
        }
        let mut w = World {
            settings: s.settings.clone(),
            partners: HashMap::new(),
            apps: Vec::new(),
            tenants: Vec::new(),
            users: HashMap::new(),
            accounts: Vec::new(),
            groups: Vec::new(),
            sps: Vec::new(),
            subscriptions: Vec::new(),
            role_assignments: Vec::new(),
            links: Vec::new(),
            faults: s.faults.clone(),
        };
        let mut ids: HashSet<String> = HashSet::new();
        let mut unique_guid = |field: String, id: &str| -> Result<String, ScenarioError> {
            if !is_guid(id) {
                return Err(inv(field, format!("'{id}' is not a GUID")));
            }
            if !ids.insert(lower(id)) {
                return Err(inv(field, format!("'{id}' is used twice")));
            }
            Ok(lower(id))
        };
        for (i, p) in s.partners.iter().enumerate() {
            if !valid_partner_id_format(&p.id) {
                return Err(inv(
                    format!("partners[{i}].id"),
                    format!("'{}' is not a numeric partner ID", p.id),
                ));
            }
            w.partners.insert(p.id.clone(), p.name.clone());
        }
        for (i, t) in s.tenants.iter().enumerate() {
            let id = unique_guid(format!("tenants[{i}].id"), &t.id)?;
            if t.domain.trim().is_empty() {
                return Err(inv(format!("tenants[{i}].domain"), "must not be empty"));
            }
            w.tenants.push(Tenant {
                id,
                name: t.name.clone(),
                domain: lower(&t.domain),
                country_code: t.country_code.clone(),
                require_mfa: t.require_mfa,
                block_ca: t.block_conditional_access,
                user_consent: t.user_consent,
                consented_apps: t.consented_apps.iter().map(|a| lower(a)).collect(),
                csp_partner: t.csp_partner.as_deref().map(lower),
            });
        }
        for (i, t) in s.tenants.iter().enumerate() {
            if let Some(p) = &t.csp_partner {
                if w.tenant(p).is_none() {
                    return Err(inv(
                        format!("tenants[{i}].csp_partner"),
                        format!("no tenant '{p}'"),
                    ));
                }
            }
        }
        for (i, a) in s.apps.iter().enumerate() {
            let client_id = unique_guid(format!("apps[{i}].client_id"), &a.client_id)?;
            if let Some(h) = &a.home_tenant {
                if w.tenant(h).is_none() {
                    return Err(inv(
                        format!("apps[{i}].home_tenant"),
                        format!("no tenant '{h}'"),
                    ));
                }
            }
            if !a.public_client && a.secret.is_none() && a.certificates.is_empty() {
                return Err(inv(
                    format!("apps[{i}].secret"),
                    "a confidential client needs a secret or a certificate",
                ));
            }
            for (j, pem) in a.certificates.iter().enumerate() {
                use rustls::pki_types::pem::PemObject;
                if rustls::pki_types::CertificateDer::from_pem_slice(pem.as_bytes()).is_err() {
                    return Err(inv(
                        format!("apps[{i}].certificates[{j}]"),
                        "not a PEM certificate",
                    ));
                }
            }
            w.apps.push(App {
                client_id,
                name: a.name.clone(),
                public: a.public_client,
                secret: a.secret.clone(),
                redirect_uris: a.redirect_uris.clone(),
                multi_tenant: a.multi_tenant,
                home_tenant: a.home_tenant.as_deref().map(lower),
                first_party: a.first_party,
                certificates: a.certificates.clone(),
            });
        }
        for (i, t) in s.tenants.iter().enumerate() {
            for (j, app) in t.consented_apps.iter().enumerate() {
                if w.app(app).is_none() {
                    return Err(inv(
                        format!("tenants[{i}].consented_apps[{j}]"),
                        format!("no app '{app}'"),
                    ));
                }
            }
        }
        let mut upns = HashSet::new();
        for (i, u) in s.users.iter().enumerate() {
            let oid = unique_guid(format!("users[{i}].object_id"), &u.object_id)?;
            let Some(home) = w
                .tenant(&u.tenant)
                .map(|t| (t.id.clone(), t.domain.clone()))
            else {
                return Err(inv(
                    format!("users[{i}].tenant"),
                    format!("no tenant '{}'", u.tenant),
                ));
            };
            if !u.upn.contains('@') || !upns.insert(lower(&u.upn)) {
                return Err(inv(
                    format!("users[{i}].upn"),
                    format!("'{}' is not a unique user principal name", u.upn),
                ));
            }
            w.accounts.push(Account {
                tenant: home.0.clone(),
                object_id: oid.clone(),
                user: Some(oid.clone()),
                kind: AccountKind::Member,
                upn: u.upn.clone(),
                name: u.name.clone(),
                mail: u.mail.clone(),
            });
            for (j, g) in u.guest_of.iter().enumerate() {
                let goid =
                    unique_guid(format!("users[{i}].guest_of[{j}].object_id"), &g.object_id)?;
                let Some(t) = w.tenant(&g.tenant) else {
                    return Err(inv(
                        format!("users[{i}].guest_of[{j}].tenant"),
                        format!("no tenant '{}'", g.tenant),
                    ));
                };
                if t.id == home.0 {
                    return Err(inv(
                        format!("users[{i}].guest_of[{j}].tenant"),
                        "a user cannot be a guest at home",
                    ));
                }
                let upn = guest_upn(&u.upn, &t.domain);
                let tenant = t.id.clone();
                w.accounts.push(Account {
                    tenant,
                    object_id: goid,
                    user: Some(oid.clone()),
                    kind: AccountKind::Guest,
                    upn,
                    name: u.name.clone(),
                    mail: Some(u.mail.clone().unwrap_or_else(|| u.upn.clone())),
                });
            }
            w.users.insert(
                oid.clone(),
                User {
                    home_tenant: home.0,
                    object_id: oid,
                    upn: u.upn.clone(),
                    name: u.name.clone(),
                    mail: u.mail.clone(),
                    password: u.password.clone(),
                    admin_agent: u.admin_agent,
                    directory_admin: u.directory_admin,
                },
            );
        }
        for (i, sp) in s.service_principals.iter().enumerate() {
            let oid = unique_guid(format!("service_principals[{i}].object_id"), &sp.object_id)?;
            let Some(t) = w.tenant(&sp.tenant).map(|t| t.id.clone()) else {
                return Err(inv(
                    format!("service_principals[{i}].tenant"),
                    format!("no tenant '{}'", sp.tenant),
                ));
            };
            if w.app(&sp.app_id).is_none() {
                return Err(inv(
                    format!("service_principals[{i}].app_id"),
                    format!("no app '{}'", sp.app_id),
                ));
            }
            w.sps.push(ServicePrincipal {
                tenant: t,
                object_id: oid,
                app_id: lower(&sp.app_id),
                name: sp.name.clone(),
            });
        }
        for (i, g) in s.groups.iter().enumerate() {
            let oid = unique_guid(format!("groups[{i}].object_id"), &g.object_id)?;
            let Some(t) = w.tenant(&g.tenant).map(|t| t.id.clone()) else {
                return Err(inv(
                    format!("groups[{i}].tenant"),
                    format!("no tenant '{}'", g.tenant),
                ));
            };
            w.groups.push(Group {
                tenant: t,
                object_id: oid,
                name: g.name.clone(),
                members: Vec::new(),
            });
        }
        for (i, g) in s.groups.iter().enumerate() {
            let tenant = w.groups[i].tenant.clone();
            let mut members = Vec::new();
            for (j, m) in g.members.iter().enumerate() {
                let Some((oid, _)) = w.resolve_principal(&tenant, m) else {
                    return Err(inv(
                        format!("groups[{i}].members[{j}]"),
                        format!(
                            "'{m}' is not a user, group or service principal in tenant {tenant}"
                        ),
                    ));
                };
                members.push(oid);
            }
            w.groups[i].members = members;
        }
        for (i, sub) in s.subscriptions.iter().enumerate() {
            let id = unique_guid(format!("subscriptions[{i}].id"), &sub.id)?;
            let Some(t) = w.tenant(&sub.tenant).map(|t| t.id.clone()) else {
                return Err(inv(
                    format!("subscriptions[{i}].tenant"),
                    format!("no tenant '{}'", sub.tenant),
                ));
            };
            const STATES: [&str; 5] = ["Enabled", "Warned", "PastDue", "Disabled", "Deleted"];
            if !STATES.contains(&sub.state.as_str()) {
                return Err(inv(
                    format!("subscriptions[{i}].state"),
                    format!("must be one of {STATES:?}"),
                ));
            }
            if sub.quota_id.trim().is_empty() {
                return Err(inv(
                    format!("subscriptions[{i}].quota_id"),
                    "must not be empty",
                ));
            }
            w.subscriptions.push(Subscription {
                id,
                tenant: t,
                name: sub.name.clone(),
                state: sub.state.clone(),
                quota_id: sub.quota_id.clone(),
                spending_limit: sub.spending_limit.clone(),
                agreement: sub.agreement.clone(),
            });
        }
        for (i, ra) in s.role_assignments.iter().enumerate() {
            let field = |f: &str| format!("role_assignments[{i}].{f}");
            let Some(sub) = subscription_of_scope(&ra.scope).and_then(|id| w.subscription(&id))
            else {
                return Err(inv(
                    field("scope"),
                    format!("'{}' is not under a scenario subscription", ra.scope),
                ));
            };
            let tenant = sub.tenant.clone();
            let scope = canonical_scope(&ra.scope, &sub.id);
            let Some(role) = role_by_name_or_id(&ra.role) else {
                return Err(inv(
                    field("role"),
                    format!("'{}' is not a built-in role name or ID", ra.role),
                ));
            };
            let Some((principal, ptype)) = w.resolve_principal(&tenant, &ra.principal) else {
                return Err(inv(
                    field("principal"),
                    format!(
                        "'{}' is not a user, group or service principal in tenant {tenant}",
                        ra.principal
                    ),
                ));
            };
            let name = match &ra.id {
                Some(id) => unique_guid(field("id"), id)?,
                None => new_guid(),
            };
            w.role_assignments.push(RoleAssignment {
                name,
                scope,
                role_definition_id: role.to_string(),
                principal_id: principal,
                principal_type: ptype.to_string(),
                tenant_id: tenant,
                created_on: rfc3339_now(),
                created_by: None,
                eligible: ra.eligible,
            });
        }
        for (i, l) in s.links.iter().enumerate() {
            let field = |f: &str| format!("links[{i}].{f}");
            let Some(tenant) = w.tenant(&l.tenant).map(|t| t.id.clone()) else {
                return Err(inv(field("tenant"), format!("no tenant '{}'", l.tenant)));
            };
            let Some((oid, ptype)) = w.resolve_principal(&tenant, &l.principal) else {
                return Err(inv(
                    field("principal"),
                    format!(
                        "'{}' is not a user or service principal in {tenant}",
                        l.principal
                    ),
                ));
            };
            if ptype == "Group" {
                return Err(inv(field("principal"), "a group cannot be linked"));
            }
            let Some(name) = w.partners.get(&l.partner_id).cloned() else {
                return Err(inv(
                    field("partner_id"),
                    format!("'{}' is not in [[partners]]", l.partner_id),
                ));
            };
            if w.links
                .iter()
                .any(|x| x.tenant_id == tenant && x.object_id == oid)
            {
                return Err(inv(field("principal"), "this identity is already linked"));
            }
            let now = rfc3339_now();
            w.links.push(PartnerLink {
                tenant_id: tenant,
                object_id: oid,
                partner_id: l.partner_id.clone(),
                partner_name: name,
                version: 1,
                created_time: now.clone(),
                updated_time: now,
                state: "Active".into(),
            });
        }
        for (i, f) in s.faults.iter().enumerate() {
            validate_fault(f).map_err(|m| inv(format!("faults[{i}]"), m))?;
        }
        Ok(w)
    }

    pub(crate) fn tenant(&self, id_or_domain: &str) -> Option<&Tenant> {
        let k = lower(id_or_domain);
        self.tenants.iter().find(|t| t.id == k || t.domain == k)
    }

    pub(crate) fn app(&self, client_id: &str) -> Option<&App> {
        let k = lower(client_id);
        self.apps.iter().find(|a| a.client_id == k)
    }

    pub(crate) fn subscription(&self, id: &str) -> Option<&Subscription> {
        let k = lower(id);
        self.subscriptions.iter().find(|s| s.id == k)
    }

    pub(crate) fn user_by_name(&self, name: &str) -> Option<&User> {
        let k = lower(name);
        self.users.values().find(|u| {
            lower(&u.upn) == k || u.mail.as_deref().map(lower).as_deref() == Some(k.as_str())
        })
    }

    pub(crate) fn account(&self, tenant: &str, oid: &str) -> Option<&Account> {
        self.accounts
            .iter()
            .find(|a| a.tenant == tenant && a.object_id == lower(oid))
    }

    pub(crate) fn account_of_user(&self, tenant: &str, user: &str) -> Option<&Account> {
        self.accounts
            .iter()
            .find(|a| a.tenant == tenant && a.user.as_deref() == Some(user))
    }

    pub(crate) fn sp(&self, tenant: &str, oid: &str) -> Option<&ServicePrincipal> {
        self.sps
            .iter()
            .find(|s| s.tenant == tenant && s.object_id == lower(oid))
    }

    /// Resolves a principal reference within a tenant to (object ID, principal type).
    pub(crate) fn resolve_principal(
        &self,
        tenant: &str,
        r: &str,
    ) -> Option<(String, &'static str)> {
        let k = lower(r);
        if let Some(a) = self
            .accounts
            .iter()
            .find(|a| a.tenant == tenant && a.object_id == k)
        {
            return Some((a.object_id.clone(), "User"));
        }
        if let Some(g) = self
            .groups
            .iter()
            .find(|g| g.tenant == tenant && (g.object_id == k || lower(&g.name) == k))
        {
            return Some((g.object_id.clone(), "Group"));
        }
        if let Some(s) = self.sps.iter().find(|s| {
            s.tenant == tenant && (s.object_id == k || s.app_id == k || lower(&s.name) == k)
        }) {
            return Some((s.object_id.clone(), "ServicePrincipal"));
        }
        let user = self.user_by_name(r)?;
        let account = self.account_of_user(tenant, &user.object_id)?;
        Some((account.object_id.clone(), "User"))
    }

    /// The principal and every group it belongs to (transitively), within its tenant.
    pub(crate) fn principal_ids(&self, tenant: &str, oid: &str) -> HashSet<String> {
        let mut set: HashSet<String> = HashSet::from([lower(oid)]);
        loop {
            let before = set.len();
            for g in self.groups.iter().filter(|g| g.tenant == tenant) {
                if g.members.iter().any(|m| set.contains(m)) {
                    set.insert(g.object_id.clone());
                }
            }
            if set.len() == before {
                return set;
            }
        }
    }
}

pub(crate) fn guest_upn(upn: &str, domain: &str) -> String {
    format!("{}#EXT#@{domain}", upn.replace('@', "_"))
}

pub(crate) fn valid_partner_id_format(id: &str) -> bool {
    (1..=10).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_digit())
}

/// The subscription GUID of an ARM scope (`/subscriptions/{id}/...`), lower-cased.
pub(crate) fn subscription_of_scope(scope: &str) -> Option<String> {
    let mut segs = scope.split('/').filter(|s| !s.is_empty());
    if !segs.next()?.eq_ignore_ascii_case("subscriptions") {
        return None;
    }
    segs.next().map(lower)
}

/// Rewrites a scope with the canonical subscription segment and no trailing slash.
pub(crate) fn canonical_scope(scope: &str, sub_id: &str) -> String {
    let segs: Vec<&str> = scope.split('/').filter(|s| !s.is_empty()).collect();
    let mut out = format!("/subscriptions/{sub_id}");
    for s in segs.iter().skip(2) {
        out.push('/');
        out.push_str(s);
    }
    out
}

pub(crate) fn validate_fault(f: &FaultDef) -> Result<(), String> {
    use crate::scenario::FaultKind;
    match f.kind {
        FaultKind::Status => match f.status {
            Some(s) if (400..=599).contains(&s) => Ok(()),
            _ => Err("a `status` fault needs `status` between 400 and 599".into()),
        },
        FaultKind::Latency => match f.latency_ms {
            Some(ms) if ms <= 60_000 => Ok(()),
            _ => Err("a `latency` fault needs `latency_ms` of at most 60000".into()),
        },
        FaultKind::DropBefore | FaultKind::DropAfter => Ok(()),
        FaultKind::NextLink => match &f.next_link {
            Some(link) if !link.is_empty() => Ok(()),
            _ => Err("a `next_link` fault needs `next_link`, the URL to put in the answer".into()),
        },
    }
}

/// All the mutable state behind one lock: every operation is short, so a plain mutex is enough.
pub(crate) struct State {
    pub world: World,
    pub invitations: Vec<Invitation>,
    pub user_consents: HashSet<(String, String, String)>,
    pub codes: HashMap<String, AuthCode>,
    pub refresh_tokens: HashMap<String, RefreshToken>,
    pub device_codes: HashMap<String, DeviceCode>,
    pub txns: HashMap<String, LoginTxn>,
    pub faults: Vec<ActiveFault>,
    pub next_fault_id: u64,
    pub access_token_lifetime: u64,
    /// Tokens carry the generation they were issued in (`xms_sim_gen`); older generations are refused as
    /// expired, which is how the "tokens expire early" fault works.
    pub token_generation: u64,
    /// Every issued token carries a sequence number (`xms_sim_seq`).
    pub token_seq: u64,
    /// Continuous access evaluation: per tenant, tokens up to this sequence number get a claims challenge.
    pub claims_challenges: HashMap<String, u64>,
    pub requests: VecDeque<RequestRecord>,
}

pub(crate) const REQUEST_LOG_CAP: usize = 10_000;

impl State {
    pub(crate) fn new(scenario: &Scenario) -> Result<State, ScenarioError> {
        let world = World::build(scenario)?;
        let mut st = State {
            access_token_lifetime: world.settings.access_token_lifetime_secs,
            world,
            invitations: Vec::new(),
            user_consents: HashSet::new(),
            codes: HashMap::new(),
            refresh_tokens: HashMap::new(),
            device_codes: HashMap::new(),
            txns: HashMap::new(),
            faults: Vec::new(),
            next_fault_id: 1,
            token_generation: 0,
            token_seq: 0,
            claims_challenges: HashMap::new(),
            requests: VecDeque::new(),
        };
        for f in st.world.faults.clone() {
            st.add_fault(f);
        }
        Ok(st)
    }

    pub(crate) fn next_token_seq(&mut self) -> u64 {
        self.token_seq += 1;
        self.token_seq
    }

    pub(crate) fn add_fault(&mut self, def: FaultDef) -> u64 {
        let id = self.next_fault_id;
        self.next_fault_id += 1;
        self.faults.push(ActiveFault {
            id,
            remaining: def.times,
            def,
            hits: 0,
            seen: 0,
        });
        id
    }

    pub(crate) fn snapshot(&self) -> StateSnapshot {
        StateSnapshot {
            links: self.world.links.clone(),
            role_assignments: self.world.role_assignments.clone(),
            invitations: self.invitations.clone(),
        }
    }
}
