import { tagged } from "../../diagnostics/schema-codes.js";
import { FORMAT_VERSION } from "../../format-version.js";
import { deepFreeze } from "../../internal/deep-freeze.js";
import type { SchemaKit } from "./kit.js";
import { roleKinds } from "./policy.js";
import type { PrimitiveSchemas } from "./primitives.js";

/** The status of a completion or an exemption. */
export const approvalStatuses = /* @__PURE__ */ deepFreeze([
  "approved",
  "pending",
  "rejected",
] as const);

/** What a development point from the appraisal cycle refers to. */
export const developmentPointKinds = /* @__PURE__ */ deepFreeze([
  "theme",
  "learning-line",
  "spearhead",
] as const);

/** The schemas of a participant and its parts, with one kit. */
export function participantSchemas(z: SchemaKit, p: PrimitiveSchemas) {
  const { calendarDateSchema, idSchema, jsonSchemaRef, textSchema, yearSchema } = p;
  const score = () => z.int().check(z.minimum(1), z.maximum(5));

  /** A participant's own 1–5 score of a component, and later the manager's 1–5 of its effect. */
  const evaluationSchema = z.strictObject({
    participantScore: z.optional(score()),
    effectScore: z.optional(score()),
  });

  /** A component a participant completed on a date (rules A1, A7). */
  const completionSchema = z.strictObject({
    component: idSchema,
    date: calendarDateSchema,
    status: z._default(z.enum(approvalStatuses), "approved"),
    evaluation: z.optional(evaluationSchema),
  });

  /** A trainer or kartrekker role on a theme in a year (rules A5). */
  const roleSchema = z.strictObject({ theme: idSchema, role: z.enum(roleKinds), year: yearSchema });

  /** A recorded period of leave or other exemption (rules A6). */
  const exemptionSchema = z.strictObject({
    from: calendarDateSchema,
    to: calendarDateSchema,
    reason: textSchema,
    status: z._default(z.enum(approvalStatuses), "approved"),
  });

  /** A development point (aandachtspunt) from the appraisal cycle (gesprekkencyclus). */
  const developmentPointSchema = z.strictObject({
    kind: z.enum(developmentPointKinds),
    id: idSchema,
  });

  /** A participant: a staff member following the programme (medewerker, rules A1). */
  const participantSchema = z.sealed(
    z.described(
      z.strictObject({
        $schema: jsonSchemaRef,
        formatVersion: z.optional(z.literal(FORMAT_VERSION, tagged("unsupported-format-version"))),
        id: idSchema,
        name: z.optional(textSchema),
        groups: z._default(z.array(idSchema), []),
        startDate: z.optional(calendarDateSchema),
        completions: z._default(z.array(completionSchema), []),
        roles: z._default(z.array(roleSchema), []),
        exemptions: z._default(z.array(exemptionSchema), []),
        developmentPoints: z._default(z.array(developmentPointSchema), []),
      }),
      { title: "sterrenprogramma participant", description: "A participant (medewerker)." },
    ),
  );

  return {
    evaluationSchema,
    completionSchema,
    roleSchema,
    exemptionSchema,
    developmentPointSchema,
    participantSchema,
  };
}
