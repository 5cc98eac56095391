import {
  addDays,
  addYears,
  dayNumber,
  daysInRange,
  isCalendarDate,
  yearEnd,
  yearOf,
  yearStart,
} from "../../dates/calendar-date.js";
import {
  FIRST_SUPPORTED_DATE,
  LAST_COMPUTABLE_DATE,
  MOST_EARLIER_WINDOWS,
} from "../../dates/supported-range.js";
import { describeForError } from "../../diagnostics/value.js";
import { deepFreeze } from "../../internal/deep-freeze.js";
import type { Participant, WindowLayout } from "../../programme/types.js";
import type { DateWindow, StatementWindow } from "../types.js";

function range(start: string, end: string): DateWindow {
  return { start, end, days: daysInRange(start, end) };
}

const LAST_COMPUTABLE_YEAR = yearOf(LAST_COMPUTABLE_DATE);

/**
 * Refuses a window that would end after 9999-12-31: its end needs a five-digit year, which
 * neither the string order of dates nor the day arithmetic can handle. Checked on the year,
 * before any such date is built.
 */
function assertComputable(asOf: string, endYear: number): void {
  if (endYear > LAST_COMPUTABLE_YEAR)
    throw new RangeError(
      `asOf ${asOf} is outside the supported range: its window would end in the year ${endYear}, after ${LAST_COMPUTABLE_DATE}.`,
    );
}

/** The k-th window (k ≥ 0) anchored at a date, `years` long. */
function anchoredWindow(anchor: string, years: number, k: number, asOf: string): DateWindow {
  const next = yearOf(anchor) + (k + 1) * years;
  // The window ends the day before the next anchor: on 31 December of the year before when the
  // anchor is 1 January, so a window may end on 9999-12-31 without naming the year 10000.
  const newYear = anchor.endsWith("-01-01");
  assertComputable(asOf, newYear ? next - 1 : next);
  const end = newYear ? yearEnd(next - 1) : addDays(addYears(anchor, (k + 1) * years), -1);
  return range(addYears(anchor, k * years), end);
}

/**
 * The anchor of a participant's windows: the start date for `participant` windows, else 1 January
 * of the start year. A `participant` policy without a start date falls back to the fixed windows
 * (docs/decisions.md).
 */
function anchorOf(policy: WindowLayout, participant: Pick<Participant, "startDate">): string {
  return policy.window.kind === "participant" && participant.startDate !== undefined
    ? participant.startDate
    : yearStart(policy.startYear);
}

/** The kind of window actually used for a participant. */
function kindOf(
  policy: WindowLayout,
  participant: Pick<Participant, "startDate">,
): StatementWindow["kind"] {
  return policy.window.kind === "participant" && participant.startDate === undefined
    ? "fixed"
    : policy.window.kind;
}

/**
 * The window that holds the as-of date (rules A6): fixed windows from the start year, a rolling
 * window ending on the as-of date, or windows anchored at the participant's start date. Before the
 * first window starts, the first window is returned (with nothing elapsed).
 *
 * @throws RangeError when `asOf` is not a `YYYY-MM-DD` calendar date from 1900-01-01 on, or its
 * window would end after 9999-12-31 (see `assertAsOf`): a programmer error.
 * @example
 * windowAt(policy, participant, "2026-06-30");
 * //=> { kind: "fixed", start: "2025-01-01", end: "2026-12-31", days: 730, elapsedDays: 546, … }
 * @function
 */
export const windowAt = /* @__PURE__ */ deepFreeze(function windowAt(
  policy: WindowLayout,
  participant: Pick<Participant, "startDate">,
  asOf: string,
): StatementWindow {
  assertAsOf(asOf);
  const kind = kindOf(policy, participant);
  const years = policy.window.years;
  let window: DateWindow;
  if (kind === "rolling") {
    window = range(addDays(addYears(asOf, -years), 1), asOf);
  } else if (kind === "fixed") {
    const k = Math.max(0, Math.floor((yearOf(asOf) - policy.startYear) / years));
    const first = policy.startYear + k * years;
    assertComputable(asOf, first + years - 1);
    window = range(yearStart(first), yearEnd(first + years - 1));
  } else {
    window = anchoredWindow(
      anchorOf(policy, participant),
      years,
      indexAt(policy, participant, asOf),
      asOf,
    );
  }
  const elapsedDays = Math.min(
    window.days,
    Math.max(0, dayNumber(asOf) - dayNumber(window.start) + 1),
  );
  return { kind, ...window, elapsedDays, elapsedFraction: elapsedDays / window.days };
});

