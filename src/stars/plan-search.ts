import { yearEnd, yearOf, yearStart } from "../dates/calendar-date.js";
import type { Component, DevelopmentPoint, Participant } from "../programme/types.js";
import type { PreparedProgramme } from "./prepare.js";
import { isElectiveFor } from "./rules.js";
import { computeStatement } from "./statement.js";
import type { LineReason, Obligation, Statement, StatementWindow } from "./types.js";
import { windowFor } from "./window.js";

/**
 * The search behind `planToTarget` (docs/plans.md). A plan is a set of candidate items (a
 * component in a remaining edition); its cost is the vector
 * `(unmet obligations, shortfall, unmet rules, non-matching electives, hours, components, order)`
 * compared lexicographically, all measured on the statement the followed plan gives. The last
 * entry is a bit set over the candidates in (year, id) order compared from the highest bit: it is
 * additive over disjoint sets, so the dynamic programme stays exact with it.
 */

/** Line reasons of a completion that counts for its component (so another one is a duplicate). */
export const COUNTING: ReadonlySet<LineReason> = new Set<LineReason>([
  "counted",
  "partly-over-cap",
  "over-cap",
  "partly-over-category-cap",
  "over-category-cap",
]);

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
  /** SPEC A7's "same component": the id, or `id@year` for a repeatable one. */
  readonly key: string;
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

