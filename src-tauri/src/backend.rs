//! The shell's state: the core's [`Assistant`] for the Azure the app talks to now (the simulated one when
//! practising), swapped whole when practice mode is started or left. Everything here is plumbing; what to do is
//! decided in `partner_link_core`.

use std::sync::Arc;

use partner_link_core::assistant::{Assistant, Folders, Options, ProgressSink};
use partner_link_core::{Cloud, Endpoints, Error, ErrorCode};

/// Set to `1` to start the app in practice mode, on the simulated Azure's demo scenario (`cargo xtask run --practice`).
pub const PRACTICE_ENV: &str = "PARTNER_LINK_PRACTICE";

/// A browser command to open sign-in pages with, instead of the system's default browser: partners often keep one
/// browser profile per customer. Run with the page's address as its only argument.
pub const BROWSER_ENV: &str = "PARTNER_LINK_BROWSER";

/// A failure practice mode can stage, to rehearse what the app says and what to do next.
#[derive(Clone, Copy, Debug, serde::Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum PracticeProblem {
    /// Resource Manager answers the next link with 429 Too Many Requests, every time the app tries.
    AzureBusy,
    /// The connection closes after Azure made the next link, before its answer arrives.
    ConnectionLost,
}

/// One Azure (real or practice) and the assistant that works on it.
pub struct Backend {
    pub assistant: Assistant,
    /// The simulated Azure in practice mode. It serves on loopback for as long as it is held here.
    practice: Option<azure_sim::Simulator>,
}

impl Backend {
    /// The Azure the environment names (the real public cloud unless told otherwise), or the simulated one in
    /// practice mode. Practice mode that cannot start (no free port, say) is reported on stderr and the app opens
    /// on the real cloud, with no practice badge, so the person is never misled into thinking a real action is a
    /// rehearsal or the other way round.
    pub async fn from_environment(folders: Folders) -> Backend {
        if std::env::var(PRACTICE_ENV).is_ok_and(|v| v == "1") {
            match Backend::practice(&folders).await {
                Ok(backend) => return backend,
                Err(e) => eprintln!(
                    "partner-link: practice mode could not start the simulated Azure: {e}"
                ),
            }
        }
        Backend::real(folders)
    }

    fn options() -> Options {
        Options::from_vars(|k| std::env::var(k).ok())
    }

    /// The Azure the environment names, the real public cloud unless told otherwise.
    pub fn real(folders: Folders) -> Backend {
        let endpoints = match Endpoints::from_vars(None, |k| std::env::var(k).ok()) {
            Ok(endpoints) => endpoints,
            Err(e) => {
                eprintln!("partner-link: {e}; using Azure (global)");
                Endpoints::for_cloud(Cloud::AzurePublic)
            }
        };
        Backend {
            assistant: Assistant::new(endpoints, folders, Backend::options()),
            practice: None,
        }
    }

    /// Practice mode: the simulated Azure on the demo scenario, in this process, trusted through its own CA only,
    /// with its own folders and keychain entries. Practice sign-ins are forgotten first: they were made on an
    /// earlier simulator, whose keys and tokens died with it, so practice always starts from the first step.
    pub async fn practice(folders: &Folders) -> Result<Backend, String> {
        let sim = azure_sim::Simulator::start(
            // The admin API has no authentication: practice mode drives its simulator through the Rust API
            // only, so no other local program can change practice state.
            azure_sim::SimConfig::new(azure_sim::Scenario::demo()).without_admin_api(),
        )
        .await
        .map_err(|e| e.to_string())?;
        let endpoints = Endpoints::custom(
            Cloud::Practice,
            sim.login_url(),
            sim.resource_manager_url(),
            sim.graph_url(),
            Some(sim.ca_cert_pem().to_owned()),
        );
        let folders = folders.fresh_practice();
        let options = Options {
            fixed_client_id: Some(azure_sim::demo::CLIENT_ID.to_owned()),
            browser_mirror: Some((sim.login_url().to_owned(), sim.browser_url().to_owned())),
            practice: true,
            ..Backend::options()
        };
        Ok(Backend {
            assistant: Assistant::new(endpoints, folders, options),
            practice: Some(sim),
        })
    }

