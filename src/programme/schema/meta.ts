import * as z from "zod/mini";

/**
 * Gives a schema the JSON Schema keywords and description it carries into schemas/*.json, in zod's
 * global registry (what classic zod's `.meta()` does; zod/mini has no such method). The schema is
 * registered in place and returned: each caller passes a schema it has just built.
 *
 * @internal
 * @example
 * const yearSchema = described(z.int(), { description: "A calendar year." });
 */
export function described<T extends z.ZodMiniType>(schema: T, meta: z.core.GlobalMeta): T {
  z.globalRegistry.add(schema, meta);
  return schema;
}
