import {
  type Candidate,
  compareCost,
  type Group,
  type PlanContext,
  type PlanCost,
} from "./plan-search.js";

/**
 * The dynamic programme behind `planToTarget` (docs/plans.md §9) and the plans the branch and
 * bound starts from when the dynamic programme's table would be too large (§11).
 *
 * Its state is a mixed-radix number over the stars towards the target, per capped format, the
 * elective count and stars, and the learning lines still to cover, so its size is the product of
 * those ranges: a target of 300 with four format caps of 150 would ask for 1.6 × 10¹¹ states. The
 * size is therefore computed before anything is allocated and kept under two limits; when it
 * does not fit, the rules whose dimensions cost the most are left out of the state one by one
 * (the plan is then only a starting point for the branch and bound, never called optimal), and
 * when even the stars alone do not fit, the programme does not run.
 */

/**
 * The most states the table may have: its per-state arrays (three `Float64Array`s, a `bigint`
 * array, twice while a group is processed) stay under about 15 MB.
 */
export const DYNAMIC_STATES = 100_000;

/**
 * The most cells (states × groups) the table may have: the two `Int32Array` back-pointers per
 * group keep 8 bytes a cell, so at most 8 MB, and the transitions stay near a second at worst.
 */
export const DYNAMIC_CELLS = 1_000_000;

/** The most learning lines the state tracks as a bit set (2²⁰ states already exceed the limit). */
const LINE_BITS = 20;

/** The plan of the dynamic programme, with what its state modelled. */
export interface DynamicPlan {
  readonly items: Candidate[];
  /**
   * Whether the state held every rule of the policy it can model: only then is the plan optimal
   * for a policy without learning-line caps and without a yearly minimum.
   */
  readonly full: boolean;
  /** Cells of its table (states × groups). */
  readonly cells: number;
}

/** An optional dimension of the state, with the rule it stands for. */
interface Dimension {
  readonly kind: "format" | "count" | "stars" | "cover";
  readonly size: number;
  /** The capped format (for `format`). */
  readonly format?: string;
}

/**
 * Whether the dynamic programme's elective count is the statement's: it counts one elective per
 * group, while `min-count` counts component ids (rules A4.2). The two differ when two elective
 * candidates share an id (a component repeatable in one edition has a group per year) or one has
 * the id of a completion the participant already has (a repeatable one, in another year); then
 * the table's plan is only a start for the branch and bound, which measures every plan exactly.
 */
export function electivesCountPerGroup(ctx: PlanContext): boolean {
  if (!ctx.before.electiveRules.some((r) => r.rule === "min-count")) return true;
  const ids = new Set(ctx.before.lines.map((line) => line.completion.component));
  for (const c of ctx.candidates) {
    if (!c.elective) continue;
    if (ids.has(c.id)) return false;
    ids.add(c.id);
  }
  return true;
}

/**
 * The dynamic programme over the state the followed plan's statement depends on when counting
 * does not depend on the date order (no learning-line caps, no yearly minimum): stars towards the
 * target outside the format caps and per capped format (each up to what can still count), the
 * elective count and stars, and the learning lines still to cover. Per state it keeps the least
 * additive cost (non-matching, hours, components, order); the best final state then decides.
 *
 * The state is kept within `DYNAMIC_STATES` and `DYNAMIC_CELLS`: dimensions are left out, the
 * learning lines first, then elective stars, the elective count and the largest format caps,
 * until it fits (`full: false`); `null` when the stars towards the target alone do not fit.
 */
