/**
 * Options are checked when a client, a pipeline, a strategy or a transport is built: a wrong type
 * or an out-of-range number is a `ValidationError` naming the option, before any request
 * (`timeout: "1000"` used to turn the timeout off, `maxRetries: Infinity` to send without end).
 * Pure unit tests: nothing is sent (a `fetch` spy counts).
 */
import { describe, expect, it } from "vitest";
import {
  ClientCredentialsStrategy, createClient, createPipeline, DEFAULT_RETRY, SpotifyApi, ValidationError, type SdkOptions,
} from "../src/index.js";
import { SpotifyApi as NodeSpotifyApi } from "../src/node/entry.js";
import { createNodeTransport } from "../src/node/transport.js";
import { staticAuth } from "./helpers/endpoint-client.js";

let sent = 0;
const fetchSpy = (async () => {
  sent++;
  return new Response("{}");
}) as typeof fetch;

/** The ValidationError building a client with `options` throws, with the option it names. */
function refused(options: Record<string, unknown>): ValidationError {
  const before = sent;
  let thrown: unknown;
  try {
    SpotifyApi.withClientCredentials("id", "secret", [], { fetch: fetchSpy, ...options } as SdkOptions);
  } catch (error) {
    thrown = error;
  }
  expect(thrown, JSON.stringify(options, (_k, v) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v))).toBeInstanceOf(ValidationError);
  expect(sent).toBe(before);
  return thrown as ValidationError;
}

