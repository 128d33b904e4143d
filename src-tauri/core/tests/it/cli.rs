//! The command line in-process against the simulator: each subcommand, human and JSON output, exit codes.

use std::collections::HashMap;
use std::io::Cursor;

use azure_sim::{demo, FaultDef, FaultKind, Scenario, Service, SimConfig, Simulator};
use partner_link_core::cli::{self, CliEnv};
use serde_json::Value;

struct Sim {
    sim: Simulator,
    dir: tempfile::TempDir,
    // Serves the simulator while the command line runs its own runtime on the test's thread.
    _rt: tokio::runtime::Runtime,
}

fn start() -> Sim {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let sim = rt
        .block_on(Simulator::start(SimConfig::new(Scenario::demo())))
        .unwrap();
    Sim {
        sim,
        dir: tempfile::tempdir().unwrap(),
        _rt: rt,
    }
}

impl Sim {
    fn env(&self, stdin: &str, interactive: bool) -> CliEnv {
        let mut vars = HashMap::new();
        vars.insert(
            "PARTNER_LINK_LOGIN_URL".into(),
            self.sim.login_url().to_owned(),
        );
        vars.insert(
            "PARTNER_LINK_ARM_URL".into(),
            self.sim.resource_manager_url().to_owned(),
        );
        vars.insert(
            "PARTNER_LINK_CA_FILE".into(),
            self.sim.ca_cert_path().display().to_string(),
        );
        vars.insert(
            "PARTNER_LINK_CLIENT_SECRET".into(),
            demo::AUTOMATION_SECRET.into(),
        );
        vars.insert(
            "PARTNER_LINK_ACTIVITY_LOG".into(),
            self.dir.path().join("activity.jsonl").display().to_string(),
        );
        vars.insert(
            "PARTNER_LINK_BULK_JOURNAL".into(),
            self.dir.path().join("bulk.jsonl").display().to_string(),
        );
        // The app's folders and keychain entries of this test only, never the person's own.
        vars.insert(
            "PARTNER_LINK_DATA_DIR".into(),
            self.dir.path().join("data").display().to_string(),
        );
        vars.insert(
            "PARTNER_LINK_KEYCHAIN_SERVICE".into(),
            format!(
                "Partner Link Assistant cli test {}",
                self.dir.path().display()
            ),
        );
        CliEnv {
            vars,
            interactive,
            stdin: Box::new(Cursor::new(stdin.as_bytes().to_vec())),
        }
    }

    fn run_env(&self, args: &[&str], env: CliEnv) -> (i32, String, String) {
        let mut argv = vec!["partner-link".to_owned()];
        argv.extend(args.iter().map(|a| (*a).to_owned()));
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = cli::run_with(&argv, env, &mut out, &mut err);
        (
            code,
            String::from_utf8(out).unwrap(),
            String::from_utf8(err).unwrap(),
        )
    }

    /// Runs `partner-link <args> --client-id <automation>` without a terminal.
    fn run(&self, args: &[&str]) -> (i32, String, String) {
        let mut a = args.to_vec();
        a.extend(["--client-id", demo::AUTOMATION_CLIENT_ID]);
        self.run_env(&a, self.env("", false))
    }

    fn sp_link(&self, tenant: &str) -> Option<azure_sim::PartnerLink> {
        self.sim
            .link_of(tenant, &demo::automation_sp_in(tenant))
            .filter(|l| l.state == "Active")
    }

    fn writes(&self) -> usize {
        self.sim
            .requests()
            .iter()
            .filter(|r| r.service == "arm" && r.method != "GET")
            .count()
    }
}

fn json(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {s}"))
}

const T: &str = demo::FABRIKAM_EA;