export function dynamicPlan(ctx: PlanContext, groups: readonly Group[]): DynamicPlan | null {
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

  const optional: Dimension[] = [];
  const seen = new Set<string>();
  for (const c of ctx.candidates) {
    const format = c.component.format;
    const room = formatRoom.get(format);
    if (room === undefined || seen.has(format)) continue;
    seen.add(format);
    optional.push({ kind: "format", format, size: Math.max(0, Math.min(room, need)) + 1 });
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
  if (countTop > 0) optional.push({ kind: "count", size: countTop + 1 });
  if (starsAllow >= 0) optional.push({ kind: "stars", size: starsAllow + 2 });
  let full = true;
  let coverable: string[] = [];
  if (coverRule !== undefined && coverRule.missing.length > 0) {
    coverable = coverRule.missing.filter((l) =>
      ctx.candidates.some((c) => c.component.learningLines.includes(l)),
    );
    // A line no candidate covers leaves the rule unmet in every plan: a constant, not a state.
    if (coverable.length < coverRule.missing.length) constantRules++;
    else if (coverable.length > LINE_BITS) full = false;
    else optional.push({ kind: "cover", size: 2 ** coverable.length });
  }

  // Leave out the costliest rules until the table fits: the plan is then a start, not an answer.
  const dropOrder = [...optional].sort(
    (a, b) => dropRank(a) - dropRank(b) || (a.kind === "format" ? b.size - a.size : 0),
  );
  const kept = new Set(optional);
  const rows = Math.max(1, groups.length);
  // Products of whole numbers, recomputed rather than divided: beyond 2⁵³ a quotient is not exact.
  const statesOf = () => {
    let product = need + 1;
    for (const d of kept) product *= d.size;
    return product;
  };
  const fits = (states: number) => states <= DYNAMIC_STATES && states * rows <= DYNAMIC_CELLS;
  for (const d of dropOrder) {
    if (fits(statesOf())) break;
    kept.delete(d);
    full = false;
  }
  const total = statesOf();
  if (!fits(total)) return null;

  // Dimensions of the state, in mixed radix, in the order they were found.
  const sizes: number[] = [need + 1];
  const formatDim = new Map<string, number>();
  let countDim = -1;
  let starsDim = -1;
  let coverDim = -1;
  for (const d of optional) {
    if (!kept.has(d)) continue;
    const at = sizes.push(d.size) - 1;
    if (d.kind === "format") formatDim.set(d.format as string, at);
    else if (d.kind === "count") countDim = at;
    else if (d.kind === "stars") starsDim = at;
    else coverDim = at;
  }
  const lineBits =
    coverDim < 0 ? new Map<string, number>() : new Map(coverable.map((l, i) => [l, 1 << i]));
  const fullMask = coverDim < 0 ? 0 : (1 << coverable.length) - 1;
  const strides: number[] = [];
  let stride = 1;
  for (const s of sizes) {
    strides.push(stride);
    stride *= s;
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
  return { items: items.sort((a, b) => a.index - b.index), full, cells: total * rows };
}

/** Which optional dimension goes first when the table is too large: the dearest to keep. */
function dropRank(d: Dimension): number {
  return d.kind === "cover" ? 0 : d.kind === "stars" ? 1 : d.kind === "count" ? 2 : 3;
}

/**
 * A cheap plan for the branch and bound to start from when the dynamic programme cannot run
 * (docs/plans.md §11): the cheapest item of every required group, then the free groups' items
 * with the most stars per hour until the stars towards the target would be there if nothing were
 * capped. It only has to be a plan; the branch and bound measures it like any other.
 */
export function greedyPlan(ctx: PlanContext, groups: readonly Group[]): Candidate[] {
  const before = ctx.before;
  let need = before.totals.target - before.totals.counted;
  const items: Candidate[] = [];
  const free: Candidate[] = [];
  for (const g of groups) {
    if (!g.forced) {
      free.push(...g.items);
      continue;
    }
    let cheapest = g.items[0] as Candidate;
    for (const c of g.items) if (c.cost < cheapest.cost) cheapest = c;
    items.push(cheapest);
    need -= cheapest.stars;
  }
  free.sort((a, b) => a.cost * b.stars - b.cost * a.stars || a.index - b.index);
  const used = new Set<number>();
  for (const c of free) {
    if (need <= 0) break;
    if (used.has(c.key)) continue;
    used.add(c.key);
    items.push(c);
    need -= c.stars;
  }
  return items.sort((a, b) => a.index - b.index);
}