/** The index of the anchored window holding a date (0 before the anchor). */
function indexAt(
  policy: WindowLayout,
  participant: Pick<Participant, "startDate">,
  date: string,
): number {
  const anchor = anchorOf(policy, participant);
  const years = policy.window.years;
  let k = Math.max(0, Math.floor((yearOf(date) - yearOf(anchor)) / years));
  // The year estimate can be one window too far when the anchor is not 1 January.
  while (k > 0 && addYears(anchor, k * years) > date) k--;
  return k;
}

/**
 * The windows before a window, oldest first, since the programme started (and not ending before
 * the participant's start date). Each is the window a statement on its last day would use: rolling
 * windows are stepped back one window length at a time, ending the day before the next one starts.
 *
 * @example
 * earlierWindows(policy, participant, window); //=> [{ start: "2025-01-01", end: "2026-12-31", days: 730 }]
 * @function
 */
export const earlierWindows = /* @__PURE__ */ deepFreeze(function earlierWindows(
  policy: WindowLayout,
  participant: Pick<Participant, "startDate">,
  window: DateWindow,
): DateWindow[] {
  return windowsBefore(policy, participant, window).map((w) => range(w.start, w.end));
});

/**
 * The windows before a window, oldest first, as `windowAt` gives them on their last days (see
 * `earlierWindows`): what the history evaluates.
 *
 * @internal
 */
export function windowsBefore(
  policy: WindowLayout,
  participant: Pick<Participant, "startDate">,
  window: DateWindow,
): StatementWindow[] {
  const programmeStart = yearStart(policy.startYear);
  const notBefore =
    participant.startDate !== undefined && participant.startDate > programmeStart
      ? participant.startDate
      : programmeStart;
  const out: StatementWindow[] = [];
  let end = addDays(window.start, -1);
  // Bounded: a window is at least a year long, programmes start in 1900 or later, and no window
  // ends after 9999; so the bound is never what stops the loop.
  while (end >= notBefore && out.length < MOST_EARLIER_WINDOWS) {
    // The window a statement on its last day would use, so history and statement agree on the
    // bounds (a rolling window around 29 February included).
    const before = windowAt(policy, participant, end);
    out.push(before);
    end = addDays(before.start, -1);
  }
  return out.reverse();
}

/**
 * Checks an as-of date: a `YYYY-MM-DD` calendar date from 1900-01-01 (the first supported date)
 * on. Its window must also end by 9999-12-31, which `windowAt` checks once the window is known.
 *
 * @throws RangeError for anything else (a programmer error, not a data problem).
 * @internal
 */
export function assertAsOf(asOf: unknown): asserts asOf is string {
  if (!isCalendarDate(asOf))
    throw new RangeError(`asOf must be a calendar date YYYY-MM-DD, got ${describeForError(asOf)}.`);
  if (asOf < FIRST_SUPPORTED_DATE)
    throw new RangeError(
      `asOf ${asOf} is outside the supported range: it must be ${FIRST_SUPPORTED_DATE} or later.`,
    );
}

/**
 * `windowAt` through the prepared programme's memo of fixed windows (they depend on the policy and
 * the as-of date only). The memo is bounded so a long-lived prepared programme cannot grow without end.
 * The as-of date is checked unless it is in the memo (a date enters the memo only once checked).
 *
 * @throws RangeError when `asOf` is not a supported as-of date (see `windowAt`; a programmer error).
 * @internal
 */
export function windowFor(
  prepared: {
    readonly programme: { readonly policy: WindowLayout };
    readonly fixedWindows: Map<string, StatementWindow>;
  },
  participant: Pick<Participant, "startDate">,
  asOf: string,
): StatementWindow {
  const policy = prepared.programme.policy;
  const fixed = kindOf(policy, participant) === "fixed";
  const cached = fixed ? prepared.fixedWindows.get(asOf) : undefined;
  if (cached !== undefined) return cached;
  if (!fixed) return windowAt(policy, participant, asOf);
  if (prepared.fixedWindows.size >= 1024) prepared.fixedWindows.clear();
  const window = windowAt(policy, participant, asOf);
  prepared.fixedWindows.set(asOf, window);
  return window;
}
