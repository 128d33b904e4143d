// The one fact the UI asks Rust for at start-up: the app's name, version, cloud and practice mode.
// Kept outside any component so the header and footer share a single request.

import { backend, type AppInfo } from "./backend/index.ts";
import { resetGrantForm } from "./grant.svelte.ts";
import { resetNavigation } from "./navigation.svelte.ts";
import { resetSession } from "./session.svelte.ts";

export type AppInfoState =
  | { status: "loading" }
  | { status: "ready"; info: AppInfo }
  | { status: "failed"; error: unknown };

const state = $state<{ current: AppInfoState }>({ current: { status: "loading" } });

export function appInfoState(): AppInfoState {
  return state.current;
}

/** Asks the backend again; the footer's "Try again" button and the start-up both use it. */
let latestRequest = 0;

export async function loadAppInfo(): Promise<void> {
  // Only the newest request may update the screen, so a slow earlier answer cannot overwrite a newer one.
  const request = ++latestRequest;
  state.current = { status: "loading" };
  let next: AppInfoState;
  try {
    next = { status: "ready", info: await backend.appInfo() };
  } catch (error) {
    next = { status: "failed", error };
  }
  if (request === latestRequest) state.current = next;
}

/**
 * Starts practice mode (a simulated Azure with example customers) or leaves it. Whatever was on screen belonged
 * to the other Azure, so the wizard starts over at the first screen with no one signed in and empty forms.
 */
export async function setPracticeMode(on: boolean): Promise<void> {
  const info = await backend.setPracticeMode(on);
  latestRequest += 1;
  state.current = { status: "ready", info };
  resetSession();
  resetGrantForm();
  resetNavigation();
}
