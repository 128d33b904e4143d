//! The proof of linking a partner can save: JSON for machines, a self-contained printable HTML page for people.
//!
//! It records what Microsoft confirmed (directory, identity, partner ID and name, time, request ID) and the
//! access review at that moment. Nothing secret is in it, and the HTML loads nothing from anywhere: it prints the
//! same offline years later.

use serde::Serialize;
use specta::Type;

use crate::access_review::AccessReview;
use crate::arm::{ArmClient, Identity};
use crate::ids::TenantId;
use crate::pal::{LinkOutcome, PartnerLink};
use crate::rules::Mark;
use crate::{Error, ErrorCode};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Proof {
    pub title: String,
    pub app_version: String,
    /// RFC 3339 UTC, when the proof was made.
    pub generated_at: String,
    pub tenant_id: String,
    pub directory_name: Option<String>,
    pub identity: Identity,
    pub link: Option<PartnerLink>,
    /// Microsoft's request ID of the write that made the link, when this session made it.
    pub request_id: Option<String>,
    pub access: Option<AccessReview>,
}

impl Proof {
    pub fn new(
        identity: Identity,
        link: Option<PartnerLink>,
        request_id: Option<String>,
        directory_name: Option<String>,
        access: Option<AccessReview>,
    ) -> Proof {
        Proof {
            title: "Partner Admin Link: proof of linking".to_owned(),
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
            generated_at: crate::activity_log::now_rfc3339(std::time::SystemTime::now()),
            tenant_id: identity.tenant_id.clone(),
            directory_name,
            identity,
            link,
            request_id,
            access,
        }
    }

    pub fn from_outcome(
        outcome: &LinkOutcome,
        directory_name: Option<String>,
        access: Option<AccessReview>,
    ) -> Proof {
        Proof::new(
            outcome.identity.clone(),
            outcome.link.clone(),
            outcome.request_id.clone(),
            directory_name,
            access,
        )
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// A printable page with its styles inline and no external resource (no script, image, font or link).
    pub fn to_html(&self) -> String {
        let e = escape;
        let mut h = String::new();
        h.push_str("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n");
        h.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        h.push_str(&format!("<title>{}</title>\n", e(&self.title)));
        h.push_str("<style>body{font-family:system-ui,sans-serif;margin:2em;color:#111}h1{font-size:1.4em}table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #999;padding:.3em .6em;text-align:left;vertical-align:top}th{background:#eee}.yes{color:#060}.no{color:#900}.unknown{color:#555}@media print{body{margin:0}}</style>\n</head><body>\n");
        h.push_str(&format!("<h1>{}</h1>\n<table>\n", e(&self.title)));
        let row = |h: &mut String, k: &str, v: &str| {
            h.push_str(&format!("<tr><th>{}</th><td>{}</td></tr>\n", e(k), e(v)))
        };
        let dir = match &self.directory_name {
            Some(n) => format!("{n} ({})", self.tenant_id),
            None => self.tenant_id.clone(),
        };
        row(&mut h, "Directory", &dir);
        row(
            &mut h,
            "Identity",
            &format!(
                "{} (object ID {})",
                self.identity.display_name, self.identity.object_id
            ),
        );
        match &self.link {
            Some(l) => {
                row(&mut h, "Partner ID", &l.partner_id);
                row(
                    &mut h,
                    "Partner name (from Microsoft)",
                    l.partner_name.as_deref().unwrap_or("(not returned)"),
                );
                row(
                    &mut h,
                    "Linked since",
                    l.created_time.as_deref().unwrap_or(""),
                );
                row(
                    &mut h,
                    "Last changed",
                    l.updated_time.as_deref().unwrap_or(""),
                );
            }
            None => row(&mut h, "Partner ID", "(no partner ID linked)"),
        }
        if let Some(r) = &self.request_id {
            row(&mut h, "Microsoft request ID", r);
        }
        row(&mut h, "Generated", &self.generated_at);
        row(&mut h, "App version", &self.app_version);
        h.push_str("</table>\n");
        if let Some(a) = &self.access {
            h.push_str("<h2>What this identity's access earns</h2>\n");
            if a.subscriptions.is_empty() {
                h.push_str("<p>No subscription is visible to this identity.</p>\n");
            } else {
                h.push_str("<table><tr><th>Subscription</th><th>Offer</th><th>Role</th><th>Recognition</th><th>Incentives</th><th>DPOR would have applied</th></tr>\n");
                for s in &a.subscriptions {
                    h.push_str(&format!(
                        "<tr><td>{}<br><small>{}</small></td><td>{}</td><td>{}</td>{}{}{}</tr>\n",
                        e(&s.display_name),
                        e(&s.subscription_id),
                        e(&s.offer_label),
                        e(s.effective_role.as_deref().unwrap_or("none")),
                        mark_cell(s.recognition),
                        mark_cell(s.incentives),
                        mark_cell(s.dpor)
                    ));
                }
                h.push_str("</table>\n");
            }
            let mut notes: Vec<&str> = a.notes.iter().map(|n| n.text()).collect();
            for s in &a.subscriptions {
                for n in &s.notes {
                    if !notes.contains(&n.text()) {
                        notes.push(n.text());
                    }
                }
            }
            if !notes.is_empty() {
                h.push_str("<h2>Notes</h2>\n<ul>\n");
                for n in notes {
                    h.push_str(&format!("<li>{}</li>\n", e(n)));
                }
                h.push_str("</ul>\n");
            }
        }
        h.push_str("<p><small>Microsoft's Partner Center reports refresh every few days; recognition follows the identity's Azure roles.</small></p>\n</body></html>\n");
        h
    }

    /// The file name (without extension) a proof is saved under: the directory and the time, so proofs sort by
    /// directory and then by date and never overwrite each other.
    pub fn file_stem(&self) -> String {
        let stamp: String = self
            .generated_at
            .chars()
            .filter(char::is_ascii_digit)
            .take(14)
            .collect();
        let tenant: String = self
            .tenant_id
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '.')
            .collect();
        format!("pal-proof-{tenant}-{stamp}")
    }

