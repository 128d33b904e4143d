// Who is signed in and which directory the person chose. Kept outside the screens so that Back and Next
// return to a screen with its choices still made.

import type { Account, Directory, SignInStatus } from "./backend/index.ts";

type Session = {
  status: SignInStatus | null;
  /** The account the person works with now. */
  accountId: string | null;
  /** The directory the person opened. */
  directory: Directory | null;
};

export const session = $state<Session>({ status: null, accountId: null, directory: null });

/** Takes a fresh status from the backend, keeping the chosen account while it is still signed in. */
export function setStatus(status: SignInStatus): void {
  session.status = status;
  const ids = status.accounts.map((a) => a.id);
  if (session.accountId === null || !ids.includes(session.accountId)) {
    session.accountId = ids[0] ?? null;
    session.directory = null;
  }
}

/** The account the person works with now, if any. */
export function currentAccount(): Account | null {
  return session.status?.accounts.find((a) => a.id === session.accountId) ?? null;
}

/** Starts over; tests use it to isolate one another. */
export function resetSession(): void {
  session.status = null;
  session.accountId = null;
  session.directory = null;
}
