import type * as zod from "zod/mini";
import { tagged } from "../../diagnostics/schema-codes.js";
import { FORMAT_VERSION } from "../../format-version.js";
import type { catalogueSchemas } from "./catalogue.js";
import type { componentSchemas } from "./component.js";
import type { SchemaKit } from "./kit.js";
import type { policySchemas } from "./policy.js";
import type { PrimitiveSchemas } from "./primitives.js";

/** The schemas of a whole programme, with one kit, from the schemas of its parts. */
export function programmeSchemas(
  z: SchemaKit,
  p: PrimitiveSchemas,
  catalogue: ReturnType<typeof catalogueSchemas>,
  component: ReturnType<typeof componentSchemas>,
  policy: ReturnType<typeof policySchemas>,
) {
  const { idSchema, jsonSchemaRef, textSchema } = p;
  const { themeSchema, learningLineSchema, spearheadSchema, groupSchema } = catalogue;

  /**
   * A programme as written, before the defaults that depend on other fields are resolved; the
   * JSON Schema is generated from it.
   */
  const programmeShape = z.sealed(
    z.described(
      z.strictObject({
        $schema: jsonSchemaRef,
        formatVersion: z.literal(FORMAT_VERSION, tagged("unsupported-format-version")),
        id: idSchema,
        name: textSchema,
        description: z.optional(textSchema),
        themes: z._default(z.array(themeSchema), []),
        learningLines: z._default(z.array(learningLineSchema), []),
        spearheads: z._default(z.array(spearheadSchema), []),
        groups: z._default(z.array(groupSchema), []),
        policy: z.prefault(policy.policySchema, {}),
        editions: z.array(component.editionSchema).check(z.minLength(1)),
      }),
      {
        title: "sterrenprogramma programme",
        description: "A star programme (sterrenprogramma): its catalogue per year and its policy.",
      },
    ),
  );

  /**
   * The programme: the shape plus the defaults that depend on other fields — the start year is
   * the first edition's year and the cap is the target, unless the policy says otherwise.
   */
  const programmeSchema = z.sealed(
    z.pipe(
      programmeShape,
      z.transform((programme: zod.output<typeof programmeShape>) => {
        const { startYear, cap, ...rest } = programme.policy;
        const firstYear = programme.editions.reduce(
          (min, e) => Math.min(min, e.year),
          Number.POSITIVE_INFINITY,
        );
        return {
          ...programme,
          policy: {
            ...rest,
            startYear: startYear ?? firstYear,
            cap: cap === undefined ? rest.target : cap,
          },
        };
      }),
    ),
  );

  return { programmeShape, programmeSchema };
}
