import * as z from "zod";
import { idSchema, starsSchema, textSchema } from "./primitives.js";

/** The forms a component takes (SPEC A1). */
export const componentFormats = [
  "classroom",
  "e-learning",
  "blended",
  "informal",
  "on-the-job",
] as const;

/** Whether a component is mandatory (verplicht) or elective (vrije keuze). */
export const requirements = ["mandatory", "elective"] as const;

/**
 * The zod schema of a component (onderdeel): a course, an e-learning module, a meeting… (SPEC A1).
 *
 * @example
 * componentSchema.parse({ id: "x", title: "X", stars: 1, requirement: "elective", format: "informal" }).repeatable;
 * //=> false
 */
export const componentSchema = /* @__PURE__ */ z
  .strictObject({
    id: idSchema,
    title: textSchema,
    description: textSchema.optional(),
    stars: starsSchema,
    requirement: z.enum(requirements),
    theme: idSchema.optional(),
    learningLines: z.array(idSchema).default([]),
    spearheads: z.array(idSchema).default([]),
    format: z.enum(componentFormats),
    hours: z.number().positive().max(1000).optional(),
    audience: z
      .array(idSchema)
      .default([])
      .meta({ description: "Groups the component applies to; empty means everyone (SPEC A7)." }),
    repeatable: z.boolean().default(false).meta({
      description: "A yearly refresher that counts again in every edition (SPEC A3, A7).",
    }),
  })
  .meta({ description: "A component (onderdeel) of an edition." });

/**
 * The zod schema of an edition: one calendar year's catalogue (SPEC A1), "het sterrenprogramma
 * kan per jaar verschillen".
 *
 * @example
 * editionSchema.safeParse({ year: 2027, components: [] }).success; //=> true
 */
export const editionSchema = /* @__PURE__ */ z
  .strictObject({
    year: z.int().min(1900).max(2999),
    name: textSchema.optional(),
    components: z.array(componentSchema),
  })
  .meta({ description: "The edition of one calendar year." });
