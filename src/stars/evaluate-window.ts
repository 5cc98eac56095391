import { compactDay, dayKey, yearOfDay } from "../dates/calendar-date.js";
import { isApprovalStatus } from "../internal/field-rules.js";
import { sortSmall } from "../internal/sort-small.js";
import type { Completion, Component, Participant } from "../programme/types.js";
import { componentInEdition, sameComponentKey } from "./component-table.js";
import { compareReadCompletions, completionSound, rejectUnsound } from "./entry-guards.js";
import { evaluationScratch, keepEvaluationScratch, type PreparedProgramme } from "./prepare.js";
import { readAhead } from "./read-ahead.js";
import { bonusFor } from "./rules/bonus.js";
import { addTo, CapCounter, compareUnits, takeBonus } from "./rules/caps.js";
import { countsInstead } from "./rules/duplicates.js";
import { electiveRulesFor } from "./rules/electives.js";
import { expiringStars, NO_EXPIRING } from "./rules/expiring.js";
import {
  clearEarliest,
  type EarliestApproved,
  earliestApproved,
  mandatoryFor,
  meetsObligationsFrom,
  recordApproved,
} from "./rules/mandatory.js";
import { paceFor, statusOf } from "./rules/pace.js";
import { targetFor } from "./rules/target.js";
import { yearlyMinimumFor } from "./rules/yearly-minimum.js";
import { canonicalOrder, type SortScratch, sortScratch } from "./sort-completions.js";
import type {
  BonusLine,
  CarryOverLine,
  CompletionLine,
  DateWindow,
  LineReason,
  Statement,
  StatementWindow,
  WindowSummary,
  YearMinimum,
} from "./types.js";

/** The history of an evaluation made for its totals only (an earlier window, the report). */
export const NO_HISTORY: readonly WindowSummary[] = Object.freeze([]);

/** The counting components when nobody asks for them: one frozen, shared empty list. */
const NO_COMPONENTS: Component[] = Object.freeze([]) as unknown as Component[];

/** Surplus carried in from the window before (rules A6). */
export interface CarryIn {
  readonly from: DateWindow;
  readonly stars: number;
}

/**
 * Scratch space reused from statement to statement: stamped arrays per key for finding duplicates
 * and the earliest approved dates, and per-line working arrays that only the finished lines leave.
 */
export interface DuplicateScratch extends SortScratch {
  readonly stamp: Int32Array;
  readonly line: Int32Array;
  generation: number;
  /** The earliest approved date per key, for the mandatory obligations (see rules/mandatory.ts). */
  readonly met: EarliestApproved;
  /** Stamps the keys that have a pending completion, and the earliest such line per key. */
  readonly pendingStamp: Int32Array;
  readonly pendingLine: Int32Array;
  /** Per line of the evaluation in progress (grown to the longest list of completions seen). */
  lines: LineScratch;
  /** What `readAhead` read last (nothing uses it). */
  touched?: number;
}

/** Working arrays per line, indexed by the completion's place in the input. */
interface LineScratch {
  readonly size: number;
  readonly reasons: LineReason[];
  readonly components: (Component | undefined)[];
  readonly keys: Int32Array;
  /** The completion's date as a `compactDay`. */
  readonly days: Int32Array;
  /** The lines of pending completions, then the keys of their first pending lines. */
  readonly pendingAt: Int32Array;
  readonly pendingKeys: Int32Array;
}

function lineScratch(size: number): LineScratch {
  return {
    size,
    reasons: new Array<LineReason>(size).fill("counted"),
    components: new Array<Component | undefined>(size).fill(undefined),
    keys: new Int32Array(size),
    days: new Int32Array(size),
    pendingAt: new Int32Array(size),
    pendingKeys: new Int32Array(size),
  };
}

