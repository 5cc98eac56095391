import { yearOf } from "../dates/calendar-date.js";
import type { Component } from "../programme/types.js";
import {
  type Candidate,
  compareCost,
  costOf,
  type Group,
  type PlanContext,
  type PlanCost,
} from "./plan-search.js";
import { holdsItsComponent } from "./rules/duplicates.js";

/**
 * Branch and bound over the plan's groups (docs/plans.md §10), for the policies the dynamic
 * programme cannot model: learning-line caps and a yearly minimum count in date order, and a
 * component repeatable in one edition but not in another makes obligations overlap. Every plan it
 * evaluates is measured exactly (`costOf`: the statement of the followed plan), so it is only as
 * good as its bounds are sound. Each bound below relaxes the problem, never tightens it:
 *
 * - obligations, elective rules and learning lines only depend on which components a plan adds,
 *   never on the caps, so the chosen and the still-undecided items bound them directly;
 * - counted stars never exceed what the events could earn (events before the as-of date what
 *   they count now, later ones their full stars), the window cap, nor each category cap;
 * - a year's counted stars never exceed what the window cap leaves after the years before it;
 * - once the higher levels tie with the incumbent, a better plan needs at least the incumbent's
 *   counted stars (and each year's minimum), and the fewest non-matching items, hours (a
 *   fractional knapsack) and components that bring them are lower bounds.
 *
 * It stops after `budget` evaluated plans (the starting plans and the empty plan included) or
 * `budget × STEPS_PER_PLAN` steps of work; `exact` then says it did not finish and the best plan
 * found so far (never worse than the starting plans it measured) is returned. Its memory is its
 * explicit stack: at most one frame per group, each a few arrays over the capped categories and
 * the years.
 */

/** The result of a search: the chosen candidates and whether optimality is proven. */
export interface SearchResult {
  readonly items: readonly Candidate[];
  readonly exact: boolean;
  /** Plans measured with a statement: never more than the budget. */
  readonly evaluated: number;
  /** Its work in steps (see `STEPS_PER_PLAN`): stops before `budget × STEPS_PER_PLAN`. */
  readonly steps: number;
}

/** What the chosen items of a partial plan add up to. */
interface Partial {
  /** Stars per capped category (index 0: none). */
  readonly categoryStars: readonly number[];
  readonly nonMatch: number;
  readonly hours: number;
  readonly count: number;
  readonly order: bigint;
  readonly obligations: bigint;
  /** Electives among the items, and those sure to count as electives (see `sure`). */
  readonly electives: number;
  readonly sureElectives: number;
  readonly electiveStars: number;
  readonly lines: bigint;
  /** Stars per yearly-minimum year (the order of the statement's `yearlyMinimum`). */
  readonly yearStars: readonly number[];
  /** Stars per year and simple category (`year × categories + category`). */
  readonly simpleYear: readonly number[];
}

/** One group in search order, with the most its items could add. */
interface Node {
  readonly items: readonly Candidate[];
  readonly forced: boolean;
  readonly maxStars: number;
  /** Most stars of an item that matches the development points (0 if none does). */
  readonly maxMatching: number;
  /** Most stars of an item that does not (-∞ if none). */
  readonly maxNonMatching: number;
  readonly minHours: number;
  readonly obligations: bigint;
  readonly elective: boolean;
  readonly lines: bigint;
  readonly yearMax: readonly number[];
  readonly categoryMax: readonly number[];
}

/** A free group's item in the knapsack bounds, with its group's position. */
interface Ware {
  readonly at: number;
  readonly item: Candidate;
  readonly category: number;
  readonly year: number;
}

/**
 * The most groups the branch and bound searches. Its bounds look at every group ahead, so one
 * evaluation costs time in proportion to the groups (20,000 evaluations over 5,000 groups took
 * 6.5 s here), and its stack holds up to one frame per group, each with a bit set over the
 * candidates, so memory grows with their square. 2,000 groups (25 times the benchmark's
 * catalogue) keeps a default search near 2 s. Beyond it only the starting plans are measured, and
 * the plan is not called exact.
 */
export const BRANCH_GROUPS = 2_000;

