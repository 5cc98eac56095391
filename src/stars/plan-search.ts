import { yearEnd, yearOf, yearStart } from "../dates/calendar-date.js";
import type { Component, DevelopmentPoint, Participant } from "../programme/types.js";
import { sameComponentKey } from "./component-table.js";
import { type CarryIn, evaluateWindow, NO_HISTORY } from "./evaluate-window.js";
import type { PreparedProgramme } from "./prepare.js";
import { holdsItsComponent } from "./rules/duplicates.js";
import { isElectiveFor } from "./rules/electives.js";
import { windowFor } from "./rules/window.js";
import { computeStatement } from "./statement.js";
import type { Obligation, Statement, StatementWindow } from "./types.js";
import { completionsFor } from "./window-completions.js";

/**
 * The search behind `planToTarget` (docs/plans.md). A plan is a set of candidate items (a
 * component in a remaining edition); its cost is the vector
 * `(unmet obligations, shortfall, unmet rules, non-matching electives, hours, components, order)`
 * compared lexicographically, all measured on the statement the followed plan gives. The last
 * entry is a bit set over the candidates in (year, id) order compared from the highest bit: it is
 * additive over disjoint sets, so the dynamic programme stays exact with it.
 */

/** One candidate: a component completed in a remaining edition. */
export interface Candidate {
  /** Place in (year, id) order: the bit of the tie-break. */
  readonly index: number;
  readonly id: string;
  readonly year: number;
  readonly date: string;
  /** The component in that edition. */
  readonly component: Component;
  readonly stars: number;
  /** Hours in hundredths (unknown: the edition's longest estimate). */
  readonly cost: number;
  readonly elective: boolean;
  readonly matches: readonly DevelopmentPoint[];
  /** 1 when it counts against the development points (see `nonMatch` in docs/plans.md). */
  readonly nonMatch: number;
  /** rules A7's "same component" (`sameComponentKey`, as in the statement). */
  readonly key: number;
  /** The outstanding obligations it meets. */
  readonly obligations: readonly Obligation[];
}

/** Everything the search needs about one participant at one as-of date. */
export interface PlanContext {
  readonly prepared: PreparedProgramme;
  readonly window: StatementWindow;
  readonly asOf: string;
  readonly measuredOn: string;
  readonly years: readonly number[];
  /** The participant with the completions up to the as-of date only. */
  readonly base: Participant;
  /** The statement of `base` at `measuredOn`. */
  readonly before: Statement;
  /**
   * What measuring a plan reads: `base` with only the completions the measured window's numbers
   * can depend on (window-completions.ts), and what the window before carries into it. A plan's
   * items all lie in that window, so neither changes from plan to plan.
   */
  readonly measured: { readonly participant: Participant; readonly carry: CarryIn | null };
  readonly candidates: readonly Candidate[];
  /** Outstanding obligations no candidate meets (docs/plans.md §6). */
  readonly unavailable: readonly Obligation[];
}

/** The lexicographic cost of a plan; `order` is the tie-break bit set. */
export interface PlanCost {
  readonly obligations: number;
  readonly shortfall: number;
  readonly rules: number;
  readonly nonMatch: number;
  readonly hours: number;
  readonly count: number;
  readonly order: bigint;
}

/** Compares two costs lexicographically (negative: `a` is better). */
export function compareCost(a: PlanCost, b: PlanCost): number {
  return (
    a.obligations - b.obligations ||
    a.shortfall - b.shortfall ||
    a.rules - b.rules ||
    a.nonMatch - b.nonMatch ||
    a.hours - b.hours ||
    a.count - b.count ||
    (a.order < b.order ? -1 : a.order > b.order ? 1 : 0)
  );
}

function matchesOf(c: Component, points: readonly DevelopmentPoint[]): DevelopmentPoint[] {
  return points.filter((p) =>
    p.kind === "theme"
      ? c.theme === p.id
      : p.kind === "learning-line"
        ? c.learningLines.includes(p.id)
        : c.spearheads.includes(p.id),
  );
}

