import * as z from "zod/mini";
import { tagged } from "../../diagnostics/schema-codes.js";
import { FORMAT_VERSION } from "../../format-version.js";
import { deepFreeze } from "../../internal/deep-freeze.js";
import { described } from "./meta.js";
import { roleKinds } from "./policy.js";
import {
  calendarDateSchema,
  idSchema,
  jsonSchemaRef,
  textSchema,
  yearSchema,
} from "./primitives.js";
import { sealSchema } from "./seal.js";

/** The status of a completion or an exemption. */
export const approvalStatuses = /* @__PURE__ */ deepFreeze([
  "approved",
  "pending",
  "rejected",
] as const);

const score = () =>
  /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(1), /* @__PURE__ */ z.maximum(5));

/** A participant's own 1–5 score of a component, and later the manager's 1–5 of its effect. */
export const evaluationSchema = /* @__PURE__ */ z.strictObject({
  participantScore: /* @__PURE__ */ z.optional(/* @__PURE__ */ score()),
  effectScore: /* @__PURE__ */ z.optional(/* @__PURE__ */ score()),
});

/** A component a participant completed on a date (rules A1, A7). */
export const completionSchema = /* @__PURE__ */ z.strictObject({
  component: idSchema,
  date: calendarDateSchema,
  status: /* @__PURE__ */ z._default(/* @__PURE__ */ z.enum(approvalStatuses), "approved"),
  evaluation: /* @__PURE__ */ z.optional(evaluationSchema),
});

/** A trainer or kartrekker role on a theme in a year (rules A5). */
export const roleSchema = /* @__PURE__ */ z.strictObject({
  theme: idSchema,
  role: /* @__PURE__ */ z.enum(roleKinds),
  year: yearSchema,
});

/** A recorded period of leave or other exemption (rules A6). */
export const exemptionSchema = /* @__PURE__ */ z.strictObject({
  from: calendarDateSchema,
  to: calendarDateSchema,
  reason: textSchema,
  status: /* @__PURE__ */ z._default(/* @__PURE__ */ z.enum(approvalStatuses), "approved"),
});

/** What a development point from the appraisal cycle refers to. */
export const developmentPointKinds = /* @__PURE__ */ deepFreeze([
  "theme",
  "learning-line",
  "spearhead",
] as const);

/** A development point (aandachtspunt) from the appraisal cycle (gesprekkencyclus). */
export const developmentPointSchema = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.enum(developmentPointKinds),
  id: idSchema,
});

/**
 * The zod schema of a participant: a staff member following the programme (medewerker, rules A1).
 * Prefer `validateParticipant`, which translates zod's issues into stable diagnostics.
 *
 * @example
 * participantSchema.safeParse({ id: "p-anouk" }).success; //=> true
 */
export const participantSchema = /* @__PURE__ */ sealSchema(
  /* @__PURE__ */ described(
    /* @__PURE__ */ z.strictObject({
      $schema: jsonSchemaRef,
      formatVersion: /* @__PURE__ */ z.optional(
        /* @__PURE__ */ z.literal(
          FORMAT_VERSION,
          /* @__PURE__ */ tagged("unsupported-format-version"),
        ),
      ),
      id: idSchema,
      name: /* @__PURE__ */ z.optional(textSchema),
      groups: /* @__PURE__ */ z._default(/* @__PURE__ */ z.array(idSchema), []),
      startDate: /* @__PURE__ */ z.optional(calendarDateSchema),
      completions: /* @__PURE__ */ z._default(/* @__PURE__ */ z.array(completionSchema), []),
      roles: /* @__PURE__ */ z._default(/* @__PURE__ */ z.array(roleSchema), []),
      exemptions: /* @__PURE__ */ z._default(/* @__PURE__ */ z.array(exemptionSchema), []),
      developmentPoints: /* @__PURE__ */ z._default(
        /* @__PURE__ */ z.array(developmentPointSchema),
        [],
      ),
    }),
    { title: "sterrenprogramma participant", description: "A participant (medewerker)." },
  ),
);
