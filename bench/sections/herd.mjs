// 4. Token herd: 100 calls started together with a client-credentials client, cold, after the
// token expired and inside the renewal window. A local server plays Accounts and the Web API and
// counts the token requests.
import { alternate, runWorker } from "../lib/child.mjs";
import { trackJson } from "../lib/payload.mjs";
import { startServer } from "../lib/servers.mjs";
import { fmtNum, fmtRange, summarize } from "../lib/stats.mjs";
import { withBaseline } from "../lib/baseline.mjs";

export const meta = { id: "herd", number: 4, title: "Token herd (100 concurrent calls, client credentials)" };

const SCENARIOS = [["cold", "cold (no token yet)"], ["expired", "after expiry"], ["window", "inside the renewal window"]];

function accountsAndApi() {
  const issued = new Set();
  const track = trackJson();
  let n = 0;
  return (req, res, body, counters) => {
    if (req.method === "POST" && req.url === "/api/token") {
      counters.tokenRequests = (counters.tokenRequests ?? 0) + 1;
      const ok = /grant_type=client_credentials/.test(body) && /^Basic /.test(req.headers.authorization ?? "");
      if (!ok) {
        res.writeHead(400, { "Content-Type": "application/json" });
        return res.end(JSON.stringify({ error: "invalid_request", error_description: "bad token request" }));
      }
      const token = `herd-token-${++n}`;
      issued.add(token);
      res.writeHead(200, { "Content-Type": "application/json" });
      return res.end(JSON.stringify({ access_token: token, token_type: "Bearer", expires_in: 3600 }));
    }
    if (req.method === "GET" && req.url.startsWith("/v1/tracks/")) {
      const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
      if (!issued.has(token)) {
        res.writeHead(401, { "Content-Type": "application/json" });
        return res.end(JSON.stringify({ error: { status: 401, message: "Invalid access token" } }));
      }
      res.writeHead(200, { "Content-Type": "application/json" });
      return res.end(track);
    }
    res.writeHead(404, { "Content-Type": "application/json" });
    res.end(JSON.stringify({ error: { status: 404, message: "Service not found" } }));
  };
}

export async function run(ctx) {
  const clients = withBaseline(["ours"], ctx);
  if (ctx.compared.ready) clients.push("official");
  const server = await startServer(accountsAndApi());
  let outcome;
  try {
    outcome = await alternate(clients, ctx.reps, async (client) => {
      server.reset();
      const r = await runWorker("herd.mjs", { client, base: server.url, markUrl: server.markUrl, calls: 100 });
      return { ...r, server: server.phases() };
    }, ctx.log);
  } finally {
    await server.close();
  }
  const { results, failed } = outcome;
  const rows = [];
  const data = {};
  const bars = [];
  for (const c of clients) {
    if (failed[c]) { rows.push([c, failed[c], "", "", ""]); continue; }
    data[c] = {};
    for (const [key, label] of SCENARIOS) {
      const tokens = summarize(results[c].map((r) => r.server[key]?.tokenRequests ?? 0));
      const failures = summarize(results[c].map((r) => r.scenarios[key].failures));
      const wall = summarize(results[c].map((r) => r.scenarios[key].wallMs));
      data[c][key] = { tokenRequests: tokens, failures, wallMs: wall, firstFailure: results[c].map((r) => r.scenarios[key].firstFailure).find(Boolean) };
      rows.push([c, label, fmtRange(tokens, 0), fmtRange(failures, 0), fmtRange(wall, 0)]);
      bars.push({ label: `${c} · ${label}`, ...tokens, color: c === "ours" ? "#1db954" : "#c0504d" });
    }
  }
  if (!ctx.compared.ready) rows.push(["official", `skipped: ${ctx.compared.reason}`, "", "", ""]);
  rows.push(["spotify-web-api-node", "n/a: no token management (the app calls clientCredentialsGrant and setAccessToken itself)", "", "", ""]);
  const notes = ["The clock is moved by offsetting Date.now in the client process: +1 h 5 s for \"after expiry\", then to 30 s before the renewed token's expiry for the renewal window."];
  const ours = data.ours;
  if (ours) {
    const t = SCENARIOS.map(([k]) => fmtNum(ours[k].tokenRequests.max, 0)).join(" / ");
    const f = SCENARIOS.reduce((a, [k]) => a + ours[k].failures.max, 0);
    notes.push(`Target ours 1 / 1 / 1 token requests with 0 failures: ${t === "1 / 1 / 1" && f === 0 ? "met" : "not met"} (worst rep: ${t}, ${f} failures).`);
  }
  return {
    tables: [{ columns: ["client", "scenario", "token requests", "failed calls", "wall ms"], rows }],
    notes,
    data,
    chart: { title: "4. Token herd: token requests for 100 concurrent calls (lower is better)", unit: "", digits: 0, bars },
  };
}
