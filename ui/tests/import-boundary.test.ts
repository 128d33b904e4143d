// @vitest-environment node
// Architectural invariants that a reviewer would otherwise have to remember:
// only src/lib/backend/ talks to Tauri, the webview loads nothing from the network, the strict CSP holds,
// and the screens show no text that bypasses the translated catalogue.
import { parse } from "svelte/compiler";
import { describe, expect, it } from "vitest";
import { listFiles, readUi } from "./files.ts";

const code = (path: string) => /\.(ts|js|svelte)$/.test(path);
const tauriImport = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']@tauri-apps\//;

describe("the import boundary", () => {
  const files = [...listFiles("src", code), ...listFiles("tests", code)];

  it("finds the backend module's own Tauri imports (so the scan below is not vacuous)", () => {
    expect(tauriImport.test(readUi("src/lib/backend/bindings.ts"))).toBe(true);
    expect(tauriImport.test(readUi("src/lib/backend/testing.ts"))).toBe(true);
  });

  it("no file outside src/lib/backend/ imports @tauri-apps", () => {
    const offenders = files.filter((p) => !p.startsWith("src/lib/backend/") && tauriImport.test(readUi(p)));
    expect(offenders).toEqual([]);
  });
});

describe("the webview makes no network calls and respects the CSP", () => {
  const appFiles = listFiles("src", (p) => code(p) && !p.startsWith("src/lib/paraglide/"));

  it("no code fetches, opens windows or sockets itself (pages open in the browser through the backend)", () => {
    const offenders = appFiles.filter((p) =>
      /\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|window\.open\s*\(|sendBeacon/.test(readUi(p)),
    );
    expect(offenders).toEqual([]);
  });

  it("no stylesheet loads anything from the network", () => {
    const styles = [...listFiles("src", (p) => /\.(css|svelte)$/.test(p)), "index.html"];
    const offenders = styles.filter((p) => /@import\s+url\(\s*["']?https?:|url\(\s*["']?(https?:)?\/\//.test(readUi(p)));
    expect(offenders).toEqual([]);
  });

  it("no inline style attributes (the CSP allows only style sheets; Svelte's style: directive is fine)", () => {
    const offenders = [...listFiles("src", (p) => p.endsWith(".svelte")), "index.html"].filter((p) =>
      /\sstyle\s*=/.test(readUi(p)),
    );
    expect(offenders).toEqual([]);
  });

  it("index.html has no inline script or style", () => {
    const html = readUi("index.html");
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body?.trim()).toBe("");
    }
    expect(html).not.toMatch(/<style\b/);
  });
});

describe("all UI text comes from the catalogue", () => {
  type Node = { type?: string; data?: string; name?: string; value?: unknown; [key: string]: unknown };

  /** Collects literal template text and literal values of attributes people see or hear. */
  function literalText(node: unknown, found: string[]): void {
    if (Array.isArray(node)) {
      for (const child of node) literalText(child, found);
      return;
    }
    if (!node || typeof node !== "object") return;
    const n = node as Node;
    if (n.type === "Text" && typeof n.data === "string") found.push(n.data);
    if (
      n.type === "Attribute" &&
      typeof n.name === "string" &&
      /^(aria-label|title|alt|placeholder|aria-description)$/.test(n.name) &&
      Array.isArray(n.value)
    ) {
      for (const part of n.value as Node[]) if (part.type === "Text" && typeof part.data === "string") found.push(part.data);
      return;
    }
    for (const [key, value] of Object.entries(n)) {
      // Attribute values such as class names and test ids are not shown to people.
      if (n.type === "Attribute" && key === "value") continue;
      literalText(value, found);
    }
  }

  it.each(listFiles("src", (p) => p.endsWith(".svelte")))("%s has no hard-coded words", (path) => {
    const ast = parse(readUi(path), { modern: true });
    const found: string[] = [];
    literalText(ast.fragment, found);
    // Symbols such as arrows and separators are allowed; letters and CJK characters are not.
    const words = found.filter((text) => /[\p{L}\p{N}]/u.test(text)).map((text) => text.trim());
    expect(words).toEqual([]);
  });
});
