import { yearOf } from "../dates/calendar-date.js";
import type { Completion, Component, Participant } from "../programme/types.js";
import { bonusStarsFor } from "./bonus.js";
import type { CarryIn } from "./evaluate.js";
import { type ObligationVisitor, visitObligations } from "./mandatory.js";
import type { PreparedProgramme } from "./prepare.js";
import { electiveRulesFor } from "./rules.js";
import { targetFor } from "./target.js";
import type { StatementStatus, StatementWindow } from "./types.js";

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
  touched: Int32Array;
  touchedCount: number;
  /** The counting components of the last evaluation (reused). */
  readonly counting: Component[];
  /** Their places in the component table (`slot * ids + id`), side by side with `counting`. */
  readonly countingSlots: number[];
  /** The table place of the component that counts per key. */
  readonly bestSlot: Int32Array;
  /**
   * The training return so far, per component number: evaluations, participant scores given,
   * their sum, effect scores given, their sum (five numbers each).
   */
  readonly scores: Float64Array;
  /** `components[slot * ids + id]`: the component of an id in the edition of `firstYear + slot`. */
  readonly components: readonly (Component | undefined)[];
  /**
   * Per obligation (edition year and mandatory component), summed over every participant
   * evaluated with this scratch: required, completed, late, overdue.
   */
  readonly obligationCounts: Int32Array;
  /** Adds one obligation to `obligationCounts` (one function for the whole report, not one per participant). */
  readonly countObligation: ObligationVisitor;
  /** The target of a participant with no exemptions and no pro-rated start, per window (memo). */
  plainTarget: { readonly window: StatementWindow; readonly effective: number } | undefined;
}

/** Builds the scratch space for a prepared programme: one slot per component, and per year for repeatable ones. */
export function totalsScratch(
  prepared: Pick<PreparedProgramme, "table" | "obligationSlots">,
): TotalsScratch {
  const { numberOf: keyOf, firstYear, years, ids, components: byKey, keys: size } = prepared.table;
  const counts = new Int32Array(prepared.obligationSlots * 4);
  return {
    components: byKey,
    obligationCounts: counts,
    countObligation: (_component, _year, _due, status, _completedOn, index) => {
      const at = index * 4;
      counts[at] = (counts[at] as number) + 1;
      if (status === "met" || status === "met-late")
        counts[at + 1] = (counts[at + 1] as number) + 1;
      if (status === "met-late") counts[at + 2] = (counts[at + 2] as number) + 1;
      if (status === "overdue") counts[at + 3] = (counts[at + 3] as number) + 1;
    },
    plainTarget: undefined,
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
    touched: new Int32Array(64),
    touchedCount: 0,
    counting: [],
    countingSlots: [],
    bestSlot: new Int32Array(size),
    scores: new Float64Array(ids * 5),
  };
}

