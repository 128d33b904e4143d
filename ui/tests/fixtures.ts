// What several UI tests share: the demo's partner user and a directory where that user may link, shaped as the
// backend answers them.
import type { AccessReview, Account } from "../src/lib/backend/index.ts";

/** The demo's partner user, signed in at home. */
export const alex: Account = {
  id: "oid.home",
  kind: "user",
  name: "Alex Wilber",
  username: "alex@contosopartner.onmicrosoft.com",
  homeTenantId: "aaaaaaaa-0000-4000-8000-000000000000",
};

/** Northwind Traders, a customer directory where Alex is a guest. */
export const tenant = "aaaaaaaa-0000-4000-8000-000000000002";

/** Northwind's access review: one pay-as-you-go subscription with Reader (recognition, no incentives). */
export function review(overrides: Partial<AccessReview> = {}): AccessReview {
  return {
    tenantId: tenant,
    identity: {
      tenantId: tenant,
      objectId: "guest-oid",
      displayName: "alex@contosopartner.onmicrosoft.com",
      isServicePrincipal: false,
      homeTenantId: alex.homeTenantId,
      accountType: 1,
    },
    session: "guest",
    subscriptions: [
      {
        subscriptionId: "bbbbbbbb-0000-4000-8000-000000000002",
        displayName: "Northwind production",
        state: "Enabled",
        quotaId: "PayAsYouGo_2014-09-01",
        agreement: null,
        offer: "payAsYouGo",
        offerLabel: "Pay-as-you-go",
        roles: [],
        effectiveRole: "Reader",
        recognition: "yes",
        incentives: "no",
        dpor: "yes",
        viaLighthouse: false,
        notes: ["readerNoIncentives"],
      },
    ],
    bestRole: "Reader",
    earnsRecognition: true,
    earnsIncentives: false,
    canLink: true,
    notes: [],
    reviewedAt: "2026-12-01T07:00:00Z",
    ...overrides,
  } as AccessReview;
}
