// Microsoft pages that back up what the wizard says. Each is opened in the person's browser, in their language
// where Microsoft publishes one.

import type { Locale } from "./i18n/index.ts";

export type Source = "linkPartnerId" | "palOrDpor";

const pages = {
  linkPartnerId: {
    en: "https://learn.microsoft.com/en-us/azure/cost-management-billing/manage/link-partner-id",
    "zh-TW": "https://learn.microsoft.com/zh-tw/azure/cost-management-billing/manage/link-partner-id",
  },
  palOrDpor: {
    en: "https://support.microsoft.com/en-us/topic/link-a-partner-id-for-azure-performance-pal-or-dpor-a8eed43b-82a8-f017-3b1a-f9c8aa385d32",
    "zh-TW": "https://support.microsoft.com/zh-tw/topic/a8eed43b-82a8-f017-3b1a-f9c8aa385d32",
  },
} satisfies Record<Source, Record<Locale, string>>;

export function sourceUrl(source: Source, locale: Locale): string {
  return pages[source][locale];
}
