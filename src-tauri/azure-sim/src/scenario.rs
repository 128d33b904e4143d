//! Scenarios: the directories, people, subscriptions, roles and links a simulator starts with.
//!
//! A scenario is a TOML (or JSON) document; `scenarios/demo.toml` is the built-in `demo` and the format's
//! worked example, and the crate's README documents every field. Parsing rejects unknown fields, and the
//! semantic checks name the offending field (`role_assignments[3].principal`) so a typo is found at once.

use serde::{Deserialize, Serialize};
use std::path::Path;

/// A whole scenario, as written in a scenario file.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub settings: Settings,
    #[serde(default)]
    pub partners: Vec<PartnerDef>,
    #[serde(default)]
    pub apps: Vec<AppDef>,
    #[serde(default)]
    pub tenants: Vec<TenantDef>,
    #[serde(default)]
    pub users: Vec<UserDef>,
    #[serde(default)]
    pub groups: Vec<GroupDef>,
    #[serde(default)]
    pub service_principals: Vec<ServicePrincipalDef>,
    #[serde(default)]
    pub subscriptions: Vec<SubscriptionDef>,
    #[serde(default)]
    pub role_assignments: Vec<RoleAssignmentDef>,
    #[serde(default)]
    pub links: Vec<LinkDef>,
    #[serde(default)]
    pub faults: Vec<FaultDef>,
}

/// Lifetimes and knobs; every field has a default.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Settings {
    /// Lifetime of access tokens (Entra issues 60 to 90 minutes).
    pub access_token_lifetime_secs: u64,
    /// Lifetime of refresh tokens (Entra: 90 days of inactivity).
    pub refresh_token_lifetime_secs: u64,
    /// The `interval` answered at `/devicecode`.
    pub device_code_interval_secs: u64,
    pub device_code_lifetime_secs: u64,
    /// Lifetime of authorization codes (Entra: 10 minutes).
    pub auth_code_lifetime_secs: u64,
    /// Items per page of `/tenants` and `/subscriptions` before an absolute `nextLink`.
    pub page_size: usize,
    /// The one-time code every account's authenticator "shows".
    pub mfa_code: String,
    /// Shown on the sign-in page when set, for practice scenarios whose accounts share one password: a person
    /// rehearsing in practice mode has no other way to know it.
    pub practice_password_hint: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            access_token_lifetime_secs: 3600,
            refresh_token_lifetime_secs: 90 * 24 * 3600,
            device_code_interval_secs: 5,
            device_code_lifetime_secs: 900,
            auth_code_lifetime_secs: 600,
            page_size: 100,
            mfa_code: "123456".to_string(),
            practice_password_hint: None,
        }
    }
}

/// A valid Associated Partner ID (MPN ID) and the organisation's name.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartnerDef {
    pub id: String,
    pub name: String,
}

/// An app registration (client ID) that may sign in.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppDef {
    pub client_id: String,
    pub name: String,
    /// Public clients (desktop apps, CLIs) sign users in with PKCE or a device code and have no secret.
    #[serde(default = "yes")]
    pub public_client: bool,
    /// The client secret of a confidential client (client credentials).
    #[serde(default)]
    pub secret: Option<String>,
    /// Redirect URIs; an `http://localhost` URI matches any port, as Entra does for loopback.
    #[serde(default)]
    pub redirect_uris: Vec<String>,
    /// Multi-tenant apps can be used in every directory that consented; others only in `home_tenant`.
    #[serde(default = "yes")]
    pub multi_tenant: bool,
    #[serde(default)]
    pub home_tenant: Option<String>,
    /// A first-party app (the Azure CLI, Azure PowerShell) is consented in every directory without asking.
    #[serde(default)]
    pub first_party: bool,
    /// Certificates (PEM) registered as the app's key credentials: a client assertion signed with one of their
    /// keys signs the app in, as a secret does.
    #[serde(default)]
    pub certificates: Vec<String>,
}

