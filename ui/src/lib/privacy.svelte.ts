// Privacy mode for screen-shares: while it is on, emails, directory, subscription and object IDs, and partner
// IDs (partly) are masked wherever the app shows them, so a partner on a call with one customer shows nothing of
// another's. The masking keeps enough to tell things apart: the first letter of a name, a domain's suffix, the
// last four characters of an ID, the first and last two digits of a partner ID.

/** The localStorage key that remembers the privacy switch between runs. */
export const PRIVACY_STORAGE_KEY = "partner-link.privacy";

const state = $state({ on: globalThis.localStorage?.getItem(PRIVACY_STORAGE_KEY) === "on" });

export function privacyOn(): boolean {
  return state.on;
}

export function setPrivacy(on: boolean): void {
  state.on = on;
  globalThis.localStorage?.setItem(PRIVACY_STORAGE_KEY, on ? "on" : "off");
}

/** Reads the remembered switch again; tests use it to isolate one another. */
export function resetPrivacy(): void {
  state.on = globalThis.localStorage?.getItem(PRIVACY_STORAGE_KEY) === "on";
}

const HIDDEN = "•••";
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const EMAIL = /[^\s@()<>"']+@[^\s@()<>"']+\.[a-z]{2,}/gi;
const PARTNER_ID = /\b\d{6,8}\b/g;

/** `alex@contosopartner.onmicrosoft.com` → `a•••@c•••.onmicrosoft.com`. */
export function maskEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  const labels = domain.split(".");
  const first = labels[0] ?? "";
  const rest = labels.slice(1).join(".");
  return `${local.slice(0, 1)}${HIDDEN}@${first.slice(0, 1)}${HIDDEN}${rest ? `.${rest}` : ""}`;
}

/** A GUID keeps only its last four characters. */
export function maskGuid(guid: string): string {
  return `${HIDDEN}${guid.slice(-4)}`;
}

/** `1234567` → `12•••67`: enough for the person who knows the ID to recognise it. */
export function maskPartnerId(id: string): string {
  return id.length <= 4 ? HIDDEN : `${id.slice(0, 2)}${HIDDEN}${id.slice(-2)}`;
}

/** Masks every email, GUID and partner ID inside a sentence. */
export function maskText(text: string): string {
  return text.replace(EMAIL, maskEmail).replace(GUID, maskGuid).replace(PARTNER_ID, maskPartnerId);
}

/** The text as it may be shown now: masked while privacy mode is on. */
export function shown(text: string): string {
  return state.on ? maskText(text) : text;
}
