// Finds spec/openapi.yml (next to the built package, or at the repository root in development),
// and returns its compact model. Parsing the YAML takes ~300 ms, so the model is cached as JSON
// keyed by the YAML's hash: the build ships one (spec/operations.json), development runs keep one
// in the package's git-ignored .cache folder.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { extractModel } from "./extract.js";
import type { SpecModel } from "./model.js";

const CACHE_FORMAT = 1;

/** The package root (packages/emulator, or the installed package). */
export function packageRoot(): string {
  // This file lives at <root>/src/spec/load.ts in development and <root>/dist/spec/load.js when built.
  return join(dirname(fileURLToPath(import.meta.url)), "..", "..");
}

/** The path of spec/openapi.yml: in the package, or in the repository during development. */
export function findSpecFile(): string {
  const root = packageRoot();
  const candidates = [join(root, "spec", "openapi.yml"), join(root, "..", "..", "spec", "openapi.yml")];
  const found = candidates.find((file) => existsSync(file));
  if (!found) throw new Error("spotify-emulator: spec/openapi.yml not found next to the package (was the package built?)");
  return found;
}

interface CachedModel {
  format: number;
  hash: string;
  model: SpecModel;
}

function readCache(file: string, hash: string): SpecModel | undefined {
  try {
    const cached = JSON.parse(readFileSync(file, "utf8")) as CachedModel;
    return cached.format === CACHE_FORMAT && cached.hash === hash ? cached.model : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(file: string, hash: string, model: SpecModel): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ format: CACHE_FORMAT, hash, model } satisfies CachedModel));
    renameSync(tmp, file);
  } catch {
    // A read-only install simply parses the YAML every time.
  }
}

/** Parses the YAML and extracts the model (slow path; also used by the build script). */
export function modelFromYaml(text: string): SpecModel {
  // Loaded only on a cache miss: importing the YAML parser alone costs ~50 ms.
  const { parse } = createRequire(import.meta.url)("yaml") as typeof import("yaml");
  return extractModel(parse(text) as Record<string, unknown>);
}

let memo: { file: string; model: SpecModel } | undefined;

/** Loads the spec model (memoised per process; the YAML parser runs only on a cache miss). */
export function loadSpecModel(specFile = findSpecFile()): SpecModel {
  if (memo?.file === specFile) return memo.model;
  const text = readFileSync(specFile, "utf8");
  const hash = createHash("sha256").update(text).digest("hex").slice(0, 32);
  const root = packageRoot();
  const shipped = join(dirname(specFile), "operations.json");
  const devCache = join(root, ".cache", `spec-model-${hash}.json`);
  let model = readCache(shipped, hash) ?? readCache(devCache, hash);
  if (!model) {
    model = modelFromYaml(text);
    writeCache(devCache, hash, model);
  }
  memo = { file: specFile, model };
  return model;
}

/** For the build: writes spec/operations.json next to the copied YAML. */
export function writeShippedModel(specFile: string): void {
  const text = readFileSync(specFile, "utf8");
  const hash = createHash("sha256").update(text).digest("hex").slice(0, 32);
  const model = modelFromYaml(text);
  writeFileSync(join(dirname(specFile), "operations.json"), JSON.stringify({ format: CACHE_FORMAT, hash, model }));
}
