import { compactDay, dayKey, yearOfDay } from "../dates/calendar-date.js";
import { isApprovalStatus } from "../internal/field-rules.js";
import type { Completion, Component, Evaluation, Participant } from "../programme/types.js";
import { componentInEdition, sameComponentKey } from "./component-table.js";
import { completionSound, isEvaluation, rejectUnsound } from "./entry-guards.js";
import type { CarryIn } from "./evaluate-window.js";
import type { PreparedProgramme } from "./prepare.js";
import { bonusStarsFor } from "./rules/bonus.js";
import { countedAtCap } from "./rules/caps.js";
import { countsInstead } from "./rules/duplicates.js";
import { electiveRulesFor } from "./rules/electives.js";
import {
  clearEarliest,
  type EarliestApproved,
  earliestApproved,
  meetsObligationsFrom,
  recordApproved,
  walkObligations,
} from "./rules/mandatory.js";
import { paceFor, statusOf } from "./rules/pace.js";
import { targetFor } from "./rules/target.js";
import type { StatementStatus, StatementWindow, YearMinimum } from "./types.js";

/*
 * The totals core: the figures the organisation report needs from one participant (counted
 * stars, status, the counting components, obligations and training return), computed without
 * lines or sorting. It is exact when counting does not depend on the date order: no category caps and no
 * yearly minimum. Then a single window cap with the bonus as its own capped category counts
 * `min(cap, completions + min(bonus, bonus cap) + carried)` whatever the order, the duplicate that
 * counts is the one with most stars (earliest among equals), and an obligation is met by the
 * earliest approved completion. `evaluateWindow` stays the reference; a property test and the
 * benchmark's check hold the two together.
 */

/** The fast path runs only without a yearly minimum (`canUseTotals`). */
const NO_YEARS: readonly YearMinimum[] = Object.freeze([]);

/** Scratch space reused between participants (single-threaded, never visible outside). */
export interface TotalsScratch {
  readonly keyOf: Readonly<Record<string, number>>;
  /** Stamps the keys that have a counting completion in the current evaluation. */
  stamp: Int32Array;
  generation: number;
  bestStars: Int8Array;
  /** The day (`dayKey`) of the completion that counts per key. */
  bestDay: Int32Array;
  /** The earliest approved date per key in the current evaluation (see rules/mandatory.ts). */
  readonly met: EarliestApproved;
  /** The keys with a counting completion, in the order first seen. */
  touched: Int32Array;
  /** The counting components of the last evaluation (reused; filled only when elective rules are on). */
  readonly counting: Component[];
  /** What the elective rules credit in the last evaluation: counting and duplicate completions (likewise). */
  readonly credited: Component[];
  /** Their places in the component table (`slot * ids + id`): the first `countingCount`. */
  countingSlots: Int32Array;
  countingCount: number;
  /** The last evaluation's figures (kept here so that evaluating allocates nothing). */
  counted: number;
  status: StatementStatus;
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
  /** The target and the stars due of a participant with no exemptions and no later start, per window (memo). */
  plainTarget:
    | { readonly window: StatementWindow; readonly effective: number; readonly due: number }
    | undefined;
}

/** Builds the scratch space for a prepared programme: one slot per component, and per year for repeatable ones. */
export function totalsScratch(
  prepared: Pick<PreparedProgramme, "table" | "obligationSlots">,
): TotalsScratch {
  const { numbers: keyOf, ids, components: byKey, keys: size } = prepared.table;
  const counts = new Int32Array(prepared.obligationSlots * 4);
  return {
    components: byKey,
    obligationCounts: counts,
    plainTarget: undefined,
    keyOf,
    stamp: new Int32Array(size),
    generation: 0,
    bestStars: new Int8Array(size),
    bestDay: new Int32Array(size),
    met: earliestApproved(size),
    touched: new Int32Array(64),
    counting: [],
    credited: [],
    countingSlots: new Int32Array(64),
    countingCount: 0,
    counted: 0,
    status: "behind",
    bestSlot: new Int32Array(size),
    scores: new Float64Array(ids * 5),
  };
}

/**
 * Evaluates one participant in one window when `canUseTotals(prepared)` holds, leaving the
 * counted stars, the status and the counting components' table places in the scratch and adding
 * the participant's obligations to `scratch.obligationCounts`.
 */
