// Section 7 worker: every item of a playlist, through our paginate or a sequential `next` walk.
import { finish, fail, longLivedToken } from "./clients.mjs";

const job = JSON.parse(process.argv[2]);

// Returns the walk to time. Loading and building the SDK happen before the clock starts: the
// sequential walk has no set-up either, and what is compared is the walk itself.
async function prepare() {
  if (job.client === "sequential next walk") return async () => {
    const items = [];
    let url = `${job.base}/v1/playlists/${job.playlist}/items?offset=0&limit=50`;
    while (url) {
      const r = await fetch(url, { headers: { Authorization: "Bearer bench" } });
      if (!r.ok) throw new Error(`status ${r.status}`);
      const page = await r.json();
      items.push(...page.items);
      url = page.next;
    }
    return { items, via: "fetch, following next" };
  };
  const { SpotifyApi } = await import("spotify-web-api-sdk");
  const sdk = SpotifyApi.withAccessToken("bench-client", longLivedToken(), { baseUrl: `${job.base}/v1` });
  if (typeof sdk.paginate !== "function") throw new Error("not available yet: sdk.paginate");
  return async () => {
    let paginator = sdk.paginate(sdk.playlists.getPlaylistItems, job.playlist);
    if (job.concurrency) paginator = paginator.withOptions({ concurrency: job.concurrency });
    return { items: await paginator.toArray(), via: `sdk.paginate(sdk.playlists.getPlaylistItems)${job.concurrency ? `, concurrency ${job.concurrency}` : ""}` };
  };
}

try {
  const collect = await prepare();
  const t0 = process.hrtime.bigint();
  const { items, via } = await collect();
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  // Every item, once, in order.
  const inOrder = items.length === job.total && items.every((it, i) => it?.item?.id === `item${i}`);
  if (!inOrder) throw new Error(`got ${items.length} items (want ${job.total}) or out of order`);
  finish({ wallMs, items: items.length, via });
} catch (e) {
  fail(e);
}
