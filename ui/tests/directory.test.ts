// The directory list and one directory's screen against a fake backend: getting in (MFA, consent), the access
// review, and linking, changing and removing the partner ID with the confirmation each needs.
import { fireEvent, screen, within } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import type {
  AccessReview,
  DirectoryOpening,
  DirectoryView,
  LinkPlan,
  PartnerLink,
} from "../src/lib/backend/index.ts";
import { ok, type FakeAnswer, type FakeAnswers } from "../src/lib/backend/testing.ts";
import { goTo } from "../src/lib/navigation.svelte.ts";
import { setPrivacy } from "../src/lib/privacy.svelte.ts";
import { session, setStatus } from "../src/lib/session.svelte.ts";
import { alex, review, tenant } from "./fixtures.ts";
import { renderApp, screenTitle } from "./render.ts";



function link(partnerId: string, partnerName: string | null): PartnerLink {
  return {
    partnerId,
    partnerName,
    tenantId: tenant,
    objectId: "guest-oid",
    version: 1,
    createdTime: null,
    updatedTime: null,
    state: "Active",
  };
}

function view(current: PartnerLink | null, r: AccessReview = review()): DirectoryView {
  return { tenantId: tenant, link: current, review: r, blocker: null };
}

/** The directory opened: its link and review. */
function ready(v: DirectoryView): FakeAnswer<DirectoryOpening> {
  return ok({ kind: "ready", view: v } satisfies DirectoryOpening);
}

/** The directory did not open: what stands in the way, as the core decided it. */
function blocked(opening: Omit<Extract<DirectoryOpening, { kind: "blocked" }>, "kind">): FakeAnswer<DirectoryOpening> {
  return ok({ kind: "blocked", ...opening } satisfies DirectoryOpening);
}

function openDirectory(answers: FakeAnswers) {
  const rendered = renderApp({ locale: "en", answers });
  setStatus({ readiness: "ready", problem: null, persistent: true, accounts: [alex] });
  session.directory = {
    tenantId: tenant,
    name: "Northwind Traders",
    defaultDomain: "northwind.onmicrosoft.com",
    isHome: false,
    signedIn: true,
  };
  goTo("link");
  goTo("signIn");
  goTo("directories");
  goTo("directory");
  return rendered;
}

describe("the directory list", () => {
  it("lists the account's directories, home and guest, and opens one", async () => {
    renderApp({
      locale: "en",
      answers: {
        list_directories: ok([
          { tenantId: alex.homeTenantId, name: "Contoso Partner", defaultDomain: "contoso.com", isHome: true, signedIn: true },
          { tenantId: tenant, name: "Northwind Traders", defaultDomain: null, isHome: false, signedIn: false },
        ]),
        open_directory: ready(view(null)),
      },
    });
    setStatus({ readiness: "ready", problem: null, persistent: true, accounts: [alex] });
    goTo("link");
    goTo("directories");
    const items = await screen.findAllByTestId("directory");
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent("Your organization");
    expect(items[1]).toHaveTextContent("Customer, where you are a guest");
    expect(within(items[1] as HTMLElement).queryByTestId("directory-signed-in")).not.toBeInTheDocument();
    await fireEvent.click(within(items[1] as HTMLElement).getByTestId("open-directory"));
    expect(screenTitle()).toBe("Northwind Traders");
  });
});