/**
 * The counted stars and status of one participant in one window, when `canUseTotals(prepared)`
 * holds; the counting components are left in `scratch.counting`, and the participant's
 * obligations are added to `scratch.obligationCounts`. See `TotalsEvaluation`.
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
  scratch.touchedCount = 0;
  const lastDate = asOf < window.end ? asOf : window.end;

  for (let i = 0; i < completions.length; i++) {
    const c = completions[i] as Completion;
    // Only approved completions up to the as-of date count, meet obligations or carry a training
    // return (pending stars are not in the report).
    if (c.status !== "approved" || c.date > asOf) continue;
    const id = scratch.keyOf.get(c.component);
    if (id === undefined) continue; // no edition lists it: no stars, no obligation, no return
    const ev = c.evaluation;
    if (ev !== undefined && (ev.participantScore !== undefined || ev.effectScore !== undefined)) {
      // The training return counts evaluations of any year (SPEC A8, docs/decisions.md).
      const at = id * 5;
      const scores = scratch.scores;
      scores[at] = (scores[at] as number) + 1;
      if (ev.participantScore !== undefined) {
        scores[at + 1] = (scores[at + 1] as number) + 1;
        scores[at + 2] = (scores[at + 2] as number) + ev.participantScore;
      }
      if (ev.effectScore !== undefined) {
        scores[at + 3] = (scores[at + 3] as number) + 1;
        scores[at + 4] = (scores[at + 4] as number) + ev.effectScore;
      }
    }
    if (c.date < window.start || c.date > lastDate) continue;
    const year = yearOf(c.date);
    const slot = year - scratch.firstYear;
    const inEditions = slot >= 0 && slot < scratch.years;
    const component = inEditions ? scratch.components[slot * scratch.ids + id] : undefined;
    // The year key matters only for a component repeatable in that year's edition: it counts once
    // per year, and only it has yearly obligations (mandatory.ts).
    const yearKey = component?.repeatable === true ? scratch.ids + id * scratch.years + slot : -1;
    const countKey = component === undefined ? -1 : component.repeatable ? yearKey : id;
    // Approved: the earliest date per component, and per repeatable component and year, meets
    // obligations (listed in that year's edition or not, as in mandatory.ts).
    touch(scratch, id, g);
    if (c.date < (scratch.earliest[id] as string) || scratch.earliest[id] === "")
      scratch.earliest[id] = c.date;
    if (yearKey >= 0) {
      touch(scratch, yearKey, g);
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
      scratch.bestSlot[countKey] = slot * scratch.ids + id;
      scratch.bestDate[countKey] = c.date;
    }
  }

  let earnedCompletions = 0;
  // The counting components matter only to the elective rules (the report tallies their slots).
  const rulesOn = prepared.hasElectiveRules;
  const counting = scratch.counting;
  const countingSlots = scratch.countingSlots;
  counting.length = 0;
  countingSlots.length = 0;
  for (let t = 0; t < scratch.touchedCount; t++) {
    const key = scratch.touched[t] as number;
    const component = scratch.bestComponent[key];
    if (component !== undefined) {
      earnedCompletions += component.stars;
      if (rulesOn) counting.push(component);
      countingSlots.push(scratch.bestSlot[key] as number);
    }
  }

  const bonus = bonusStarsFor(prepared, participant.roles, window, asOf);
  const bonusCounted = prepared.bonusCap === null ? bonus : Math.min(bonus, prepared.bonusCap);
  const carried = carry === null ? 0 : carry.stars;
  const uncapped = earnedCompletions + bonusCounted + carried;
  const counted = policy.cap === null ? uncapped : Math.min(policy.cap, uncapped);

  // Obligations: met by the earliest approved completion of the key inside the window.
  const { outstanding, overdue } = visitObligations(
    prepared,
    participant,
    window,
    asOf,
    scratch,
    scratch.countObligation,
  );

  const effective = effectiveTarget(scratch, policy, participant, window);
  const rules = electiveRulesFor(policy, prepared.learningLineIds, participant, counting);
  const complete = counted >= effective && outstanding === 0 && rules.every((r) => r.met);
  const behind = counted * window.days < effective * window.elapsedDays || overdue > 0;
  const status: StatementStatus = complete ? "complete" : behind ? "behind" : "on-track";
  return { counted, status };
}

/**
 * The effective target. Without exemptions or a pro-rated start it is the same for everyone in a
 * window, so it is computed once per window.
 */
function effectiveTarget(
  scratch: TotalsScratch,
  policy: PreparedProgramme["programme"]["policy"],
  participant: Participant,
  window: StatementWindow,
): number {
  const plain =
    participant.exemptions.length === 0 &&
    (!policy.proRate ||
      participant.startDate === undefined ||
      participant.startDate <= window.start);
  if (!plain) return targetFor(policy, participant, window).target.effective;
  if (scratch.plainTarget?.window !== window) {
    scratch.plainTarget = {
      window,
      effective: targetFor(policy, participant, window).target.effective,
    };
  }
  return scratch.plainTarget.effective;
}

function touch(scratch: TotalsScratch, key: number, g: number): void {
  if (scratch.stamp[key] === g) return;
  scratch.stamp[key] = g;
  scratch.bestStars[key] = 0;
  scratch.bestComponent[key] = undefined;
  scratch.bestDate[key] = "";
  scratch.earliest[key] = "";
  scratch.touched[scratch.touchedCount++] = key;
}

/** Whether `evaluateTotals` is exact for this programme's policy. */
export function canUseTotals(prepared: PreparedProgramme): boolean {
  return !prepared.hasCategoryCaps && prepared.programme.policy.minimumPerYear === null;
}
