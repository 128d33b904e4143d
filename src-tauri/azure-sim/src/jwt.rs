//! RS256 JSON Web Tokens: the simulator signs access and ID tokens like Entra ID and verifies them on the
//! Resource Manager and Graph side.
//!
//! `ring` signs and verifies but cannot generate RSA keys, so the key pair is generated once per process with
//! the `rsa` crate and shared by every simulator in that process: key generation is the slowest part of a
//! start, and a test binary starts many simulators.

use crate::util::{b64url, b64url_decode, sha256};
use ring::signature::{
    RsaKeyPair, RsaPublicKeyComponents, RSA_PKCS1_2048_8192_SHA256, RSA_PKCS1_SHA256,
};
use serde_json::{json, Map, Value};
use std::sync::{Arc, OnceLock};

pub(crate) struct Signer {
    kid: String,
    key_pair: RsaKeyPair,
    n: Vec<u8>,
    e: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum JwtError {
    Malformed,
    UnknownKey,
    BadSignature,
}

static SHARED: OnceLock<Result<Arc<Signer>, String>> = OnceLock::new();

impl Signer {
    /// The process-wide signing key, generated on first use.
    pub(crate) fn shared() -> Result<Arc<Signer>, String> {
        SHARED
            .get_or_init(|| Signer::generate().map(Arc::new))
            .clone()
    }

    fn generate() -> Result<Signer, String> {
        use rsa::pkcs1::EncodeRsaPrivateKey;
        use rsa::traits::PublicKeyParts;
        let key = rsa::RsaPrivateKey::new(&mut rsa::rand_core::OsRng, 2048)
            .map_err(|e| format!("cannot generate the token-signing key: {e}"))?;
        let der = key
            .to_pkcs1_der()
            .map_err(|e| format!("cannot encode the token-signing key: {e}"))?;
        let key_pair = RsaKeyPair::from_der(der.as_bytes())
            .map_err(|e| format!("ring refused the token-signing key: {e}"))?;
        let n = key.n().to_bytes_be();
        let e = key.e().to_bytes_be();
        // Entra's key IDs are short base64url strings derived from the key; a hash of the modulus has the same shape.
        let kid = b64url(&sha256(&n)[..20]);
        Ok(Signer {
            kid,
            key_pair,
            n,
            e,
        })
    }

    pub(crate) fn sign(&self, claims: &Value) -> String {
        let header = json!({"typ": "JWT", "alg": "RS256", "kid": self.kid, "x5t": self.kid});
        let signing_input = format!(
            "{}.{}",
            b64url(header.to_string().as_bytes()),
            b64url(claims.to_string().as_bytes())
        );
        let mut sig = vec![0u8; self.key_pair.public().modulus_len()];
        // Signing only fails when the output buffer has the wrong size, which the line above rules out.
        let _ = self.key_pair.sign(
            &RSA_PKCS1_SHA256,
            &ring::rand::SystemRandom::new(),
            signing_input.as_bytes(),
            &mut sig,
        );
        format!("{signing_input}.{}", b64url(&sig))
    }

    /// Checks the header and the signature and returns the claims; the caller checks expiry and audience.
    pub(crate) fn verify(&self, token: &str) -> Result<Map<String, Value>, JwtError> {
        let mut parts = token.split('.');
        let (Some(h), Some(p), Some(s), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(JwtError::Malformed);
        };
        let header: Value = b64url_decode(h)
            .and_then(|b| serde_json::from_slice(&b).ok())
            .ok_or(JwtError::Malformed)?;
        if header.get("alg").and_then(Value::as_str) != Some("RS256") {
            return Err(JwtError::Malformed);
        }
        if header.get("kid").and_then(Value::as_str) != Some(self.kid.as_str()) {
            return Err(JwtError::UnknownKey);
        }
        let sig = b64url_decode(s).ok_or(JwtError::Malformed)?;
        let public = RsaPublicKeyComponents {
            n: &self.n,
            e: &self.e,
        };
        public
            .verify(
                &RSA_PKCS1_2048_8192_SHA256,
                format!("{h}.{p}").as_bytes(),
                &sig,
            )
            .map_err(|_| JwtError::BadSignature)?;
        let claims: Value = b64url_decode(p)
            .and_then(|b| serde_json::from_slice(&b).ok())
            .ok_or(JwtError::Malformed)?;
        match claims {
            Value::Object(map) => Ok(map),
            _ => Err(JwtError::Malformed),
        }
    }

    /// The JSON Web Key Set published at `discovery/v2.0/keys`.
    pub(crate) fn jwks(&self) -> Value {
        json!({"keys": [{
            "kty": "RSA", "use": "sig", "kid": self.kid, "x5t": self.kid,
            "n": b64url(&self.n), "e": b64url(&self.e), "alg": "RS256"
        }]})
    }
}

/// Decodes a JWT's claims without checking anything: used only on tokens the simulator itself just made.
pub fn decode_claims_unverified(token: &str) -> Option<Value> {
    let payload = token.split('.').nth(1)?;
    serde_json::from_slice(&b64url_decode(payload)?).ok()
}
