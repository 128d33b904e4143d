// Resuming the wizard after the app was closed mid-way: what is saved, what the first screen offers, and where
// Continue lands when the account is, or is no longer, signed in.
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import type { Account, SignInStatus } from "../src/lib/backend/index.ts";
import { ok } from "../src/lib/backend/testing.ts";
import { resetGrantForm } from "../src/lib/grant.svelte.ts";
import { resetLinkForm } from "../src/lib/link-form.svelte.ts";
import { goTo, resetNavigation } from "../src/lib/navigation.svelte.ts";
import { resetSession, session, setStatus } from "../src/lib/session.svelte.ts";
import { resumeStack, type SavedWizard } from "../src/lib/wizard.svelte.ts";
import { alex, review, tenant } from "./fixtures.ts";
import { renderApp, screenTitle } from "./render.ts";

const northwind = { tenantId: tenant, name: "Northwind Traders", defaultDomain: null, isHome: false, signedIn: true };
const status = (accounts: Account[]): SignInStatus => ({ readiness: "ready", problem: null, persistent: true, accounts });


/** Closing the app: the screen and the in-memory state go, the webview's storage stays. */
function closeApp() {
  cleanup();
  resetNavigation();
  resetSession();
  resetLinkForm();
  resetGrantForm();
}

/** A wizard as an earlier run saved it, on the real Azure, with `overrides`. */
function savedWizardOf(overrides: Partial<SavedWizard>): SavedWizard {
  return {
    version: 1,
    savedAt: "2026-12-01T07:00:00Z",
    cloud: "azurePublic",
    stack: ["start"],
    accountId: null,
    directory: null,
    partnerId: "",
    grant: { directory: "", appId: "", approvedFor: null, partnerQuery: "", subscriptions: [], role: "contributor", supportRequests: false },
    ...overrides,
  };
}

function saved(): SavedWizard {
  return JSON.parse(localStorage.getItem("partner-link.wizard") ?? "null") as SavedWizard;
}

describe("resuming the wizard", () => {
  it("saves every move and what was typed, then continues there after a restart", async () => {
    const answers = {
      sign_in_status: ok(status([alex])),
      open_directory: ok({ kind: "ready" as const, view: { tenantId: tenant, link: null, review: review(), blocker: null } }),
    };
    renderApp({ locale: "en", answers });
    await screen.findByTestId("app-version");
    setStatus(status([alex]));
    session.directory = northwind;
    goTo("link");
    goTo("signIn");
    goTo("directories");
    goTo("directory");
    await fireEvent.input(await screen.findByTestId("partner-id-input"), { target: { value: " 1234567 " } });
    await waitFor(() => expect(saved().partnerId).toBe(" 1234567 "));
    expect(saved().stack).toEqual(["start", "link", "signIn", "directories", "directory"]);
    expect(saved().accountId).toBe("oid.home");
    expect(saved().cloud).toBe("azurePublic");
    expect(JSON.stringify(saved())).not.toMatch(/token|secret/i);

    closeApp();
    renderApp({ locale: "en", answers });
    const offer = await screen.findByTestId("resume-offer");
    expect(offer).toHaveTextContent("Continue where you left off?");
    expect(screen.getByTestId("resume-where")).toHaveTextContent('Last time you got as far as "Link in each directory"');
    expect(screen.getByTestId("resume-where")).toHaveTextContent("You were working in Northwind Traders.");

    await fireEvent.click(screen.getByTestId("resume-continue"));
    await waitFor(() => expect(screenTitle()).toBe("Northwind Traders"));
    expect(session.accountId).toBe("oid.home");
    const { linkForm } = await import("../src/lib/link-form.svelte.ts");
    expect(linkForm.partnerId).toBe(" 1234567 ");
    // Back still walks the screens the person came through.
    await fireEvent.click(screen.getByTestId("back-button"));
    expect(screenTitle()).toBe("Choose a customer's directory");
  });

  it("continues at the sign-in when the account is no longer signed in, in Traditional Chinese", async () => {
    localStorage.setItem(
      "partner-link.wizard",
      JSON.stringify(
        savedWizardOf({
          stack: ["start", "link", "signIn", "directories", "directory"],
          accountId: "oid.gone",
          directory: northwind,
          partnerId: "1234567",
        }),
      ),
    );
    renderApp({ locale: "zh-TW", answers: { sign_in_status: ok(status([])) } });
    expect(await screen.findByTestId("resume-offer")).toHaveTextContent("要從上次離開的地方繼續嗎？");
    expect(screen.getByTestId("resume-where")).toHaveTextContent("2026");
    await fireEvent.click(screen.getByTestId("resume-continue"));
    await waitFor(() => expect(screen.getByTestId("app-version")).toBeInTheDocument());
    expect(document.querySelector("main")).toHaveAttribute("data-route", "signIn");
    expect(session.directory).toBeNull();
  });

  it("is not offered for another Azure, after Start over, or once the person moves on", async () => {
    renderApp({ locale: "en", answers: { sign_in_status: ok(status([])) } });
    await screen.findByTestId("app-version");
    goTo("learn");
    await waitFor(() => expect(saved().stack).toEqual(["start", "learn"]));

    // The same save seen from practice mode: not offered.
    closeApp();
    renderApp({ locale: "en", appInfo: ok({ name: "Partner Link Assistant", version: "0.1.0", cloud: "practice", practiceMode: true }) });
    await screen.findByTestId("app-version");
    expect(screen.queryByTestId("resume-offer")).not.toBeInTheDocument();

    closeApp();
    renderApp({ locale: "en" });
    await fireEvent.click(await screen.findByTestId("resume-start-over"));
    expect(screen.queryByTestId("resume-offer")).not.toBeInTheDocument();
    expect(localStorage.getItem("partner-link.wizard")).toBeNull();

  });

  it("stays offered when the app is opened and closed again without a choice", async () => {
    renderApp({ locale: "en" });
    await screen.findByTestId("app-version");
    goTo("learn");
    await waitFor(() => expect(saved().stack).toEqual(["start", "learn"]));
    closeApp();
    renderApp({ locale: "en" });
    await screen.findByTestId("resume-offer");
    closeApp();
    renderApp({ locale: "en" });
    expect(await screen.findByTestId("resume-where")).toHaveTextContent('as far as "PAL or DPOR?"');
  });

  it("cuts the saved screens back to where the person can still be", () => {
    const base = savedWizardOf({ stack: ["start", "grant", "grantApp", "signIn", "grantAccess"], accountId: "a" });
    expect(resumeStack(base, true)).toEqual(base.stack);
    expect(resumeStack(base, false)).toEqual(["start", "grant", "grantApp", "signIn"]);
    expect(resumeStack({ ...base, stack: ["start", "link", "signIn", "directories", "directory"] }, true)).toEqual([
      "start",
      "link",
      "signIn",
      "directories",
    ]);
    expect(resumeStack({ ...base, stack: ["start", "link", "signIn", "everywhere"] }, false)).toEqual([
      "start",
      "link",
      "signIn",
    ]);
    expect(resumeStack({ ...base, stack: ["start", "learn"] }, false)).toEqual(["start", "learn"]);
  });
});
