//! The refresh-token cache: one file sealed with XChaCha20-Poly1305 under a random 256-bit key kept in the
//! keychain. The file may be any size (refresh tokens are larger than Windows Credential Manager allows per
//! secret); without the key it is noise, and a changed, damaged or foreign file is refused, never half-read.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use base64::Engine as _;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use ring::rand::{SecureRandom, SystemRandom};
use zeroize::Zeroize;

use crate::keychain::SecretStore;
use crate::{Error, ErrorCode, Sensitive};

/// The keychain entry holding the cache key (base64).
pub const KEY_ENTRY: &str = "token-cache-key";
/// The file's first bytes: format and version. They are also the AEAD's associated data, so a file of another
/// version cannot be passed off as this one.
const MAGIC: &[u8; 8] = b"PLACv1\0\0";
const NONCE_LEN: usize = 24;

/// The sealed file and the keychain entry holding its key.
pub struct TokenCache {
    store: Arc<dyn SecretStore>,
    path: PathBuf,
    /// The key once read or made, so that saving after every token refresh (hundreds in a bulk run) does not ask
    /// the keychain each time: the keychain is the key's home, this is its copy in the process's memory, as the
    /// refresh tokens themselves are. Forgotten by `remove`.
    key: std::sync::Mutex<Option<Sensitive<String>>>,
}

impl TokenCache {
    pub fn new(store: Arc<dyn SecretStore>, path: PathBuf) -> TokenCache {
        TokenCache {
            store,
            path,
            key: std::sync::Mutex::new(None),
        }
    }

    fn remembered_key(&self) -> Option<Sensitive<String>> {
        self.key.lock().ok().and_then(|k| k.clone())
    }

