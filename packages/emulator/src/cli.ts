#!/usr/bin/env node
// spotify-emulator CLI: starts the emulator, prints where it is and how to log in, and stops
// cleanly (state written) on SIGINT / SIGTERM.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { type Profile, PROFILES } from "./core/profiles.js";
import { DEFAULT_APP, DEFAULT_USERS } from "./options.js";
import { startEmulator, type StartOptions } from "./server.js";

const HELP = `Usage: spotify-emulator [options]

  --port <n>           port to listen on (default 8787; 0 = any free port)
  --host <addr>        address to bind (default 127.0.0.1)
  --seed <n>           catalog seed (default 42)
  --catalog-size <n>   number of catalog tracks (default 100000)
  --token-ttl <s>      access-token lifetime in seconds (default 3600)
  --rate-limit <n>     requests per app per rolling 30 s (default 1000; 0 = off)
  --latency <ms>       added latency per request (default 0)
  --profile <name>     ${PROFILES.join(" | ")} (default dev-2026)
  --data-dir <path>    keep state across restarts in this directory
  --auto-approve[=id]  approve /authorize at once (as the default user, or as user <id>)
  --fixtures <path>    serve captured Web API responses (a JSON file or a directory of them);
                       repeatable
  --fixtures-only      serve the fixtures only (no synthetic catalog; empty libraries)
  --record <dir>       pass requests through to the upstream and write each catalog GET
                       there as a fixture (no tokens, no user data)
  --upstream <url>     Web API base for --record (default https://api.spotify.com/v1)
  --upstream-accounts <url>
                       Accounts base for --record (default accounts.spotify.com for
                       Spotify, otherwise the upstream's origin)
  --remember-consent   send a browser whose user already approved the app straight back
                       (unless show_dialog=true)
  --help               show this help
  --version            print the version
`;

function int(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new Error(`--${name} must be a non-negative integer`);
  return Number(value);
}

/** The installed package's version (package.json sits beside dist/ and src/ alike). */
function version(): string {
  return (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
}

function parse(argv: string[]): StartOptions | "help" | "version" {
  // --auto-approve takes an optional value, which parseArgs cannot express: normalise it first.
  // Left undefined without the flag, so a setting kept in --data-dir is not overridden by "off".
  let autoApprove: boolean | string | undefined;
  const args = argv.filter((a) => {
    if (a === "--auto-approve") return !(autoApprove = true);
    if (a.startsWith("--auto-approve=")) return !(autoApprove = a.slice("--auto-approve=".length) || true);
    return true;
  });
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      seed: { type: "string" },
      "catalog-size": { type: "string" },
      "token-ttl": { type: "string" },
      "rate-limit": { type: "string" },
      latency: { type: "string" },
      profile: { type: "string" },
      "data-dir": { type: "string" },
      "remember-consent": { type: "boolean" },
      fixtures: { type: "string", multiple: true },
      "fixtures-only": { type: "boolean" },
      record: { type: "string" },
      upstream: { type: "string" },
      "upstream-accounts": { type: "string" },
      help: { type: "boolean" },
      version: { type: "boolean" },
    },
  });
  if (values.help) return "help";
  if (values.version) return "version";
  if (values.profile !== undefined && !PROFILES.includes(values.profile as Profile)) {
    throw new Error(`--profile must be one of ${PROFILES.join(", ")}`);
  }
  return {
    port: int("port", values.port) ?? 8787,
    host: values.host ?? "127.0.0.1",
    seed: int("seed", values.seed),
    catalogSize: int("catalog-size", values["catalog-size"]),
    tokenTtl: int("token-ttl", values["token-ttl"]),
    rateLimit: int("rate-limit", values["rate-limit"]),
    latency: int("latency", values.latency),
    profile: values.profile as Profile | undefined,
    dataDir: values["data-dir"],
    autoApprove,
    rememberConsent: values["remember-consent"] === true ? true : undefined,
    fixtures: values.fixtures,
    fixturesOnly: values["fixtures-only"] === true ? true : undefined,
    record: values.record,
    upstream: values.upstream,
    upstreamAccounts: values["upstream-accounts"],
  };
}

async function main(): Promise<void> {
  let options: StartOptions | "help" | "version";
  try {
    options = parse(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`spotify-emulator: ${(error as Error).message}\n\n${HELP}`);
    process.exitCode = 2;
    return;
  }
  if (options === "help") {
    process.stdout.write(HELP);
    return;
  }
  if (options === "version") {
    process.stdout.write(`${version()}\n`);
    return;
  }
  const emu = await startEmulator({
    ...options,
    logger: (message, error) => process.stderr.write(`spotify-emulator: ${message}${error instanceof Error ? `: ${error.message}` : ""}\n`),
  });
  const user = DEFAULT_USERS[0]!;
  process.stdout.write(
    [
      `spotify-emulator listening on ${emu.url}`,
      `  Dashboard:      ${emu.controlUrl}/`,
      `  Web API:        ${emu.apiUrl}`,
      `  Accounts:       ${emu.accountsUrl}/authorize, ${emu.accountsUrl}/api/token`,
      `  Control plane:  ${emu.controlUrl}/health`,
      `  Default app:    client_id=${DEFAULT_APP.clientId} client_secret=${DEFAULT_APP.clientSecret}`,
      `                  redirect URIs: ${DEFAULT_APP.redirectUris.join(", ")} (loopback: any port)`,
      `  Default user:   ${user.id} (${user.product}); also ${DEFAULT_USERS.slice(1).map((u) => `${u.id} (${u.product})`).join(", ")}`,
      `  Profile:        ${emu.app.platform.settings.profile}; rate limit: ${emu.app.platform.settings.rateLimit || "off"} per 30 s`,
      ...[emu.app.fixtureSummary()].filter((line) => line !== undefined).map((line) => `  Fixtures:       ${line.replace(/^fixtures: /, "")}${options.fixturesOnly ? " (fixtures only)" : ""}`),
      ...(options.record ? [`  Recording:      ${options.upstream ?? "https://api.spotify.com/v1"} -> ${options.record} (catalog GETs only)`] : []),
      options.dataDir ? `  Data dir:       ${options.dataDir}` : "  State:          in memory (use --data-dir to keep it)",
      "",
    ].join("\n"),
  );
  const shutdown = (signal: string): void => {
    process.stdout.write(`spotify-emulator: ${signal}, stopping\n`);
    emu.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${message.startsWith("spotify-emulator:") ? "" : "spotify-emulator: "}${message}\n`);
  process.exitCode = 1;
});
