//! A simulated Azure: Entra ID and Azure Resource Manager over HTTPS on loopback.