/// A directory (Entra tenant).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TenantDef {
    pub id: String,
    pub name: String,
    /// The default `*.onmicrosoft.com` domain; also accepted as the tenant in authority URLs.
    pub domain: String,
    #[serde(default = "us")]
    pub country_code: String,
    /// Sign-ins must pass MFA in this directory (AADSTS50076 for a token without it).
    #[serde(default)]
    pub require_mfa: bool,
    /// A Conditional Access policy blocks every sign-in (AADSTS53003).
    #[serde(default)]
    pub block_conditional_access: bool,
    /// Whether ordinary users may consent to apps themselves; when false only a directory admin can.
    #[serde(default = "yes")]
    pub user_consent: bool,
    /// Client IDs already consented in this directory.
    #[serde(default)]
    pub consented_apps: Vec<String>,
    /// The CSP partner's tenant whose admin agents reach this directory through admin-on-behalf-of.
    #[serde(default)]
    pub csp_partner: Option<String>,
}

/// A person: a member of `tenant`, and a guest in each `guest_of` directory (with that directory's object ID).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserDef {
    pub object_id: String,
    pub tenant: String,
    pub upn: String,
    pub name: String,
    pub password: String,
    #[serde(default)]
    pub mail: Option<String>,
    /// Member of the CSP "Admin agents" group of a partner tenant (reaches customers through AOBO).
    #[serde(default)]
    pub admin_agent: bool,
    /// A Global Administrator of the home directory (may consent for everyone, may invite guests).
    #[serde(default)]
    pub directory_admin: bool,
    #[serde(default)]
    pub guest_of: Vec<GuestDef>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuestDef {
    pub tenant: String,
    pub object_id: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupDef {
    pub object_id: String,
    pub tenant: String,
    pub name: String,
    /// Members: user UPNs, group names or object IDs, all resolved within the group's tenant.
    #[serde(default)]
    pub members: Vec<String>,
}

/// A service principal: an app's identity in one directory.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServicePrincipalDef {
    pub object_id: String,
    pub tenant: String,
    pub app_id: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubscriptionDef {
    pub id: String,
    pub tenant: String,
    pub name: String,
    /// The offer, as `subscriptionPolicies.quotaId` (e.g. `PayAsYouGo_2014-09-01`).
    pub quota_id: String,
    /// `billingAccountAgreementType` of the billing property; absent means the billing property is forbidden.
    #[serde(default)]
    pub agreement: Option<String>,
    #[serde(default = "enabled")]
    pub state: String,
    #[serde(default = "off")]
    pub spending_limit: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleAssignmentDef {
    /// The assignment's name (a GUID); generated when absent.
    #[serde(default)]
    pub id: Option<String>,
    /// `/subscriptions/{id}` or below (a resource group, a resource).
    pub scope: String,
    /// A built-in role name (`Owner`) or role definition GUID.
    pub role: String,
    /// A user UPN, a group name, a service principal name or app ID, or an object ID in the scope's tenant.
    pub principal: String,
    /// A Privileged Identity Management eligible assignment: not active, so it grants nothing until activated.
    #[serde(default)]
    pub eligible: bool,
}

/// A partner link that exists before the scenario starts.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinkDef {
    pub tenant: String,
    /// A user UPN, a service principal name or app ID, or an object ID in `tenant`.
    pub principal: String,
    pub partner_id: String,
}

/// Which of the simulator's services a fault applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Service {
    Login,
    Arm,
    Graph,
    Admin,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FaultKind {
    /// Wait `latency_ms` before answering normally.
    Latency,
    /// Answer `status` (429, 500, 503, …) with an Azure-shaped error and `Retry-After` when given.
    Status,
    /// Close the connection before the request is applied.
    DropBefore,
    /// Apply the request (a write happens), then close the connection without an answer.
    DropAfter,
    /// Answer normally, but with the list's `nextLink` replaced by `next_link`: a hostile or broken answer that
    /// points the client at another host.
    NextLink,
}

/// A fault injected into matching requests.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FaultDef {
    pub kind: FaultKind,
    /// Only this service; every service when absent.
    #[serde(default)]
    pub service: Option<Service>,
    /// Only this HTTP method (case-insensitive).
    #[serde(default)]
    pub method: Option<String>,
    /// Only paths containing this text (case-insensitive).
    #[serde(default)]
    pub path_contains: Option<String>,
    #[serde(default)]
    pub status: Option<u16>,
    #[serde(default)]
    pub retry_after: Option<u64>,
    #[serde(default)]
    pub latency_ms: Option<u64>,
    /// How many matching requests it hits; every one when absent.
    #[serde(default)]
    pub times: Option<u32>,
    /// Hits only every Nth matching request (50: the 50th, 100th, …, a steady 2%); every one when absent.
    /// Deterministic, so a run with injected faults can be repeated exactly.
    #[serde(default)]
    pub every: Option<u32>,
    /// The `nextLink` a `next_link` fault puts in the answer.
    #[serde(default)]
    pub next_link: Option<String>,
}

