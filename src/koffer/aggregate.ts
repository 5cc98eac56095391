import { deepFreeze } from "../internal/deep-freeze.js";
import { type Concordance, concordanceFromRankSums } from "./concordance.js";
import { aggregateDiagnostic, type KofferDiagnostic } from "./diagnostics.js";
import { unreadable } from "./read.js";
import { rankInto, readSheet, type SheetReading, sheetReader } from "./sheet.js";
import { checkTemplate, type KofferCategory, type KofferTemplate } from "./template.js";

/**
 * Options of `aggregateSheets`.
 *
 * @example
 * aggregateSheets(template, sheets, { anonymous: true } satisfies AggregateOptions);
 */
export interface AggregateOptions {
  /**
   * Blank every respondent name in the result (rules B3: teams that score anonymously). The
   * figures are computed exactly as without the option. Default `false`.
   */
  readonly anonymous?: boolean;
}

/**
 * A sheet that was left out of the team aggregate, with why. `index` is its place in the input
 * list; the diagnostics' paths start with that index.
 *
 * @example
 * for (const sheet of aggregate.leftOut) {
 *   console.log(sheet.index, sheet.respondent, sheet.diagnostics.map((d) => d.code));
 * }
 */
export interface LeftOutSheet {
  readonly index: number;
  /** The sheet's respondent when it could be read; always `null` when anonymous. */
  readonly respondent: string | null;
  readonly diagnostics: readonly KofferDiagnostic[];
}

/**
 * How many sheets the aggregate received, used and left out (`received = valid + leftOut`).
 *
 * @example
 * const counts: SheetCounts = { received: 9, valid: 8, leftOut: 1 };
 */
export interface SheetCounts {
  readonly received: number;
  readonly valid: number;
  readonly leftOut: number;
}

/**
 * The team's figures for one category (rules B3), over the n valid sheets. The statistics that
 * need at least one sheet are `null` when n = 0.
 *
 * @example
 * const netwerken = aggregate.categories.find((c) => c.category === "netwerken");
 * netwerken?.mean; //=> 21.5
 * netwerken?.highestRespondents; //=> ["bram"]: they explain their score first
 */
export interface CategoryFigures {
  /** The category id. */
  readonly category: string;
  readonly label: string;
  /** The number of valid sheets (every valid sheet scores every category). */
  readonly n: number;
  readonly sum: number;
  readonly mean: number | null;
  /** The middle score; for an even n the mean of the two middle scores. */
  readonly median: number | null;
  readonly min: number | null;
  readonly max: number | null;
  /** `max − min`. */
  readonly range: number | null;
  /** Population standard deviation: the sheets are the team, not a sample of it. */
  readonly standardDeviation: number | null;
  /** The mean of the category's ranks (1 = most points on a sheet). */
  readonly meanRank: number | null;
  /** Σ over the sheets of (number of categories − rank): 0 for a last place on every sheet. */
  readonly bordaPoints: number;
  /** The respondents who gave the highest score, sorted; empty when anonymous. */
  readonly highestRespondents: readonly string[];
  /** The respondents who gave the lowest score, sorted; empty when anonymous. */
  readonly lowestRespondents: readonly string[];
  /** How many sheets gave the highest score, named or anonymous. */
  readonly highestCount: number;
  /** How many sheets gave the lowest score, named or anonymous. */
  readonly lowestCount: number;
}

/**
 * The team aggregate (verzamelkoffer, rules B3) of one template's sheets.
 *
 * @example
 * const aggregate: TeamAggregate = aggregateSheets(template, sheets);
 * aggregate.counts; //=> { received: 9, valid: 8, leftOut: 1 }
 * aggregate.discussionOrder[0]; // the category the team disagrees on most
 */
export interface TeamAggregate {
  readonly templateId: string;
  readonly anonymous: boolean;
  readonly counts: SheetCounts;
  /** Every sheet that was not counted, by index. */
  readonly leftOut: readonly LeftOutSheet[];
  /** One entry per category, in the template's order. */
  readonly categories: readonly CategoryFigures[];
  /**
   * Category ids by disagreement, largest first: by standard deviation, then by range (both
   * descending), then in template order.
   */
  readonly discussionOrder: readonly string[];
  /** Kendall's W over the valid sheets' rankings. */
  readonly concordance: Concordance;
}

/**
 * m · Σx² − (Σx)², which is m² times the population variance, exactly: from Σx² summed in `number`
 * while that is exact, summed again in `bigint` beyond. Exact values let two categories with the
 * same spread tie exactly. While Σx² is below 2⁵³ every partial sum is exact, so the order of the
 * values does not matter.
 */
function spreadNumerator(column: Float64Array, m: number, sum: number, squares: number): bigint {
  if (Number.isSafeInteger(m * squares) && Number.isSafeInteger(sum * sum)) {
    return BigInt(m * squares - sum * sum);
  }
  let bigSquares = 0n;
  for (let row = 0; row < m; row++) bigSquares += BigInt(column[row] as number) ** 2n;
  return BigInt(m) * bigSquares - BigInt(sum) ** 2n;
}

