import { deepFreeze } from "../../internal/deep-freeze.js";
import { componentFormats } from "./component.js";
import type { SchemaKit } from "./kit.js";
import type { PrimitiveSchemas } from "./primitives.js";

/** The longest notice or grace period a policy may set, in days: ten years. */
const NOTICE_DAYS_MAX = 3660;

/** How windows are laid (rules A6). */
export const windowKinds = /* @__PURE__ */ deepFreeze(["fixed", "rolling", "participant"] as const);

/** The roles that can earn a bonus star (rules A5). */
export const roleKinds = /* @__PURE__ */ deepFreeze(["trainer", "kartrekker"] as const);

/** Over what a bonus is counted once (rules A5). */
export const bonusGranularities = /* @__PURE__ */ deepFreeze([
  "theme-year",
  "theme-window",
  "window",
] as const);

/** The schemas of the programme's rules (rules A3–A6), with one kit. */
export function policySchemas(z: SchemaKit, p: PrimitiveSchemas) {
  const { idSchema, starCountSchema, yearSchema } = p;
  const nullableCount = () => z._default(z.nullable(starCountSchema), null);
  /** A whole number from `min` to `max`, `fallback` when absent. */
  const intDefault = (min: number, max: number, fallback: number) =>
    z._default(z.int().check(z.minimum(min), z.maximum(max)), fallback);

  /** The window of the programme: "in een periode van 2 jaar" (rules A6). */
  const windowPolicySchema = z.strictObject({
    kind: z.described(z._default(z.enum(windowKinds), "fixed"), {
      description:
        "fixed: consecutive windows from startYear; rolling: the window ends on the as-of date; participant: anchored at the participant's start date.",
    }),
    years: intDefault(1, 10, 2),
    noticeDays: z.described(intDefault(0, NOTICE_DAYS_MAX, 90), {
      description:
        "Rolling windows: counted stars that leave the window within this many days are shown as expiring (rules A8).",
    }),
  });

  /** Mandatory components (rules A3): the grace period of new starters. */
  const mandatoryPolicySchema = z.strictObject({
    starterGraceDays: z.described(intDefault(0, NOTICE_DAYS_MAX, 90), {
      description:
        "A new starter's obligations are due no earlier than this many days after the start date (rules A3).",
    }),
  });

  /** The bonus star for trainers and kartrekkers (rules A5). */
  const bonusPolicySchema = z.strictObject({
    stars: intDefault(0, 15, 1),
    roles: z._default(z.array(z.enum(roleKinds)), ["trainer", "kartrekker"]),
    per: z._default(z.enum(bonusGranularities), "theme-year"),
    maxPerWindow: nullableCount(),
  });

  /** Optional rules on elective components; all off by default (rules A4). */
  const electivePolicySchema = z.strictObject({
    minCount: nullableCount(),
    maxCount: nullableCount(),
    maxStars: nullableCount(),
    coverEveryLearningLine: z._default(z.boolean(), false),
  });

  /** A cap on the stars from one category of components, or on bonus stars (rules A6). */
  const categoryCapSchema = z.discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("format"),
      format: z.enum(componentFormats),
      maxStars: starCountSchema,
    }),
    z.strictObject({
      kind: z.literal("learning-line"),
      learningLine: idSchema,
      maxStars: starCountSchema,
    }),
    z.strictObject({ kind: z.literal("bonus"), maxStars: starCountSchema }),
  ]);

  /**
   * The programme's rules (rules A3–A6). Every field has its default, so `{}` is the default
   * programme: fixed two-year windows, target 15, cap 15, no carry-over.
   */
  const policySchema = z.sealed(
    z.described(
      z.strictObject({
        startYear: z.described(z.optional(yearSchema), {
          description: "First year of the first window; defaults to the first edition's year.",
        }),
        window: z.prefault(windowPolicySchema, {}),
        target: intDefault(1, 1000, 15),
        cap: z.described(z.optional(z.nullable(starCountSchema)), {
          description: "Most stars counted per window; null for no cap; defaults to the target.",
        }),
        carryOver: z.described(z._default(starCountSchema, 0), {
          description: "Most surplus stars carried into the next window (0 = none).",
        }),
        proRate: z.described(z._default(z.boolean(), false), {
          description: "Lower the target for a participant who starts inside a window.",
        }),
        mandatoryDue: z._default(z.enum(["edition-end", "window-end"]), "edition-end"),
        mandatory: z.prefault(mandatoryPolicySchema, {}),
        electives: z.prefault(electivePolicySchema, {}),
        bonus: z.prefault(bonusPolicySchema, {}),
        minimumPerYear: nullableCount(),
        categoryCaps: z._default(z.array(categoryCapSchema), []),
        exemptions: z.described(z._default(z.enum(["ignore", "pro-rata"]), "ignore"), {
          description: "pro-rata: approved exemptions lower the target pro rata.",
        }),
      }),
      { description: "The programme's policy (rules A3–A6)." },
    ),
  );

  return {
    windowPolicySchema,
    mandatoryPolicySchema,
    bonusPolicySchema,
    electivePolicySchema,
    categoryCapSchema,
    policySchema,
  };
}
