// Components take their text from here rather than from the generated files directly, so the
// locale wiring in locale.svelte.ts is always in place before the first message is rendered.
import "./locale.svelte.ts";

export { m } from "../paraglide/messages.js";
export { formatDateTime, nowIso } from "./format.ts";
export {
  chooseLocale,
  currentLocale,
  locales,
  localeFromLanguages,
  LOCALE_STORAGE_KEY,
  resetLocaleFromEnvironment,
  type Locale,
} from "./locale.svelte.ts";
