// Privacy mode: the masking rules themselves, and the switch in the header hiding what a screen-share must not
// show, on the screens that show it, until it is switched off again.
import { fireEvent, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { goTo } from "../src/lib/navigation.svelte.ts";
import { maskEmail, maskGuid, maskPartnerId, maskText, PRIVACY_STORAGE_KEY, resetPrivacy } from "../src/lib/privacy.svelte.ts";
import { alex } from "./fixtures.ts";
import { renderApp } from "./render.ts";

describe("masking", () => {
  it("keeps a first letter and the domain's suffix of an email", () => {
    expect(maskEmail("alex@contosopartner.onmicrosoft.com")).toBe("a•••@c•••.onmicrosoft.com");
    expect(maskEmail("sam@fabrikam.com")).toBe("s•••@f•••.com");
  });

  it("keeps the last four characters of an ID, and partner IDs partly", () => {
    expect(maskGuid("aaaaaaaa-0000-4000-8000-000000000010")).toBe("•••0010");
    expect(maskPartnerId("1234567")).toBe("12•••67");
  });

  it("masks every email, ID and partner ID inside a sentence, and nothing else", () => {
    expect(
      maskText("Linked to partner ID 1234567 (Contoso Partner Ltd) for alex@contoso.com in aaaaaaaa-0000-4000-8000-000000000002."),
    ).toBe("Linked to partner ID 12•••67 (Contoso Partner Ltd) for a•••@c•••.com in •••0002.");
    expect(maskText("Northwind Traders")).toBe("Northwind Traders");
  });
});

describe("the privacy switch", () => {
  it("hides the account's email and home directory while on, and is remembered", async () => {
    renderApp({
      locale: "en",
      answers: {
        sign_in_status: { ok: { readiness: "ready", problem: null, persistent: true, accounts: [alex] } },
      },
    });
    goTo("link");
    goTo("signIn");
    expect(await screen.findByTestId("account-username")).toHaveTextContent("alex@contosopartner.onmicrosoft.com");

    const toggle = screen.getByTestId("privacy-toggle");
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    await fireEvent.click(toggle);
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByTestId("privacy-hint")).toHaveTextContent("Emails and IDs are hidden");
    expect(screen.getByTestId("account-username")).toHaveTextContent("a•••@c•••.onmicrosoft.com");
    expect(document.body.textContent).not.toContain("alex@contosopartner.onmicrosoft.com");
    expect(document.body.textContent).not.toContain(alex.homeTenantId);
    expect(localStorage.getItem(PRIVACY_STORAGE_KEY)).toBe("on");

    // The next start remembers it.
    resetPrivacy();
    expect(screen.getByTestId("privacy-toggle")).toHaveAttribute("aria-pressed", "true");

    await fireEvent.click(screen.getByTestId("privacy-toggle"));
    expect(screen.getByTestId("account-username")).toHaveTextContent("alex@contosopartner.onmicrosoft.com");
  });

  it("is in view on the first screen, in both languages", async () => {
    renderApp({ locale: "zh-TW" });
    expect(screen.getByTestId("privacy-toggle")).toHaveTextContent("隱私模式");
  });
});
