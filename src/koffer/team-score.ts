import type { ValidationResult } from "../diagnostics/result.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import { type KofferDiagnostic, kofferDiagnostic } from "./diagnostics.js";
import { describeValue, isRecord, typeName, unreadable } from "./read.js";
import { failure, success } from "./result.js";
import { type CategoryRank, type KofferSheet, rankSheet, validateSheet } from "./sheet.js";
import { type KofferPlanDiagnostic, planDiagnostic } from "./team-score-action-plan-diagnostics.js";
import { checkTemplate, type KofferTemplate, minimumBudget } from "./template.js";

/**
 * Checks the team score the team decided on (rules B4: "het team bepaalt de score per
 * categorie"). The team score is a sheet and obeys exactly the rules of a sheet (rules B2), so
 * this is `validateSheet` for a sheet without a respondent: the input is the scores object itself,
 * category id → points, and the paths of the diagnostics lead into it (`["netwerken"]`). Reports
 * every problem at once; never throws on its input, also when reading it throws (a revoked proxy,
 * a getter): `unreadable-input`. The template must come from `validateTemplate` (a `TypeError`
 * naming the field otherwise).
 *
 * To check an edited proposal, pass its scores as an object:
 * `Object.fromEntries(proposal.sheet.scores.map((s) => [s.category, s.points]))`.
 *
 * @example
 * const result = validateTeamScore(template, { a: 50, b: 30, c: 30 });
 * result.ok; //=> false
 * result.ok || result.diagnostics.map((d) => d.code); //=> ["over-budget", "tie"]
 * validateTeamScore(template, { a: 50, b: 30, c: 20 }).ok; //=> true (respondent null)
 * @function
 */
export const validateTeamScore = /* @__PURE__ */ deepFreeze(function validateTeamScore(
  template: KofferTemplate,
  input: unknown,
): ValidationResult<KofferSheet, KofferDiagnostic> {
  checkTemplate(template);
  try {
    // Inside the try: `isRecord` asks a proxy for its tag, which a hostile proxy may refuse.
    if (!isRecord(input)) {
      return failure([
        kofferDiagnostic("invalid-type", [], { expected: "object", received: typeName(input) }),
      ]);
    }
    const result = validateSheet(template, { scores: input });
    if (result.ok) return result;
    return failure(result.diagnostics.map((d) => ({ ...d, path: d.path.slice(1) })));
  } catch (error) {
    return failure([unreadable(error)]);
  }
});

/**
 * The team's mean score per category, as `proposeTeamScore` takes it: one mean per category in
 * the template's category order, which is the order of `aggregate.categories`. `null` (the mean of
 * a team without valid sheets) is refused like any other value that is not a finite number ≥ 0.
 * Numbers proportional to the means give the same targets; **pass the sums** (`c.sum`, or `null`
 * where `c.mean` is null: a team without valid sheets). They are whole numbers, so two allocations
 * that tie on the true means tie exactly and the documented tie-break decides. A mean such as 8/3
 * is a rounded double, and `proposeTeamScore` compares the doubles exactly: between two
 * allocations that truly tie, that rounding (about 10⁻¹⁶) can decide instead (never against the
 * optimum).
 *
 * @example
 * const sums: TeamMeans = aggregate.categories.map((c) => (c.mean === null ? null : c.sum));
 */
export type TeamMeans = readonly (number | null)[];

/**
 * One category of a team score proposal, in the template's order.
 *
 * @example
 * const row: ProposedScore = { category: "a", target: 30, points: 31 };
 */
export interface ProposedScore {
  readonly category: string;
  /** The mean scaled to the budget: mean × budget / Σ means (budget / k when Σ means = 0). */
  readonly target: number;
  readonly points: number;
}

/**
 * The team score the library proposes (rules B4), to start the team's discussion.
 *
 * @example
 * const proposal: TeamScoreProposal = result.value;
 * proposal.sheet.scores[0]; //=> { category: "a", points: 31 }
 * proposal.totalDeviation; //=> 2
 */
