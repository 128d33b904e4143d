//! Access tokens, and the seam between signing in and calling Azure.
//!
//! The Resource Manager client asks a [`TokenSource`] for a token for one directory; it does not know whether the
//! token came from a browser sign-in, a device code, a service principal or a test. Access tokens live only in
//! memory.

use std::time::SystemTime;

use crate::secret::Sensitive;
use crate::Error;

/// An access token for one directory and one resource (Azure Resource Manager unless said otherwise).
#[derive(Clone, Debug)]
pub struct AccessToken {
    pub secret: Sensitive<String>,
    pub expires_at: SystemTime,
    /// The directory (tenant) the token was issued for: the token's `tid`.
    pub tenant_id: String,
    /// The identity the token speaks for inside that directory: the token's `oid`.
    pub object_id: String,
}

impl AccessToken {
    /// Whether the token is still good for at least `margin` seconds, so that a call started now does not carry a
    /// token that expires on the way.
    pub fn is_fresh(&self, margin: std::time::Duration) -> bool {
        SystemTime::now() + margin < self.expires_at
    }
}

/// Gives Azure Resource Manager tokens for a directory, for one signed-in identity.
#[async_trait::async_trait]
pub trait TokenSource: Send + Sync {
    /// A token for `tenant_id` (a directory GUID). Implementations refresh silently when they can and fail with an
    /// error whose code tells the UI what the person must do (sign in again, pass MFA, ask for consent…).
    async fn access_token(&self, tenant_id: &str) -> Result<AccessToken, Error>;

    /// Forgets any cached access token for `tenant_id`, so that the next call gets a new one. Called when Azure
    /// answers 401 to a token that looked fresh (revoked, or a claims challenge).
    async fn invalidate(&self, tenant_id: &str);
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn freshness_keeps_a_margin() {
        let token = AccessToken {
            secret: Sensitive::new("t".to_owned()),
            expires_at: SystemTime::now() + Duration::from_secs(60),
            tenant_id: "t".into(),
            object_id: "o".into(),
        };
        assert!(token.is_fresh(Duration::from_secs(30)));
        assert!(!token.is_fresh(Duration::from_secs(120)));
    }
}
