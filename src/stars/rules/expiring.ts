import { addDays, addYears, dayNumber, yearEnd, yearOf } from "../../dates/calendar-date.js";
import { LAST_COMPUTABLE_DATE } from "../../dates/supported-range.js";
import { sortSmall } from "../../internal/sort-small.js";
import type { StarPolicy } from "../../programme/types.js";
import { compareExpiring } from "../order.js";
import type { BonusLine, CompletionLine, ExpiringStars, RoleLine } from "../types.js";

/*
 * rules A8 — expiring stars. A rolling window ends on the as-of date, so it moves with time and
 * stars leave it: a completion when the window's first day passes its date, a bonus when the
 * window no longer reaches the (last) year of the roles that earned it. The statement lists the
 * counted stars that leave within the policy's notice period (`window.noticeDays`), with the date
 * each leaves, so a manager sees who is about to drop below the target before it happens.
 * Carried-over stars belong to the window they were carried into and are not listed.
 */

/** No expiring stars: one frozen, shared empty list (every window that is not rolling). */
export const NO_EXPIRING: ExpiringStars[] = Object.freeze([]) as unknown as ExpiringStars[];

const LAST_COMPUTABLE_YEAR = yearOf(LAST_COMPUTABLE_DATE);

/** The first day of a rolling window of `years` that ends on `asOf`. */
function rollingStart(asOf: string, years: number): string {
  return addDays(addYears(asOf, -years), 1);
}

/**
 * The first as-of date whose rolling window of `years` no longer holds `date`, or null when that
 * lies beyond the supported range. Usually the date's anniversary; around 29 February a day later.
 *
 * @example
 * leavesOn("2024-10-02", 2); //=> "2026-10-02"
 * leavesOn("2024-02-29", 2); //=> "2026-03-01"
 */
export function leavesOn(date: string, years: number): string | null {
  if (yearOf(date) + years > LAST_COMPUTABLE_YEAR) return null;
  let day = addYears(date, years);
  // At most one step: the anniversary of 29 February is 28 February, which still holds it.
  while (rollingStart(day, years) <= date) day = addDays(day, 1);
  return day;
}

/** The last date a bonus line stands on: the end of its year, or of the last year of its roles. */
function bonusLastYear(line: BonusLine, roles: readonly RoleLine[]): number {
  if (line.year !== null) return line.year;
  let last = yearOf(line.date);
  for (const r of roles)
    if (
      (r.reason === "bonus" || r.reason === "same-bonus") &&
      (line.theme === null || r.role.theme === line.theme) &&
      r.role.year > last
    )
      last = r.role.year;
  return last;
}

/**
 * The counted stars of a rolling window (the caller asks only for one) that leave it within `policy.window.noticeDays` days after
 * the as-of date, earliest first.
 *
 * @example
 * expiringStars(policy, "2026-09-01", lines, bonus, roles);
 * //=> [{ date: "2024-10-02", leavesOn: "2026-10-02", stars: 2, component: "mediawijsheid", … }]
 */
export function expiringStars(
  policy: Pick<StarPolicy, "window">,
  asOf: string,
  lines: readonly CompletionLine[],
  bonus: readonly BonusLine[],
  roles: readonly RoleLine[],
): ExpiringStars[] {
  const { years, noticeDays } = policy.window;
  const horizon = dayNumber(asOf) + noticeDays;
  const out: ExpiringStars[] = [];
  const within = (leaves: string | null): leaves is string =>
    leaves !== null && dayNumber(leaves) <= horizon;
  for (const line of lines) {
    if (line.counted === 0) continue;
    const leaves = leavesOn(line.completion.date, years);
    if (within(leaves))
      out.push({
        date: line.completion.date,
        leavesOn: leaves,
        stars: line.counted,
        component: line.completion.component,
        title: line.title,
        theme: null,
        themeName: null,
      });
  }
  for (const line of bonus) {
    if (line.counted === 0) continue;
    const leaves = leavesOn(yearEnd(bonusLastYear(line, roles)), years);
    if (within(leaves))
      out.push({
        date: line.date,
        leavesOn: leaves,
        stars: line.counted,
        component: null,
        title: null,
        theme: line.theme,
        themeName: line.themeName,
      });
  }
  return out.length > 1 ? sortSmall(out, compareExpiring) : out;
}