/**
 * The middle value of m ≥ 1 whole numbers from 0 to the budget; for an even count the mean of the
 * two middle ones: from `counts` (how many sheets gave each value) when the caller counted, else
 * from the sorted column.
 */
function medianOf(column: Float64Array, m: number, counts: Uint32Array | undefined): number {
  const half = m >> 1;
  // The values at the places half − 1 (for an even m) and half of the sorted column.
  let lower: number;
  let upper: number;
  if (counts) {
    let value = 0;
    let below = counts[0] as number; // the number of values ≤ value
    while (below <= half - 1) below += counts[++value] as number;
    lower = value;
    while (below <= half) below += counts[++value] as number;
    upper = value;
  } else {
    const sorted = column.slice(0, m).sort();
    lower = sorted[half - 1] as number;
    upper = sorted[half] as number;
  }
  return m % 2 === 1 ? upper : (lower + upper) / 2;
}

/**
 * One category's figures from the first m entries of its column. `names` holds the rows'
 * respondents, or nothing when the aggregate is anonymous. A plain function, not a callback made
 * per aggregate, so that V8 keeps what it learnt about it from one aggregate to the next.
 */
function categoryFigures(
  category: string,
  label: string,
  column: Float64Array,
  m: number,
  k: number,
  rankSum: number,
  budget: number,
  names: readonly (string | null)[],
): { figures: CategoryFigures; spread: bigint } {
  let sum = 0;
  let squares = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  // Counting the values gives the median without a sort when the budget is small against the
  // number of sheets (a budget of 100 and a team of thousands). One pass for all of it.
  const counts = budget < 4 * m ? new Uint32Array(budget + 1) : undefined;
  for (let row = 0; row < m; row++) {
    const x = column[row] as number;
    sum += x;
    squares += x * x;
    if (x < min) min = x;
    if (x > max) max = x;
    if (counts) counts[x] = (counts[x] as number) + 1;
  }
  // The respondents holding the extremes, read from the column (in sheet order), then sorted.
  const highest: string[] = [];
  const lowest: string[] = [];
  let highestCount = 0;
  let lowestCount = 0;
  for (let row = 0; row < m; row++) {
    const x = column[row] as number;
    const name = names[row] ?? null;
    if (x === max) {
      highestCount++;
      if (name !== null) highest.push(name);
    }
    if (x === min) {
      lowestCount++;
      if (name !== null) lowest.push(name);
    }
  }
  const none = m === 0;
  const spread = none ? 0n : spreadNumerator(column, m, sum, squares);
  const figures: CategoryFigures = {
    category,
    label,
    n: m,
    sum,
    mean: none ? null : sum / m,
    median: none ? null : medianOf(column, m, counts),
    min: none ? null : min,
    max: none ? null : max,
    range: none ? null : max - min,
    standardDeviation: none ? null : Math.sqrt(Number(spread) / (m * m)),
    meanRank: none ? null : rankSum / m,
    bordaPoints: m * k - rankSum,
    highestRespondents: highest.sort(),
    lowestRespondents: lowest.sort(),
    highestCount,
    lowestCount,
  };
  return { figures, spread };
}

function withIndex(index: number, diagnostics: readonly KofferDiagnostic[]): KofferDiagnostic[] {
  return diagnostics.map((d) => ({ ...d, path: [index, ...d.path] }));
}

/**
 * Builds the team aggregate (verzamelkoffer, rules B3) from everyone's sheets. Every sheet is
 * validated; invalid ones are left out and listed with their diagnostics, never silently counted,
 * and so are all sheets of a respondent who handed in more than one valid sheet. Per category
 * (in template order): n, sum, mean, median, min, max, range, population standard deviation,
 * mean rank, Borda points, and who gave the highest and the lowest score; then the discussion
 * order and Kendall's W.
 *
 * The result does not depend on the order of the sheets (rules B7.2), apart from the indexes that
 * name the left-out sheets. Never throws on the sheets' content.
 *
 * @throws TypeError when `inputs` or `options` is not what it should be (also a revoked proxy),
 * or the template does not come from `validateTemplate` (programmer errors; the message names the
 * field).
 *
 * @example
 * const aggregate = aggregateSheets(template, [
 *   { respondent: "anna", scores: { a: 50, b: 30, c: 20 } },
 *   { respondent: "bram", scores: { a: 40, b: 35, c: 25 } },
 *   { respondent: "cas", scores: { a: 40, b: 40, c: 20 } }, // a tie: left out
 * ]);
 * aggregate.counts; //=> { received: 3, valid: 2, leftOut: 1 }
 * aggregate.categories[0]; //=> { category: "a", n: 2, sum: 90, mean: 45, median: 45, … ,
 * //                              highestRespondents: ["anna"], lowestRespondents: ["bram"], … }
 * aggregate.concordance.w; //=> 1: both rank a, b, c alike
 * @function
 */
