// 3. HTTPS: a self-signed certificate made at run time with openssl, trusted by the client
// processes through NODE_EXTRA_CA_CERTS (verification stays on). TLS sessions counted by the server.
import { makeCertificate, jsonHandler, startServer } from "../lib/servers.mjs";
import { trackJson } from "../lib/payload.mjs";
import { fmtNum } from "../lib/stats.mjs";
import { measureClients } from "./loopback.mjs";

export const meta = { id: "https", number: 3, title: "HTTPS (self-signed certificate made at run time)" };

export async function run(ctx) {
  let cert;
  try {
    cert = makeCertificate();
  } catch (e) {
    return { skipped: `openssl could not make a certificate (${e.message.split("\n")[0]})` };
  }
  const calls = ctx.quick ? 60 : 500;
  const phases = [{ name: "seq", label: `${calls} sequential`, calls, concurrency: 1 }];
  if (!ctx.quick) phases.push({ name: "c50", label: `${calls} at 50 concurrent`, calls, concurrency: 50 });
  const server = await startServer(jsonHandler(trackJson()), { tls: cert });
  try {
    const m = await measureClients(ctx, { base: server.url, server, env: { NODE_EXTRA_CA_CERTS: cert.certFile } }, phases, { warmup: 20, showTls: true });
    const notes = [`20 warm-up calls per mode, counted in the TLS sessions; ratios are paired within a rep.`];
    const ours = m.data["ours (fetch)"]?.seq;
    const node = m.data["ours (node)"]?.seq;
    for (const [name, d] of [["ours (fetch)", ours], ["ours (node)", node]]) {
      if (d) notes.push(`Target ${name} ≤ 2 TLS sessions and ≤ 1.05x raw fetch's wall: ${fmtNum(d.tlsSessions?.median, 0)} TLS session${d.tlsSessions?.median === 1 ? "" : "s"}, ${fmtNum(d.wallRatioVsRawFetch?.median, 2)}x.`);
    }
    return {
      tables: [{ columns: ["client", "calls", "wall ms", "wall vs raw fetch", "client CPU µs/call", "CPU vs raw fetch", "TLS sessions"], rows: m.rows }],
      notes,
      data: m.data,
    };
  } finally {
    await server.close();
    cert.cleanup();
  }
}
