import { addDays, compactYearStart, laterOf, yearEnd, yearOf } from "../../dates/calendar-date.js";
import type { Component, Participant } from "../../programme/types.js";
import type { PreparedProgramme } from "../prepare.js";
import type { DateWindow, MandatorySummary, Obligation, ObligationStatus } from "../types.js";

/**
 * The first day from which a completion can meet an obligation of a window, as a `compactDay`:
 * 1 January of the window's first year, also when the window starts later in that year (a rolling
 * or participant window), because an obligation of that partial year is met in that year (rules A3).
 * It is also the first day a window's numbers read completions from (window-completions.ts).
 *
 * @example
 * meetsObligationsFrom({ start: "2025-07-01", end: "2027-06-30", days: 730 }); //=> compactDay("2025-01-01")
 */
export function meetsObligationsFrom(window: Pick<DateWindow, "start">): number {
  return compactYearStart(yearOf(window.start));
}

/** Whether a component with this audience is mandatory for someone in these groups (rules A7). */
export function appliesTo(audience: readonly string[], groups: readonly string[]): boolean {
  if (audience.length === 0) return true;
  for (const g of groups) if (audience.includes(g)) return true;
  return false;
}

/** The mandatory components of one edition, with their keys (see component-table.ts). */
export interface MandatoryYear {
  readonly components: readonly Component[];
  readonly keys: readonly number[];
  readonly yearEnd: string;
  /** The index of the edition's first obligation when all editions' obligations are numbered. */
  readonly offset: number;
  /** The edition's place in the plan (year order): its slot in an `ApplicableObligations`. */
  readonly index: number;
}

/**
 * Per edition of the plan (by `MandatoryYear.index`), the places in `components` of the mandatory
 * components that apply to one set of groups (rules A7: the audience decides to whom a component is
 * mandatory).
 */
export type ApplicableObligations = readonly Int32Array[];

/**
 * Which mandatory components apply to a participant's groups, memoised per combination of the
 * groups that some mandatory audience names (others change nothing): an organisation has a
 * handful of combinations, and a report asks 100,000 times. The combination is a bit mask, so no
 * text is built per participant; with more than 30 such groups nothing is memoised. The memo is
 * a cache of a pure function (bounded, invisible outside).
 */
export function applicableObligations(
  plan: ReadonlyMap<number, MandatoryYear>,
  memo: ApplicableMemo,
  groups: readonly string[],
): ApplicableObligations {
  let mask = 0;
  if (memo.bits !== null) {
    for (let i = 0; i < groups.length; i++) mask |= memo.bits.get(groups[i] as string) ?? 0;
    const cached = memo.byMask.get(mask);
    if (cached !== undefined) return cached;
  }
  const out: Int32Array[] = [];
  for (const edition of plan.values()) {
    const places: number[] = [];
    for (let m = 0; m < edition.components.length; m++)
      if (appliesTo((edition.components[m] as Component).audience, groups)) places.push(m);
    out[edition.index] = Int32Array.from(places);
  }
  if (memo.bits !== null) {
    if (memo.byMask.size >= 4096) memo.byMask.clear(); // bounded, whatever the input
    memo.byMask.set(mask, out);
  }
  return out;
}

/** The memo of `applicableObligations`: a bit per group named in a mandatory audience. */
export interface ApplicableMemo {
  /** null when more than 30 groups are named (then nothing is memoised). */
  readonly bits: ReadonlyMap<string, number> | null;
  readonly byMask: Map<number, ApplicableObligations>;
}

/** An empty memo for a plan. */
export function applicableMemo(plan: ReadonlyMap<number, MandatoryYear>): ApplicableMemo {
  const bits = new Map<string, number>();
  for (const edition of plan.values())
    for (const c of edition.components)
      for (const g of c.audience) if (!bits.has(g)) bits.set(g, 1 << bits.size);
  return { bits: bits.size > 30 ? null : bits, byMask: new Map() };
}

/**
 * The earliest approved completion date per key inside the window (up to the as-of date), as
 * stamped scratch arrays: `earliest[key]` holds when `stamp[key] === generation`. A non-repeatable
 * component's key has the earliest of any year; a repeatable one's year key, that year's.
 * Completions count here whether or not their year's edition lists the component (rules A3).
 */
export interface EarliestApproved {
  readonly stamp: Int32Array;
  readonly earliest: string[];
  /**
   * Per component number, the earliest approved date in the window's first year before the
   * window's first day (a rolling or participant window that starts inside a year): such a date
   * meets only that year's obligations (rules A3, amended).
   */
  readonly earlyStamp: Int32Array;
  readonly early: string[];
  /** The current evaluation's stamp; the evaluator sets it before recording. */
  generation: number;
}

/** Empty stamped arrays for `size` keys. */
export function earliestApproved(size: number): EarliestApproved {
  return {
    stamp: new Int32Array(size),
    earliest: new Array<string>(size).fill(""),
    earlyStamp: new Int32Array(size),
    early: new Array<string>(size).fill(""),
    generation: 0,
  };
}

/** Clears the stamps (when the generation counter wraps). */
export function clearEarliest(met: EarliestApproved): void {
  met.stamp.fill(0);
  met.earlyStamp.fill(0);
}

function recordIn(stamp: Int32Array, dates: string[], g: number, key: number, date: string): void {
  if (stamp[key] !== g || date < (dates[key] as string)) {
    stamp[key] = g;
    dates[key] = date;
  }
}

/**
 * Records an approved completion for the obligations it can meet (rules A3): by its component
 * number (obligations of a non-repeatable component) and by its year key (`yearKey`, or -1 when
 * its edition does not make it repeatable). Only keys that some obligation has (`obligationKeys`)
 * are recorded. `early` marks a date in the window's first year before the window's first day:
 * under the component number it meets only that year's obligations; a year key is that year's anyway.
 */
