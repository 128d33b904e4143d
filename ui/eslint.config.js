// Lint rules for the UI. Besides the usual recommended sets, one architectural rule: only the backend folder
// may import `@tauri-apps/*` (tests/import-boundary.test.ts checks the same thing from the other side).
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import svelte from "eslint-plugin-svelte";
import globals from "globals";
import ts from "typescript-eslint";
import svelteConfig from "./svelte.config.js";

export default defineConfig(
  {
    // Generated code is checked by its own freshness tests, not by lint.
    ignores: ["dist/", "node_modules/", "src/lib/paraglide/", "src/lib/backend/bindings.ts", "project.inlang/"],
  },
  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
  },
  {
    files: ["**/*.svelte", "**/*.svelte.ts"],
    languageOptions: {
      parserOptions: {
        projectService: false,
        extraFileExtensions: [".svelte"],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    files: ["**/*.{js,ts,svelte}"],
    ignores: ["src/lib/backend/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@tauri-apps/*"],
              message: "Only src/lib/backend/ may talk to Tauri. Call the `backend` object from src/lib/backend instead.",
            },
          ],
        },
      ],
    },
  },
);
