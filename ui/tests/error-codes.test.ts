// Every error code the Rust side can send must have its own plain-language explanation in both languages.
// TypeScript already refuses a missing entry in src/lib/errors.ts; this test reads the generated bindings
// themselves, so it also fails when the catalogue lacks the text, and it runs with `npm test`.
import { describe, expect, it } from "vitest";
import { AppError } from "../src/lib/backend/index.ts";
import { explainError } from "../src/lib/errors.ts";
import { chooseLocale } from "../src/lib/i18n/index.ts";
import { readUi } from "./files.ts";

function errorCodesInBindings(): string[] {
  // Doc comments may contain semicolons and quotes, so they go before the declaration is cut out.
  const source = readUi("src/lib/backend/bindings.ts")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\/\/.*$/gm, "");
  const declaration = /export type ErrorCode\s*=([\s\S]*?);/.exec(source)?.[1];
  if (!declaration) throw new Error("bindings.ts no longer declares `export type ErrorCode`");
  return [...declaration.matchAll(/"([^"]+)"/g)].map((match) => match[1] ?? "");
}

const codes = errorCodesInBindings();
const snake = (code: string) => code.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

describe("error codes from the generated bindings", () => {
  it("are found (so the checks below are not vacuous)", () => {
    expect(codes).toContain("internal");
  });

  it.each(codes)("%s has a title, explanation and next step in both catalogues", (code) => {
    for (const locale of ["en", "zh-TW"]) {
      const messages = JSON.parse(readUi(`messages/${locale}.json`)) as Record<string, string>;
      for (const part of ["title", "body", "next"]) {
        expect(messages[`error_${snake(code)}_${part}`], `${locale}: error_${snake(code)}_${part}`).toBeTruthy();
      }
    }
  });

  it.each(codes)("%s gets its own explanation, not the generic one", (code) => {
    chooseLocale("en");
    const generic = explainError(new AppError("unknown", "x")).title();
    expect(explainError({ code, message: "detail" }).title()).not.toBe(generic);
  });
});
