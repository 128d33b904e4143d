// Test helpers that fake the Rust side. They live in the backend folder because they import `@tauri-apps/*`,
// which no other folder may do; only tests import this file.

import { emit } from "@tauri-apps/api/event";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import type { commands } from "./bindings.ts";
import type { AppInfo, ErrorCode } from "./index.ts";

/** What a fake command answers: a value, or an IPC error `{code, message}` that the call rejects with. */
export type FakeAnswer<T = unknown> =
  | { ok: Okay<T> | Promise<Okay<T>> }
  | { error: { code: ErrorCode | string; message: string } };

/** A command that returns nothing answers `null` over IPC. */
type Okay<T> = [T] extends [void] ? null : T;

type Commands = typeof commands;

/** `signInStatus` → `sign_in_status`: the Rust name a binding invokes. */
type SnakeCase<S extends string> = S extends `${infer C}${infer Rest}`
  ? `${C extends Lowercase<C> ? C : `_${Lowercase<C>}`}${SnakeCase<Rest>}`
  : S;

/** What a command answers when it succeeds: the binding's value, or the `data` of its `Result`. */
type Answer<K extends keyof Commands> =
  Awaited<ReturnType<Commands[K]>> extends infer R
    ? [Extract<R, { status: "ok" }>] extends [never]
      ? R
      : Extract<R, { status: "ok"; data: unknown }>["data"]
    : never;

/**
 * Fake answers keyed by the Rust command name, each typed by the generated binding: when a Rust type changes,
 * TypeScript fails the tests whose answers no longer fit.
 */
export type FakeAnswers = {
  [K in keyof Commands as SnakeCase<K & string>]?: FakeAnswer<Answer<K>> | (() => FakeAnswer<Answer<K>>);
} & {
  /** Plugins' commands (`plugin:<name>|<command>`) are not in the app's bindings. */
  [plugin: `plugin:${string}`]: FakeAnswer | (() => FakeAnswer);
};

/** A successful answer. */
export function ok<const T>(value: T): { ok: T } {
  return { ok: value };
}

/** A failed answer: the `{code, message}` the Rust side sends. */
export function fail(code: ErrorCode, message = "technical detail"): { error: { code: ErrorCode; message: string } } {
  return { error: { code, message } };
}

/** Every IPC request the fake received, in order, so tests can check what the UI asked for. */
export type IpcCall = { cmd: string; args: unknown };

/**
 * Installs a fake backend that answers each command from `answers` (keyed by the Rust command name) and
 * records every call. A command without an answer fails the way an unregistered Tauri command does.
 */
export function fakeBackend(answers: FakeAnswers): IpcCall[] {
  const calls: IpcCall[] = [];
  const byName = answers as Record<string, FakeAnswer | (() => FakeAnswer) | undefined>;
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    const entry = byName[cmd];
    const answer = typeof entry === "function" ? entry() : entry;
    if (answer === undefined) {
      // Tauri rejects an unregistered command with a bare string like this one.
      return Promise.reject(`command ${cmd} not found`);
    }
    if ("error" in answer) {
      // Tauri rejects the invoke promise with the serialized error value itself.
      return Promise.reject(answer.error);
    }
    return answer.ok;
  }, { shouldMockEvents: true });
  return calls;
}

/** Pushes an event to the page as the Rust side would (`overview-changed`, `bulk-changed`). */
export async function emitFake(event: string, payload: unknown): Promise<void> {
  await emit(event, payload);
}

/** A typical answer to `app_info`, overridable field by field. */
export function appInfoAnswer(overrides: Partial<AppInfo> = {}): FakeAnswer<AppInfo> {
  const info: AppInfo = {
    name: "Partner Link Assistant",
    version: "0.1.0",
    cloud: "azurePublic",
    practiceMode: false,
    ...overrides,
  };
  return { ok: info };
}

/** Removes the fake so the next test starts with no backend at all. */
export function resetFakeBackend(): void {
  clearMocks();
}
