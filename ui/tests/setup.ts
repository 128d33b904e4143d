// Shared test set-up: DOM matchers, and a clean slate (no fake backend, no stored language, first screen)
// before each test so no test depends on another.
import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/svelte";
import { afterEach, beforeEach } from "vitest";
import { resetFakeBackend } from "../src/lib/backend/testing.ts";
import { resetLocaleFromEnvironment } from "../src/lib/i18n/index.ts";
import { resetNavigation } from "../src/lib/navigation.svelte.ts";

beforeEach(() => {
  localStorage.clear();
  resetLocaleFromEnvironment();
  resetNavigation();
});

afterEach(() => {
  cleanup();
  resetFakeBackend();
});
