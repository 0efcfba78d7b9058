/**
 * The house rules, checked for both packages: the SDK's common code stays runtime-neutral, files
 * stay readable, neither package has an import cycle between files or between folders (type
 * imports included), and every exported declaration carries a doc comment.
 *
 * Imports are read with the TypeScript parser, so an import inside a comment or a string is not
 * one, while `import type`, `export * from`, multi-line imports and `import("./x.js")` type
 * queries are.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const MAX_LINES = 450;

function walk(dir: string, ext = /\.ts$/): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === "node_modules" ? [] : walk(join(dir, e.name), ext)) : ext.test(e.name) ? [join(dir, e.name)] : []);
}

const sdkSrc = join(root, "packages/sdk/src");
const sdkFiles = walk(sdkSrc);
/** Node-only code lives under src/node/ and is reached only through the `node` export condition. */
const isNodeOnly = (file: string) => relative(sdkSrc, file).startsWith("node/");

const packages = [
  { name: "sdk", src: sdkSrc },
  { name: "emulator", src: join(root, "packages/emulator/src") },
].map((p) => ({ ...p, files: walk(p.src) }));

/** A file a generator writes (its header says so): exempt from the size and doc rules. */
function isGenerated(file: string): boolean {
  return /generated/i.test(relative(root, file)) || /GENERATED FILE|@generated|DO NOT EDIT/i.test(readFileSync(file, "utf8").slice(0, 600));
}

const parsed = new Map<string, ts.SourceFile>();
function parse(file: string): ts.SourceFile {
  let sf = parsed.get(file);
  if (!sf) parsed.set(file, (sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true)));
  return sf;
}

/** Every module specifier the file names: static, type-only, re-exports, dynamic and `import("…")` types. */
function specifiers(sf: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      found.push(node.moduleReference.expression.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** `./x.js` is `x.ts` or `x/index.ts` (the NodeNext convention both packages use); packages are not followed. */
function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith(".")) return undefined;
  const base = resolve(dirname(from), spec);
  const stem = base.replace(/\.(m?js|ts)$/, "");
  return [`${stem}.ts`, `${stem}.mts`, join(base, "index.ts"), join(stem, "index.ts")].find((c) => existsSync(c));
}

type Graph = Map<string, Set<string>>;

function fileGraph(files: string[]): Graph {
  const graph: Graph = new Map();
  for (const file of files) {
    const deps = new Set<string>();
    for (const spec of specifiers(parse(file))) {
      const target = resolveImport(file, spec);
      if (target && target !== file) deps.add(target);
    }
    graph.set(file, deps);
  }
  return graph;
}

/** Files in a folder count as that folder (`http/`); a file at the top of src counts as itself. */
function folderOf(file: string, src: string): string {
  const rel = relative(src, file);
  return rel.includes("/") ? `${dirname(rel)}/` : rel;
}

function folderGraph(files: Graph, src: string): Graph {
  const node = (file: string) => folderOf(file, src);
  const graph: Graph = new Map();
  for (const [file, deps] of files) {
    const from = node(file);
    const set = graph.get(from) ?? new Set<string>();
    for (const dep of deps) if (node(dep) !== from) set.add(node(dep));
    graph.set(from, set);
  }
  return graph;
}

/** The strongly connected components of a graph (Tarjan): every cycle lies inside one. */
function components(graph: Graph): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const component = new Map<string, number>();
  const stack: string[] = [];
  let next = 0;
  let count = 0;
  const visit = (n: string) => {
    index.set(n, next);
    low.set(n, next++);
    stack.push(n);
    for (const dep of graph.get(n) ?? []) {
      if (!index.has(dep)) {
        visit(dep);
        low.set(n, Math.min(low.get(n)!, low.get(dep)!));
      } else if (!component.has(dep)) low.set(n, Math.min(low.get(n)!, index.get(dep)!));
    }
    if (low.get(n) === index.get(n)) {
      let m: string;
      do component.set((m = stack.pop()!), count);
      while (m !== n);
      count++;
    }
  };
  for (const n of graph.keys()) if (!index.has(n)) visit(n);
  return component;
}

/**
 * The cycles of a graph, each as a chain `a → b → a` starting at its smallest node: for every edge that
 * lies on a cycle, the shortest way back to its start. So every import to break shows in some chain,
 * and a dense tangle gives one chain per edge rather than every loop through it.
 */