function keyOf(component: Component | undefined, id: string, year: number): string {
  return component?.repeatable === true ? `${id}@${year}` : id;
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

  const taken = new Set<string>();
  for (const line of before.lines) {
    if (!COUNTING.has(line.reason)) continue;
    const id = line.completion.component;
    taken.add(keyOf(prepared.byYear.get(line.year)?.get(id), id, line.year));
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
  const mandatoryIds = new Set(outstanding.map((o) => o.component));
  for (const y of years) {
    const edition = prepared.byYear.get(y) as ReadonlyMap<string, Component>;
    // A component without an estimate is weighed as the edition's longest one (docs/plans.md
    // §8.5): pessimistic, so a plan never prefers it for an unknown duration.
    let longest = 0;
    for (const c of edition.values())
      if (c.hours !== undefined && c.hours > longest) longest = c.hours;
    for (const c of edition.values()) {
      const key = keyOf(c, c.id, y);
      if (taken.has(key)) continue;
      const obligations = mandatoryIds.has(c.id)
        ? outstanding.filter((o) => meetsObligation(prepared, o, c.id, key))
        : [];
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
  const unavailable = outstanding.filter((o) => !raw.some((r) => r.obligations.includes(o)));
  return { prepared, window, asOf, measuredOn, years, base, before, candidates, unavailable };
}

function isRepeatableObligation(prepared: PreparedProgramme, o: Obligation): boolean {
  return prepared.byYear.get(o.year)?.get(o.component)?.repeatable === true;
}

/**
 * Whether completing `id` (key `key`) meets an obligation: a repeatable one needs a completion in
 * its own edition's year (key `id@year`); any other is met by any completion in the window.
 */
function meetsObligation(
  prepared: PreparedProgramme,
  o: Obligation,
  id: string,
  key: string,
): boolean {
  if (o.component !== id) return false;
  return isRepeatableObligation(prepared, o) ? key === `${id}@${o.year}` : true;
}

/** The participant with a plan's items added as approved completions. */
export function followed(ctx: PlanContext, items: readonly Candidate[]): Participant {
  return {
    ...ctx.base,
    completions: [
      ...ctx.base.completions,
      ...items.map((c) => ({ component: c.id, date: c.date, status: "approved" as const })),
    ],
  };
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
 * The cost of a plan measured on the statement of the followed plan (SPEC A10.8's oracle, and the
 * branch and bound's evaluation).
 */
export function costOf(ctx: PlanContext, items: readonly Candidate[]): PlanCost {
  const s = computeStatement(ctx.prepared, followed(ctx, items), ctx.measuredOn);
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
  const byKey = new Map<string, Candidate[]>();
  for (const c of ctx.candidates) {
    const list = byKey.get(c.key);
    if (list === undefined) byKey.set(c.key, [c]);
    else list.push(c);
  }
  // Each outstanding obligation must be met by exactly one group's items for the dynamic
  // programme; a component repeatable in one edition and not in another can break that.
  // Otherwise no group is required, and the search weighs meeting the obligation like any cost.
  let clean = true;
  const forcedKeys = new Set<string>();
  for (const o of ctx.before.mandatory.obligations) {
    if (o.completedOn !== null) continue;
    const keys = new Set(ctx.candidates.filter((c) => c.obligations.includes(o)).map((c) => c.key));
    if (keys.size > 1) clean = false;
    else for (const k of keys) forcedKeys.add(k);
  }
  const groups = [...byKey].map(([key, items]) => ({ items, forced: forcedKeys.has(key) }));
  return { groups, clean };
}

/**
 * The dynamic programme over the state the followed plan's statement depends on when counting
 * does not depend on the date order (no learning-line caps, no yearly minimum): stars towards the
 * target outside the format caps and per capped format (each up to what can still count), the
 * elective count and stars, and the learning lines still to cover. Per state it keeps the least
 * additive cost (non-matching, hours, components, order); the best final state then decides.
 */
export function dynamicPlan(ctx: PlanContext, groups: readonly Group[]): Candidate[] {
  const prepared = ctx.prepared;
  const policy = prepared.programme.policy;
  const before = ctx.before;
  const counted = before.totals.counted;
  const target = before.totals.target;
  const capRoom =
    policy.cap === null ? Number.POSITIVE_INFINITY : Math.max(0, policy.cap - counted);
  const need = Math.max(0, Math.min(capRoom, target - counted));

  // Room left per capped format, from what the counted lines already took.
  const formatRoom = new Map<string, number>();
  for (const [format, max] of prepared.formatCaps) formatRoom.set(format, max);
  for (const line of before.lines) {
    const c = prepared.byYear.get(line.year)?.get(line.completion.component);
    if (c === undefined || line.counted === 0) continue;
    const room = formatRoom.get(c.format);
    if (room !== undefined) formatRoom.set(c.format, room - line.counted);
  }

  // Dimensions of the state, in mixed radix.
  const sizes: number[] = [need + 1];
  const formatDim = new Map<string, number>();
  for (const c of ctx.candidates) {
    const room = formatRoom.get(c.component.format);
    if (room === undefined || formatDim.has(c.component.format)) continue;
    formatDim.set(c.component.format, sizes.length);
    sizes.push(Math.max(0, Math.min(room, need)) + 1);
  }
  const rule = (name: string) => before.electiveRules.find((r) => r.rule === name);
  const minRule = rule("min-count");
  const maxRule = rule("max-count");
  const starsRule = rule("max-stars");
  const coverRule = rule("cover-every-learning-line");
  const minNeed = minRule === undefined ? 0 : Math.max(0, minRule.limit - minRule.actual);
  const maxAllow = maxRule === undefined ? -1 : maxRule.limit - maxRule.actual;
  const starsAllow = starsRule === undefined ? -1 : starsRule.limit - starsRule.actual;
  let constantRules = 0;
  if (maxRule !== undefined && maxAllow < 0) constantRules++;
  if (starsRule !== undefined && starsAllow < 0) constantRules++;
  const countTop = Math.max(minNeed, maxAllow + 1);
  const countDim = countTop > 0 ? sizes.push(countTop + 1) - 1 : -1;
  const starsDim = starsAllow >= 0 ? sizes.push(starsAllow + 2) - 1 : -1;
  let lineBits = new Map<string, number>();
  let coverDim = -1;
  let fullMask = 0;
  if (coverRule !== undefined && coverRule.missing.length > 0) {
    const coverable = coverRule.missing.filter((l) =>
      ctx.candidates.some((c) => c.component.learningLines.includes(l)),
    );
    if (coverable.length < coverRule.missing.length || coverable.length > 16) constantRules++;
    else {
      lineBits = new Map(coverable.map((l, i) => [l, 1 << i]));
      fullMask = (1 << coverable.length) - 1;
      coverDim = sizes.push(fullMask + 1) - 1;
    }
  }
  const strides: number[] = [];
  let total = 1;
  for (const s of sizes) {
    strides.push(total);
    total *= s;
  }

  // Per candidate, its move on each dimension.
  interface Move {
    readonly dim: number;
    readonly stars: number;
    readonly elective: number;
    readonly electiveStars: number;
    readonly lines: number;
  }
  const moves = new Map<Candidate, Move>();
  for (const c of ctx.candidates) {
    let lines = 0;
    for (const l of c.component.learningLines) lines |= lineBits.get(l) ?? 0;
    const elective = c.elective ? 1 : 0;
    moves.set(c, {
      dim: formatDim.get(c.component.format) ?? 0,
      stars: c.stars,
      elective,
      electiveStars: elective * c.stars,
      lines,
    });
  }
  const start = coverDim < 0 ? 0 : fullMask * (strides[coverDim] as number);
  const digit = (state: number, d: number) =>
    Math.floor(state / (strides[d] as number)) % (sizes[d] as number);
  const step = (state: number, m: Move): number => {
    let next = state;
    const bump = (d: number, by: number) => {
      if (d < 0 || by === 0) return;
      const v = digit(next, d);
      const top = (sizes[d] as number) - 1;
      const nv = Math.min(top, v + by);
      next += (nv - v) * (strides[d] as number);
    };
    bump(m.dim, m.stars);
    bump(countDim, m.elective);
    bump(starsDim, m.electiveStars);
    if (coverDim >= 0 && m.lines !== 0) {
      const v = digit(next, coverDim);
      next += ((v & ~m.lines) - v) * (strides[coverDim] as number);
    }
    return next;
  };

  // Costs per state: non-matching, hours, components (Infinity = unreachable) and the order.
  let nm = new Float64Array(total).fill(Number.POSITIVE_INFINITY);
  let hours = new Float64Array(total);
  let count = new Float64Array(total);
  let order: bigint[] = new Array<bigint>(total).fill(0n);
  nm[start] = 0;
  const choices: Int32Array[] = [];
  const parents: Int32Array[] = [];
  for (const group of groups) {
    const nnm = new Float64Array(total).fill(Number.POSITIVE_INFINITY);
    const nh = new Float64Array(total);
    const nc = new Float64Array(total);
    const no: bigint[] = new Array<bigint>(total).fill(0n);
    const choice = new Int32Array(total).fill(-1);
    const parent = new Int32Array(total).fill(-1);
    if (!group.forced) {
      for (let s = 0; s < total; s++) {
        if (nm[s] === Number.POSITIVE_INFINITY) continue;
        nnm[s] = nm[s] as number;
        nh[s] = hours[s] as number;
        nc[s] = count[s] as number;
        no[s] = order[s] as bigint;
        parent[s] = s;
      }
    }
    for (let s = 0; s < total; s++) {
      const base = nm[s] as number;
      if (base === Number.POSITIVE_INFINITY) continue;
      for (let k = 0; k < group.items.length; k++) {
        const item = group.items[k] as Candidate;
        const t = step(s, moves.get(item) as Move);
        const a = base + item.nonMatch;
        const h = (hours[s] as number) + item.cost;
        const c = (count[s] as number) + 1;
        const cur = nnm[t] as number;
        let better =
          a < cur ||
          (a === cur && (h < (nh[t] as number) || (h === nh[t] && c < (nc[t] as number))));
        let o: bigint | undefined;
        if (!better && a === cur && h === nh[t] && c === nc[t]) {
          o = (order[s] as bigint) | (1n << BigInt(item.index));
          better = o < (no[t] as bigint);
        }
        if (!better) continue;
        nnm[t] = a;
        nh[t] = h;
        nc[t] = c;
        no[t] = o ?? (order[s] as bigint) | (1n << BigInt(item.index));
        choice[t] = k;
        parent[t] = s;
      }
    }
    nm = nnm;
    hours = nh;
    count = nc;
    order = no;
    choices.push(choice);
    parents.push(parent);
  }

  // The best final state: least shortfall, then fewest unmet rules, then the additive cost.
  let bestState = -1;
  let bestKey: PlanCost | null = null;
  for (let s = 0; s < total; s++) {
    if (nm[s] === Number.POSITIVE_INFINITY) continue;
    let gain = digit(s, 0);
    for (const d of formatDim.values()) gain += digit(s, d);
    gain = Math.min(need, gain);
    let rules = constantRules;
    if (countDim >= 0) {
      const n = digit(s, countDim);
      if (n < minNeed) rules++;
      if (maxRule !== undefined && maxAllow >= 0 && n > maxAllow) rules++;
    }
    if (starsDim >= 0 && digit(s, starsDim) > starsAllow) rules++;
    if (coverDim >= 0 && digit(s, coverDim) !== 0) rules++;
    const key: PlanCost = {
      obligations: 0,
      shortfall: Math.max(0, target - counted - gain),
      rules,
      nonMatch: nm[s] as number,
      hours: hours[s] as number,
      count: count[s] as number,
      order: order[s] as bigint,
    };
    if (bestKey === null || compareCost(key, bestKey) < 0) {
      bestKey = key;
      bestState = s;
    }
  }
  const items: Candidate[] = [];
  let s = bestState;
  for (let g = groups.length - 1; g >= 0 && s >= 0; g--) {
    const k = (choices[g] as Int32Array)[s] as number;
    if (k >= 0) items.push((groups[g] as Group).items[k] as Candidate);
    s = (parents[g] as Int32Array)[s] as number;
  }
  return items.sort((a, b) => a.index - b.index);
}
