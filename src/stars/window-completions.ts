import { compactDay, dayKey } from "../dates/calendar-date.js";
import type { Completion, Participant } from "../programme/types.js";
import { completionSound } from "./entry-guards.js";
import { meetsObligationsFrom } from "./rules/mandatory.js";
import type { DateWindow } from "./types.js";

/*
 * Which completions a window's numbers can depend on. A window's totals, obligations, elective
 * rules, yearly minimum and status read only the completions dated from the 1 January of its first
 * year (an obligation of a partial first year is met in that year, rules A3) up to its last day;
 * the others only get lines ("outside-window", "after-as-of-date"). A window evaluated for its
 * numbers alone — an earlier window of the history, a plan being measured — can leave them out.
 * Without that, a history of W windows read all n completions W times (and sorted them), and a
 * plan measured thousands of candidate plans that way: a valid participant with a long history
 * made one statement take seconds and one plan minutes.
 */

/** The first and the last day (as `dayKey` numbers) a window's numbers read completions from. */
function readRange(window: DateWindow): { from: number; to: number } {
  return {
    from: meetsObligationsFrom(window),
    to: compactDay(window.end),
  };
}

/**
 * The completions of a participant that a window's numbers can depend on (see above), in their
 * input order. An unsound completion is kept: the evaluation refuses it as it would anyway.
 *
 * @example
 * completionsFor(participant.completions, { start: "2025-01-01", end: "2026-12-31", days: 730 });
 * @internal
 */
export function completionsFor(
  completions: readonly Completion[],
  window: DateWindow,
): Completion[] {
  const { from, to } = readRange(window);
  return completions.filter((c) => {
    if (!completionSound(c)) return true;
    const day = dayKey(c.date);
    return day < 0 || (day >= from && day <= to);
  });
}

/**
 * The participant as each of `windows` (oldest first, none overlapping the next but for the
 * partial first year) reads it: the same participant with only the completions `completionsFor`
 * keeps, found with one sort of the completions by date and one pass over the windows. An unsound
 * completion (not an object, or no valid date) goes to every window, whose evaluation refuses it.
 *
 * @example
 * participantPerWindow(participant, windowsBefore(policy, participant, window)); // one per window
 * @internal
 */
export function participantPerWindow(
  participant: Participant,
  windows: readonly DateWindow[],
): Participant[] {
  const completions = participant.completions;
  const unsound: Completion[] = [];
  const dated: { day: number; c: Completion }[] = [];
  for (const c of completions) {
    const day = completionSound(c) ? dayKey(c.date) : -1;
    if (day < 0) unsound.push(c);
    else dated.push({ day, c });
  }
  dated.sort((a, b) => a.day - b.day);
  const out: Participant[] = [];
  // Windows go forward in time, so where the previous one began reading is a lower bound.
  let first = 0;
  for (const window of windows) {
    const { from, to } = readRange(window);
    while (first < dated.length && (dated[first] as { day: number }).day < from) first++;
    const own = unsound.slice();
    for (let k = first; k < dated.length && (dated[k] as { day: number }).day <= to; k++)
      own.push((dated[k] as { c: Completion }).c);
    out.push({ ...participant, completions: own });
  }
  return out;
}
