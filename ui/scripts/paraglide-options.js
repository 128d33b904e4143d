// The one place that says how the message catalogue is compiled.
// Both `npm run i18n` and the freshness test use it, so the test compiles exactly what the script would.

/** @type {Omit<import("@inlang/paraglide-js").CompilerOptions, "outdir">} */
export const paraglideOptions = {
  project: "./project.inlang",
  // The app decides the locale itself (see src/lib/i18n/locale.svelte.ts); this strategy is only the fallback.
  strategy: ["globalVariable", "baseLocale"],
  // The output is committed, so these helper files for ignored output would only hide it from git.
  emitGitIgnore: false,
  emitPrettierIgnore: false,
  emitReadme: false,
  // One module per language keeps the committed output to a handful of readable files.
  outputStructure: "locale-modules",
};

export const paraglideOutdir = "./src/lib/paraglide";
