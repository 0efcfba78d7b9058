/**
 * The house rules, checked: the SDK's common code stays runtime-neutral, files stay readable,
 * and the SDK's modules form no import cycle.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []);
}

const sdkSrc = join(root, "packages/sdk/src");
const sdkFiles = walk(sdkSrc);
/** Node-only code lives under src/node/ and is reached only through the `node` export condition. */
const isNodeOnly = (file: string) => relative(sdkSrc, file).startsWith("node/");

describe("house rules", () => {
  it("the SDK's common code imports no node: module and touches no window", () => {
    const offenders = sdkFiles.filter((f) => !isNodeOnly(f)).filter((f) => {
      const text = readFileSync(f, "utf8");
      return /from\s+["']node:|import\(\s*["']node:|require\(\s*["']node:/.test(text) || /\bwindow\.\w|typeof window\b/.test(text);
    });
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });

  it("the SDK's entry classes have no member under a computed key (a bundler then keeps the class in every bundle)", () => {
    // The subpath adapters (redis/, postgres/) are imported only for the store they export.
    const offenders = sdkFiles.filter((f) => !/\/(redis|postgres)\//.test(f)).filter((f) => /^\s+(?:static\s+|async\s+|get\s+)*\[[^\]]+\]\s*\(/m.test(readFileSync(f, "utf8")));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });

  it("no source file is over 450 lines (generated models excepted)", () => {
    const all = [...sdkFiles, ...walk(join(root, "packages/emulator/src"))].filter((f) => !/generated/.test(f));
    const long = all.map((f) => [relative(root, f), readFileSync(f, "utf8").split("\n").length] as const).filter(([, n]) => n > 450);
    expect(long).toEqual([]);
  });

  it("the SDK's modules form no import cycle", () => {
    const graph = new Map<string, string[]>();
    for (const file of sdkFiles) {
      const text = readFileSync(file, "utf8");
      const deps = [...text.matchAll(/(?:import|export)\s[^;]*?from\s+["'](\.[^"']+)["']/g)]
        .filter((m) => !/^\s*(import|export)\s+type\s/.test(m[0]))
        .map((m) => resolve(dirname(file), m[1]!.replace(/\.js$/, ".ts")));
      graph.set(file, deps);
    }
    const state = new Map<string, "visiting" | "done">();
    const cycles: string[] = [];
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "visiting") {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(sdkSrc, f)).join(" → "));
        return;
      }
      state.set(file, "visiting");
      for (const dep of graph.get(file) ?? []) visit(dep, [...path, file]);
      state.set(file, "done");
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
