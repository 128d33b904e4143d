//! The simulator's own PKI: a CA and a server certificate for `localhost` and `127.0.0.1`, generated at every
//! start and never installed anywhere. Clients trust the CA because the caller tells them to.

use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, ExtendedKeyUsagePurpose, IsCa,
    Issuer, KeyPair, KeyUsagePurpose, SanType,
};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use std::sync::Arc;

pub(crate) struct Pki {
    pub ca_pem: String,
    pub server_config: Arc<rustls::ServerConfig>,
}

pub(crate) fn generate() -> Result<Pki, String> {
    let err = |what: &str, e: &dyn std::fmt::Display| format!("cannot create the {what}: {e}");
    let ca_key = KeyPair::generate().map_err(|e| err("CA key", &e))?;
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).map_err(|e| err("CA", &e))?;
    let mut dn = DistinguishedName::new();
    dn.push(
        DnType::CommonName,
        "Azure Simulator Test CA (not trusted anywhere)",
    );
    dn.push(DnType::OrganizationName, "azure-sim");
    ca_params.distinguished_name = dn;
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    let ca_cert = ca_params
        .self_signed(&ca_key)
        .map_err(|e| err("CA certificate", &e))?;
    let issuer = Issuer::new(ca_params, ca_key);

    let server_key = KeyPair::generate().map_err(|e| err("server key", &e))?;
    let mut params =
        CertificateParams::new(vec!["localhost".to_string()]).map_err(|e| err("server", &e))?;
    params
        .subject_alt_names
        .push(SanType::IpAddress(std::net::IpAddr::V4(
            std::net::Ipv4Addr::LOCALHOST,
        )));
    let mut dn = DistinguishedName::new();
    dn.push(DnType::CommonName, "localhost");
    params.distinguished_name = dn;
    params.is_ca = IsCa::ExplicitNoCa;
    params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
    params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    // Strict verifiers (Python 3.13's VERIFY_X509_STRICT among them) want the authority key identifier.
    params.use_authority_key_identifier_extension = true;
    let server_cert = params
        .signed_by(&server_key, &issuer)
        .map_err(|e| err("server certificate", &e))?;

    let chain: Vec<CertificateDer<'static>> =
        vec![server_cert.der().clone(), ca_cert.der().clone()];
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(server_key.serialize_der()));
    let mut config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| err("TLS configuration", &e))?
    .with_no_client_auth()
    .with_single_cert(chain, key)
    .map_err(|e| err("TLS configuration", &e))?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Pki {
        ca_pem: ca_cert.pem(),
        server_config: Arc::new(config),
    })
}
