import { yearOf } from "../dates/calendar-date.js";
import type { Completion, Component, Participant } from "../programme/types.js";
import { type BonusUnit, bonusFor } from "./bonus.js";
import { yearKey } from "./component-table.js";
import { mandatoryFor } from "./mandatory.js";
import { compareCompletions } from "./order.js";
import type { PreparedProgramme } from "./prepare.js";
import { electiveRulesFor, yearlyMinimumFor } from "./rules.js";
import { targetFor } from "./target.js";
import type {
  BonusLine,
  CarryOverLine,
  CompletionLine,
  DateWindow,
  LineReason,
  Statement,
  StatementStatus,
  StatementWindow,
  YearMinimum,
} from "./types.js";

/** What evaluating one window yields: a statement without its identity and history. */
export type WindowEvaluation = Omit<Statement, "participant" | "asOf" | "window" | "history"> & {
  /** The components of the completions that count (listed, approved, not duplicates), in date order. */
  readonly counting: readonly Component[];
};

/** Surplus carried in from the window before (SPEC A6). */
export interface CarryIn {
  readonly from: DateWindow;
  readonly stars: number;
}

type CapReason = BonusLine["reason"];

/** Stamped scratch arrays for finding duplicates, reused from statement to statement. */
interface DuplicateScratch {
  readonly stamp: Int32Array;
  readonly line: Int32Array;
  /** The earliest approved date per key, for the mandatory obligations (see mandatory.ts). */
  readonly metStamp: Int32Array;
  readonly earliest: string[];
  generation: number;
}

const duplicateScratches = new WeakMap<PreparedProgramme, DuplicateScratch>();

/**
 * The duplicate scratch of a prepared programme, with a fresh generation: a stamp that is not the
 * current generation means "no line counts for this key yet", so nothing is cleared between
 * statements. Evaluations run one after another (JavaScript is single-threaded and nothing here
 * calls out), so one scratch per programme is enough; it is never visible outside.
 */
function duplicateScratch(prepared: PreparedProgramme): DuplicateScratch {
  let scratch = duplicateScratches.get(prepared);
  if (scratch === undefined) {
    const size = Math.max(1, prepared.table.keys);
    scratch = {
      stamp: new Int32Array(size),
      line: new Int32Array(size),
      metStamp: new Int32Array(size),
      earliest: new Array<string>(size).fill(""),
      generation: 0,
    };
    duplicateScratches.set(prepared, scratch);
  }
  if (++scratch.generation === 0x7fffffff) {
    scratch.stamp.fill(0);
    scratch.metStamp.fill(0);
    scratch.generation = 1;
  }
  return scratch;
}

/** The yearly minimum when the policy sets none: one frozen, shared empty list. */
const NO_YEARS: YearMinimum[] = Object.freeze([]) as unknown as YearMinimum[];

/** The caps in force while counting in date order (SPEC A6): the window cap and the category caps. */
class CapCounter {
  private capLeft: number;
  private bonusLeft: number;
  private readonly formatLeft: Map<string, number> | undefined;
  private readonly lineLeft: Map<string, number> | undefined;

  constructor(prepared: PreparedProgramme) {
    this.capLeft = prepared.programme.policy.cap ?? Number.POSITIVE_INFINITY;
    this.bonusLeft = prepared.bonusCap ?? Number.POSITIVE_INFINITY;
    if (prepared.hasCategoryCaps) {
      this.formatLeft = new Map(prepared.formatCaps);
      this.lineLeft = new Map(prepared.lineCaps);
    }
  }

  /** The outcome of the last `take` (kept on the counter so counting allocates nothing). */
  counted = 0;
  reason: CapReason = "counted";

  /** Counts one event's stars: how many count (`counted`), and why not all of them if not (`reason`). */
  take(stars: number, kind: "carry" | "bonus" | Component): void {
    let category = Number.POSITIVE_INFINITY;
    if (kind === "bonus") category = this.bonusLeft;
    else if (kind !== "carry" && this.formatLeft !== undefined && this.lineLeft !== undefined) {
      category = this.formatLeft.get(kind.format) ?? category;
      for (const line of kind.learningLines)
        category = Math.min(category, this.lineLeft.get(line) ?? category);
    }
    const limit = Math.min(category, this.capLeft);
    const counted = Math.min(stars, limit);
    // When both the window cap and a category cap bind, the window cap is named: it is the one
    // the participant is measured against.
    const reason: CapReason =
      counted === stars
        ? "counted"
        : this.capLeft <= category
          ? counted === 0
            ? "over-cap"
            : "partly-over-cap"
          : counted === 0
            ? "over-category-cap"
            : "partly-over-category-cap";
    this.capLeft -= counted;
    if (kind === "bonus") this.bonusLeft -= counted;
    else if (kind !== "carry" && this.formatLeft !== undefined && this.lineLeft !== undefined) {
      const f = this.formatLeft.get(kind.format);
      if (f !== undefined) this.formatLeft.set(kind.format, f - counted);
      for (const line of kind.learningLines) {
        const l = this.lineLeft.get(line);
        if (l !== undefined) this.lineLeft.set(line, l - counted);
      }
    }
    this.counted = counted;
    this.reason = reason;
  }
}