function cycles(graph: Graph, label: (n: string) => string = (n) => n): string[] {
  const component = components(graph);
  const found = new Set<string>();
  for (const from of [...graph.keys()].sort()) {
    for (const to of [...(graph.get(from) ?? [])].sort()) {
      if (component.get(to) !== component.get(from)) continue;
      // Breadth-first from `to` back to `from`, inside their component.
      const back = new Map<string, string>([[to, to]]);
      const queue = [to];
      while (queue.length > 0 && !back.has(from)) {
        const n = queue.shift()!;
        for (const dep of [...(graph.get(n) ?? [])].sort()) {
          if (!back.has(dep) && component.get(dep) === component.get(from)) {
            back.set(dep, n);
            queue.push(dep);
          }
        }
      }
      const path = [from];
      for (let n = from; n !== to; ) path.unshift((n = back.get(n)!));
      // path runs to → … → from; with the edge from → to in front it is the loop.
      const loop = [from, ...path.slice(0, -1)];
      const labels = loop.map(label);
      const start = labels.indexOf([...labels].sort()[0]!);
      const rotated = [...labels.slice(start), ...labels.slice(0, start)];
      found.add([...rotated, rotated[0]].join(" → "));
    }
  }
  return [...found].sort();
}

/** An exported top-level declaration and whether a `/** … *\/` comment sits directly above it. */
type Export = { file: string; line: number; name: string; documented: boolean };

function hasDocComment(sf: ts.SourceFile, node: ts.Node): boolean {
  const text = sf.getFullText();
  const ranges = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];
  const last = ranges[ranges.length - 1];
  if (!last || last.kind !== ts.SyntaxKind.MultiLineCommentTrivia) return false;
  const comment = text.slice(last.pos, last.end);
  const gap = text.slice(last.end, node.getStart(sf));
  return comment.startsWith("/**") && comment !== "/**/" && (gap.match(/\n/g) ?? []).length <= 1;
}

const isExported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

function declaredNames(node: ts.Statement): string[] {
  if (ts.isVariableStatement(node)) return node.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [d.name.text] : []));
  if ((ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) && !node.name) return ["default"];
  if (ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isEnumDeclaration(node) || ts.isModuleDeclaration(node)) {
    return node.name && ts.isIdentifier(node.name) ? [node.name.text] : [];
  }
  return [];
}

/** The exported declarations of a file, including local ones exported by an `export { … }` list. Overloads count once. */
function exportsOf(file: string): Export[] {
  const sf = parse(file);
  const listed = new Set<string>();
  for (const s of sf.statements) {
    if (ts.isExportDeclaration(s) && !s.moduleSpecifier && s.exportClause && ts.isNamedExports(s.exportClause)) {
      for (const e of s.exportClause.elements) listed.add((e.propertyName ?? e.name).text);
    }
  }
  const byName = new Map<string, Export>();
  const out: Export[] = [];
  for (const s of sf.statements) {
    const names = declaredNames(s);
    if (names.length === 0 || !(isExported(s) || names.some((n) => listed.has(n)))) continue;
    const documented = hasDocComment(sf, s);
    const key = `${names.join(",")}:${s.kind}`;
    const overload = ts.isFunctionDeclaration(s) ? byName.get(key) : undefined;
    if (overload) {
      overload.documented ||= documented;
      continue;
    }
    const entry = { file: relative(root, file), line: sf.getLineAndCharacterOfPosition(s.getStart(sf)).line + 1, name: names.join(", "), documented };
    if (ts.isFunctionDeclaration(s)) byName.set(key, entry);
    out.push(entry);
  }
  return out;
}

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

  it(`no source or test file is over ${MAX_LINES} lines (generated files excepted)`, () => {
    const tests = [
      ...walk(join(root, "test"), /\.(ts|mjs)$/),
      ...packages.flatMap((p) => walk(join(p.src, "../test"), /\.(ts|mjs)$/)),
    ];
    const all = [...packages.flatMap((p) => p.files), ...tests].filter((f) => !isGenerated(f));
    const long = all.map((f) => [relative(root, f), readFileSync(f, "utf8").split("\n").length] as const).filter(([, n]) => n > MAX_LINES);
    expect(long).toEqual([]);
  });

  for (const pkg of packages) {
    const graph = fileGraph(pkg.files);
    const where = relative(root, pkg.src);

    it(`no import cycle between the files of ${where} (type imports included)`, () => {
      expect(cycles(graph, (f) => relative(pkg.src, f))).toEqual([]);
    });

    it(`no import cycle between the folders of ${where} (a file at its top counts alone)`, () => {
      const folders = folderGraph(graph, pkg.src);
      const found = cycles(folders);
      // The imports behind each folder edge on a cycle, so the message says which line to change.
      const component = components(folders);
      const rel = (f: string) => relative(pkg.src, f);
      const behind = [...graph].flatMap(([file, deps]) => [...deps].map((dep) => [folderOf(file, pkg.src), folderOf(dep, pkg.src), `${rel(file)} → ${rel(dep)}`] as const))
        .filter(([a, b]) => a !== b && component.get(a) === component.get(b))
        .map(([a, b, why]) => `${a} → ${b}: ${why}`)
        .sort();
      expect(found, `folder cycles; the imports that make them:\n  ${behind.join("\n  ")}\n`).toEqual([]);
    });

    it(`every exported declaration of ${where} has a doc comment directly above it (generated files excepted)`, () => {
      const all = pkg.files.filter((f) => !isGenerated(f)).flatMap(exportsOf);
      const missing = all.filter((e) => !e.documented);
      const perFile = new Map<string, number>();
      for (const e of missing) perFile.set(e.file, (perFile.get(e.file) ?? 0) + 1);
      const summary = [...perFile].map(([f, n]) => `${f}: ${n}`).join("\n  ");
      expect(
        missing.map((e) => `${e.file}:${e.line} ${e.name}`),
        `${missing.length} of ${all.length} exported declarations have no /** */ doc comment; per file:\n  ${summary}\n`,
      ).toEqual([]);
    });
  }
});

