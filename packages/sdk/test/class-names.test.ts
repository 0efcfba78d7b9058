/**
 * Type names in `toJSON()`, `util.inspect` and errors' `name` are written out, not read from the
 * class: a bundler renames a class whose name is taken in the bundle's scope (the ESM Node build
 * made `Session2` and `SpotifyApi2`, its classes extending the fetch build's of the same name).
 * Checked on a bundle built here with esbuild, with the errors' names taken too, and in the
 * sources.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { inspect } from "node:util";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(pkg, "src");

/** The error classes and the arguments each is built with. */
const ERRORS: Record<string, unknown[]> = {
  SpotifyError: ["m"],
  ValidationError: ["m"],
  ApiError: [{ status: 418 }],
  BadRequestError: [{ status: 400 }],
  UnauthorizedError: [{ status: 401 }],
  ForbiddenError: [{ status: 403 }],
  NotFoundError: [{ status: 404 }],
  ServerError: [{ status: 500 }],
  RateLimitError: [{ status: 429 }],
  AuthError: [{ error: "invalid_grant" }],
  ConnectionError: ["m"],
  TimeoutError: ["m", { timeoutMs: 1 }],
  AbortError: ["m"],
  UnexpectedResponseError: ["m", { status: 200, contentType: "", body: "" }],
  PartialWriteError: ["m", { failedChunk: 1, totalChunks: 2, completed: [] }],
};

let dir: string;
let sdk: Record<string, any>;
let bundled: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sdk-class-names-"));
  // A module of the app's own, bundled first, with classes named as the SDK's errors: esbuild
  // renames the SDK's (`AuthError2`).
  const shadows = join(dir, "shadows.js");
  writeFileSync(shadows, `${Object.keys(ERRORS).map((name) => `class ${name} {}`).join("\n")}\nglobalThis.shadows = [${Object.keys(ERRORS).join(", ")}];\n`);
  const result = await build({
    stdin: {
      contents: `import ${JSON.stringify(shadows)};\nimport * as sdk from ${JSON.stringify(join(src, "node", "entry.ts"))};\nexport { sdk };`,
      resolveDir: pkg,
      loader: "ts",
    },
    absWorkingDir: pkg, bundle: true, format: "esm", platform: "node", target: "es2022", write: false, logLevel: "silent",
    external: ["node:*"],
  });
  bundled = result.outputFiles[0]!.text;
  const file = join(dir, "bundle.mjs");
  writeFileSync(file, bundled);
  sdk = ((await import(/* @vite-ignore */ pathToFileURL(file).href)) as { sdk: Record<string, any> }).sdk;
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("in a bundle that renamed the classes", () => {
  it("the bundle did rename them (else this test could not fail)", () => {
    expect(bundled).toMatch(/\bSession2\b/);
    expect(bundled).toMatch(/\bSpotifyApi2\b/);
    expect(bundled).toMatch(/\bAuthError2 = class extends SpotifyError2\b/);
  });

  it("strategies and the client keep their type names in toJSON and inspect", () => {
    const token = { access_token: "t", token_type: "Bearer", expires_in: 3600 };
    const strategies: Record<string, unknown> = {
      Session: new sdk.Session({ clientId: "id", clientSecret: "secret-value", redirectUri: "https://app.example/cb" }),
      ClientCredentialsStrategy: new sdk.ClientCredentialsStrategy("id", "secret-value"),
      ProvidedAccessTokenStrategy: new sdk.ProvidedAccessTokenStrategy("id", token),
      AuthorizationCodeWithPKCEStrategy: new sdk.AuthorizationCodeWithPKCEStrategy("id", "https://app.example/cb"),
    };
    for (const [name, strategy] of Object.entries(strategies)) {
      expect(JSON.parse(JSON.stringify(strategy)).type, name).toBe(name);
      expect(inspect(strategy).startsWith(`${name} `), inspect(strategy)).toBe(true);
    }
    const client = new sdk.SpotifyApi(strategies.ClientCredentialsStrategy, { baseUrl: "http://127.0.0.1:9/v1" });
    expect(JSON.parse(JSON.stringify(client))).toEqual({ type: "SpotifyApi", baseUrl: "http://127.0.0.1:9/v1" });
    expect(inspect(client).startsWith("SpotifyApi ")).toBe(true);
  });

  // `util.inspect` of an error prints its class's name, which no error of the SDK can fix without
  // a static `name` (a side effect that would keep every class in every bundle); the real builds
  // rename no error class: only an app bundling its own class of the same name would.
  it.each(Object.entries(ERRORS))("%s keeps its name in name and toJSON", (name, args) => {
    const error = new sdk[name](...args);
    expect(error.name).toBe(name);
    expect(error.toJSON().name).toBe(name);
    expect(JSON.parse(JSON.stringify(error)).name).toBe(name);
  });

  it("an app's own subclass of SpotifyError keeps its class name", () => {
    class MyError extends (sdk.SpotifyError as typeof Error) {}
    expect(new MyError("m").name).toBe("MyError");
  });
});

describe("in the sources", () => {
  const files = (d: string): string[] => readdirSync(d).flatMap((n) => {
    const p = join(d, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });

  it("no type name is read from a class (constructor.name), and new.target.name only for an app's own subclass", () => {
    const readers = files(src).flatMap((file) => readFileSync(file, "utf8").split("\n")
      .filter((line) => /constructor\.name|new\.target\.name/.test(line) && !/^\s*(\/\/|\*)/.test(line))
      .map((line) => `${file.slice(src.length + 1)}: ${line.trim()}`));
    expect(readers).toEqual([`errors.ts: this.name = new.target === SpotifyError ? "SpotifyError" : new.target.name;`]);
  });
});
