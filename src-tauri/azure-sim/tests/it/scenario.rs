//! The scenario format: the demo, the generator, and errors that name the line or the field.

use azure_sim::{demo, Scenario, ScenarioError};

#[test]
fn the_demo_scenario_holds_every_situation_of_the_wizard() {
    let s = Scenario::demo();
    assert_eq!(s.tenants.len(), 11);
    assert_eq!(demo::CUSTOMERS.len(), 10);
    let t = |id: &str| s.tenants.iter().find(|t| t.id == id).unwrap();
    assert!(t(demo::ADATUM_MFA).require_mfa);
    assert!(t(demo::LITWARE_CA_BLOCK).block_conditional_access);
    assert!(
        t(demo::LUCERNE_NO_CONSENT).consented_apps.is_empty()
            && !t(demo::LUCERNE_NO_CONSENT).user_consent
    );
    assert_eq!(
        t(demo::TAILSPIN_CSP).csp_partner.as_deref(),
        Some(demo::HOME)
    );
    let quota = |tenant: &str| {
        s.subscriptions
            .iter()
            .find(|x| x.tenant == tenant)
            .unwrap()
            .quota_id
            .clone()
    };
    assert_eq!(quota(demo::FABRIKAM_EA), "EnterpriseAgreement_2014-09-01");
    assert_eq!(quota(demo::NORTHWIND_PAYG), "PayAsYouGo_2014-09-01");
    assert_eq!(quota(demo::TAILSPIN_CSP), "CSP_2015-05-01");
    assert!(s.role_assignments.iter().any(|r| r.eligible));
    assert_eq!(s.links.len(), 1);
    assert!(s
        .apps
        .iter()
        .any(|a| a.client_id == demo::CLIENT_ID && a.name == "Partner Link Assistant (practice)"));
}

#[test]
fn toml_syntax_errors_name_the_line() {
    let err = Scenario::from_toml_str("name = \"x\"\n[[tenants]]\nid = \n").unwrap_err();
    let msg = err.to_string();
    assert!(matches!(err, ScenarioError::Parse { .. }));
    assert!(msg.contains("line 3"), "{msg}");
    let err = Scenario::from_toml_str("[[tenants]]\nid = \"aaaaaaaa-0000-4000-8000-000000000000\"\nname = \"A\"\ndomain = \"a.example\"\ncolour = \"blue\"\n").unwrap_err();
    assert!(
        err.to_string().contains("colour") && err.to_string().contains("line 5"),
        "{err}"
    );
}

#[test]
fn semantic_errors_name_the_field() {
    let mut text = Scenario::demo_toml().to_string();
    text = text.replacen("role = \"Reader\"", "role = \"Overlord\"", 1);
    let err = Scenario::from_toml_str(&text).unwrap_err();
    let msg = err.to_string();
    assert!(
        msg.contains("role_assignments[") && msg.contains("].role") && msg.contains("Overlord"),
        "{msg}"
    );

    let text = Scenario::demo_toml().replacen(
        "principal = \"Partner engineers\"",
        "principal = \"Nobody\"",
        1,
    );
    let msg = Scenario::from_toml_str(&text).unwrap_err().to_string();
    assert!(
        msg.contains("].principal") && msg.contains("Nobody"),
        "{msg}"
    );

    let text = Scenario::demo_toml().replacen("partner_id = \"7654321\"", "partner_id = \"1\"", 1);
    let msg = Scenario::from_toml_str(&text).unwrap_err().to_string();
    assert!(msg.contains("links[0].partner_id"), "{msg}");

    let text = Scenario::demo_toml().replacen(
        "id = \"aaaaaaaa-0000-4000-8000-000000000010\"",
        "id = \"not-a-guid\"",
        1,
    );
    let msg = Scenario::from_toml_str(&text).unwrap_err().to_string();
    assert!(
        msg.contains("tenants[10].id") && msg.contains("not a GUID"),
        "{msg}"
    );
}

#[test]
fn json_files_and_the_generator_work_too() {
    let json = serde_json::to_string(&Scenario::demo()).unwrap();
    let back = Scenario::from_json_str(&json).unwrap();
    assert_eq!(back.tenants.len(), 11);
    let dir = std::env::temp_dir().join(format!("azure-sim-scenario-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("demo.json");
    std::fs::write(&path, &json).unwrap();
    assert_eq!(Scenario::from_file(&path).unwrap().users.len(), 4);
    std::fs::write(dir.join("bad.json"), "{\n \"tenants\": 5\n}").unwrap();
    let msg = Scenario::from_file(dir.join("bad.json"))
        .unwrap_err()
        .to_string();
    assert!(msg.contains("line 2"), "{msg}");
    assert!(Scenario::from_file(dir.join("missing.toml"))
        .unwrap_err()
        .to_string()
        .contains("cannot read"));
    std::fs::remove_dir_all(&dir).unwrap();

    let big = Scenario::generated(300);
    assert_eq!(big.tenants.len(), 301);
    assert_eq!(big.users[0].guest_of.len(), 300);
    big.validate().unwrap();
}