/// Faults are built the same way everywhere: `FaultDef::new(FaultKind::Status).service(Service::Arm).status(429)`.
/// Every filter and parameter left out is absent (matches everything, or does not apply).
impl FaultDef {
    /// A fault on the write of a partner link (Resource Manager's PUT on `…/managementpartner/partners/…`), the
    /// request tests and practice mode most often meet with a problem.
    pub fn partner_link_write(kind: FaultKind) -> FaultDef {
        FaultDef::partner_links(kind).method("PUT")
    }

    /// A fault on any request about partner links (read, write, change, removal).
    pub fn partner_links(kind: FaultKind) -> FaultDef {
        FaultDef::new(kind)
            .service(Service::Arm)
            .path_contains("managementpartner/partners")
    }

    pub fn new(kind: FaultKind) -> FaultDef {
        FaultDef {
            kind,
            service: None,
            method: None,
            path_contains: None,
            status: None,
            retry_after: None,
            latency_ms: None,
            times: None,
            every: None,
            next_link: None,
        }
    }

    /// Only requests to this service.
    pub fn service(mut self, service: Service) -> FaultDef {
        self.service = Some(service);
        self
    }

    /// Only requests with this HTTP method.
    pub fn method(mut self, method: impl Into<String>) -> FaultDef {
        self.method = Some(method.into());
        self
    }

    /// Only requests whose path contains this text.
    pub fn path_contains(mut self, text: impl Into<String>) -> FaultDef {
        self.path_contains = Some(text.into());
        self
    }

    /// The status a `status` fault answers.
    pub fn status(mut self, status: impl Into<Option<u16>>) -> FaultDef {
        self.status = status.into();
        self
    }

    /// The `Retry-After` (seconds) a `status` fault sends.
    pub fn retry_after(mut self, secs: impl Into<Option<u64>>) -> FaultDef {
        self.retry_after = secs.into();
        self
    }

    /// The delay a `latency` fault adds.
    pub fn latency_ms(mut self, ms: impl Into<Option<u64>>) -> FaultDef {
        self.latency_ms = ms.into();
        self
    }

    /// How many matching requests it hits (every one when not given).
    pub fn times(mut self, times: impl Into<Option<u32>>) -> FaultDef {
        self.times = times.into();
        self
    }

    /// Only every Nth matching request.
    pub fn every(mut self, n: impl Into<Option<u32>>) -> FaultDef {
        self.every = n.into();
        self
    }

    /// The `nextLink` a `next_link` fault puts in the answer.
    pub fn next_link(mut self, url: impl Into<String>) -> FaultDef {
        self.next_link = Some(url.into());
        self
    }
}

fn yes() -> bool {
    true
}
fn us() -> String {
    "US".to_string()
}
fn enabled() -> String {
    "Enabled".to_string()
}
fn off() -> String {
    "Off".to_string()
}