export interface TeamScoreProposal {
  /** A valid sheet of the template (respondent `null`) whose points add up to exactly the budget. */
  readonly sheet: KofferSheet;
  readonly categories: readonly ProposedScore[];
  /** Σ |points − target|, the quantity the proposal minimises. */
  readonly totalDeviation: number;
  /** Σ (points − target)², the first tie-breaker. */
  readonly squaredDeviation: number;
}

/** a / b as a double (the quotient is truncated 64 bits below the binary point). */
function ratio(a: bigint, b: bigint): number {
  return Number((a << 64n) / b) / 2 ** 64;
}

/** Each value as an exact whole number, all scaled by the same power of two. */
function exactly(values: readonly number[]): bigint[] {
  const parts = values.map((value) => {
    let m = value;
    let shift = 0;
    // Doubling a double below 2^53 is exact, so this ends with m = value × 2^shift exactly.
    for (; !Number.isInteger(m); shift++) m *= 2;
    return [BigInt(m), shift] as const;
  });
  const top = Math.max(0, ...parts.map(([, shift]) => shift));
  return parts.map(([m, shift]) => m << BigInt(top - shift));
}

/**
 * @internal The optimal strictly decreasing allocation of `budget` to the targets
 * M[p] × budget / S, sorted by mean (see `proposeTeamScore`): x[0] > x[1] > … > x[k−1] ≥ 0 with
 * Σ x = budget. `cells` counts the states the search filled in (its work and its memory).
 *
 * Suffix dynamic programme: best[p](v, s) is the least cost of positions p…k−1 with x[p] ≤ v and
 * x[p] + … + x[k−1] = s. A cost is one exact integer L1 × W + L2, with L1 = Σ |x S − M B| and
 * L2 = Σ (x S − M B)² (S and S² times the deviations); W exceeds every L2, so comparing costs
 * compares (L1, L2) lexicographically.
 *
 * Why the search may stay narrow: an allocation through the state (p, v, s) deviates at least
 * |v − t[p]| + |(s − v) − T[p+1]| + |s − T[p]| in total (T[p] = t[p] + … + t[k−1]): each term is
 * the deviation of one part of it (position p, the positions below, the positions above) from
 * that part's targets, and |Σ (x − t)| ≤ Σ |x − t|. So with a bound U, only the states where
 * this is ≤ U can lie on an allocation whose deviation is ≤ U (with 3 points to spare against the
 * rounding of the targets to doubles). For each s those values v form one interval: the v with
 * |v − t[p]| + |v − (s − T[p+1])| ≤ c. When the best allocation found deviates ≤ U, every
 * optimal allocation lies inside, so it is the optimum; else U grows (at most doubling). Some
 * allocation exists (the callers check that the budget holds 0 + 1 + … + (k − 1)), and once U
 * reaches its deviation the search finds one, so the loop ends.
 *
 * The work depends on k and the optimal deviation, not on the budget: an allocation that moves
 * the rounded targets apart deviates less than k², so U < 2k² + 2, and one pass fills
 * O(k · U²) states. At `maxCategories` the worst means found (one to three categories with every
 * point) fill about 1.5 million states (a few tenths of a second, tens of MB), whatever the budget.
 */
