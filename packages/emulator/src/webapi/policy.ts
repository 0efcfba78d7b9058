// Which operations an app may call, and with which token: profiles (behaviour.md §3.1, §3.3, §4.1)
// and scopes (§1.8). The facts are spec/annotations.yml's, generated into operation-rules.generated.ts.
import type { Profile } from "../handlers/types.js";
import type { OperationSpec } from "../spec/model.js";
import { OPERATION_RULES } from "./operation-rules.generated.js";

const FORBIDDEN = { status: 403, message: "Forbidden" } as const;

/**
 * The answer an app gets instead of the operation: the 27 Nov 2024 removals when the app is
 * restricted, the February 2026 closures for `dev-2026` apps; `undefined` when it may call it.
 */
export function removedFor(profile: Profile, restrictNov2024: boolean, operationId: string): { status: number; message: string } | undefined {
  const rule = OPERATION_RULES[operationId];
  if (!rule) return undefined;
  if (restrictNov2024 && rule.removedNov2024) return rule.removedNov2024;
  if (profile === "dev-2026" && rule.closedDev2026) return FORBIDDEN;
  return undefined;
}

/**
 * How a spec `security` list is enforced. The spec lists every scope that *may* matter, so by
 * default one of them is enough (e.g. playlist-modify-public OR -private); the annotations name the
 * exceptions (scopes that only govern fields or visibility, operations needing a specific one).
 */
export interface OperationPolicy {
  /** Scopes that must all be granted. */
  all: readonly string[];
  /** At least one of these must be granted (when non-empty). */
  any: readonly string[];
  /** Refused for client-credentials tokens (user data). */
  userOnly: boolean;
}

/** The scope rule of `op`, and whether it needs a user's token. */
export function policyFor(op: OperationSpec): OperationPolicy {
  const rule = OPERATION_RULES[op.operationId];
  if (rule) return { all: rule.all, any: rule.any, userOnly: rule.userOnly };
  // A spec newer than the generated rules (a served spec file replaced by hand): the default rule.
  return { all: [], any: op.scopes, userOnly: op.path.startsWith("/me") || op.scopes.length > 0 };
}

/** Whether `granted` meets `policy`: all of `all`, and one of `any` when it lists some. */
export function scopesSatisfied(policy: OperationPolicy, granted: ReadonlySet<string>): boolean {
  if (policy.all.some((s) => !granted.has(s))) return false;
  return policy.any.length === 0 || policy.any.some((s) => granted.has(s));
}
