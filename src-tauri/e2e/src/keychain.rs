//! What the app left in the OS keychain. The app writes its entries through keyring-core, which stores each as a
//! Secret Service item with the attributes `service` (the app's service name) and `username` (the entry's name,
//! e.g. `token-cache-key` or `sp-secret:{account}`); the same crates are used here, so that the harness sees
//! exactly what the app wrote and needs no command-line tool.
//!
//! Only the Secret Service (Linux) is implemented: the end-to-end tests run there, inside the private D-Bus session
//! and gnome-keyring that `cargo xtask test` starts.

/// The names of the entries under `service`, sorted. Panics when the keychain cannot be searched, because a test
/// that asks has to know the answer.
pub fn keychain_entries(service: &str) -> Vec<String> {
    let mut names: Vec<String> = keychain_secrets(service)
        .into_iter()
        .map(|(name, _)| name)
        .collect();
    names.sort();
    names
}

/// Every entry under `service` with its secret, for looking for those secrets where they may not be (beside the
/// sealed cache, in logs, over IPC).
pub fn keychain_secrets(service: &str) -> Vec<(String, String)> {
    imp::secrets(service).unwrap_or_else(|e| {
        panic!("could not search the keychain for the service {service:?}: {e}")
    })
}

/// Removes every entry under `service` and says how many there were. Errors are ignored: this is clean-up after
/// a test, which must not fail the test or hide its own failure.
pub fn delete_keychain_entries(service: &str) -> usize {
    imp::delete_all(service).unwrap_or(0)
}

#[cfg(target_os = "linux")]
mod imp {
    use std::collections::HashMap;

    use keyring_core::api::CredentialStoreApi;

    fn search(service: &str) -> Result<Vec<keyring_core::Entry>, String> {
        let store = dbus_secret_service_keyring_store::Store::new().map_err(|e| {
            format!("no Secret Service answers on the D-Bus session (run under `cargo xtask test`): {e}")
        })?;
        store
            .search(&HashMap::from([("service", service)]))
            .map_err(|e| e.to_string())
    }

    pub(super) fn secrets(service: &str) -> Result<Vec<(String, String)>, String> {
        let mut found = Vec::new();
        for entry in search(service)? {
            let attributes = entry.get_attributes().map_err(|e| e.to_string())?;
            let name = attributes.get("username").cloned().unwrap_or_default();
            let secret = entry.get_password().map_err(|e| e.to_string())?;
            found.push((name, secret));
        }
        Ok(found)
    }

    pub(super) fn delete_all(service: &str) -> Result<usize, String> {
        let entries = search(service)?;
        for entry in &entries {
            let _ = entry.delete_credential();
        }
        Ok(entries.len())
    }
}

#[cfg(not(target_os = "linux"))]
mod imp {
    pub(super) fn secrets(_service: &str) -> Result<Vec<(String, String)>, String> {
        Err("the harness reads the keychain on Linux (Secret Service) only".to_owned())
    }

    pub(super) fn delete_all(_service: &str) -> Result<usize, String> {
        Ok(0)
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;
    use keyring_core::api::CredentialStoreApi;

    /// Writes entries the way the core does (keyring-core's `build(service, name)` on the Secret Service store)
    /// and reads them back through the functions above. Needs a Secret Service, which `cargo xtask test` gives
    /// every stage; without a session bus there is nothing to check against.
    #[test]
    fn lists_reads_and_removes_what_keyring_core_wrote_under_one_service_only() {
        if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
            eprintln!("no D-Bus session: skipped (run under `cargo xtask test`)");
            return;
        }
        let service = format!("partner-link-e2e keychain self-test {}", std::process::id());
        let other = format!("{service} (practice)");
        let store = dbus_secret_service_keyring_store::Store::new().unwrap();
        for (svc, name, secret) in [
            (&service, "token-cache-key", "key-1"),
            (&service, "sp-secret:sp:a:b", "secret-2"),
            (&other, "token-cache-key", "key-3"),
        ] {
            store
                .build(svc, name, None)
                .unwrap()
                .set_password(secret)
                .unwrap();
        }
        assert_eq!(
            keychain_entries(&service),
            ["sp-secret:sp:a:b", "token-cache-key"]
        );
        let mut secrets = keychain_secrets(&service);
        secrets.sort();
        assert_eq!(
            secrets,
            [
                ("sp-secret:sp:a:b".to_owned(), "secret-2".to_owned()),
                ("token-cache-key".to_owned(), "key-1".to_owned())
            ]
        );
        assert_eq!(delete_keychain_entries(&service), 2);
        assert!(keychain_entries(&service).is_empty());
        assert_eq!(keychain_entries(&other), ["token-cache-key"]);
        assert_eq!(delete_keychain_entries(&other), 1);
    }
}