export function allocate(
  M: readonly bigint[],
  S: bigint,
  budget: number,
): { points: number[]; cells: number } {
  const k = M.length;
  const B = BigInt(budget);
  const W = 4n * B * B * S * S + 1n;
  const t = M.map((m) => ratio(m * B, S));
  const T = [0]; // T[p] = t[p] + … + t[k−1]
  for (let p = k - 1; p >= 0; p--) T.unshift((T[0] as number) + (t[p] as number));
  // Per position p: the values lo…hi x[p] may take at all, the sums from…to, and per sum s the
  // least costs rows[p][s − from][v − a] of the kept values v = a…, a = starts[p][s − from].
  const vlo: number[] = [];
  const vhi: number[] = [];
  const slo: number[] = [];
  const starts: number[][] = [];
  const rows: (bigint | undefined)[][][] = [];
  const costs: bigint[][] = [];
  let cells = 0;
  const lookup = (p: number, v: number, s: number): bigint | undefined => {
    if (p === k) return s === 0 ? 0n : undefined; // past the last position
    const i = s - (slo[p] as number);
    // No row: s is outside from…to. Past a row's end the least cost stays that of its last
    // value (none in an empty row).
    const row = (rows[p] as (bigint | undefined)[][])[i];
    const a = (starts[p] as number[])[i] as number;
    return row === undefined || v < a ? undefined : row[Math.min(v - a, row.length - 1)];
  };
  const through = (p: number, v: number, s: number) => {
    const rest = lookup(p + 1, v - 1, s - v);
    return rest === undefined
      ? undefined
      : rest + ((costs[p] as bigint[])[v - (vlo[p] as number)] as bigint);
  };

  for (let U = 2; ; ) {
    for (let p = k - 1; p >= 0; p--) {
      const tp = t[p] as number;
      const Tp = T[p] as number;
      const below = T[p + 1] as number;
      // The p positions above x[p] = v need at least p × v + 1 + … + p points.
      const above = minimumBudget(p + 1);
      const lo = Math.max(k - 1 - p, Math.ceil(tp - U) - 1);
      const hi = Math.min(
        Math.floor((budget - above - minimumBudget(k - 1 - p)) / (p + 1)),
        Math.floor(tp + U) + 1,
      );
      const from = Math.max(minimumBudget(k - p), Math.ceil(Tp - U) - 1);
      const to = Math.min(budget - p * lo - above, Math.floor(Tp + U) + 1);
      vlo[p] = lo;
      vhi[p] = hi;
      slo[p] = from;
      const row: bigint[] = [];
      costs[p] = row;
      for (let v = lo; v <= hi; v++) {
        const d = BigInt(v) * S - (M[p] as bigint) * B;
        row.push((d < 0n ? -d : d) * W + d * d);
      }
      const firsts: number[] = [];
      const tables: (bigint | undefined)[][] = [];
      starts[p] = firsts;
      rows[p] = tables;
      for (let s = from; s <= to; s++) {
        // The kept v: |v − t[p]| + |v − (s − T[p+1])| ≤ c, and room for the positions above.
        const c = U + 3 - Math.abs(s - Tp);
        const mid = (tp + s - below) / 2;
        const a = Math.max(lo, Math.ceil(mid - c / 2));
        const b =
          c < Math.abs(tp - s + below)
            ? a - 1
            : Math.min(hi, Math.floor(mid + c / 2), p > 0 ? (budget - above - s) / p : hi);
        const table: (bigint | undefined)[] = [];
        firsts.push(a);
        tables.push(table);
        let least: bigint | undefined;
        for (let v = a; v <= b; v++) {
          const cost = through(p, v, s);
          if (cost !== undefined && (least === undefined || cost < least)) least = cost;
          table.push(least);
        }
        cells += table.length;
      }
    }
    const l1 = (lookup(0, budget, budget) ?? -W) / W;
    if (l1 < 0n || l1 > BigInt(U) * S) {
      U = l1 < 0n ? 2 * U : Math.min(2 * U, Number((l1 + S - 1n) / S));
      continue;
    }
    // Walk forward, taking at each position the largest value that keeps the cost optimal.
    const points: number[] = [];
    for (let p = 0, s = budget, v = budget; p < k; p++) {
      const goal = lookup(p, v, s);
      v = Math.min(v, vhi[p] as number);
      while (v >= (vlo[p] as number) && through(p, v, s) !== goal) v--;
      points.push(v);
      s -= v;
      v--;
    }
    return { points, cells };
  }
}