/** `sameComponentKey` of a component id in a year; −1 for an id no edition lists. */
function keyOf(
  prepared: PreparedProgramme,
  component: Component | undefined,
  id: string,
  year: number,
): number {
  const number = prepared.table.numbers[id];
  return number === undefined ? -1 : sameComponentKey(prepared.table, number, year, component);
}

/** The window, the remaining editions and the candidates of a participant at an as-of date. */
export function planContext(
  prepared: PreparedProgramme,
  participant: Participant,
  asOf: string,
): PlanContext {
  const window = windowFor(prepared, participant, asOf);
  const rolling = window.kind === "rolling";
  const measuredOn = rolling ? yearEnd(yearOf(asOf)) : window.end;
  const first = Math.max(yearOf(asOf), yearOf(window.start));
  const last = rolling ? yearOf(asOf) : yearOf(window.end);
  const years: number[] = [];
  for (let y = first; y <= last; y++) if (prepared.byYear.has(y)) years.push(y);

  const base: Participant = {
    ...participant,
    completions: participant.completions.filter((c) => c.date <= asOf),
  };
  const before = computeStatement(prepared, base, measuredOn);

  const taken = new Set<number>();
  for (const line of before.lines) {
    if (!holdsItsComponent(line.reason)) continue;
    const id = line.completion.component;
    taken.add(keyOf(prepared, prepared.byYear.get(line.year)?.get(id), id, line.year));
  }
  const outstanding = before.mandatory.obligations.filter((o) => o.completedOn === null);
  const points = participant.developmentPoints;
  const dateIn = (y: number) => {
    let d = yearStart(y);
    if (d < asOf) d = asOf;
    if (d < window.start) d = window.start;
    return d;
  };

  const raw: Omit<Candidate, "index">[] = [];
  // Indexed by component, so a catalogue of thousands of mandatory components stays linear.
  const outstandingOf = new Map<string, Obligation[]>();
  for (const o of outstanding) {
    const list = outstandingOf.get(o.component);
    if (list === undefined) outstandingOf.set(o.component, [o]);
    else list.push(o);
  }
  for (const y of years) {
    const edition = prepared.byYear.get(y) as ReadonlyMap<string, Component>;
    // A component without an estimate is weighed as the edition's longest one (docs/plans.md
    // §8.5): pessimistic, so a plan never prefers it for an unknown duration.
    let longest = 0;
    for (const c of edition.values())
      if (c.hours !== undefined && c.hours > longest) longest = c.hours;
    for (const c of edition.values()) {
      const key = keyOf(prepared, c, c.id, y);
      if (taken.has(key)) continue;
      const obligations = (outstandingOf.get(c.id) ?? []).filter((o) =>
        meetsObligation(prepared, o, c.id, key),
      );
      const matches = matchesOf(c, points);
      raw.push({
        id: c.id,
        year: y,
        date: dateIn(y),
        component: c,
        stars: c.stars,
        cost: Math.round((c.hours ?? longest) * 100),
        elective: isElectiveFor(c, participant.groups),
        matches,
        nonMatch: points.length > 0 && obligations.length === 0 && matches.length === 0 ? 1 : 0,
        key,
        obligations,
      });
    }
  }
  raw.sort((a, b) => a.year - b.year || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const candidates = raw.map((r, index) => ({ ...r, index }));
  // No remaining edition offers these (a component the editions no longer list, or a repeatable
  // one of a year that has passed): no plan can meet them, so they are reported, not planned.
  const met = new Set<Obligation>();
  for (const r of raw) for (const o of r.obligations) met.add(o);
  const unavailable = outstanding.filter((o) => !met.has(o));
  const carried = before.carryOver;
  const measured = {
    participant: { ...base, completions: completionsFor(base.completions, before.window) },
    carry: carried === null ? null : { from: carried.from, stars: carried.stars },
  };
  return {
    prepared,
    window,
    asOf,
    measuredOn,
    years,
    base,
    before,
    measured,
    candidates,
    unavailable,
  };
}

function isRepeatableObligation(prepared: PreparedProgramme, o: Obligation): boolean {
  return prepared.byYear.get(o.year)?.get(o.component)?.repeatable === true;
}

/**
 * Whether completing `id` (key `key`) meets an obligation: a repeatable one needs a completion in
 * its own edition's year (that year's key); any other is met by any completion in the window.
 */
function meetsObligation(
  prepared: PreparedProgramme,
  o: Obligation,
  id: string,
  key: number,
): boolean {
  if (o.component !== id) return false;
  return isRepeatableObligation(prepared, o)
    ? key === keyOf(prepared, prepared.byYear.get(o.year)?.get(id), id, o.year)
    : true;
}

/** The participant with a plan's items added as approved completions. */
export function followed(ctx: PlanContext, items: readonly Candidate[]): Participant {
  return { ...ctx.base, completions: [...ctx.base.completions, ...itemCompletions(items)] };
}

/** A plan's items as the approved completions that follow it. */
function itemCompletions(items: readonly Candidate[]) {
  return items.map((c) => ({ component: c.id, date: c.date, status: "approved" as const }));
}

/** The additive part of a plan's cost. */
function additive(items: readonly Candidate[]) {
  let nonMatch = 0;
  let hours = 0;
  let order = 0n;
  for (const c of items) {
    nonMatch += c.nonMatch;
    hours += c.cost;
    order |= 1n << BigInt(c.index);
  }
  return { nonMatch, hours, count: items.length, order };
}

/**
 * The cost of a plan measured on the statement of the followed plan (rules A10.8's oracle, and the
 * branch and bound's evaluation). Only the measured window is evaluated, on the completions its
 * numbers read (`ctx.measured`): the same totals, obligations, rules and status as
 * `computeStatement` of the followed plan, without its lines for other windows or its history.
 */
export function costOf(ctx: PlanContext, items: readonly Candidate[]): PlanCost {
  const { participant, carry } = ctx.measured;
  const s = evaluateWindow(
    ctx.prepared,
    { ...participant, completions: [...participant.completions, ...itemCompletions(items)] },
    ctx.before.window,
    ctx.measuredOn,
    carry,
    NO_HISTORY,
  );
  return {
    obligations: s.mandatory.outstanding,
    shortfall: Math.max(0, s.totals.target - s.totals.counted),
    rules:
      s.electiveRules.filter((r) => !r.met).length +
      s.yearlyMinimum.filter((y) => y.status !== "met").length,
    ...additive(items),
  };
}

/** Groups of candidates of which at most one helps (one key), with whether one is required. */
export interface Group {
  readonly items: readonly Candidate[];
  readonly forced: boolean;
}

export function groupsOf(ctx: PlanContext): { groups: Group[]; clean: boolean } {
  const byKey = new Map<number, Candidate[]>();
  for (const c of ctx.candidates) {
    const list = byKey.get(c.key);
    if (list === undefined) byKey.set(c.key, [c]);
    else list.push(c);
  }
  // Each outstanding obligation must be met by exactly one group's items for the dynamic
  // programme; a component repeatable in one edition and not in another can break that.
  // Otherwise no group is required, and the search weighs meeting the obligation like any cost.
  const keysOf = new Map<Obligation, Set<number>>();
  for (const c of ctx.candidates)
    for (const o of c.obligations) {
      const keys = keysOf.get(o);
      if (keys === undefined) keysOf.set(o, new Set([c.key]));
      else keys.add(c.key);
    }
  let clean = true;
  const forcedKeys = new Set<number>();
  for (const keys of keysOf.values()) {
    if (keys.size > 1) clean = false;
    else for (const k of keys) forcedKeys.add(k);
  }
  const groups = [...byKey].map(([key, items]) => ({ items, forced: forcedKeys.has(key) }));
  return { groups, clean };
}
