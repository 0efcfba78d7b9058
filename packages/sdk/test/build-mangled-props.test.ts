/**
 * The build shortens a hand-picked list of internal property names (scripts/build.mjs,
 * MANGLED_PROPS). A name on it that is also part of the public API (a member of any type or class
 * the package exports, protected members included, reached through parameters, results and
 * properties) would break an app that uses it with the bundled build only. This reads the list
 * from the build script and every name of the public API from the TypeScript sources.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");
const ENTRIES = ["index.ts", "node/index.ts", "redis/index.ts", "postgres/index.ts"].map((entry) => join(pkg, "src", entry));

/** The names the build shortens, as listed in scripts/build.mjs. */
function mangledNames(): string[] {
  const script = readFileSync(join(pkg, "scripts", "build.mjs"), "utf8");
  const list = /const MANGLED_PROPS = \[([\s\S]*?)\];/.exec(script)?.[1];
  if (list === undefined) throw new Error("scripts/build.mjs has no MANGLED_PROPS list");
  return [...list.replace(/\/\/.*$/gm, "").matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
}

/** Every property, method, parameter-object and result member name reachable from the entries' exports. */
function publicNames(): Set<string> {
  const program = ts.createProgram(ENTRIES, {
    target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"], types: ["node"], strict: true, skipLibCheck: true, noEmit: true,
  });
  const checker = program.getTypeChecker();
  const names = new Set<string>();
  const seen = new Set<ts.Type>();
  const ours = (symbol: ts.Symbol | undefined) => !!symbol?.declarations?.some((d) => d.getSourceFile().fileName.startsWith(join(pkg, "src")));
  const visit = (type: ts.Type): void => {
    if (seen.has(type)) return;
    seen.add(type);
    if (type.isUnionOrIntersection()) type.types.forEach(visit);
    for (const arg of (type as ts.TypeReference).typeArguments ?? checker.getTypeArguments?.(type as ts.TypeReference) ?? []) visit(arg);
    for (const signature of [...type.getCallSignatures(), ...type.getConstructSignatures()]) {
      for (const parameter of signature.parameters) visit(checker.getTypeOfSymbol(parameter));
      visit(signature.getReturnType());
    }
    if (!ours(type.getSymbol() ?? type.aliasSymbol) && !type.getCallSignatures().length) return;
    for (const property of checker.getPropertiesOfType(type)) {
      // `#private` and `private` members are no API (protected ones are: a subclass calls them).
      const hidden = property.name.startsWith("__#") || property.name.startsWith("#") || property.declarations?.some((d) => ts.getCombinedModifierFlags(d) & ts.ModifierFlags.Private);
      if (hidden) continue;
      names.add(property.name);
      visit(checker.getTypeOfSymbol(property));
    }
    const base = type.getSymbol();
    if (base && base.flags & ts.SymbolFlags.Class) for (const b of checker.getBaseTypes(type as ts.InterfaceType)) visit(b);
  };
  for (const entry of ENTRIES) {
    const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      names.add(symbol.name);
      visit(checker.getDeclaredTypeOfSymbol(symbol));
      visit(checker.getTypeOfSymbol(symbol));
    }
  }
  return names;
}

describe("the property names the build shortens", () => {
  it("are listed, and none is a name of the public API", () => {
    const mangled = mangledNames();
    expect(mangled.length).toBeGreaterThan(10);
    const api = publicNames();
    // The walk reaches the API's members (a sanity check of the walk itself).
    for (const name of ["getOrCreateAccessToken", "readSuccess", "beforeRequest", "savedTracks", "compareAndSet", "ctx"]) expect(api, name).toContain(name);
    expect(mangled.filter((name) => api.has(name))).toEqual([]);
  }, 60_000);
});
