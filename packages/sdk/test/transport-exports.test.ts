/**
 * The built package resolves the Node build (default transport `node:http`) under the `node`
 * condition, and the fetch build under `browser`, `deno`, `bun`, `worker` and `workerd`, for
 * `import` and `require` alike; and the fetch build's module graph holds no `node:` import.
 * Runs against dist/ (`npm run build -w packages/sdk`; `npm test` builds it when stale).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(pkg, "dist");

beforeAll(() => {
  const needed = ["esm/index.js", "cjs/index.js", "esm/node/entry.js", "cjs/node/entry.js", "esm/node/entry.d.ts", "cjs/node/entry.d.ts"];
  const missing = needed.filter((f) => !existsSync(join(dist, f)));
  if (missing.length) throw new Error(`the SDK is not built (missing dist/${missing.join(", dist/")}): run npm run build -w packages/sdk`);
});

/** `transportKind` as seen by `import` and by `require` of the package name, under `conditions`. */
function resolved(conditions: string[]): string {
  const script = [
    "import { createRequire } from 'node:module';",
    "const esm = await import('spotify-web-api-sdk');",
    "const cjs = createRequire(process.cwd() + '/index.js')('spotify-web-api-sdk');",
    "process.stdout.write(esm.transportKind + ' ' + cjs.transportKind + ' ' + typeof esm.SpotifyApi + ' ' + typeof cjs.SpotifyApi);",
  ].join("\n");
  // The package resolves itself by name from inside its own folder (self-reference).
  return execFileSync(process.execPath, [...conditions.map((c) => `--conditions=${c}`), "--input-type=module", "-e", script], {
    cwd: pkg, encoding: "utf8",
  });
}

/** Every module specifier reachable from `entry` through relative imports and requires. */
/** The files `entry` loads (`dynamic`: also those it may `import()` later). */
function graph(entry: string, dynamic = true): { files: string[]; external: Set<string> } {
  const files: string[] = [];
  const external = new Set<string>();
  const todo = [entry];
  const seen = new Set<string>();
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    files.push(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/(\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)["']([^"']+)["']/gm)) {
      if (!dynamic && m[1]!.startsWith("import")) continue;
      const spec = m[2]!;
      if (spec.startsWith(".")) todo.push(resolve(dirname(file), spec));
      else external.add(spec);
    }
  }
  return { files, external };
}

describe("the package's export conditions", () => {
  it("resolve the Node build in Node by default", () => {
    expect(resolved([])).toBe("node node function function");
  });

  it.each(["browser", "deno", "bun", "worker", "workerd"])("resolve the fetch build under the %s condition (even with node set)", (condition) => {
    expect(resolved([condition])).toBe("fetch fetch function function");
  });

  it("list the runtime conditions before node, each with types first", () => {
    const { exports } = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")) as { exports: Record<string, Record<string, Record<string, Record<string, string>>>> };
    const root = exports["."]!;
    const keys = Object.keys(root);
    for (const runtime of ["deno", "bun", "workerd", "worker", "browser"]) expect(keys.indexOf(runtime)).toBeLessThan(keys.indexOf("node"));
    for (const condition of keys.filter((k) => k !== "import" && k !== "require")) {
      for (const kind of ["import", "require"]) expect(Object.keys(root[condition]![kind]!)[0]).toBe("types");
    }
  });

  it("load the Node build's ESM entry as 3 files at import, its transport later", () => {
    const entry = join(dist, "esm", "node", "entry.js");
    const atImport = graph(entry, false).files;
    const eventually = graph(entry).files;
    // Each file is a module record Node reads and links at start-up: the Node build is bundled
    // apart from the fetch build so that its entry shares chunks with `spotify-web-api-sdk/node` only.
    expect(atImport.length).toBeLessThanOrEqual(3);
    expect(eventually.length).toBeGreaterThan(atImport.length);
    expect(atImport.some((file) => readFileSync(file, "utf8").includes("class ResponseParser"))).toBe(false);
  });

  it("keep node: imports out of the fetch build, ESM and CommonJS", () => {
    for (const build of ["esm", "cjs"]) {
      const common = graph(join(dist, build, "index.js"));
      // The ESM fetch build is one bundled file; the CJS build is file per file.
      if (build === "esm") expect(common.files).toHaveLength(1);
      else expect(common.files.length).toBeGreaterThan(10);
      expect([...common.external].filter((s) => s.startsWith("node:"))).toEqual([]);
      // The Node build loads its built-ins on first use, through node:module, never at import.
      const node = graph(join(dist, build, "node", "entry.js"));
      expect([...node.external].filter((s) => s.startsWith("node:"))).toEqual(["node:module"]);
    }
  });
});
