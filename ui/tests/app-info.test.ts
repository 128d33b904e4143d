import { fireEvent, screen, waitFor } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import { appInfoAnswer } from "../src/lib/backend/testing.ts";
import { renderApp } from "./render.ts";

describe("the app-info round trip", () => {
  it("asks Rust once and shows the version and cloud in the footer", async () => {
    const { calls } = renderApp({ locale: "en", appInfo: appInfoAnswer({ version: "1.2.3" }) });

    expect(await screen.findByTestId("app-version")).toHaveTextContent("Version 1.2.3");
    expect(screen.getByTestId("app-cloud")).toHaveTextContent("Microsoft cloud: Azure (global)");
    expect(calls.map((c) => c.cmd)).toEqual(["app_info"]);
    expect(screen.queryByTestId("practice-badge")).not.toBeInTheDocument();
  });

  it("shows the practice badge when practice mode is on", async () => {
    renderApp({ locale: "en", appInfo: appInfoAnswer({ practiceMode: true, cloud: "practice" }) });

    expect(await screen.findByTestId("practice-badge")).toHaveTextContent("Practice — nothing is sent to Microsoft");
    expect(screen.getByTestId("app-cloud")).toHaveTextContent("Practice (a simulated Azure)");
  });

  it("shows the practice badge in Traditional Chinese too", async () => {
    renderApp({ locale: "zh-TW", appInfo: appInfoAnswer({ practiceMode: true, version: "0.9.0" }) });

    expect(await screen.findByTestId("practice-badge")).toHaveTextContent("練習模式");
    expect(screen.getByTestId("app-version")).toHaveTextContent("版本 0.9.0");
  });
});

