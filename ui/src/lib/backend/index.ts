// The UI's only door to the Rust side.
//
// Invariant: this folder is the only code that imports `@tauri-apps/*` (an ESLint rule and a test enforce it).
// Everything else calls the functions below, which keeps the UI testable without a desktop and keeps every
// IPC error in one shape: a thrown `AppError` whose `code` the UI translates and whose `message` is English
// detail for the "Details" disclosure.

import { commands, events, type AppInfo, type ErrorCode, type Language, type Source } from "./bindings.ts";
import type {
  PracticeProblem,
  Account,
  Decision,
  Situation,
  BulkProgress,
  OverviewProgress,
  ReportFormat,
  AdminPermissions,
  GrantOutcome,
  GrantPlan,
  GrantRequest,
  PartnerAssignment,
  PartnerInvitation,
  PartnerPrincipal,
  RemovalResult,
  RoleChoice,
  DeviceCodePrompt,
  Directory,
  DirectoryOpening,
  Error as IpcError,
  LinkOutcome,
  LinkPlan,
  PartnerIdReading,
  SavedProof,
  SignInStatus,
} from "./bindings.ts";

// Every type the bindings describe is the UI's type too, under the same name.
export type * from "./bindings.ts";

/**
 * tauri-specta's shape for a command that returns `Result<T, Error>` in Rust, when the bindings are generated to
 * return errors rather than throw them. Declared here because the generated file only contains it while some
 * command uses it.
 */
export type Result<T, E> = { status: "ok"; data: T } | { status: "error"; error: E };

/**
 * Codes the UI adds to the backend's own: `backendUnavailable` when the call never reached Rust (for example
 * the page is open in a plain browser, or a command is missing), and `unknown` for a code this UI does not know.
 */
export type UiErrorCode = "backendUnavailable" | "unknown";
export type AppErrorCode = ErrorCode | UiErrorCode;

/** A failed backend call. `message` is technical English meant for the details disclosure, not for the screen. */
export class AppError extends Error {
  override readonly name = "AppError";
  readonly code: AppErrorCode;

  constructor(code: AppErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** True for the `{code, message}` shape the Rust side sends for every command error. */
function isIpcError(value: unknown): value is IpcError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { code?: unknown }).code === "string" &&
    typeof (value as { message?: unknown }).message === "string"
  );
}

/** Turns whatever a failed call produced into an AppError, so callers handle one type only. */
export function toAppError(reason: unknown): AppError {
  if (reason instanceof AppError) return reason;
  if (isIpcError(reason)) return new AppError(reason.code, reason.message);
  // Anything else means the request never got a proper answer from Rust.
  const detail = reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
  return new AppError("backendUnavailable", `The backend could not be called: ${detail}`);
}

/** Runs a command whose binding returns its value directly and rejects with `{code, message}` on failure. */
async function call<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (reason) {
    throw toAppError(reason);
  }
}

/**
 * Runs a command whose binding returns tauri-specta's `Result`, unwrapping `ok` and throwing `error` as an
 * AppError. Use it for every command the Rust side declares as returning `Result<T, Error>`.
 */
export async function callResult<T>(run: () => Promise<Result<T, IpcError>>): Promise<T> {
  const result = await call(run);
  if (result.status === "error") throw toAppError(result.error);
  return result.data;
}

/**
 * The backend's API for the UI. Add one line per command; the declared return types make TypeScript point out
 * a command whose binding changes between a plain value (use `call`) and a `Result` (use `callResult`).
 */
