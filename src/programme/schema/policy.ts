import * as z from "zod";
import { deepFreeze } from "../../internal/deep-freeze.js";
import { componentFormats } from "./component.js";
import { idSchema, starCountSchema, yearSchema } from "./primitives.js";
import { sealSchema } from "./seal.js";

/** The longest notice or grace period a policy may set, in days: ten years. */
const NOTICE_DAYS_MAX = 3660;

const nullableCount = () => /* @__PURE__ */ starCountSchema.nullable().default(null);

/** How windows are laid (SPEC A6). */
export const windowKinds = /* @__PURE__ */ deepFreeze(["fixed", "rolling", "participant"] as const);

/** The roles that can earn a bonus star (SPEC A5). */
export const roleKinds = /* @__PURE__ */ deepFreeze(["trainer", "kartrekker"] as const);

/** Over what a bonus is counted once (SPEC A5). */
export const bonusGranularities = /* @__PURE__ */ deepFreeze([
  "theme-year",
  "theme-window",
  "window",
] as const);

/** The window of the programme: "in een periode van 2 jaar" (SPEC A6). */
export const windowPolicySchema = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.enum(windowKinds).default("fixed").meta({
    description:
      "fixed: consecutive windows from startYear; rolling: the window ends on the as-of date; participant: anchored at the participant's start date.",
  }),
  years: /* @__PURE__ */ z.int().min(1).max(10).default(2),
  noticeDays: /* @__PURE__ */ z.int().min(0).max(NOTICE_DAYS_MAX).default(90).meta({
    description:
      "Rolling windows: counted stars that leave the window within this many days are shown as expiring (SPEC A8).",
  }),
});

/** Mandatory components (SPEC A3): the grace period of new starters. */
export const mandatoryPolicySchema = /* @__PURE__ */ z.strictObject({
  starterGraceDays: /* @__PURE__ */ z.int().min(0).max(NOTICE_DAYS_MAX).default(90).meta({
    description:
      "A new starter's obligations are due no earlier than this many days after the start date (SPEC A3).",
  }),
});

/** The bonus star for trainers and kartrekkers (SPEC A5). */
export const bonusPolicySchema = /* @__PURE__ */ z.strictObject({
  stars: /* @__PURE__ */ z.int().min(0).max(15).default(1),
  roles: /* @__PURE__ */ z
    .array(/* @__PURE__ */ z.enum(roleKinds))
    .default(["trainer", "kartrekker"]),
  per: /* @__PURE__ */ z.enum(bonusGranularities).default("theme-year"),
  maxPerWindow: /* @__PURE__ */ nullableCount(),
});

/** Optional rules on elective components; all off by default (SPEC A4). */
export const electivePolicySchema = /* @__PURE__ */ z.strictObject({
  minCount: /* @__PURE__ */ nullableCount(),
  maxCount: /* @__PURE__ */ nullableCount(),
  maxStars: /* @__PURE__ */ nullableCount(),
  coverEveryLearningLine: /* @__PURE__ */ z.boolean().default(false),
});

/** A cap on the stars from one category of components, or on bonus stars (SPEC A6). */
export const categoryCapSchema = /* @__PURE__ */ z.discriminatedUnion("kind", [
  /* @__PURE__ */ z.strictObject({
    kind: /* @__PURE__ */ z.literal("format"),
    format: /* @__PURE__ */ z.enum(componentFormats),
    maxStars: starCountSchema,
  }),
  /* @__PURE__ */ z.strictObject({
    kind: /* @__PURE__ */ z.literal("learning-line"),
    learningLine: idSchema,
    maxStars: starCountSchema,
  }),
  /* @__PURE__ */ z.strictObject({
    kind: /* @__PURE__ */ z.literal("bonus"),
    maxStars: starCountSchema,
  }),
]);

/**
 * The zod schema of the programme's rules (SPEC A3–A6). Every field has the SPEC's default, so `{}` is the SPEC's
 * programme: fixed two-year windows, target 15, cap 15, no carry-over.
 *
 * @example
 * policySchema.parse({}).target; //=> 15
 */
export const policySchema = /* @__PURE__ */ sealSchema(
  /* @__PURE__ */ z
    .strictObject({
      startYear: /* @__PURE__ */ yearSchema.optional().meta({
        description: "First year of the first window; defaults to the first edition's year.",
      }),
      window: /* @__PURE__ */ windowPolicySchema.prefault({}),
      target: /* @__PURE__ */ z.int().min(1).max(1000).default(15),
      cap: /* @__PURE__ */ starCountSchema.nullable().optional().meta({
        description: "Most stars counted per window; null for no cap; defaults to the target.",
      }),
      carryOver: /* @__PURE__ */ starCountSchema
        .default(0)
        .meta({ description: "Most surplus stars carried into the next window (0 = none)." }),
      proRate: /* @__PURE__ */ z
        .boolean()
        .default(false)
        .meta({ description: "Lower the target for a participant who starts inside a window." }),
      mandatoryDue: /* @__PURE__ */ z.enum(["edition-end", "window-end"]).default("edition-end"),
      mandatory: /* @__PURE__ */ mandatoryPolicySchema.prefault({}),
      electives: /* @__PURE__ */ electivePolicySchema.prefault({}),
      bonus: /* @__PURE__ */ bonusPolicySchema.prefault({}),
      minimumPerYear: /* @__PURE__ */ nullableCount(),
      categoryCaps: /* @__PURE__ */ z.array(categoryCapSchema).default([]),
      exemptions: /* @__PURE__ */ z
        .enum(["ignore", "pro-rata"])
        .default("ignore")
        .meta({ description: "pro-rata: approved exemptions lower the target pro rata." }),
    })
    .meta({ description: "The programme's policy (SPEC A3–A6)." }),
);
