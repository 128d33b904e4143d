//! Where secrets are kept: the OS keychain (through keyring-core and the platform's store), or, when the person
//! chooses a session-only sign-in, memory. There is deliberately no plaintext fallback.
//!
//! The keychain holds only small secrets (the token cache's key, service principals' client secrets), because
//! Windows Credential Manager keeps at most 2,560 bytes per secret and refresh tokens are larger.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::{Error, ErrorCode, Sensitive};

/// The keychain's service name for every entry the app writes.
pub const SERVICE: &str = "Partner Link Assistant";

/// A place for small secrets, by name. Calls may block briefly (D-Bus, Keychain Services); they are rare.
pub trait SecretStore: Send + Sync {
    /// The secret stored under `name`, or `None` when there is none.
    fn get(&self, name: &str) -> Result<Option<Sensitive<String>>, Error>;
    /// Stores (or replaces) the secret under `name`.
    fn set(&self, name: &str, secret: &Sensitive<String>) -> Result<(), Error>;
    /// Removes the secret under `name`; removing what is not there is not an error.
    fn delete(&self, name: &str) -> Result<(), Error>;
    /// Whether secrets outlive the process (false for the session-only store).
    fn is_persistent(&self) -> bool;
}

/// The OS keychain. Entries are built from this store instance rather than keyring-core's global default, so the
/// app and its tests can hold stores side by side.
pub struct KeyringStore {
    store: Arc<keyring_core::CredentialStore>,
    service: String,
}

impl KeyringStore {
    /// Opens the platform's keychain under the app's service name.
    pub fn open() -> Result<KeyringStore, Error> {
        KeyringStore::open_with_service(SERVICE)
    }

    /// Opens the platform's keychain with another service name (tests use their own, so they never touch the
    /// app's real entries). Fails with [`ErrorCode::KeychainUnavailable`] when no keychain answers.
    pub fn open_with_service(service: &str) -> Result<KeyringStore, Error> {
        let store = platform_store()?;
        Ok(KeyringStore {
            store,
            service: service.to_owned(),
        })
    }

    fn entry(&self, name: &str) -> Result<keyring_core::Entry, Error> {
        self.store
            .build(&self.service, name, None)
            .map_err(|e| keyring_error("open the keychain entry", e))
    }
}

#[cfg(target_os = "linux")]
fn platform_store() -> Result<Arc<keyring_core::CredentialStore>, Error> {
    let store = dbus_secret_service_keyring_store::Store::new().map_err(|e| {
        Error::new(
            ErrorCode::KeychainUnavailable,
            format!("no Secret Service (GNOME Keyring, KWallet) answers on the D-Bus session: {e}"),
        )
    })?;
    Ok(store)
}

#[cfg(target_os = "macos")]
fn platform_store() -> Result<Arc<keyring_core::CredentialStore>, Error> {
    let store = apple_native_keyring_store::keychain::Store::new().map_err(|e| {
        Error::new(
            ErrorCode::KeychainUnavailable,
            format!("the macOS Keychain is not available: {e}"),
        )
    })?;
    Ok(store)
}

#[cfg(target_os = "windows")]
fn platform_store() -> Result<Arc<keyring_core::CredentialStore>, Error> {
    let store = windows_native_keyring_store::Store::new().map_err(|e| {
        Error::new(
            ErrorCode::KeychainUnavailable,
            format!("Windows Credential Manager is not available: {e}"),
        )
    })?;
    Ok(store)
}

#[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
fn platform_store() -> Result<Arc<keyring_core::CredentialStore>, Error> {
    Err(Error::new(
        ErrorCode::KeychainUnavailable,
        "this platform has no supported keychain",
    ))
}

/// A locked keychain (the store could not get access, and unlocking was refused or impossible) is told apart from
/// a missing or broken one, so that the UI can say "unlock it" rather than "there is none".
fn keyring_error(action: &str, err: keyring_core::Error) -> Error {
    let code = match &err {
        keyring_core::Error::NoStorageAccess(_) => ErrorCode::KeychainLocked,
        _ => ErrorCode::KeychainUnavailable,
    };
    Error::new(code, format!("could not {action}: {err}"))
}

impl SecretStore for KeyringStore {
    fn get(&self, name: &str) -> Result<Option<Sensitive<String>>, Error> {
        match self.entry(name)?.get_password() {
            Ok(secret) => Ok(Some(Sensitive::new(secret))),
            Err(keyring_core::Error::NoEntry) => Ok(None),
            Err(e) => Err(keyring_error("read from the keychain", e)),
        }
    }

    fn set(&self, name: &str, secret: &Sensitive<String>) -> Result<(), Error> {
        self.entry(name)?
            .set_password(secret.expose())
            .map_err(|e| keyring_error("write to the keychain", e))
    }

    fn delete(&self, name: &str) -> Result<(), Error> {
        match self.entry(name)?.delete_credential() {
            Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
            Err(e) => Err(keyring_error("delete from the keychain", e)),
        }
    }

    fn is_persistent(&self) -> bool {
        true
    }
}

/// Secrets in memory only, for a session-only sign-in: gone when the app closes.
#[derive(Default)]
pub struct MemoryStore {
    secrets: Mutex<HashMap<String, Sensitive<String>>>,
}

impl MemoryStore {
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Sensitive<String>>> {
        // A panic elsewhere while holding the lock leaves the map intact; keep using it.
        self.secrets.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl SecretStore for MemoryStore {
    fn get(&self, name: &str) -> Result<Option<Sensitive<String>>, Error> {
        Ok(self.lock().get(name).cloned())
    }

    fn set(&self, name: &str, secret: &Sensitive<String>) -> Result<(), Error> {
        self.lock().insert(name.to_owned(), secret.clone());
        Ok(())
    }

    fn delete(&self, name: &str) -> Result<(), Error> {
        self.lock().remove(name);
        Ok(())
    }

    fn is_persistent(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_store_round_trip() {
        let store = MemoryStore::new();
        assert!(store.get("a").unwrap().is_none());
        store.set("a", &Sensitive::new("s".to_owned())).unwrap();
        assert_eq!(store.get("a").unwrap().unwrap().expose(), "s");
        store.delete("a").unwrap();
        store.delete("a").unwrap();
        assert!(store.get("a").unwrap().is_none());
        assert!(!store.is_persistent());
    }
}
