// Validates path and query parameters against the spec, adjusted for the caller's profile.
// Errors are Spotify-shaped 400s (ApiProblem); the handler sees the values as sent.
import type { Profile } from "../core/profiles.js";
import { ApiProblem } from "../handlers/types.js";
import type { OperationSpec, ParamSpec } from "./model.js";

/**
 * Limits that differ by profile (behaviour.md §2.6, §3.3): the February 2026 development-mode
 * rules cut `/search` to 10 per type (and `/artists/{id}/albums` to 10); apps on the older rules
 * keep 50.
 */
const PRE_2026_LIMITS: Record<string, Partial<Record<string, Pick<ParamSpec, "minimum" | "maximum">>>> = {
  search: { limit: { minimum: 1, maximum: 50 } },
  "get-an-artists-albums": { limit: { minimum: 0, maximum: 50 } },
};

/** Constraints the spec states only in prose. */
const PROSE_CONSTRAINTS: Record<string, Partial<ParamSpec>> = {
  volume_percent: { minimum: 0, maximum: 100 },
  position_ms: { minimum: 0 },
  offset: { minimum: 0 },
  position: { minimum: 0 },
  time_range: { enum: ["long_term", "medium_term", "short_term"] },
};
const REPEAT_STATES: Partial<ParamSpec> = { enum: ["track", "context", "off"] };

function effectiveParam(op: OperationSpec, param: ParamSpec, profile: Profile): ParamSpec {
  const prose = op.operationId === "set-repeat-mode-on-users-playback" && param.name === "state" ? REPEAT_STATES : PROSE_CONSTRAINTS[param.name];
  // The spec's own constraints win over the prose ones; the profile's limits win over both.
  const out: ParamSpec = prose && param.type !== "boolean" ? { ...prose, ...param } : param;
  const override = profile === "dev-2026" ? undefined : PRE_2026_LIMITS[op.operationId]?.[param.name];
  return override ? { ...out, ...override } : out;
}

// Keyed by the operation object, then the profile: no key string to build on every request.
const effective = new WeakMap<OperationSpec, Partial<Record<Profile, ParamSpec[]>>>();

/** The operation's parameters as enforced for a profile (computed once per pair). */
export function paramsFor(op: OperationSpec, profile: Profile): ParamSpec[] {
  let byProfile = effective.get(op);
  if (!byProfile) effective.set(op, (byProfile = {}));
  let params = byProfile[profile];
  if (!params) {
    params = op.params.map((p) => effectiveParam(op, p, profile));
    byProfile[profile] = params;
  }
  return params;
}

const INTEGER = /^-?\d{1,15}$/;
const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

function invalid(name: string): ApiProblem {
  return new ApiProblem(400, `Invalid ${name.replace(/_/g, " ")}`);
}

function checkValue(param: ParamSpec, value: string): void {
  switch (param.type) {
    case "integer":
    case "number": {
      if (!(param.type === "integer" ? INTEGER : NUMBER).test(value)) throw invalid(param.name);
      const n = Number(value);
      if (!Number.isFinite(n)) throw invalid(param.name);
      if (param.minimum !== undefined && n < param.minimum) throw invalid(param.name);
      if (param.maximum !== undefined && n > param.maximum) throw invalid(param.name);
      return;
    }
    case "boolean":
      if (value !== "true" && value !== "false") throw invalid(param.name);
      return;
    case "array": {
      const items = value.split(",").map((v) => v.trim());
      if (param.itemEnum && items.some((v) => !param.itemEnum!.includes(v))) throw invalid(param.name);
      return;
    }
    default:
      if (param.enum && !param.enum.includes(value)) throw invalid(param.name);
      if (param.maxItems !== undefined && value.split(",").length > param.maxItems) {
        throw new ApiProblem(400, `Too many ${param.name} requested`);
      }
  }
}

/**
 * @param query the raw query (first value of each name wins, as Spotify does)
 * @param body the parsed JSON body: a required query list (`ids`, `uris`) may come in the body instead
 * @returns the query as sent, as a plain record
 */
export function validateParams(
  op: OperationSpec,
  query: URLSearchParams,
  pathParams: Record<string, string>,
  body: unknown,
  profile: Profile,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of query) if (!(name in out)) out[name] = value;
  for (const param of paramsFor(op, profile)) {
    const value = param.in === "path" ? pathParams[param.name] : out[param.name];
    if (value === undefined || value === "") {
      if (param.required && !(param.in === "query" && inBody(body, param.name))) {
        throw new ApiProblem(400, `Missing required parameter: ${param.name}`);
      }
      continue;
    }
    checkValue(param, value);
  }
  return out;
}

function inBody(body: unknown, name: string): boolean {
  return typeof body === "object" && body !== null && !Array.isArray(body) && (body as Record<string, unknown>)[name] !== undefined;
}