export const backend = {
  /** Name, version, cloud and practice mode, for the header and footer. */
  appInfo: (): Promise<AppInfo> => call(() => commands.appInfo()),
  /** Starts practice mode on a fresh simulated Azure, or leaves it; answers the app's facts afterwards. */
  setPracticeMode: (on: boolean): Promise<AppInfo> => callResult(() => commands.setPracticeMode(on)),
  /** In practice mode, makes the next requests to Azure fail as chosen, to rehearse what happens. */
  rehearseProblem: (problem: PracticeProblem): Promise<null> => callResult(() => commands.rehearseProblem(problem)),

  // Sign-in. No command returns a token or a secret; the service principal's secret goes one way, to Rust.
  signInStatus: (): Promise<SignInStatus> => callResult(() => commands.signInStatus()),
  setSignInApp: (clientId: string): Promise<SignInStatus> => callResult(() => commands.setSignInApp(clientId)),
  useSessionOnly: (): Promise<SignInStatus> => callResult(() => commands.useSessionOnly()),
  retryKeychain: (): Promise<SignInStatus> => callResult(() => commands.retryKeychain()),
  startOver: (): Promise<SignInStatus> => callResult(() => commands.startOver()),
  signInWithBrowser: (tenant: string | null = null): Promise<Account> =>
    callResult(() => commands.signInWithBrowser(tenant)),
  cancelSignIn: (): Promise<void> => call(() => commands.cancelSignIn()).then(() => undefined),
  startDeviceCode: (tenant: string | null = null): Promise<DeviceCodePrompt> =>
    callResult(() => commands.startDeviceCode(tenant)),
  finishDeviceCode: (): Promise<Account> => callResult(() => commands.finishDeviceCode()),
  openDeviceCodePage: (url: string): Promise<void> =>
    callResult(() => commands.openDeviceCodePage(url)).then(() => undefined),
  signInServicePrincipal: (tenant: string, clientId: string, secret: string): Promise<Account> =>
    callResult(() => commands.signInServicePrincipal(tenant, clientId, secret)),
  signInAzureCli: (): Promise<Account> => callResult(() => commands.signInAzureCli()),
  signOut: (accountId: string): Promise<SignInStatus> => callResult(() => commands.signOut(accountId)),
  forgetEverything: (): Promise<SignInStatus> => callResult(() => commands.forgetEverything()),

  /** What a pasted partner ID holds: the ID, or the numbers the person must choose between. */
  readPartnerId: (text: string): Promise<PartnerIdReading> => callResult(() => commands.readPartnerId(text)),

  // Directories and the link in each.
  listDirectories: (accountId: string): Promise<Directory[]> =>
    callResult(() => commands.listDirectories(accountId)),
  signInToDirectory: (accountId: string, tenantId: string): Promise<Account> =>
    callResult(() => commands.signInToDirectory(accountId, tenantId)),
  openDirectory: (accountId: string, tenantId: string): Promise<DirectoryOpening> =>
    callResult(() => commands.openDirectory(accountId, tenantId)),
  adminConsentUrl: (tenantId: string): Promise<string> => callResult(() => commands.adminConsentUrl(tenantId)),
  planLink: (accountId: string, tenantId: string, partnerId: string): Promise<LinkPlan> =>
    callResult(() => commands.planLink(accountId, tenantId, partnerId)),
  planUnlink: (accountId: string, tenantId: string): Promise<LinkPlan> =>
    callResult(() => commands.planUnlink(accountId, tenantId)),
  applyLink: (accountId: string, plan: LinkPlan, confirmed: boolean): Promise<LinkOutcome> =>
    callResult(() => commands.applyLink(accountId, plan, confirmed)),
  saveProof: (
    accountId: string,
    tenantId: string,
    directoryName: string | null,
    requestId: string | null,
  ): Promise<SavedProof> => callResult(() => commands.saveProof(accountId, tenantId, directoryName, requestId)),
  openProof: (path: string): Promise<void> => callResult(() => commands.openProof(path)).then(() => undefined),

  /** The "PAL or DPOR?" helper's recommendation, from the same rules as the access review. */
  decide: (situation: Situation): Promise<Decision> => call(() => commands.decide(situation)),

  // Every directory at once: the overview and the bulk run work in the background. Their status is read when the
  // screen opens or after an action; every change after that is pushed by Rust as an event (nothing polls).
  overviewStatus: (): Promise<OverviewProgress> => callResult(() => commands.overviewStatus()),
  /** Hears every change of the overview until the returned function is called. */
  onOverviewChanged: (handler: (progress: OverviewProgress) => void): Promise<() => void> =>
    events.overviewChanged.listen((event) => handler(event.payload as OverviewProgress)),
  refreshOverview: (): Promise<void> => callResult(() => commands.refreshOverview()).then(() => undefined),
  exportOverview: (format: ReportFormat): Promise<string> => callResult(() => commands.exportOverview(format)),
  bulkStatus: (): Promise<BulkProgress> => callResult(() => commands.bulkStatus()),
  /** Hears every change of the bulk run until the returned function is called. */
  onBulkChanged: (handler: (progress: BulkProgress) => void): Promise<() => void> =>
    events.bulkChanged.listen((event) => handler(event.payload as BulkProgress)),
  startBulkLink: (partnerId: string, tenantIds: string[]): Promise<void> =>
    callResult(() => commands.startBulkLink(partnerId, tenantIds)).then(() => undefined),
  resumeInterruptedBulk: (): Promise<void> =>
    callResult(() => commands.resumeInterruptedBulk()).then(() => undefined),
  forgetInterruptedBulk: (): Promise<void> =>
    callResult(() => commands.forgetInterruptedBulk()).then(() => undefined),
  pauseBulk: (): Promise<void> => call(() => commands.pauseBulk()).then(() => undefined),
  continueBulk: (): Promise<void> => call(() => commands.continueBulk()).then(() => undefined),
  cancelBulk: (): Promise<void> => call(() => commands.cancelBulk()).then(() => undefined),

  // The customer admin's path: approve the partner's app, find or invite the partner, give and take back roles.
  partnerAppId: (): Promise<string | null> => callResult(() => commands.partnerAppId()),
  approveSignInApp: (tenant: string, clientId: string | null): Promise<string> =>
    callResult(() => commands.approveSignInApp(tenant, clientId)),
  roleChoices: (): Promise<RoleChoice[]> => call(() => commands.roleChoices()),
  checkAdminPermissions: (accountId: string, tenantId: string): Promise<AdminPermissions> =>
    callResult(() => commands.checkAdminPermissions(accountId, tenantId)),
  findPartner: (accountId: string, tenantId: string, query: string): Promise<PartnerPrincipal> =>
    callResult(() => commands.findPartner(accountId, tenantId, query)),
  invitePartner: (accountId: string, tenantId: string, email: string, sendEmail: boolean): Promise<PartnerInvitation> =>
    callResult(() => commands.invitePartner(accountId, tenantId, email, sendEmail)),
  planGrant: (accountId: string, tenantId: string, request: GrantRequest): Promise<GrantPlan> =>
    callResult(() => commands.planGrant(accountId, tenantId, request)),
  applyGrant: (accountId: string, tenantId: string, request: GrantRequest): Promise<GrantOutcome> =>
    callResult(() => commands.applyGrant(accountId, tenantId, request)),
  listPartnerAssignments: (accountId: string, tenantId: string, principalObjectId: string): Promise<PartnerAssignment[]> =>
    callResult(() => commands.listPartnerAssignments(accountId, tenantId, principalObjectId)),
  removePartnerAssignments: (
    accountId: string,
    tenantId: string,
    principalObjectId: string,
    assignmentIds: string[],
  ): Promise<RemovalResult[]> =>
    callResult(() => commands.removePartnerAssignments(accountId, tenantId, principalObjectId, assignmentIds)),

  /**
   * Opens one of the Microsoft pages the app cites, in the person's language, in their browser. The page names
   * the source; the address comes from Rust, so this page can open nothing else, and never loads it itself.
   */
  openSource: (source: Source, language: Language): Promise<void> =>
    callResult(() => commands.openSource(source, language)).then(() => undefined),
};

export type Backend = typeof backend;
