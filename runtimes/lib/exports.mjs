// Resolves a package's `exports` map for a set of conditions, the way Node's resolver and the
// bundlers do (first matching key in object order wins; nested objects are entered). Used where no
// resolver of the runtime itself is at hand: the Worker's module list and Chromium's import map.

/**
 * @param {unknown} exportsField the package.json `exports` value
 * @param {string} subpath "." or "./node"
 * @param {string[]} conditions e.g. ["browser", "import", "default"]
 * @returns {string | undefined} the target ("./dist/esm/index.js"), or undefined when none matches
 */
export function resolveExports(exportsField, subpath, conditions) {
  if (exportsField === undefined || exportsField === null) return undefined;
  const isSubpathMap = typeof exportsField === "object" && !Array.isArray(exportsField)
    && Object.keys(exportsField).some((k) => k.startsWith("."));
  const entry = isSubpathMap ? exportsField[subpath] : subpath === "." ? exportsField : undefined;
  return pick(entry, new Set([...conditions, "default"]));
}

function pick(target, conditions) {
  if (typeof target === "string") return target;
  if (Array.isArray(target)) {
    for (const t of target) {
      const found = pick(t, conditions);
      if (found) return found;
    }
    return undefined;
  }
  if (target && typeof target === "object") {
    for (const [key, value] of Object.entries(target)) {
      // `types` only matters to TypeScript; a runtime never loads a .d.ts.
      if (key === "types" || !conditions.has(key)) continue;
      const found = pick(value, conditions);
      if (found) return found;
    }
  }
  return undefined;
}

/** The conditions each runtime (or the bundler a user would put in front of it) matches. */
export const CONDITIONS = {
  node: ["node", "import"],
  deno: ["deno", "node", "import"],
  bun: ["bun", "node", "import"],
  // wrangler (esbuild) bundles a Worker with these.
  workerd: ["workerd", "worker", "browser", "import"],
  // Vite / esbuild for the browser.
  browser: ["browser", "import"],
};
