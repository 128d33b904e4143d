// Test helpers that fake the Rust side. They live in the backend folder because they import `@tauri-apps/*`,
// which no other folder may do; only tests import this file.

import { emit } from "@tauri-apps/api/event";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import type { AppInfo, ErrorCode } from "./index.ts";

/** What a fake command answers: a value, or an IPC error `{code, message}` that the call rejects with. */
export type FakeAnswer = { ok: unknown } | { error: { code: ErrorCode | string; message: string } };

/** Every IPC request the fake received, in order, so tests can check what the UI asked for. */
export type IpcCall = { cmd: string; args: unknown };

/**
 * Installs a fake backend that answers each command from `answers` (keyed by the Rust command name) and
 * records every call. A command without an answer fails the way an unregistered Tauri command does.
 */
export function fakeBackend(answers: Record<string, FakeAnswer | (() => FakeAnswer)>): IpcCall[] {
  const calls: IpcCall[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    const entry = answers[cmd];
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
export function appInfoAnswer(overrides: Partial<AppInfo> = {}): FakeAnswer {
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
