import { dayNumber, daysInYear, yearEnd, yearOf, yearStart } from "../../dates/calendar-date.js";
import type { Participant } from "../../programme/types.js";
import type { DateWindow, YearMinimum } from "../types.js";

/*
 * rules A6.10 (policy option) — a minimum of counted stars per calendar year inside the window.
 * A year asks its minimum for the days of it that lie in the window and from the participant's
 * start: the whole minimum for a whole year, ⌊minimum × days / days of the year⌋ for a part, as
 * pace asks whole stars of its part of the target (rules A8.3). A rolling window's first year, of
 * which only a few days lie in the window, and the year someone started in on 15 December no
 * longer ask the whole year's stars of the days that remain.
 */

/**
 * Counted stars per year of the window against the policy's yearly minimum (rules A6.10). A year
 * that has not ended at the as-of date is `open` until its minimum is reached; a year that ended
 * before the participant started asks nothing and is left out.
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
  const started = participant.startDate;
  for (let year = yearOf(window.start); year <= yearOf(window.end); year++) {
    let from = yearStart(year);
    if (window.start > from) from = window.start;
    if (started !== undefined && started > from) from = started;
    // Dates as text, which order like the dates: Math.min would not compare them.
    // biome-ignore lint/complexity/useMathMinMax: strings, not numbers.
    const to = window.end < yearEnd(year) ? window.end : yearEnd(year);
    if (to < from) continue;
    const days = dayNumber(to) - dayNumber(from) + 1;
    const yearDays = daysInYear(year);
    const asked = days === yearDays ? minimum : Math.floor((minimum * days) / yearDays);
    const stars = countedByYear.get(year) ?? 0;
    const status = stars >= asked ? "met" : asOf > yearEnd(year) ? "not-met" : "open";
    out.push({ year, stars, minimum: asked, days, status });
  }
  return out;
}
