//! What the command line says: the confirmation it asks for, the outcome of a link, the access review, in text
//! or JSON.

use super::*;

/// Whether the plan may go ahead: no question for plans that change nothing existing; `--yes`; or a person's
/// answer on a terminal. Without a terminal and without `--yes`, it refuses (exit 2) rather than guess.
pub(super) fn confirm(
    plan: &LinkPlan,
    yes: bool,
    json_mode: bool,
    env: &mut CliEnv,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<bool, Error> {
    if !plan.needs_confirmation() || yes {
        return Ok(yes);
    }
    if !env.interactive || json_mode {
        return Err(Error::new(
            ErrorCode::ConfirmationRequired,
            format!(
                "{} Nothing was changed. Run again with --yes to confirm.",
                plan.describe()
            ),
        ));
    }
    let _ = writeln!(out, "{}", plan.describe());
    let _ = write!(err, "Proceed? [y/N] ");
    let _ = err.flush();
    let mut answer = String::new();
    let _ = env.stdin.read_line(&mut answer);
    if matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes") {
        Ok(true)
    } else {
        Err(Error::new(
            ErrorCode::ConfirmationRequired,
            "Not confirmed: nothing was changed.",
        ))
    }
}

pub(super) fn report(
    out: &mut dyn Write,
    json_mode: bool,
    outcome: &LinkOutcome,
    access: Option<&AccessReview>,
    proof_files: Option<(PathBuf, PathBuf)>,
) {
    if json_mode {
        print_json(
            out,
            &json!({"ok": true, "outcome": outcome, "access": access,
                "proofFiles": proof_files.as_ref().map(|(j, h)| json!({"json": j, "html": h}))}),
        );
        return;
    }
    let text = match (&outcome.plan, &outcome.link) {
        (LinkPlan::AlreadyLinked { .. }, l) => format!(
            "Already linked: {}. Nothing was changed.",
            link_label(l.as_ref())
        ),
        (LinkPlan::NothingLinked { .. }, _) => {
            "No partner ID is linked. Nothing was changed.".to_owned()
        }
        (LinkPlan::Remove { current, .. }, _) => {
            format!("Removed the link to partner ID {}.", current.partner_id)
        }
        (_, l) => format!("Linked: {}.", link_label(l.as_ref())),
    };
    let _ = writeln!(out, "{text}");
    if outcome.confirmed_by_reread {
        let _ = writeln!(out, "(The connection dropped after the request was sent; reading the link again confirmed it.)");
    }
    if let Some(id) = &outcome.request_id {
        let _ = writeln!(out, "Microsoft request ID: {id}");
    }
    if let Some((j, h)) = proof_files {
        let _ = writeln!(out, "Proof saved: {} and {}", h.display(), j.display());
    }
}

pub(super) fn print_json(out: &mut dyn Write, v: &Value) {
    let _ = writeln!(
        out,
        "{}",
        serde_json::to_string_pretty(v).unwrap_or_default()
    );
}

pub(super) fn dir_label(name: Option<&str>, id: &str) -> String {
    match name {
        Some(n) => format!("{n} ({id})"),
        None => id.to_owned(),
    }
}

pub(super) fn link_label(link: Option<&PartnerLink>) -> String {
    match link {
        Some(l) => format!(
            "{} — {}",
            l.partner_id,
            l.partner_name.as_deref().unwrap_or("(name not returned)")
        ),
        None => "not linked".to_owned(),
    }
}

pub(super) fn mark(m: Mark) -> &'static str {
    match m {
        Mark::Yes => "yes",
        Mark::No => "no",
        Mark::Unknown => "cannot tell",
    }
}

pub(super) fn print_access(out: &mut dyn Write, a: &AccessReview) {
    let _ = writeln!(out, "What this identity's access earns here:");
    if a.subscriptions.is_empty() {
        let _ = writeln!(out, "  (no subscription visible)");
    }
    for s in &a.subscriptions {
        let _ = writeln!(
            out,
            "  {} ({})\n    offer: {}; role: {}; recognition: {}; incentives: {}; DPOR would have applied: {}",
            s.display_name,
            s.subscription_id,
            s.offer_label,
            s.effective_role.as_deref().unwrap_or("none"),
            mark(s.recognition),
            mark(s.incentives),
            mark(s.dpor)
        );
    }
    let mut notes: Vec<&str> = a.notes.iter().map(|n| n.text()).collect();
    for s in &a.subscriptions {
        for n in &s.notes {
            if !notes.contains(&n.text()) {
                notes.push(n.text());
            }
        }
    }
    for n in notes {
        let _ = writeln!(out, "  - {n}");
    }
}
