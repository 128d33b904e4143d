// File-system helpers for the tests that read the source tree.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** The ui/ folder. */
export const uiRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Every file below the absolute folder `root`, as paths relative to it with forward slashes, sorted. */
export function filesUnder(root: string): string[] {
  const out: string[] = [];
  const walk = (absolute: string) => {
    for (const name of readdirSync(absolute)) {
      const child = join(absolute, name);
      if (statSync(child).isDirectory()) walk(child);
      else out.push(relative(root, child).split(sep).join("/"));
    }
  };
  walk(root);
  return out.sort();
}

/** Every file below `dir` (a folder of ui/) that `keep` accepts, as ui-relative paths. */
export function listFiles(dir: string, keep: (path: string) => boolean = () => true): string[] {
  return filesUnder(join(uiRoot, dir))
    .map((path) => `${dir}/${path}`)
    .filter(keep);
}

export function readUi(path: string): string {
  return readFileSync(join(uiRoot, path), "utf8");
}