    /// Writes `{stem}.json` and `{stem}.html` into `dir`, synced to disk; returns both paths.
    pub fn save(
        &self,
        dir: &std::path::Path,
        stem: &str,
    ) -> Result<(std::path::PathBuf, std::path::PathBuf), Error> {
        use std::io::Write;
        let io = |e: std::io::Error| {
            Error::new(
                ErrorCode::Internal,
                format!("could not save the proof in {}: {e}", dir.display()),
            )
        };
        std::fs::create_dir_all(dir).map_err(io)?;
        let json = dir.join(format!("{stem}.json"));
        let html = dir.join(format!("{stem}.html"));
        for (path, text) in [(&json, self.to_json()), (&html, self.to_html())] {
            let mut f = std::fs::File::create(path).map_err(io)?;
            f.write_all(text.as_bytes()).map_err(io)?;
            f.sync_all().map_err(io)?;
        }
        Ok((json, html))
    }
}

fn mark_cell(m: Mark) -> &'static str {
    match m {
        Mark::Yes => "<td class=\"yes\">yes</td>",
        Mark::No => "<td class=\"no\">no</td>",
        Mark::Unknown => "<td class=\"unknown\">cannot tell</td>",
    }
}

pub(crate) fn escape(s: &str) -> String {
    html_escape::encode_quoted_attribute(s).into_owned()
}

/// The directory's display name from the identity's list of directories, when it can list it (None otherwise:
/// CSP admin-on-behalf-of directories are not listed).
pub async fn directory_name(arm: &ArmClient, tenant: &str) -> Option<String> {
    let id = arm.identity(tenant).await.ok()?.tenant_id;
    crate::tenants::reachable(arm, tenant)
        .await
        .ok()?
        .into_iter()
        .find(|t| t.tenant_id.eq_ignore_ascii_case(&id))
        .map(|t| t.name)
}

/// Reads what is linked in `tenant` now, with the access review, and saves it as a proof in `dir`. The facts
/// come from Azure here, never from what a screen holds; `request_id` is the last write's, kept for support when
/// it looks like one. Returns the JSON and HTML files.
pub async fn save_current(
    arm: &ArmClient,
    tenant: &TenantId,
    dir: &std::path::Path,
    directory_name: Option<String>,
    request_id: Option<String>,
) -> Result<(std::path::PathBuf, std::path::PathBuf), Error> {
    let identity = arm.identity(tenant).await?;
    let review = crate::access_review::review(arm, tenant).await?;
    let link = crate::pal::PalService::new(arm.clone(), None)
        .read_link(tenant)
        .await?;
    // Only a request ID's own characters go into the file, whatever the caller was given.
    let request_id = request_id
        .filter(|r| r.len() <= 64 && r.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    let proof = Proof::new(identity, link, request_id, directory_name, Some(review));
    proof.save(dir, &proof.file_stem())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_everything_it_shows() {
        let proof = Proof::new(
            Identity {
                tenant_id: "t".into(),
                object_id: "o".into(),
                display_name: "<script>alert(1)</script>".into(),
                is_service_principal: false,
                home_tenant_id: None,
                account_type: None,
            },
            None,
            None,
            Some("A & B \"Ltd\"".into()),
            None,
        );
        let html = proof.to_html();
        assert!(!html.contains("<script>"));
        assert!(html.contains("&lt;script&gt;"));
        assert!(html.contains("A &amp; B &quot;Ltd&quot;"));
    }
}