/**
 * Evaluates one window for one participant (SPEC A2–A8): classifies every completion, finds the
 * duplicates, places bonus and carried-over stars, cuts at the caps in date order, and derives
 * the totals, the target, the mandatory obligations, the policy's rules and the status.
 *
 * Duplicates (SPEC A7): of the completions of one non-repeatable component in the window (of a
 * repeatable one: in one year), the one with the most stars counts, the earliest among equals;
 * the others are duplicates. With equal stars that is SPEC's "later completions are duplicates";
 * preferring more stars keeps A10.3 (an added completion never lowers the stars).
 */
export function evaluateWindow(
  prepared: PreparedProgramme,
  participant: Participant,
  window: StatementWindow,
  asOf: string,
  carry: CarryIn | null,
): WindowEvaluation {
  const policy = prepared.programme.policy;
  const sorted = inOrder(participant.completions);
  const n = sorted.length;
  const reasons: LineReason[] = new Array(n);
  const components: (Component | undefined)[] = new Array(n);
  const countedStars: number[] = new Array(n).fill(0);
  const keys: number[] = new Array(n);
  const years: number[] = new Array(n);
  /** 1 for the lines that reach the caps: approved, listed, in the window, not duplicates. */
  const earns = new Uint8Array(n);
  // `best` maps a key (SPEC A7's "same component") to the line that counts for it, through
  // stamped scratch arrays on the prepared programme: no map is built per statement.
  const table = prepared.table;
  const best = duplicateScratch(prepared);
  const g = best.generation;
  let pendingAt: number[] | undefined;
  const lastDate = asOf < window.end ? asOf : window.end;

  for (let i = 0; i < n; i++) {
    const c = sorted[i] as Completion;
    const year = yearOf(c.date);
    years[i] = year;
    const number = table.numberOf.get(c.component);
    const slot = year - table.firstYear;
    const component =
      number !== undefined && slot >= 0 && slot < table.years
        ? table.components[slot * table.ids + number]
        : undefined;
    components[i] = component;
    // Any approved completion inside the window can meet an obligation, listed that year or not
    // (SPEC A3); in date order, the first one seen per key is the earliest.
    if (
      number !== undefined &&
      c.status === "approved" &&
      c.date >= window.start &&
      c.date <= lastDate
    ) {
      if (best.metStamp[number] !== g) {
        best.metStamp[number] = g;
        best.earliest[number] = c.date;
      }
      const perYear = yearKey(table, number, year);
      if (perYear >= 0 && best.metStamp[perYear] !== g) {
        best.metStamp[perYear] = g;
        best.earliest[perYear] = c.date;
      }
    }
    keys[i] =
      component === undefined
        ? -1
        : component.repeatable
          ? yearKey(table, number as number, year)
          : (number as number);
    if (c.date < window.start || c.date > window.end) reasons[i] = "outside-window";
    else if (c.date > asOf) reasons[i] = "after-as-of-date";
    else if (component === undefined) reasons[i] = "unknown-component";
    else if (c.status === "rejected") reasons[i] = "rejected";
    else if (c.status === "pending") {
      reasons[i] = "pending";
      if (pendingAt === undefined) pendingAt = [];
      pendingAt.push(i);
    } else {
      const key = keys[i] as number;
      const previous = best.stamp[key] === g ? (best.line[key] as number) : -1;
      if (previous < 0 || component.stars > (components[previous] as Component).stars) {
        if (previous >= 0) reasons[previous] = "duplicate";
        best.stamp[key] = g;
        best.line[key] = i;
        reasons[i] = "counted";
      } else reasons[i] = "duplicate";
    }
  }

  let pending = 0;
  if (pendingAt !== undefined) {
    const seen: number[] = [];
    for (const i of pendingAt) {
      const key = keys[i] as number;
      if (best.stamp[key] === g || seen.includes(key)) continue;
      seen.push(key);
      pending += (components[i] as Component).stars;
    }
  }

  const { units, roles } = bonusFor(prepared, participant, window, asOf);

  // Count in date order: carried-over stars first (first day of the window), then on each day the
  // bonus before the completions (SPEC A6).
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
  const bonusQueue = units.length > 1 ? [...units].sort(compareUnits) : units;
  const bonus: BonusLine[] = [];
  let b = 0;
  for (let i = 0; i <= n; i++) {
    const isCompletion = i < n;
    if (isCompletion && reasons[i] !== "counted") continue;
    const date = isCompletion ? (sorted[i] as Completion).date : null;
    // The bonus of a day comes before that day's completions.
    while (b < bonusQueue.length && (date === null || (bonusQueue[b] as BonusUnit).date <= date)) {
      const unit = bonusQueue[b++] as BonusUnit;
      caps.take(unit.stars, "bonus");
      bonus.push({
        theme: unit.theme,
        year: unit.year,
        date: unit.date,
        roles: unit.roles,
        stars: unit.stars,
        counted: caps.counted,
        reason: caps.reason,
      });
      counted += caps.counted;
      earned += unit.stars;
      if (countedByYear !== undefined) addTo(countedByYear, yearOf(unit.date), caps.counted);
    }
    if (!isCompletion) break;
    const component = components[i] as Component;
    caps.take(component.stars, component);
    reasons[i] = caps.reason;
    countedStars[i] = caps.counted;
    earns[i] = 1;
    counted += caps.counted;
    earned += component.stars;
    if (countedByYear !== undefined) addTo(countedByYear, yearOf(date as string), caps.counted);
  }

  const lines: CompletionLine[] = new Array(n);
  const counting: Component[] = [];
  for (let i = 0; i < n; i++) {
    const component = components[i];
    const reason = reasons[i] as LineReason;
    const earning = earns[i] === 1 && component !== undefined;
    if (earning) counting.push(component);
    lines[i] = {
      completion: sorted[i] as Completion,
      title: component?.title ?? null,
      year: years[i] as number,
      editionStars: component?.stars ?? null,
      stars: earning ? component.stars : 0,
      counted: countedStars[i] as number,
      reason,
    };
  }

  const { target, exemptions } = targetFor(policy, participant, window);
  const effective = target.effective;
  const mandatory = mandatoryFor(prepared, participant, window, asOf, {
    stamp: best.metStamp,
    earliest: best.earliest,
    generation: g,
  });
  const electiveRules = electiveRulesFor(policy, prepared.learningLineIds, participant, counting);
  const yearlyMinimum =
    countedByYear === undefined
      ? NO_YEARS
      : yearlyMinimumFor(policy.minimumPerYear, participant, window, asOf, countedByYear);

  const complete =
    counted >= effective &&
    mandatory.outstanding === 0 &&
    electiveRules.every((r) => r.met) &&
    yearlyMinimum.every((y) => y.status === "met");
  // On track: counted ≥ target × elapsed fraction (SPEC A8), in whole numbers to stay exact.
  const behind =
    counted * window.days < effective * window.elapsedDays ||
    mandatory.overdue > 0 ||
    yearlyMinimum.some((y) => y.status === "not-met");
  const status: StatementStatus = complete ? "complete" : behind ? "behind" : "on-track";

  return {
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
    counting,
  };
}