/**
 * The duplicate scratch of a prepared programme, with a fresh generation: a stamp that is not the
 * current generation means "no line counts for this key yet", so nothing is cleared between
 * statements. Evaluations run one after another (JavaScript is single-threaded and nothing here
 * calls out), so one scratch per programme is enough; it is never visible outside. It is kept on
 * the prepared programme, not in a module-level map: it lives and dies with what the caller holds.
 */
function duplicateScratch(prepared: PreparedProgramme): DuplicateScratch {
  let scratch = evaluationScratch(prepared);
  if (scratch === undefined) {
    const size = Math.max(1, prepared.table.keys);
    scratch = {
      stamp: new Int32Array(size),
      line: new Int32Array(size),
      generation: 0,
      met: earliestApproved(size),
      pendingStamp: new Int32Array(size),
      pendingLine: new Int32Array(size),
      ...sortScratch(),
      lines: lineScratch(64),
    };
    keepEvaluationScratch(prepared, scratch);
  }
  if (++scratch.generation === 0x7fffffff) {
    scratch.stamp.fill(0);
    clearEarliest(scratch.met);
    scratch.pendingStamp.fill(0);
    scratch.generation = 1;
  }
  return scratch;
}

/** The yearly minimum when the policy sets none: one frozen, shared empty list. */
const NO_YEARS: YearMinimum[] = Object.freeze([]) as unknown as YearMinimum[];

/**
 * Evaluates one window for one participant (rules A2–A8): classifies every completion, finds the
 * duplicates, places bonus and carried-over stars, cuts at the caps in date order, and derives
 * the totals, the target, the mandatory obligations, the policy's rules and the status — the
 * whole statement, with the `history` the caller worked out (or `NO_HISTORY` when only the totals
 * matter). A caller that needs the counting components (listed, approved, not duplicates, in date
 * order) passes an empty array as `counting` to receive them.
 *
 * Duplicates (rules A7): of the completions of one non-repeatable component in the window (of a
 * repeatable one: in one year), the one with the most stars counts, the earliest among equals;
 * the others are duplicates. With equal stars that is the plain rule "later completions are duplicates";
 * preferring more stars keeps rules A10.3 (an added completion never lowers the stars).
 */
