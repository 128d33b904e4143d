import { fireEvent, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { appInfoAnswer, fakeBackend } from "../src/lib/backend/testing.ts";
import { renderApp } from "./render.ts";

describe("Microsoft source buttons", () => {
  it("open Microsoft's page in the person's language, through the backend", async () => {
    renderApp({ locale: "zh-TW" });
    const calls = fakeBackend({ app_info: appInfoAnswer(), "plugin:opener|open_url": { ok: null } });
    await fireEvent.click(screen.getByTestId("choice-learn"));

    await fireEvent.click(screen.getByTestId("learn-pal-identity-source"));

    const opened = calls.filter((c) => c.cmd === "plugin:opener|open_url").map((c) => (c.args as { url: string }).url);
    expect(opened).toEqual(["https://learn.microsoft.com/zh-tw/azure/cost-management-billing/manage/link-partner-id"]);
  });

  it("explain a failure to open the page and keep the address in the details", async () => {
    renderApp({ locale: "en" });
    fakeBackend({ app_info: appInfoAnswer() }); // The opener plugin is missing.
    await fireEvent.click(screen.getByTestId("choice-learn"));

    await fireEvent.click(screen.getByTestId("learn-dpor-what-source"));

    const display = await screen.findByTestId("error-display");
    expect(display).toHaveAttribute("data-error-code", "backendUnavailable");
    expect(screen.getByTestId("error-technical")).toHaveTextContent(
      "while opening https://support.microsoft.com/en-us/topic/link-a-partner-id-for-azure-performance-pal-or-dpor",
    );
  });
});
