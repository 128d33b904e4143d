// How each error code is explained to a person: what happened, in plain words, and what to do next.
// The technical English `message` is shown separately, in the "Details" disclosure.

import { AppError, toAppError, type AppErrorCode } from "./backend/index.ts";
import { m } from "./i18n/index.ts";

type Text = () => string;

export type ErrorCopy = {
  /** A short headline of what happened. */
  title: Text;
  /** One or two sentences explaining it without jargon. */
  explanation: Text;
  /** The next step the person can take. */
  nextStep: Text;
};

/**
 * One entry per error code. `satisfies` makes TypeScript fail when the Rust side adds a code to the generated
 * `ErrorCode` and nobody writes its explanation here.
 */
const errorCopy = {
  internal: {
    title: m.error_internal_title,
    explanation: m.error_internal_body,
    nextStep: m.error_internal_next,
  },
  invalidInput: {
    title: m.error_invalid_input_title,
    explanation: m.error_invalid_input_body,
    nextStep: m.error_invalid_input_next,
  },
  network: {
    title: m.error_network_title,
    explanation: m.error_network_body,
    nextStep: m.error_network_next,
  },
  invalidPartnerId: {
    title: m.error_invalid_partner_id_title,
    explanation: m.error_invalid_partner_id_body,
    nextStep: m.error_invalid_partner_id_next,
  },
  severalPartnerIds: {
    title: m.error_several_partner_ids_title,
    explanation: m.error_several_partner_ids_body,
    nextStep: m.error_several_partner_ids_next,
  },
  runInProgress: {
    title: m.error_run_in_progress_title,
    explanation: m.error_run_in_progress_body,
    nextStep: m.error_run_in_progress_next,
  },
  runElsewhere: {
    title: m.error_run_elsewhere_title,
    explanation: m.error_run_elsewhere_body,
    nextStep: m.error_run_elsewhere_next,
  },
  updateMustWait: {
    title: m.error_update_must_wait_title,
    explanation: m.error_update_must_wait_body,
    nextStep: m.error_update_must_wait_next,
  },
  updateNotTrusted: {
    title: m.error_update_not_trusted_title,
    explanation: m.error_update_not_trusted_body,
    nextStep: m.error_update_not_trusted_next,
  },
  updateUnreachable: {
    title: m.error_update_unreachable_title,
    explanation: m.error_update_unreachable_body,
    nextStep: m.error_update_unreachable_next,
  },
  notFound: {
    title: m.error_not_found_title,
    explanation: m.error_not_found_body,
    nextStep: m.error_not_found_next,
  },
  linkConflict: {
    title: m.error_link_conflict_title,
    explanation: m.error_link_conflict_body,
    nextStep: m.error_link_conflict_next,
  },
  throttled: {
    title: m.error_throttled_title,
    explanation: m.error_throttled_body,
    nextStep: m.error_throttled_next,
  },
  azureUnavailable: {
    title: m.error_azure_unavailable_title,
    explanation: m.error_azure_unavailable_body,
    nextStep: m.error_azure_unavailable_next,
  },
  untrustedAnswer: {
    title: m.error_untrusted_answer_title,
    explanation: m.error_untrusted_answer_body,
    nextStep: m.error_untrusted_answer_next,
  },
  settingsFileDamaged: {
    title: m.error_settings_file_damaged_title,
    explanation: m.error_settings_file_damaged_body,
    nextStep: m.error_settings_file_damaged_next,
  },
  forbidden: {
    title: m.error_forbidden_title,
    explanation: m.error_forbidden_body,
    nextStep: m.error_forbidden_next,
  },
  cspAdminOnBehalfOf: {
    title: m.error_csp_admin_on_behalf_of_title,
    explanation: m.error_csp_admin_on_behalf_of_body,
    nextStep: m.error_csp_admin_on_behalf_of_next,
  },
  palUnavailableInCloud: {
    title: m.error_pal_unavailable_in_cloud_title,
    explanation: m.error_pal_unavailable_in_cloud_body,
    nextStep: m.error_pal_unavailable_in_cloud_next,
  },
  confirmationRequired: {
    title: m.error_confirmation_required_title,
    explanation: m.error_confirmation_required_body,
    nextStep: m.error_confirmation_required_next,
  },
  clientCredentialsRejected: {
    title: m.error_client_credentials_rejected_title,
    explanation: m.error_client_credentials_rejected_body,
    nextStep: m.error_client_credentials_rejected_next,
  },
  accessTokenRejected: {
    title: m.error_access_token_rejected_title,
    explanation: m.error_access_token_rejected_body,
    nextStep: m.error_access_token_rejected_next,
  },
  outcomeUnknown: {
    title: m.error_outcome_unknown_title,
    explanation: m.error_outcome_unknown_body,
    nextStep: m.error_outcome_unknown_next,
  },
  backendUnavailable: {
    title: m.error_backend_unavailable_title,
    explanation: m.error_backend_unavailable_body,
    nextStep: m.error_backend_unavailable_next,
  },
  unknown: {
    title: m.error_unknown_title,
    explanation: m.error_unknown_body,
    nextStep: m.error_unknown_next,
  },
  accountNotInDirectory: {
    title: m.error_account_not_in_directory_title,
    explanation: m.error_account_not_in_directory_body,
    nextStep: m.error_account_not_in_directory_next,
  },
  mfaRequired: {
    title: m.error_mfa_required_title,
    explanation: m.error_mfa_required_body,
    nextStep: m.error_mfa_required_next,
  },
  mfaSetupRequired: {
    title: m.error_mfa_setup_required_title,
    explanation: m.error_mfa_setup_required_body,
    nextStep: m.error_mfa_setup_required_next,
  },
  blockedByConditionalAccess: {
    title: m.error_blocked_by_conditional_access_title,
    explanation: m.error_blocked_by_conditional_access_body,
    nextStep: m.error_blocked_by_conditional_access_next,
  },
  consentRequired: {
    title: m.error_consent_required_title,
    explanation: m.error_consent_required_body,
    nextStep: m.error_consent_required_next,
  },
  appNotInDirectory: {
    title: m.error_app_not_in_directory_title,
    explanation: m.error_app_not_in_directory_body,
    nextStep: m.error_app_not_in_directory_next,
  },
  wrongPassword: {
    title: m.error_wrong_password_title,
    explanation: m.error_wrong_password_body,
    nextStep: m.error_wrong_password_next,
  },
  signInExpired: {
    title: m.error_sign_in_expired_title,
    explanation: m.error_sign_in_expired_body,
    nextStep: m.error_sign_in_expired_next,
  },
  directoryNotFound: {
    title: m.error_directory_not_found_title,
    explanation: m.error_directory_not_found_body,
    nextStep: m.error_directory_not_found_next,
  },
  keychainUnavailable: {
    title: m.error_keychain_unavailable_title,
    explanation: m.error_keychain_unavailable_body,
    nextStep: m.error_keychain_unavailable_next,
  },
  keychainLocked: {
    title: m.error_keychain_locked_title,
    explanation: m.error_keychain_locked_body,
    nextStep: m.error_keychain_locked_next,
  },
  signInCancelled: {
    title: m.error_sign_in_cancelled_title,
    explanation: m.error_sign_in_cancelled_body,
    nextStep: m.error_sign_in_cancelled_next,
  },
  signInTimedOut: {
    title: m.error_sign_in_timed_out_title,
    explanation: m.error_sign_in_timed_out_body,
    nextStep: m.error_sign_in_timed_out_next,
  },
  tokenCacheInvalid: {
    title: m.error_token_cache_invalid_title,
    explanation: m.error_token_cache_invalid_body,
    nextStep: m.error_token_cache_invalid_next,
  },
  signInAppNotConfigured: {
    title: m.error_sign_in_app_not_configured_title,
    explanation: m.error_sign_in_app_not_configured_body,
    nextStep: m.error_sign_in_app_not_configured_next,
  },
  signInFailed: {
    title: m.error_sign_in_failed_title,
    explanation: m.error_sign_in_failed_body,
    nextStep: m.error_sign_in_failed_next,
  },
  notAllowedToGrant: {
    title: m.error_not_allowed_to_grant_title,
    explanation: m.error_not_allowed_to_grant_body,
    nextStep: m.error_not_allowed_to_grant_next,
  },
  ownerNeedsAcknowledgement: {
    title: m.error_owner_needs_acknowledgement_title,
    explanation: m.error_owner_needs_acknowledgement_body,
    nextStep: m.error_owner_needs_acknowledgement_next,
  },
  userNotFound: {
    title: m.error_user_not_found_title,
    explanation: m.error_user_not_found_body,
    nextStep: m.error_user_not_found_next,
  },
  servicePrincipalNotFound: {
    title: m.error_service_principal_not_found_title,
    explanation: m.error_service_principal_not_found_body,
    nextStep: m.error_service_principal_not_found_next,
  },
  notAllowedToInvite: {
    title: m.error_not_allowed_to_invite_title,
    explanation: m.error_not_allowed_to_invite_body,
    nextStep: m.error_not_allowed_to_invite_next,
  },
  invitationFailed: {
    title: m.error_invitation_failed_title,
    explanation: m.error_invitation_failed_body,
    nextStep: m.error_invitation_failed_next,
  },
  azureCliUnavailable: {
    title: m.error_azure_cli_unavailable_title,
    explanation: m.error_azure_cli_unavailable_body,
    nextStep: m.error_azure_cli_unavailable_next,
  },
  azureCliSignInNeeded: {
    title: m.error_azure_cli_sign_in_needed_title,
    explanation: m.error_azure_cli_sign_in_needed_body,
    nextStep: m.error_azure_cli_sign_in_needed_next,
  },
} satisfies Record<AppErrorCode, ErrorCopy>;

/** What the error display needs: the translated copy, plus the untranslated code and message for the details. */
export type ExplainedError = ErrorCopy & { code: string; message: string };

/**
 * Explains any failure. A code this UI does not know (a newer backend, or a bug) gets the generic explanation,
 * while the details still show the real code so whoever helps the person can see what happened.
 */
export function explainError(failure: unknown): ExplainedError {
  const error: AppError = toAppError(failure);
  const copy: ErrorCopy = Object.hasOwn(errorCopy, error.code)
    ? errorCopy[error.code]
    : errorCopy.unknown;
  return { ...copy, code: error.code, message: error.message };
}
