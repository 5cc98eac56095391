import { addDays, daysInRange, earlierOf, laterOf } from "../../dates/calendar-date.js";
import { sortSmall } from "../../internal/sort-small.js";
import type { Participant, StarPolicy } from "../../programme/types.js";
import { compareExemptions } from "../order.js";
import type { DateWindow, ExemptionLine, TargetBreakdown } from "../types.js";

/** `ceil(a × b / c)` on whole numbers, without floating-point error. */
function ceilRatio(a: number, b: number, c: number): number {
  return Math.floor((a * b + c - 1) / c);
}

/**
 * The days of `[from, to]` that approved exemptions cover, overlapping periods counted once (the
 * same union as the target's exemption lines).
 *
 * @example
 * approvedExemptDays([{ from: "2026-01-01", to: "2026-01-31", status: "approved" }], "2026-01-15", "2026-03-01"); //=> 17
 */
export function approvedExemptDays(
  exemptions: Participant["exemptions"],
  from: string,
  to: string,
): number {
  let days = 0;
  let coveredUntil = "";
  for (const exemption of sortSmall([...exemptions], compareExemptions)) {
    if (exemption.status !== "approved") continue;
    const start = laterOf(exemption.from, from);
    const end = earlierOf(exemption.to, to);
    const newFrom = coveredUntil >= start ? addDays(coveredUntil, 1) : start;
    if (newFrom <= end) days += daysInRange(newFrom, end);
    if (end > coveredUntil) coveredUntil = end;
  }
  return days;
}

/**
 * The target of a window for a participant (rules A6): the policy's target, lowered pro rata —
 * rounded up — for a start inside the window (`proRate`; a start after the window leaves a target
 * of 0) and for approved exemptions (`exemptions: "pro-rata"`). Every exemption of the input gets
 * a line saying what it did.
 */
export function targetFor(
  policy: Pick<StarPolicy, "target" | "proRate" | "exemptions">,
  participant: Pick<Participant, "startDate" | "exemptions">,
  window: DateWindow,
): { target: TargetBreakdown; exemptions: ExemptionLine[] } {
  const proRated =
    policy.proRate && participant.startDate !== undefined && participant.startDate > window.start;
  const activeStart =
    proRated && participant.startDate !== undefined ? participant.startDate : window.start;
  // A start after the window leaves no active day in it: nothing is asked in a window one has
  // not joined yet (target 0), just as a whole window of approved exemption asks nothing.
  let activeDays = !proRated
    ? window.days
    : activeStart > window.end
      ? 0
      : daysInRange(activeStart, window.end);

  const lines: ExemptionLine[] = [];
  let exemptDays = 0;
  if (participant.exemptions.length > 0) {
    // Approved exemptions are applied as a union, so overlapping periods are not counted twice.
    let coveredUntil = "";
    for (const exemption of sortSmall([...participant.exemptions], compareExemptions)) {
      const from = laterOf(exemption.from, activeStart);
      const to = earlierOf(exemption.to, window.end);
      const overlaps = from <= to;
      const days = overlaps ? daysInRange(from, to) : 0;
      if (!overlaps) lines.push({ exemption, days: 0, reason: "outside-window" });
      else if (exemption.status !== "approved")
        lines.push({ exemption, days, reason: exemption.status });
      else if (policy.exemptions === "ignore")
        lines.push({ exemption, days, reason: "ignored-by-policy" });
      else {
        const newFrom = coveredUntil >= from ? addDays(coveredUntil, 1) : from;
        const added = newFrom <= to ? daysInRange(newFrom, to) : 0;
        if (to > coveredUntil) coveredUntil = to;
        exemptDays += added;
        lines.push({ exemption, days: added, reason: "applied" });
      }
    }
  }
  activeDays = Math.max(0, activeDays - exemptDays);
  return {
    target: {
      base: policy.target,
      effective: ceilRatio(policy.target, activeDays, window.days),
      activeDays,
      windowDays: window.days,
      proRated,
      exemptDays,
    },
    exemptions: lines,
  };
}
