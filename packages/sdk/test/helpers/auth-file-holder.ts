/**
 * A second process holding the same token file (run with `node --import tsx`): loads the session
 * from the file, then asks for a token at the time given, and prints what happened as JSON.
 * argv: <file> <accountsUrl> <nowMs> <calls>
 */
import { Session } from "../../src/index.js";
import { FileTokenStore } from "../../src/node/index.js";

const [file, accountsUrl, nowMs, calls] = process.argv.slice(2) as [string, string, string, string];
const session = new Session({
  clientId: "client-id-1", clientSecret: "client-SECRET-value", redirectUri: "https://app.example/cb",
  store: new FileTokenStore(file), accountsBaseUrl: accountsUrl, now: () => Number(nowMs),
});
await session.load();
const results = await Promise.allSettled(Array.from({ length: Number(calls) }, () => session.getOrCreateAccessToken()));
const failures = results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason));
process.stdout.write(JSON.stringify({ failures, accessToken: session.accessToken }));
