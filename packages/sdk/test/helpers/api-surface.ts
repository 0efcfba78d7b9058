/**
 * Compares two packages' public surfaces with the TypeScript checker, in one program: exported
 * names, and for each endpoint group of `SpotifyApi` its methods, whether a call written for the
 * old signature compiles against the new one, and whether the new result can be used as the old.
 */
import ts from "typescript";

export const GROUPS = ["albums", "artists", "audiobooks", "browse", "chapters", "episodes", "recommendations", "markets", "player",
  "playlists", "shows", "tracks", "users", "currentUser"];
export const CURRENT_USER_GROUPS = ["albums", "audiobooks", "episodes", "playlists", "shows", "tracks", "library"];

export const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
  types: [],
};

interface Surface {
  exports: Set<string>;
  methods: Map<string, readonly ts.Signature[]>;
}

function isPublic(symbol: ts.Symbol): boolean {
  if (symbol.name.startsWith("#") || symbol.name.startsWith("__")) return false;
  return (symbol.declarations ?? []).every((d) => !(ts.getCombinedModifierFlags(d) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)));
}

function typeOfProperty(checker: ts.TypeChecker, prop: ts.Symbol): ts.Type {
  return checker.getTypeOfSymbolAtLocation(prop, prop.valueDeclaration ?? prop.declarations![0]!);
}

function surfaceOf(checker: ts.TypeChecker, source: ts.SourceFile): Surface {
  const exported = checker.getExportsOfModule(checker.getSymbolAtLocation(source)!);
  const methods = new Map<string, readonly ts.Signature[]>();
  let api = exported.find((s) => s.name === "SpotifyApi")!;
  if (api.flags & ts.SymbolFlags.Alias) api = checker.getAliasedSymbol(api);
  const apiType = checker.getDeclaredTypeOfSymbol(api);
  const readMethods = (type: ts.Type, prefix: string) => {
    for (const prop of checker.getPropertiesOfType(type)) {
      if (!isPublic(prop)) continue;
      const signatures = typeOfProperty(checker, prop).getCallSignatures();
      if (signatures.length && !GROUPS.includes(prop.name) && !(prefix === "currentUser" && CURRENT_USER_GROUPS.includes(prop.name))) {
        methods.set(`${prefix}.${prop.name}`, signatures);
      }
    }
  };
  readMethods(apiType, "SpotifyApi");
  for (const group of GROUPS) {
    const prop = apiType.getProperty(group);
    if (!prop) continue;
    const type = typeOfProperty(checker, prop);
    readMethods(type, group);
    if (group !== "currentUser") continue;
    for (const sub of CURRENT_USER_GROUPS) {
      const subProp = type.getProperty(sub);
      if (subProp) readMethods(typeOfProperty(checker, subProp), `currentUser.${sub}`);
    }
  }
  const search = apiType.getProperty("search");
  if (search) methods.set("search", typeOfProperty(checker, search).getCallSignatures());
  methods.delete("SpotifyApi.search");
  return { exports: new Set(exported.map((s) => s.name)), methods };
}

function minArguments(checker: ts.TypeChecker, signature: ts.Signature): number {
  let min = 0;
  signature.getParameters().forEach((p, i) => {
    const decl = p.valueDeclaration;
    if (decl && ts.isParameter(decl) && !checker.isOptionalParameter(decl) && !decl.dotDotDotToken) min = i + 1;
  });
  return min;
}

/** True when every call valid for `old` is valid for `next` (parameter by parameter). */
function acceptsOldCalls(checker: ts.TypeChecker, old: ts.Signature, next: ts.Signature): boolean {
  const oldParams = old.getParameters();
  const nextParams = next.getParameters();
  if (minArguments(checker, next) > minArguments(checker, old)) return false;
  if (nextParams.length < oldParams.length) return false;
  return oldParams.every((p, i) => {
    const oldType = checker.getTypeOfSymbol(p);
    const nextType = checker.getTypeOfSymbol(nextParams[i]!);
    return checker.isTypeAssignableTo(oldType, nextType);
  });
}

function usableAsOld(checker: ts.TypeChecker, old: ts.Signature, next: ts.Signature): boolean {
  const oldReturn = checker.getAwaitedType(old.getReturnType()) ?? old.getReturnType();
  const nextReturn = checker.getAwaitedType(next.getReturnType()) ?? next.getReturnType();
  return checker.isTypeAssignableTo(nextReturn, oldReturn);
}

/**
 * Every difference between `oldEntry` and `newEntry`, as `kind:name` keys:
 * `missing-export:X`, `missing-method:g.m`, `added-method:g.m`, `params:g.m` (a 1.2.0 call no longer
 * compiles), `returns:g.m` (the result is no longer assignable to 1.2.0's type). Generic
 * signatures are compared by the migration program instead (`generic:g.m`).
 */
export function compareSurfaces(oldEntry: string, newEntry: string, extraRoots: string[] = [], host?: ts.CompilerHost): {
  differences: string[];
  program: ts.Program;
} {
  const program = ts.createProgram([oldEntry, newEntry, ...extraRoots], COMPILER_OPTIONS, host);
  const checker = program.getTypeChecker();
  const old = surfaceOf(checker, program.getSourceFile(oldEntry)!);
  const next = surfaceOf(checker, program.getSourceFile(newEntry)!);
  const differences: string[] = [];
  for (const name of old.exports) if (!next.exports.has(name)) differences.push(`missing-export:${name}`);
  for (const [name, oldSigs] of old.methods) {
    const nextSigs = next.methods.get(name);
    if (!nextSigs) {
      differences.push(`missing-method:${name}`);
      continue;
    }
    if ([...oldSigs, ...nextSigs].some((s) => (s.getTypeParameters() ?? []).length > 0)) {
      differences.push(`generic:${name}`);
      continue;
    }
    if (!oldSigs.every((o) => nextSigs.some((n) => acceptsOldCalls(checker, o, n)))) differences.push(`params:${name}`);
    const returnsOk = oldSigs.every((o) => nextSigs.some((n) => acceptsOldCalls(checker, o, n) && usableAsOld(checker, o, n)));
    if (!returnsOk) differences.push(`returns:${name}`);
  }
  for (const name of next.methods.keys()) if (!old.methods.has(name)) differences.push(`added-method:${name}`);
  return { differences: differences.sort(), program };
}
