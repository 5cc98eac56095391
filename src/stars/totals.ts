import { yearOf } from "../dates/calendar-date.js";
import type { Completion, Component, Participant } from "../programme/types.js";
import { bonusFor } from "./bonus.js";
import type { CarryIn } from "./evaluate.js";
import { appliesTo } from "./mandatory.js";
import type { PreparedProgramme } from "./prepare.js";
import { electiveRulesFor } from "./rules.js";
import { targetFor } from "./target.js";
import type { Obligation, StatementStatus, StatementWindow } from "./types.js";

/**
 * The figures the organisation report needs from one participant, computed without lines or
 * sorting. It is exact when counting does not depend on the date order: no category caps and no
 * yearly minimum. Then a single window cap with the bonus as its own capped category counts
 * `min(cap, completions + min(bonus, bonus cap) + carried)` whatever the order, the duplicate that
 * counts is the one with most stars (earliest among equals), and an obligation is met by the
 * earliest approved completion. `evaluateWindow` stays the reference; a property test and the
 * benchmark's check hold the two together.
 */
export interface TotalsEvaluation {
  readonly counted: number;
  readonly status: StatementStatus;
  /** Components of the completions that count (most stars per key), in no particular order. */
  readonly counting: readonly Component[];
  readonly obligations: readonly Pick<Obligation, "component" | "title" | "status">[];
}

/** Scratch space reused between participants (single-threaded, never visible outside). */
export interface TotalsScratch {
  readonly keyOf: ReadonlyMap<string, number>;
  readonly firstYear: number;
  readonly years: number;
  readonly ids: number;
  stamp: Int32Array;
  generation: number;
  bestStars: Int8Array;
  bestComponent: (Component | undefined)[];
  bestDate: string[];
  earliest: string[];
  pendingDate: string[];
  pendingStars: Int8Array;
  touched: Int32Array;
}

/** Builds the scratch space for a prepared programme: one slot per component, and per year for repeatable ones. */
export function totalsScratch(prepared: Pick<PreparedProgramme, "byYear">): TotalsScratch {
  const keyOf = new Map<string, number>();
  const yearsList = [...prepared.byYear.keys()];
  const firstYear = yearsList.length === 0 ? 0 : Math.min(...yearsList);
  const years = yearsList.length === 0 ? 1 : Math.max(...yearsList) - firstYear + 1;
  for (const components of prepared.byYear.values()) {
    for (const id of components.keys()) if (!keyOf.has(id)) keyOf.set(id, keyOf.size);
  }
  const ids = keyOf.size;
  const size = ids * (years + 1);
  return {
    keyOf,
    firstYear,
    years,
    ids,
    stamp: new Int32Array(size),
    generation: 0,
    bestStars: new Int8Array(size),
    bestComponent: new Array(size),
    bestDate: new Array(size),
    earliest: new Array(size),
    pendingDate: new Array(size),
    pendingStars: new Int8Array(size),
    touched: new Int32Array(64),
  };
}

/**
 * The totals, status, counting components and obligations of one participant in one window, when
 * `canUseTotals(prepared)` holds. See `TotalsEvaluation`.
 */
