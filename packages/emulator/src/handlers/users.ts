// Users: the current user's profile (fields by scope), other users' profiles, top items.
import { pageList } from "../catalog/paging.js";
import { dress } from "../fixtures/dress.js";
import { externalUrls } from "../catalog/render.js";
import { hashString, Rng } from "../catalog/prng.js";
import { me, ok, store, view, pageParams } from "./common.js";
import { displayName, fixtureUser, knownUser } from "./playlist-view.js";
import { ApiProblem, type HandlerContext, type HandlerTable } from "./types.js";

const TOP_SIZE = 50;
const RANGES = ["short_term", "medium_term", "long_term"];

function publicUser(ctx: HandlerContext, userId: string): Record<string, unknown> {
  const followers = new Rng(hashString(userId, store(ctx).catalog.seed)).int(1000);
  return {
    display_name: displayName(ctx, userId),
    external_urls: externalUrls("user", userId),
    ...(ctx.auth.profile === "dev-2026" ? {} : { followers: { href: null, total: followers } }),
    href: `${ctx.apiBase}/users/${encodeURIComponent(userId)}`,
    id: userId,
    images: [],
    type: "user",
    uri: `spotify:user:${userId}`,
  };
}

/** A user's top items for a time range: stable per (seed, user, range). */
function top(ctx: HandlerContext, kind: "artist" | "track"): number[] {
  const range = ctx.query.time_range ?? "medium_term";
  if (!RANGES.includes(range)) throw new ApiProblem(400, "Invalid time range");
  const s = store(ctx);
  const rng = new Rng(hashString(`${me(ctx)}:${range}:${kind}`, s.catalog.seed));
  // With fixturesOnly, only fixtures (the indices past the synthetic ones) are picked.
  const first = s.catalog.first(kind);
  const n = s.catalog.end(kind) - first;
  const out = new Set<number>();
  while (out.size < Math.min(TOP_SIZE, n)) out.add(first + rng.int(n));
  return [...out];
}

/** User profiles (the current user's fields by scope, other users' public ones) and the user's top artists and tracks. */
export const userHandlers: HandlerTable = {
  "get-current-users-profile": (ctx) => {
    const id = me(ctx);
    const user = ctx.state.users.get(id);
    if (!user) throw new ApiProblem(404, "Resource not found");
    const out: Record<string, unknown> = { account_id: user.account_id, ...publicUser(ctx, id), display_name: user.display_name };
    // Development-mode apps no longer get these fields at all (behaviour.md §3.3).
    if (ctx.auth.profile === "dev-2026") return ok(out);
    if (ctx.auth.scopes.has("user-read-email")) out.email = user.email;
    if (ctx.auth.scopes.has("user-read-private")) {
      out.country = user.country;
      out.product = user.product;
      out.explicit_content = { filter_enabled: false, filter_locked: false };
    }
    return ok(out);
  },
  "get-users-profile": (ctx) => {
    const id = ctx.params.user_id;
    if (!knownUser(ctx, id)) throw new ApiProblem(404, "Resource not found");
    const fixture = fixtureUser(ctx, id);
    return ok(fixture ? dress(publicUser(ctx, id), fixture, view(ctx)) : publicUser(ctx, id));
  },
  "get-users-top-artists": (ctx) => {
    const { limit, offset } = pageParams(ctx);
    const s = store(ctx);
    const v = view(ctx);
    return ok(pageList(`${ctx.apiBase}/me/top/artists`, top(ctx, "artist"), offset, limit, (i) => s.render.artist(i, v), { time_range: ctx.query.time_range }));
  },
  "get-users-top-tracks": (ctx) => {
    const { limit, offset } = pageParams(ctx);
    const s = store(ctx);
    const v = view(ctx);
    return ok(pageList(`${ctx.apiBase}/me/top/tracks`, top(ctx, "track"), offset, limit, (i) => s.render.track(i, v), { time_range: ctx.query.time_range }));
  },
};
