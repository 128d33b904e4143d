import { vitePreprocess } from "@sveltejs/vite-plugin-svelte";

// TypeScript in <script lang="ts"> needs the Vite preprocessor; nothing else is customised.
export default {
  preprocess: vitePreprocess(),
};