export function recordApproved(
  met: EarliestApproved,
  obligationKeys: Uint8Array,
  number: number,
  yearKey: number,
  date: string,
  early: boolean,
): void {
  const g = met.generation;
  if (obligationKeys[number] === 1) {
    if (early) recordIn(met.earlyStamp, met.early, g, number, date);
    else recordIn(met.stamp, met.earliest, g, number, date);
  }
  if (yearKey >= 0 && obligationKeys[yearKey] === 1)
    recordIn(met.stamp, met.earliest, g, yearKey, date);
}

/** What `walkObligations` found: how many obligations are outstanding and overdue. */
export interface ObligationTally {
  readonly outstanding: number;
  readonly overdue: number;
}

/**
 * Walks the obligations of a participant in a window (rules A3, A7): the mandatory components of
 * the window's editions that apply to the participant's groups. An obligation is met by the
 * earliest approved completion of the component dated from the earlier of the window's first day
 * and 1 January of the edition's year, up to the as-of date (a repeatable one: dated in the
 * edition's own year); late when after the due date. The due date is the edition's (or the
 * window's) end, and for a new starter no earlier than the start date plus the policy's
 * `mandatory.starterGraceDays`. Editions whose year ended before the participant started bring no
 * obligations.
 *
 * A statement passes `list` to receive every obligation as an object; the report passes `counts`
 * (four per obligation, by its number over all editions: required, completed, late, overdue) to
 * add to. Returns how many obligations are outstanding and overdue.
 */
export function walkObligations(
  prepared: PreparedProgramme,
  participant: Pick<Participant, "groups" | "startDate">,
  window: DateWindow,
  asOf: string,
  met: EarliestApproved,
  list: Obligation[] | null,
  counts: Int32Array | null,
): ObligationTally {
  const policy = prepared.programme.policy;
  let outstanding = 0;
  let overdue = 0;
  const first = yearOf(window.start);
  const last = yearOf(window.end);
  // Completions before the window's first day meet obligations of its first year only.
  const partialFirstYear = !window.start.endsWith("-01-01");
  // A new starter's obligations are due no earlier than the end of the grace period (rules A3).
  const graceEnd =
    participant.startDate === undefined
      ? ""
      : addDays(participant.startDate, policy.mandatory.starterGraceDays);
  const applicable = applicableObligations(
    prepared.mandatoryPlan,
    prepared.applicableMemo,
    participant.groups,
  );
  for (let year = first; year <= last; year++) {
    const edition = prepared.mandatoryPlan.get(year);
    if (edition === undefined) continue;
    if (participant.startDate !== undefined && edition.yearEnd < participant.startDate) continue;
    const usualDue = policy.mandatoryDue === "edition-end" ? edition.yearEnd : window.end;
    const due = graceEnd === "" ? usualDue : laterOf(graceEnd, usualDue);
    const early = partialFirstYear && year === first;
    // Whether an obligation not yet met is overdue is the same for the whole edition.
    const unmet: ObligationStatus = asOf > due ? "overdue" : "outstanding";
    const places = applicable[edition.index] as Int32Array;
    for (let p = 0; p < places.length; p++) {
      const m = places[p] as number;
      const key = edition.keys[m] as number;
      let completedOn: string | null = null;
      let status: ObligationStatus = unmet;
      if (key >= 0 && early && met.earlyStamp[key] === met.generation) {
        completedOn = met.early[key] as string;
        status = "met";
      } else if (key >= 0 && met.stamp[key] === met.generation) {
        completedOn = met.earliest[key] as string;
        status = completedOn <= due ? "met" : "met-late";
      } else {
        outstanding++;
        if (unmet === "overdue") overdue++;
      }
      if (list !== null) {
        const component = edition.components[m] as Component;
        list.push({
          component: component.id,
          title: component.title,
          year,
          due,
          status,
          completedOn,
        });
      }
      if (counts !== null) {
        const at = (edition.offset + m) * 4;
        counts[at] = (counts[at] as number) + 1;
        if (completedOn !== null) counts[at + 1] = (counts[at + 1] as number) + 1;
        if (status === "met-late") counts[at + 2] = (counts[at + 2] as number) + 1;
        if (status === "overdue") counts[at + 3] = (counts[at + 3] as number) + 1;
      }
    }
  }
  return { outstanding, overdue };
}

/** The mandatory obligations of a statement, built as objects. */
export function mandatoryFor(
  prepared: PreparedProgramme,
  participant: Pick<Participant, "groups" | "startDate">,
  window: DateWindow,
  asOf: string,
  met: EarliestApproved,
): MandatorySummary {
  const obligations: Obligation[] = [];
  const { outstanding, overdue } = walkObligations(
    prepared,
    participant,
    window,
    asOf,
    met,
    obligations,
    null,
  );
  return {
    required: obligations.length,
    completed: obligations.length - outstanding,
    outstanding,
    overdue,
    obligations,
  };
}

/** The mandatory components per edition year with their keys: built once per prepared programme. */
export function mandatoryPlan(
  mandatoryByYear: ReadonlyMap<number, readonly Component[]>,
  keyOf: (component: Component, year: number) => number,
): Map<number, MandatoryYear> {
  const plan = new Map<number, MandatoryYear>();
  let offset = 0;
  for (const [year, components] of [...mandatoryByYear].sort((a, b) => a[0] - b[0])) {
    if (components.length === 0) continue;
    plan.set(year, {
      components,
      keys: components.map((c) => keyOf(c, year)),
      yearEnd: yearEnd(year),
      offset,
      index: plan.size,
    });
    offset += components.length;
  }
  return plan;
}
