// Dates for people, in their language. Plain functions over the current locale, outside the reactive modules.
import { currentLocale } from "./locale.svelte.ts";

/** A date and time in the person's language, as every screen shows them ("1 Dec 2026, 14:05"; "2026年12月1日 下午2:05"). */
export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}

/** Now, as an ISO 8601 timestamp in UTC, for what is saved. */
export function nowIso(): string {
  return new Date().toISOString();
}
