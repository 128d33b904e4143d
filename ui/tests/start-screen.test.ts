import { fireEvent, screen, within } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import { resetLocaleFromEnvironment } from "../src/lib/i18n/index.ts";
import { renderApp, screenTitle } from "./render.ts";

describe("the first screen", () => {
  it("explains the app and offers three choices as buttons, in English", () => {
    renderApp({ locale: "en" });

    expect(screenTitle()).toBe("Let Microsoft know which partner helped");
    expect(screen.getByTestId("start-intro")).toHaveTextContent(
      "Microsoft rewards partners for the Azure work they help customers with",
    );
    // Real buttons, so they work with the keyboard and are announced as buttons.
    expect(screen.getByRole("button", { name: "Link our partner ID" })).toBe(screen.getByTestId("choice-link"));
    expect(screen.getByRole("button", { name: "Give a partner access (I'm the customer's admin)" })).toBe(
      screen.getByTestId("choice-grant"),
    );
    expect(screen.getByRole("button", { name: "Learn: PAL or DPOR?" })).toBe(screen.getByTestId("choice-learn"));
    expect(document.documentElement.lang).toBe("en");
  });

  it("shows the same choices in Traditional Chinese", () => {
    renderApp({ locale: "zh-TW" });

    expect(screenTitle()).toBe("讓 Microsoft 知道是哪個合作夥伴提供協助");
    expect(screen.getByTestId("choice-link")).toHaveAccessibleName("連結我們的合作夥伴識別碼");
    expect(screen.getByTestId("choice-grant")).toHaveAccessibleName("給予合作夥伴存取權（我是客戶的系統管理員）");
    expect(screen.getByTestId("choice-learn")).toHaveAccessibleName("了解：PAL 還是 DPOR？");
    expect(screen.queryByText("Link our partner ID")).not.toBeInTheDocument();
    expect(document.documentElement.lang).toBe("zh-TW");
  });

  it("starts in Traditional Chinese when the system prefers it", () => {
    vi.spyOn(navigator, "languages", "get").mockReturnValue(["zh-Hant-HK", "en-US"]);
    resetLocaleFromEnvironment();
    renderApp();

    expect(screen.getByTestId("choice-link")).toHaveAccessibleName("連結我們的合作夥伴識別碼");
    vi.restoreAllMocks();
  });

  it("switches language from the header without losing the screen, and remembers the choice", async () => {
    renderApp({ locale: "en" });
    await fireEvent.click(screen.getByTestId("choice-learn"));
    expect(screenTitle()).toBe("PAL or DPOR?");

    const switcher = screen.getByRole("group", { name: "Language" });
    await fireEvent.click(within(switcher).getByRole("button", { name: "繁體中文" }));

    expect(screenTitle()).toBe("PAL 還是 DPOR？");
    expect(screen.getByTestId("back-button")).toHaveTextContent("上一步");
    expect(screen.getByTestId("language-zh-TW")).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByTestId("language-en")).toHaveAttribute("aria-pressed", "false");
    expect(localStorage.getItem("partner-link.locale")).toBe("zh-TW");

    // A remembered choice wins over the system's language at the next start.
    resetLocaleFromEnvironment();
    expect(screen.getByTestId("back-button")).toHaveTextContent("上一步");
  });
});
