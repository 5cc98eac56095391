import { type Concordance, concordanceFromRankSums } from "./concordance.js";
import { type KofferDiagnostic, kofferDiagnostic } from "./diagnostics.js";
import { describeError } from "./read.js";
import { type KofferSheet, ranksOf, type SheetReading, sheetReader } from "./sheet.js";
import type { KofferTemplate } from "./template.js";

/**
 * Options of `aggregateSheets`.
 *
 * @example
 * aggregateSheets(template, sheets, { anonymous: true } satisfies AggregateOptions);
 */
export interface AggregateOptions {
  /**
   * Blank every respondent name in the result (SPEC B3: teams that score anonymously). The
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
 * The team's figures for one category (SPEC B3), over the n valid sheets. The statistics that
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
 * The team aggregate (verzamelkoffer, SPEC B3) of one template's sheets.
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

type Exact = number | bigint;

/** Compares whole numbers that may be a `number` or a `bigint`. */
function compareExact(a: Exact, b: Exact): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * m · Σx² − (Σx)², which is m² times the population variance, exactly: in `number` while that is
 * exact, in `bigint` beyond. Exact values let two categories with the same spread tie exactly.
 */
function spreadNumerator(sorted: Float64Array, sum: number): Exact {
  const m = sorted.length;
  let squares = 0;
  for (const x of sorted) squares += x * x;
  const numerator = m * squares - sum * sum;
  if (Number.isSafeInteger(m * squares) && Number.isSafeInteger(sum * sum)) return numerator;
  let bigSum = 0n;
  let bigSquares = 0n;
  for (const x of sorted) {
    const b = BigInt(x);
    bigSum += b;
    bigSquares += b * b;
  }
  return BigInt(m) * bigSquares - bigSum * bigSum;
}

function sortedNames(names: readonly (string | null)[], anonymous: boolean): string[] {
  if (anonymous) return [];
  return names.filter((name): name is string => name !== null).sort();
}

function withIndex(index: number, diagnostics: readonly KofferDiagnostic[]): KofferDiagnostic[] {
  return diagnostics.map((d) => ({ ...d, path: [index, ...d.path] }));
}

/**
 * Builds the team aggregate (verzamelkoffer, SPEC B3) from everyone's sheets. Every sheet is
 * validated; invalid ones are left out and listed with their diagnostics, never silently counted,
 * and so are all sheets of a respondent who handed in more than one valid sheet. Per category
 * (in template order): n, sum, mean, median, min, max, range, population standard deviation,
 * mean rank, Borda points, and who gave the highest and the lowest score; then the discussion
 * order and Kendall's W.
 *
 * The result does not depend on the order of the sheets (SPEC B7.2), apart from the indexes that
 * name the left-out sheets. Never throws on the sheets' content.
 *
 * @throws TypeError when `inputs` is not an array (a programmer error).
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
 */
export function aggregateSheets(
  template: KofferTemplate,
  inputs: readonly unknown[],
  options: AggregateOptions = {},
): TeamAggregate {
  if (!Array.isArray(inputs)) throw new TypeError("aggregateSheets: the sheets must be an array");
  const anonymous = options?.anonymous === true;
  const read = sheetReader(template);

  const readings: SheetReading[] = [];
  for (let index = 0; index < inputs.length; index++) {
    let reading: SheetReading;
    try {
      reading = read(inputs[index]);
    } catch (error) {
      const detail = describeError(error);
      const diagnostics = [kofferDiagnostic("unreadable-input", [], { detail })];
      reading = { sheet: null, respondent: null, diagnostics };
    }
    readings.push(reading);
  }

  // A respondent with more than one valid sheet: keeping one would depend on the sheets' order.
  const sheetsOf = new Map<string, number[]>();
  for (const [index, { sheet }] of readings.entries()) {
    if (sheet === null || sheet.respondent === null) continue;
    const indexes = sheetsOf.get(sheet.respondent);
    if (indexes === undefined) sheetsOf.set(sheet.respondent, [index]);
    else indexes.push(index);
  }

  const sheets: KofferSheet[] = [];
  const leftOut: LeftOutSheet[] = [];
  for (const [index, { sheet, respondent, diagnostics }] of readings.entries()) {
    const named = sheet === null ? null : sheet.respondent;
    const shared = named === null ? undefined : sheetsOf.get(named);
    if (sheet !== null && (shared === undefined || shared.length === 1)) {
      sheets.push(sheet);
      continue;
    }
    const reported =
      sheet === null
        ? withIndex(index, diagnostics)
        : [
            kofferDiagnostic("duplicate-respondent", [index, "respondent"], {
              otherSheets: (shared ?? []).filter((other) => other !== index),
            }),
          ];
    leftOut.push({ index, respondent: anonymous ? null : respondent, diagnostics: reported });
  }

  const k = template.categories.length;
  const m = sheets.length;
  const columns = template.categories.map(() => new Float64Array(m));
  const rankSums = new Array<number>(k).fill(0);
  for (const [row, sheet] of sheets.entries()) {
    const points = template.categories.map(({ id }) => sheet.scores.get(id) ?? 0);
    const ranks = ranksOf(points);
    for (let j = 0; j < k; j++) {
      const column = columns[j];
      if (column !== undefined) column[row] = points[j] ?? 0;
      rankSums[j] = (rankSums[j] ?? 0) + (ranks[j] ?? 0);
    }
  }

  const spreads: Exact[] = [];
  const categories = template.categories.map(({ id, label }, j): CategoryFigures => {
    const column = columns[j] ?? new Float64Array(0);
    const rankSum = rankSums[j] ?? 0;
    const sorted = column.slice().sort();
    let sum = 0;
    for (const x of sorted) sum += x;
    spreads.push(m === 0 ? 0 : spreadNumerator(sorted, sum));
    const min = sorted[0];
    const max = sorted[m - 1];
    const half = m >> 1;
    // The respondents holding the extremes, read from the column (still in sheet order).
    const highest: KofferSheet[] = [];
    const lowest: KofferSheet[] = [];
    for (let row = 0; row < m; row++) {
      const x = column[row];
      if (x === max) highest.push(sheets[row] as KofferSheet);
      if (x === min) lowest.push(sheets[row] as KofferSheet);
    }
    const common = {
      category: id,
      label,
      n: m,
      sum,
      bordaPoints: m * k - rankSum,
      highestRespondents: sortedNames(
        highest.map((s) => s.respondent),
        anonymous,
      ),
      lowestRespondents: sortedNames(
        lowest.map((s) => s.respondent),
        anonymous,
      ),
      highestCount: highest.length,
      lowestCount: lowest.length,
    };
    if (min === undefined || max === undefined) {
      return {
        ...common,
        mean: null,
        median: null,
        min: null,
        max: null,
        range: null,
        standardDeviation: null,
        meanRank: null,
      };
    }
    const median =
      m % 2 === 1 ? (sorted[half] ?? 0) : ((sorted[half - 1] ?? 0) + (sorted[half] ?? 0)) / 2;
    return {
      ...common,
      mean: sum / m,
      median,
      min,
      max,
      range: max - min,
      standardDeviation: Math.sqrt(Number(spreads[j] ?? 0) / (m * m)),
      meanRank: rankSum / m,
    };
  });

  const discussionOrder = categories
    .map((figures, j) => ({
      id: figures.category,
      j,
      spread: spreads[j] ?? 0,
      range: figures.range ?? 0,
    }))
    .sort((a, b) => compareExact(b.spread, a.spread) || b.range - a.range || a.j - b.j)
    .map((c) => c.id);

  return {
    templateId: template.id,
    anonymous,
    counts: { received: inputs.length, valid: m, leftOut: leftOut.length },
    leftOut,
    categories,
    discussionOrder,
    concordance: concordanceFromRankSums(rankSums, m),
  };
}
