import { deepFreeze } from "../../internal/deep-freeze.js";
import type { SchemaKit } from "./kit.js";
import type { PrimitiveSchemas } from "./primitives.js";

/** The forms a component takes (rules A1). */
export const componentFormats = /* @__PURE__ */ deepFreeze([
  "classroom",
  "e-learning",
  "blended",
  "informal",
  "on-the-job",
] as const);

/** Whether a component is mandatory (verplicht) or elective (vrije keuze). */
export const requirements = /* @__PURE__ */ deepFreeze(["mandatory", "elective"] as const);

/** The schemas of a component and of an edition, with one kit. */
export function componentSchemas(z: SchemaKit, p: PrimitiveSchemas) {
  const { idSchema, starsSchema, textSchema, yearSchema } = p;

  /** A component (onderdeel): a course, an e-learning module, a meeting… (rules A1). */
  const componentSchema = z.sealed(
    z.described(
      z.strictObject({
        id: idSchema,
        title: textSchema,
        description: z.optional(textSchema),
        stars: starsSchema,
        requirement: z.enum(requirements),
        theme: z.optional(idSchema),
        learningLines: z._default(z.array(idSchema), []),
        spearheads: z._default(z.array(idSchema), []),
        format: z.enum(componentFormats),
        hours: z.optional(z.number().check(z.positive(), z.maximum(1000))),
        audience: z.described(z._default(z.array(idSchema), []), {
          description: "Groups the component applies to; empty means everyone (rules A7).",
        }),
        repeatable: z.described(z._default(z.boolean(), false), {
          description: "A yearly refresher that counts again in every edition (rules A3, A7).",
        }),
      }),
      { description: "A component (onderdeel) of an edition." },
    ),
  );

  /**
   * An edition: one calendar year's catalogue (rules A1), "het sterrenprogramma kan per jaar
   * verschillen".
   */
  const editionSchema = z.sealed(
    z.described(
      z.strictObject({
        year: yearSchema,
        name: z.optional(textSchema),
        components: z.array(componentSchema),
      }),
      { description: "The edition of one calendar year." },
    ),
  );

  return { componentSchema, editionSchema };
}