    /// Makes the in-app simulator meet the next link (the PUT of a partner ID) with `problem`, so a person can
    /// rehearse what the app does when Azure is busy or the connection drops. Only in practice mode: there is no
    /// simulator to tell otherwise, and a real session must never pretend to fail.
    pub fn rehearse_problem(&self, problem: PracticeProblem) -> Result<(), Error> {
        let Some(sim) = &self.practice else {
            return Err(Error::new(
                ErrorCode::InvalidInput,
                "problems can be rehearsed in practice mode only",
            ));
        };
        let fault = azure_sim::FaultDef::partner_link_write(match problem {
            PracticeProblem::AzureBusy => azure_sim::FaultKind::Status,
            PracticeProblem::ConnectionLost => azure_sim::FaultKind::DropAfter,
        });
        let fault = match problem {
            // Every attempt of the next link (as many as the client's retry policy makes), so the person sees
            // "Azure is busy"; linking again then works.
            PracticeProblem::AzureBusy => fault
                .status(429)
                .retry_after(1)
                .times(partner_link_core::arm::RetryPolicy::default().max_attempts),
            // Azure applies the link and the answer is lost: the app reads the link back and says so.
            PracticeProblem::ConnectionLost => fault.times(1),
        };
        sim.add_fault(fault)
            .map(|_| ())
            .map_err(|e| Error::new(ErrorCode::Internal, e))
    }
}

/// The person's browser and file viewer, as the desktop offers them (Tauri's opener plugin on the real
/// runtime); commands open pages through it and never hold the app handle themselves.
pub trait Browser: Send + Sync {
    fn open_url(&self, url: &str) -> Result<(), Error>;
    fn open_file(&self, path: &std::path::Path) -> Result<(), Error>;
}

/// The backend the commands use, behind one switch: the person can start practice mode from the first screen,
/// and leave it, without restarting the app (a restart would also lose the window the person is looking at).
/// Managed by Tauri; commands receive it as `State<Shell>` and work on `shell.backend()`, so a command already
/// running finishes on the backend it started with.
pub struct Shell {
    current: std::sync::RwLock<Arc<Backend>>,
    /// The folders as the platform names them, before practice mode's own subfolders.
    folders: Folders,
    /// Where every backend's assistant pushes progress (to the window, as events).
    progress: ProgressSink,
    browser: Arc<dyn Browser>,
}

impl Shell {
    pub fn new(
        folders: Folders,
        backend: Backend,
        progress: ProgressSink,
        browser: Arc<dyn Browser>,
    ) -> Shell {
        backend.assistant.set_progress_sink(progress.clone());
        Shell {
            current: std::sync::RwLock::new(Arc::new(backend)),
            folders,
            progress,
            browser,
        }
    }

    /// Opens a page in the person's browser: the program `PARTNER_LINK_BROWSER` names (a browser profile per
    /// customer, say), or the system's default browser.
    pub fn open_url(&self, url: &str) -> Result<(), Error> {
        if let Some(browser) = std::env::var_os(BROWSER_ENV).filter(|b| !b.is_empty()) {
            return std::process::Command::new(&browser)
                .arg(url)
                .spawn()
                .map(drop)
                .map_err(|e| {
                    Error::new(
                        ErrorCode::Internal,
                        format!("could not start the browser {browser:?} ({BROWSER_ENV}): {e}; open {url} by hand"),
                    )
                });
        }
        self.browser.open_url(url)
    }

    /// Opens a saved file (a proof's printable page) with the system's viewer.
    pub fn open_file(&self, path: &std::path::Path) -> Result<(), Error> {
        self.browser.open_file(path)
    }

    /// The backend now.
    pub fn backend(&self) -> Arc<Backend> {
        self.current
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Starts practice mode on a fresh demo scenario (each practice starts over), or leaves it for the Azure the
    /// environment names. A sign-in waiting in the browser is cancelled: it belongs to the other Azure.
    pub async fn set_practice(&self, on: bool) -> Result<Arc<Backend>, Error> {
        let next = if on {
            Backend::practice(&self.folders)
                .await
                .map_err(|e| Error::new(ErrorCode::Internal, e))?
        } else {
            Backend::real(self.folders.clone())
        };
        next.assistant.set_progress_sink(self.progress.clone());
        let next = Arc::new(next);
        let previous = std::mem::replace(
            &mut *self.current.write().unwrap_or_else(|p| p.into_inner()),
            next.clone(),
        );
        previous.assistant.cancel_sign_in();
        Ok(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The simulator inside the app has no admin API: any local program could otherwise change practice state
    /// (the links, the sign-ins) through it, unauthenticated. Problems are still rehearsed, through the Rust API.
    #[tokio::test]
    async fn practice_mode_runs_its_simulator_without_the_admin_api() {
        let dir = std::env::temp_dir().join(format!("pla-practice-{}", std::process::id()));
        let folders = Folders {
            config: dir.join("config"),
            data: dir.join("data"),
            proofs: dir.join("proofs"),
        };
        let backend = Backend::practice(&folders).await.unwrap();
        let sim = backend
            .practice
            .as_ref()
            .expect("a simulator in practice mode");
        assert!(!sim.has_admin_api());
        assert_eq!(sim.listening_ports().len(), 4);
        backend
            .rehearse_problem(PracticeProblem::AzureBusy)
            .unwrap();
        assert_eq!(sim.pending_faults(), 1);
        let _ = std::fs::remove_dir_all(dir);
    }
}
