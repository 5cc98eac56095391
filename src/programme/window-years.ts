import { deepFreeze } from "../internal/deep-freeze.js";
import type { WindowLayout } from "./types.js";

/**
 * A window counted in whole calendar years, both ends included.
 *
 * @example
 * const window: YearSpan = { start: 2025, end: 2026 };
 */
export interface YearSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * The fixed window (rules A6) that holds a year: windows are consecutive, `years` long and
 * anchored at the policy's start year. Years before the start have no window.
 *
 * @example
 * fixedWindowOfYear({ startYear: 2025, window: { kind: "fixed", years: 2 } }, 2028);
 * //=> { start: 2027, end: 2028 }
 * @function
 */
export const fixedWindowOfYear = /* @__PURE__ */ deepFreeze(function fixedWindowOfYear(
  policy: WindowLayout,
  year: number,
): YearSpan | undefined {
  if (year < policy.startYear) return undefined;
  const start =
    policy.startYear +
    Math.floor((year - policy.startYear) / policy.window.years) * policy.window.years;
  return { start, end: start + policy.window.years - 1 };
});

/**
 * The year spans a programme's design is checked over (rules A9). For fixed windows these are the
 * windows from the start year to the last edition. Rolling and participant windows can start in
 * any year, so every run of `years` consecutive years from the first edition is checked: an
 * approximation of windows that need not start on 1 January (see docs/decisions.md).
 */
export function designWindows(policy: WindowLayout, editionYears: readonly number[]): YearSpan[] {
  if (editionYears.length === 0) return [];
  const last = Math.max(...editionYears);
  const years = policy.window.years;
  const spans: YearSpan[] = [];
  if (policy.window.kind === "fixed") {
    for (let start = policy.startYear; start <= last; start += years)
      spans.push({ start, end: start + years - 1 });
  } else {
    const first = Math.max(policy.startYear, Math.min(...editionYears));
    for (let start = first; start + years - 1 <= last; start++)
      spans.push({ start, end: start + years - 1 });
    if (spans.length === 0) spans.push({ start: first, end: first + years - 1 });
  }
  return spans;
}
