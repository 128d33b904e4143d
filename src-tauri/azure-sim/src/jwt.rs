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

/// A new RSA 2048 key and a self-signed certificate for it, as PEM (a practice certificate credential). As for the
/// token-signing key, the `rsa` crate only generates the key; everything it signs is signed by ring.
pub(crate) fn self_signed_rsa_certificate(
    common_name: &str,
) -> Result<crate::demo::DemoCertificate, String> {
    use rsa::pkcs8::EncodePrivateKey;
    let key = rsa::RsaPrivateKey::new(&mut rsa::rand_core::OsRng, 2048)
        .map_err(|e| format!("cannot generate a certificate key: {e}"))?;
    let pkcs8 = key
        .to_pkcs8_der()
        .map_err(|e| format!("cannot encode a certificate key: {e}"))?;
    let der = rustls::pki_types::PrivatePkcs8KeyDer::from(pkcs8.as_bytes().to_vec());
    let pair = rcgen::KeyPair::from_pkcs8_der_and_sign_algo(&der, &rcgen::PKCS_RSA_SHA256)
        .map_err(|e| format!("cannot use a certificate key: {e}"))?;
    let mut params = rcgen::CertificateParams::new(Vec::<String>::new())
        .map_err(|e| format!("certificate parameters: {e}"))?;
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, common_name);
    let cert = params
        .self_signed(&pair)
        .map_err(|e| format!("cannot sign a certificate: {e}"))?;
    Ok(crate::demo::DemoCertificate {
        certificate_pem: cert.pem(),
        private_key_pem: pem("PRIVATE KEY", pkcs8.as_bytes()),
    })
}

fn pem(label: &str, der: &[u8]) -> String {
    use base64::Engine as _;
    let b64 = base64::engine::general_purpose::STANDARD.encode(der);
    let mut out = format!("-----BEGIN {label}-----\n");
    for line in b64.as_bytes().chunks(64) {
        out.push_str(std::str::from_utf8(line).unwrap_or_default());
        out.push('\n');
    }
    out.push_str(&format!("-----END {label}-----\n"));
    out
}

/// Why a client assertion was refused, in Entra's terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum AssertionError {
    /// Not a JWT, or not signed by a certificate registered on the app (AADSTS700027).
    BadSignature(String),
    /// Outside its `nbf`..`exp` window (AADSTS700024).
    Expired,
    /// `aud`, `iss` or `sub` do not name this token endpoint and this app (AADSTS700027 as well).
    WrongClaims(String),
}

/// Checks a client assertion (RFC 7523, Entra's certificate credentials): signed with the key of one of
/// `certificates` (found by `x5t#S256` or the older `x5t`), with PS256 or RS256, for `client_id`, addressed to
/// one of `audiences`, and valid at `now`.
pub(crate) fn verify_client_assertion(
    assertion: &str,
    client_id: &str,
    certificates: &[String],
    audiences: &[String],
    now: i64,
) -> Result<(), AssertionError> {
    use rustls::pki_types::pem::PemObject;
    let bad = |why: &str| AssertionError::BadSignature(why.to_owned());
    let mut parts = assertion.split('.');
    let (Some(h), Some(p), Some(s), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(bad("the client assertion is not a JWT"));
    };
    let header: Value = b64url_decode(h)
        .and_then(|b| serde_json::from_slice(&b).ok())
        .ok_or_else(|| bad("the client assertion's header is not JSON"))?;
    let alg: &dyn rustls::pki_types::SignatureVerificationAlgorithm =
        match header.get("alg").and_then(Value::as_str) {
            Some("PS256") => webpki::ring::RSA_PSS_2048_8192_SHA256_LEGACY_KEY,
            Some("RS256") => webpki::ring::RSA_PKCS1_2048_8192_SHA256,
            _ => return Err(bad("the client assertion's alg is neither PS256 nor RS256")),
        };
    let wanted_s256 = header.get("x5t#S256").and_then(Value::as_str);
    let wanted_sha1 = header.get("x5t").and_then(Value::as_str);
    let cert = certificates
        .iter()
        .filter_map(|pem| rustls::pki_types::CertificateDer::from_pem_slice(pem.as_bytes()).ok())
        .find(|der| {
            wanted_s256 == Some(b64url(&sha256(der)).as_str())
                || wanted_sha1
                    == Some(
                        b64url(
                            ring::digest::digest(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY, der)
                                .as_ref(),
                        )
                        .as_str(),
                    )
        })
        .ok_or_else(|| bad("no certificate registered on the app has that thumbprint"))?;
    let end_entity = webpki::EndEntityCert::try_from(&cert)
        .map_err(|_| bad("the registered certificate cannot be read"))?;
    let signature = b64url_decode(s).ok_or_else(|| bad("the signature is not base64url"))?;
    end_entity
        .verify_signature(alg, format!("{h}.{p}").as_bytes(), &signature)
        .map_err(|_| bad("the signature does not match the registered certificate"))?;
    let claims: Value = b64url_decode(p)
        .and_then(|b| serde_json::from_slice(&b).ok())
        .ok_or_else(|| bad("the client assertion's claims are not JSON"))?;
    let c = |k: &str| claims.get(k).and_then(Value::as_str);
    if c("iss") != Some(client_id) || c("sub") != Some(client_id) {
        return Err(AssertionError::WrongClaims(
            "iss and sub must be the application (client) ID".into(),
        ));
    }
    if !c("aud").is_some_and(|aud| audiences.iter().any(|a| a.eq_ignore_ascii_case(aud))) {
        return Err(AssertionError::WrongClaims(
            "aud must be this token endpoint".into(),
        ));
    }
    let n = |k: &str| claims.get(k).and_then(Value::as_i64);
    // Entra allows a few minutes of clock skew either way.
    const SKEW: i64 = 300;
    match (n("nbf"), n("exp")) {
        (nbf, Some(exp)) if nbf.unwrap_or(i64::MIN) <= now + SKEW && now - SKEW < exp => Ok(()),
        _ => Err(AssertionError::Expired),
    }
}

/// Decodes a JWT's claims without checking anything: used only on tokens the simulator itself just made.
pub fn decode_claims_unverified(token: &str) -> Option<Value> {
    let payload = token.split('.').nth(1)?;
    serde_json::from_slice(&b64url_decode(payload)?).ok()
}