/**
 * The most numbers (groups × capped categories × (years + 1)) in the branch and bound's per-group
 * tables of category and year stars, and in its stack's frames: 4,000,000 numbers keep each near
 * 32 MB. The benchmark's catalogue with two capped lines and a yearly minimum needs under 1,000;
 * it takes hundreds of capped learning lines over a long window to come near. Beyond it only the
 * starting plans are measured, and the plan is not called exact.
 */
export const BRANCH_TABLE = 4_000_000;

/**
 * The work the branch and bound may do per plan of its budget, in steps: one per group or free
 * item a bound looks at (per year, for the yearly minimum), one per completion, role and item of
 * a measured plan. The budget counts plans, but a plan of a large catalogue costs far more to
 * bound and measure than one of the benchmark's (20,000 plans over 1,000 groups with a target of
 * 999 took 27 s: 113 million steps), so the search also stops after `budget × 1,000` steps. A
 * search on the benchmark's catalogue uses about 400 steps a plan (at most 520 seen), so there the
 * budget binds first; a step took 0.1–0.3 µs here, so the default budget's 20 million steps take
 * a few seconds at most.
 */
export const STEPS_PER_PLAN = 1_000;

const zeros = (length: number) => new Array<number>(length).fill(0);
const add = (a: readonly number[], b: readonly number[]) => a.map((x, i) => x + (b[i] as number));

