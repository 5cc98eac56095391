import { deepFreeze } from "../internal/deep-freeze.js";

/**
 * Why Kendall's W could not be computed: it needs at least two rankings (sheets) of at least two
 * categories.
 *
 * @example
 * const reason: ConcordanceUnavailable = "too-few-sheets";
 */
export type ConcordanceUnavailable = "too-few-sheets" | "too-few-categories";

/**
 * Kendall's coefficient of concordance W over m rankings of n categories (rules B3): 0 = no
 * agreement, 1 = everyone ranks alike.
 *
 * W = 12 S / (m² (n³ − n)) with S = Σⱼ (Rⱼ − m (n + 1) / 2)², Rⱼ the sum of category j's ranks.
 * Sheets have no ties, so no tie correction applies. `chiSquare` = m (n − 1) W with
 * `degreesOfFreedom` = n − 1. When m < 2 or n < 2, `w` is `null` and `reason` says why.
 *
 * @example
 * if (concordance.w !== null) console.log(concordance.w, concordance.chiSquare);
 * else console.log(concordance.reason); // "too-few-sheets"
 */
export type Concordance =
  | {
      readonly w: number;
      readonly s: number;
      readonly chiSquare: number;
      readonly degreesOfFreedom: number;
      /** m: the number of rankings (valid sheets). */
      readonly sheets: number;
      /** n: the number of categories. */
      readonly categories: number;
    }
  | {
      readonly w: null;
      readonly reason: ConcordanceUnavailable;
      readonly sheets: number;
      readonly categories: number;
    };

/**
 * @internal Kendall's W from the rank sums Rⱼ of m rankings. Works on twice the deviations,
 * which are whole numbers, so S is exact for any team size this library meets, and W is exactly 1
 * when all rank alike.
 */
export function concordanceFromRankSums(rankSums: readonly number[], sheets: number): Concordance {
  const n = rankSums.length;
  const m = sheets;
  if (m < 2) return { w: null, reason: "too-few-sheets", sheets: m, categories: n };
  if (n < 2) return { w: null, reason: "too-few-categories", sheets: m, categories: n };
  let fourS = 0;
  for (const r of rankSums) {
    const twiceDeviation = 2 * r - m * (n + 1);
    fourS += twiceDeviation * twiceDeviation;
  }
  const s = fourS / 4;
  // 12 S / (m² (n³ − n)) = 3 · 4S / (m² (n³ − n)); both sides are whole numbers.
  const w = Math.min(1, Math.max(0, (3 * fourS) / (m * m * (n * n * n - n))));
  return {
    w,
    s,
    chiSquare: m * (n - 1) * w,
    degreesOfFreedom: n - 1,
    sheets: m,
    categories: n,
  };
}

/**
 * Kendall's W over rankings given as a rank matrix: one row per respondent, one column per
 * category, each row a ranking 1…n without ties (as `rankSheet` gives them).
 *
 * @throws RangeError when the rows differ in length or a row is not a ranking 1…n without ties
 * (a programmer error: sheets are validated first).
 *
 * @example
 * kendallW([
 *   [1, 2, 3],
 *   [1, 2, 3],
 * ]).w; //=> 1
 * kendallW([
 *   [1, 2, 3],
 *   [3, 2, 1],
 * ]).w; //=> 0
 * @function
 */
export const kendallW = /* @__PURE__ */ deepFreeze(function kendallW(
  rankings: readonly (readonly number[])[],
): Concordance {
  const n = rankings[0]?.length ?? 0;
  const rankSums = new Array<number>(n).fill(0);
  for (const [row, ranking] of rankings.entries()) {
    const seen = new Set<number>();
    // n entries hold n distinct ranks from 1 to n exactly when the row is a ranking.
    for (const rank of ranking)
      if (Number.isInteger(rank) && rank >= 1 && rank <= n) seen.add(rank);
    if (ranking.length !== n || seen.size !== n) {
      throw new RangeError(`kendallW: row ${row} is not a ranking 1…${n} without ties`);
    }
    for (let j = 0; j < n; j++) rankSums[j] = (rankSums[j] ?? 0) + (ranking[j] ?? 0);
  }
  return concordanceFromRankSums(rankSums, rankings.length);
});
