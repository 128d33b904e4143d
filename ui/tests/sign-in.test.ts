// The sign-in screen against a fake backend: what it offers for each state sign-in can be in, and that each
// way of signing in asks Rust for the right thing and shows what a person needs while it waits.
import { fireEvent, screen, waitFor } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import type { Account, SignInStatus } from "../src/lib/backend/index.ts";
import { ok, type FakeAnswers } from "../src/lib/backend/testing.ts";
import { goTo } from "../src/lib/navigation.svelte.ts";
import { alex } from "./fixtures.ts";
import { renderApp, screenTitle } from "./render.ts";

function status(overrides: Partial<SignInStatus> = {}): SignInStatus {
  return { readiness: "ready", problem: null, persistent: true, accounts: [], ...overrides };
}


/** An answer that stays pending until the test settles it, to look at the screen while the app waits. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function openSignIn(answers: FakeAnswers) {
  const rendered = renderApp({ locale: "en", answers });
  goTo("link");
  goTo("signIn");
  return rendered;
}

describe("the sign-in screen", () => {
  it("is reached from the preparation screen", async () => {
    renderApp({ locale: "en", answers: { sign_in_status: ok(status()) } });
    await fireEvent.click(screen.getByTestId("choice-link"));
    await fireEvent.click(screen.getByTestId("link-continue"));
    expect(screenTitle()).toBe("Sign in");
    expect(await screen.findByTestId("sign-in-browser")).toBeInTheDocument();
  });

  it("explains what IT registers when no sign-in app is set up, and saves the ID typed", async () => {
    const { calls } = openSignIn({
      sign_in_status: ok(
        status({
          readiness: "needsSignInApp",
          problem: { code: "signInAppNotConfigured", message: "no client ID" },
        }),
      ),
      set_sign_in_app: ok(status()),
    });
    const setup = await screen.findByTestId("sign-in-app-setup");
    expect(setup).toHaveTextContent("http://localhost");
    expect(setup).toHaveTextContent("user_impersonation");
    expect(screen.queryByTestId("sign-in-browser")).not.toBeInTheDocument();
    // Meanwhile, the ways in that need no sign-in app are offered.
    expect(screen.getByTestId("sign-in-azure-cli")).toBeInTheDocument();
    expect(screen.getByTestId("sign-in-service-principal")).toBeInTheDocument();

    await fireEvent.input(screen.getByTestId("setup-client-id"), {
      target: { value: "11111111-2222-4333-8444-555555555555" },
    });
    await fireEvent.click(screen.getByTestId("setup-save"));
    expect(await screen.findByTestId("sign-in-browser")).toBeInTheDocument();
    expect(calls.find((c) => c.cmd === "set_sign_in_app")?.args).toEqual({
      clientId: "11111111-2222-4333-8444-555555555555",
    });
  });

  it("shows why a sign-in app ID was refused, and stays on the setup", async () => {
    openSignIn({
      sign_in_status: ok(status({ readiness: "needsSignInApp" })),
      set_sign_in_app: { error: { code: "invalidInput", message: "04b07795-… is a Microsoft first-party app" } },
    });
    await fireEvent.input(await screen.findByTestId("setup-client-id"), {
      target: { value: "04b07795-8ddb-461a-bbee-02f9e1bf7b46" },
    });
    await fireEvent.click(screen.getByTestId("setup-save"));
    expect(await screen.findByTestId("error-display")).toHaveAttribute("data-error-code", "invalidInput");
    expect(screen.getByTestId("sign-in-app-setup")).toBeInTheDocument();
  });

  it("offers a session-only sign-in when no keychain answers, and says it is session-only", async () => {
    const { calls } = openSignIn({
      sign_in_status: ok(status({ readiness: "keychainUnavailable" })),
      use_session_only: ok(status({ persistent: false })),
    });
    expect(await screen.findByTestId("keychain-problem")).toHaveTextContent("keychain is not available");
    await fireEvent.click(screen.getByTestId("use-session-only"));
    expect(await screen.findByTestId("session-only-note")).toBeInTheDocument();
    expect(calls.map((c) => c.cmd)).toContain("use_session_only");
  });

  it("asks to unlock a locked keychain and can try it again", async () => {
    const { calls } = openSignIn({
      sign_in_status: ok(status({ readiness: "keychainLocked" })),
      retry_keychain: ok(status()),
    });
    expect(await screen.findByTestId("keychain-problem")).toHaveTextContent("locked");
    await fireEvent.click(screen.getByTestId("retry-keychain"));
    expect(await screen.findByTestId("sign-in-browser")).toBeInTheDocument();
    expect(calls.map((c) => c.cmd)).toContain("retry_keychain");
  });

  it("offers to start over when saved sign-ins were refused", async () => {
    const { calls } = openSignIn({
      sign_in_status: ok(status({ readiness: "savedSignInsUnreadable" })),
      start_over: ok(status()),
    });
    await fireEvent.click(await screen.findByTestId("start-over"));
    expect(await screen.findByTestId("sign-in-browser")).toBeInTheDocument();
    expect(calls.map((c) => c.cmd)).toContain("start_over");
  });

  it("waits for the browser with a way to cancel, then lists the account", async () => {
    const browser = deferred<Account>();
    let signedIn = false;
    const { calls } = openSignIn({
      sign_in_status: () => ok(status({ accounts: signedIn ? [alex] : [] })),
      sign_in_with_browser: () => ok(browser.promise),
      cancel_sign_in: ok(null),
    });
    await fireEvent.click(await screen.findByTestId("sign-in-browser"));
    expect(await screen.findByTestId("browser-waiting")).toHaveTextContent("Finish signing in in your browser");
    await fireEvent.click(screen.getByTestId("cancel-sign-in"));
    expect(calls.map((c) => c.cmd)).toContain("cancel_sign_in");

    signedIn = true;
    browser.resolve(alex);
    expect(await screen.findByTestId("account-name")).toHaveTextContent("Alex Wilber");
    expect(screen.getByTestId("account-username")).toHaveTextContent("alex@contosopartner.onmicrosoft.com");
    expect(screen.queryByTestId("browser-waiting")).not.toBeInTheDocument();
    expect(screen.getByTestId("continue-to-directories")).toBeInTheDocument();
  });

  it("treats a cancelled sign-in as no failure", async () => {
    openSignIn({
      sign_in_status: ok(status()),
      sign_in_with_browser: { error: { code: "signInCancelled", message: "cancelled in the app" } },
    });
    await fireEvent.click(await screen.findByTestId("sign-in-browser"));
    await waitFor(() => expect(screen.getByTestId("sign-in-browser")).toBeInTheDocument());
    expect(screen.queryByTestId("error-display")).not.toBeInTheDocument();
  });

  it("explains a refused sign-in with its next step", async () => {
    openSignIn({
      sign_in_status: ok(status()),
      sign_in_with_browser: { error: { code: "wrongPassword", message: "AADSTS50126" } },
    });
    await fireEvent.click(await screen.findByTestId("sign-in-browser"));
    expect(await screen.findByTestId("error-display")).toHaveAttribute("data-error-code", "wrongPassword");
  });

  it("shows a device code large, with the page to open, while it waits", async () => {
    const finish = deferred<Account>();
    openSignIn({
      sign_in_status: ok(status()),
      start_device_code: ok({
        userCode: "ABCD-EFGH",
        verificationUri: "https://microsoft.com/devicelogin",
        message: "To sign in, …",
        expiresInSecs: 900,
      }),
      finish_device_code: () => ok(finish.promise),
    });
    await fireEvent.click(await screen.findByTestId("sign-in-device-code"));
    expect(await screen.findByTestId("device-code")).toHaveTextContent("ABCD-EFGH");
    expect(screen.getByTestId("device-code-panel")).toHaveTextContent("https://microsoft.com/devicelogin");
    expect(screen.getByTestId("copy-device-code")).toBeInTheDocument();
    expect(screen.getByTestId("open-device-page")).toBeInTheDocument();
    finish.reject({ code: "signInTimedOut", message: "expired" });
    expect(await screen.findByTestId("error-display")).toHaveAttribute("data-error-code", "signInTimedOut");
  });

  it("signs a service principal in and forgets the typed secret whatever happens", async () => {
    const { calls } = openSignIn({
      sign_in_status: ok(status()),
      sign_in_service_principal: { error: { code: "clientCredentialsRejected", message: "AADSTS7000215" } },
    });
    await fireEvent.click(await screen.findByTestId("sign-in-service-principal"));
    await fireEvent.input(screen.getByTestId("sp-tenant"), { target: { value: "fabrikam.onmicrosoft.com" } });
    await fireEvent.input(screen.getByTestId("sp-client-id"), {
      target: { value: "eeeeeeee-0000-4000-8000-000000000002" },
    });
    const secret = screen.getByTestId("sp-secret") as HTMLInputElement;
    expect(secret.type).toBe("password");
    await fireEvent.input(secret, { target: { value: "wrong-secret" } });
    await fireEvent.click(screen.getByTestId("sp-submit"));

    expect(await screen.findByTestId("error-display")).toHaveAttribute("data-error-code", "clientCredentialsRejected");
    expect((screen.getByTestId("sp-secret") as HTMLInputElement).value).toBe("");
    expect(calls.find((c) => c.cmd === "sign_in_service_principal")?.args).toEqual({
      tenant: "fabrikam.onmicrosoft.com",
      clientId: "eeeeeeee-0000-4000-8000-000000000002",
      secret: "wrong-secret",
    });
    // The secret is never shown back: no text on the page contains it.
    expect(document.body.textContent).not.toContain("wrong-secret");
  });

  it("signs one account out and confirms before forgetting everything", async () => {
    const { calls } = openSignIn({
      sign_in_status: ok(status({ accounts: [alex] })),
      sign_out: ok(status()),
      forget_everything: ok(status()),
    });
    await fireEvent.click(await screen.findByTestId("account-sign-out"));
    expect(await screen.findByTestId("sign-in-notice")).toHaveTextContent("Alex Wilber is signed out");
    expect(calls.find((c) => c.cmd === "sign_out")?.args).toEqual({ accountId: "oid.home" });
    expect(screen.queryByTestId("account")).not.toBeInTheDocument();
  });

  it("asks before forgetting every sign-in", async () => {
    const { calls } = openSignIn({
      sign_in_status: ok(status({ accounts: [alex] })),
      forget_everything: ok(status()),
    });
    await fireEvent.click(await screen.findByTestId("forget-everything"));
    expect(calls.map((c) => c.cmd)).not.toContain("forget_everything");
    expect(screen.getByTestId("forget-question")).toBeInTheDocument();
    await fireEvent.click(screen.getByTestId("forget-everything-confirm"));
    expect(await screen.findByTestId("sign-in-notice")).toHaveTextContent("Every sign-in was removed");
    expect(calls.map((c) => c.cmd)).toContain("forget_everything");
  });

  it("is in Traditional Chinese too", async () => {
    renderApp({ locale: "zh-TW", answers: { sign_in_status: ok(status()) } });
    goTo("link");
    goTo("signIn");
    expect(await screen.findByTestId("sign-in-browser")).toHaveTextContent("用瀏覽器登入");
    expect(screenTitle()).toBe("登入");
  });

  it("signs in through the Azure CLI and says so on the account", async () => {
    let signedIn = false;
    const cli: Account = { ...alex, id: "az:alex", kind: "azureCli" };
    const { calls } = openSignIn({
      sign_in_status: () => ok(status({ accounts: signedIn ? [cli] : [] })),
      sign_in_azure_cli: () => {
        signedIn = true;
        return ok(cli);
      },
    });
    await fireEvent.click(await screen.findByTestId("sign-in-azure-cli"));
    expect(await screen.findByTestId("account-username")).toHaveTextContent(
      "Through the Azure CLI: alex@contosopartner.onmicrosoft.com",
    );
    expect(calls.map((c) => c.cmd)).toContain("sign_in_azure_cli");
  });

  it("explains an Azure CLI that is missing or signed out", async () => {
    openSignIn({
      sign_in_status: ok(status()),
      sign_in_azure_cli: { error: { code: "azureCliUnavailable", message: "az not found" } },
    });
    await fireEvent.click(await screen.findByTestId("sign-in-azure-cli"));
    expect(await screen.findByTestId("error-display")).toHaveAttribute("data-error-code", "azureCliUnavailable");
    expect(screen.getByTestId("error-next-step")).toHaveTextContent("az login");
  });

  it("clears an earlier error once the sign-in app is set up", async () => {
    let configured = false;
    openSignIn({
      sign_in_status: () => ok(status({ readiness: configured ? "ready" : "needsSignInApp" })),
      sign_in_azure_cli: { error: { code: "azureCliUnavailable", message: "az not found" } },
      set_sign_in_app: () => {
        configured = true;
        return ok(status());
      },
    });
    await fireEvent.click(await screen.findByTestId("sign-in-azure-cli"));
    expect(await screen.findByTestId("error-display")).toHaveAttribute("data-error-code", "azureCliUnavailable");
    await fireEvent.input(screen.getByTestId("setup-client-id"), {
      target: { value: "11111111-2222-4333-8444-555555555555" },
    });
    await fireEvent.click(screen.getByTestId("setup-save"));
    expect(await screen.findByTestId("sign-in-browser")).toBeInTheDocument();
    expect(screen.queryByTestId("error-display")).not.toBeInTheDocument();
  });
});
