// The `fields` filter of the playlist endpoints: `items(added_by.id,track(name,href))`, dot paths,
// nested parentheses, and `!name` to leave a field out.
import { ApiProblem } from "./types.js";

/**
 * A parsed `fields` filter: the keys to keep (with a nested filter, or `true` for the whole value) and
 * those to drop.
 */
export interface FieldSpec {
  include: Map<string, FieldSpec | true>;
  exclude: Set<string>;
}

const NAME = /^[A-Za-z0-9_]+/;

function empty(): FieldSpec {
  return { include: new Map(), exclude: new Set() };
}

/** @throws ApiProblem 400 for a malformed expression */
export function parseFields(text: string): FieldSpec {
  let pos = 0;
  const fail = () => new ApiProblem(400, "Invalid fields");
  const list = (): FieldSpec => {
    const spec = empty();
    for (;;) {
      const negate = text[pos] === "!";
      if (negate) pos++;
      const path: string[] = [];
      for (;;) {
        const m = NAME.exec(text.slice(pos));
        if (!m) throw fail();
        path.push(m[0]);
        pos += m[0].length;
        if (text[pos] !== ".") break;
        pos++;
      }
      let sub: FieldSpec | true = true;
      if (text[pos] === "(") {
        pos++;
        sub = list();
        if (text[pos] !== ")") throw fail();
        pos++;
      }
      if (negate) {
        if (path.length !== 1 || sub !== true) throw fail();
        spec.exclude.add(path[0]);
      } else {
        // a.b.c(x) is a(b(c(x))).
        let node = spec;
        for (let i = 0; i < path.length - 1; i++) {
          const existing = node.include.get(path[i]);
          const next = existing && existing !== true ? existing : empty();
          node.include.set(path[i], next);
          node = next;
        }
        node.include.set(path[path.length - 1], sub);
      }
      if (text[pos] !== ",") return spec;
      pos++;
    }
  };
  const spec = list();
  if (pos !== text.length) throw fail();
  return spec;
}

/** Applies a field spec to a response body (arrays are filtered element by element). */
export function applyFields(value: unknown, spec: FieldSpec): unknown {
  if (Array.isArray(value)) return value.map((v) => applyFields(v, spec));
  if (typeof value !== "object" || value === null) return value;
  const o = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const keys = spec.include.size > 0 ? [...spec.include.keys()].filter((k) => k in o) : Object.keys(o);
  for (const k of keys) {
    if (spec.exclude.has(k)) continue;
    const sub = spec.include.get(k);
    out[k] = sub && sub !== true ? applyFields(o[k], sub) : o[k];
  }
  return out;
}
