// Which language the app speaks, and how that choice is made and remembered.
//
// Paraglide's message functions ask `getLocale()` for the language each time they run. We point that
// function at a Svelte `$state`, so every piece of text on screen re-renders by itself when the person
// switches language, without reloading the page (which would lose their place in the wizard).

import {
  baseLocale,
  isLocale,
  locales,
  overwriteGetLocale,
  overwriteSetLocale,
  type Locale,
} from "../paraglide/runtime.js";

export type { Locale };
export { locales };

/** The localStorage key that remembers a language the person picked by hand. */
export const LOCALE_STORAGE_KEY = "partner-link.locale";

/**
 * Picks the app's language from the webview's preferred languages, which follow the operating system.
 * The first language we can serve wins; Traditional Chinese in any of its regional spellings maps to
 * zh-TW, and anything else falls back to English.
 */
export function localeFromLanguages(languages: readonly string[]): Locale {
  for (const raw of languages) {
    const tag = raw.toLowerCase();
    if (
      tag === "zh-tw" ||
      tag.startsWith("zh-tw-") ||
      tag === "zh-hant" ||
      tag.startsWith("zh-hant-") ||
      tag === "zh-hk" ||
      tag.startsWith("zh-hk-") ||
      tag === "zh-mo" ||
      tag.startsWith("zh-mo-")
    ) {
      return "zh-TW";
    }
    if (tag === "en" || tag.startsWith("en-")) {
      return "en";
    }
  }
  return baseLocale;
}

function readStoredLocale(): Locale | undefined {
  try {
    const stored = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    return stored && isLocale(stored) ? stored : undefined;
  } catch {
    // Storage can be unavailable (for example in a locked-down webview); the OS language still works.
    return undefined;
  }
}

function systemLanguages(): readonly string[] {
  const nav = globalThis.navigator;
  if (!nav) return [];
  return nav.languages?.length ? nav.languages : nav.language ? [nav.language] : [];
}

/** The language to start in: a remembered choice first, then the operating system's languages. */
export function initialLocale(): Locale {
  return readStoredLocale() ?? localeFromLanguages(systemLanguages());
}

const current = $state<{ locale: Locale }>({ locale: initialLocale() });

function applyToDocument(locale: Locale) {
  if (typeof document === "undefined") return;
  // Screen readers and the CJK font fallbacks depend on the document's language.
  document.documentElement.lang = locale;
}

overwriteGetLocale(() => current.locale);
overwriteSetLocale((locale) => {
  current.locale = locale;
  applyToDocument(locale);
});
applyToDocument(current.locale);

/** The language currently shown. Reading it inside a component makes that component follow changes. */
export function currentLocale(): Locale {
  return current.locale;
}

/** Switches the language now and remembers the choice for the next start. */
export function chooseLocale(locale: Locale): void {
  current.locale = locale;
  applyToDocument(locale);
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not being able to remember the choice is harmless: the switch still works for this session.
  }
}

/** Starts over from the remembered choice or the OS languages; tests use it to isolate one another. */
export function resetLocaleFromEnvironment(): void {
  current.locale = initialLocale();
  applyToDocument(current.locale);
}
