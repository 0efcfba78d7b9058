/**
 * Tree-shaking: an app that builds one endpoint group on `createClient` ships that group and
 * none of the others. Checked twice with esbuild (browser, ESM, minified): from the sources,
 * through the metafile (which modules put bytes in the bundle), and from the built package
 * (dist/esm, as users get it), through the operation IDs left in the output.
 */
import { existsSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { getAudioAnalysis, getAudioFeatures, getSeveralAudioFeatures, getSeveralTracks, getTrack, OPERATIONS } from "../src/index.js";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(pkg, "src");

/** Bundles `code` (which imports `{{sdk}}`) as a browser app would, with the SDK at `entry`. */
async function bundle(code: string, entry: string) {
  const result = await build({
    stdin: { contents: code.replaceAll("{{sdk}}", JSON.stringify(entry)), resolveDir: pkg, loader: "js" },
    absWorkingDir: pkg, bundle: true, minify: true, format: "esm", platform: "browser", target: "es2020", write: false, metafile: true, logLevel: "silent",
  });
  const inputs = Object.values(result.metafile.outputs)[0]!.inputs;
  const shipped = Object.entries(inputs).filter(([, v]) => v.bytesInOutput > 0).map(([file]) => relative(src, join(pkg, file)).replaceAll("\\", "/"));
  return { text: result.outputFiles[0]!.text, shipped };
}

const app = (group: string) => `import { createClient, ProvidedAccessTokenStrategy, ${group} } from {{sdk}};
const client = createClient({ auth: new ProvidedAccessTokenStrategy("client-id", { access_token: "t", token_type: "Bearer", expires_in: 3600 }) });
globalThis.group = new ${group}(client);`;

/** The endpoint modules each group may ship (base.ts and chunk.ts are shared by all). */
const GROUP_MODULES: Record<string, string[]> = {
  TracksEndpoints: ["tracks.ts"],
  AlbumsEndpoints: ["albums.ts"],
  ArtistsEndpoints: ["artists.ts"],
  ShowsEndpoints: ["spoken.ts"],
  EpisodesEndpoints: ["spoken.ts"],
  SearchEndpoints: ["catalog-misc.ts"],
  BrowseEndpoints: ["catalog-misc.ts"],
  PlayerEndpoints: ["player.ts"],
  PlaylistsEndpoints: ["playlist-bodies.ts", "playlists.ts"],
  LibraryEndpoints: ["library.ts"],
  // The profile group alone: the saved-item sub-groups come only with the facade's class.
  CurrentUserEndpoints: ["current-user.ts"],
  CurrentUserTracksEndpoints: ["current-user-library.ts", "library.ts"],
  CurrentUserWithLibraryEndpoints: ["current-user-library.ts", "current-user.ts", "library.ts"],
};
const SHARED = new Set(["base.ts", "chunk.ts"]);

describe("a group built on createClient, bundled from the sources", () => {
  it.each(Object.entries(GROUP_MODULES))("%s ships its own module(s) and no other group", async (group, own) => {
    const { shipped } = await bundle(app(group), join(src, "index.ts"));
    const endpoints = shipped.filter((f) => f.startsWith("endpoints/")).map((f) => f.slice("endpoints/".length)).filter((f) => !SHARED.has(f));
    expect(endpoints.sort()).toEqual(own);
    // Nor the facade, the walker (no paginate call here) or the other strategies.
    expect(shipped.filter((f) => ["client.ts", "pagination/paginate.ts", "auth/pkce.ts", "auth/client-credentials.ts"].includes(f))).toEqual([]);
  });
});

describe("the built package (dist/esm)", () => {
  it("ships only the tracks operations (and GET /me for currentUserId) to an app using TracksEndpoints", async () => {
    const entry = join(pkg, "dist", "esm", "index.js");
    if (!existsSync(entry)) throw new Error("the SDK is not built: run npm run build -w packages/sdk");
    const { text } = await bundle(app("TracksEndpoints"), entry);
    const present = Object.keys(OPERATIONS).filter((id) => text.includes(JSON.stringify(id)));
    const tracksGroup = [getTrack, getSeveralTracks, getAudioFeatures, getSeveralAudioFeatures, getAudioAnalysis];
    expect(present.sort()).toEqual([...tracksGroup.map((op) => op.operationId), "get-current-users-profile"].sort());
  });
});
