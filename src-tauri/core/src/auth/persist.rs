//! Keeping sign-ins across restarts: the sealed cache's contents, opening it, and saving it merged with what
//! another process saved.

use super::*;

#[derive(Serialize, Deserialize, Default)]
pub(super) struct CacheFile {
    version: u32,
    accounts: Vec<CachedAccount>,
}

#[derive(Serialize, Deserialize)]
pub(super) struct CachedAccount {
    account: Account,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    home_refresh_token: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    tenant_refresh_tokens: BTreeMap<String, String>,
    /// A service principal's certificate credential (PEM, with its key), sealed like the refresh tokens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    certificate_pem: Option<String>,
}

impl Drop for CachedAccount {
    fn drop(&mut self) {
        self.home_refresh_token.zeroize();
        self.certificate_pem.zeroize();
        for v in self.tenant_refresh_tokens.values_mut() {
            v.zeroize();
        }
    }
}

impl AuthClient {
    pub(super) fn open(
        endpoints: Endpoints,
        client_id: Option<String>,
        persistence: Persistence,
    ) -> Result<AuthClient, Error> {
        let http = crate::http::client(&endpoints)?;
        let (store, cache): (Arc<dyn SecretStore>, Option<TokenCache>) = match persistence {
            Persistence::Keychain { store, cache_file } => {
                let cache = TokenCache::new(store.clone(), cache_file);
                (store, Some(cache))
            }
            Persistence::SessionOnly => (Arc::new(MemoryStore::new()), None),
        };
        let mut accounts = BTreeMap::new();
        if let Some(cache) = &cache {
            if let Some(text) = cache.load()? {
                let file: CacheFile = serde_json::from_str(text.expose()).map_err(|e| {
                    Error::new(
                        ErrorCode::TokenCacheInvalid,
                        format!(
                            "the sign-in cache opened but its content is not understood (line {}, column {})",
                            e.line(),
                            e.column()
                        ),
                    )
                })?;
                for cached in &file.accounts {
                    accounts.insert(
                        cached.account.id.clone(),
                        UserState {
                            account: cached.account.clone(),
                            home_rt: cached.home_refresh_token.clone().map(Sensitive::new),
                            tenant_rts: cached
                                .tenant_refresh_tokens
                                .iter()
                                .map(|(k, v)| (k.clone(), Sensitive::new(v.clone())))
                                .collect(),
                            access: HashMap::new(),
                            claims: HashMap::new(),
                            credential: cached
                                .certificate_pem
                                .as_deref()
                                .map(ClientCertificate::from_pem)
                                .transpose()?
                                .map(|c| ClientCredential::Certificate(Arc::new(c))),
                        },
                    );
                }
            }
        }
        Ok(AuthClient {
            inner: Arc::new(Inner {
                endpoints,
                client_id,
                azure_cli: std::sync::RwLock::new(azure_cli::find()),
                http,
                store,
                cache,
                accounts: Mutex::new(accounts),
                touched: Default::default(),
                removed: Default::default(),
            }),
        })
    }

    /// Removes every account, every keychain entry the app wrote and the cache file.
    pub async fn forget_everything(&self) -> Result<(), Error> {
        let mut accounts = self.inner.accounts.lock().await;
        for id in accounts.keys() {
            if AccountId::parse(id).is_ok_and(|a| a.is_service_principal()) {
                self.inner.store.delete(&sp_secret_entry(id))?;
            }
        }
        accounts.clear();
        if let Some(cache) = &self.inner.cache {
            cache.remove()?;
        }
        Ok(())
    }

    /// Clears a cache that [`AuthClient::new`] refused (tampered with, or from another computer), without opening it.
    pub fn forget_everything_at(
        store: Arc<dyn SecretStore>,
        cache_file: PathBuf,
    ) -> Result<(), Error> {
        TokenCache::new(store, cache_file).remove()
    }

    /// Saves the sign-ins, merged with what another process (the command line beside the app) saved since:
    /// under the cache's lock the file is read again, the accounts this process touched replace theirs, the ones
    /// it signed out leave, and everyone else's stay. When nothing is left, the file and its key go.
    pub(super) fn persist(
        &self,
        accounts: &BTreeMap<String, UserState>,
        touched: Option<&str>,
    ) -> Result<(), Error> {
        let Some(cache) = &self.inner.cache else {
            return Ok(());
        };
        if let Some(id) = touched {
            lock_set(&self.inner.touched).insert(id.to_owned());
        }
        let _lock = cache.lock()?;
        let on_disk: Vec<CachedAccount> = match cache.load() {
            Ok(Some(text)) => serde_json::from_str::<CacheFile>(text.expose())
                .map(|f| f.accounts)
                .unwrap_or_default(),
            Ok(None) => Vec::new(),
            // A file this process cannot open (another computer's) is replaced, as it always was.
            Err(e) if e.code == ErrorCode::TokenCacheInvalid => Vec::new(),
            Err(e) => return Err(e),
        };
        let touched = lock_set(&self.inner.touched).clone();
        let removed = lock_set(&self.inner.removed).clone();
        let mut merged: BTreeMap<String, CachedAccount> = on_disk
            .into_iter()
            .filter(|c| !removed.contains(&c.account.id))
            .map(|c| (c.account.id.clone(), c))
            .collect();
        // An account this process did not touch came from the file when it opened: if it is gone from the file
        // now, another process signed it out, and it stays out.
        for (id, s) in accounts {
            if touched.contains(id) {
                merged.insert(id.clone(), cached(s));
            }
        }
        if merged.is_empty() {
            return cache.remove();
        }
        let file = CacheFile {
            version: 1,
            accounts: merged.into_values().collect(),
        };
        let text = serde_json::to_string(&file)
            .map_err(|e| Error::new(ErrorCode::Internal, format!("sign-in cache: {e}")))?;
        cache.save(&Sensitive::new(text))
    }
}

pub(super) fn lock_set(
    m: &std::sync::Mutex<std::collections::HashSet<String>>,
) -> std::sync::MutexGuard<'_, std::collections::HashSet<String>> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// An account as the sealed cache keeps it.
pub(super) fn cached(s: &UserState) -> CachedAccount {
    CachedAccount {
        account: s.account.clone(),
        home_refresh_token: s.home_rt.as_ref().map(|t| t.expose().clone()),
        tenant_refresh_tokens: s
            .tenant_rts
            .iter()
            .map(|(k, v)| (k.clone(), v.expose().clone()))
            .collect(),
        certificate_pem: match &s.credential {
            Some(ClientCredential::Certificate(c)) => Some(c.pem().expose().clone()),
            _ => None,
        },
    }
}
