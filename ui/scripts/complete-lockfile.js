// Adds to package-lock.json the platform-specific optional packages that this workplace's npm registry does not
// carry (macOS, Windows and ARM builds of two of Paraglide's dependencies). `npm install` leaves them out when it
// cannot resolve them, and `npm ci` then refuses the lock file as out of sync with package.json. The entries added
// here are exactly what the public registry lists; `npm ci` skips them on other platforms and never downloads them.
// Run `node scripts/complete-lockfile.js` after any `npm install` that changes package-lock.json.
import { readFileSync, writeFileSync } from "node:fs";

const lockPath = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, "utf8"));

/** The platform a package name's suffix stands for, as npm's os/cpu/libc fields. */
function platformOf(name) {
  const fields = {};
  if (/darwin/.test(name)) fields.os = ["darwin"];
  else if (/win32/.test(name)) fields.os = ["win32"];
  else if (/linux/.test(name)) fields.os = ["linux"];
  if (/arm64/.test(name)) fields.cpu = ["arm64"];
  else if (/x64/.test(name)) fields.cpu = ["x64"];
  if (/-musl$/.test(name)) fields.libc = ["musl"];
  else if (/-gnu$/.test(name)) fields.libc = ["glibc"];
  return fields;
}

let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const platform = platformOf(name);
    if (!platform.os || !platform.cpu) continue;
    const target = `node_modules/${name}`;
    if (lock.packages[target]) continue;
    lock.packages[target] = { version, ...platform, dev: entry.dev ?? false, optional: true };
    if (!lock.packages[target].dev) delete lock.packages[target].dev;
    added += 1;
    console.log(`added ${target}@${version} (needed by ${path || "the root"})`);
  }
}

// npm writes package entries in path order; keep that so later diffs stay small.
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added ? `package-lock.json: ${added} platform package(s) added` : "package-lock.json already complete");
