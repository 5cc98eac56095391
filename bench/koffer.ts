/**
 * Koffer cases for `npm run bench` (issue 4): one team aggregate of 10,000 sheets of 12 categories
 * (goal ≤ 20 ms), against a typed-array floor and a naive baseline, and one team score proposal on
 * that aggregate's means. See bench/README.md, "Koffer".
 */
import {
  aggregateSheets,
  type CategoryFigures,
  type KofferTemplate,
  proposeTeamScore,
  type TeamAggregate,
  validateTemplate,
} from "../src/koffer/index.js";
import { mulberry32 } from "./data.js";

export const KOFFER_SHEETS = 10_000;
export const KOFFER_CATEGORIES = 12;
export const KOFFER_BUDGET = 100;

/** A 12-category template (budget 100, at most) and 10,000 valid sheets with distinct points. */
export function generateKofferData(seed: number): { template: KofferTemplate; sheets: unknown[] } {
  const parsed = validateTemplate({
    id: "bench",
    kind: "connectie",
    name: "Bench",
    categories: Array.from({ length: KOFFER_CATEGORIES }, (_, i) => ({
      id: `c${i}`,
      label: `C${i}`,
    })),
  });
  if (!parsed.ok) throw new Error("the bench template must be valid");
  const random = mulberry32(seed);
  const sheets: unknown[] = [];
  for (let s = 0; s < KOFFER_SHEETS; s++) {
    // Distinct points: a random permutation of 0…11 (66 points), at most 100 in all.
    const points = Array.from({ length: KOFFER_CATEGORIES }, (_, i) => i);
    for (let i = points.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [points[i], points[j]] = [points[j] as number, points[i] as number];
    }
    // The spare points go to the highest score, which keeps every score distinct.
    const top = points.indexOf(KOFFER_CATEGORIES - 1);
    points[top] = (points[top] as number) + Math.floor(random() * (KOFFER_BUDGET - 66 + 1));
    const scores: Record<string, number> = {};
    for (const [i, p] of points.entries()) scores[`c${i}`] = p;
    sheets.push({ respondent: `r${s}`, scores });
  }
  return { template: parsed.value, sheets };
}

/** What the floor and the baseline compute, checked against the library before any timing. */
export interface KofferFigures {
  readonly valid: number;
  readonly categories: readonly {
    readonly n: number;
    readonly sum: number;
    readonly mean: number;
    readonly median: number;
    readonly min: number;
    readonly max: number;
    readonly standardDeviation: number;
    readonly meanRank: number;
    readonly bordaPoints: number;
    readonly highestCount: number;
    readonly lowestCount: number;
  }[];
  readonly w: number;
}

/** The library's figures in the shape the floor and the baseline give. */
export function libraryFigures(aggregate: TeamAggregate): KofferFigures {
  const number = (x: number | null) => x ?? Number.NaN;
  return {
    valid: aggregate.counts.valid,
    categories: aggregate.categories.map((c: CategoryFigures) => ({
      n: c.n,
      sum: c.sum,
      mean: number(c.mean),
      median: number(c.median),
      min: number(c.min),
      max: number(c.max),
      standardDeviation: number(c.standardDeviation),
      meanRank: number(c.meanRank),
      bordaPoints: c.bordaPoints,
      highestCount: c.highestCount,
      lowestCount: c.lowestCount,
    })),
    w: aggregate.concordance.w ?? Number.NaN,
  };
}

/**
 * The floor's reading: each sheet's points in template order into a typed array, row by row, with
 * no checks (the bench sheets are valid) and no names. The library and the baseline start from
 * the same sheets, so the floor starts there too; `floorAggregate` then does the rest. `into` is
 * an array of `sheets.length × ids.length` that the caller allocates once: allocating it per call
 * cost the floor 0.45 ms of 4.2 (measured), which the floor need not pay.
 */
export function readPoints(
  ids: readonly string[],
  sheets: readonly unknown[],
  into = new Float64Array(sheets.length * ids.length),
): Float64Array {
  const k = ids.length;
  for (let row = 0; row < sheets.length; row++) {
    const { scores } = sheets[row] as { scores: Record<string, number> };
    const base = row * k;
    // Keyed reads: faster here than `Object.values`, which allocates a list per sheet (measured
    // 3.70 against 4.19 ms for the whole floor).
    for (let j = 0; j < k; j++) into[base + j] = scores[ids[j] as string] as number;
  }
  return into;
}

