// What the customer admin has entered and found on the way to giving the partner access. Kept outside the
// screens so that Back and Next return to them with everything still there.

import type { GrantRole, PartnerInvitation, PartnerPrincipal } from "./backend/index.ts";

type GrantForm = {
  /** The directory the partner's app is approved for (ID or domain, as typed). */
  directory: string;
  /** The partner's sign-in app (application ID), prefilled with this app's own. */
  appId: string;
  /** The directory that approved the app, once Entra said so. */
  approvedFor: string | null;
  /** The partner's email, sign-in name or application ID, as typed. */
  partnerQuery: string;
  /** The partner's identity in the directory, once found or invited. */
  principal: PartnerPrincipal | null;
  invitation: PartnerInvitation | null;
  /** Subscription IDs chosen to give the role on. */
  subscriptions: string[];
  role: GrantRole;
  /** Support Request Contributor beside the main role. */
  supportRequests: boolean;
  acknowledgeOwner: boolean;
};

function empty(): GrantForm {
  return {
    directory: "",
    appId: "",
    approvedFor: null,
    partnerQuery: "",
    principal: null,
    invitation: null,
    subscriptions: [],
    role: "contributor",
    supportRequests: false,
    acknowledgeOwner: false,
  };
}

export const grantForm = $state<GrantForm>(empty());

/** Forgets the partner found, when the admin looks for another one. */
export function forgetPartner(): void {
  grantForm.principal = null;
  grantForm.invitation = null;
}

/** Starts over; tests use it to isolate one another. */
export function resetGrantForm(): void {
  Object.assign(grantForm, empty());
}
