import { describe, expect, it } from "vitest";
import { AppError, backend, callResult, toAppError } from "../src/lib/backend/index.ts";
import { appInfoAnswer, fakeBackend } from "../src/lib/backend/testing.ts";

describe("the backend module", () => {
  it("returns a command's value", async () => {
    fakeBackend({ app_info: appInfoAnswer({ version: "3.1.4", practiceMode: true }) });
    await expect(backend.appInfo()).resolves.toEqual({
      name: "Partner Link Assistant",
      version: "3.1.4",
      cloud: "azurePublic",
      practiceMode: true,
    });
  });

  it("turns an IPC error {code, message} into a thrown AppError", async () => {
    fakeBackend({ app_info: { error: { code: "invalidInput", message: "partner ID must be digits" } } });
    const failure = await backend.appInfo().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ code: "invalidInput", message: "partner ID must be digits" });
  });

  it("reports a call that never reached Rust as backendUnavailable", async () => {
    // No fake installed: this is what happens when the UI runs in a plain browser.
    const failure = await backend.appInfo().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).code).toBe("backendUnavailable");

    // An unregistered command answers with a bare string, which is not an IPC error either.
    fakeBackend({});
    await expect(backend.appInfo()).rejects.toMatchObject({ code: "backendUnavailable" });
  });

  it("unwraps tauri-specta Results: data on ok, AppError on error", async () => {
    await expect(callResult(async () => ({ status: "ok" as const, data: 42 }))).resolves.toBe(42);
    await expect(
      callResult(async () => ({ status: "error" as const, error: { code: "network" as const, message: "offline" } })),
    ).rejects.toMatchObject({ name: "AppError", code: "network", message: "offline" });
  });

  it("keeps an AppError as it is and describes anything else", () => {
    const original = new AppError("internal", "boom");
    expect(toAppError(original)).toBe(original);
    expect(toAppError(new TypeError("x is undefined"))).toMatchObject({
      code: "backendUnavailable",
      message: "The backend could not be called: TypeError: x is undefined",
    });
  });

  it("opens Microsoft's pages by name and language, never by address", async () => {
    const calls = fakeBackend({ open_source: { ok: null } });
    await backend.openSource("linkPartnerId", "zh-TW");
    expect(calls).toEqual([{ cmd: "open_source", args: { source: "linkPartnerId", language: "zh-TW" } }]);
  });
});
