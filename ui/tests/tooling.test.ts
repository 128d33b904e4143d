// @vitest-environment node
// The tool chain must install the same way everywhere: exact versions, and a lock file `npm ci` accepts.
import { describe, expect, it } from "vitest";
import { readUi } from "./files.ts";

type PackageJson = { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
type Lock = { packages: Record<string, { optionalDependencies?: Record<string, string> }> };

describe("the tool chain", () => {
  const pkg = JSON.parse(readUi("package.json")) as PackageJson;

  it("pins every dependency to an exact version", () => {
    const all = { ...pkg.dependencies, ...pkg.devDependencies };
    const loose = Object.entries(all).filter(([, version]) => !/^\d+\.\d+\.\d+$/.test(version));
    expect(loose).toEqual([]);
  });

  it("keeps @tauri-apps/cli at 2.12.3 (later versions lack other platforms' packages on this registry)", () => {
    expect(pkg.devDependencies?.["@tauri-apps/cli"]).toBe("2.12.3");
  });

  it("lists every optional platform package in the lock file (else run scripts/complete-lockfile.js)", () => {
    const lock = JSON.parse(readUi("package-lock.json")) as Lock;
    const missing = Object.values(lock.packages)
      .flatMap((entry) => Object.keys(entry.optionalDependencies ?? {}))
      .filter((name) => !lock.packages[`node_modules/${name}`]);
    expect(missing).toEqual([]);
  });
});
