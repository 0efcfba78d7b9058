/**
 * The public request pipeline: the core pipeline (`http/core-pipeline.ts`, which knows tokens
 * only as a `TokenSource`) with auth strategies plugged in, adapted by `auth/token-source.ts`.
 * @module
 */
import { CorePipeline, type CorePipelineOptions, type PipelineView } from "../http/core-pipeline.js";
import { fail } from "../http/options-check.js";
import { describeOption } from "../describe.js";
import { clientIdOf, strategyTokenSource } from "./token-source.js";
import type { IAuthStrategy } from "./types.js";

export type { PipelineView } from "../http/core-pipeline.js";

/** How a pipeline is built: the request settings, and the auth strategy its tokens come from. */
export interface PipelineOptions extends CorePipelineOptions {
  /** The token provider, or a getter (so a client can switch strategies). */
  auth?: IAuthStrategy | (() => IAuthStrategy | undefined);
}

/**
 * The request pipeline, its tokens from an auth strategy. Create one with {@link createPipeline}.
 * @example
 * ```ts
 * const pipeline = createPipeline({ auth: new ClientCredentialsStrategy(clientId, clientSecret) });
 * const track = await pipeline.request({ method: "GET", path: "/tracks/{id}", pathParams: { id } });
 * ```
 */
export class Pipeline extends CorePipeline {
  /** @throws ValidationError when an option is of the wrong type or out of its range */
  constructor(options: PipelineOptions = {}) {
    // Not an options object: passed on as it is, for the core's ValidationError.
    super(typeof options === "object" && options !== null && !Array.isArray(options) ? coreOptions(options) : options);
  }

  /**
   * This pipeline (its transport, timers, retry policy, hooks and rate-limit pauses) with the
   * tokens of another auth strategy: one user's client among many, e.g. a `SessionPool`'s. Its
   * 429 pauses are this pipeline's: Spotify counts the app's calls, whoever's token they carry.
   * @example
   * ```ts
   * const shared = createPipeline({ baseUrl });
   * const alice = shared.withAuth(aliceSession);
   * const me = await alice.request({ method: "GET", path: "/me" });
   * ```
   */
  withAuth(auth: IAuthStrategy | (() => IAuthStrategy | undefined)): PipelineView {
    return this.withTokens(strategyTokenSource(auth));
  }
}

/** The core's options: tokens from the strategy, its `clientId` as the default `rateLimitKey`. */
function coreOptions(options: PipelineOptions): CorePipelineOptions {
  const { auth } = options;
  if (auth !== undefined && typeof auth !== "function" && typeof (auth as Partial<IAuthStrategy> | null)?.getOrCreateAccessToken !== "function") {
    fail("auth", `an auth strategy (an IAuthStrategy) or a function returning one, got ${describeOption(auth)}`);
  }
  return {
    ...options,
    tokens: options.tokens ?? strategyTokenSource(auth),
    rateLimitKey: options.rateLimitKey ?? (options.rateLimitStore === undefined ? undefined : clientIdOf(auth)),
  };
}

/** Creates the request pipeline. */
export function createPipeline(options: PipelineOptions = {}): Pipeline {
  return new Pipeline(options);
}