export const aggregateSheets = /* @__PURE__ */ deepFreeze(function aggregateSheets(
  template: KofferTemplate,
  inputs: readonly unknown[],
  options: AggregateOptions = {},
): TeamAggregate {
  checkTemplate(template);
  // A revoked proxy makes `isArray` itself throw a TypeError: the list is not data either.
  if (!Array.isArray(inputs)) throw new TypeError("aggregateSheets: the sheets must be an array");
  const count = inputs.length;
  const anonymous = options?.anonymous === true;
  const { categories, budget } = template;
  const k = categories.length;
  const reader = sheetReader(template);

  // One pass reads, validates and ranks every sheet into columns (one typed array per category);
  // rows are the counted sheets, in input order.
  const columns = categories.map(() => new Float64Array(count));
  const rankSums = new Array<number>(k).fill(0);
  const points = new Float64Array(k);
  const ranks = new Float64Array(k);
  const indexes: number[] = []; // the input index of each row
  const names: (string | null)[] = []; // the respondent of each row
  const leftOut: LeftOutSheet[] = [];
  for (let index = 0; index < count; index++) {
    let reading: SheetReading;
    try {
      reading = readSheet(reader, inputs[index], points, ranks);
    } catch (error) {
      // Only reading the list itself can throw here (a getter on the array, a proxy).
      reading = { respondent: null, diagnostics: [unreadable(error)] };
    }
    const { respondent, diagnostics } = reading;
    if (diagnostics.length > 0) {
      leftOut.push({
        index,
        respondent: anonymous ? null : respondent,
        diagnostics: withIndex(index, diagnostics),
      });
      continue;
    }
    const row = indexes.length;
    indexes.push(index);
    names.push(respondent);
    for (let j = 0; j < k; j++) {
      (columns[j] as Float64Array)[row] = points[j] as number;
      rankSums[j] = (rankSums[j] as number) + (ranks[j] as number);
    }
  }

  // A respondent with more than one valid sheet: keeping one would depend on the sheets' order,
  // so all of them are left out. Sorted, equal names stand side by side (faster than a set).
  const sorted = names.filter((name) => name !== null).sort();
  let repeated: Set<string> | undefined;
  for (let i = 1; i < sorted.length; i++) {
    const name = sorted[i] as string;
    if (name !== sorted[i - 1]) continue;
    repeated ??= new Set();
    repeated.add(name);
  }
  let m = indexes.length;
  if (repeated !== undefined) {
    const indexesOf = new Map<string, number[]>();
    for (let row = 0; row < m; row++) {
      const name = names[row] as string | null;
      if (name === null || !repeated.has(name)) continue;
      const list = indexesOf.get(name);
      if (list === undefined) indexesOf.set(name, [indexes[row] as number]);
      else list.push(indexes[row] as number);
    }
    let kept = 0;
    for (let row = 0; row < m; row++) {
      const name = names[row] as string | null;
      const shared = name === null ? undefined : indexesOf.get(name);
      if (shared === undefined) {
        for (const column of columns) column[kept] = column[row] as number;
        names[kept++] = name;
        continue;
      }
      const index = indexes[row] as number;
      leftOut.push({
        index,
        respondent: anonymous ? null : name,
        diagnostics: [
          aggregateDiagnostic("duplicate-respondent", [index, "respondent"], {
            otherSheets: shared.filter((other) => other !== index),
          }),
        ],
      });
      columns.forEach((column, j) => {
        points[j] = column[row] as number;
      });
      rankInto(points, ranks);
      for (let j = 0; j < k; j++) rankSums[j] = (rankSums[j] as number) - (ranks[j] as number);
    }
    m = kept;
    leftOut.sort((a, b) => a.index - b.index);
  }

  const spreads: bigint[] = [];
  const figures: CategoryFigures[] = [];
  for (let j = 0; j < k; j++) {
    const column = columns[j] as Float64Array;
    const { id, label } = categories[j] as KofferCategory;
    const rankSum = rankSums[j] as number;
    const result = categoryFigures(
      id,
      label,
      column,
      m,
      k,
      rankSum,
      budget,
      anonymous ? [] : names,
    );
    figures.push(result.figures);
    spreads.push(result.spread);
  }

  const discussionOrder = figures
    .map((c, j) => ({ id: c.category, j, spread: spreads[j] as bigint, range: c.range ?? 0 }))
    .sort(
      (a, b) =>
        Number(b.spread > a.spread) - Number(b.spread < a.spread) || b.range - a.range || a.j - b.j,
    )
    .map((c) => c.id);

  return {
    templateId: template.id,
    anonymous,
    counts: { received: count, valid: m, leftOut: leftOut.length },
    leftOut,
    categories: figures,
    discussionOrder,
    concordance: concordanceFromRankSums(rankSums, m),
  };
});
