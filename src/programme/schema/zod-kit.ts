import * as z from "zod/mini";
import type { SchemaKit } from "./kit.js";
import { described } from "./meta.js";
import { sealSchema } from "./seal.js";

/**
 * zod/mini's builders as a kit: the exported schemas are built with it (schemas.ts). Each function
 * is named one by one, so that a bundle keeps only the zod it uses.
 *
 * @internal
 */
export const zodKit: SchemaKit = /* @__PURE__ */ Object.freeze({
  string: z.string,
  number: z.number,
  int: z.int,
  boolean: z.boolean,
  literal: z.literal,
  enum: z.enum,
  optional: z.optional,
  nullable: z.nullable,
  _default: z._default,
  prefault: z.prefault,
  array: z.array,
  strictObject: z.strictObject,
  discriminatedUnion: z.discriminatedUnion,
  pipe: z.pipe,
  transform: z.transform,
  refine: z.refine,
  minimum: z.minimum,
  maximum: z.maximum,
  positive: z.positive,
  minLength: z.minLength,
  described,
  sealed: sealSchema,
});