/**
 * Proposes a team score from the team's means per category (rules B4, B7.5): a valid sheet of the
 * template that
 *
 * 1. uses exactly the budget, even when the template's rule is `at-most`;
 * 2. keeps the order of the means: a strictly higher mean gets strictly more points, and of
 *    categories with equal means the one earlier in the template gets more (with distinct points
 *    their order must be fixed somehow; any order would do equally well);
 * 3. among all such allocations, has the least total absolute deviation Σ |points − target| from
 *    the targets mean × budget / Σ means (budget / k for every category when all means are 0).
 *
 * **Ties** between optimal allocations are broken, in this order, by the least squared deviation
 * Σ (points − target)², then by the most points to the category with the highest mean, then the
 * next, and so on (the lexicographically largest points in the order of the means). The result is
 * thus unique and deterministic. All comparisons are exact: the means, as the doubles they are,
 * are turned into whole numbers (`bigint`) and every deviation is compared as an integer, so a tie
 * is a true tie. The reported targets and deviations are rounded to doubles.
 *
 * **Method**: a dynamic programme over the categories sorted by mean, with the value and the
 * running sum as state (values strictly decreasing), restricted to the states an allocation with
 * total deviation ≤ U can pass through; U starts at 2 and grows (at most doubling) until the best
 * allocation found provably is the optimum. Time and memory O(k · U²) big-integer additions with
 * U ≤ max(2, 2 × the optimal deviation) < 2k² + 2: they depend on the number of categories k and
 * the means, not on the budget (rules A10.7). Typical koffers (k ≤ 14, budget 100) take a fraction
 * of a millisecond; at `maxCategories` (20) the worst means found take a few tenths of a second
 * and tens of MB, with any budget up to `maxBudget`.
 *
 * The means come in template order (`TeamMeans`); every category needs a finite mean ≥ 0.
 * Problems are reported all at once (`invalid-type` when the means are not an array,
 * `means-count`, `invalid-mean`); never throws on the means, also when reading them throws
 * (`unreadable-input`). The template must come from `validateTemplate`: any other value (one
 * with too many categories, one that cannot hold k distinct scores, one without a budget) is a
 * programmer error, thrown as a `TypeError` that names the field.
 *
 * @example
 * // Template with categories a, b, c, d, e and budget 100; means 22.5, 22.5, 15, 7.5, 7.5.
 * // Targets: mean × 100 / 75 = 30, 30, 20, 10, 10.
 * const result = proposeTeamScore(template, [22.5, 22.5, 15, 7.5, 7.5]);
 * if (result.ok) {
 *   result.value.sheet.scores.map((s) => s.points); //=> [31, 30, 20, 10, 9] (a, b, c, d, e)
 *   result.value.totalDeviation; //=> 2 (the other optimum 30, 29, 20, 11, 10 also has 2 and
 *   // the same squared deviation 2; a = 31 > 30 decides)
 * }
 * @function
 */