#[test]
fn status_in_text_and_json() {
    let s = start();
    let (code, out, err) = s.run(&["status", "--tenant", T]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Fabrikam"), "{out}");
    assert!(out.contains("Partner ID: not linked"), "{out}");
    assert!(
        out.contains(
            "offer: Enterprise Agreement; role: Contributor; recognition: yes; incentives: yes"
        ),
        "{out}"
    );

    let (code, out, _) = s.run(&["status", "--tenant", T, "--json"]);
    assert_eq!(code, 0);
    let v = json(&out);
    assert_eq!(v["ok"], true);
    assert_eq!(v["link"], Value::Null);
    assert_eq!(v["identity"]["objectId"], demo::automation_sp_in(T));
    assert_eq!(
        v["access"]["subscriptions"][0]["offer"],
        "enterpriseAgreement"
    );
    assert_eq!(s.writes(), 0, "status only reads");
}

#[test]
fn link_in_text_with_a_pasted_id_and_a_proof() {
    let s = start();
    let proofs = s.dir.path().join("proofs");
    let (code, out, err) = s.run(&[
        "link",
        "--tenant",
        "fabrikam.onmicrosoft.com",
        "--partner-id",
        "MPN ID: 1 234 567",
        "--proof-dir",
        proofs.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("Linked: 1234567 — Contoso Partner Ltd."),
        "{out}"
    );
    assert!(out.contains("Microsoft request ID: "), "{out}");
    assert_eq!(s.sp_link(T).unwrap().partner_id, "1234567");
    let files: Vec<_> = std::fs::read_dir(&proofs)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 2);
    let html = files
        .iter()
        .find(|p| p.extension().unwrap() == "html")
        .unwrap();
    assert!(std::fs::read_to_string(html)
        .unwrap()
        .contains("Contoso Partner Ltd"));
    // The activity log got the link, without the secret.
    let log = std::fs::read_to_string(s.dir.path().join("activity.jsonl")).unwrap();
    assert_eq!(log.lines().count(), 1);
    assert!(!log.contains(demo::AUTOMATION_SECRET));

    // Again: nothing to do, still success, no second write.
    let (code, out, _) = s.run(&["link", "--tenant", T, "--partner-id", "1234567"]);
    assert_eq!(code, 0);
    assert!(out.contains("Already linked"), "{out}");
    assert_eq!(s.writes(), 1);
}

#[test]
fn link_in_json() {
    let s = start();
    let (code, out, err) = s.run(&["link", "--tenant", T, "--partner-id", "1234567", "--json"]);
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    assert_eq!(v["ok"], true);
    assert_eq!(v["outcome"]["link"]["partnerName"], "Contoso Partner Ltd");
    assert_eq!(v["outcome"]["plan"]["kind"], "create");
    let put = s
        .sim
        .requests()
        .into_iter()
        .find(|r| r.method == "PUT")
        .unwrap();
    assert_eq!(v["outcome"]["requestId"], put.request_id);
    assert!(s.sp_link(T).is_some());
}

#[test]
fn link_over_another_partners_id_is_refused_with_exit_1() {
    let s = start();
    assert_eq!(
        s.run(&["link", "--tenant", T, "--partner-id", "7654321"]).0,
        0
    );
    let (code, out, err) = s.run(&["link", "--tenant", T, "--partner-id", "1234567", "--json"]);
    assert_eq!(code, 1, "{err}");
    let v = json(&out);
    assert_eq!(v["error"]["code"], "linkConflict");
    assert!(err.contains("partner-link change"), "{err}");
    assert_eq!(s.sp_link(T).unwrap().partner_id, "7654321");
    assert_eq!(s.writes(), 1);
}

#[test]
fn change_needs_yes_without_a_terminal() {
    let s = start();
    assert_eq!(
        s.run(&["link", "--tenant", T, "--partner-id", "7654321"]).0,
        0
    );
    let (code, out, err) = s.run(&["change", "--tenant", T, "--partner-id", "1234567"]);
    assert_eq!(code, 2, "{out}");
    assert!(err.contains("--yes") && err.contains("7654321"), "{err}");
    assert_eq!(s.sp_link(T).unwrap().partner_id, "7654321");
    assert_eq!(s.writes(), 1);

    let (code, out, err) = s.run(&["change", "--tenant", T, "--partner-id", "1234567", "--yes"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("Linked: 1234567 — Contoso Partner Ltd."),
        "{out}"
    );
    assert_eq!(s.sp_link(T).unwrap().partner_id, "1234567");
    let patches = s
        .sim
        .requests()
        .iter()
        .filter(|r| r.method == "PATCH")
        .count();
    assert_eq!(patches, 1);
}

#[test]
fn change_asks_a_person_at_a_terminal() {
    let s = start();
    assert_eq!(
        s.run(&["link", "--tenant", T, "--partner-id", "7654321"]).0,
        0
    );
    let args = [
        "change",
        "--tenant",
        T,
        "--partner-id",
        "2345678",
        "--client-id",
        demo::AUTOMATION_CLIENT_ID,
    ];
    let (code, _, err) = s.run_env(&args, s.env("n\n", true));
    assert_eq!(code, 2);
    assert!(err.contains("Proceed? [y/N]"), "{err}");
    assert_eq!(s.sp_link(T).unwrap().partner_id, "7654321");
    let (code, out, _) = s.run_env(&args, s.env("y\n", true));
    assert_eq!(code, 0);
    assert!(
        out.contains("Change the linked partner ID from 7654321"),
        "{out}"
    );
    assert_eq!(s.sp_link(T).unwrap().partner_name, "Trey Research");
}

#[test]
fn unlink_needs_yes_and_then_removes() {
    let s = start();
    assert_eq!(
        s.run(&["link", "--tenant", T, "--partner-id", "1234567"]).0,
        0
    );
    let (code, out, _) = s.run(&["unlink", "--tenant", T, "--json"]);
    assert_eq!(code, 2);
    assert_eq!(json(&out)["error"]["code"], "confirmationRequired");
    assert!(s.sp_link(T).is_some());
    let (code, out, err) = s.run(&["unlink", "--tenant", T, "--yes"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("Removed the link to partner ID 1234567."),
        "{out}"
    );
    assert!(s.sp_link(T).is_none());
    let (code, out, _) = s.run(&["unlink", "--tenant", T, "--yes", "--json"]);
    assert_eq!(code, 0);
    assert_eq!(json(&out)["outcome"]["plan"]["kind"], "nothingLinked");
    assert_eq!(s.writes(), 2);
}

#[test]
fn an_invalid_partner_id_exits_2_before_any_request() {
    let s = start();
    let (code, out, err) = s.run(&["link", "--tenant", T, "--partner-id", "Contoso", "--json"]);
    assert_eq!(code, 2);
    assert_eq!(json(&out)["error"]["code"], "invalidPartnerId");
    assert!(err.contains("Partner Center"), "{err}");
    assert!(s.sim.requests().is_empty());
}

#[test]
fn sign_in_problems_exit_3() {
    let s = start();
    let mut env = s.env("", false);
    env.vars.remove("PARTNER_LINK_CLIENT_SECRET");
    let (code, _, err) = s.run_env(
        &[
            "status",
            "--tenant",
            T,
            "--client-id",
            demo::AUTOMATION_CLIENT_ID,
        ],
        env,
    );
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("PARTNER_LINK_CLIENT_SECRET"));

    let mut env = s.env("", false);
    env.vars
        .insert("PARTNER_LINK_CLIENT_SECRET".into(), "wrong-secret".into());
    let (code, out, err) = s.run_env(
        &[
            "status",
            "--tenant",
            T,
            "--client-id",
            demo::AUTOMATION_CLIENT_ID,
            "--json",
        ],
        env,
    );
    assert_eq!(code, 3, "{err}");
    assert_eq!(json(&out)["error"]["code"], "clientCredentialsRejected");
    assert!(!out.contains("wrong-secret") && !err.contains("wrong-secret"));

    let (code, _, _) = s.run_env(&["status", "--tenant", T], s.env("", false));
    assert_eq!(code, 3, "no client ID");
}

#[test]
fn azure_failures_exit_1() {
    let s = start();
    s.sim
        .add_fault(
            FaultDef::new(FaultKind::Status)
                .service(Service::Arm)
                .path_contains("/partners")
                .status(503)
                .retry_after(0),
        )
        .unwrap();
    let (code, out, err) = s.run(&["status", "--tenant", T, "--json", "--no-review"]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(json(&out)["error"]["code"], "azureUnavailable");
}

#[test]
fn usage_errors_exit_2_and_help_exits_0() {
    let s = start();
    assert_eq!(s.run_env(&[], s.env("", false)).0, 2);
    assert_eq!(
        s.run_env(&["link", "--partner-id", "1234567"], s.env("", false))
            .0,
        2,
        "no --tenant"
    );
    assert_eq!(s.run_env(&["frobnicate"], s.env("", false)).0, 2);
    assert_eq!(
        s.run(&["status", "--tenant", "../common"]).0,
        2,
        "a tenant that is no GUID or domain"
    );
    let (code, out, _) = s.run_env(&["--help"], s.env("", false));
    assert_eq!(code, 0);
    assert!(out.contains("Exit codes"), "{out}");
    // The process-environment entry point behaves the same for usage errors.
    let (mut o, mut e) = (Vec::new(), Vec::new());
    assert_eq!(
        cli::run(&["partner-link".into(), "status".into()], &mut o, &mut e),
        2
    );
}

/// The automation app reaches three directories of the demo: its home, Fabrikam and Northwind.
const AUTOMATION_REACHES: [&str; 3] = [demo::HOME, demo::FABRIKAM_EA, demo::NORTHWIND_PAYG];

#[test]
fn status_all_lists_every_directory_the_identity_reaches() {
    let s = start();
    let (code, out, err) = s.run(&["status", "--all", "--tenant", demo::HOME, "--json"]);
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    let dirs = v["overview"]["directories"]
        .as_array()
        .expect("directories");
    let mut ids: Vec<&str> = dirs
        .iter()
        .map(|d| d["target"]["tenantId"].as_str().unwrap())
        .collect();
    ids.sort();
    let mut want = AUTOMATION_REACHES.to_vec();
    want.sort();
    assert_eq!(ids, want);
    assert!(dirs.iter().all(|d| d["link"].is_null()));

    let (code, out, _) = s.run(&["status", "--all", "--tenant", demo::HOME]);
    assert_eq!(code, 0);
    assert!(out.starts_with("Linked in 0 of 3 directories"), "{out}");
}

#[test]
fn link_all_unlinked_links_each_once_and_resumes_an_interrupted_run() {
    let s = start();
    // An interrupted run, as a crash leaves it: the journal names three directories, one is done.
    let journal = s.dir.path().join("bulk.jsonl");
    let targets: Vec<Value> = AUTOMATION_REACHES
        .iter()
        .map(|t| serde_json::json!({"tenantId": t, "name": t, "defaultDomain": null, "accountId": "cli", "accountName": "cli"}))
        .collect();
    let lines = [
        serde_json::json!({"type": "run", "runId": "r1", "partnerId": demo::PARTNER_ID, "startedAt": "2026-12-01T00:00:00Z", "targets": targets}),
        serde_json::json!({"type": "result", "runId": "r1", "result": {"tenantId": demo::HOME, "outcome": {"kind": "alreadyLinked"}, "finishedAt": "2026-12-01T00:00:01Z"}}),
    ];
    std::fs::write(
        &journal,
        lines.iter().map(|l| format!("{l}\n")).collect::<String>(),
    )
    .unwrap();
    let (code, out, err) = s.run(&[
        "link",
        "--all-unlinked",
        "--tenant",
        demo::HOME,
        "--partner-id",
        demo::PARTNER_ID,
    ]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(err.contains("resuming the interrupted run of r1"), "{err}");
    assert!(out.contains("Linked 2, already linked 1"), "{out}");
    // The journal's "done" directory was not touched; the other two were linked.
    assert!(s.sp_link(demo::HOME).is_none());
    assert!(s.sp_link(demo::FABRIKAM_EA).is_some());
    assert!(s.sp_link(demo::NORTHWIND_PAYG).is_some());

    // A new run starts from the directory list: Home gets its link; the others are already linked.
    let (code, out, err) = s.run(&[
        "link",
        "--all-unlinked",
        "--tenant",
        demo::HOME,
        "--partner-id",
        demo::PARTNER_ID,
        "--json",
    ]);
    assert_eq!(code, 0, "{err}");
    let results = json(&out)["summary"]["results"].as_array().unwrap().clone();
    assert_eq!(results.len(), 3);
    let kinds: Vec<&str> = results
        .iter()
        .map(|r| r["outcome"]["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds.iter().filter(|k| **k == "linked").count(),
        1,
        "{kinds:?}"
    );
    assert_eq!(kinds.iter().filter(|k| **k == "alreadyLinked").count(), 2);
    let puts = s
        .sim
        .requests()
        .iter()
        .filter(|r| r.method == "PUT" && r.path.contains("/partners/"))
        .count();
    assert_eq!(puts, 3, "one write per directory over both runs");

    let (code, _, err) = s.run(&[
        "change",
        "--all-unlinked",
        "--tenant",
        demo::HOME,
        "--partner-id",
        "7654321",
    ]);
    assert_eq!(code, 2, "{err}");
}

/// The command line signs in with a certificate credential (a PEM file with its key) as well as a secret.
#[test]
fn a_certificate_credential_signs_the_command_line_in() {
    let s = start();
    let cert = demo::automation_certificate().unwrap();
    let path = s.dir.path().join("automation.pem");
    std::fs::write(&path, cert.pem()).unwrap();
    let mut env = s.env("", false);
    env.vars.remove("PARTNER_LINK_CLIENT_SECRET");
    env.vars.insert(
        "PARTNER_LINK_CLIENT_CERTIFICATE".into(),
        path.display().to_string(),
    );
    let (code, out, err) = s.run_env(
        &[
            "status",
            "--tenant",
            T,
            "--client-id",
            demo::AUTOMATION_CLIENT_ID,
            "--json",
            "--no-review",
        ],
        env,
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["identity"]["isServicePrincipal"], true);
    let assertion_posts = s
        .sim
        .requests()
        .iter()
        .filter(|r| r.service == "login" && r.path.ends_with("/oauth2/v2.0/token"))
        .count();
    assert!(assertion_posts >= 1);

    // A certificate the app registration does not hold is refused as a credential, with the sign-in exit code.
    let stranger = azure_sim::generate_certificate("Someone else").unwrap();
    std::fs::write(&path, stranger.pem()).unwrap();
    let mut env = s.env("", false);
    env.vars.remove("PARTNER_LINK_CLIENT_SECRET");
    env.vars.insert(
        "PARTNER_LINK_CLIENT_CERTIFICATE".into(),
        path.display().to_string(),
    );
    let (code, out, err) = s.run_env(
        &[
            "status",
            "--tenant",
            T,
            "--client-id",
            demo::AUTOMATION_CLIENT_ID,
            "--json",
        ],
        env,
    );
    assert_eq!(code, 3, "{err}");
    assert_eq!(json(&out)["error"]["code"], "clientCredentialsRejected");
    assert!(
        !out.contains("PRIVATE KEY") && !err.contains("PRIVATE KEY"),
        "the key never reaches the output"
    );
}

/// One service-principal sign-in serves the app and the command line: the same failure gives the same error
/// code in both, for a wrong secret, a directory where the app was never approved and a directory
/// that does not exist.
#[test]
fn the_app_and_the_command_line_sign_a_service_principal_in_alike() {
    use partner_link_core::auth::service_principal::ClientCredential;
    use partner_link_core::auth::{AuthClient, Persistence};
    use partner_link_core::ids::TenantId;
    use partner_link_core::Sensitive;
    let s = start();
    let endpoints = crate::common::endpoints_of(&s.sim);
    let cases = [
        (
            demo::FABRIKAM_EA,
            "wrong-secret",
            "clientCredentialsRejected",
            3,
        ),
        (
            demo::PROSEWARE_READER,
            demo::AUTOMATION_SECRET,
            "appNotInDirectory",
            1,
        ),
        (
            "nowhere.onmicrosoft.com",
            demo::AUTOMATION_SECRET,
            "directoryNotFound",
            2,
        ),
    ];
    for (tenant, secret, expected, exit) in cases {
        let app = s._rt.block_on(async {
            let auth = AuthClient::without_sign_in_app(endpoints.clone(), Persistence::SessionOnly)
                .unwrap();
            auth.sign_in_service_principal(
                &TenantId::parse(tenant).unwrap(),
                demo::AUTOMATION_CLIENT_ID,
                ClientCredential::Secret(Sensitive::new(secret.to_owned())),
            )
            .await
            .unwrap_err()
        });
        let mut env = s.env("", false);
        env.vars
            .insert("PARTNER_LINK_CLIENT_SECRET".into(), secret.into());
        let (code, out, _) = s.run_env(
            &[
                "status",
                "--tenant",
                tenant,
                "--client-id",
                demo::AUTOMATION_CLIENT_ID,
                "--json",
            ],
            env,
        );
        let cli_code = json(&out)["error"]["code"]
            .as_str()
            .unwrap_or("")
            .to_owned();
        assert_eq!(
            serde_json::to_value(app.code).unwrap(),
            expected,
            "the app, {tenant}: {}",
            app.message
        );
        assert_eq!(cli_code, expected, "the command line, {tenant}: {out}");
        assert_eq!(code, exit, "exit code, {tenant}");
    }
}

/// Standard error that approves the device code it is shown, as the person would at the device page.
struct ApproveShownCode<'a> {
    sim: &'a Simulator,
    seen: Vec<u8>,
}

impl std::io::Write for ApproveShownCode<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.seen.extend_from_slice(buf);
        let text = String::from_utf8_lossy(&self.seen).into_owned();
        if let Some(rest) = text.split("enter the code ").nth(1) {
            if let Some(code) = rest.split_whitespace().next() {
                let _ = self.sim.approve_device_code(
                    code,
                    &azure_sim::SignIn::new(demo::PARTNER_USER, demo::PASSWORD)
                        .with_mfa(demo::MFA_CODE),
                );
                self.seen.clear();
            }
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The command line signs in as the app does, with a device code on the terminal, into the same
/// sealed cache in the same keychain; the account then serves `status` without any secret, and is the app's too.
#[test]
fn the_command_line_signs_in_as_the_app_does_and_shares_its_sign_in() {
    let mut scenario = Scenario::demo();
    scenario.settings.device_code_interval_secs = 1;
    let rt = tokio::runtime::Runtime::new().unwrap();
    let sim = rt
        .block_on(Simulator::start(SimConfig::new(scenario)))
        .unwrap();
    let s = Sim {
        sim,
        dir: tempfile::tempdir().unwrap(),
        _rt: rt,
    };
    let people = || {
        let mut env = s.env("", false);
        env.vars.remove("PARTNER_LINK_CLIENT_SECRET");
        env.vars
            .insert("PARTNER_LINK_CLIENT_ID".into(), demo::CLIENT_ID.into());
        env
    };
    let run = |args: &[&str]| {
        let mut argv = vec!["partner-link".to_owned()];
        argv.extend(args.iter().map(|a| (*a).to_owned()));
        let (mut out, mut err) = (
            Vec::new(),
            ApproveShownCode {
                sim: &s.sim,
                seen: Vec::new(),
            },
        );
        let code = cli::run_with(&argv, people(), &mut out, &mut err);
        (code, String::from_utf8(out).unwrap())
    };
    // Nobody is signed in yet: the sign-in exit code, and what to do.
    let (code, out) = run(&["status", "--tenant", T, "--json"]);
    assert_eq!(code, 3, "{out}");
    assert!(json(&out)["error"]["message"]
        .as_str()
        .unwrap()
        .contains("partner-link sign-in"));

    let (code, out) = run(&["sign-in", "--json"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(json(&out)["account"]["username"], demo::PARTNER_USER);

    let (code, out) = run(&["accounts", "--json"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(json(&out)["accounts"].as_array().unwrap().len(), 1);

    // The one signed-in account serves `status`, in a customer directory, silently.
    let (code, out) = run(&[
        "status",
        "--tenant",
        demo::NORTHWIND_PAYG,
        "--json",
        "--no-review",
    ]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(json(&out)["identity"]["displayName"], demo::PARTNER_USER);

    // The app opening the same folders and keychain finds the same account.
    let assistant = partner_link_core::assistant::Assistant::new(
        crate::common::endpoints_of(&s.sim),
        partner_link_core::assistant::Folders::from_vars(|k| people().vars.get(k).cloned())
            .unwrap(),
        partner_link_core::assistant::Options {
            keychain_service: people().vars.get("PARTNER_LINK_KEYCHAIN_SERVICE").cloned(),
            client_id_from_env: Some(demo::CLIENT_ID.into()),
            ..Default::default()
        },
    );
    let status = s._rt.block_on(assistant.sign_in_status());
    assert_eq!(status.accounts.len(), 1);
    assert_eq!(status.accounts[0].username, demo::PARTNER_USER);
    drop(assistant);

    let (code, out) = run(&["sign-out", "--account", demo::PARTNER_USER, "--json"]);
    assert_eq!(code, 0, "{out}");
    let (code, out) = run(&["accounts", "--json"]);
    assert_eq!(code, 0, "{out}");
    assert!(json(&out)["accounts"].as_array().unwrap().is_empty());
}

/// One decision, two fronts: for the same signed-in account, the app's overview of every directory and the
/// command line's `status --all` give each directory the same blocker, the same best role and the same marks.
#[test]
fn the_app_and_the_command_line_see_every_directory_alike() {
    let mut scenario = Scenario::demo();
    scenario.settings.device_code_interval_secs = 1;
    let rt = tokio::runtime::Runtime::new().unwrap();
    let sim = rt
        .block_on(Simulator::start(SimConfig::new(scenario)))
        .unwrap();
    let s = Sim {
        sim,
        dir: tempfile::tempdir().unwrap(),
        _rt: rt,
    };
    let people = || {
        let mut env = s.env("", false);
        env.vars.remove("PARTNER_LINK_CLIENT_SECRET");
        env.vars
            .insert("PARTNER_LINK_CLIENT_ID".into(), demo::CLIENT_ID.into());
        env
    };
    let mut err = ApproveShownCode {
        sim: &s.sim,
        seen: Vec::new(),
    };
    let mut out = Vec::new();
    let argv = |args: &[&str]| {
        std::iter::once("partner-link")
            .chain(args.iter().copied())
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        cli::run_with(&argv(&["sign-in"]), people(), &mut out, &mut err),
        0
    );

    // The app's overview, through the same Assistant methods the window calls.
    let assistant = partner_link_core::assistant::Assistant::new(
        crate::common::endpoints_of(&s.sim),
        partner_link_core::assistant::Folders::from_vars(|k| people().vars.get(k).cloned())
            .unwrap(),
        partner_link_core::assistant::Options {
            keychain_service: people().vars.get("PARTNER_LINK_KEYCHAIN_SERVICE").cloned(),
            client_id_from_env: Some(demo::CLIENT_ID.into()),
            ..Default::default()
        },
    );
    let app = s._rt.block_on(async {
        assistant.refresh_overview().await.unwrap();
        loop {
            let o = assistant.overview_status();
            if !o.running && o.generated_at.is_some() {
                return o;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    });

    let mut out = Vec::new();
    let code = cli::run_with(
        &argv(&["status", "--all", "--json"]),
        people(),
        &mut out,
        &mut Vec::new(),
    );
    assert_eq!(code, 0);
    let cli_view = json(&String::from_utf8(out).unwrap());
    let cli_dirs = cli_view["overview"]["directories"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(cli_dirs.len(), app.directories.len());
    assert!(app.directories.len() >= 9, "every directory Alex reaches");
    let mut blocked = 0;
    for d in &app.directories {
        let c = cli_dirs
            .iter()
            .find(|c| c["target"]["tenantId"] == d.target.tenant_id.as_str())
            .unwrap_or_else(|| panic!("{} missing from the command line", d.target.tenant_id));
        let app_json = serde_json::to_value(d).unwrap();
        for field in [
            "problem",
            "canLink",
            "bestRole",
            "earnsRecognition",
            "earnsIncentives",
            "subscriptions",
        ] {
            assert_eq!(app_json[field], c[field], "{field} of {}", d.target.name);
        }
        blocked += usize::from(d.problem.is_some());
    }
    assert!(
        blocked >= 3,
        "the demo's blocked directories (MFA, consent, CA, no role) are compared too"
    );

    // One directory at a time: the directory screen's opening and `status --tenant` give the same blocker, or
    // stop on the same error code.
    let mut stopped = 0;
    for d in &app.directories {
        let opening = s
            ._rt
            .block_on(assistant.open_directory(&d.target.account_id, &d.target.tenant_id))
            .unwrap();
        let mut out = Vec::new();
        let code = cli::run_with(
            &argv(&["status", "--tenant", &d.target.tenant_id, "--json"]),
            people(),
            &mut out,
            &mut Vec::new(),
        );
        let c = json(&String::from_utf8(out).unwrap());
        match opening {
            partner_link_core::directory::DirectoryOpening::Ready { view } => {
                assert_eq!(code, 0, "{}: {c}", d.target.name);
                assert_eq!(
                    c["blocker"],
                    serde_json::to_value(view.blocker).unwrap(),
                    "{}",
                    d.target.name
                );
                assert_eq!(
                    c["link"],
                    serde_json::to_value(&view.link).unwrap(),
                    "{}",
                    d.target.name
                );
            }
            partner_link_core::directory::DirectoryOpening::Blocked { error, .. } => {
                stopped += 1;
                assert_eq!(code, cli::exit_code(error.code), "{}", d.target.name);
                assert_eq!(
                    c["error"]["code"],
                    serde_json::to_value(error.code).unwrap(),
                    "{}",
                    d.target.name
                );
            }
        }
    }
    assert!(
        stopped >= 2,
        "directories that stop the opening are compared too"
    );
}
