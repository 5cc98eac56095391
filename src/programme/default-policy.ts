import { deepFreeze } from "../internal/deep-freeze.js";
import type { StarPolicy } from "./types.js";

/**
 * The default policy (rules A3–A6) for a programme that starts in 2025: fixed two-year windows, target
 * 15, cap 15, no carry-over, a bonus of 1 star per theme per year for trainers and kartrekkers,
 * mandatory components due at the end of their edition's year (a new starter gets 90 days), every optional rule off.
 * A policy written as `{}` in a programme resolves to this, with the first edition's year as
 * `startYear`.
 *
 * @example
 * const policy: StarPolicy = { ...defaultPolicy, startYear: 2027, target: 12, cap: 12 };
 */
export const defaultPolicy = /* @__PURE__ */ deepFreeze({
  startYear: 2025,
  window: { kind: "fixed", years: 2, noticeDays: 90 },
  target: 15,
  cap: 15,
  carryOver: 0,
  proRate: false,
  mandatoryDue: "edition-end",
  mandatory: { starterGraceDays: 90 },
  electives: { minCount: null, maxCount: null, maxStars: null, coverEveryLearningLine: false },
  bonus: { stars: 1, roles: ["trainer", "kartrekker"], per: "theme-year", maxPerWindow: null },
  minimumPerYear: null,
  categoryCaps: [],
  exemptions: "ignore",
} as const satisfies StarPolicy);
