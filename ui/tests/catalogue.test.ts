// @vitest-environment node
// The message catalogue is the only source of UI text, so it gets the same care as code: both languages
// complete, the same placeholders on both sides, every message used, and the committed compiled output fresh.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compile } from "@inlang/paraglide-js";
import { describe, expect, it } from "vitest";
import { paraglideOptions, paraglideOutdir } from "../scripts/paraglide-options.js";
import { filesUnder, listFiles, readUi, uiRoot } from "./files.ts";

const settings = JSON.parse(readUi("project.inlang/settings.json")) as { locales: string[]; baseLocale: string };

function catalogue(locale: string): Record<string, string> {
  const raw = JSON.parse(readUi(`messages/${locale}.json`)) as Record<string, unknown>;
  const entries = Object.entries(raw).filter(([key]) => key !== "$schema");
  for (const [key, value] of entries) {
    if (typeof value !== "string") throw new Error(`messages/${locale}.json: "${key}" must be a plain string`);
  }
  return Object.fromEntries(entries) as Record<string, string>;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\s*([A-Za-z_][\w]*)\s*\}/g)].map((match) => match[1] ?? "").sort();
}

describe("the message catalogue", () => {
  const base = catalogue(settings.baseLocale);

  it("covers English and Traditional Chinese", () => {
    expect(settings.locales).toEqual(["en", "zh-TW"]);
  });

  it.each(settings.locales)("%s has every key, and no empty message", (locale) => {
    const messages = catalogue(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(base).sort());
    const empty = Object.entries(messages)
      .filter(([, text]) => text.trim() === "")
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(settings.locales)("%s uses the same placeholders as English", (locale) => {
    const messages = catalogue(locale);
    const mismatched = Object.keys(base).filter(
      (key) => placeholders(messages[key] ?? "").join() !== placeholders(base[key] ?? "").join(),
    );
    expect(mismatched).toEqual([]);
  });

  it("Traditional Chinese uses full-width punctuation beside Chinese text", () => {
    // Half-width colons, commas, semicolons and brackets next to Chinese characters read as a careless
    // translation; full-width ones (：，；（）) are what a Taiwanese reader expects. Digits keep their colon (12:57).
    const chinese = "\\u3400-\\u9fff\\u3000-\\u303f\\uff00-\\uffef";
    const halfWidth = new RegExp(`[${chinese}][:,;()]|(?<![0-9])[:,;()][${chinese}]|[)(]\\{|\\}[()]`, "u");
    const offenders = Object.entries(catalogue("zh-TW"))
      .filter(([, text]) => halfWidth.test(text))
      .map(([key, text]) => `${key}: ${text}`);
    expect(offenders).toEqual([]);
  });

  it("every message is used by the UI, so the catalogue holds no forgotten text", () => {
    const sources = listFiles("src", (p) => /\.(ts|svelte)$/.test(p) && !p.startsWith("src/lib/paraglide/"))
      .map(readUi)
      .join("\n");
    const unused = Object.keys(base).filter((key) => !new RegExp(`\\bm\\.${key}\\b`).test(sources));
    expect(unused).toEqual([]);
  });

  it("the committed message functions are up to date (run `npm run i18n` if this fails)", async () => {
    const fresh = mkdtempSync(join(tmpdir(), "paraglide-fresh-"));
    try {
      await compile({ ...paraglideOptions, project: join(uiRoot, "project.inlang"), outdir: fresh });
      const committedDir = join(uiRoot, paraglideOutdir);
      const expected = filesUnder(fresh);
      expect(filesUnder(committedDir)).toEqual(expected);
      for (const file of expected) {
        const same = readFileSync(join(committedDir, file), "utf8") === readFileSync(join(fresh, file), "utf8");
        expect(same, `src/lib/paraglide/${file} is stale: run \`npm run i18n\` and commit the result`).toBe(true);
      }
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});
