import { yearEnd, yearOf } from "../../dates/calendar-date.js";
import type { Participant } from "../../programme/types.js";
import type { DateWindow, YearMinimum } from "../types.js";

/* rules A6 (policy option) — a minimum of counted stars per calendar year inside the window. */

/**
 * Counted stars per year of the window against the policy's yearly minimum (rules A6). A year that
 * has not ended at the as-of date is `open` until the minimum is reached; years that ended before
 * the participant started are left out.
 */
export function yearlyMinimumFor(
  minimum: number | null,
  participant: Pick<Participant, "startDate">,
  window: DateWindow,
  asOf: string,
  countedByYear: ReadonlyMap<number, number>,
): YearMinimum[] {
  if (minimum === null) return [];
  const out: YearMinimum[] = [];
  for (let year = yearOf(window.start); year <= yearOf(window.end); year++) {
    if (participant.startDate !== undefined && yearEnd(year) < participant.startDate) continue;
    const stars = countedByYear.get(year) ?? 0;
    const status = stars >= minimum ? "met" : asOf > yearEnd(year) ? "not-met" : "open";
    out.push({ year, stars, minimum, status });
  }
  return out;
}