/// Why a scenario was refused; the message names the file, the line or the field.
#[derive(Debug, thiserror::Error)]
pub enum ScenarioError {
    #[error("cannot read scenario file {path}: {message}")]
    Io { path: String, message: String },
    #[error("scenario {origin} is not valid {format}: {message}")]
    Parse {
        origin: String,
        format: &'static str,
        message: String,
    },
    #[error("scenario {origin}: {field}: {message}")]
    Invalid {
        origin: String,
        field: String,
        message: String,
    },
}

impl ScenarioError {
    pub(crate) fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        ScenarioError::Invalid {
            origin: String::new(),
            field: field.into(),
            message: message.into(),
        }
    }

    fn with_origin(self, new_origin: &str) -> Self {
        match self {
            ScenarioError::Invalid { field, message, .. } => ScenarioError::Invalid {
                origin: new_origin.to_string(),
                field,
                message,
            },
            other => other,
        }
    }
}

const DEMO_TOML: &str = include_str!("../scenarios/demo.toml");

impl Scenario {
    /// The built-in `demo` scenario (`scenarios/demo.toml`, documented in the README).
    pub fn demo() -> Scenario {
        // The demo file is part of the crate and covered by tests, so a parse failure is a build defect.
        let mut s =
            Scenario::from_toml_str(DEMO_TOML).expect("the built-in demo scenario is valid");
        s.register_demo_certificate();
        s
    }

    /// Registers the process's demo certificate ([`crate::demo::automation_certificate`]) on the automation app,
    /// so it can sign in with a certificate as well as with its secret.
    fn register_demo_certificate(&mut self) {
        if let Some(app) = self
            .apps
            .iter_mut()
            .find(|a| a.client_id == crate::demo::AUTOMATION_CLIENT_ID)
        {
            if let Ok(cert) = crate::demo::automation_certificate() {
                app.certificates.push(cert.certificate_pem.clone());
            }
        }
    }