describe("a directory", () => {
  it("shows the link, what the access earns per subscription, and the notes", async () => {
    openDirectory({ open_directory: ready(view(link("1234567", "Contoso Partner Ltd"))) });
    expect(await screen.findByTestId("link-status")).toHaveTextContent(
      "Linked to partner ID 1234567 (Contoso Partner Ltd).",
    );
    expect(screen.getByTestId("access-summary")).toHaveTextContent("recognition, but not for incentives");
    const row = screen.getByTestId("review-row");
    expect(row).toHaveTextContent("Northwind production");
    expect(row).toHaveTextContent("Pay-as-you-go");
    expect(within(row).getByTestId("review-recognition")).toHaveAttribute("data-mark", "yes");
    expect(within(row).getByTestId("review-incentives")).toHaveAttribute("data-mark", "no");
    expect(screen.getByTestId("review-note")).toHaveAttribute("data-note", "readerNoIncentives");
  });

  it("tells an account without a role that linking earns nothing yet", async () => {
    openDirectory({
      open_directory: ready(
        view(null, review({ subscriptions: [], earnsRecognition: false, earnsIncentives: false, notes: ["noAccess"] })),
      ),
    });
    expect(await screen.findByTestId("access-summary")).toHaveTextContent("earns nothing yet");
    expect(screen.getByTestId("review-note")).toHaveTextContent("Give a partner access");
  });

  it("asks for one more sign-in where the directory demands MFA, then opens it", async () => {
    let mfaDone = false;
    const { calls } = openDirectory({
      open_directory: () =>
        mfaDone
          ? ready(view(null))
          : blocked({
              blocker: "needsMfa",
              error: { code: "mfaRequired", message: "AADSTS50076" },
              signInHelps: true,
              consentUrl: null,
            }),
      sign_in_to_directory: () => {
        mfaDone = true;
        return ok(alex);
      },
    });
    expect(await screen.findByTestId("directory-needs-sign-in")).toBeInTheDocument();
    await fireEvent.click(screen.getByTestId("directory-sign-in"));
    expect(await screen.findByTestId("link-status")).toHaveTextContent("No partner ID is linked");
    expect(calls.find((c) => c.cmd === "sign_in_to_directory")?.args).toEqual({
      accountId: alex.id,
      tenantId: tenant,
    });
  });

  it("gives the admin-consent link to send when the customer has not approved the app", async () => {
    openDirectory({
      open_directory: blocked({
        blocker: "appNotConsented",
        error: { code: "consentRequired", message: "AADSTS65001" },
        signInHelps: false,
        consentUrl: `https://login.example/${tenant}/adminconsent?client_id=x`,
      }),
    });
    expect(await screen.findByTestId("admin-consent-url")).toHaveTextContent(`${tenant}/adminconsent?client_id=x`);
    expect(screen.getByTestId("copy-consent-url")).toBeInTheDocument();
  });

  it("links after showing what will happen, and shows the partner name Microsoft returned", async () => {
    const plan: LinkPlan = { kind: "create", tenant_id: tenant, to: "1234567" };
    const { calls } = openDirectory({
      open_directory: ready(view(null)),
      read_partner_id: ok({ kind: "one", id: "1234567" }),
      plan_link: ok(plan),
      apply_link: ok({
        plan,
        link: link("1234567", "Contoso Partner Ltd"),
        changed: true,
        requestId: "req-1",
        confirmedByReread: false,
        identity: review().identity,
      }),
    });
    await fireEvent.input(await screen.findByTestId("partner-id-input"), { target: { value: " MPN ID: 1234567 " } });
    await fireEvent.click(screen.getByTestId("link-check"));
    expect(await screen.findByTestId("link-plan")).toHaveTextContent("This links partner ID 1234567");
    // Nothing is written until the person presses the button that names the ID.
    expect(calls.map((c) => c.cmd)).not.toContain("apply_link");
    // The core reads the pasted text; the plan is made for the ID it read.
    expect(calls.find((c) => c.cmd === "read_partner_id")?.args).toEqual({ text: " MPN ID: 1234567 " });
    expect(calls.find((c) => c.cmd === "plan_link")?.args).toMatchObject({ partnerId: "1234567" });
    await fireEvent.click(screen.getByTestId("link-apply"));
    expect(await screen.findByTestId("link-outcome")).toHaveTextContent("partner ID 1234567 is linked");
    expect(screen.getByTestId("link-outcome-name")).toHaveTextContent("Contoso Partner Ltd");
    expect(screen.getByTestId("link-status")).toHaveAttribute("data-linked-partner-id", "1234567");
    expect(calls.filter((c) => c.cmd === "apply_link")).toHaveLength(1);
  });

  it("says what a change does before changing, and can be left alone", async () => {
    const current = link("7654321", "Fourth Coffee Consulting");
    openDirectory({
      open_directory: ready(view(current)),
      read_partner_id: ok({ kind: "one", id: "1234567" }),
      plan_link: ok({ kind: "change", tenant_id: tenant, from: current, to: "1234567" } satisfies LinkPlan),
    });
    await fireEvent.input(await screen.findByTestId("partner-id-input"), { target: { value: "1234567" } });
    await fireEvent.click(screen.getByTestId("link-check"));
    expect(await screen.findByTestId("link-plan")).toHaveTextContent("from 7654321 to 1234567");
    expect(screen.getByTestId("link-apply")).toHaveTextContent("Yes, change it to 1234567");
    await fireEvent.click(screen.getByTestId("link-cancel"));
    expect(screen.queryByTestId("link-plan")).not.toBeInTheDocument();
  });

  it("explains an ID that cannot be a partner ID", async () => {
    const { calls } = openDirectory({
      open_directory: ready(view(null)),
      read_partner_id: { error: { code: "invalidPartnerId", message: "'abc' is not a partner ID" } },
    });
    await fireEvent.input(await screen.findByTestId("partner-id-input"), { target: { value: "abc" } });
    await fireEvent.click(screen.getByTestId("link-check"));
    expect(await screen.findByTestId("error-display")).toHaveAttribute("data-error-code", "invalidPartnerId");
    expect(calls.map((c) => c.cmd)).not.toContain("plan_link");
  });

  it("asks which number is the partner ID when the pasted text holds several, and plans with the one chosen", async () => {
    const { calls } = openDirectory({
      open_directory: ready(view(null)),
      read_partner_id: ok({ kind: "choose", candidates: ["1234567", "7654321"] }),
      plan_link: ok({ kind: "create", tenant_id: tenant, to: "7654321" } satisfies LinkPlan),
    });
    const pasted = "MPN ID: 1234567 Partner Location ID: 7654321";
    await fireEvent.input(await screen.findByTestId("partner-id-input"), { target: { value: pasted } });
    await fireEvent.click(screen.getByTestId("link-check"));
    const options = await screen.findAllByTestId("partner-id-candidate");
    expect(options.map((o) => o.textContent?.trim())).toEqual(["Use 1234567", "Use 7654321"]);
    // Nothing is planned until the person chooses.
    expect(calls.map((c) => c.cmd)).not.toContain("plan_link");
    await fireEvent.click(options[1]!);
    expect(await screen.findByTestId("link-plan")).toHaveTextContent("This links partner ID 7654321");
    expect(calls.find((c) => c.cmd === "plan_link")?.args).toMatchObject({ partnerId: "7654321" });
    expect(screen.getByTestId("partner-id-input")).toHaveValue("7654321");
    expect(screen.queryByTestId("partner-id-choice")).not.toBeInTheDocument();
  });

  it("saves a proof read from Azure again and offers its printable page", async () => {
    const { calls } = openDirectory({
      open_directory: ready(view(link("1234567", "Contoso Partner Ltd"))),
      save_proof: ok({ htmlPath: "/home/p/proofs/pal-proof.html", jsonPath: "/home/p/proofs/pal-proof.json" }),
    });
    await fireEvent.click(await screen.findByTestId("save-proof"));
    expect(await screen.findByTestId("proof-saved")).toHaveTextContent("/home/p/proofs/pal-proof.html");
    expect(screen.getByTestId("open-proof")).toBeInTheDocument();
    expect(calls.find((c) => c.cmd === "save_proof")?.args).toEqual({
      accountId: alex.id,
      tenantId: tenant,
      directoryName: "Northwind Traders",
      requestId: null,
    });
  });

  it("masks the partner ID partly and the account in privacy mode", async () => {
    setPrivacy(true);
    openDirectory({ open_directory: ready(view(link("1234567", "Contoso Partner Ltd"))) });
    expect(await screen.findByTestId("link-status")).toHaveTextContent(
      "Linked to partner ID 12•••67 (Contoso Partner Ltd).",
    );
    expect(screen.getByTestId("directory-identity")).toHaveTextContent("a•••@c•••.onmicrosoft.com");
    expect(document.body.textContent).not.toContain("1234567");
  });

  it("names Azure's built-in roles in the person's language, and others as Azure does", async () => {
    const r = review();
    const custom = { ...r.subscriptions[0]!, subscriptionId: "custom-sub", effectiveRole: "Billing Helper (custom)" };
    renderApp({ locale: "zh-TW", answers: { open_directory: ready(view(null, { ...r, subscriptions: [r.subscriptions[0]!, custom] })) } });
    setStatus({ readiness: "ready", problem: null, persistent: true, accounts: [alex] });
    session.directory = { tenantId: tenant, name: "Northwind Traders", defaultDomain: null, isHome: false, signedIn: true };
    goTo("link");
    goTo("directory");
    const roles = await screen.findAllByTestId("review-role");
    expect(roles.map((cell) => cell.textContent)).toEqual(["讀者", "Billing Helper (custom)"]);
  });
});

describe("a directory typed by hand", () => {
  it("is titled for what it is, with the ID beside it, not with the ID alone", async () => {
    renderApp({ locale: "en", answers: { open_directory: ready(view(null)) } });
    setStatus({ readiness: "ready", problem: null, persistent: true, accounts: [alex] });
    session.directory = { tenantId: tenant, name: tenant, defaultDomain: null, isHome: false, signedIn: false };
    goTo("link");
    goTo("directories");
    goTo("directory");
    expect(await screen.findByTestId("directory-typed-id")).toHaveTextContent(`The directory you typed: ${tenant}`);
    expect(screenTitle()).toBe("A customer's directory");
    setPrivacy(true);
    expect(await screen.findByTestId("directory-typed-id")).not.toHaveTextContent(tenant);
  });
});
