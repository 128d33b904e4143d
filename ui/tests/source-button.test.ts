import { fireEvent, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { appInfoAnswer, fakeBackend } from "../src/lib/backend/testing.ts";
import { renderApp } from "./render.ts";

describe("Microsoft source buttons", () => {
  it("ask Rust to open Microsoft's page, by name, in the person's language", async () => {
    renderApp({ locale: "zh-TW" });
    const calls = fakeBackend({ app_info: appInfoAnswer(), open_source: { ok: null } });
    await fireEvent.click(screen.getByTestId("choice-learn"));

    await fireEvent.click(screen.getByTestId("learn-pal-identity-source"));

    const opened = calls.filter((c) => c.cmd === "open_source").map((c) => c.args);
    expect(opened).toEqual([{ source: "linkPartnerId", language: "zh-TW" }]);
  });

  it("explain a failure to open the page and keep the address in the details", async () => {
    renderApp({ locale: "en" });
    const address = "https://support.microsoft.com/en-us/topic/link-a-partner-id-for-azure-performance-pal-or-dpor";
    fakeBackend({
      app_info: appInfoAnswer(),
      open_source: { error: { code: "internal", message: `could not open the browser: no browser; open ${address} by hand` } },
    });
    await fireEvent.click(screen.getByTestId("choice-learn"));

    await fireEvent.click(screen.getByTestId("learn-dpor-what-source"));

    const display = await screen.findByTestId("error-display");
    expect(display).toHaveAttribute("data-error-code", "internal");
    expect(screen.getByTestId("error-technical")).toHaveTextContent(address);
  });
});