    /// The demo scenario's TOML source, the format's worked example.
    pub fn demo_toml() -> &'static str {
        DEMO_TOML
    }

    pub fn from_toml_str(text: &str) -> Result<Scenario, ScenarioError> {
        Self::parse_toml(text, "(inline)")
    }

    pub fn from_json_str(text: &str) -> Result<Scenario, ScenarioError> {
        Self::parse_json(text, "(inline)")
    }

    /// Reads a `.toml` or `.json` scenario file (anything not ending in `.json` is read as TOML).
    pub fn from_file(path: impl AsRef<Path>) -> Result<Scenario, ScenarioError> {
        let path = path.as_ref();
        let origin = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| ScenarioError::Io {
            path: origin.clone(),
            message: e.to_string(),
        })?;
        if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"))
        {
            Self::parse_json(&text, &origin)
        } else {
            Self::parse_toml(&text, &origin)
        }
    }

    fn parse_toml(text: &str, origin: &str) -> Result<Scenario, ScenarioError> {
        let scenario: Scenario = toml::from_str(text).map_err(|e| ScenarioError::Parse {
            origin: origin.to_string(),
            format: "TOML",
            message: e.to_string(),
        })?;
        scenario.validate().map_err(|e| e.with_origin(origin))?;
        Ok(scenario)
    }

    fn parse_json(text: &str, origin: &str) -> Result<Scenario, ScenarioError> {
        let scenario: Scenario = serde_json::from_str(text).map_err(|e| ScenarioError::Parse {
            origin: origin.to_string(),
            format: "JSON",
            message: e.to_string(),
        })?;
        scenario.validate().map_err(|e| e.with_origin(origin))?;
        Ok(scenario)
    }

    /// Checks every reference in the scenario (IDs, tenants, principals, roles, partner IDs).
    pub fn validate(&self) -> Result<(), ScenarioError> {
        crate::state::World::build(self).map(|_| ())
    }

    /// A scenario with one partner user who is a guest in `n` customer directories, each with one subscription
    /// and a role that cycles Owner / Contributor / Reader, for bulk tests. IDs are stable: directory `i`
    /// is `00000000-0000-4000-a000-{i:012}` (home is `i = 0`), its subscription `00000000-0000-4000-b000-{i:012}`,
    /// the user's object ID there `00000000-0000-4000-c000-{i:012}`; the user, password, partner ID and
    /// sign-in app are the demo's (`alex@contosopartner.onmicrosoft.com`, `demo::CLIENT_ID`).
    pub fn generated(n: usize) -> Scenario {
        let home = "00000000-0000-4000-a000-000000000000".to_string();
        let app = crate::demo::CLIENT_ID.to_string();
        let mut s = Scenario {
            name: format!("generated-{n}"),
            description: format!("A partner user who is a guest in {n} customer directories."),
            ..Scenario::default()
        };
        s.partners.push(PartnerDef {
            id: "1234567".into(),
            name: "Contoso Partner Ltd".into(),
        });
        s.apps.push(AppDef {
            client_id: app.clone(),
            name: "Partner Link Assistant (practice)".into(),
            public_client: true,
            secret: None,
            redirect_uris: vec!["http://localhost".into()],
            multi_tenant: true,
            home_tenant: Some(home.clone()),
            first_party: false,
            certificates: Vec::new(),
        });
        let tenant = |id: &str, name: String, domain: String| TenantDef {
            id: id.to_string(),
            name,
            domain,
            country_code: "US".into(),
            require_mfa: false,
            block_conditional_access: false,
            user_consent: true,
            consented_apps: vec![app.clone()],
            csp_partner: None,
        };
        s.tenants.push(tenant(
            &home,
            "Contoso Partner".into(),
            "contosopartner.onmicrosoft.com".into(),
        ));
        let mut user = UserDef {
            object_id: "00000000-0000-4000-c000-000000000000".into(),
            tenant: home.clone(),
            upn: "alex@contosopartner.onmicrosoft.com".into(),
            name: "Alex Wilber".into(),
            password: "Practice-Pass-1".into(),
            mail: None,
            admin_agent: false,
            directory_admin: false,
            guest_of: Vec::new(),
        };
        let quotas = [
            ("EnterpriseAgreement_2014-09-01", "EnterpriseAgreement"),
            ("PayAsYouGo_2014-09-01", "MicrosoftOnlineServicesProgram"),
            ("CSP_2015-05-01", "MicrosoftPartnerAgreement"),
            (
                "EnterpriseAgreement_2014-09-01",
                "MicrosoftCustomerAgreement",
            ),
        ];
        let roles = ["Owner", "Contributor", "Reader"];
        for i in 1..=n {
            let tid = format!("00000000-0000-4000-a000-{i:012}");
            s.tenants.push(tenant(
                &tid,
                format!("Customer {i}"),
                format!("customer{i}.onmicrosoft.com"),
            ));
            let guest_oid = format!("00000000-0000-4000-c000-{i:012}");
            user.guest_of.push(GuestDef {
                tenant: tid.clone(),
                object_id: guest_oid.clone(),
            });
            let sub = format!("00000000-0000-4000-b000-{i:012}");
            let (quota, agreement) = quotas[i % quotas.len()];
            s.subscriptions.push(SubscriptionDef {
                id: sub.clone(),
                tenant: tid.clone(),
                name: format!("Customer {i} production"),
                quota_id: quota.into(),
                agreement: Some(agreement.into()),
                state: "Enabled".into(),
                spending_limit: "Off".into(),
            });
            s.role_assignments.push(RoleAssignmentDef {
                id: Some(format!("00000000-0000-4000-d000-{i:012}")),
                scope: format!("/subscriptions/{sub}"),
                role: roles[i % roles.len()].into(),
                principal: guest_oid,
                eligible: false,
            });
        }
        s.users.push(user);
        s
    }
}
