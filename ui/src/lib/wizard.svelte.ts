// Resuming the wizard after the app was closed mid-way. Where the person was (the screens behind them), who
// they worked as, the directory they opened and what they had typed are saved in the webview's own storage on
// every change; the next start offers to continue from there. Nothing secret is in it: no token, no client
// secret (the service principal's secret stays in its form), no invitation link.

import type { Cloud, Directory } from "./backend/index.ts";
import { grantForm } from "./grant.svelte.ts";
import { nowIso } from "./i18n/index.ts";
import { linkForm } from "./link-form.svelte.ts";
import { hasNavigated, navigationStack, restoreNavigation, type Route } from "./navigation.svelte.ts";
import { session, setStatus } from "./session.svelte.ts";
import type { SignInStatus } from "./backend/index.ts";

const STORAGE_KEY = "partner-link.wizard";
const VERSION = 1;

/** What is saved. `cloud` keeps a practice session from being resumed against the real Azure, and back. */
export type SavedWizard = {
  version: number;
  savedAt: string;
  cloud: Cloud;
  stack: Route[];
  accountId: string | null;
  directory: Directory | null;
  partnerId: string;
  grant: {
    directory: string;
    appId: string;
    approvedFor: string | null;
    partnerQuery: string;
    subscriptions: string[];
    role: typeof grantForm.role;
    supportRequests: boolean;
  };
};

/** Screens that show a signed-in account's data; without that account the wizard resumes at the sign-in. */
const NEEDS_ACCOUNT: Route[] = ["directories", "directory", "everywhere", "grantAccess"];
const ROUTES: Route[] = [
  "start",
  "link",
  "signIn",
  "directories",
  "directory",
  "everywhere",
  "grant",
  "grantApp",
  "grantAccess",
  "learn",
];

/** The wizard as it is now, in the saved shape. */
export function snapshot(cloud: Cloud): SavedWizard {
  return {
    version: VERSION,
    savedAt: nowIso(),
    cloud,
    stack: navigationStack(),
    accountId: session.accountId,
    directory: session.directory ? { ...session.directory } : null,
    partnerId: linkForm.partnerId,
    grant: {
      directory: grantForm.directory,
      appId: grantForm.appId,
      approvedFor: grantForm.approvedFor,
      partnerQuery: grantForm.partnerQuery,
      subscriptions: [...grantForm.subscriptions],
      role: grantForm.role,
      supportRequests: grantForm.supportRequests,
    },
  };
}

/**
 * Saves the wizard, once the person has moved in it. Until then a wizard saved by the last run is left as it
 * was, so opening the app and closing it again does not lose the offer to continue.
 */
export function saveWizard(cloud: Cloud): void {
  if (!hasNavigated()) return;
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(snapshot(cloud)));
  } catch {
    // Storage full or unavailable: the wizard still works, it just cannot resume.
  }
}

/** The wizard saved by an earlier run, if it got past the first screen on the same Azure. */
export function savedWizard(cloud: Cloud): SavedWizard | null {
  let saved: SavedWizard;
  try {
    const text = localStorage.getItem(STORAGE_KEY);
    if (!text) return null;
    saved = JSON.parse(text) as SavedWizard;
  } catch {
    return null;
  }
  const valid =
    saved.version === VERSION &&
    saved.cloud === cloud &&
    Array.isArray(saved.stack) &&
    saved.stack.length > 1 &&
    saved.stack[0] === "start" &&
    saved.stack.every((r) => ROUTES.includes(r));
  return valid ? saved : null;
}

/** Forgets the saved wizard ("Start over"). */
export function forgetSavedWizard(): void {
  localStorage.removeItem(STORAGE_KEY);
}

/**
 * Where to resume, given who is signed in now: the saved screens, cut back to the sign-in when the account is
 * no longer signed in, and back to the directory list when no directory was open.
 */
export function resumeStack(saved: SavedWizard, signedIn: boolean): Route[] {
  const cut = (at: number, then: Route): Route[] => {
    const kept = saved.stack.slice(0, at);
    return kept[kept.length - 1] === then ? kept : [...kept, then];
  };
  if (!signedIn) {
    const at = saved.stack.findIndex((r) => NEEDS_ACCOUNT.includes(r));
    return at < 0 ? [...saved.stack] : cut(at, "signIn");
  }
  const at = saved.stack.indexOf("directory");
  if (at >= 0 && !saved.directory) return cut(at, "directories");
  return [...saved.stack];
}

/** Puts the saved wizard back: the forms, the account and directory when still signed in, then the screens. */
export function resumeWizard(saved: SavedWizard, status: SignInStatus): void {
  linkForm.partnerId = saved.partnerId ?? "";
  Object.assign(grantForm, saved.grant, { principal: null, invitation: null, acknowledgeOwner: false });
  const signedIn = saved.accountId !== null && status.accounts.some((a) => a.id === saved.accountId);
  session.accountId = signedIn ? saved.accountId : null;
  setStatus(status);
  session.directory = signedIn ? saved.directory : null;
  restoreNavigation(resumeStack(saved, signedIn));
}