/**
 * The floor's figures: what they cost at the least over points already read (`readPoints`; no
 * diagnostics, no names): one typed-array pass for sums, squares, extremes and the
 * ranks (branch-free counting), counts per score for the median, and Kendall's W from the rank
 * sums. It assumes what the bench data guarantees: whole scores from 0 to the budget, no ties.
 */
export function floorAggregate(points: Float64Array, k: number, budget: number): KofferFigures {
  const m = points.length / k;
  const sums = new Float64Array(k);
  const squares = new Float64Array(k);
  const mins = new Float64Array(k).fill(Number.POSITIVE_INFINITY);
  const maxs = new Float64Array(k).fill(Number.NEGATIVE_INFINITY);
  const rankSums = new Float64Array(k);
  const counts = new Uint32Array(k * (budget + 1));
  for (let row = 0; row < m; row++) {
    const base = row * k;
    for (let j = 0; j < k; j++) {
      const x = points[base + j] as number;
      sums[j] = (sums[j] as number) + x;
      squares[j] = (squares[j] as number) + x * x;
      if (x < (mins[j] as number)) mins[j] = x;
      if (x > (maxs[j] as number)) maxs[j] = x;
      counts[j * (budget + 1) + x] = (counts[j * (budget + 1) + x] as number) + 1;
      let rank = 1;
      for (let i = 0; i < k; i++) rank += +((points[base + i] as number) > x);
      rankSums[j] = (rankSums[j] as number) + rank;
    }
  }
  const categories = [];
  let fourS = 0;
  for (let j = 0; j < k; j++) {
    const at = (place: number) => {
      let seen = 0;
      for (let v = 0; v <= budget; v++) {
        seen += counts[j * (budget + 1) + v] as number;
        if (seen > place) return v;
      }
      return budget;
    };
    const half = m >> 1;
    const sum = sums[j] as number;
    const rankSum = rankSums[j] as number;
    const deviation = 2 * rankSum - m * (k + 1);
    fourS += deviation * deviation;
    categories.push({
      n: m,
      sum,
      mean: sum / m,
      median: m % 2 === 1 ? at(half) : (at(half - 1) + at(half)) / 2,
      min: mins[j] as number,
      max: maxs[j] as number,
      standardDeviation: Math.sqrt((m * (squares[j] as number) - sum * sum) / (m * m)),
      meanRank: rankSum / m,
      bordaPoints: m * k - rankSum,
      highestCount: counts[j * (budget + 1) + (maxs[j] as number)] as number,
      lowestCount: counts[j * (budget + 1) + (mins[j] as number)] as number,
    });
  }
  return { valid: m, categories, w: Math.min(1, (3 * fourS) / (m * m * (k * k * k - k))) };
}

/**
 * The naive baseline: the same figures the way a hurried developer would write them, from the
 * raw sheets: each sheet checked with `Object.entries`, `every` and a `Set`, ranked with a sort;
 * per category the scores collected with `map`, a sorted copy for the median, `reduce` for the
 * sums and the squared deviations, `Math.min(...)` / `Math.max(...)`, `filter` for the extremes.
 */
