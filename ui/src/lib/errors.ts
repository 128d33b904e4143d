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
