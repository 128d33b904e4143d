//! Names of the built-in `demo` scenario (`scenarios/demo.toml`), for tests and for the practice mode.
//! The README's "Demo scenario" section explains who is who.

/// The public client "Partner Link Assistant (practice)" (loopback redirect `http://localhost`, any port).
pub const CLIENT_ID: &str = "eeeeeeee-0000-4000-8000-000000000001";
/// The confidential client "Contoso PAL Automation" (client credentials).
pub const AUTOMATION_CLIENT_ID: &str = "eeeeeeee-0000-4000-8000-000000000002";
pub const AUTOMATION_SECRET: &str = "Practice-Automation-Secret-1";

/// A certificate and its private key, as PEM.
#[derive(Clone, Debug)]
pub struct DemoCertificate {
    pub certificate_pem: String,
    pub private_key_pem: String,
}

impl DemoCertificate {
    /// Both in one PEM file, the way operations teams usually keep a certificate credential.
    pub fn pem(&self) -> String {
        format!("{}{}", self.certificate_pem, self.private_key_pem)
    }
}

/// The automation app's certificate credential: generated once per process (RSA 2048, self-signed, like one
/// made with `New-SelfSignedCertificate` or `openssl req -x509`) and registered on the app by
/// [`crate::Scenario::demo`]. It is a practice credential: only the simulator of this process accepts it.
pub fn automation_certificate() -> Result<&'static DemoCertificate, String> {
    static CERT: std::sync::OnceLock<Result<DemoCertificate, String>> = std::sync::OnceLock::new();
    CERT.get_or_init(|| crate::jwt::self_signed_rsa_certificate("Contoso PAL Automation"))
        .as_ref()
        .map_err(Clone::clone)
}
/// Every demo account's password.
pub const PASSWORD: &str = "Practice-Pass-1";
/// The code every demo account's "authenticator" shows.
pub const MFA_CODE: &str = "123456";

/// The partner's own user: member of Contoso Partner, guest in most customer directories, CSP admin agent.
pub const PARTNER_USER: &str = "alex@contosopartner.onmicrosoft.com";
pub const PARTNER_USER_OID: &str = "cccccccc-0000-4000-8000-000000000001";
/// A partner colleague who is a guest nowhere (AADSTS50020 in every customer directory).
pub const PARTNER_COLLEAGUE: &str = "sam@contosopartner.onmicrosoft.com";
/// Fabrikam's Global Administrator and subscription Owner (grants roles, invites guests).
pub const CUSTOMER_ADMIN: &str = "admin@fabrikam.onmicrosoft.com";
pub const CUSTOMER_ADMIN_OID: &str = "cccccccc-0000-4000-8000-000000000002";
/// Lucerne's Global Administrator (can grant admin consent to the sign-in app).
pub const LUCERNE_ADMIN: &str = "admin@lucernepublishing.onmicrosoft.com";

/// The partner's Associated Partner ID and another partner's.
pub const PARTNER_ID: &str = "1234567";
pub const OTHER_PARTNER_ID: &str = "7654321";

pub const HOME: &str = "aaaaaaaa-0000-4000-8000-000000000000";
pub const FABRIKAM_EA: &str = "aaaaaaaa-0000-4000-8000-000000000001";
pub const NORTHWIND_PAYG: &str = "aaaaaaaa-0000-4000-8000-000000000002";
pub const TAILSPIN_CSP: &str = "aaaaaaaa-0000-4000-8000-000000000003";
pub const WIDEWORLD_AZURE_PLAN: &str = "aaaaaaaa-0000-4000-8000-000000000004";
pub const ADATUM_MFA: &str = "aaaaaaaa-0000-4000-8000-000000000005";
pub const LITWARE_CA_BLOCK: &str = "aaaaaaaa-0000-4000-8000-000000000006";
pub const PROSEWARE_READER: &str = "aaaaaaaa-0000-4000-8000-000000000007";
pub const WOODGROVE_NO_ROLE: &str = "aaaaaaaa-0000-4000-8000-000000000008";
pub const LUCERNE_NO_CONSENT: &str = "aaaaaaaa-0000-4000-8000-000000000009";
pub const RELECLOUD_LINKED: &str = "aaaaaaaa-0000-4000-8000-000000000010";

/// The ten customer directories, in order.
pub const CUSTOMERS: [&str; 10] = [
    FABRIKAM_EA,
    NORTHWIND_PAYG,
    TAILSPIN_CSP,
    WIDEWORLD_AZURE_PLAN,
    ADATUM_MFA,
    LITWARE_CA_BLOCK,
    PROSEWARE_READER,
    WOODGROVE_NO_ROLE,
    LUCERNE_NO_CONSENT,
    RELECLOUD_LINKED,
];

/// Subscription `n` belongs to directory `n` (`...0000` is the partner's own).
pub fn subscription_of(tenant: &str) -> String {
    format!("bbbbbbbb{}", &tenant[8..])
}

/// The partner user's guest object ID in customer directory `tenant` (its member object ID at home).
pub fn partner_user_oid_in(tenant: &str) -> String {
    if tenant == HOME {
        PARTNER_USER_OID.to_string()
    } else {
        format!("cccccccc-0000-4000-8001{}", &tenant[23..])
    }
}

/// The automation service principal's object ID in `tenant` (Home, Fabrikam and Northwind have one).
pub fn automation_sp_in(tenant: &str) -> String {
    format!("dddddddd{}", &tenant[8..])
}
