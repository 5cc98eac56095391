import type * as z from "zod/mini";

/**
 * The builders the programme's schemas are written with, once (define.ts), and built twice: with
 * zod/mini's own functions (zod-kit.ts), for the schemas the package exports and the JSON Schemas
 * generated from them; and with the lean kit (lean-kit.ts), which gives the same parse results
 * and issues without zod, for the library's own validation (see docs/decisions.md, "Validation
 * without zod at run time"). The types are zod/mini's, so both builds have the exported schemas'
 * types.
 *
 * @internal
 */
export interface SchemaKit {
  readonly string: typeof z.string;
  readonly number: typeof z.number;
  readonly int: typeof z.int;
  readonly boolean: typeof z.boolean;
  readonly literal: typeof z.literal;
  readonly enum: typeof z.enum;
  readonly optional: typeof z.optional;
  readonly nullable: typeof z.nullable;
  readonly _default: typeof z._default;
  readonly prefault: typeof z.prefault;
  readonly array: typeof z.array;
  readonly strictObject: typeof z.strictObject;
  readonly discriminatedUnion: typeof z.discriminatedUnion;
  readonly pipe: typeof z.pipe;
  readonly transform: typeof z.transform;
  readonly refine: typeof z.refine;
  readonly minimum: typeof z.minimum;
  readonly maximum: typeof z.maximum;
  readonly positive: typeof z.positive;
  readonly minLength: typeof z.minLength;
  /**
   * Gives a schema its JSON Schema keywords and description (zod's registry); the lean kit has no
   * JSON Schema to give them to and returns the schema as it is.
   */
  readonly described: <T extends z.ZodMiniType>(schema: T, meta: z.core.GlobalMeta) => T;
  /** Seals a schema the package exports (seal.ts); the lean kit's schemas are never handed out. */
  readonly sealed: <T extends z.ZodMiniType>(schema: T) => T;
}
