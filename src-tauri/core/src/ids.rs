//! Identifiers that carry a format, parsed once where they enter (the UI, the command line, a file) so that the
//! rest of the code holds a value that is known to be well formed and in its one normal form.

use std::fmt;

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::{Error, ErrorCode};

/// A GUID in its usual 36-character form (directory, subscription, object and application IDs).
pub fn is_guid(s: &str) -> bool {
    s.len() == 36 && uuid::Uuid::try_parse(s).is_ok()
}

/// A directory (tenant) as a person or Azure names it: its GUID, or one of its domain names such as
/// `contoso.onmicrosoft.com`. Lower case, trimmed; nothing in it can change a URL's path, so it may be put in a
/// sign-in or Resource Manager URL as it is.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Type)]
#[serde(try_from = "String", into = "String")]
#[specta(transparent)]
pub struct TenantId(String);

impl TenantId {
    /// Reads a directory ID or domain as typed or pasted: surrounding spaces are dropped, case is folded.
    pub fn parse(text: &str) -> Result<TenantId, Error> {
        let t = text.trim().to_ascii_lowercase();
        let is_domain = t.contains('.')
            && t.len() <= 253
            && t.split('.').all(|label| {
                !label.is_empty()
                    && label.len() <= 63
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            });
        if is_guid(&t) || is_domain {
            Ok(TenantId(t))
        } else {
            let shown: String = text.trim().chars().take(80).collect();
            Err(Error::new(
                ErrorCode::InvalidInput,
                format!(
                    "{shown:?} is neither a directory ID (a GUID) nor a domain such as contoso.onmicrosoft.com"
                ),
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether it is the directory's GUID (and not one of its domain names).
    pub fn is_guid(&self) -> bool {
        is_guid(&self.0)
    }
}

impl std::ops::Deref for TenantId {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for TenantId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for TenantId {
    type Error = Error;
    fn try_from(s: String) -> Result<TenantId, Error> {
        TenantId::parse(&s)
    }
}

impl From<TenantId> for String {
    fn from(t: TenantId) -> String {
        t.0
    }
}

/// A GUID identifier (application, object or subscription ID), lower case.
fn guid(text: &str, what: &str) -> Result<String, Error> {
    let t = text.trim().to_ascii_lowercase();
    if is_guid(&t) {
        Ok(t)
    } else {
        let shown: String = text.trim().chars().take(80).collect();
        Err(Error::new(
            ErrorCode::InvalidInput,
            format!(
                "{shown:?} is not {what} (a GUID such as 11111111-2222-3333-4444-555555555555)"
            ),
        ))
    }
}

/// An application (client) ID.
pub fn application_id(text: &str) -> Result<String, Error> {
    guid(text, "an application (client) ID")
}

/// Which signed-in identity: the key of an account in the sign-in cache, the UI and the command line.
///
/// Its text form is what the sign-in cache has always stored: `{objectId}.{homeTenantId}` for a person (Entra's
/// home account ID), `sp:{clientId}:{tenantId}` for a service principal, `az:{username}` for the Azure CLI's
/// account.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Type)]
#[serde(try_from = "String", into = "String")]
#[specta(type = String)]
pub struct AccountId(AccountKey);

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AccountKey {
    User {
        object_id: String,
        home_tenant: String,
    },
    ServicePrincipal {
        client_id: String,
        tenant: TenantId,
    },
    AzureCli {
        username: String,
    },
}

impl AccountId {
    pub fn user(object_id: &str, home_tenant: &str) -> AccountId {
        AccountId(AccountKey::User {
            object_id: object_id.to_ascii_lowercase(),
            home_tenant: home_tenant.to_ascii_lowercase(),
        })
    }

    pub fn service_principal(client_id: &str, tenant: &TenantId) -> AccountId {
        AccountId(AccountKey::ServicePrincipal {
            client_id: client_id.to_ascii_lowercase(),
            tenant: tenant.clone(),
        })
    }

    pub fn azure_cli(username: &str) -> AccountId {
        AccountId(AccountKey::AzureCli {
            username: username.to_ascii_lowercase(),
        })
    }

    pub fn parse(text: &str) -> Result<AccountId, Error> {
        let t = text.trim();
        let bad = || {
            let shown: String = t.chars().take(120).collect();
            Error::new(
                ErrorCode::InvalidInput,
                format!("{shown:?} is not an account of this app"),
            )
        };
        if let Some(rest) = t.strip_prefix("sp:") {
            let (client, tenant) = rest.split_once(':').ok_or_else(bad)?;
            let client_id = application_id(client).map_err(|_| bad())?;
            let tenant = TenantId::parse(tenant).map_err(|_| bad())?;
            return Ok(AccountId(AccountKey::ServicePrincipal {
                client_id,
                tenant,
            }));
        }
        if let Some(user) = t.strip_prefix("az:") {
            if user.trim().is_empty() || user.chars().any(char::is_control) {
                return Err(bad());
            }
            return Ok(AccountId::azure_cli(user.trim()));
        }
        let (oid, home) = t.split_once('.').ok_or_else(bad)?;
        if is_guid(oid) && is_guid(home) {
            Ok(AccountId::user(oid, home))
        } else {
            Err(bad())
        }
    }

    pub fn key(&self) -> &AccountKey {
        &self.0
    }

    /// The service principal's application ID, for a service principal.
    pub fn client_id(&self) -> Option<&str> {
        match &self.0 {
            AccountKey::ServicePrincipal { client_id, .. } => Some(client_id),
            _ => None,
        }
    }

    pub fn is_service_principal(&self) -> bool {
        matches!(self.0, AccountKey::ServicePrincipal { .. })
    }
}

impl fmt::Display for AccountId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            AccountKey::User {
                object_id,
                home_tenant,
            } => write!(f, "{object_id}.{home_tenant}"),
            AccountKey::ServicePrincipal { client_id, tenant } => {
                write!(f, "sp:{client_id}:{tenant}")
            }
            AccountKey::AzureCli { username } => write!(f, "az:{username}"),
        }
    }
}

impl TryFrom<String> for AccountId {
    type Error = Error;
    fn try_from(s: String) -> Result<AccountId, Error> {
        AccountId::parse(&s)
    }
}

impl From<AccountId> for String {
    fn from(a: AccountId) -> String {
        a.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_directory_is_a_guid_or_a_domain_in_lower_case() {
        let t = TenantId::parse("  AAAAAAAA-0000-4000-8000-000000000001 ").unwrap();
        assert_eq!(t.as_str(), "aaaaaaaa-0000-4000-8000-000000000001");
        assert!(t.is_guid());
        let d = TenantId::parse("Contoso.OnMicrosoft.com").unwrap();
        assert_eq!(d.as_str(), "contoso.onmicrosoft.com");
        assert!(!d.is_guid());
        for bad in [
            "",
            "contoso",
            "../common",
            "contoso.com/evil",
            "a..b",
            ".contoso.com",
            "contoso.com.",
            "-x.com",
            "con toso.com",
            "contoso.com?x=1",
            "organizations",
        ] {
            assert_eq!(
                TenantId::parse(bad).unwrap_err().code,
                ErrorCode::InvalidInput,
                "{bad:?}"
            );
        }
        // A million characters pasted give a short message, not a copy of the paste.
        let huge = "x".repeat(1_000_000);
        assert!(TenantId::parse(&huge).unwrap_err().message.len() < 200);
    }

    #[test]
    fn a_tenant_id_crosses_serde_as_a_checked_string() {
        let t: TenantId = serde_json::from_str("\"FABRIKAM.com\"").unwrap();
        assert_eq!(serde_json::to_string(&t).unwrap(), "\"fabrikam.com\"");
        assert!(serde_json::from_str::<TenantId>("\"a/b\"").is_err());
    }

    #[test]
    fn account_ids_keep_the_cache_files_text_form() {
        for text in [
            "cccccccc-0000-4000-8000-000000000001.aaaaaaaa-0000-4000-8000-000000000000",
            "sp:eeeeeeee-0000-4000-8000-000000000002:aaaaaaaa-0000-4000-8000-000000000001",
            "sp:eeeeeeee-0000-4000-8000-000000000002:fabrikam.onmicrosoft.com",
            "az:alex@contosopartner.onmicrosoft.com",
        ] {
            let id = AccountId::parse(text).unwrap();
            assert_eq!(id.to_string(), text);
            let json = serde_json::to_string(&id).unwrap();
            assert_eq!(serde_json::from_str::<AccountId>(&json).unwrap(), id);
        }
        let sp = AccountId::parse(
            "sp:EEEEEEEE-0000-4000-8000-000000000002:aaaaaaaa-0000-4000-8000-000000000001",
        )
        .unwrap();
        assert_eq!(sp.client_id(), Some("eeeeeeee-0000-4000-8000-000000000002"));
        for bad in [
            "",
            "sp:",
            "sp:not-a-guid:fabrikam.com",
            "sp:eeeeeeee-0000-4000-8000-000000000002",
            "sp:eeeeeeee-0000-4000-8000-000000000002:../x",
            "az:",
            "someone",
            "x.y",
        ] {
            assert!(AccountId::parse(bad).is_err(), "{bad:?}");
        }
    }
}
