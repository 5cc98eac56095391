import type { StatementStatus, StatementWindow, YearMinimum } from "../types.js";

/*
 * SPEC A8 — pace and status. A participant is `complete` when the counted stars reach the
 * effective target and every obligation, elective rule and yearly minimum is met; `behind` when
 * the counted stars are below the pace, a mandatory component is overdue or a year ended under
 * its minimum; `on-track` otherwise.
 */

/**
 * Whether counted stars are below the pace: counted < target × elapsed fraction of the window,
 * compared in whole numbers (counted × days < target × elapsed days) so that it stays exact.
 *
 * @example
 * behindPace(7, 15, { days: 730, elapsedDays: 365 }); //=> true (7.5 stars are due)
 */
export function behindPace(
  counted: number,
  target: number,
  window: Pick<StatementWindow, "days" | "elapsedDays">,
): boolean {
  return counted * window.days < target * window.elapsedDays;
}

/**
 * The status of a statement (and of a participant in the report) from its figures.
 *
 * @example
 * statusOf(15, 15, window, { outstanding: 0, overdue: 0 }, true, []); //=> "complete"
 */
export function statusOf(
  counted: number,
  target: number,
  window: Pick<StatementWindow, "days" | "elapsedDays">,
  mandatory: { readonly outstanding: number; readonly overdue: number },
  electiveRulesMet: boolean,
  yearlyMinimum: readonly YearMinimum[],
): StatementStatus {
  if (
    counted >= target &&
    mandatory.outstanding === 0 &&
    electiveRulesMet &&
    yearlyMinimum.every((y) => y.status === "met")
  )
    return "complete";
  return behindPace(counted, target, window) ||
    mandatory.overdue > 0 ||
    yearlyMinimum.some((y) => y.status === "not-met")
    ? "behind"
    : "on-track";
}
