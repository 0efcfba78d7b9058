// Helpers shared by the Web API handlers: the store, the caller's view (market, restrictions),
// parameters, ids and the usual error answers.
import type { KindName } from "../catalog/ids.js";
import { isBase62Id } from "../catalog/ids.js";
import type { View } from "../catalog/render.js";
import { MARKETS } from "../catalog/words.js";
import { WebApiStore } from "../state/webapi.js";
import { ApiProblem, type HandlerContext, type HandlerResult } from "./types.js";

/** The Web API store of the state: the catalog, fixtures and per-user data. */
export function store(ctx: HandlerContext): WebApiStore {
  const web = ctx.state.web;
  if (!(web instanceof WebApiStore)) throw new Error("the Web API state was not created by createWebApiState()");
  return web;
}

/**
 * Whether the 27 Nov 2024 restrictions apply to the caller's app: the platform's per-app switch
 * when it is passed along, otherwise the state's switch for every app that is not `extended`.
 */
export function nov2024(ctx: HandlerContext): boolean {
  const perApp = ctx.auth.restrictNov2024;
  if (typeof perApp === "boolean") return perApp;
  return store(ctx).nov2024Restrictions && ctx.auth.profile !== "extended";
}

/** The calling user's country (a user token), or undefined. */
export function userCountry(ctx: HandlerContext): string | undefined {
  return ctx.auth.userId === undefined ? undefined : ctx.state.users.get(ctx.auth.userId)?.country;
}

/**
 * The effective market: with a user token the account's country wins over `market`
 * (`from_token` means exactly that); with an app token `from_token` is an error.
 */
export function market(ctx: HandlerContext): string | undefined {
  const m = ctx.query.market;
  if (m === undefined || m === "") return undefined;
  if (ctx.auth.kind === "user") {
    const country = userCountry(ctx);
    if (country) return country;
  }
  if (m === "from_token") throw new ApiProblem(400, "Invalid market code");
  if (!MARKETS.includes(m) && !store(ctx).fixtures.markets.has(m)) throw new ApiProblem(400, "Invalid market code");
  return m;
}

/** How the caller sees the catalog: links, market, restrictions and profile. */
export function view(ctx: HandlerContext): View {
  return {
    apiBase: ctx.apiBase,
    market: market(ctx),
    nov2024: nov2024(ctx),
    dev: ctx.auth.profile === "dev-2026",
    resume: ctx.auth.kind === "user" && ctx.auth.scopes.has("user-read-playback-position"),
  };
}

/** The calling user's id (the platform refuses app tokens on user endpoints before this). */
export function me(ctx: HandlerContext): string {
  if (ctx.auth.userId === undefined) throw new ApiProblem(401, "This request requires user authentication.");
  return ctx.auth.userId;
}

/**
 * An integer query parameter, `fallback` when absent.
 * @throws ApiProblem 400 `Invalid <name>` outside `min`..`max`
 */
export function int(ctx: HandlerContext, name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const raw = ctx.query[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new ApiProblem(400, `Invalid ${name.replace(/_/g, " ")}`);
  return n;
}

/** `limit` and `offset` with the spec's defaults. */
export function pageParams(ctx: HandlerContext, defaultLimit = 20, maxLimit = 50, maxOffset = Number.MAX_SAFE_INTEGER): { limit: number; offset: number } {
  return { limit: int(ctx, "limit", defaultLimit, 0, maxLimit), offset: int(ctx, "offset", 0, 0, maxOffset) };
}

/**
 * A list parameter (`ids`, `uris`) from the query or, when absent there, from the JSON body
 * (the query wins when both are sent, behaviour.md §2.7).
 */
export function list(ctx: HandlerContext, name: string, max: number): string[] {
  let values: string[] | undefined;
  const raw = ctx.query[name];
  if (raw !== undefined && raw !== "") values = raw.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
  else {
    const body = ctx.body as Record<string, unknown> | undefined;
    const fromBody = body && typeof body === "object" && !Array.isArray(body) ? body[name] : undefined;
    if (Array.isArray(fromBody)) values = fromBody.map((v) => (typeof v === "string" ? v : String(v)));
  }
  if (!values || values.length === 0) throw new ApiProblem(400, `Missing required parameter: ${name}`);
  if (values.length > max) throw new ApiProblem(400, `Too many ${name} requested`);
  return values;
}

/** Resolves a catalog id: 400 `invalid id` for a malformed one, 404 for an unknown one. */
export function lookup(ctx: HandlerContext, kind: KindName, id: string): number {
  if (!isBase62Id(id)) throw new ApiProblem(400, "invalid id");
  const index = store(ctx).catalog.indexOf(kind, id);
  if (index === undefined) throw new ApiProblem(404, "Resource not found");
  return index;
}

/** For multi-gets: malformed ids are a 400, unknown ones become null. */
export function lookupMany(ctx: HandlerContext, kind: KindName, ids: string[]): Array<number | null> {
  const catalog = store(ctx).catalog;
  return ids.map((id) => {
    if (!isBase62Id(id)) throw new ApiProblem(400, "invalid id");
    return catalog.indexOf(kind, id) ?? null;
  });
}

/** An answer with a JSON body. */
export function ok(body: unknown, status = 200): HandlerResult {
  return { status, body };
}

/** 204 with no body. */
export const noContent: HandlerResult = { status: 204 };
/** 200 with no body (library writes, playlist detail changes). */
export const emptyOk: HandlerResult = { status: 200 };

/** An ISO 8601 time to the second, as Spotify writes `added_at`. */
export function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}