export const proposeTeamScore = /* @__PURE__ */ deepFreeze(function proposeTeamScore(
  template: KofferTemplate,
  means: TeamMeans,
): ValidationResult<TeamScoreProposal, KofferPlanDiagnostic> {
  checkTemplate(template);
  const out: KofferPlanDiagnostic[] = [];
  try {
    const { categories, budget } = template;
    const k = categories.length;
    const values: number[] = [];
    if (!Array.isArray(means)) {
      out.push(
        kofferDiagnostic("invalid-type", [], { expected: "array", received: typeName(means) }),
      );
    } else if (means.length !== k) {
      out.push(planDiagnostic("means-count", [], { expected: k, received: means.length }));
    } else {
      categories.forEach(({ id, label }, i) => {
        const value: unknown = means[i];
        if (typeof value === "number" && Number.isFinite(value) && value >= 0) {
          values.push(value + 0); // -0 becomes 0
        } else {
          out.push(
            planDiagnostic("invalid-mean", [i], {
              category: id,
              label,
              received: describeValue(value),
            }),
          );
        }
      });
    }
    if (out.length > 0) return failure(out);

    const order = values
      .map((_, i) => i)
      .sort((a, b) => (values[b] as number) - (values[a] as number) || a - b);
    let M = exactly(values);
    let S = M.reduce((a, b) => a + b, 0n);
    if (S === 0n) {
      M = M.map(() => 1n);
      S = BigInt(k);
    }
    const sorted = allocate(
      order.map((i) => M[i] as bigint),
      S,
      budget,
    ).points;
    const points: number[] = [];
    order.forEach((i, p) => {
      points[i] = sorted[p] as number;
    });
    const B = BigInt(budget);
    let l1 = 0n;
    let l2 = 0n;
    const rows = categories.map(({ id }, i): ProposedScore => {
      const d = BigInt(points[i] as number) * S - (M[i] as bigint) * B;
      l1 += d < 0n ? -d : d;
      l2 += d * d;
      return { category: id, target: ratio((M[i] as bigint) * B, S), points: points[i] as number };
    });
    return success({
      sheet: {
        respondent: null,
        scores: rows.map(({ category, points }) => ({ category, points })),
      },
      categories: rows,
      totalDeviation: ratio(l1, S),
      squaredDeviation: ratio(l2, S * S),
    });
  } catch (error) {
    return failure([unreadable(error)]);
  }
});

/**
 * The strengths and gaps of a team score (rules B4).
 *
 * @example
 * const { strengths, gaps }: StrengthsAndGaps = strengthsAndGaps(template, teamScore, 2);
 */
export interface StrengthsAndGaps {
  /** How many categories each list holds: the requested count, clamped to 0…k. */
  readonly count: number;
  /** The `count` categories with the most points, most points first. */
  readonly strengths: readonly CategoryRank[];
  /** The `count` categories with the fewest points, fewest points first. */
  readonly gaps: readonly CategoryRank[];
  /** Category ids in both lists (only when 2 × count > k), in rank order. */
  readonly overlap: readonly string[];
}

/**
 * Names where the team's strength lies ("benoem waar de kracht in het team ligt") and where its
 * gaps (lacunes) are: the `count` categories with the most and with the fewest points of a team
 * score (rules B4). `count` is clamped to 0…k (rounded down; `NaN` counts as 0). When 2 × count
 * exceeds the number of categories k, the middle categories are in both lists and `overlap`
 * names them. Ranks come from `rankSheet`; categories with equal points (never in a valid
 * sheet) keep the template's order.
 *
 * @throws RangeError (from `rankSheet`) when the team score has no points for a category of the
 * template: it was not validated against this template. TypeError when the template does not
 * come from `validateTemplate` or a score is not a whole number ≥ 0.
 *
 * @example
 * // team score a 40, b 25, c 20, d 10, e 5
 * const { strengths, gaps } = strengthsAndGaps(template, teamScore, 2);
 * strengths.map((c) => c.category); //=> ["a", "b"]
 * gaps.map((c) => c.category); //=> ["e", "d"]
 * strengthsAndGaps(template, teamScore, 3).overlap; //=> ["c"]
 * @function
 */
export const strengthsAndGaps = /* @__PURE__ */ deepFreeze(function strengthsAndGaps(
  template: KofferTemplate,
  teamScore: KofferSheet,
  count: number,
): StrengthsAndGaps {
  const ranked = [...rankSheet(template, teamScore)].sort((a, b) => a.rank - b.rank);
  const n = Math.min(ranked.length, Math.max(0, Math.floor(count) || 0));
  const strengths = ranked.slice(0, n);
  const gaps = ranked.slice(ranked.length - n).reverse();
  return {
    count: n,
    strengths,
    gaps,
    overlap: strengths.filter((c) => gaps.includes(c)).map((c) => c.category),
  };
});
