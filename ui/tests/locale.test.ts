import { describe, expect, it } from "vitest";
import { localeFromLanguages } from "../src/lib/i18n/index.ts";

describe("choosing the language from the system", () => {
  it.each([
    [["zh-TW"], "zh-TW"],
    [["zh-Hant"], "zh-TW"],
    [["zh-Hant-TW"], "zh-TW"],
    [["zh-HK"], "zh-TW"],
    [["zh-MO"], "zh-TW"],
    [["ZH-tw"], "zh-TW"],
    [["en-US", "zh-TW"], "en"],
    [["fr-FR", "zh-TW"], "zh-TW"],
    [["zh-CN"], "en"],
    [["zh-Hans-TW"], "en"],
    [["ja-JP"], "en"],
    [[], "en"],
  ])("%j → %s", (languages, expected) => {
    expect(localeFromLanguages(languages)).toBe(expected);
  });
});
