import * as z from "zod/mini";
import { tagged } from "../../diagnostics/schema-codes.js";
import { FORMAT_VERSION } from "../../format-version.js";
import { groupSchema, learningLineSchema, spearheadSchema, themeSchema } from "./catalogue.js";
import { editionSchema } from "./component.js";
import { described } from "./meta.js";
import { policySchema } from "./policy.js";
import { idSchema, jsonSchemaRef, textSchema } from "./primitives.js";
import { sealSchema } from "./seal.js";

/**
 * The zod schema of a programme as written, before the defaults that depend on other fields are
 * resolved; the JSON Schema is generated from it. Prefer `validateProgramme` for validation.
 *
 * @example
 * import * as z from "zod/mini";
 * const jsonSchema = z.toJSONSchema(programmeShape, { io: "input" });
 */
export const programmeShape = /* @__PURE__ */ sealSchema(
  /* @__PURE__ */ described(
    /* @__PURE__ */ z.strictObject({
      $schema: jsonSchemaRef,
      formatVersion: /* @__PURE__ */ z.literal(
        FORMAT_VERSION,
        /* @__PURE__ */ tagged("unsupported-format-version"),
      ),
      id: idSchema,
      name: textSchema,
      description: /* @__PURE__ */ z.optional(textSchema),
      themes: /* @__PURE__ */ z._default(/* @__PURE__ */ z.array(themeSchema), []),
      learningLines: /* @__PURE__ */ z._default(/* @__PURE__ */ z.array(learningLineSchema), []),
      spearheads: /* @__PURE__ */ z._default(/* @__PURE__ */ z.array(spearheadSchema), []),
      groups: /* @__PURE__ */ z._default(/* @__PURE__ */ z.array(groupSchema), []),
      policy: /* @__PURE__ */ z.prefault(policySchema, {}),
      editions: /* @__PURE__ */ z.array(editionSchema).check(/* @__PURE__ */ z.minLength(1)),
    }),
    {
      title: "sterrenprogramma programme",
      description: "A star programme (sterrenprogramma): its catalogue per year and its policy.",
    },
  ),
);

/**
 * The programme schema: the shape plus the defaults that depend on other fields — the start
 * year is the first edition's year and the cap is the target, unless the policy says otherwise.
 *
 * @example
 * type Programme = z.output<typeof programmeSchema>;
 */
export const programmeSchema = /* @__PURE__ */ sealSchema(
  /* @__PURE__ */ z.pipe(
    programmeShape,
    /* @__PURE__ */ z.transform((p: z.output<typeof programmeShape>) => {
      const { startYear, cap, ...policy } = p.policy;
      const firstYear = p.editions.reduce(
        (min, e) => Math.min(min, e.year),
        Number.POSITIVE_INFINITY,
      );
      return {
        ...p,
        policy: {
          ...policy,
          startYear: startYear ?? firstYear,
          cap: cap === undefined ? policy.target : cap,
        },
      };
    }),
  ),
);
