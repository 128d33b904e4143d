// Shared test set-up: DOM matchers, and a clean slate (no fake backend, no stored language, first screen)
// before each test so no test depends on another. Tests that read files run in Node, with no DOM to reset.
import "@testing-library/jest-dom/vitest";
import { afterEach, beforeEach } from "vitest";

if (typeof window !== "undefined") {
  const { cleanup } = await import("@testing-library/svelte");
  const { resetFakeBackend } = await import("../src/lib/backend/testing.ts");
  const { resetLocaleFromEnvironment } = await import("../src/lib/i18n/index.ts");
  const { resetNavigation } = await import("../src/lib/navigation.svelte.ts");
  const { resetSession } = await import("../src/lib/session.svelte.ts");
  const { resetPrivacy } = await import("../src/lib/privacy.svelte.ts");
  const { resetGrantForm } = await import("../src/lib/grant.svelte.ts");
  const { resetLinkForm } = await import("../src/lib/link-form.svelte.ts");

  // jsdom lays nothing out, so it has no ResizeObserver; the header and wide tables observe sizes that are all
  // zero here. Layout itself is tested in the real webview (the end-to-end suite).
  if (typeof ResizeObserver === "undefined") {
    globalThis.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }

  beforeEach(() => {
    localStorage.clear();
    resetLocaleFromEnvironment();
    resetNavigation();
    resetSession();
    resetPrivacy();
    resetGrantForm();
    resetLinkForm();
  });

  afterEach(() => {
    cleanup();
    resetFakeBackend();
  });
}
