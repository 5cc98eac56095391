import * as z from "zod";
import { deepFreeze } from "../../internal/deep-freeze.js";
import { idSchema, starsSchema, textSchema, yearSchema } from "./primitives.js";
import { sealSchema } from "./seal.js";

/** The forms a component takes (SPEC A1). */
export const componentFormats = /* @__PURE__ */ deepFreeze([
  "classroom",
  "e-learning",
  "blended",
  "informal",
  "on-the-job",
] as const);

/** Whether a component is mandatory (verplicht) or elective (vrije keuze). */
export const requirements = /* @__PURE__ */ deepFreeze(["mandatory", "elective"] as const);

/**
 * The zod schema of a component (onderdeel): a course, an e-learning module, a meeting… (SPEC A1).
 *
 * @example
 * componentSchema.parse({ id: "x", title: "X", stars: 1, requirement: "elective", format: "informal" }).repeatable;
 * //=> false
 */
export const componentSchema = /* @__PURE__ */ sealSchema(
  /* @__PURE__ */ z
    .strictObject({
      id: idSchema,
      title: textSchema,
      description: /* @__PURE__ */ textSchema.optional(),
      stars: starsSchema,
      requirement: /* @__PURE__ */ z.enum(requirements),
      theme: /* @__PURE__ */ idSchema.optional(),
      learningLines: /* @__PURE__ */ z.array(idSchema).default([]),
      spearheads: /* @__PURE__ */ z.array(idSchema).default([]),
      format: /* @__PURE__ */ z.enum(componentFormats),
      hours: /* @__PURE__ */ z.number().positive().max(1000).optional(),
      audience: /* @__PURE__ */ z
        .array(idSchema)
        .default([])
        .meta({ description: "Groups the component applies to; empty means everyone (SPEC A7)." }),
      repeatable: /* @__PURE__ */ z.boolean().default(false).meta({
        description: "A yearly refresher that counts again in every edition (SPEC A3, A7).",
      }),
    })
    .meta({ description: "A component (onderdeel) of an edition." }),
);

/**
 * The zod schema of an edition: one calendar year's catalogue (SPEC A1), "het sterrenprogramma
 * kan per jaar verschillen".
 *
 * @example
 * editionSchema.safeParse({ year: 2027, components: [] }).success; //=> true
 */
export const editionSchema = /* @__PURE__ */ sealSchema(
  /* @__PURE__ */ z
    .strictObject({
      year: yearSchema,
      name: /* @__PURE__ */ textSchema.optional(),
      components: /* @__PURE__ */ z.array(componentSchema),
    })
    .meta({ description: "The edition of one calendar year." }),
);