export function evaluateWindow(
  prepared: PreparedProgramme,
  participant: Participant,
  window: StatementWindow,
  asOf: string,
  carry: CarryIn | null,
  history: readonly WindowSummary[],
  counting: Component[] | null = null,
): Statement {
  const policy = prepared.programme.policy;
  // `best` maps a key (rules A7's "same component") to the line that counts for it, through
  // stamped scratch arrays on the prepared programme: no map is built per statement.
  const table = prepared.table;
  const best = duplicateScratch(prepared);
  const g = best.generation;
  best.met.generation = g;
  const completions = participant.completions;
  const n = completions.length;
  if (best.lines.size < n) best.lines = lineScratch(Math.max(n, best.lines.size * 2));
  // Per line, by input index: the lines are classified in input order (each completion is read
  // from memory once) and put in date order afterwards.
  const { reasons, components, keys, days, pendingAt } = best.lines;
  let pendingCount = 0;
  const obligationKeys = prepared.obligationKeys;
  const start = compactDay(window.start);
  const end = compactDay(window.end);
  const asOfDay = compactDay(asOf);
  const lastDay = Math.min(asOfDay, end);
  const meetFrom = meetsObligationsFrom(window);

  best.touched = readAhead(completions);
  for (let i = 0; i < n; i++) {
    const c = completions[i] as Completion;
    // The statement's entry check leaves each completion to this loop, which reads it anyway.
    if (!completionSound(c)) rejectUnsound(participant);
    const day = dayKey(c.date);
    if (day < 0 || !isApprovalStatus(c.status)) rejectUnsound(participant);
    days[i] = day;
    const year = yearOfDay(day);
    const number = table.numbers[c.component];
    const component = number === undefined ? undefined : componentInEdition(table, number, year);
    components[i] = component;
    keys[i] =
      component === undefined ? -1 : sameComponentKey(table, number as number, year, component);
    // Any approved completion from the window's first year up to the as-of date can meet an
    // obligation, listed that year or not (rules A3): the earliest per key is recorded, for the keys
    // some obligation has. A year key matters only for a component that is repeatable in that
    // year's edition: only such a component has yearly obligations (rules/mandatory.ts).
    if (number !== undefined && c.status === "approved" && day >= meetFrom && day <= lastDay)
      recordApproved(
        best.met,
        obligationKeys,
        number,
        component?.repeatable === true ? (keys[i] as number) : -1,
        c.date,
        day < start,
      );
    if (day < start || day > end) reasons[i] = "outside-window";
    else if (day > asOfDay) reasons[i] = "after-as-of-date";
    else if (component === undefined) reasons[i] = "unknown-component";
    else if (c.status === "rejected") reasons[i] = "rejected";
    else if (c.status === "pending") {
      reasons[i] = "pending";
      pendingAt[pendingCount++] = i;
    } else {
      const key = keys[i] as number;
      const previous = best.stamp[key] === g ? (best.line[key] as number) : -1;
      if (previous < 0 || outranks(participant, completions, best.lines, i, previous)) {
        if (previous >= 0) reasons[previous] = "duplicate";
        best.stamp[key] = g;
        best.line[key] = i;
        reasons[i] = "counted";
      } else reasons[i] = "duplicate";
    }
  }

  // Pending stars that may still come (rules A7): per key, the pending completion that would count
  // if approved — the one with the most stars, by the duplicates rule — less what the key already
  // earns; approving it would raise the key's stars by exactly that.
  let pending = 0;
  if (pendingCount > 0) {
    const { pendingStamp, pendingLine } = best;
    const { pendingKeys } = best.lines;
    let keyCount = 0;
    for (let p = 0; p < pendingCount; p++) {
      const i = pendingAt[p] as number;
      const key = keys[i] as number;
      if (pendingStamp[key] !== g) {
        pendingStamp[key] = g;
        pendingLine[key] = i;
        pendingKeys[keyCount++] = key;
      } else {
        const j = pendingLine[key] as number;
        const stars = (components[i] as Component).stars;
        const bestStars = (components[j] as Component).stars;
        if (countsInstead(stars, days[i] as number, bestStars, days[j] as number))
          pendingLine[key] = i;
      }
    }
    for (let f = 0; f < keyCount; f++) {
      const key = pendingKeys[f] as number;
      const stars = (components[pendingLine[key] as number] as Component).stars;
      const earns =
        best.stamp[key] === g ? (components[best.line[key] as number] as Component).stars : 0;
      if (stars > earns) pending += stars - earns;
    }
  }
  const order = canonicalOrder(participant, completions, days, n, best);

  const { units, roles } = bonusFor(prepared, participant, window, asOf);

  // Count in date order: carried-over stars first (first day of the window), then on each day the
  // bonus before the completions (rules A6).
  const caps = new CapCounter(prepared);
  const countedByYear = policy.minimumPerYear === null ? undefined : new Map<number, number>();
  let counted = 0;
  let earned = 0;
  let carryOver: CarryOverLine | null = null;
  if (carry !== null && carry.stars > 0) {
    caps.take(carry.stars, "carry");
    carryOver = { from: carry.from, stars: carry.stars, counted: caps.counted };
    counted += caps.counted;
    earned += carry.stars;
  }
  // One pass in date order counts at the caps and writes the lines. On each day the bonus comes
  // before that day's completions; only counting lines take from the caps, so draining the bonus
  // just before the next one of them keeps that order.
  // `units` is this evaluation's own list: sorted in place.
  const bonusQueue = units.length > 1 ? sortSmall(units, compareUnits) : units;
  const bonus: BonusLine[] = [];
  let b = 0;
  const lines: CompletionLine[] = new Array(n);
  // The counting components, when the caller asks for them or an elective rule needs them.
  const listCounting = counting !== null || prepared.hasElectiveRules;
  const countingList = counting ?? (listCounting ? [] : NO_COMPONENTS);
  // What the elective rules that ask for something credit: the counting completions and their
  // duplicates (rules/electives.ts).
  const credited: Component[] | null = prepared.hasElectiveRules ? [] : null;
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    const completion = completions[i] as Completion;
    const component = components[i];
    let reason = reasons[i] as LineReason;
    const year = yearOfDay(days[i] as number);
    let stars = 0;
    let lineCounted = 0;
    if (credited !== null && (reason === "counted" || reason === "duplicate"))
      credited.push(component as Component);
    if (reason === "counted" && component !== undefined) {
      if (b < bonusQueue.length)
        b = takeBonus(bonusQueue, b, completion.date, caps, bonus, countedByYear);
      caps.takeCompletion(component);
      reason = caps.reason;
      stars = component.stars;
      lineCounted = caps.counted;
      counted += lineCounted;
      earned += stars;
      if (listCounting) countingList.push(component);
      if (countedByYear !== undefined) addTo(countedByYear, year, lineCounted);
    }
    lines[k] = {
      completion,
      // A component its year's edition does not list keeps the title of its latest edition (one
      // lookup, on such lines only); null only for an id no edition has.
      title: component?.title ?? latestTitle(table, completion.component),
      year,
      editionStars: component?.stars ?? null,
      stars,
      counted: lineCounted,
      reason,
    };
  }
  if (b < bonusQueue.length) takeBonus(bonusQueue, b, null, caps, bonus, countedByYear);
  for (const line of bonus) {
    counted += line.counted;
    earned += line.stars;
  }

  const { target, exemptions } = targetFor(policy, participant, window);
  const effective = target.effective;
  const mandatory = mandatoryFor(prepared, participant, window, asOf, best.met);
  const electiveRules = electiveRulesFor(
    policy,
    prepared.programme.learningLines,
    participant,
    countingList,
    credited,
  );
  const yearlyMinimum =
    countedByYear === undefined
      ? NO_YEARS
      : yearlyMinimumFor(policy.minimumPerYear, participant, window, asOf, countedByYear);

  const pace = paceFor(policy, participant, window, asOf, target);
  const status = statusOf(
    counted,
    effective,
    pace.due,
    mandatory,
    electiveRules.every((r) => r.met),
    yearlyMinimum,
  );

  return {
    participant: participant.id,
    participantName: participant.name ?? null,
    asOf,
    window,
    lines,
    bonus,
    roles,
    carryOver,
    exemptions,
    target,
    totals: {
      earned,
      counted,
      surplus: earned - counted,
      pending,
      target: effective,
      remaining: Math.max(0, effective - counted),
      progress: effective === 0 ? 1 : Math.min(1, counted / effective),
    },
    mandatory,
    electiveRules,
    yearlyMinimum,
    status,
    pace,
    expiring:
      window.kind === "rolling" ? expiringStars(policy, asOf, lines, bonus, roles) : NO_EXPIRING,
    history,
  };
}

/** The title of a component in the latest edition that lists it, or null when none does. */
function latestTitle(table: PreparedProgramme["table"], id: string): string | null {
  const number = table.numbers[id];
  return number === undefined ? null : (table.latestTitles[number] ?? null);
}

/**
 * Whether completion `i` counts rather than `j`, both approved for one key (rules A7): more stars,
 * or as many and earlier in the canonical order.
 */
function outranks(
  participant: Participant,
  completions: readonly Completion[],
  lines: LineScratch,
  i: number,
  j: number,
): boolean {
  const a = (lines.components[i] as Component).stars;
  const b = (lines.components[j] as Component).stars;
  const dayI = lines.days[i] as number;
  const dayJ = lines.days[j] as number;
  if (a !== b || dayI !== dayJ) return countsInstead(a, dayI, b, dayJ);
  return (
    compareReadCompletions(
      participant,
      completions[i] as Completion,
      completions[j] as Completion,
    ) < 0
  );
}
