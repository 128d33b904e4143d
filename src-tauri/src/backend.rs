//! The shell's state: which Azure the app talks to, and the simulated one when practising.

use partner_link_core::{Cloud, Endpoints};

/// Set to `1` to start the app in practice mode, on the simulated Azure's demo scenario (`cargo xtask run --practice`).
pub const PRACTICE_ENV: &str = "PARTNER_LINK_PRACTICE";

/// What every command needs to reach Azure. Managed by Tauri; commands receive it as `State<Backend>`.
pub struct Backend {
    pub endpoints: Endpoints,
    /// The simulated Azure in practice mode. It serves on loopback for as long as it is held here, so it lives as
    /// long as the app.
    practice: Option<azure_sim::Simulator>,
}

impl Backend {
    /// The real Azure (public cloud) unless practice mode is asked for. Practice mode that cannot start (no free
    /// port, say) is reported on stderr and the app opens on the real cloud, with no practice badge, so the
    /// person is never misled into thinking a real action is a rehearsal or the other way round.
    pub async fn from_environment() -> Backend {
        if std::env::var(PRACTICE_ENV).is_ok_and(|v| v == "1") {
            match Backend::practice().await {
                Ok(backend) => return backend,
                Err(e) => eprintln!(
                    "partner-link: practice mode could not start the simulated Azure: {e}"
                ),
            }
        }
        Backend {
            endpoints: Endpoints::for_cloud(Cloud::AzurePublic),
            practice: None,
        }
    }

    /// Practice mode: the simulated Azure on the demo scenario, in this process, trusted through its own CA only.
    pub async fn practice() -> Result<Backend, String> {
        let sim =
            azure_sim::Simulator::start(azure_sim::SimConfig::new(azure_sim::Scenario::demo()))
                .await
                .map_err(|e| e.to_string())?;
        let endpoints = Endpoints::custom(
            Cloud::Practice,
            sim.login_url(),
            sim.resource_manager_url(),
            sim.graph_url(),
            Some(sim.ca_cert_pem().to_owned()),
        );
        Ok(Backend {
            endpoints,
            practice: Some(sim),
        })
    }

    pub fn is_practice(&self) -> bool {
        self.practice.is_some()
    }
}
