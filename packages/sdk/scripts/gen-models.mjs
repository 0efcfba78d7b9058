#!/usr/bin/env node
/**
 * Generates packages/sdk/src/models/generated.ts from spec/openapi.yml.
 *
 *   node packages/sdk/scripts/gen-models.mjs          # writes the file
 *   node packages/sdk/scripts/gen-models.mjs --check  # exits 1 when the committed file drifted
 *
 * The spec (sonallux's fixed copy) lists almost no `required` fields although Spotify sends every
 * documented field. So a field is required unless a rule below says otherwise; the rules are data,
 * each with its reason, so the output is reproducible and reviewable.
 * Dev-time only: uses the `yaml` package from the workspace root; the SDK ships no dependency.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Fields Development Mode apps no longer receive since February 2026 (behaviour.md §3.3),
 * although the spec documents them: optional, so code must cope with their absence.
 * `external_ids` was restored in March 2026 (§3.4) and is not listed.
 */
export const DEV_MODE_REMOVED = {
  TrackObject: ["available_markets", "linked_from", "popularity"],
  SimplifiedTrackObject: ["available_markets", "linked_from"],
  AlbumBase: ["available_markets"],
  AlbumObject: ["label", "popularity"],
  ArtistDiscographyAlbumObject: ["album_group"],
  ArtistObject: ["followers", "popularity"],
  AudiobookBase: ["available_markets", "publisher"],
  ChapterBase: ["available_markets"],
  ShowBase: ["available_markets", "publisher"],
  PrivateUserObject: ["country", "email", "explicit_content", "followers", "product"],
  PublicUserObject: ["followers"],
  // Feb 2026: playlist `tracks` renamed `items`; contents only for playlists the user owns or
  // collaborates on (behaviour.md §2.9). Either key may be missing.
  PlaylistObject: ["items", "tracks"],
  SimplifiedPlaylistObject: ["items", "tracks"],
};

/** Fields the API sends as `null` although the spec does not flag them `nullable` (their descriptions say so). */
export const NULLABLE = {
  PlaylistTrackObject: ["added_at", "added_by", "item", "track"], // old playlists; local or unavailable items
  QueueObject: ["currently_playing"],
  CurrentlyPlayingContextObject: ["context", "progress_ms", "item"],
  CurrentlyPlayingObject: ["context", "progress_ms", "item"],
  PrivateUserObject: ["display_name"],
  CursorPagingObject: ["next"],
  CursorObject: ["after", "before"],
  SimplifiedPlaylistObject: ["description", "public"],
  PlaylistObject: ["public"],
  ShowBase: ["is_externally_hosted"],
  PlayHistoryObject: ["context"],
};

/** Fields sent only in some responses (relinking, restrictions, optional flags, per-kind IDs). */
export const OPTIONAL = {
  ExternalIdObject: ["isrc", "ean", "upc"], // a track has `isrc`, an album `upc`
  DeviceObject: ["supports_volume"],
  EpisodeBase: ["resume_point", "language"],
  ChapterBase: ["resume_point"],
  PrivateUserObject: ["account_id"],
};
const OPTIONAL_DESCRIPTION = /Optional field|Part of the response when|Included in the response when/;

/**
 * Descriptions for the few fields the spec leaves undescribed (inline objects, and `$ref`s whose
 * schema has no description either), so every generated field carries TSDoc.
 */
export const DESCRIPTIONS = {
  AudioAnalysisObject: {
    meta: "How and when the analyzer processed the track: its version, platform, status and timing.",
    track: "Whole-track analysis: sample counts, duration, fades, loudness, tempo, key, mode, time signature and fingerprint codes.",
  },
  PagingFeaturedPlaylistObject: { playlists: "The page of featured playlists." },
};

/** Paging schemas become instances of a generic: `PagingObject<T>`, `CursorPagingObject<T>`. */
const GENERIC_BASES = new Set(["PagingObject", "CursorPagingObject"]);

