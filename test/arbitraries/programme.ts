import { fc } from "@fast-check/vitest";

import { prototypeKeys } from "./values.js";

export { anyValue } from "./values.js";

/** A JSON value, including the keys that attack prototypes. */
export const hostileJson = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(fc.constantFrom(...prototypeKeys, "formatVersion", "editions"), fc.jsonValue()),
);

type Json = unknown;

/** Every path to a value inside a JSON-like tree (the root included). */
export function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) out.push(...pathsOf(v, [...prefix, i]));
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  }
  return out;
}

/** A mutation of a valid document: replace a value, delete a key, or add a key. */
export type Mutation =
  | { readonly kind: "replace"; readonly pick: number; readonly value: unknown }
  | { readonly kind: "delete"; readonly pick: number }
  | { readonly kind: "add"; readonly pick: number; readonly key: string; readonly value: unknown };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("replace" as const), pick: fc.nat(), value: hostileJson }),
  fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant("add" as const),
    pick: fc.nat(),
    key: fc.constantFrom("__proto__", "constructor", "extra", "stars", "id"),
    value: hostileJson,
  }),
);

/** Applies mutations to a deep copy of a JSON document. */
export function mutate(document: Json, mutations: readonly Mutation[]): Json {
  let doc: Json = structuredClone(document);
  for (const m of mutations) {
    // A fresh copy of the value each time: an arbitrary may hand out one object twice (a
    // `constantFrom` object), and writing into the document must never change the arbitrary's value
    // or tie the document into a cycle.
    const value = "value" in m ? structuredClone(m.value) : undefined;
    const paths = pathsOf(doc);
    const path = paths[m.pick % paths.length] ?? [];
    if (path.length === 0) {
      if (m.kind === "replace") doc = value;
      continue;
    }
    const parent = path
      .slice(0, -1)
      .reduce<unknown>((node, k) => (node as Record<string | number, unknown>)[k], doc) as
      | Record<string | number, unknown>
      | unknown[];
    const key = path[path.length - 1] as string | number;
    if (m.kind === "replace") (parent as Record<string | number, unknown>)[key] = value;
    else if (m.kind === "delete") {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
    } else if (!Array.isArray(parent)) {
      Object.defineProperty(parent, m.key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return doc;
}
