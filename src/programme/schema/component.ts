import * as z from "zod/mini";
import { deepFreeze } from "../../internal/deep-freeze.js";
import { described } from "./meta.js";
import { idSchema, starsSchema, textSchema, yearSchema } from "./primitives.js";
import { sealSchema } from "./seal.js";

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

/**
 * The zod schema of a component (onderdeel): a course, an e-learning module, a meeting… (rules A1).
 *
 * @example
 * componentSchema.parse({ id: "x", title: "X", stars: 1, requirement: "elective", format: "informal" }).repeatable;
 * //=> false
 */
export const componentSchema = /* @__PURE__ */ sealSchema(
  /* @__PURE__ */ described(
    /* @__PURE__ */ z.strictObject({
      id: idSchema,
      title: textSchema,
      description: /* @__PURE__ */ z.optional(textSchema),
      stars: starsSchema,
      requirement: /* @__PURE__ */ z.enum(requirements),
      theme: /* @__PURE__ */ z.optional(idSchema),
      learningLines: /* @__PURE__ */ z._default(/* @__PURE__ */ z.array(idSchema), []),
      spearheads: /* @__PURE__ */ z._default(/* @__PURE__ */ z.array(idSchema), []),
      format: /* @__PURE__ */ z.enum(componentFormats),
      hours: /* @__PURE__ */ z.optional(
        /* @__PURE__ */ z
          .number()
          .check(/* @__PURE__ */ z.positive(), /* @__PURE__ */ z.maximum(1000)),
      ),
      audience: /* @__PURE__ */ described(
        /* @__PURE__ */ z._default(/* @__PURE__ */ z.array(idSchema), []),
        { description: "Groups the component applies to; empty means everyone (rules A7)." },
      ),
      repeatable: /* @__PURE__ */ described(
        /* @__PURE__ */ z._default(/* @__PURE__ */ z.boolean(), false),
        {
          description: "A yearly refresher that counts again in every edition (rules A3, A7).",
        },
      ),
    }),
    { description: "A component (onderdeel) of an edition." },
  ),
);

/**
 * The zod schema of an edition: one calendar year's catalogue (rules A1), "het sterrenprogramma
 * kan per jaar verschillen".
 *
 * @example
 * editionSchema.safeParse({ year: 2027, components: [] }).success; //=> true
 */
export const editionSchema = /* @__PURE__ */ sealSchema(
  /* @__PURE__ */ described(
    /* @__PURE__ */ z.strictObject({
      year: yearSchema,
      name: /* @__PURE__ */ z.optional(textSchema),
      components: /* @__PURE__ */ z.array(componentSchema),
    }),
    { description: "The edition of one calendar year." },
  ),
);
