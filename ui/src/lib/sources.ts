// Microsoft pages that back up what the wizard says. Each is opened in the person's browser, in their language
// where Microsoft publishes one.

import type { Locale } from "./i18n/index.ts";

export type Source =
  | "linkPartnerId"
  | "palOrDpor"
  | "partnerCenterPal"
  | "lighthouse"
  | "assignRoles"
  | "adminConsent";

const pages = {
  linkPartnerId: {
    en: "https://learn.microsoft.com/en-us/azure/cost-management-billing/manage/link-partner-id",
    "zh-TW": "https://learn.microsoft.com/zh-tw/azure/cost-management-billing/manage/link-partner-id",
  },
  palOrDpor: {
    en: "https://support.microsoft.com/en-us/topic/link-a-partner-id-for-azure-performance-pal-or-dpor-a8eed43b-82a8-f017-3b1a-f9c8aa385d32",
    "zh-TW": "https://support.microsoft.com/zh-tw/topic/a8eed43b-82a8-f017-3b1a-f9c8aa385d32",
  },
  partnerCenterPal: {
    en: "https://learn.microsoft.com/en-us/partner-center/membership/link-partner-id-for-azure-performance-pal-dpor",
    "zh-TW": "https://learn.microsoft.com/zh-tw/partner-center/membership/link-partner-id-for-azure-performance-pal-dpor",
  },
  lighthouse: {
    en: "https://learn.microsoft.com/en-us/azure/lighthouse/how-to/partner-earned-credit",
    "zh-TW": "https://learn.microsoft.com/zh-tw/azure/lighthouse/how-to/partner-earned-credit",
  },
  assignRoles: {
    en: "https://learn.microsoft.com/en-us/azure/role-based-access-control/role-assignments-steps",
    "zh-TW": "https://learn.microsoft.com/zh-tw/azure/role-based-access-control/role-assignments-steps",
  },
  adminConsent: {
    en: "https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/grant-admin-consent",
    "zh-TW": "https://learn.microsoft.com/zh-tw/entra/identity/enterprise-apps/grant-admin-consent",
  },
} satisfies Record<Source, Record<Locale, string>>;

export function sourceUrl(source: Source, locale: Locale): string {
  return pages[source][locale];
}

/** The source behind a rule the core cites, by its (English) address; unknown addresses have none here. */
export function sourceFor(url: string): Source | null {
  const found = (Object.keys(pages) as Source[]).find((s) => pages[s].en === url);
  return found ?? null;
}