function compareUnits(a: BonusUnit, b: BonusUnit): number {
  return a.date < b.date
    ? -1
    : a.date > b.date
      ? 1
      : (a.theme ?? "") < (b.theme ?? "")
        ? -1
        : (a.theme ?? "") > (b.theme ?? "")
          ? 1
          : 0;
}

function addTo(map: Map<number, number>, key: number, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}

/**
 * The completions in canonical order (by date, then `compareCompletions`). Most inputs arrive in
 * date order already (an HR system lists them so), which one linear pass confirms; the others are
 * sorted by insertion on whole-number date keys: for the few dozen completions of a participant
 * that beats `Array.prototype.sort`, whose comparator calls dominate at this size.
 */
function inOrder(completions: readonly Completion[]): readonly Completion[] {
  const n = completions.length;
  if (n < 2) return completions;
  const keys = new Array<number>(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    const c = completions[i] as Completion;
    keys[i] = dateKey(c.date);
    if (
      i > 0 &&
      sorted &&
      ((keys[i - 1] as number) > (keys[i] as number) ||
        (keys[i - 1] === keys[i] && compareCompletions(completions[i - 1] as Completion, c) > 0))
    ) {
      sorted = false;
    }
  }
  if (sorted) return completions;
  const out = completions.slice();
  for (let i = 1; i < n; i++) {
    const item = out[i] as Completion;
    const key = keys[i] as number;
    let j = i - 1;
    while (j >= 0) {
      const k = keys[j] as number;
      if (k < key || (k === key && compareCompletions(out[j] as Completion, item) <= 0)) break;
      out[j + 1] = out[j] as Completion;
      keys[j + 1] = k;
      j--;
    }
    out[j + 1] = item;
    keys[j + 1] = key;
  }
  return out;
}

/** A `YYYY-MM-DD` date as the whole number YYYYMMDD, read digit by digit (same order as the text). */
function dateKey(date: string): number {
  return (
    (date.charCodeAt(0) - 48) * 10_000_000 +
    (date.charCodeAt(1) - 48) * 1_000_000 +
    (date.charCodeAt(2) - 48) * 100_000 +
    (date.charCodeAt(3) - 48) * 10_000 +
    (date.charCodeAt(5) - 48) * 1_000 +
    (date.charCodeAt(6) - 48) * 100 +
    (date.charCodeAt(8) - 48) * 10 +
    (date.charCodeAt(9) - 48)
  );
}