describe("showing an IPC error", () => {
  const networkError = { error: { code: "network", message: "GET https://management.azure.com/ timed out after 30s" } };

  it("explains it in plain English with a next step, and keeps the technical message in Details", async () => {
    renderApp({ locale: "en", appInfo: networkError });

    const display = await screen.findByTestId("error-display");
    expect(display).toHaveAttribute("data-error-code", "network");
    expect(screen.getByTestId("error-title")).toHaveTextContent("The app couldn't reach Microsoft");
    expect(screen.getByTestId("error-next-step")).toHaveTextContent("Check your internet connection");
    expect(screen.getByTestId("error-details")).not.toHaveAttribute("open");
    expect(screen.getByTestId("error-technical")).toHaveTextContent(
      "network: GET https://management.azure.com/ timed out after 30s",
    );
    // The explanation itself never shows the technical message.
    expect(screen.getByTestId("error-explanation")).not.toHaveTextContent("timed out");
  });

  it("translates the explanation but keeps the details in English", async () => {
    renderApp({ locale: "zh-TW", appInfo: networkError });

    await screen.findByTestId("error-display");
    expect(screen.getByTestId("error-title")).toHaveTextContent("無法連線到 Microsoft");
    expect(screen.getByTestId("error-next-step")).toHaveTextContent("請檢查網路連線");
    expect(screen.getByText("詳細資料")).toBeInTheDocument();
    expect(screen.getByTestId("error-technical")).toHaveTextContent("timed out after 30s");
  });

  it("copies the technical details to the clipboard", async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal("navigator", { ...navigator, languages: navigator.languages, clipboard: { writeText } });
    try {
      renderApp({ locale: "en", appInfo: networkError });
      await fireEvent.click(await screen.findByTestId("error-copy"));

      // The message, then when it happened (UTC), for support to find the request.
      expect(writeText).toHaveBeenCalledWith(
        expect.stringMatching(
          /^network: GET https:\/\/management\.azure\.com\/ timed out after 30s\nTime \(UTC\): \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/,
        ),
      );
      expect(await screen.findByText("Copied.")).toBeInTheDocument();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("gives an unknown code the generic explanation but shows the real code in Details", async () => {
    renderApp({ locale: "en", appInfo: { error: { code: "somethingNew", message: "a newer backend said no" } } });

    await screen.findByTestId("error-display");
    expect(screen.getByTestId("error-title")).toHaveTextContent("Something went wrong");
    expect(screen.getByTestId("error-technical")).toHaveTextContent("somethingNew: a newer backend said no");
  });

  it("explains a missing backend (a plain browser) instead of showing a blank page, and can try again", async () => {
    renderApp({ locale: "en", appInfo: null });

    await screen.findByTestId("error-display");
    expect(screen.getByTestId("error-display")).toHaveAttribute("data-error-code", "backendUnavailable");
    expect(screen.getByTestId("error-title")).toHaveTextContent("This window can't reach the rest of the app");
    // The wizard still works without the backend.
    expect(screen.getByTestId("choice-link")).toBeInTheDocument();

    const { fakeBackend } = await import("../src/lib/backend/testing.ts");
    fakeBackend({ app_info: appInfoAnswer({ version: "2.0.0" }) });
    await fireEvent.click(screen.getByTestId("error-retry"));

    await waitFor(() => expect(screen.getByTestId("app-version")).toHaveTextContent("Version 2.0.0"));
    expect(screen.queryByTestId("error-display")).not.toBeInTheDocument();
  });
});

describe("practice mode from the first screen", () => {
  it("starts practice, labels it, and leaves it back at the first screen", async () => {
    let practising = false;
    const { calls } = renderApp({
      locale: "en",
      answers: {
        rehearse_problem: { ok: null },
        set_practice_mode: () => {
          const on = (calls.at(-1)?.args as { on: boolean }).on;
          practising = on;
          return appInfoAnswer({ practiceMode: on, cloud: on ? "practice" : "azurePublic" });
        },
      },
    });

    await fireEvent.click(await screen.findByRole("button", { name: "Start practising" }));
    expect(await screen.findByTestId("practice-badge")).toHaveTextContent("Practice — nothing is sent to Microsoft");
    expect(practising).toBe(true);
    expect(screen.getByTestId("app-cloud")).toHaveTextContent("Practice (a simulated Azure)");
    expect(screen.getByTestId("practice-offer")).toHaveTextContent("You are practising");
    expect(screen.queryByTestId("start-practice")).not.toBeInTheDocument();

    // A problem to rehearse is staged on the simulator, and the screen says what will happen.
    await fireEvent.click(screen.getByRole("button", { name: "The connection drops while I link" }));
    expect(await screen.findByTestId("rehearse-staged")).toHaveTextContent(
      "Ready: the next link you make meets this problem.",
    );
    expect(calls.find((c) => c.cmd === "rehearse_problem")?.args).toEqual({ problem: "connectionLost" });

    // Practice started mid-way would mix two Azures: starting or leaving always returns to the first screen.
    await fireEvent.click(screen.getByTestId("choice-learn"));
    await fireEvent.click(screen.getByRole("button", { name: "Leave practice" }));
    await waitFor(() => expect(screen.queryByTestId("practice-badge")).not.toBeInTheDocument());
    expect(practising).toBe(false);
    expect(screen.getByTestId("screen-title")).toHaveTextContent("Let Microsoft know which partner helped");
    expect(screen.getByTestId("start-practice")).toBeEnabled();
    expect(calls.filter((c) => c.cmd === "set_practice_mode").map((c) => c.args)).toEqual([{ on: true }, { on: false }]);
  });

  it("explains a practice that could not start, and offers to try again", async () => {
    renderApp({
      locale: "zh-TW",
      answers: { set_practice_mode: { error: { code: "internal", message: "no free port" } } },
    });

    await fireEvent.click(await screen.findByTestId("start-practice"));
    expect(await screen.findByTestId("error-display")).toHaveAttribute("data-error-code", "internal");
    expect(screen.getByTestId("error-retry")).toBeInTheDocument();
    expect(screen.queryByTestId("practice-badge")).not.toBeInTheDocument();
  });
});