export function evaluateTotals(
  prepared: PreparedProgramme,
  scratch: TotalsScratch,
  participant: Participant,
  window: StatementWindow,
  asOf: string,
  carry: CarryIn | null,
): void {
  const policy = prepared.programme.policy;
  const generation = ++scratch.generation;
  if (generation === 0x7fffffff) {
    scratch.stamp.fill(0);
    clearEarliest(scratch.met);
    scratch.generation = 1;
  }
  const g = scratch.generation;
  scratch.met.generation = g;
  const completions = participant.completions;
  // Each completion counts for at most one key.
  if (scratch.touched.length < completions.length)
    scratch.touched = new Int32Array(completions.length * 2);
  let touched = 0;
  const lastDate = asOf < window.end ? asOf : window.end;
  const table = prepared.table;
  const components = scratch.components;
  const obligationKeys = prepared.obligationKeys;
  // Dates are compared as day keys: reading each date once both checks it (entry-guards.ts) and
  // gives the number to compare.
  const asOfKey = compactDay(asOf);
  const startKey = compactDay(window.start);
  const lastKey = compactDay(lastDate);
  // What the elective rules credit (rules/electives.ts): every approved completion listed in its
  // edition and dated in the window, duplicates included.
  const rulesOn = prepared.hasElectiveRules;
  const credited = scratch.credited;
  if (rulesOn && credited.length > 0) credited.length = 0;
  const meetFromKey = meetsObligationsFrom(window);

  for (let i = 0; i < completions.length; i++) {
    const c = completions[i] as Completion;
    // An object with a component id, as in the statement (entry-guards.ts): the id is a key below.
    if (!completionSound(c)) rejectUnsound(participant);
    // Only approved completions up to the as-of date count, meet obligations or carry a training
    // return (pending stars are not in the report): only their dates can change the report, so
    // only theirs are read (and checked); any status is checked.
    if (c.status !== "approved") {
      if (!isApprovalStatus(c.status)) rejectUnsound(participant);
      continue;
    }
    const day = dayKey(c.date);
    if (day < 0) rejectUnsound(participant);
    if (day > asOfKey) continue;
    const id = scratch.keyOf[c.component];
    if (id === undefined) continue; // no edition lists it: no stars, no obligation, no return
    const ev = c.evaluation;
    if (ev !== undefined && (ev.participantScore !== undefined || ev.effectScore !== undefined)) {
      // The scores are summed: one that validation would have refused is refused here.
      if (!isEvaluation(ev)) rejectUnsound(participant);
      addScores(scratch.scores, id, ev);
    }
    if (day < meetFromKey || day > lastKey) continue;
    const year = yearOfDay(day);
    const component = componentInEdition(table, id, year);
    const countKey = component === undefined ? -1 : sameComponentKey(table, id, year, component);
    // Approved: the earliest date per component, and per repeatable component and year, meets
    // obligations (listed in that year's edition or not, as in rules/mandatory.ts).
    recordApproved(
      scratch.met,
      obligationKeys,
      id,
      component?.repeatable === true ? countKey : -1,
      c.date,
      day < startKey,
    );
    if (component === undefined || day < startKey) continue;
    if (rulesOn) credited.push(component);
    // Of one key, one completion counts (rules A7, rules/duplicates.ts).
    if (scratch.stamp[countKey] !== g) {
      scratch.stamp[countKey] = g;
      scratch.touched[touched++] = countKey;
    } else if (
      !countsInstead(
        component.stars,
        day,
        scratch.bestStars[countKey] as number,
        scratch.bestDay[countKey] as number,
      )
    )
      continue;
    scratch.bestStars[countKey] = component.stars;
    scratch.bestSlot[countKey] = (year - table.firstYear) * table.ids + id;
    scratch.bestDay[countKey] = day;
  }

  let earnedCompletions = 0;
  // The counting components matter only to the elective rules (the report tallies their slots).
  const counting = scratch.counting;
  if (rulesOn && counting.length > 0) counting.length = 0;
  if (scratch.countingSlots.length < touched) scratch.countingSlots = new Int32Array(touched * 2);
  const countingSlots = scratch.countingSlots;
  for (let t = 0; t < touched; t++) {
    const key = scratch.touched[t] as number;
    const at = scratch.bestSlot[key] as number;
    earnedCompletions += scratch.bestStars[key] as number;
    countingSlots[t] = at;
    if (rulesOn) counting.push(components[at] as Component);
  }
  scratch.countingCount = touched;

  const counted = countedAtCap(
    policy.cap,
    prepared.bonusCap,
    earnedCompletions,
    bonusStarsFor(prepared, participant.roles, window, asOf),
    carry === null ? 0 : carry.stars,
  );

  // Obligations: met by the earliest approved completion of the key inside the window.
  const obligations = walkObligations(
    prepared,
    participant,
    window,
    asOf,
    scratch.met,
    null,
    scratch.obligationCounts,
  );

  const { effective, due } = targetAndPace(scratch, policy, participant, window, asOf);
  const rules = electiveRulesFor(
    policy,
    prepared.programme.learningLines,
    participant,
    counting,
    credited,
  );
  scratch.counted = counted;
  scratch.status = statusOf(
    counted,
    effective,
    due,
    obligations,
    rules.every((r) => r.met),
    NO_YEARS,
  );
}

/**
 * The effective target and the stars due by the as-of date (rules A6, A8). Without exemptions or a
 * later start that counts (a pro-rated start, or a new starter in a rolling window) both are the
 * same for everyone in a window, so they are computed once per window.
 */
function targetAndPace(
  scratch: TotalsScratch,
  policy: PreparedProgramme["programme"]["policy"],
  participant: Participant,
  window: StatementWindow,
  asOf: string,
): { readonly effective: number; readonly due: number } {
  const plain =
    participant.exemptions.length === 0 &&
    (participant.startDate === undefined ||
      participant.startDate <= window.start ||
      (!policy.proRate && window.kind !== "rolling"));
  if (plain && scratch.plainTarget?.window === window) return scratch.plainTarget;
  const { target } = targetFor(policy, participant, window);
  const figures = {
    window,
    effective: target.effective,
    due: paceFor(policy, participant, window, asOf, target).due,
  };
  if (plain) scratch.plainTarget = figures;
  return figures;
}

/** Adds one evaluation to the training return of a component number (five figures each). */
function addScores(scores: Float64Array, id: number, ev: Evaluation): void {
  const at = id * 5;
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

/** Whether `evaluateTotals` is exact for this programme's policy. */
export function canUseTotals(prepared: PreparedProgramme): boolean {
  return !prepared.hasCategoryCaps && prepared.programme.policy.minimumPerYear === null;
}
