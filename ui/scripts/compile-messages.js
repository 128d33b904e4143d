// Compiles messages/*.json into the committed message functions in src/lib/paraglide.
// Run it with `npm run i18n` after editing a catalogue; a test fails while the output is stale.
import { compile } from "@inlang/paraglide-js";
import { paraglideOptions, paraglideOutdir } from "./paraglide-options.js";

await compile({ ...paraglideOptions, outdir: paraglideOutdir });
console.log(`Compiled the message catalogue into ${paraglideOutdir}`);