export function naiveAggregate(
  template: KofferTemplate,
  sheets: readonly unknown[],
): KofferFigures {
  const ids = template.categories.map((c) => c.id);
  const k = ids.length;
  const valid: { respondent: string | null; points: number[]; ranks: number[] }[] = [];
  for (const sheet of sheets) {
    if (typeof sheet !== "object" || sheet === null) continue;
    const { respondent = null, scores } = sheet as {
      respondent?: string | null;
      scores?: Record<string, unknown>;
    };
    if (typeof scores !== "object" || scores === null) continue;
    const entries = Object.entries(scores);
    if (entries.length !== k || !entries.every(([id]) => ids.includes(id))) continue;
    const points = ids.map((id) => scores[id]);
    if (!points.every((p) => typeof p === "number" && Number.isInteger(p) && p >= 0)) continue;
    const numbers = points as number[];
    if (new Set(numbers).size !== k) continue;
    if (numbers.reduce((a, b) => a + b, 0) > template.budget) continue;
    const order = [...numbers].sort((a, b) => b - a);
    valid.push({ respondent, points: numbers, ranks: numbers.map((p) => order.indexOf(p) + 1) });
  }
  const m = valid.length;
  const categories = ids.map((_, j) => {
    const values = valid.map((s) => s.points[j] as number);
    const sorted = [...values].sort((a, b) => a - b);
    const sum = values.reduce((a, b) => a + b, 0);
    const mean = sum / m;
    const min = Math.min(...values);
    const max = Math.max(...values);
    const rankSum = valid.reduce((total, s) => total + (s.ranks[j] as number), 0);
    const half = Math.floor(m / 2);
    return {
      n: m,
      sum,
      mean,
      median:
        m % 2 === 1
          ? (sorted[half] as number)
          : ((sorted[half - 1] as number) + (sorted[half] as number)) / 2,
      min,
      max,
      standardDeviation: Math.sqrt(values.reduce((a, x) => a + (x - mean) ** 2, 0) / m),
      meanRank: rankSum / m,
      bordaPoints: m * k - rankSum,
      highestCount: values.filter((x) => x === max).length,
      lowestCount: values.filter((x) => x === min).length,
    };
  });
  const rankSums = categories.map((c) => c.meanRank * m);
  const meanRankSum = (m * (k + 1)) / 2;
  const s = rankSums.reduce((total, r) => total + (r - meanRankSum) ** 2, 0);
  return { valid: m, categories, w: (12 * s) / (m * m * (k ** 3 - k)) };
}

/**
 * Where two sets of figures differ, by name. Counts, sums, extremes and the median must be equal;
 * the means, standard deviation and W (computed in other ways) within 1e-9 relative.
 */
export function figureDifferences(expected: KofferFigures, got: KofferFigures): string[] {
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  const wrong: string[] = [];
  if (got.valid !== expected.valid) wrong.push(`valid: ${expected.valid} vs ${got.valid}`);
  if (!close(expected.w, got.w)) wrong.push(`w: ${expected.w} vs ${got.w}`);
  expected.categories.forEach((e, j) => {
    const g = got.categories[j];
    if (g === undefined) {
      wrong.push(`category ${j} missing`);
      return;
    }
    for (const key of Object.keys(e) as (keyof typeof e)[]) {
      const exact = !["mean", "standardDeviation", "meanRank"].includes(key);
      if (exact ? !Object.is(e[key], g[key]) : !close(e[key], g[key]))
        wrong.push(`category ${j} ${key}: ${e[key]} vs ${g[key]}`);
    }
  });
  return wrong;
}

/** The proposal's input: the aggregate's means, in template order. */
export function teamMeans(aggregate: TeamAggregate): number[] {
  return aggregate.categories.map((c) => c.mean ?? 0);
}

/**
 * The proposal's floor: scaling the means to the budget and rounding with the largest
 * remainders, one pass and a sort. It hands out exactly the budget but, unlike
 * `proposeTeamScore`, neither keeps the points distinct nor looks for the optimum: what any
 * proposal costs at the least.
 */
export function floorProposal(means: readonly number[], budget: number): number[] {
  const total = means.reduce((a, b) => a + b, 0);
  const targets = means.map((mean) => (mean * budget) / total);
  const points = targets.map(Math.floor);
  let left = budget - points.reduce((a, b) => a + b, 0);
  const byRemainder = targets
    .map((t, i) => ({ i, r: t - Math.floor(t) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left-- <= 0) break;
    points[i] = (points[i] as number) + 1;
  }
  return points;
}

/** One aggregate round. Returns a number to keep the result alive. */
export function kofferAggregateRound(template: KofferTemplate, sheets: readonly unknown[]): number {
  const aggregate = aggregateSheets(template, sheets);
  return aggregate.counts.valid + (aggregate.concordance.w ?? 0);
}

/** One proposal. Returns a number to keep the result alive. */
export function kofferProposalRound(template: KofferTemplate, means: readonly number[]): number {
  const result = proposeTeamScore(template, means);
  return result.ok ? result.value.totalDeviation : -1;
}
