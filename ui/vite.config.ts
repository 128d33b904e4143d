/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { svelteTesting } from "@testing-library/svelte/vite";

// One config serves `vite`, `vite build` and `vitest`, so the app under test is built exactly as shipped.
export default defineConfig({
  plugins: [svelte(), svelteTesting()],
  // Tauri loads the built files from its own protocol, so paths must not assume a web server root.
  base: "./",
  clearScreen: false,
  server: {
    port: 1420,
    strictPort: true,
    host: "localhost",
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Tauri's webviews are recent engines; this keeps the output small and readable.
    target: "es2022",
    // The strict CSP forbids data: URLs, so no asset may be inlined into CSS or JS.
    assetsInlineLimit: 0,
    // Tauri's webviews support module preloading natively; the polyfill would only add a fetch() to the bundle.
    modulePreload: { polyfill: false },
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
    setupFiles: ["./tests/setup.ts"],
    // The catalogue freshness test compiles the whole Paraglide project, which is slow on a busy machine.
    testTimeout: 60_000,
  },
});
