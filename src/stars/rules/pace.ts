import { addDays, addYears, daysInRange, earlierOf } from "../../dates/calendar-date.js";
import type { Participant, StarPolicy } from "../../programme/types.js";
import type {
  Pace,
  StatementStatus,
  StatementWindow,
  TargetBreakdown,
  YearMinimum,
} from "../types.js";
import { approvedExemptDays, targetFor } from "./target.js";

/*
 * rules A8 — pace and status. A participant is `complete` when the counted stars reach the
 * effective target and every obligation, elective rule and yearly minimum is met; `behind` when
 * the counted stars are below the whole stars due by now (the pace), a mandatory component is
 * overdue or a year ended under its minimum; `on-track` otherwise.
 *
 * The pace is measured over the participant's active period in the window: from the later of the
 * window's first day and the start date (when the target is pro-rated or the window is the
 * participant's) to the window's last day, less approved exemption days when exemptions lower the
 * target. The stars due are whole stars, ⌊target × elapsed / days⌋: nobody is behind on the first
 * days of a period for lacking a fraction of a star, and on its very first day nothing is due at all
 * (docs/decisions.md, "Pace"). A rolling window ends on the as-of date, so
 * all of it has elapsed — except for a new starter, who is judged as in a participant window that
 * begins on the start date until one full window has passed.
 */

type PacePolicy = Pick<StarPolicy, "target" | "exemptions" | "window">;

/** `⌊a × b / c⌋` on whole numbers (0 when `c` is 0). */
function floorRatio(a: number, b: number, c: number): number {
  return c === 0 ? 0 : Math.floor((a * b) / c);
}

/**
 * The pace of a participant at an as-of date (rules A8), from the window and the target breakdown
 * the statement already has. `window` must be the window at `asOf` (`windowFor`, `windowAt`): its
 * `elapsedDays` are reused when the pace runs over the whole window.
 *
 * @example
 * // Pro-rated start on 2026-07-01 in the window 2025–2026, target 15 → 4, at 2026-09-30:
 * paceFor(policy, participant, window, "2026-09-30", target).due; //=> 2 (⌊4 × 92 / 184⌋)
 */
export function paceFor(
  policy: PacePolicy,
  participant: Pick<Participant, "startDate" | "exemptions">,
  window: StatementWindow,
  asOf: string,
  target: TargetBreakdown,
): Pace {
  const start = participant.startDate;
  // A new starter in a rolling window: the participant window that begins on the start date.
  if (window.kind === "rolling" && start !== undefined && start > window.start) {
    const end = addDays(addYears(start, policy.window.years), -1);
    const own = { start, end, days: daysInRange(start, end) };
    const ownTarget = targetFor({ ...policy, proRate: false }, participant, own).target;
    return measured(policy, participant, own.start, own.end, ownTarget, asOf);
  }
  const from =
    start !== undefined &&
    start > window.start &&
    (target.proRated || window.kind === "participant")
      ? start
      : window.start;
  return measured(
    policy,
    participant,
    from,
    window.end,
    target,
    asOf,
    // Over the whole window the elapsed days are the window's own, already counted.
    from === window.start ? window.elapsedDays : undefined,
  );
}

/** The pace over `[from, to]`, whose active days the target breakdown already counts. */
function measured(
  policy: PacePolicy,
  participant: Pick<Participant, "exemptions">,
  from: string,
  to: string,
  target: TargetBreakdown,
  asOf: string,
  elapsed?: number,
): Pace {
  const days = target.activeDays;
  const last = earlierOf(asOf, to);
  let elapsedDays = 0;
  if (last >= from) {
    elapsedDays = elapsed ?? daysInRange(from, last);
    if (policy.exemptions === "pro-rata" && participant.exemptions.length > 0)
      elapsedDays -= approvedExemptDays(participant.exemptions, from, last);
  }
  const effective = target.effective;
  return {
    from,
    to,
    days,
    elapsedDays,
    target: effective,
    // Nothing is due on the first day of the active period (rules A10.10), even where a day's share
    // of the target is a whole star or more: a one-day period, or a target above its days.
    due: elapsedDays <= 1 ? 0 : floorRatio(effective, elapsedDays, days),
  };
}

/**
 * The status of a statement (and of a participant in the report) from its figures: `due` is the
 * pace's whole stars due by the as-of date.
 *
 * @example
 * statusOf(15, 15, 15, { outstanding: 0, overdue: 0 }, true, []); //=> "complete"
 * statusOf(6, 15, 7, { outstanding: 0, overdue: 0 }, true, []); //=> "behind"
 */
export function statusOf(
  counted: number,
  target: number,
  due: number,
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
  return counted < due || mandatory.overdue > 0 || yearlyMinimum.some((y) => y.status === "not-met")
    ? "behind"
    : "on-track";
}