    fn remember_key(&self, key: &Sensitive<String>) {
        if let Ok(mut k) = self.key.lock() {
            *k = Some(key.clone());
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The cache's plaintext, or `None` when there is no file yet.
    pub fn load(&self) -> Result<Option<Sensitive<String>>, Error> {
        let bytes = match std::fs::read(&self.path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                // No file: whatever key this process remembers may have been removed with it (another process
                // signed the last account out), so the next save asks the keychain again.
                if let Ok(mut k) = self.key.lock() {
                    *k = None;
                }
                return Ok(None);
            }
            Err(e) => {
                return Err(Error::new(
                    ErrorCode::Internal,
                    format!(
                        "could not read the sign-in cache {}: {e}",
                        self.path.display()
                    ),
                ))
            }
        };
        if bytes.len() < MAGIC.len() + NONCE_LEN + 16 || &bytes[..MAGIC.len()] != MAGIC {
            return Err(invalid(&self.path, "it is not a sign-in cache of this app"));
        }
        let open = |key: &Sensitive<String>| -> Result<Vec<u8>, Error> {
            cipher(key)?
                .decrypt(
                    XNonce::from_slice(&bytes[MAGIC.len()..MAGIC.len() + NONCE_LEN]),
                    Payload {
                        msg: &bytes[MAGIC.len() + NONCE_LEN..],
                        aad: MAGIC,
                    },
                )
                .map_err(|_| {
                    invalid(
                        &self.path,
                        "it was changed, damaged, or sealed with another key",
                    )
                })
        };
        // The key this process already read opens the file unless another process made a new one (it signed
        // the last account out and someone signed in again): then the keychain's is read.
        let remembered = self.remembered_key().and_then(|k| open(&k).ok());
        let mut plain = match remembered {
            Some(plain) => plain,
            None => {
                let Some(key) = self.store.get(KEY_ENTRY)? else {
                    return Err(invalid(
                        &self.path,
                        "its key is not in this computer's keychain (the file was copied from elsewhere, or the keychain was reset)",
                    ));
                };
                let plain = open(&key)?;
                self.remember_key(&key);
                plain
            }
        };
        let text = String::from_utf8(std::mem::take(&mut plain));
        plain.zeroize();
        match text {
            Ok(t) => Ok(Some(Sensitive::new(t))),
            Err(e) => {
                let mut bytes = e.into_bytes();
                bytes.zeroize();
                Err(invalid(&self.path, "its content is not text"))
            }
        }
    }

    /// Seals `plaintext` into the file, creating the key on first use. The file is written beside the old one and
    /// renamed over it, so a crash leaves either the old cache or the new one, never a torn file.
    pub fn save(&self, plaintext: &Sensitive<String>) -> Result<(), Error> {
        let known = match self.remembered_key() {
            Some(k) => Some(k),
            None => self.store.get(KEY_ENTRY)?,
        };
        let key = match known {
            Some(k) => k,
            None => {
                let mut raw = [0u8; 32];
                random(&mut raw)?;
                let k = Sensitive::new(base64::engine::general_purpose::STANDARD.encode(raw));
                raw.zeroize();
                self.store.set(KEY_ENTRY, &k)?;
                k
            }
        };
        let cipher = cipher(&key)?;
        self.remember_key(&key);
        let mut nonce = [0u8; NONCE_LEN];
        random(&mut nonce)?;
        let sealed = cipher
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: plaintext.expose().as_bytes(),
                    aad: MAGIC,
                },
            )
            .map_err(|_| Error::new(ErrorCode::Internal, "could not seal the sign-in cache"))?;
        let mut file = Vec::with_capacity(MAGIC.len() + NONCE_LEN + sealed.len());
        file.extend_from_slice(MAGIC);
        file.extend_from_slice(&nonce);
        file.extend_from_slice(&sealed);
        crate::files::write_atomically(&self.path, &file).map_err(|e| {
            Error::new(
                ErrorCode::Internal,
                format!(
                    "could not write the sign-in cache {}: {e}",
                    self.path.display()
                ),
            )
        })
    }

    /// Holds the cache for this process until the returned file is dropped, so that the app and the command line
    /// (or two windows of a test) never interleave a read-merge-write of the same file. Waits for the other.
    pub fn lock(&self) -> Result<std::fs::File, Error> {
        let io = |e: std::io::Error| {
            Error::new(
                ErrorCode::Internal,
                format!(
                    "could not lock the sign-in cache ({}.lock): {e}",
                    self.path.display()
                ),
            )
        };
        let file = crate::files::lock_file_for(&self.path).map_err(io)?;
        file.lock().map_err(io)?;
        Ok(file)
    }

    /// Removes the file and its key.
    pub fn remove(&self) -> Result<(), Error> {
        if let Ok(mut k) = self.key.lock() {
            *k = None;
        }
        match std::fs::remove_file(&self.path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(Error::new(
                    ErrorCode::Internal,
                    format!(
                        "could not remove the sign-in cache {}: {e}",
                        self.path.display()
                    ),
                ))
            }
        }
        self.store.delete(KEY_ENTRY)
    }
}

fn invalid(path: &Path, why: &str) -> Error {
    Error::new(
        ErrorCode::TokenCacheInvalid,
        format!("the sign-in cache {} was refused: {why}", path.display()),
    )
}

fn cipher(key: &Sensitive<String>) -> Result<XChaCha20Poly1305, Error> {
    let mut raw = base64::engine::general_purpose::STANDARD
        .decode(key.expose())
        .map_err(|_| {
            Error::new(
                ErrorCode::TokenCacheInvalid,
                "the sign-in cache key in the keychain is damaged",
            )
        })?;
    if raw.len() != 32 {
        raw.zeroize();
        return Err(Error::new(
            ErrorCode::TokenCacheInvalid,
            "the sign-in cache key in the keychain has the wrong length",
        ));
    }
    let cipher = XChaCha20Poly1305::new_from_slice(&raw)
        .map_err(|_| Error::new(ErrorCode::Internal, "could not use the sign-in cache key"));
    raw.zeroize();
    cipher
}

