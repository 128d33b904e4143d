//! `azure-sim`: starts the simulated Azure on free loopback ports and prints one JSON line with its base URLs
//! and the CA certificate's path. Logs go to stderr. It runs until SIGINT or SIGTERM.

use azure_sim::{Scenario, SimConfig, Simulator};
use std::io::Write;
use std::path::PathBuf;

const USAGE: &str = "usage: azure-sim [--scenario demo|generated:N|PATH.toml|PATH.json] [--ca-out PATH] [--ports LOGIN,ARM,GRAPH,ADMIN]
  Starts the simulated Azure and prints one JSON line on stdout once it accepts connections:
  {\"login\":…,\"resourceManager\":…,\"graph\":…,\"admin\":…,\"caCert\":…}
  Runs until SIGINT or SIGTERM. RUST_LOG controls the request log on stderr (default: info).";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut scenario = "demo".to_string();
    let mut ca_out: Option<PathBuf> = None;
    let mut ports = None;
    let mut i = 0;
    while i < args.len() {
        let value = args.get(i + 1).cloned();
        match (args[i].as_str(), value) {
            ("--scenario", Some(v)) => scenario = v,
            ("--ca-out", Some(v)) => ca_out = Some(PathBuf::from(v)),
            ("--ports", Some(v)) => {
                let parsed: Vec<u16> = v.split(',').filter_map(|p| p.trim().parse().ok()).collect();
                match <[u16; 4]>::try_from(parsed) {
                    Ok(p) => ports = Some(p),
                    Err(_) => fail("--ports needs four comma-separated port numbers"),
                }
            }
            ("-h" | "--help", _) => {
                println!("{USAGE}");
                return;
            }
            (other, _) => fail(&format!("unexpected argument '{other}'\n{USAGE}")),
        }
        i += 2;
    }
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .init();
    let scenario = match scenario.as_str() {
        "demo" => Scenario::demo(),
        s if s.starts_with("generated:") => match s["generated:".len()..].parse::<usize>() {
            Ok(n) if n <= 10_000 => Scenario::generated(n),
            _ => fail("generated:N needs N between 0 and 10000"),
        },
        path => Scenario::from_file(path).unwrap_or_else(|e| fail(&e.to_string())),
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap_or_else(|e| fail(&format!("cannot start the runtime: {e}")));
    runtime.block_on(async move {
        let mut config = SimConfig::new(scenario);
        config.ca_out = ca_out;
        config.ports = ports;
        let sim = Simulator::start(config)
            .await
            .unwrap_or_else(|e| fail(&e.to_string()));
        let line = sim.endpoints_json();
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "{line}");
        let _ = out.flush();
        drop(out);
        tracing::info!("azure-sim listening: {line}");
        wait_for_signal().await;
        tracing::info!("azure-sim stopping");
        sim.shutdown().await;
    });
}

async fn wait_for_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

fn fail(message: &str) -> ! {
    eprintln!("azure-sim: {message}");
    std::process::exit(2);
}
