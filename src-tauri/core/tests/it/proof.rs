//! The proof of linking: JSON and a self-contained printable HTML page, after a real link.

use crate::common::*;
use azure_sim::demo;
use partner_link_core::access_review::review;
use partner_link_core::partner_id::PartnerId;
use partner_link_core::proof::{directory_name, Proof};

#[tokio::test]
async fn the_proof_records_the_link_and_the_access_table() {
    let env = start().await;
    let pal = alex(&env);
    let t = demo::NORTHWIND_PAYG;
    let access = review(&pal.arm, t).await.unwrap();
    let plan = pal
        .plan_link(t, &PartnerId::parse("1234567").unwrap())
        .await
        .unwrap();
    let outcome = pal.apply(&plan, false).await.unwrap();
    let name = directory_name(&pal.arm, t).await;
    assert_eq!(name.as_deref(), Some("Northwind Traders"));
    let proof = Proof::from_outcome(&outcome, name, Some(access));
    let (json_path, html_path) = proof.save(env.dir.path(), "northwind").unwrap();

    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json_path).unwrap()).unwrap();
    let server = env.sim.link_of(t, &demo::partner_user_oid_in(t)).unwrap();
    assert_eq!(json["tenantId"], t);
    assert_eq!(json["directoryName"], "Northwind Traders");
    assert_eq!(json["identity"]["displayName"], demo::PARTNER_USER);
    assert_eq!(json["identity"]["objectId"], server.object_id);
    assert_eq!(json["link"]["partnerId"], server.partner_id);
    assert_eq!(json["link"]["partnerName"], "Contoso Partner Ltd");
    let put = env
        .sim
        .requests()
        .into_iter()
        .find(|r| r.method == "PUT")
        .unwrap();
    assert_eq!(json["requestId"], put.request_id);
    assert_eq!(json["access"]["subscriptions"][0]["offer"], "payAsYouGo");
    assert_eq!(json["access"]["subscriptions"][0]["incentives"], "yes");

    let html = std::fs::read_to_string(&html_path).unwrap();
    for needle in [
        "Northwind Traders",
        "1234567",
        "Contoso Partner Ltd",
        demo::PARTNER_USER,
        "Pay-as-you-go",
        "Contributor",
        put.request_id.as_str(),
    ] {
        assert!(html.contains(needle), "{needle} missing");
    }
    // Self-contained: nothing is loaded from anywhere.
    for forbidden in [
        "<script", "<link", "<img", "src=", "href=", "url(", "@import",
    ] {
        assert!(!html.contains(forbidden), "{forbidden} in the HTML");
    }
    for text in [&html, &std::fs::read_to_string(&json_path).unwrap()] {
        assert!(!text.contains("eyJ"), "a token leaked");
    }
}
