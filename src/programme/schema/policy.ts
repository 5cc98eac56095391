import * as z from "zod/mini";
import { deepFreeze } from "../../internal/deep-freeze.js";
import { componentFormats } from "./component.js";
import { described } from "./meta.js";
import { idSchema, starCountSchema, yearSchema } from "./primitives.js";
import { sealSchema } from "./seal.js";

/** The longest notice or grace period a policy may set, in days: ten years. */
const NOTICE_DAYS_MAX = 3660;

const nullableCount = () =>
  /* @__PURE__ */ z._default(/* @__PURE__ */ z.nullable(starCountSchema), null);

/** A whole number from `min` to `max`, `fallback` when absent. */
const intDefault = (min: number, max: number, fallback: number) =>
  /* @__PURE__ */ z._default(
    /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(min), /* @__PURE__ */ z.maximum(max)),
    fallback,
  );

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

/** The window of the programme: "in een periode van 2 jaar" (rules A6). */
export const windowPolicySchema = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ described(
    /* @__PURE__ */ z._default(/* @__PURE__ */ z.enum(windowKinds), "fixed"),
    {
      description:
        "fixed: consecutive windows from startYear; rolling: the window ends on the as-of date; participant: anchored at the participant's start date.",
    },
  ),
  years: /* @__PURE__ */ intDefault(1, 10, 2),
  noticeDays: /* @__PURE__ */ described(/* @__PURE__ */ intDefault(0, NOTICE_DAYS_MAX, 90), {
    description:
      "Rolling windows: counted stars that leave the window within this many days are shown as expiring (rules A8).",
  }),
});

/** Mandatory components (rules A3): the grace period of new starters. */
export const mandatoryPolicySchema = /* @__PURE__ */ z.strictObject({
  starterGraceDays: /* @__PURE__ */ described(/* @__PURE__ */ intDefault(0, NOTICE_DAYS_MAX, 90), {
    description:
      "A new starter's obligations are due no earlier than this many days after the start date (rules A3).",
  }),
});

/** The bonus star for trainers and kartrekkers (rules A5). */
export const bonusPolicySchema = /* @__PURE__ */ z.strictObject({
  stars: /* @__PURE__ */ intDefault(0, 15, 1),
  roles: /* @__PURE__ */ z._default(/* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(roleKinds)), [
    "trainer",
    "kartrekker",
  ]),
  per: /* @__PURE__ */ z._default(/* @__PURE__ */ z.enum(bonusGranularities), "theme-year"),
  maxPerWindow: /* @__PURE__ */ nullableCount(),
});

/** Optional rules on elective components; all off by default (rules A4). */
export const electivePolicySchema = /* @__PURE__ */ z.strictObject({
  minCount: /* @__PURE__ */ nullableCount(),
  maxCount: /* @__PURE__ */ nullableCount(),
  maxStars: /* @__PURE__ */ nullableCount(),
  coverEveryLearningLine: /* @__PURE__ */ z._default(/* @__PURE__ */ z.boolean(), false),
});

/** A cap on the stars from one category of components, or on bonus stars (rules A6). */
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
 * The zod schema of the programme's rules (rules A3–A6). Every field has its default, so `{}` is the default
 * programme: fixed two-year windows, target 15, cap 15, no carry-over.
 *
 * @example
 * policySchema.parse({}).target; //=> 15
 */
export const policySchema = /* @__PURE__ */ sealSchema(
  /* @__PURE__ */ described(
    /* @__PURE__ */ z.strictObject({
      startYear: /* @__PURE__ */ described(/* @__PURE__ */ z.optional(yearSchema), {
        description: "First year of the first window; defaults to the first edition's year.",
      }),
      window: /* @__PURE__ */ z.prefault(windowPolicySchema, {}),
      target: /* @__PURE__ */ intDefault(1, 1000, 15),
      cap: /* @__PURE__ */ described(
        /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(starCountSchema)),
        {
          description: "Most stars counted per window; null for no cap; defaults to the target.",
        },
      ),
      carryOver: /* @__PURE__ */ described(/* @__PURE__ */ z._default(starCountSchema, 0), {
        description: "Most surplus stars carried into the next window (0 = none).",
      }),
      proRate: /* @__PURE__ */ described(
        /* @__PURE__ */ z._default(/* @__PURE__ */ z.boolean(), false),
        {
          description: "Lower the target for a participant who starts inside a window.",
        },
      ),
      mandatoryDue: /* @__PURE__ */ z._default(
        /* @__PURE__ */ z.enum(["edition-end", "window-end"]),
        "edition-end",
      ),
      mandatory: /* @__PURE__ */ z.prefault(mandatoryPolicySchema, {}),
      electives: /* @__PURE__ */ z.prefault(electivePolicySchema, {}),
      bonus: /* @__PURE__ */ z.prefault(bonusPolicySchema, {}),
      minimumPerYear: /* @__PURE__ */ nullableCount(),
      categoryCaps: /* @__PURE__ */ z._default(/* @__PURE__ */ z.array(categoryCapSchema), []),
      exemptions: /* @__PURE__ */ described(
        /* @__PURE__ */ z._default(/* @__PURE__ */ z.enum(["ignore", "pro-rata"]), "ignore"),
        { description: "pro-rata: approved exemptions lower the target pro rata." },
      ),
    }),
    { description: "The programme's policy (rules A3–A6)." },
  ),
);