/** The rule's own parts, on made-up sources: what counts as an import, a cycle and a documented export. */
describe("house rules: the checks themselves", () => {
  const source = (text: string) => ts.createSourceFile("x.ts", text, ts.ScriptTarget.Latest, true);

  it("reads imports from code only: type imports, re-exports, multi-line, dynamic and type queries count; comments and strings do not", () => {
    const sf = source([
      `// import { a } from "./in-a-comment.js";`,
      `/* export * from "./in-a-block.js"; */`,
      `const s = 'import { b } from "./in-a-string.js"';`,
      "const t = `export * from \"./in-a-template.js\"`;",
      `import type { C } from "./type-only.js";`,
      `import {`,
      `  d,`,
      `  e,`,
      `} from "./multi-line.js";`,
      `export * from "./star.js";`,
      `export { f } from "./named.js";`,
      `type G = typeof import("./type-query.js");`,
      `const h = () => import("./dynamic.js");`,
      `import "./side-effect.js";`,
    ].join("\n"));
    expect(specifiers(sf)).toEqual(["./type-only.js", "./multi-line.js", "./star.js", "./named.js", "./type-query.js", "./dynamic.js", "./side-effect.js"]);
  });

  it("resolves ./x.js to x.ts or x/index.ts, and follows no package", () => {
    const dir = mkdtempSync(join(tmpdir(), "house-rules-"));
    try {
      mkdirSync(join(dir, "b"));
      for (const f of ["a.ts", "c.ts", "b/index.ts"]) writeFileSync(join(dir, f), "");
      const from = join(dir, "a.ts");
      expect(resolveImport(from, "./c.js")).toBe(join(dir, "c.ts"));
      expect(resolveImport(from, "./b.js")).toBe(join(dir, "b/index.ts"));
      expect(resolveImport(from, "./b/index.js")).toBe(join(dir, "b/index.ts"));
      expect(resolveImport(from, "./b")).toBe(join(dir, "b/index.ts"));
      expect(resolveImport(from, "./missing.js")).toBeUndefined();
      expect(resolveImport(from, "typescript")).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("finds every cycle once, as a chain, and none in a graph without one", () => {
    const g = (edges: Record<string, string[]>): Graph => new Map(Object.entries(edges).map(([k, v]) => [k, new Set(v)]));
    expect(cycles(g({ a: ["b"], b: ["c"], c: [] }))).toEqual([]);
    expect(cycles(g({ b: ["c"], c: ["a"], a: ["b"], d: ["a"] }))).toEqual(["a → b → c → a"]);
    // Two loops through one file: both are named, not only the first a walk meets.
    expect(cycles(g({ a: ["b", "c"], b: ["a"], c: ["b"] }))).toEqual(["a → b → a", "a → c → b → a"]);
    expect(cycles(g({ "http/": ["auth/", "options.ts"], "auth/": ["http/"], "options.ts": ["http/"] }))).toEqual(["auth/ → http/ → auth/", "http/ → options.ts → http/"]);
  });

  it("counts a declaration as documented only with a /** */ comment directly above it", () => {
    const file = join(root, "test/house-rules.test.ts");
    parsed.set(file, source([
      `/** Documented. */`,
      `export function a(): void {}`,
      `// A line comment is not a doc comment.`,
      `export const b = 1;`,
      `/* Nor is a block comment. */`,
      `export interface C {}`,
      `/** Too far away. */`,
      ``,
      `export type D = string;`,
      `/** One doc for all overloads. */`,
      `export function e(x: string): string;`,
      `export function e(x: number): number;`,
      `export function e(x: unknown): unknown { return x; }`,
      `class F {}`,
      `export { F };`,
      `export * from "./elsewhere.js";`,
    ].join("\n")));
    try {
      expect(exportsOf(file).map((e) => `${e.name}:${e.documented}`)).toEqual(["a:true", "b:false", "C:false", "D:false", "e:true", "F:false"]);
    } finally {
      parsed.delete(file);
    }
  });
});
