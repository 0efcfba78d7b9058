/** Scopes /authorize accepts beyond the spec's, with the consent page's words: generated from spec/annotations.yml. */
export { EXTRA_SCOPES } from "./extra-scopes.generated.js";

/** The scopes of a `scope` parameter: split on whitespace, duplicates dropped, order kept. */
export function parseScopes(raw: string | null): string[] {
  if (!raw) return [];
  return [...new Set(raw.split(/\s+/).filter(Boolean))];
}