/** Finds the plan of least cost by branch and bound, starting from the given plans. */
export function branchAndBound(
  ctx: PlanContext,
  groups: readonly Group[],
  starts: readonly (readonly Candidate[])[],
  budget: number,
): SearchResult {
  if (groups.length > BRANCH_GROUPS) return bestOf(ctx, starts, budget);
  const { prepared, before } = ctx;
  const policy = prepared.programme.policy;
  const target = before.totals.target;
  const windowCap = policy.cap ?? Number.POSITIVE_INFINITY;

  // Capped categories: each event is charged to the tightest cap of its component (format or
  // learning line) or to the bonus cap; stars charged to one category never count beyond its cap.
  const caps: number[] = [Number.POSITIVE_INFINITY];
  const categoryIndex = new Map<string, number>();
  const category = (key: string, cap: number) => {
    let i = categoryIndex.get(key);
    if (i === undefined) {
      i = caps.push(cap) - 1;
      categoryIndex.set(key, i);
    }
    return i;
  };
  /** The caps that apply to a component's stars: its format's and its learning lines'. */
  const capsOf = (c: Component): { key: string; cap: number }[] => {
    const out: { key: string; cap: number }[] = [];
    const f = prepared.formatCaps.get(c.format);
    if (f !== undefined) out.push({ key: `format:${c.format}`, cap: f });
    for (const l of c.learningLines) {
      const cap = prepared.lineCaps.get(l);
      if (cap !== undefined) out.push({ key: `line:${l}`, cap });
    }
    return out;
  };
  const categoryOf = (c: Component | undefined): number => {
    let tightest: { key: string; cap: number } | undefined;
    for (const k of c === undefined ? [] : capsOf(c))
      if (!tightest || k.cap < tightest.cap) tightest = k;
    return tightest === undefined ? 0 : category(tightest.key, tightest.cap);
  };
  const bonusCategory = prepared.bonusCap === null ? 0 : category("bonus", prepared.bonusCap);
  const categoryOfItem = new Map(ctx.candidates.map((c) => [c, categoryOf(c.component)]));
  // A component under one cap only is "pure"; a category all of whose components are pure is
  // "simple": its counted stars are its own events' alone (used for the yearly minimum's bound).
  const impure = new Set<number>();
  const touch = (c: Component | undefined) => {
    const all = c === undefined ? [] : capsOf(c);
    if (all.length > 1) for (const k of all) impure.add(category(k.key, k.cap));
  };

  // What the existing events could count at most, per category and per yearly-minimum year.
  // Those dated before the as-of date come before every item of a plan in the date order, so
  // they count what they count now; later ones at most their full stars (a plan's items can cut
  // them, never raise them above their stars).
  const asOf = ctx.asOf;
  const years = before.yearlyMinimum.map((y) => y.year);
  const yearIndex = new Map(years.map((y, i) => [y, i]));
  // `year` is -1 for carried-over stars: they count towards no year's minimum.
  interface Charge {
    readonly category: number;
    readonly component: Component | undefined;
    readonly stars: number;
    readonly year: number;
    readonly fixed: boolean;
  }
  const charged: Charge[] = [];
  const charge = (
    category: number,
    component: Component | undefined,
    date: string,
    stars: number,
    counted: number,
    year: number,
  ) => {
    const fixed = date < asOf;
    charged.push({ category, component, stars: fixed ? counted : stars, year, fixed });
  };
  for (const line of before.lines) {
    if (!holdsItsComponent(line.reason)) continue;
    const component = prepared.byYear.get(line.year)?.get(line.completion.component);
    const date = line.completion.date;
    charge(categoryOf(component), component, date, line.stars, line.counted, yearOf(date));
  }
  for (const line of before.bonus)
    charge(bonusCategory, undefined, line.date, line.stars, line.counted, yearOf(line.date));
  const carry = before.carryOver;
  // Carried-over stars come first in the date order: what they count now, they count in any plan.
  if (carry !== null) charge(0, undefined, ctx.window.start, carry.counted, carry.counted, -1);
  for (const e of charged) touch(e.component);
  for (const c of ctx.candidates) touch(c.component);
  /** The simple category of a component's stars (0: no cap), or -1. */
  const simpleOf = (k: number, c: Component | undefined) =>
    impure.has(k) || (c !== undefined && capsOf(c).length > 1) ? -1 : k;
  const simpleOfItem = new Map(
    ctx.candidates.map((c) => [c, simpleOf(categoryOfItem.get(c) as number, c.component)]),
  );
  const existingCategory = caps.map(() => 0);
  const existingYear = years.map(() => 0);
  // Per year, a lower bound of what the events of earlier years (and carry-over) count, which the
  // year's own events cannot take from the window cap. Fixed events count what they count now;
  // and unless the window cap cuts, the events of a simple category count their full stars or,
  // together, the category's cap. `fixedBefore` holds the fixed stars of the other events.
  const certainBefore = years.map(() => zeros(caps.length));
  const fixedBefore = years.map(() => 0);
  for (const e of charged) {
    existingCategory[e.category] = (existingCategory[e.category] as number) + e.stars;
    const y = yearIndex.get(e.year);
    if (y !== undefined) existingYear[y] = (existingYear[y] as number) + e.stars;
    const k = simpleOf(e.category, e.component);
    for (let i = 0; i < years.length; i++) {
      if (e.year >= (years[i] as number)) continue;
      if (k >= 0) {
        const row = certainBefore[i] as number[];
        row[k] = (row[k] as number) + e.stars;
      } else if (e.fixed) fixedBefore[i] = (fixedBefore[i] as number) + e.stars;
    }
  }
  /** What the events before year `y` count at least, given simple-category stars before it. */
  const certainCount = (y: number, extra: (k: number) => number) => {
    const row = certainBefore[y] as number[];
    let sum = fixedBefore[y] as number;
    for (let k = 0; k < caps.length; k++)
      sum += Math.min(caps[k] as number, (row[k] as number) + extra(k));
    return sum;
  };
  const existing = existingCategory.reduce((sum, s, i) => sum + Math.min(caps[i] as number, s), 0);
  const room = caps.map((cap, i) => cap - Math.min(cap, existingCategory[i] as number));
  const useful = (stars: readonly number[]) =>
    stars.reduce((sum, s, i) => sum + Math.min(room[i] as number, s), 0);

  // Its per-group tables hold a row over the capped categories per year: beyond the bound their
  // memory alone would be hundreds of MB (hundreds of capped learning lines over ten years).
  if (groups.length * caps.length * (years.length + 1) > BRANCH_TABLE)
    return bestOf(ctx, starts, budget);

  // Bits for the outstanding obligations and for the learning lines still to cover.
  const outstanding = before.mandatory.obligations.filter((o) => o.completedOn === null);
  const oblBit = new Map(outstanding.map((o, i) => [o, 1n << BigInt(i)]));
  const rule = (name: string) => before.electiveRules.find((r) => r.rule === name);
  const minRule = rule("min-count");
  const maxRule = rule("max-count");
  const starsRule = rule("max-stars");
  const missing = rule("cover-every-learning-line")?.missing ?? [];
  const lineBit = new Map(missing.map((l, i) => [l, 1n << BigInt(i)]));
  const allLines = (1n << BigInt(missing.length)) - 1n;
  // Each year's own minimum: a part of a year asks its part (rules A6.10).
  const minimums = before.yearlyMinimum.map((y) => y.minimum);

  // An id repeatable in one edition and not in another has items in more than one group, and the
  // statement may call one of them a duplicate: such items raise no lower bound.
  const keysOf = new Map<string, Set<number>>();
  for (const c of ctx.candidates) {
    const keys = keysOf.get(c.id) ?? new Set<number>();
    keys.add(c.key);
    keysOf.set(c.id, keys);
  }
  const sure = (c: Candidate) => (keysOf.get(c.id) as Set<number>).size === 1;
  const oblBits = (c: Candidate) => {
    let bits = 0n;
    for (const o of c.obligations) bits |= oblBit.get(o) ?? 0n;
    return bits;
  };
  const lineBits = (c: Candidate) => {
    let bits = 0n;
    for (const l of c.component.learningLines) bits |= lineBit.get(l) ?? 0n;
    return bits;
  };

  // Search order: required groups first, then the most stars per hour; within a group the same.
  const perHour = (c: Candidate) => c.stars / Math.max(1, c.cost);
  const byValue = (a: Candidate, b: Candidate) => perHour(b) - perHour(a) || a.index - b.index;
  const nodes: Node[] = groups
    .map((g): Node => {
      const items = [...g.items].sort(byValue);
      const yearMax = years.map(() => 0);
      const categoryMax = caps.map(() => 0);
      let obligations = 0n;
      let lines = 0n;
      let maxMatching = 0;
      let maxNonMatching = Number.NEGATIVE_INFINITY;
      for (const c of items) {
        obligations |= oblBits(c);
        lines |= lineBits(c);
        const y = yearIndex.get(c.year);
        if (y !== undefined) yearMax[y] = Math.max(yearMax[y] as number, c.stars);
        const k = categoryOfItem.get(c) as number;
        categoryMax[k] = Math.max(categoryMax[k] as number, c.stars);
        if (c.nonMatch === 0) maxMatching = Math.max(maxMatching, c.stars);
        else maxNonMatching = Math.max(maxNonMatching, c.stars);
      }
      return {
        items,
        forced: g.forced,
        maxStars: Math.max(...items.map((c) => c.stars)),
        maxMatching,
        maxNonMatching,
        minHours: Math.min(...items.map((c) => c.cost)),
        obligations,
        elective: items.some((c) => c.elective),
        lines,
        yearMax,
        categoryMax,
      };
    })
    .sort(
      (a, b) =>
        Number(b.forced) - Number(a.forced) ||
        byValue(a.items[0] as Candidate, b.items[0] as Candidate),
    );

  // Suffix sums: the most the groups from position p on could add.
  const n = nodes.length;
  const suffix = <T>(empty: T, step: (after: T, g: Node) => T): T[] => {
    const out = new Array<T>(n + 1);
    out[n] = empty;
    for (let p = n - 1; p >= 0; p--) out[p] = step(out[p + 1] as T, nodes[p] as Node);
    return out;
  };
  const sufMatching = suffix(0, (s, g) => s + g.maxMatching);
  const sufObligations = suffix(0n, (s, g) => s | g.obligations);
  const sufElectives = suffix(0, (s, g) => s + (g.elective ? 1 : 0));
  const sufLines = suffix(0n, (s, g) => s | g.lines);
  const sufYear = suffix(zeros(years.length), (s, g) => add(s, g.yearMax));
  const sufCategory = suffix(zeros(caps.length), (s, g) => add(s, g.categoryMax));
  const forced = (g: Node) => (g.forced ? 1 : 0);
  const sufForced = suffix(0, (s, g) => s + forced(g));
  const sufForcedStars = suffix(0, (s, g) => s + forced(g) * g.maxStars);
  const sufForcedHours = suffix(0, (s, g) => s + forced(g) * g.minHours);
  // Required groups all of whose items lie before a year in one simple category: their fewest
  // stars surely come before that year (per year × category).
  const C = caps.length;
  const sufForcedBefore = suffix(zeros(years.length * C), (after, g) => {
    const k = simpleOfItem.get(g.items[0] as Candidate) as number;
    const same = g.items.every((c) => simpleOfItem.get(c) === k);
    if (!g.forced || k < 0 || !same) return after;
    const fewest = Math.min(...g.items.map((c) => c.stars));
    return after.map((x, j) =>
      j % C === k && g.items.every((c) => c.year < (years[Math.floor(j / C)] as number))
        ? x + fewest
        : x,
    );
  });
  const sufForcedYear = suffix(zeros(years.length), (s, g) => (g.forced ? add(s, g.yearMax) : s));

  // The free groups' items, fewest hours per star first; their groups' best stars, most first.
  const wares: Ware[] = [];
  nodes.forEach((g, at) => {
    if (g.forced) return;
    for (const item of g.items)
      wares.push({
        at,
        item,
        category: categoryOfItem.get(item) as number,
        year: yearIndex.get(item.year) ?? -1,
      });
  });
  wares.sort(
    (a, b) =>
      a.item.cost * b.item.stars - b.item.cost * a.item.stars || a.item.index - b.item.index,
  );
  const freeStars = nodes
    .flatMap((g, at) => (g.forced ? [] : [{ at, stars: g.maxStars }]))
    .sort((a, b) => b.stars - a.stars);
  const nonMatching = nodes
    .map((g, at) => ({ at, stars: g.maxNonMatching }))
    .filter((g) => g.stars > 0)
    .sort((a, b) => b.stars - a.stars);

  /** The fewest hours the free items from `p` on need to bring `need` useful stars. */
  const hoursByCategory = (p: number, s: Partial, need: number): number => {
    const left = room.map((r, i) => r - (s.categoryStars[i] as number));
    let hours = 0;
    for (let i = 0; need > 0 && i < wares.length; i++) {
      const w = wares[i] as Ware;
      if (w.at < p) continue;
      const take = Math.min(need, w.item.stars, left[w.category] as number);
      if (take <= 0) continue;
      hours += (w.item.cost * take) / w.item.stars;
      left[w.category] = (left[w.category] as number) - take;
      need -= take;
    }
    return hours;
  };

  /** The same with each year's missing stars first (the yearly minimum a better plan must meet). */
  const hoursByYear = (p: number, yearNeed: readonly number[], need: number): number => {
    const taken = new Float64Array(wares.length);
    let hours = 0;
    for (let y = 0; y < years.length; y++) {
      let left = yearNeed[y] as number;
      for (let i = 0; left > 0 && i < wares.length; i++) {
        const w = wares[i] as Ware;
        if (w.at < p || w.year !== y) continue;
        const take = Math.min(left, w.item.stars);
        hours += (w.item.cost * take) / w.item.stars;
        taken[i] = take;
        left -= take;
        need -= take;
      }
    }
    for (let i = 0; need > 0 && i < wares.length; i++) {
      const w = wares[i] as Ware;
      if (w.at < p) continue;
      const take = Math.min(need, w.item.stars - (taken[i] as number));
      if (take <= 0) continue;
      hours += (w.item.cost * take) / w.item.stars;
      need -= take;
    }
    return hours;
  };

  /** Whether a plan that extends `s` with groups from `p` on may beat `best` (see the top). */
  const mayBeat = (p: number, s: Partial, best: PlanCost): boolean => {
    const met = s.obligations | (sufObligations[p] as bigint);
    let obligations = before.mandatory.outstanding;
    for (const bit of oblBit.values()) if ((met & bit) !== 0n) obligations--;
    if (obligations !== best.obligations) return obligations < best.obligations;

    const ahead = sufCategory[p] as number[];
    const most = Math.min(
      windowCap,
      existing + useful(s.categoryStars.map((x, i) => x + (ahead[i] as number))),
    );
    const shortfall = Math.max(0, target - most);
    if (shortfall !== best.shortfall) return shortfall < best.shortfall;

    // Rules no extension can meet; with the rules tied, a better plan meets all the others.
    let rules = 0;
    const electivesMet =
      minRule === undefined ||
      minRule.actual + s.electives + (sufElectives[p] as number) >= minRule.limit;
    if (!electivesMet) rules++;
    if (maxRule && maxRule.actual + s.sureElectives > maxRule.limit) rules++;
    if (starsRule && starsRule.actual + s.electiveStars > starsRule.limit) rules++;
    if (missing.length > 0 && (allLines & ~(s.lines | (sufLines[p] as bigint))) !== 0n) rules++;
    const yearsAhead = sufYear[p] as number[];
    const forcedYear = sufForcedYear[p] as number[];
    const forcedBefore = sufForcedBefore[p] as number[];
    const yearNeed = years.map((_, y) => {
      const have = (existingYear[y] as number) + (s.yearStars[y] as number);
      const certain = certainCount(y, (k) => {
        let sum = forcedBefore[y * C + k] as number;
        for (let i = 0; i < years.length; i++)
          if ((years[i] as number) < (years[y] as number)) sum += s.simpleYear[i * C + k] as number;
        return sum;
      });
      const most = Math.min(
        have + (yearsAhead[y] as number),
        windowCap - Math.min(windowCap, certain),
      );
      const minimum = minimums[y] as number;
      if (most < minimum) {
        rules++;
        return 0;
      }
      return Math.max(0, minimum - have - (forcedYear[y] as number));
    });
    if (rules !== best.rules) return rules < best.rules;

    // The higher levels tie: a better plan counts at least target − shortfall, so its new items
    // bring at least `need` more useful stars.
    const need = target - best.shortfall - existing - useful(s.categoryStars);
    let nonMatch = s.nonMatch;
    let short = need - (sufMatching[p] as number);
    for (let i = 0; short > 0 && i < nonMatching.length; i++) {
      const g = nonMatching[i] as { at: number; stars: number };
      if (g.at < p) continue;
      nonMatch++;
      short -= g.stars;
    }
    if (nonMatch !== best.nonMatch) return nonMatch < best.nonMatch;

    const freeNeed = need - (sufForcedStars[p] as number);
    const hoursAhead = Math.max(
      hoursByCategory(p, s, freeNeed),
      years.length === 0 ? 0 : hoursByYear(p, yearNeed, freeNeed),
    );
    const hours = s.hours + (sufForcedHours[p] as number) + Math.ceil(hoursAhead - 1e-9);
    if (hours !== best.hours) return hours < best.hours;

    let count = s.count + (sufForced[p] as number);
    let left = freeNeed;
    for (let i = 0; left > 0 && i < freeStars.length; i++) {
      const g = freeStars[i] as { at: number; stars: number };
      if (g.at < p) continue;
      count++;
      left -= g.stars;
    }
    if (electivesMet && minRule !== undefined)
      count = Math.max(count, s.count + minRule.limit - minRule.actual - s.electives);
    if (count !== best.count) return count < best.count;
    return s.order < best.order;
  };

  const extend = (s: Partial, c: Candidate): Partial => {
    const counts = sure(c) && c.elective;
    const y = yearIndex.get(c.year);
    const k = categoryOfItem.get(c) as number;
    const simple = simpleOfItem.get(c) as number;
    return {
      categoryStars: s.categoryStars.map((x, i) => (i === k ? x + c.stars : x)),
      nonMatch: s.nonMatch + c.nonMatch,
      hours: s.hours + c.cost,
      count: s.count + 1,
      order: s.order | (1n << BigInt(c.index)),
      obligations: s.obligations | oblBits(c),
      electives: s.electives + (c.elective ? 1 : 0),
      sureElectives: s.sureElectives + (counts ? 1 : 0),
      electiveStars: s.electiveStars + (counts ? c.stars : 0),
      lines: s.lines | lineBits(c),
      yearStars: s.yearStars.map((x, i) => (i === y ? x + c.stars : x)),
      simpleYear:
        y === undefined || simple < 0
          ? s.simpleYear
          : s.simpleYear.map((x, j) => (j === y * C + simple ? x + c.stars : x)),
    };
  };

  // The starting plans come first, then the empty plan; each counts against the budget, so a
  // budget smaller than their number leaves the search unfinished (and `exact` false).
  let best: Candidate[] = [];
  let bestCost: PlanCost | null = null;
  let evaluated = 0;
  // Work in steps (see `STEPS_PER_PLAN`): a bound looks at every group and, per year, every free
  // item; a measured plan costs an evaluation of the measured window over the completions it reads
  // (`ctx.measured`), the roles and the plan's items. The earlier windows are not evaluated again.
  const boundSteps = n + wares.length * (years.length + 1) + C * (years.length + 1) ** 2;
  const statementSteps = ctx.measured.participant.completions.length + ctx.base.roles.length + 1;
  let steps = 0;
  const consider = (items: readonly Candidate[]) => {
    const cost = costOf(ctx, items);
    evaluated++;
    steps += statementSteps + items.length;
    if (bestCost === null || compareCost(cost, bestCost) < 0) {
      best = [...items];
      bestCost = cost;
    }
  };
  let finished = true;
  for (const start of [...starts, []]) {
    if (evaluated >= budget) finished = false;
    else consider(start);
  }
  if (!finished) return { items: sorted(best), exact: false, evaluated, steps };

  // Depth first over the groups: each item of the group, then (unless required) none of them.
  // Every set of items is evaluated once, when its last item is added. The stack is explicit, so
  // the walk's depth (up to one frame per group) is bounded by memory, not by the call stack.
  interface Frame {
    readonly p: number;
    readonly s: Partial;
    /** The next item of the group to try; `items.length`: the branch without the group. */
    next: number;
    /** Whether the frame's current item is on `chosen`. */
    pushed: boolean;
  }
  const chosen: Candidate[] = [];
  const stack: Frame[] = [];
  const limit = budget * STEPS_PER_PLAN;
  const enter = (p: number, s: Partial) => {
    if (p === n) return;
    if (steps >= limit) {
      finished = false;
      return;
    }
    steps += boundSteps;
    if (mayBeat(p, s, bestCost as PlanCost)) stack.push({ p, s, next: 0, pushed: false });
  };
  enter(0, {
    categoryStars: zeros(caps.length),
    nonMatch: 0,
    hours: 0,
    count: 0,
    order: 0n,
    obligations: 0n,
    electives: 0,
    sureElectives: 0,
    electiveStars: 0,
    lines: 0n,
    yearStars: zeros(years.length),
    simpleYear: zeros(years.length * C),
  });
  while (finished && stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    if (frame.pushed) {
      chosen.pop();
      frame.pushed = false;
    }
    const g = nodes[frame.p] as Node;
    if (frame.next < g.items.length) {
      if (evaluated >= budget || steps >= limit) {
        finished = false;
        break;
      }
      const c = g.items[frame.next++] as Candidate;
      chosen.push(c);
      frame.pushed = true;
      consider(chosen);
      enter(frame.p + 1, extend(frame.s, c));
    } else {
      stack.pop();
      if (!g.forced) enter(frame.p + 1, frame.s);
    }
  }
  return { items: sorted(best), exact: finished, evaluated, steps };
}

const sorted = (items: readonly Candidate[]) => [...items].sort((a, b) => a.index - b.index);

/** The best of the starting plans and the empty plan, as far as the budget reaches; not exact. */
function bestOf(
  ctx: PlanContext,
  starts: readonly (readonly Candidate[])[],
  budget: number,
): SearchResult {
  let best: readonly Candidate[] = [];
  let bestCost: PlanCost | null = null;
  let evaluated = 0;
  let steps = 0;
  for (const items of [...starts, []]) {
    if (evaluated >= budget) break;
    const cost = costOf(ctx, items);
    evaluated++;
    steps += ctx.base.completions.length + ctx.base.roles.length + 1 + items.length;
    if (bestCost === null || compareCost(cost, bestCost) < 0) {
      best = items;
      bestCost = cost;
    }
  }
  return { items: sorted(best), exact: false, evaluated, steps };
}