const HEADER = `/* eslint-disable */
/**
 * GENERATED FILE: do not edit. Source: spec/openapi.yml (components.schemas).
 * Regenerate with \`node packages/sdk/scripts/gen-models.mjs\`; a test fails when this file drifts.
 *
 * Rules: every documented field is required unless Spotify omits it (relinking, restrictions,
 * fields Development Mode apps lost in February 2026: those are optional) or sends \`null\` (typed
 * \`| null\`). \`type\` fields are string literals so unions narrow.
 * @module
 */
`;

const refName = (ref) => ref.split("/").pop();

function has(table, schema, field) {
  return (table[schema] ?? []).includes(field);
}

/**
 * A property's description: its own, else the table above, else (a bare `$ref`) the referenced
 * schema's, so `key: Key` says what a key is.
 */
function describe(schemaName, name, prop, schemas) {
  if (prop.description?.trim()) return prop.description;
  const fixed = DESCRIPTIONS[schemaName]?.[name];
  if (fixed) return fixed;
  const ref = prop.$ref ?? (prop.allOf?.length === 1 ? prop.allOf[0].$ref : undefined);
  return ref ? schemas?.[refName(ref)]?.description : undefined;
}

/** One-line TSDoc from a spec description: markdown links and emphasis removed (`snake_case` words kept). */
function doc(description, deprecated, indent) {
  let text = (description ?? "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/(^|[^\w`])_([^_\n]+)_(?![\w`])/g, "$1$2")
    .replace(/\*\*/g, "")
    .trim();
  text = text.split("\n").map((l) => l.trim()).filter(Boolean).join(" ").replace(/\*\//g, "*\\/");
  if (text.length > 300) text = `${text.slice(0, 297).replace(/\s+\S*$/, "")}...`;
  const parts = [];
  if (text) parts.push(text);
  if (deprecated) parts.push("@deprecated Marked deprecated in the Web API reference; may be absent for Development Mode apps.");
  if (!parts.length) return "";
  if (parts.length === 1) return `${indent}/** ${parts[0]} */\n`;
  return `${indent}/**\n${parts.map((p) => `${indent} * ${p}`).join("\n")}\n${indent} */\n`;
}

function literalType(schemaName, prop) {
  if (prop.enum?.length === 1) return JSON.stringify(prop.enum[0]);
  const m = /^The object type: "(\w+)"/.exec((prop.description ?? "").trim());
  if (m) return JSON.stringify(m[1]);
  return undefined;
}

/** TypeScript type of a property schema. */
function typeOf(prop, ctx) {
  if (prop.$ref) return refName(prop.$ref);
  if (prop.allOf?.length === 1 && prop.allOf[0].$ref) return refName(prop.allOf[0].$ref);
  if (prop.oneOf) return prop.oneOf.map((p) => typeOf(p, ctx)).join(" | ");
  if (prop.type === "array") {
    const inner = typeOf(prop.items ?? {}, ctx);
    return /[ |]/.test(inner) ? `Array<${inner}>` : `${inner}[]`;
  }
  if (prop.type === "integer" || prop.type === "number") return "number";
  if (prop.type === "boolean") return "boolean";
  if (prop.type === "string") return "string";
  if (prop.type === "object" && prop.properties) {
    const body = Object.entries(prop.properties)
      .map(([k, p]) => {
        const inner = `${ctx.indent}  `;
        const comment = doc(describe(ctx.path, k, p, ctx.schemas), p.deprecated === true, inner);
        return `${comment}${inner}${k}: ${typeOf(p, { ...ctx, indent: inner, path: `${ctx.path}.${k}` })};`;
      })
      .join("\n");
    return `{\n${body}\n${ctx.indent}}`;
  }
  return "unknown";
}

function renderProps(schemaName, properties, required, indent, schemas) {
  let out = "";
  for (const [name, prop] of Object.entries(properties)) {
    let type;
    if (name === "type") type = literalType(schemaName, prop);
    type ??= typeOf(prop, { indent, schemas, path: `${schemaName}.${name}` });
    const nullable = prop.nullable === true || has(NULLABLE, schemaName, name);
    // Dev-mode removals win over the spec's `required`: those apps do not receive the field.
    const optional =
      has(DEV_MODE_REMOVED, schemaName, name) ||
      (!required.includes(name) && (has(OPTIONAL, schemaName, name) || OPTIONAL_DESCRIPTION.test(prop.description ?? "")));
    if (nullable && !/\bnull\b/.test(type)) type = `${type} | null`;
    const devMode = has(DEV_MODE_REMOVED, schemaName, name);
    let description = describe(schemaName, name, prop, schemas);
    if (devMode) description = `${description ?? ""}\nNot sent to Development Mode apps since February 2026.`;
    out += doc(description, prop.deprecated === true, indent);
    out += `${indent}${name}${optional ? "?" : ""}: ${type};\n`;
  }
  return out;
}

function renderSchema(name, schema, schemas) {
  const head = doc(schema.description ?? `The spec's \`${name}\`.`, schema.deprecated, "");
  if (name === "PagingObject" || name === "CursorPagingObject") {
    const props = renderProps(name, schema.properties, schema.required ?? [], "  ", schemas);
    return `${head}export interface ${name}<T = unknown> {\n${props}  /** The requested content. */\n  items: T[];\n}\n`;
  }
  if (!schema.properties && !schema.allOf && schema.type !== "object") {
    return `${head}export type ${name} = ${typeOf(schema, { indent: "" })};\n`;
  }
  if (schema.allOf) {
    const refs = schema.allOf.filter((a) => a.$ref).map((a) => refName(a.$ref));
    const own = schema.allOf.filter((a) => !a.$ref);
    const required = [...(schema.required ?? []), ...own.flatMap((o) => o.required ?? [])];
    const base = refs.find((r) => GENERIC_BASES.has(r));
    if (base) {
      const items = own.flatMap((o) => Object.entries(o.properties ?? {})).find(([k]) => k === "items");
      const itemType = items ? typeOf(items[1].items ?? {}, { indent: "" }) : "unknown";
      return `${head}export type ${name} = ${base}<${itemType}>;\n`;
    }
    const props = own.map((o) => renderProps(name, o.properties ?? {}, required, "  ", schemas)).join("");
    const ext = refs.length ? ` extends ${refs.join(", ")}` : "";
    return `${head}export interface ${name}${ext} {\n${props}}\n`;
  }
  const props = renderProps(name, schema.properties ?? {}, schema.required ?? [], "  ", schemas);
  return `${head}export interface ${name} {\n${props}}\n`;
}

/**
 * Builds the text of `generated.ts` from the spec's text.
 * @param {string} specText the YAML of spec/openapi.yml
 * @param {(text: string) => any} parseYaml the `yaml` package's `parse`
 * @returns {string}
 */
export function generateModels(specText, parseYaml) {
  const spec = parseYaml(specText);
  const schemas = spec.components.schemas;
  const names = Object.keys(schemas).sort();
  const parts = names.map((n) => renderSchema(n, schemas[n], schemas));
  return `${HEADER}\n${parts.join("\n")}`;
}

const here = dirname(fileURLToPath(import.meta.url));
export const SPEC_PATH = resolve(here, "../../../spec/openapi.yml");
export const OUTPUT_PATH = resolve(here, "../src/models/generated.ts");

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { parse } = await import("yaml");
  const text = generateModels(readFileSync(SPEC_PATH, "utf8"), parse);
  if (process.argv.includes("--check")) {
    const current = readFileSync(OUTPUT_PATH, "utf8");
    if (current !== text) {
      process.stderr.write("src/models/generated.ts is out of date: run node packages/sdk/scripts/gen-models.mjs\n");
      process.exit(1);
    }
  } else {
    writeFileSync(OUTPUT_PATH, text);
  }
}