fn random(buf: &mut [u8]) -> Result<(), Error> {
    SystemRandom::new()
        .fill(buf)
        .map_err(|_| Error::new(ErrorCode::Internal, "the system's random generator failed"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keychain::MemoryStore;

    /// A store that counts how often the key is read.
    struct Counting {
        inner: MemoryStore,
        gets: std::sync::atomic::AtomicUsize,
    }

    impl SecretStore for Counting {
        fn get(&self, name: &str) -> Result<Option<Sensitive<String>>, Error> {
            self.gets.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            self.inner.get(name)
        }
        fn set(&self, name: &str, secret: &Sensitive<String>) -> Result<(), Error> {
            self.inner.set(name, secret)
        }
        fn delete(&self, name: &str) -> Result<(), Error> {
            self.inner.delete(name)
        }
        fn is_persistent(&self) -> bool {
            true
        }
    }

    #[test]
    fn saving_again_and_again_asks_the_keychain_once_and_remove_forgets_the_key() {
        let store = Arc::new(Counting {
            inner: MemoryStore::new(),
            gets: Default::default(),
        });
        let path = temp_path("counting");
        let cache = TokenCache::new(store.clone(), path.clone());
        for i in 0..50 {
            cache.save(&Sensitive::new(format!("tokens {i}"))).unwrap();
        }
        assert_eq!(store.gets.load(std::sync::atomic::Ordering::SeqCst), 1);
        // A fresh process reads the same key back from the keychain.
        let again = TokenCache::new(store.clone(), path.clone());
        assert_eq!(again.load().unwrap().unwrap().expose(), "tokens 49");
        cache.remove().unwrap();
        assert!(store.inner.get(KEY_ENTRY).unwrap().is_none());
        // After removal a save makes a new key and stores it: the file never outlives its key.
        cache.save(&Sensitive::new("new".to_owned())).unwrap();
        assert!(store.inner.get(KEY_ENTRY).unwrap().is_some());
        let third = TokenCache::new(store.clone(), path.clone());
        assert_eq!(third.load().unwrap().unwrap().expose(), "new");
        let _ = std::fs::remove_file(path);
    }

    fn temp_path(name: &str) -> PathBuf {
        let mut n = [0u8; 8];
        random(&mut n).unwrap();
        std::env::temp_dir()
            .join(format!(
                "plac-test-{}",
                n.iter().map(|b| format!("{b:02x}")).collect::<String>()
            ))
            .join(name)
    }

    #[test]
    fn round_trip_and_refusals() {
        let store: Arc<dyn SecretStore> = Arc::new(MemoryStore::new());
        let path = temp_path("cache.bin");
        let cache = TokenCache::new(store.clone(), path.clone());
        assert!(cache.load().unwrap().is_none());
        let big = "r".repeat(3000);
        cache.save(&Sensitive::new(big.clone())).unwrap();
        let raw = std::fs::read(&path).unwrap();
        assert!(!String::from_utf8_lossy(&raw).contains("rrrr"));
        assert_eq!(cache.load().unwrap().unwrap().expose(), &big);

        // One flipped bit: refused, no panic.
        let mut tampered = raw.clone();
        let last = tampered.len() - 1;
        tampered[last] ^= 1;
        std::fs::write(&path, &tampered).unwrap();
        assert_eq!(cache.load().unwrap_err().code, ErrorCode::TokenCacheInvalid);
        // Truncated and foreign files too.
        std::fs::write(&path, b"PLACv1").unwrap();
        assert_eq!(cache.load().unwrap_err().code, ErrorCode::TokenCacheInvalid);
        std::fs::write(&path, &raw).unwrap();
        let other = TokenCache::new(Arc::new(MemoryStore::new()), path.clone());
        assert_eq!(other.load().unwrap_err().code, ErrorCode::TokenCacheInvalid);

        cache.remove().unwrap();
        assert!(!path.exists());
        assert!(store.get(KEY_ENTRY).unwrap().is_none());
        let _ = std::fs::remove_dir_all(path.parent().unwrap());
    }
}