describe("the client's options", () => {
  it("timeout: a finite number of ms >= 0", () => {
    for (const timeout of ["1000", Number.NaN, -1, Number.POSITIVE_INFINITY, null, true]) {
      expect(refused({ timeout }).parameter).toBe("timeout");
    }
    for (const timeout of [0, 1, 30_000, 2.5]) expect(() => SpotifyApi.withClientCredentials("id", "secret", [], { timeout })).not.toThrow();
  });

  it("retry: an object or false; maxRetries an integer from 0 to 100; the others finite numbers >= 0", () => {
    for (const retry of [true, "no", 3, null, []]) expect(refused({ retry }).parameter).toBe("retry");
    for (const maxRetries of [Number.POSITIVE_INFINITY, Number.NaN, -1, 1.5, 101, "3"]) {
      expect(refused({ retry: { maxRetries } }).parameter).toBe("retry.maxRetries");
    }
    for (const name of ["maxRetryAfterSeconds", "backoffBaseMs", "backoffMaxMs", "defaultRetryAfterSeconds", "maxPauseSeconds"]) {
      for (const value of [Number.NaN, -1, Number.POSITIVE_INFINITY, "5"]) {
        expect(refused({ retry: { [name]: value } }).parameter).toBe(`retry.${name}`);
      }
    }
    for (const retry of [false, {}, { maxRetries: 0 }, { maxRetries: 100, maxPauseSeconds: 0 }, { maxRetries: undefined }] as Array<SdkOptions["retry"]>) {
      expect(() => SpotifyApi.withClientCredentials("id", "secret", [], { retry })).not.toThrow();
    }
    expect(DEFAULT_RETRY).toMatchObject({ maxRetries: 3, maxRetryAfterSeconds: 30, maxPauseSeconds: 600 });
  });

  it("base URLs: absolute http(s), no query, fragment or credentials, never echoed", () => {
    for (const name of ["baseUrl", "accountsBaseUrl"]) {
      for (const value of ["ftp://example.com", "not a url", "/v1", 42, "http://h/v1?x=1", "http://h/v1#top", "https://user:SECRET-pw@h/v1"]) {
        const error = refused({ [name]: value });
        expect(error.parameter).toBe(name);
        expect(error.message).not.toContain("SECRET-pw");
      }
    }
    expect(() => SpotifyApi.withClientCredentials("id", "secret", [], { baseUrl: "http://127.0.0.1:9/v1/", accountsBaseUrl: "https://accounts.example" })).not.toThrow();
  });

  it("maxResponseBytes: a positive integer", () => {
    for (const value of [0, -1, 1.5, "1000", Number.POSITIVE_INFINITY, Number.NaN]) expect(refused({ maxResponseBytes: value }).parameter).toBe("maxResponseBytes");
  });

  it("transport, fetch, hooks, logger and 1.2.0's option objects: of their type", () => {
    for (const transport of ["node", "", {}, 42, null]) expect(refused({ transport }).parameter).toBe("transport");
    expect(refused({ fetch: "fetch" }).parameter).toBe("fetch");
    expect(refused({ beforeRequest: {} }).parameter).toBe("beforeRequest");
    expect(refused({ afterRequest: 1 }).parameter).toBe("afterRequest");
    expect(refused({ hooks: [] }).parameter).toBe("hooks");
    expect(refused({ hooks: { beforeRequest: () => {} } }).parameter).toBe("hooks.beforeRequest");
    expect(refused({ hooks: { beforeError: [() => new Error("x"), "x"] } }).parameter).toBe("hooks.beforeError");
    expect(refused({ logger: "console" }).parameter).toBe("logger");
    for (const name of ["deserializer", "responseValidator", "errorHandler", "redirectionStrategy", "cachingStrategy"]) {
      expect(refused({ [name]: {} }).parameter).toBe(name);
    }
  });

  it("a string in the wrong option is named by its length, never quoted (it may be a secret); a numeric one is quoted", () => {
    const secret = "client-SECRET-abc123";
    for (const options of [{ auth: secret }, { transport: secret }, { logger: secret }, { hooks: secret }, { retry: secret }]) {
      let message = "";
      try {
        createPipeline({ baseUrl: "https://api.example/v1", auth: staticAuth(), ...options } as never);
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        message = `${(error as Error).message} ${JSON.stringify(error)}`;
      }
      expect(message).toContain("a string of 20 characters");
      expect(message).not.toContain(secret);
    }
    expect(refused({ timeout: "1000" }).message).toContain('"1000"');
  });

  it("the options themselves: an object", () => {
    expect(() => createPipeline("fast" as never)).toThrow(ValidationError);
    expect(() => new SpotifyApi(staticAuth(), null as never)).toThrow(ValidationError);
    expect(() => new SpotifyApi(staticAuth(), "fast" as never)).toThrow(ValidationError);
  });

  it("are checked by every way of building a client", () => {
    expect(() => createClient({ auth: staticAuth(), timeout: Number.NaN })).toThrow(ValidationError);
    expect(() => createPipeline({ retry: { maxRetries: Number.POSITIVE_INFINITY } })).toThrow(ValidationError);
    expect(() => createPipeline({ auth: "token" as never })).toThrow(ValidationError);
    expect(() => createPipeline({ auth: {} as never })).toThrow(ValidationError);
    expect(() => new SpotifyApi(staticAuth(), { timeout: -1 })).toThrow(ValidationError);
    expect(() => new NodeSpotifyApi(staticAuth(), { timeout: "1000" as never })).toThrow(ValidationError);
    expect(() => NodeSpotifyApi.withClientCredentials("id", "secret", [], { retry: { maxRetries: 1e9 } })).toThrow(ValidationError);
  });

  it("a strategy's own request settings are checked when it is built", () => {
    expect(() => new ClientCredentialsStrategy("id", "secret", [], { timeout: -1 })).toThrow(ValidationError);
    expect(() => new ClientCredentialsStrategy("id", "secret", [], { retry: { maxRetries: Number.POSITIVE_INFINITY } })).toThrow(ValidationError);
    expect(() => new ClientCredentialsStrategy("id", "secret", [], { accountsBaseUrl: "accounts.spotify.com" })).toThrow(ValidationError);
    for (const skewSeconds of [-1, Number.NaN, "60" as never]) {
      expect(() => new ClientCredentialsStrategy("id", "secret", [], { skewSeconds })).toThrow(ValidationError);
    }
    expect(() => new ClientCredentialsStrategy("id", "secret", [], { invalidGrantGraceMs: -5 })).toThrow(ValidationError);
  });
});

describe("the Node transport's options", () => {
  it("maxSockets a positive integer, idleTimeoutMs a positive finite number, compression a boolean", () => {
    for (const maxSockets of [0, 1.5, Number.POSITIVE_INFINITY, "10"]) {
      expect(() => createNodeTransport({ maxSockets: maxSockets as number })).toThrow(ValidationError);
    }
    for (const idleTimeoutMs of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => createNodeTransport({ idleTimeoutMs })).toThrow(ValidationError);
    expect(() => createNodeTransport({ compression: "yes" as never })).toThrow(ValidationError);
    expect(() => createNodeTransport({ agents: "none" as never })).toThrow(ValidationError);
    expect(() => createNodeTransport({ maxSockets: 8, idleTimeoutMs: 1000, compression: false }).close()).not.toThrow();
  });
});
