// How the access review's codes read in the person's language. Each map `satisfies` a Record over the
// generated union, so TypeScript fails when Rust adds an offer type or a note that nobody has explained here.

import type { Mark, OfferType, ReviewNote } from "./backend/index.ts";
import { m } from "./i18n/index.ts";

type Text = () => string;

export const offerText = {
  enterpriseAgreement: m.offer_enterprise_agreement,
  azurePlan: m.offer_azure_plan,
  enterpriseAgreementOrAzurePlan: m.offer_ea_or_azure_plan,
  payAsYouGo: m.offer_pay_as_you_go,
  csp: m.offer_csp,
  devTest: m.offer_dev_test,
  visualStudio: m.offer_visual_studio,
  partnerBenefits: m.offer_partner_benefits,
  freeTrial: m.offer_free_trial,
  azureInOpen: m.offer_azure_in_open,
  azurePass: m.offer_azure_pass,
  sponsored: m.offer_sponsored,
  azureForStudents: m.offer_azure_for_students,
  studentStarter: m.offer_student_starter,
  default: m.offer_default,
  internal: m.offer_internal,
  unknown: m.offer_unknown,
} satisfies Record<OfferType, Text>;

export const noteText = {
  noAccess: m.note_no_access,
  cspAdminOnBehalfOf: m.note_csp_aobo,
  lighthouse: m.note_lighthouse,
  pimEligibleDoesNotCount: m.note_pim_eligible,
  agreementUnreadable: m.note_agreement_unreadable,
  azurePlanLooksLikeEa: m.note_azure_plan_looks_like_ea,
  readerNoIncentives: m.note_reader_no_incentives,
  roleThroughGroup: m.note_role_through_group,
  rolesUnreadable: m.note_roles_unreadable,
  subscriptionNotActive: m.note_subscription_not_active,
  dporRetired: m.note_dpor_retired,
} satisfies Record<ReviewNote, Text>;

export const markText = {
  yes: m.mark_yes,
  no: m.mark_no,
  unknown: m.mark_unknown,
} satisfies Record<Mark, Text>;

/**
 * Azure's built-in role names, in the person's language (Azure's API always answers in English). Any other role,
 * custom ones included, is shown as Azure names it.
 */
const builtInRoles: Record<string, Text> = {
  Owner: m.role_owner,
  Contributor: m.role_contributor,
  Reader: m.role_reader,
  "User Access Administrator": m.role_user_access_administrator,
  "Support Request Contributor": m.role_support_request_contributor,
};

export function roleText(name: string): string {
  return builtInRoles[name]?.() ?? name;
}
