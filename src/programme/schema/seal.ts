import type * as z from "zod/mini";

/** The members a caller (and this library) parses with; each is pinned on every sealed schema. */
const PINNED = /* @__PURE__ */ Object.freeze([
  "parse",
  "safeParse",
  "parseAsync",
  "safeParseAsync",
  "~standard",
] as const);

/** The parts of a zod 4 schema's public `def` that hold other schemas. */
const CHILDREN = /* @__PURE__ */ Object.freeze([
  "innerType",
  "element",
  "in",
  "out",
  "keyType",
  "valueType",
] as const);

interface Sealable {
  readonly def: Readonly<Record<string, unknown>> & { readonly type: string };
  readonly shape?: Record<string, unknown>;
}

const isSchema = (value: unknown): value is z.ZodMiniType =>
  typeof value === "object" && value !== null && "_zod" in value;

/**
 * Protects an exported zod schema, and every schema inside it, from callers who would change what
 * the library's own validation accepts. zod 4 schemas cannot be frozen: they define their methods
 * and caches on first use, so a frozen schema throws on its first `safeParse` (see
 * docs/decisions.md, "Hostile input"). So this freezes what a caller can reach through zod's
 * public API and that validation reads — every object schema's `shape` and every union's options —
 * and pins the parse methods (`schema.safeParse = …` then throws). zod's `_zod` internals stay
 * writable: they are zod's, and not part of any public contract.
 *
 * @internal
 * @example
 * export const componentSchema = /* @__PURE__ *\/ sealSchema(z.strictObject({ id: idSchema }));
 */
export function sealSchema<T extends z.ZodMiniType>(schema: T): T {
  // The first pinned member tells whether this schema, and so all it holds, is sealed already.
  if (Object.getOwnPropertyDescriptor(schema, PINNED[0])?.configurable === false) return schema;
  const record = schema as unknown as Record<string, unknown>;
  for (const member of PINNED) {
    // Reading the member makes zod define it on the schema itself; then it is made read-only.
    const value = record[member];
    Object.defineProperty(schema, member, { value, writable: false, configurable: false });
  }
  const { def, shape } = schema as unknown as Sealable;
  for (const key of CHILDREN) {
    const child = def[key];
    if (isSchema(child)) sealSchema(child);
  }
  if (def.type === "object" && shape !== undefined)
    for (const child of Object.values(Object.freeze(shape))) if (isSchema(child)) sealSchema(child);
  if (Array.isArray(def.options))
    for (const child of Object.freeze(def.options)) if (isSchema(child)) sealSchema(child);
  return schema;
}