export function evaluateTotals(
  prepared: PreparedProgramme,
  scratch: TotalsScratch,
  participant: Participant,
  window: StatementWindow,
  asOf: string,
  carry: CarryIn | null,
): TotalsEvaluation {
  const policy = prepared.programme.policy;
  const generation = ++scratch.generation;
  if (generation === 0x7fffffff) {
    scratch.stamp.fill(0);
    scratch.generation = 1;
  }
  const g = scratch.generation;
  const completions = participant.completions;
  // Each completion touches at most two keys.
  if (scratch.touched.length < completions.length * 2)
    scratch.touched = new Int32Array(completions.length * 4);
  let touchedCount = 0;
  const lastDate = asOf < window.end ? asOf : window.end;

  const touch = (key: number) => {
    if (scratch.stamp[key] === g) return;
    scratch.stamp[key] = g;
    scratch.bestStars[key] = 0;
    scratch.bestComponent[key] = undefined;
    scratch.bestDate[key] = "";
    scratch.earliest[key] = "";
    scratch.pendingDate[key] = "";
    scratch.pendingStars[key] = 0;
    scratch.touched[touchedCount++] = key;
  };
  for (let i = 0; i < completions.length; i++) {
    const c = completions[i] as Completion;
    if (c.date < window.start || c.date > lastDate || c.status === "rejected") continue;
    const id = scratch.keyOf.get(c.component);
    if (id === undefined) continue; // no edition lists it: no stars, no obligation
    const year = yearOf(c.date);
    const slot = year - scratch.firstYear;
    const yearKey =
      slot >= 0 && slot < scratch.years ? scratch.ids + id * scratch.years + slot : -1;
    const component = prepared.byYear.get(year)?.get(c.component);
    const countKey = component === undefined ? -1 : component.repeatable ? yearKey : id;
    if (c.status === "pending") {
      if (countKey < 0) continue;
      touch(countKey);
      const seen = scratch.pendingDate[countKey] as string;
      if (seen === "" || c.date < seen) {
        scratch.pendingDate[countKey] = c.date;
        scratch.pendingStars[countKey] = (component as Component).stars;
      }
      continue;
    }
    // Approved: the earliest date per component, and per component and year, meets obligations
    // (listed in that year's edition or not, as in mandatory.ts).
    touch(id);
    if (c.date < (scratch.earliest[id] as string) || scratch.earliest[id] === "")
      scratch.earliest[id] = c.date;
    if (yearKey >= 0) {
      touch(yearKey);
      if (c.date < (scratch.earliest[yearKey] as string) || scratch.earliest[yearKey] === "")
        scratch.earliest[yearKey] = c.date;
    }
    if (component === undefined || countKey < 0) continue;
    const best = scratch.bestStars[countKey] as number;
    if (
      component.stars > best ||
      (component.stars === best && c.date < (scratch.bestDate[countKey] as string))
    ) {
      scratch.bestStars[countKey] = component.stars;
      scratch.bestComponent[countKey] = component;
      scratch.bestDate[countKey] = c.date;
    }
  }

  let earnedCompletions = 0;
  let pending = 0;
  const counting: Component[] = [];
  for (let t = 0; t < touchedCount; t++) {
    const key = scratch.touched[t] as number;
    const component = scratch.bestComponent[key];
    if (component !== undefined) {
      earnedCompletions += component.stars;
      counting.push(component);
    } else pending += scratch.pendingStars[key] as number;
  }

  const { units } = bonusFor(prepared, participant, window, asOf);
  let bonus = 0;
  for (const unit of units) bonus += unit.stars;
  const bonusCounted = prepared.bonusCap === null ? bonus : Math.min(bonus, prepared.bonusCap);
  const carried = carry === null ? 0 : carry.stars;
  const uncapped = earnedCompletions + bonusCounted + carried;
  const counted = policy.cap === null ? uncapped : Math.min(policy.cap, uncapped);

  // Obligations: met by the earliest approved completion of the key inside the window.
  const obligations: Pick<Obligation, "component" | "title" | "status">[] = [];
  let outstanding = 0;
  let overdue = 0;
  for (let year = yearOf(window.start); year <= yearOf(window.end); year++) {
    const mandatory = prepared.mandatoryByYear.get(year);
    if (mandatory === undefined || mandatory.length === 0) continue;
    const due =
      policy.mandatoryDue === "edition-end" ? `${String(year).padStart(4, "0")}-12-31` : window.end;
    if (
      participant.startDate !== undefined &&
      `${String(year).padStart(4, "0")}-12-31` < participant.startDate
    )
      continue;
    for (const component of mandatory) {
      if (!appliesTo(component.audience, participant.groups)) continue;
      const id = scratch.keyOf.get(component.id) as number;
      const slot = year - scratch.firstYear;
      const key = component.repeatable
        ? slot >= 0 && slot < scratch.years
          ? scratch.ids + id * scratch.years + slot
          : -1
        : id;
      const completedOn =
        key >= 0 && scratch.stamp[key] === g ? (scratch.earliest[key] as string) : "";
      const status: Obligation["status"] =
        completedOn !== ""
          ? completedOn <= due
            ? "met"
            : "met-late"
          : asOf > due
            ? "overdue"
            : "outstanding";
      if (completedOn === "") outstanding++;
      if (status === "overdue") overdue++;
      obligations.push({ component: component.id, title: component.title, status });
    }
  }

  const { target } = targetFor(policy, participant, window);
  const effective = target.effective;
  const rules = electiveRulesFor(policy, prepared.learningLineIds, participant, counting);
  const complete = counted >= effective && outstanding === 0 && rules.every((r) => r.met);
  const behind = counted * window.days < effective * window.elapsedDays || overdue > 0;
  const status: StatementStatus = complete ? "complete" : behind ? "behind" : "on-track";
  void pending; // pending stars are not part of the report; kept for parity with the statement
  return { counted, status, counting, obligations };
}

/** Whether `evaluateTotals` is exact for this programme's policy. */
export function canUseTotals(prepared: PreparedProgramme): boolean {
  return !prepared.hasCategoryCaps && prepared.programme.policy.minimumPerYear === null;
}
