// Helpers shared by the component tests.
import { render, screen } from "@testing-library/svelte";
import App from "../src/App.svelte";
import type { AppInfo } from "../src/lib/backend/index.ts";
import { appInfoAnswer, fakeBackend, type FakeAnswer, type FakeAnswers } from "../src/lib/backend/testing.ts";
import { chooseLocale, type Locale } from "../src/lib/i18n/index.ts";

/**
 * Renders the whole app against a fake backend. By default `app_info` answers normally; pass `appInfo` to make it
 * answer differently, or `null` to leave the backend absent, as in a plain browser.
 */
export function renderApp(
  options: {
    locale?: Locale;
    appInfo?: FakeAnswer<AppInfo> | null;
    /** More fake commands, keyed by their Rust name. */
    answers?: FakeAnswers;
  } = {},
) {
  if (options.locale) chooseLocale(options.locale);
  const calls =
    options.appInfo === null
      ? []
      : fakeBackend({ app_info: options.appInfo ?? appInfoAnswer(), ...options.answers });
  const result = render(App);
  return { ...result, calls };
}

/** The current screen's heading text. */
export function screenTitle(): string {
  return screen.getByTestId("screen-title").textContent?.trim() ?? "";
}
